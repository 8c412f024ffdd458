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
  samples: 866,
  answer: {
    bias: -1.1317,
    weights: [
      1.0319, 0.9873, -0.6979, -0.8751, 1.0988, 1.025, -0.3669, 0.6622, 0.5491, 0.1109, 0.0372,
      -0.328,
    ],
    threshold: 0.69,
  },
  clarify: {
    bias: -0.6184,
    weights: [
      1.0819, 1.0496, -0.8492, -0.7448, 0.6927, 0.7025, -0.5976, 0.7567, 0.6455, 0.1261, 0.1628,
      -0.5181,
    ],
    threshold: 0.71,
  },
  curve: [
    {
      threshold: 0.05,
      coverage: 1,
      precision: 0.7292,
      outOfScopeAnswered: 119,
    },
    {
      threshold: 0.1,
      coverage: 0.9987,
      precision: 0.7351,
      outOfScopeAnswered: 113,
    },
    {
      threshold: 0.15,
      coverage: 0.9919,
      precision: 0.7581,
      outOfScopeAnswered: 92,
    },
    {
      threshold: 0.2,
      coverage: 0.9826,
      precision: 0.7775,
      outOfScopeAnswered: 77,
    },
    {
      threshold: 0.25,
      coverage: 0.9732,
      precision: 0.8031,
      outOfScopeAnswered: 57,
    },
    {
      threshold: 0.3,
      coverage: 0.9691,
      precision: 0.8204,
      outOfScopeAnswered: 41,
    },
    {
      threshold: 0.35,
      coverage: 0.949,
      precision: 0.842,
      outOfScopeAnswered: 27,
    },
    {
      threshold: 0.4,
      coverage: 0.9342,
      precision: 0.8524,
      outOfScopeAnswered: 22,
    },
    {
      threshold: 0.45,
      coverage: 0.9101,
      precision: 0.8672,
      outOfScopeAnswered: 15,
    },
    {
      threshold: 0.5,
      coverage: 0.898,
      precision: 0.8741,
      outOfScopeAnswered: 14,
    },
    {
      threshold: 0.55,
      coverage: 0.8631,
      precision: 0.8879,
      outOfScopeAnswered: 8,
    },
    {
      threshold: 0.6,
      coverage: 0.843,
      precision: 0.8959,
      outOfScopeAnswered: 6,
    },
    {
      threshold: 0.65,
      coverage: 0.8067,
      precision: 0.9059,
      outOfScopeAnswered: 5,
    },
    {
      threshold: 0.7,
      coverage: 0.7678,
      precision: 0.9231,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.75,
      coverage: 0.7154,
      precision: 0.9306,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.8,
      coverage: 0.6725,
      precision: 0.9341,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.85,
      coverage: 0.6,
      precision: 0.9441,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.9,
      coverage: 0.447,
      precision: 0.973,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.95,
      coverage: 0.2148,
      precision: 0.975,
      outOfScopeAnswered: 0,
    },
  ],
};
