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
    'unknown',
  ],
  samples: 1233,
  answer: {
    bias: -0.9243,
    weights: [
      0.961, 0.9499, -0.6358, -0.7934, 1.2552, 1.1478, -0.4612, 0.6286, 0.5663, 0.0999, 0.1419,
      -0.3382,
    ],
    threshold: 0.8,
  },
  clarify: {
    bias: -0.2181,
    weights: [
      1.0553, 1.0458, -0.8164, -0.9199, 0.7768, 0.7689, -0.7569, 0.7134, 0.5852, 0.1176, 0.3549,
      -0.5222,
    ],
    threshold: 0.86,
  },
  curve: [
    {
      threshold: 0.05,
      coverage: 1,
      precision: 0.7932,
      outOfScopeAnswered: 136,
    },
    {
      threshold: 0.1,
      coverage: 1,
      precision: 0.7945,
      outOfScopeAnswered: 134,
    },
    {
      threshold: 0.15,
      coverage: 0.9982,
      precision: 0.8043,
      outOfScopeAnswered: 121,
    },
    {
      threshold: 0.2,
      coverage: 0.9964,
      precision: 0.8183,
      outOfScopeAnswered: 101,
    },
    {
      threshold: 0.25,
      coverage: 0.9891,
      precision: 0.8342,
      outOfScopeAnswered: 85,
    },
    {
      threshold: 0.3,
      coverage: 0.9863,
      precision: 0.8487,
      outOfScopeAnswered: 68,
    },
    {
      threshold: 0.35,
      coverage: 0.9836,
      precision: 0.8651,
      outOfScopeAnswered: 48,
    },
    {
      threshold: 0.4,
      coverage: 0.9763,
      precision: 0.8747,
      outOfScopeAnswered: 38,
    },
    {
      threshold: 0.45,
      coverage: 0.9644,
      precision: 0.8834,
      outOfScopeAnswered: 31,
    },
    {
      threshold: 0.5,
      coverage: 0.9426,
      precision: 0.896,
      outOfScopeAnswered: 24,
    },
    {
      threshold: 0.55,
      coverage: 0.9216,
      precision: 0.9029,
      outOfScopeAnswered: 19,
    },
    {
      threshold: 0.6,
      coverage: 0.9034,
      precision: 0.9124,
      outOfScopeAnswered: 14,
    },
    {
      threshold: 0.65,
      coverage: 0.8696,
      precision: 0.9283,
      outOfScopeAnswered: 9,
    },
    {
      threshold: 0.7,
      coverage: 0.8414,
      precision: 0.9375,
      outOfScopeAnswered: 5,
    },
    {
      threshold: 0.75,
      coverage: 0.8058,
      precision: 0.9447,
      outOfScopeAnswered: 2,
    },
    {
      threshold: 0.8,
      coverage: 0.763,
      precision: 0.951,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.85,
      coverage: 0.6809,
      precision: 0.9625,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.9,
      coverage: 0.5561,
      precision: 0.9705,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.95,
      coverage: 0.3519,
      precision: 0.9922,
      outOfScopeAnswered: 0,
    },
  ],
};
