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
    bias: -1.0551,
    weights: [
      0.9226, 0.9117, -0.5466, -0.7815, 1.2859, 1.179, -0.4024, 0.6567, 0.5761, 0.111, 0.1152,
      -0.3334,
    ],
    threshold: 0.8,
  },
  clarify: {
    bias: -0.2468,
    weights: [
      1.0254, 1.0149, -0.8119, -0.9033, 0.7885, 0.7695, -0.7395, 0.6795, 0.5956, 0.1304, 0.3636,
      -0.5209,
    ],
    threshold: 0.88,
  },
  curve: [
    {
      threshold: 0.05,
      coverage: 1,
      precision: 0.78,
      outOfScopeAnswered: 122,
    },
    {
      threshold: 0.1,
      coverage: 1,
      precision: 0.7823,
      outOfScopeAnswered: 119,
    },
    {
      threshold: 0.15,
      coverage: 0.9978,
      precision: 0.7914,
      outOfScopeAnswered: 109,
    },
    {
      threshold: 0.2,
      coverage: 0.9946,
      precision: 0.8062,
      outOfScopeAnswered: 92,
    },
    {
      threshold: 0.25,
      coverage: 0.9869,
      precision: 0.8274,
      outOfScopeAnswered: 72,
    },
    {
      threshold: 0.3,
      coverage: 0.9859,
      precision: 0.8394,
      outOfScopeAnswered: 59,
    },
    {
      threshold: 0.35,
      coverage: 0.9837,
      precision: 0.8561,
      outOfScopeAnswered: 41,
    },
    {
      threshold: 0.4,
      coverage: 0.975,
      precision: 0.8644,
      outOfScopeAnswered: 33,
    },
    {
      threshold: 0.45,
      coverage: 0.9554,
      precision: 0.878,
      outOfScopeAnswered: 24,
    },
    {
      threshold: 0.5,
      coverage: 0.9369,
      precision: 0.8886,
      outOfScopeAnswered: 19,
    },
    {
      threshold: 0.55,
      coverage: 0.9195,
      precision: 0.8964,
      outOfScopeAnswered: 14,
    },
    {
      threshold: 0.6,
      coverage: 0.8923,
      precision: 0.9095,
      outOfScopeAnswered: 9,
    },
    {
      threshold: 0.65,
      coverage: 0.8672,
      precision: 0.919,
      outOfScopeAnswered: 5,
    },
    {
      threshold: 0.7,
      coverage: 0.8324,
      precision: 0.9271,
      outOfScopeAnswered: 3,
    },
    {
      threshold: 0.75,
      coverage: 0.7943,
      precision: 0.9371,
      outOfScopeAnswered: 1,
    },
    {
      threshold: 0.8,
      coverage: 0.7312,
      precision: 0.9479,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.85,
      coverage: 0.654,
      precision: 0.9567,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.9,
      coverage: 0.5147,
      precision: 0.9767,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.95,
      coverage: 0.3025,
      precision: 0.9892,
      outOfScopeAnswered: 0,
    },
  ],
};
