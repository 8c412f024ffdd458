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
  samples: 1605,
  answer: {
    bias: -0.7514,
    weights: [
      0.9949, 1.0019, -0.6948, -0.8662, 1.1861, 1.1104, -0.5668, 0.7452, 0.4946, 0.1114, 0.2899,
      -0.3634,
    ],
    threshold: 0.81,
  },
  clarify: {
    bias: -0.1476,
    weights: [
      1.0445, 1.0535, -0.7325, -1.0298, 0.8783, 0.8621, -0.8486, 0.7703, 0.5501, 0.1194, 0.3016,
      -0.5063,
    ],
    threshold: 0.88,
  },
  curve: [
    {
      threshold: 0.05,
      coverage: 1,
      precision: 0.8405,
      outOfScopeAnswered: 159,
    },
    {
      threshold: 0.1,
      coverage: 1,
      precision: 0.841,
      outOfScopeAnswered: 158,
    },
    {
      threshold: 0.15,
      coverage: 0.9986,
      precision: 0.8468,
      outOfScopeAnswered: 149,
    },
    {
      threshold: 0.2,
      coverage: 0.9965,
      precision: 0.8559,
      outOfScopeAnswered: 134,
    },
    {
      threshold: 0.25,
      coverage: 0.9959,
      precision: 0.8702,
      outOfScopeAnswered: 109,
    },
    {
      threshold: 0.3,
      coverage: 0.9924,
      precision: 0.8874,
      outOfScopeAnswered: 83,
    },
    {
      threshold: 0.35,
      coverage: 0.991,
      precision: 0.8938,
      outOfScopeAnswered: 73,
    },
    {
      threshold: 0.4,
      coverage: 0.9882,
      precision: 0.9026,
      outOfScopeAnswered: 60,
    },
    {
      threshold: 0.45,
      coverage: 0.9855,
      precision: 0.9116,
      outOfScopeAnswered: 46,
    },
    {
      threshold: 0.5,
      coverage: 0.9793,
      precision: 0.9175,
      outOfScopeAnswered: 39,
    },
    {
      threshold: 0.55,
      coverage: 0.9668,
      precision: 0.9265,
      outOfScopeAnswered: 30,
    },
    {
      threshold: 0.6,
      coverage: 0.9495,
      precision: 0.9334,
      outOfScopeAnswered: 23,
    },
    {
      threshold: 0.65,
      coverage: 0.9274,
      precision: 0.9426,
      outOfScopeAnswered: 18,
    },
    {
      threshold: 0.7,
      coverage: 0.9053,
      precision: 0.9514,
      outOfScopeAnswered: 9,
    },
    {
      threshold: 0.75,
      coverage: 0.8797,
      precision: 0.9585,
      outOfScopeAnswered: 4,
    },
    {
      threshold: 0.8,
      coverage: 0.8375,
      precision: 0.9694,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.85,
      coverage: 0.787,
      precision: 0.9684,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.9,
      coverage: 0.6895,
      precision: 0.9779,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.95,
      coverage: 0.482,
      precision: 0.9957,
      outOfScopeAnswered: 0,
    },
  ],
};
