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
  samples: 684,
  answer: {
    bias: -1.2336,
    weights: [
      1.0724, 1.0221, -0.6302, -0.9729, 1.2496, 1.1809, -0.3531, 0.7141, 0.471, 0.1186, 0.1424,
      -0.6136,
    ],
    threshold: 0.75,
  },
  clarify: {
    bias: -0.6564,
    weights: [
      1.1065, 1.0711, -0.8523, -0.8153, 0.8237, 0.8266, -0.5881, 0.8227, 0.6136, 0.1382, 0.303,
      -0.8043,
    ],
    threshold: 0.7,
  },
  curve: [
    {
      threshold: 0.05,
      coverage: 1,
      precision: 0.7599,
      outOfScopeAnswered: 92,
    },
    {
      threshold: 0.1,
      coverage: 1,
      precision: 0.77,
      outOfScopeAnswered: 83,
    },
    {
      threshold: 0.15,
      coverage: 0.9898,
      precision: 0.7957,
      outOfScopeAnswered: 66,
    },
    {
      threshold: 0.2,
      coverage: 0.9797,
      precision: 0.8235,
      outOfScopeAnswered: 50,
    },
    {
      threshold: 0.25,
      coverage: 0.9763,
      precision: 0.8395,
      outOfScopeAnswered: 40,
    },
    {
      threshold: 0.3,
      coverage: 0.9695,
      precision: 0.8574,
      outOfScopeAnswered: 30,
    },
    {
      threshold: 0.35,
      coverage: 0.9611,
      precision: 0.8759,
      outOfScopeAnswered: 20,
    },
    {
      threshold: 0.4,
      coverage: 0.9509,
      precision: 0.8901,
      outOfScopeAnswered: 11,
    },
    {
      threshold: 0.45,
      coverage: 0.9357,
      precision: 0.8986,
      outOfScopeAnswered: 9,
    },
    {
      threshold: 0.5,
      coverage: 0.9222,
      precision: 0.9043,
      outOfScopeAnswered: 9,
    },
    {
      threshold: 0.55,
      coverage: 0.9019,
      precision: 0.9128,
      outOfScopeAnswered: 6,
    },
    {
      threshold: 0.6,
      coverage: 0.8816,
      precision: 0.9256,
      outOfScopeAnswered: 3,
    },
    {
      threshold: 0.65,
      coverage: 0.8629,
      precision: 0.9335,
      outOfScopeAnswered: 1,
    },
    {
      threshold: 0.7,
      coverage: 0.8393,
      precision: 0.9415,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.75,
      coverage: 0.7936,
      precision: 0.9488,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.8,
      coverage: 0.7513,
      precision: 0.9505,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.85,
      coverage: 0.6937,
      precision: 0.9537,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.9,
      coverage: 0.5499,
      precision: 0.9754,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.95,
      coverage: 0.3333,
      precision: 0.9898,
      outOfScopeAnswered: 0,
    },
  ],
};
