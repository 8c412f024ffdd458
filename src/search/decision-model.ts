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
    bias: -1.0388,
    weights: [
      0.9364, 0.9251, -0.5775, -0.801, 1.2769, 1.1732, -0.4273, 0.6554, 0.5938, 0.1108, 0.1463,
      -0.3348,
    ],
    threshold: 0.79,
  },
  clarify: {
    bias: -0.2453,
    weights: [
      1.0353, 1.0244, -0.8379, -0.9254, 0.7881, 0.7765, -0.7633, 0.7135, 0.6063, 0.1295, 0.396,
      -0.5234,
    ],
    threshold: 0.86,
  },
  curve: [
    {
      threshold: 0.05,
      coverage: 1,
      precision: 0.7829,
      outOfScopeAnswered: 122,
    },
    {
      threshold: 0.1,
      coverage: 1,
      precision: 0.7852,
      outOfScopeAnswered: 119,
    },
    {
      threshold: 0.15,
      coverage: 0.9978,
      precision: 0.7959,
      outOfScopeAnswered: 107,
    },
    {
      threshold: 0.2,
      coverage: 0.9946,
      precision: 0.8091,
      outOfScopeAnswered: 92,
    },
    {
      threshold: 0.25,
      coverage: 0.9869,
      precision: 0.8304,
      outOfScopeAnswered: 72,
    },
    {
      threshold: 0.3,
      coverage: 0.9859,
      precision: 0.8425,
      outOfScopeAnswered: 59,
    },
    {
      threshold: 0.35,
      coverage: 0.9837,
      precision: 0.8584,
      outOfScopeAnswered: 42,
    },
    {
      threshold: 0.4,
      coverage: 0.975,
      precision: 0.8685,
      outOfScopeAnswered: 32,
    },
    {
      threshold: 0.45,
      coverage: 0.9554,
      precision: 0.8814,
      outOfScopeAnswered: 24,
    },
    {
      threshold: 0.5,
      coverage: 0.9369,
      precision: 0.892,
      outOfScopeAnswered: 19,
    },
    {
      threshold: 0.55,
      coverage: 0.9195,
      precision: 0.8999,
      outOfScopeAnswered: 14,
    },
    {
      threshold: 0.6,
      coverage: 0.8945,
      precision: 0.9134,
      outOfScopeAnswered: 9,
    },
    {
      threshold: 0.65,
      coverage: 0.8683,
      precision: 0.9228,
      outOfScopeAnswered: 5,
    },
    {
      threshold: 0.7,
      coverage: 0.8357,
      precision: 0.9313,
      outOfScopeAnswered: 3,
    },
    {
      threshold: 0.75,
      coverage: 0.7965,
      precision: 0.94,
      outOfScopeAnswered: 1,
    },
    {
      threshold: 0.8,
      coverage: 0.7421,
      precision: 0.9487,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.85,
      coverage: 0.6649,
      precision: 0.9607,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.9,
      coverage: 0.5277,
      precision: 0.9732,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.95,
      coverage: 0.3199,
      precision: 0.9932,
      outOfScopeAnswered: 0,
    },
  ],
};
