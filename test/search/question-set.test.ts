import { describe, expect, it } from 'vitest';
import { startEngine } from '../../src/search/engine.js';
import { loadQuestionSet, score } from '../support/question-set.js';
import { loadTextQuestionSet, scoreTexts } from '../support/text-question-set.js';

// Accuracy on the curated question set (test/fixtures/questions.yml). The floors are below the
// measured figures (reported by `npm run bench`) so that a regression fails, not noise.
describe('question set', () => {
  const set = loadQuestionSet();
  const { engine, kb } = startEngine();
  const result = score(engine, set);

  it('is large enough to mean something', () => {
    expect(result.inScope).toBeGreaterThanOrEqual(65);
    expect(result.outOfScope).toBeGreaterThanOrEqual(15);
    for (const q of set) for (const id of q.expect) expect(kb.entriesById.has(id), id).toBe(true);
  });

  it('ranks the right entry first for most questions, and in the top 3 for nearly all', () => {
    const misses = result.outcomes
      .filter((o) => !o.question.abstain && !o.top3)
      .map((o) => o.question.q);
    expect(result.top1, `top-1 misses: ${misses.join(' | ')}`).toBeGreaterThanOrEqual(0.85);
    expect(result.top3).toBeGreaterThanOrEqual(0.92);
  });

  it('abstains where the texts are silent and answers where they speak', () => {
    expect(result.abstention).toBeGreaterThanOrEqual(0.93);
    expect(result.outOfScopeAbstained).toBeGreaterThanOrEqual(0.8);
  });
});

// Questions written from the five texts by someone who never saw the knowledge base:
// right means the answer holds the facts any correct answer must hold and cites the ruling text.
describe('questions drawn from the texts (independent set)', () => {
  const { engine } = startEngine();
  const set = loadTextQuestionSet();
  const result = scoreTexts(engine, set);

  it('covers all five texts with in-scope and out-of-scope questions', () => {
    expect(new Set(set.map((q) => q.source).filter(Boolean)).size).toBe(5);
    expect(result.inScope).toBeGreaterThanOrEqual(100);
    expect(result.outOfScope).toBeGreaterThanOrEqual(20);
  });

  it('answers with the right facts and the ruling text for most questions', () => {
    const wrong = result.outcomes
      .filter((o) => !o.question.abstain && !o.right)
      .map((o) => o.question.q);
    expect(result.correct, `wrong: ${wrong.join(' | ')}`).toBeGreaterThanOrEqual(0.85);
  });

  it('abstains on most questions the texts do not answer', () => {
    expect(result.abstainedRightly).toBeGreaterThanOrEqual(0.75);
  });
});

// The same kind of questions typed the way people type in chat: shorthand ("cb", "ds", "pr"),
// typos, no accents, long messages with greetings, numbers as "55k" or "55.000".
describe('questions typed as in chat (robustness set)', () => {
  const { engine } = startEngine();
  const result = scoreTexts(engine, loadTextQuestionSet('questions-robustness.yml'));

  it('still answers most of them with the right facts, and abstains where the texts are silent', () => {
    const wrong = result.outcomes
      .filter((o) => !o.question.abstain && !o.right)
      .map((o) => o.question.q);
    expect(result.inScope).toBeGreaterThanOrEqual(80);
    expect(result.correct, `wrong: ${wrong.join(' | ')}`).toBeGreaterThanOrEqual(0.8);
    expect(result.abstainedRightly).toBeGreaterThanOrEqual(0.8);
  });
});
