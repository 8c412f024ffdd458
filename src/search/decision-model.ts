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
  samples: 487,
  answer: {
    bias: -1.7746,
    weights: [
      1.116, 1.1124, -0.4955, -0.9038, 1.2993, 1.2902, -0.2528, 0.9847, 0.5294, 0.1532, 0.1697,
    ],
    threshold: 0.8,
  },
  clarify: {
    bias: -1.3831,
    weights: [
      1.1643, 1.1506, -0.6981, -0.9549, 0.9228, 0.9911, -0.4825, 1.2346, 0.8142, 0.1642, 0.2972,
    ],
    threshold: 0.8,
  },
  curve: [
    {
      threshold: 0.05,
      coverage: 1,
      precision: 0.7413,
      outOfScopeAnswered: 75,
    },
    {
      threshold: 0.1,
      coverage: 0.9976,
      precision: 0.7537,
      outOfScopeAnswered: 68,
    },
    {
      threshold: 0.15,
      coverage: 0.983,
      precision: 0.778,
      outOfScopeAnswered: 59,
    },
    {
      threshold: 0.2,
      coverage: 0.9733,
      precision: 0.804,
      outOfScopeAnswered: 48,
    },
    {
      threshold: 0.25,
      coverage: 0.9709,
      precision: 0.828,
      outOfScopeAnswered: 36,
    },
    {
      threshold: 0.3,
      coverage: 0.966,
      precision: 0.8349,
      outOfScopeAnswered: 32,
    },
    {
      threshold: 0.35,
      coverage: 0.949,
      precision: 0.8596,
      outOfScopeAnswered: 22,
    },
    {
      threshold: 0.4,
      coverage: 0.9345,
      precision: 0.8778,
      outOfScopeAnswered: 16,
    },
    {
      threshold: 0.45,
      coverage: 0.9102,
      precision: 0.8866,
      outOfScopeAnswered: 13,
    },
    {
      threshold: 0.5,
      coverage: 0.8883,
      precision: 0.8989,
      outOfScopeAnswered: 10,
    },
    {
      threshold: 0.55,
      coverage: 0.8714,
      precision: 0.9098,
      outOfScopeAnswered: 7,
    },
    {
      threshold: 0.6,
      coverage: 0.8592,
      precision: 0.9139,
      outOfScopeAnswered: 6,
    },
    {
      threshold: 0.65,
      coverage: 0.8301,
      precision: 0.928,
      outOfScopeAnswered: 5,
    },
    {
      threshold: 0.7,
      coverage: 0.8155,
      precision: 0.9381,
      outOfScopeAnswered: 3,
    },
    {
      threshold: 0.75,
      coverage: 0.7767,
      precision: 0.947,
      outOfScopeAnswered: 1,
    },
    {
      threshold: 0.8,
      coverage: 0.7403,
      precision: 0.9541,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.85,
      coverage: 0.6675,
      precision: 0.9564,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.9,
      coverage: 0.517,
      precision: 0.9812,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.95,
      coverage: 0.3107,
      precision: 1,
      outOfScopeAnswered: 0,
    },
  ],
};
