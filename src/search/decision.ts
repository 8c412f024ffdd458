import { DECISION_MODEL } from './decision-model.js';

/**
 * What the decision between answer, clarify and abstain reads of the best candidate. Every
 * value lies in [0, 1] so the fitted weights compare.
 */
export interface DecisionFeatures {
  /** Share of the question's weight the candidate matches (each word by its specificity). */
  coverage: number;
  /** The same share over the words of what is asked, preamble left out. */
  focusCoverage: number;
  /** How specific the rarest asked word the candidate lacks is (0: it lacks none). */
  unmatched: number;
  /** How many asked words the candidate lacks that few entries or none have, up to 3, over 3. */
  unmatchedCount: number;
  /** How far ahead of the next entry the candidate ranks: 1 − runner-up / best. */
  margin: number;
  /** The margin × coverage: a lead means little on a question the entry barely matches. */
  coveredMargin: number;
  /** 1 when the question asks a precise facet (who presides, how much…) the candidate answers. */
  facetMatch: number;
  /** Share of the entry's title words the question uses: the title is what the entry is about. */
  titleFit: number;
  /** Best word overlap (Jaccard) between the question and one of the ways the entry is asked. */
  askedLike: number;
  /** The BM25 score, squashed: x / (x + 10). */
  score: number;
  /** How many words are asked, up to 8, over 8. */
  length: number;
  /** How many asked words the base never uses (no entry, no passage around a quote), up to 2, over 2. */
  unknown: number;
}
export const FEATURE_NAMES = [
  'coverage',
  'focusCoverage',
  'unmatched',
  'unmatchedCount',
  'margin',
  'coveredMargin',
  'facetMatch',
  'titleFit',
  'askedLike',
  'score',
  'length',
  'unknown',
] as const satisfies ReadonlyArray<keyof DecisionFeatures>;

export interface LogisticModel {
  bias: number;
  weights: readonly number[];
  /** The probability from which the outcome is taken, chosen by cross-validation. */
  threshold: number;
}

/** The fitted decision (src/search/decision-model.ts, written by bench/fit-decision.ts). */
export interface DecisionModel {
  features: readonly string[];
  samples: number;
  answer: LogisticModel;
  clarify: LogisticModel;
  /** Cross-validated precision and coverage of answering at each threshold. */
  curve: ReadonlyArray<{
    threshold: number;
    coverage: number;
    precision: number;
    outOfScopeAnswered: number;
  }>;
}

export function featureVector(f: DecisionFeatures): number[] {
  return FEATURE_NAMES.map((name) => f[name]);
}

export function probability(model: Pick<LogisticModel, 'bias' | 'weights'>, x: number[]): number {
  const z = x.reduce((sum, v, i) => sum + v * (model.weights[i] ?? 0), model.bias);
  return 1 / (1 + Math.exp(-z));
}

export type Decision = 'answer' | 'clarify' | 'abstain';

/**
 * Answer when the best candidate is probably right; clarify when it is not but one of the
 * close candidates probably is; abstain otherwise. Both models come from bench/fit-decision.ts.
 */
export function decide(best: DecisionFeatures, closeCandidates: number): Decision {
  const x = featureVector(best);
  if (probability(DECISION_MODEL.answer, x) >= DECISION_MODEL.answer.threshold) return 'answer';
  if (
    closeCandidates >= 2 &&
    probability(DECISION_MODEL.clarify, x) >= DECISION_MODEL.clarify.threshold
  )
    return 'clarify';
  return 'abstain';
}
