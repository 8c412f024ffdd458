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
  samples: 1041,
  answer: {
    bias: -1.0352,
    weights: [
      0.9195, 0.9088, -0.5593, -0.7307, 1.2522, 1.1585, -0.3847, 0.6132, 0.5922, 0.1101, 0.0642,
      -0.3458,
    ],
    threshold: 0.76,
  },
  clarify: {
    bias: -0.247,
    weights: [
      1.0102, 0.9994, -0.825, -0.8355, 0.7618, 0.7517, -0.699, 0.6346, 0.6198, 0.1289, 0.2985,
      -0.5221,
    ],
    threshold: 0.82,
  },
  curve: [
    {
      threshold: 0.05,
      coverage: 1,
      precision: 0.7752,
      outOfScopeAnswered: 122,
    },
    {
      threshold: 0.1,
      coverage: 1,
      precision: 0.7775,
      outOfScopeAnswered: 119,
    },
    {
      threshold: 0.15,
      coverage: 0.9978,
      precision: 0.7865,
      outOfScopeAnswered: 109,
    },
    {
      threshold: 0.2,
      coverage: 0.9946,
      precision: 0.8012,
      outOfScopeAnswered: 92,
    },
    {
      threshold: 0.25,
      coverage: 0.9869,
      precision: 0.8223,
      outOfScopeAnswered: 72,
    },
    {
      threshold: 0.3,
      coverage: 0.9859,
      precision: 0.8342,
      outOfScopeAnswered: 59,
    },
    {
      threshold: 0.35,
      coverage: 0.9837,
      precision: 0.8526,
      outOfScopeAnswered: 39,
    },
    {
      threshold: 0.4,
      coverage: 0.9695,
      precision: 0.8604,
      outOfScopeAnswered: 33,
    },
    {
      threshold: 0.45,
      coverage: 0.9532,
      precision: 0.8733,
      outOfScopeAnswered: 24,
    },
    {
      threshold: 0.5,
      coverage: 0.9336,
      precision: 0.8847,
      outOfScopeAnswered: 18,
    },
    {
      threshold: 0.55,
      coverage: 0.9173,
      precision: 0.8903,
      outOfScopeAnswered: 14,
    },
    {
      threshold: 0.6,
      coverage: 0.8847,
      precision: 0.9086,
      outOfScopeAnswered: 8,
    },
    {
      threshold: 0.65,
      coverage: 0.8629,
      precision: 0.9147,
      outOfScopeAnswered: 4,
    },
    {
      threshold: 0.7,
      coverage: 0.8237,
      precision: 0.9223,
      outOfScopeAnswered: 2,
    },
    {
      threshold: 0.75,
      coverage: 0.7835,
      precision: 0.9319,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.8,
      coverage: 0.7214,
      precision: 0.9412,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.85,
      coverage: 0.6453,
      precision: 0.9562,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.9,
      coverage: 0.4962,
      precision: 0.9737,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.95,
      coverage: 0.2894,
      precision: 0.9887,
      outOfScopeAnswered: 0,
    },
  ],
};
