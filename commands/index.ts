// Every slash command of the app, each registering itself (the manifest must list exactly these).
import { register as clsmCheck } from './clsm-check.js';
import { register as clsmConfig } from './clsm-config.js';
import { register as clsmReunion } from './clsm-reunion.js';
import { register as clsm } from './clsm.js';

export const SLASH_COMMANDS = [clsm, clsmCheck, clsmReunion, clsmConfig] as const;
