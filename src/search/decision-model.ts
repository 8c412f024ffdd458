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
  samples: 1992,
  answer: {
    bias: -0.7846,
    weights: [
      1.0395, 1.0415, -0.6503, -0.907, 1.1418, 1.0866, -0.6012, 0.7134, 0.4934, 0.1013, 0.2658,
      -0.3857,
    ],
    threshold: 0.79,
  },
  clarify: {
    bias: -0.1008,
    weights: [
      1.0803, 1.0814, -0.7037, -1.0787, 0.8157, 0.8256, -0.9013, 0.7248, 0.5318, 0.1104, 0.2646,
      -0.5346,
    ],
    threshold: 0.84,
  },
  curve: [
    {
      threshold: 0.05,
      coverage: 1,
      precision: 0.8363,
      outOfScopeAnswered: 206,
    },
    {
      threshold: 0.1,
      coverage: 1,
      precision: 0.8372,
      outOfScopeAnswered: 204,
    },
    {
      threshold: 0.15,
      coverage: 0.9983,
      precision: 0.844,
      outOfScopeAnswered: 191,
    },
    {
      threshold: 0.2,
      coverage: 0.995,
      precision: 0.8569,
      outOfScopeAnswered: 166,
    },
    {
      threshold: 0.25,
      coverage: 0.9938,
      precision: 0.8689,
      outOfScopeAnswered: 140,
    },
    {
      threshold: 0.3,
      coverage: 0.9922,
      precision: 0.8823,
      outOfScopeAnswered: 114,
    },
    {
      threshold: 0.35,
      coverage: 0.9905,
      precision: 0.8907,
      outOfScopeAnswered: 98,
    },
    {
      threshold: 0.4,
      coverage: 0.9888,
      precision: 0.9008,
      outOfScopeAnswered: 78,
    },
    {
      threshold: 0.45,
      coverage: 0.986,
      precision: 0.9084,
      outOfScopeAnswered: 63,
    },
    {
      threshold: 0.5,
      coverage: 0.977,
      precision: 0.9175,
      outOfScopeAnswered: 50,
    },
    {
      threshold: 0.55,
      coverage: 0.9636,
      precision: 0.9267,
      outOfScopeAnswered: 39,
    },
    {
      threshold: 0.6,
      coverage: 0.9485,
      precision: 0.934,
      outOfScopeAnswered: 32,
    },
    {
      threshold: 0.65,
      coverage: 0.9267,
      precision: 0.9456,
      outOfScopeAnswered: 19,
    },
    {
      threshold: 0.7,
      coverage: 0.9043,
      precision: 0.9527,
      outOfScopeAnswered: 12,
    },
    {
      threshold: 0.75,
      coverage: 0.8768,
      precision: 0.9599,
      outOfScopeAnswered: 6,
    },
    {
      threshold: 0.8,
      coverage: 0.8371,
      precision: 0.9673,
      outOfScopeAnswered: 4,
    },
    {
      threshold: 0.85,
      coverage: 0.7833,
      precision: 0.97,
      outOfScopeAnswered: 3,
    },
    {
      threshold: 0.9,
      coverage: 0.6825,
      precision: 0.9771,
      outOfScopeAnswered: 2,
    },
    {
      threshold: 0.95,
      coverage: 0.4675,
      precision: 0.9916,
      outOfScopeAnswered: 2,
    },
  ],
};
