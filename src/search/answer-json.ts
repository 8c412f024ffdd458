import { z } from 'zod';
import { sourceFileSchema } from '../knowledge/schema.js';
import type { Answer } from './answer.js';
import { fullAnswerText } from './answer-text.js';

/** The JSON contract of `clsm ask --json` (external tests rely on it exactly). */
export const answerJsonSchema = z.strictObject({
  answer: z.string(),
  abstained: z.boolean(),
  citations: z.array(
    z.strictObject({ source: sourceFileSchema, section: z.string(), quote: z.string() }),
  ),
  entries: z.array(z.string()),
  /** The choices of a clarifying question (then `answer` is that question); empty otherwise. */
  suggestions: z.array(z.strictObject({ id: z.string(), title: z.string() })),
});
export type AnswerJson = z.infer<typeof answerJsonSchema>;

export function toAnswerJson(answer: Answer): AnswerJson {
  return {
    answer: fullAnswerText(answer),
    abstained: answer.abstained,
    citations: answer.citations.map(({ source, section, quote }) => ({ source, section, quote })),
    entries: answer.entries,
    suggestions: answer.suggestions.map(({ id, title }) => ({ id, title })),
  };
}
