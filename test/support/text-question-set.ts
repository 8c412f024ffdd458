import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { sourceFileSchema } from '../../src/knowledge/schema.js';
import { decodeQuestion } from '../../src/slack/incoming.js';

/**
 * Questions written from the five texts without looking at the knowledge base: an answer is
 * right when it contains the facts any correct answer must contain and cites the ruling text
 * (judged in evaluation.ts).
 */
const textQuestionSchema = z.strictObject({
  q: z.string(),
  source: sourceFileSchema.optional(),
  facts: z.array(z.string()).default([]),
  abstain: z.boolean().default(false),
});
export type TextQuestion = z.infer<typeof textQuestionSchema>;

/**
 * `questions-texts.yml` (drawn from the texts) or `questions-robustness.yml` (typed sloppily).
 * A set written as Slack sends messages (`slack: true`: mentions, links and entities as markup)
 * is read as the bot reads them, through the Slack edge's decoding.
 */
export function loadTextQuestionSet(name = 'questions-texts.yml'): TextQuestion[] {
  const file = new URL(`../fixtures/${name}`, import.meta.url);
  const { slack, questions } = z
    .strictObject({ slack: z.boolean().default(false), questions: z.array(textQuestionSchema) })
    .parse(parse(readFileSync(file, 'utf8')));
  return slack ? questions.map((q) => ({ ...q, q: decodeQuestion(q.q) })) : questions;
}
