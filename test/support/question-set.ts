import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import type { AnswerEngine } from '../../src/search/answer.js';

const questionSchema = z.strictObject({
  q: z.string(),
  expect: z.array(z.string()).default([]),
  abstain: z.boolean().default(false),
  glossary: z.string().optional(),
});
export type LabelledQuestion = z.infer<typeof questionSchema>;

export function loadQuestionSet(): LabelledQuestion[] {
  const file = new URL('../fixtures/questions.yml', import.meta.url);
  return z
    .strictObject({ questions: z.array(questionSchema) })
    .parse(parse(readFileSync(file, 'utf8'))).questions;
}

export interface Outcome {
  question: LabelledQuestion;
  top1: boolean;
  top3: boolean;
  abstainedRightly: boolean;
  got: string[];
  abstained: boolean;
}

/** Runs every question and scores it against its labels. */
export function score(engine: AnswerEngine, set: LabelledQuestion[]) {
  const outcomes: Outcome[] = set.map((question) => {
    const answer = engine.ask(question.q);
    const got = answer.entries;
    const expectAbstain = question.abstain;
    const glossaryHit =
      question.glossary !== undefined &&
      !answer.abstained &&
      answer.text.startsWith(`${question.glossary} :`);
    return {
      question,
      got,
      abstained: answer.abstained,
      top1: glossaryHit || (!answer.abstained && question.expect.includes(got[0] ?? '')),
      top3:
        glossaryHit ||
        (!answer.abstained && got.slice(0, 3).some((id) => question.expect.includes(id))),
      abstainedRightly: answer.abstained === expectAbstain,
    };
  });
  const inScope = outcomes.filter((o) => !o.question.abstain);
  const rate = (n: number, d: number) => (d === 0 ? 1 : n / d);
  return {
    outcomes,
    inScope: inScope.length,
    outOfScope: outcomes.length - inScope.length,
    top1: rate(inScope.filter((o) => o.top1).length, inScope.length),
    top3: rate(inScope.filter((o) => o.top3).length, inScope.length),
    /** Right decision to answer or abstain, over all questions. */
    abstention: rate(outcomes.filter((o) => o.abstainedRightly).length, outcomes.length),
    /** Out-of-scope questions that got an abstention. */
    outOfScopeAbstained: rate(
      outcomes.filter((o) => o.question.abstain && o.abstained).length,
      outcomes.length - inScope.length,
    ),
  };
}
