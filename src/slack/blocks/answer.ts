// Block Kit of an Answer: the answer, its quotes, "À noter", "Voir aussi" and 👍/👎 buttons.
import type { ActionsBlock, KnownBlock } from '@slack/types';
import { z } from 'zod';
import type { Answer, AnswerCitation } from '../../search/answer.js';
import { NOTE_LABEL, fullAnswerText, sourceLine } from '../../search/answer-text.js';
import {
  FEEDBACK_BUTTON,
  SEE_ALSO_HEADING,
  feedbackNoticeText,
  sourceCaptionText,
} from '../messages/answer.js';
import { LIMIT, button, context, escapeClipped, escapeMrkdwn, quoteBlock, section } from './kit.js';

/** Action ids of the answer's buttons (a "Voir aussi" id ends with ":<entry id>"). */
export const ANSWER_ACTION = {
  seeAlso: 'answer_see_also',
  feedbackUp: 'answer_feedback_up',
  feedbackDown: 'answer_feedback_down',
} as const;

export const SEE_ALSO_PATTERN = new RegExp(`^${ANSWER_ACTION.seeAlso}:`);
export const FEEDBACK_PATTERN = new RegExp(
  `^(${ANSWER_ACTION.feedbackUp}|${ANSWER_ACTION.feedbackDown})$`,
);

/** Quotes shown under one answer (Slack allows 50 blocks a message). */
const MAX_QUOTES = 10;

/** What a 👍/👎 button carries back: the question and the entries answered. */
export const feedbackValueSchema = z.object({
  q: z.string(),
  e: z.array(z.string()),
});
export type FeedbackValue = z.infer<typeof feedbackValueSchema>;

/** Keeps the JSON under Slack's 2000-character button value whatever the question. */
function feedbackValue(answer: Answer): string {
  const entries = answer.entries.slice(0, 10);
  const room = LIMIT.buttonValue - JSON.stringify({ q: '', e: entries }).length;
  let q = answer.question;
  while (JSON.stringify(q).length - 2 > room) q = q.slice(0, Math.floor(q.length * 0.9));
  return JSON.stringify({ q, e: entries } satisfies FeedbackValue);
}

/** "Source : <source>, <section> (<date>)" */
export function sourceCaption(c: AnswerCitation): string {
  return sourceCaptionText(sourceLine(c));
}

function topicButtons(topics: Answer['related'], blockId = 'answer_related'): ActionsBlock {
  return {
    type: 'actions',
    block_id: blockId,
    elements: topics.map((r) =>
      button(r.shortTitle ?? r.title, `${ANSWER_ACTION.seeAlso}:${r.id}`, r.id),
    ),
  };
}

const FEEDBACK_BLOCK = 'answer_feedback';
const FEEDBACK_NOTICE_BLOCK = 'answer_feedback_notice';

function feedbackButtons(answer: Answer): ActionsBlock {
  const value = feedbackValue(answer);
  return {
    type: 'actions',
    block_id: FEEDBACK_BLOCK,
    elements: [
      button(FEEDBACK_BUTTON.up, ANSWER_ACTION.feedbackUp, value),
      button(FEEDBACK_BUTTON.down, ANSWER_ACTION.feedbackDown, value),
    ],
  };
}

/** The blocks of one answer (answered, clarifying or abstained), for postMessage or respond. */
export function answerBlocks(answer: Answer): KnownBlock[] {
  if (answer.outcome === 'clarify')
    // The question back, and one button per choice: a click posts that entry's answer.
    return [
      section(escapeMrkdwn(answer.text)),
      topicButtons(answer.suggestions, 'answer_clarify'),
      feedbackButtons(answer),
    ];
  if (answer.abstained) {
    // The abstention text already names the closest topics and whom to ask; what the texts do
    // say beside it (no ceiling above 300 000, no president named for the plenary) is quoted.
    const blocks: KnownBlock[] = [section(escapeMrkdwn(fullAnswerText(answer)))];
    for (const c of answer.citations.slice(0, MAX_QUOTES))
      blocks.push(quoteBlock(c.quote, sourceCaption(c)));
    if (answer.related.length > 0) blocks.push(topicButtons(answer.related));
    blocks.push(feedbackButtons(answer));
    return blocks;
  }
  const blocks: KnownBlock[] = [section(escapeMrkdwn(answer.text))];
  for (const c of answer.citations.slice(0, MAX_QUOTES))
    blocks.push(quoteBlock(c.quote, sourceCaption(c)));
  if (answer.note) blocks.push(context(`*${NOTE_LABEL} :* ${escapeMrkdwn(answer.note)}`));
  if (answer.related.length > 0)
    blocks.push(context(SEE_ALSO_HEADING), topicButtons(answer.related));
  blocks.push(feedbackButtons(answer));
  return blocks;
}

/** Votes on one answer. */
export interface FeedbackTally {
  up: number;
  down: number;
}

/**
 * The answer's blocks with a line saying the vote was taken, under the 👍/👎 buttons (which
 * stay: a new click replaces the vote). `personal`: only the voter sees the message.
 */
export function withFeedbackNotice(
  blocks: readonly KnownBlock[],
  vote: { verdict: 'up' | 'down'; tally: FeedbackTally; personal: boolean },
): KnownBlock[] {
  const notice = context(feedbackNoticeText(vote));
  const line: KnownBlock = { ...notice, block_id: FEEDBACK_NOTICE_BLOCK };
  const kept = blocks.filter((b) => b.block_id !== FEEDBACK_NOTICE_BLOCK);
  const at = kept.findIndex((b) => b.block_id === FEEDBACK_BLOCK);
  return at < 0 ? [...kept, line] : [...kept.slice(0, at + 1), line, ...kept.slice(at + 1)];
}

/** Notification text of an answer message (shown where blocks are not). */
export function answerFallback(answer: Answer): string {
  return escapeClipped(fullAnswerText(answer), LIMIT.fallbackText);
}
