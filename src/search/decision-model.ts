// Written by bench/fit-decision.ts (npm run fit:decision) from the development question sets:
// do not edit by hand. `curve` is the cross-validated precision/coverage the thresholds came from.
import type { DecisionModel } from './decision.js';

export const DECISION_MODEL: DecisionModel = {
  features: [
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
  ],
  samples: 303,
  answer: {
    bias: -1.5757,
    weights: [
      1.1093, 1.0952, -0.6938, -1.0428, 1.096, 1.1672, -0.413, 1.0406, 0.5111, 0.1743, 0.178,
    ],
    threshold: 0.69,
  },
  clarify: {
    bias: -1.3877,
    weights: [
      1.2043, 1.1892, -0.8215, -1.0053, 0.7159, 0.8547, -0.5211, 1.2529, 0.9109, 0.1815, 0.1853,
    ],
    threshold: 0.8,
  },
  curve: [
    {
      threshold: 0.05,
      coverage: 1,
      precision: 0.7492,
      outOfScopeAnswered: 44,
    },
    {
      threshold: 0.1,
      coverage: 0.9923,
      precision: 0.7669,
      outOfScopeAnswered: 39,
    },
    {
      threshold: 0.15,
      coverage: 0.9884,
      precision: 0.7993,
      outOfScopeAnswered: 28,
    },
    {
      threshold: 0.2,
      coverage: 0.9768,
      precision: 0.8188,
      outOfScopeAnswered: 23,
    },
    {
      threshold: 0.25,
      coverage: 0.973,
      precision: 0.8496,
      outOfScopeAnswered: 14,
    },
    {
      threshold: 0.3,
      coverage: 0.9653,
      precision: 0.8626,
      outOfScopeAnswered: 12,
    },
    {
      threshold: 0.35,
      coverage: 0.9459,
      precision: 0.8849,
      outOfScopeAnswered: 7,
    },
    {
      threshold: 0.4,
      coverage: 0.9266,
      precision: 0.898,
      outOfScopeAnswered: 5,
    },
    {
      threshold: 0.45,
      coverage: 0.9189,
      precision: 0.9091,
      outOfScopeAnswered: 4,
    },
    {
      threshold: 0.5,
      coverage: 0.8996,
      precision: 0.9153,
      outOfScopeAnswered: 3,
    },
    {
      threshold: 0.55,
      coverage: 0.888,
      precision: 0.9142,
      outOfScopeAnswered: 3,
    },
    {
      threshold: 0.6,
      coverage: 0.8687,
      precision: 0.9167,
      outOfScopeAnswered: 3,
    },
    {
      threshold: 0.65,
      coverage: 0.8494,
      precision: 0.9283,
      outOfScopeAnswered: 3,
    },
    {
      threshold: 0.7,
      coverage: 0.8185,
      precision: 0.9528,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.75,
      coverage: 0.7876,
      precision: 0.951,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.8,
      coverage: 0.7799,
      precision: 0.9505,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.85,
      coverage: 0.722,
      precision: 0.9572,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.9,
      coverage: 0.5907,
      precision: 0.9739,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.95,
      coverage: 0.332,
      precision: 1,
      outOfScopeAnswered: 0,
    },
  ],
};
