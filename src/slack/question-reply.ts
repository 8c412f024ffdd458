// One question, whatever the surface (/clsm, a mention, a DM): help, a French error, or the answer.
import type { KnownBlock } from '@slack/types';
import type { AnswerEngine } from '../search/answer.js';
import { checkQuestion } from '../search/question.js';
import { answerBlocks, answerFallback } from './blocks/answer.js';
import { helpBlocks, isHelpRequest } from './blocks/help.js';
import { errorBlocks, escapeMrkdwn } from './blocks/kit.js';
import { errorLine } from './messages/errors.js';
import { HELP_TEXT } from './messages/help.js';

export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

/** Empty text or "aide" → help; not a question → French error; else the engine's answer. */
export function questionReply(text: string, engine: AnswerEngine): SlackMessage {
  if (text.trim() === '' || isHelpRequest(text)) return { text: HELP_TEXT, blocks: helpBlocks() };
  const check = checkQuestion(text);
  if (!check.ok)
    return { text: escapeMrkdwn(errorLine(check.error)), blocks: errorBlocks([check.error]) };
  const answer = engine.ask(check.question);
  return { text: answerFallback(answer), blocks: answerBlocks(answer) };
}
