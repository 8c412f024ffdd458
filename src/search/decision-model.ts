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
  samples: 678,
  answer: {
    bias: -1.304,
    weights: [
      1.1279, 1.0773, -0.6474, -1.0585, 1.1229, 1.1158, -0.2939, 0.7142, 0.4135, 0.1312, 0.1468,
    ],
    threshold: 0.74,
  },
  clarify: {
    bias: -0.72,
    weights: [
      1.1924, 1.1437, -0.8998, -1.0114, 0.7011, 0.7685, -0.604, 0.8432, 0.6027, 0.1535, 0.2588,
    ],
    threshold: 0.78,
  },
  curve: [
    {
      threshold: 0.05,
      coverage: 1,
      precision: 0.7522,
      outOfScopeAnswered: 93,
    },
    {
      threshold: 0.1,
      coverage: 0.9966,
      precision: 0.7623,
      outOfScopeAnswered: 86,
    },
    {
      threshold: 0.15,
      coverage: 0.9846,
      precision: 0.7846,
      outOfScopeAnswered: 74,
    },
    {
      threshold: 0.2,
      coverage: 0.9795,
      precision: 0.8057,
      outOfScopeAnswered: 60,
    },
    {
      threshold: 0.25,
      coverage: 0.9692,
      precision: 0.8303,
      outOfScopeAnswered: 46,
    },
    {
      threshold: 0.3,
      coverage: 0.9624,
      precision: 0.8433,
      outOfScopeAnswered: 37,
    },
    {
      threshold: 0.35,
      coverage: 0.9521,
      precision: 0.8653,
      outOfScopeAnswered: 22,
    },
    {
      threshold: 0.4,
      coverage: 0.9402,
      precision: 0.8765,
      outOfScopeAnswered: 17,
    },
    {
      threshold: 0.45,
      coverage: 0.9162,
      precision: 0.8905,
      outOfScopeAnswered: 12,
    },
    {
      threshold: 0.5,
      coverage: 0.8991,
      precision: 0.9013,
      outOfScopeAnswered: 11,
    },
    {
      threshold: 0.55,
      coverage: 0.8855,
      precision: 0.9122,
      outOfScopeAnswered: 6,
    },
    {
      threshold: 0.6,
      coverage: 0.8735,
      precision: 0.9188,
      outOfScopeAnswered: 6,
    },
    {
      threshold: 0.65,
      coverage: 0.853,
      precision: 0.9264,
      outOfScopeAnswered: 4,
    },
    {
      threshold: 0.7,
      coverage: 0.8256,
      precision: 0.9363,
      outOfScopeAnswered: 4,
    },
    {
      threshold: 0.75,
      coverage: 0.7692,
      precision: 0.9489,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.8,
      coverage: 0.735,
      precision: 0.9465,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.85,
      coverage: 0.6821,
      precision: 0.9499,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.9,
      coverage: 0.5248,
      precision: 0.9739,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.95,
      coverage: 0.3009,
      precision: 0.9886,
      outOfScopeAnswered: 0,
    },
  ],
};
