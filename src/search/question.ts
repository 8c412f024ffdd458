import {
  QUESTION_EMPTY,
  QUESTION_NO_WORD,
  QUESTION_UNREADABLE,
  questionTooLong,
} from './messages.js';

/** Longest question accepted: a real question fits in a few lines of chat. */
export const MAX_QUESTION_LENGTH = 1000;

export type QuestionCheck = { ok: true; question: string } | { ok: false; error: string };

/**
 * Spaces within each line collapsed, blank lines dropped; line breaks kept: a message written
 * over several lines ("bonjour", the situation, the question, "merci") reads line by line.
 */
export const tidyLines = (text: string): string =>
  text
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');

/** Rejects what is not a question (empty, too long, binary) with a French reason. */
export function checkQuestion(raw: string): QuestionCheck {
  const question = tidyLines(raw);
  if (question.length === 0)
    return {
      ok: false,
      error: QUESTION_EMPTY,
    };
  if (question.length > MAX_QUESTION_LENGTH)
    return {
      ok: false,
      error: questionTooLong(question.length, MAX_QUESTION_LENGTH),
    };
  // NUL, other control characters, or U+FFFD from undecodable bytes: not text someone typed.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000e-\u001f\u007f\ufffd]/.test(raw))
    return {
      ok: false,
      error: QUESTION_UNREADABLE,
    };
  if (!/\p{L}/u.test(question))
    return {
      ok: false,
      error: QUESTION_NO_WORD,
    };
  return { ok: true, question };
}
