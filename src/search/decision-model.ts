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
  samples: 1422,
  answer: {
    bias: -0.7892,
    weights: [
      1.0002, 1.0062, -0.7148, -0.8785, 1.171, 1.1144, -0.6234, 0.7819, 0.5319, 0.1058, 0.2762,
      -0.4092,
    ],
    threshold: 0.81,
  },
  clarify: {
    bias: -0.1819,
    weights: [
      1.0548, 1.0619, -0.7693, -1.0229, 0.872, 0.8691, -0.9249, 0.8111, 0.5883, 0.1148, 0.2965,
      -0.5727,
    ],
    threshold: 0.88,
  },
  curve: [
    {
      threshold: 0.05,
      coverage: 1,
      precision: 0.8284,
      outOfScopeAnswered: 153,
    },
    {
      threshold: 0.1,
      coverage: 1,
      precision: 0.8296,
      outOfScopeAnswered: 151,
    },
    {
      threshold: 0.15,
      coverage: 0.9976,
      precision: 0.8366,
      outOfScopeAnswered: 142,
    },
    {
      threshold: 0.2,
      coverage: 0.9953,
      precision: 0.8504,
      outOfScopeAnswered: 121,
    },
    {
      threshold: 0.25,
      coverage: 0.9929,
      precision: 0.8698,
      outOfScopeAnswered: 92,
    },
    {
      threshold: 0.3,
      coverage: 0.9921,
      precision: 0.8776,
      outOfScopeAnswered: 81,
    },
    {
      threshold: 0.35,
      coverage: 0.9898,
      precision: 0.8875,
      outOfScopeAnswered: 68,
    },
    {
      threshold: 0.4,
      coverage: 0.9874,
      precision: 0.8996,
      outOfScopeAnswered: 52,
    },
    {
      threshold: 0.45,
      coverage: 0.9819,
      precision: 0.9097,
      outOfScopeAnswered: 38,
    },
    {
      threshold: 0.5,
      coverage: 0.9756,
      precision: 0.9194,
      outOfScopeAnswered: 27,
    },
    {
      threshold: 0.55,
      coverage: 0.9622,
      precision: 0.9259,
      outOfScopeAnswered: 21,
    },
    {
      threshold: 0.6,
      coverage: 0.9433,
      precision: 0.9333,
      outOfScopeAnswered: 17,
    },
    {
      threshold: 0.65,
      coverage: 0.9173,
      precision: 0.9455,
      outOfScopeAnswered: 10,
    },
    {
      threshold: 0.7,
      coverage: 0.896,
      precision: 0.9536,
      outOfScopeAnswered: 5,
    },
    {
      threshold: 0.75,
      coverage: 0.8668,
      precision: 0.9619,
      outOfScopeAnswered: 2,
    },
    {
      threshold: 0.8,
      coverage: 0.8353,
      precision: 0.967,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.85,
      coverage: 0.7754,
      precision: 0.9705,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.9,
      coverage: 0.6753,
      precision: 0.9778,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.95,
      coverage: 0.4728,
      precision: 0.9933,
      outOfScopeAnswered: 0,
    },
  ],
};
