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
  samples: 477,
  answer: {
    bias: -1.5783,
    weights: [
      1.1502, 1.1446, -0.6027, -0.9164, 1.2549, 1.2346, -0.2247, 0.9011, 0.4028, 0.1647, 0.1472,
    ],
    threshold: 0.8,
  },
  clarify: {
    bias: -1.1064,
    weights: [
      1.2185, 1.2018, -0.8601, -0.9834, 0.8476, 0.9061, -0.4683, 1.1536, 0.68, 0.1796, 0.2638,
    ],
    threshold: 0.78,
  },
  curve: [
    {
      threshold: 0.05,
      coverage: 1,
      precision: 0.7484,
      outOfScopeAnswered: 69,
    },
    {
      threshold: 0.1,
      coverage: 0.9975,
      precision: 0.7532,
      outOfScopeAnswered: 67,
    },
    {
      threshold: 0.15,
      coverage: 0.9828,
      precision: 0.7812,
      outOfScopeAnswered: 56,
    },
    {
      threshold: 0.2,
      coverage: 0.9755,
      precision: 0.8059,
      outOfScopeAnswered: 45,
    },
    {
      threshold: 0.25,
      coverage: 0.973,
      precision: 0.8245,
      outOfScopeAnswered: 36,
    },
    {
      threshold: 0.3,
      coverage: 0.9632,
      precision: 0.8517,
      outOfScopeAnswered: 25,
    },
    {
      threshold: 0.35,
      coverage: 0.9461,
      precision: 0.8624,
      outOfScopeAnswered: 21,
    },
    {
      threshold: 0.4,
      coverage: 0.9314,
      precision: 0.8852,
      outOfScopeAnswered: 12,
    },
    {
      threshold: 0.45,
      coverage: 0.9093,
      precision: 0.8974,
      outOfScopeAnswered: 9,
    },
    {
      threshold: 0.5,
      coverage: 0.8873,
      precision: 0.9106,
      outOfScopeAnswered: 7,
    },
    {
      threshold: 0.55,
      coverage: 0.8799,
      precision: 0.9148,
      outOfScopeAnswered: 5,
    },
    {
      threshold: 0.6,
      coverage: 0.8603,
      precision: 0.9209,
      outOfScopeAnswered: 3,
    },
    {
      threshold: 0.65,
      coverage: 0.8358,
      precision: 0.9329,
      outOfScopeAnswered: 2,
    },
    {
      threshold: 0.7,
      coverage: 0.8211,
      precision: 0.9347,
      outOfScopeAnswered: 2,
    },
    {
      threshold: 0.75,
      coverage: 0.7745,
      precision: 0.9497,
      outOfScopeAnswered: 2,
    },
    {
      threshold: 0.8,
      coverage: 0.7377,
      precision: 0.9535,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.85,
      coverage: 0.6887,
      precision: 0.9609,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.9,
      coverage: 0.5515,
      precision: 0.9689,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.95,
      coverage: 0.3333,
      precision: 1,
      outOfScopeAnswered: 0,
    },
  ],
};
