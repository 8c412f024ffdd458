import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

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
