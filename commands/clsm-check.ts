// /clsm-check: alone → the modal; "aide" → the syntax; key=value text → the report, ephemerally.
import type { App } from '@slack/bolt';
import type { SlackDeps } from '../src/slack/deps.js';
import { registerSlashCommand } from '../src/slack/listeners/commands.js';
import type { KnowledgeBase } from '../src/knowledge/loader.js';
import { checkDossier, parseDossierInput, type RawDossierInput } from '../src/rules/dossier.js';
import { foldAccents } from '../src/search/analyser.js';
import { dossierBlocks, dossierFallback } from '../src/slack/blocks/dossier.js';
import { checkSyntaxBlocks, isHelpRequest } from '../src/slack/blocks/help.js';
import {
  errorReply,
  messageReply,
  type CommandContext,
  type CommandReply,
} from '../src/slack/reply.js';
import { CHECK_ERROR, CHECK_SYNTAX_HINT, CHECK_SYNTAX_TITLE } from '../src/slack/messages/check.js';
import { checkModal } from '../src/slack/views/check-modal.js';

export type CheckKnowledge = Pick<KnowledgeBase, 'dossier' | 'funding' | 'sources'>;

export interface ClsmCheckDeps {
  kb: CheckKnowledge;
  /** The slash command's response_url, kept by the modal to post the report back. */
  responseUrl?: string;
}

type ValueField = 'population' | 'coordination' | 'actions' | 'pieces';
type FlagField = 'cosigned' | 'separateCoordinator';

/** Parameter names as people type them (lower case, accents folded) → field. */
const VALUE_KEYS: Record<string, ValueField> = {
  population: 'population',
  habitants: 'population',
  hab: 'population',
  pop: 'population',
  coordination: 'coordination',
  coordo: 'coordination',
  actions: 'actions',
  action: 'actions',
  pieces: 'pieces',
  piece: 'pieces',
};
const FLAG_KEYS: Record<string, FlagField> = {
  cosigne: 'cosigned',
  cosignee: 'cosigned',
  cosigned: 'cosigned',
  'coordinateur-distinct': 'separateCoordinator',
  'coordonnateur-distinct': 'separateCoordinator',
  'coordination-distincte': 'separateCoordinator',
  'coordinateur-separe': 'separateCoordinator',
  'coordonnateur-separe': 'separateCoordinator',
  'separate-coordinator': 'separateCoordinator',
};
const YES = new Set(['oui', 'o', 'yes', 'true', 'vrai', '1']);
const NO = new Set(['non', 'n', 'no', 'false', 'faux', '0']);

export type CheckText = { ok: true; raw: RawDossierInput } | { ok: false; errors: string[] };

/**
 * "population = 55 000 coordination=9000 pieces=engagement, historique cosigne" → fields as typed.
 * A word without "=" continues the previous value ("55 000", "9000 €") unless it is an option.
 */
export function parseCheckText(text: string): CheckText {
  const tokens = text
    .replace(/\s*=\s*/g, '=')
    .replace(/\s*,\s*/g, ',')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const values: Partial<Record<ValueField, string>> = {};
  const flags: Partial<Record<FlagField, boolean>> = {};
  const errors: string[] = [];
  let current: ValueField | null = null;
  const fold = (s: string): string => foldAccents(s.toLowerCase());

  for (const token of tokens) {
    const eq = token.indexOf('=');
    const key = fold(eq >= 0 ? token.slice(0, eq) : token);
    const value = eq >= 0 ? token.slice(eq + 1) : '';
    const flag = FLAG_KEYS[key];
    if (flag) {
      current = null;
      if (eq < 0 || YES.has(fold(value))) flags[flag] = true;
      else if (NO.has(fold(value))) flags[flag] = false;
      else errors.push(CHECK_ERROR.notYesNo(key, value));
      continue;
    }
    if (eq < 0) {
      if (current) values[current] = `${values[current] ?? ''} ${token}`.trim();
      else errors.push(CHECK_ERROR.notUnderstood(token));
      continue;
    }
    const field = VALUE_KEYS[key];
    if (!field) {
      current = null;
      errors.push(CHECK_ERROR.unknownKey(key));
      continue;
    }
    if (values[field] !== undefined) errors.push(CHECK_ERROR.twice(key));
    values[field] = value;
    current = field;
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    raw: {
      population: values.population,
      coordination: values.coordination,
      actions: values.actions,
      pieces: values.pieces
        ?.split(/[\s,;]+/)
        .map(fold)
        .filter(Boolean),
      cosigned: flags.cosigned,
      separateCoordinator: flags.separateCoordinator,
    },
  };
}

export async function clsmCheckCommand(
  ctx: CommandContext,
  deps: ClsmCheckDeps,
): Promise<CommandReply> {
  const { kb } = deps;
  if (ctx.text.trim() === '')
    return {
      kind: 'modal',
      view: checkModal(kb, { responseUrl: deps.responseUrl, channelId: ctx.channelId }),
    };
  if (isHelpRequest(ctx.text))
    return messageReply('ephemeral', CHECK_SYNTAX_TITLE, checkSyntaxBlocks(kb.dossier));
  const typed = parseCheckText(ctx.text);
  if (!typed.ok) return errorReply(typed.errors, CHECK_SYNTAX_HINT);
  const parsed = parseDossierInput(typed.raw, kb.dossier);
  if (!parsed.ok)
    return errorReply(
      parsed.errors.map((e) => e.message),
      CHECK_SYNTAX_HINT,
    );
  const report = checkDossier(parsed.input, kb);
  return messageReply('ephemeral', dossierFallback(report), dossierBlocks(report, kb));
}

/** Registers /clsm-check with the Bolt app (called by the composition root, src/bot.ts). */
export function register(app: App, deps: SlackDeps): void {
  registerSlashCommand(app, deps, '/clsm-check', (ctx, { responseUrl }) =>
    clsmCheckCommand(ctx, { kb: deps.kb, responseUrl }),
  );
}
