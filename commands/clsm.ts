// /clsm <question> | /clsm aide: the answer (or help), visible to the asker only.
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
