import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { foldAccents } from '../../src/search/analyser.js';
import type { AnswerEngine } from '../../src/search/answer.js';
import { fullAnswerText } from '../../src/search/answer-text.js';
import { sourceFileSchema } from '../../src/knowledge/schema.js';

/**
 * Questions written from the five texts without looking at the knowledge base
 * (test/fixtures/questions-texts.yml): an answer is right when it contains the facts any
 * correct answer must contain and cites the ruling text.
 */
const textQuestionSchema = z.strictObject({
  q: z.string(),
  source: sourceFileSchema.optional(),
  facts: z.array(z.string()).default([]),
  abstain: z.boolean().default(false),
});
export type TextQuestion = z.infer<typeof textQuestionSchema>;

/** `questions-texts.yml` (drawn from the texts) or `questions-robustness.yml` (typed sloppily). */
export function loadTextQuestionSet(name = 'questions-texts.yml'): TextQuestion[] {
  const file = new URL(`../fixtures/${name}`, import.meta.url);
  return z
    .strictObject({ questions: z.array(textQuestionSchema) })
    .parse(parse(readFileSync(file, 'utf8'))).questions;
}

const fold = (s: string) => foldAccents(s.toLowerCase()).replace(/[’']/g, "'").replace(/\s+/g, ' ');

export function scoreTexts(engine: AnswerEngine, set: TextQuestion[]) {
  const outcomes = set.map((question) => {
    const answer = engine.ask(question.q);
    const text = fold(fullAnswerText(answer));
    const factsFound = question.facts.every((f) => text.includes(fold(f)));
    const cites = !question.source || answer.citations.some((c) => c.source === question.source);
    return {
      question,
      answer,
      right: question.abstain ? answer.abstained : !answer.abstained && factsFound && cites,
      factsFound,
      cites,
    };
  });
  const inScope = outcomes.filter((o) => !o.question.abstain);
  const outOfScope = outcomes.filter((o) => o.question.abstain);
  return {
    outcomes,
    inScope: inScope.length,
    outOfScope: outOfScope.length,
    /** In-scope questions answered with the facts and the ruling text cited. */
    correct: inScope.filter((o) => o.right).length / inScope.length,
    /** In-scope questions answered (not abstained). */
    answered: inScope.filter((o) => !o.answer.abstained).length / inScope.length,
    abstainedRightly: outOfScope.filter((o) => o.right).length / outOfScope.length,
  };
}
