// /clsm <question> | /clsm aide: the answer (or help), visible to the asker only.
import type { App } from '@slack/bolt';
import type { SlackDeps } from '../src/slack/deps.js';
import { registerSlashCommand } from '../src/slack/listeners/commands.js';
import type { AnswerEngine } from '../src/search/answer.js';
import { questionReply } from '../src/slack/question-reply.js';
import type { CommandContext, CommandReply } from '../src/slack/reply.js';

export interface ClsmCommandDeps {
  engine: AnswerEngine;
}

export async function clsmCommand(
  ctx: CommandContext,
  deps: ClsmCommandDeps,
): Promise<CommandReply> {
  return { kind: 'message', visibility: 'ephemeral', ...questionReply(ctx.text, deps.engine) };
}

/** Registers /clsm with the Bolt app (called by the composition root, src/bot.ts). */
export function register(app: App, deps: SlackDeps): void {
  registerSlashCommand(app, deps, '/clsm', (ctx) => clsmCommand(ctx, deps));
}
