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
  samples: 1239,
  answer: {
    bias: -0.9638,
    weights: [
      1.0264, 1.0334, -0.6781, -0.8051, 1.2057, 1.1628, -0.5465, 0.6388, 0.5218, 0.1063, 0.2607,
      -0.4079,
    ],
    threshold: 0.8,
  },
  clarify: {
    bias: -0.3635,
    weights: [
      1.0997, 1.1043, -0.8023, -0.9355, 0.8584, 0.8685, -0.841, 0.7107, 0.6024, 0.1207, 0.3618,
      -0.5827,
    ],
    threshold: 0.87,
  },
  curve: [
    {
      threshold: 0.05,
      coverage: 1,
      precision: 0.8079,
      outOfScopeAnswered: 141,
    },
    {
      threshold: 0.1,
      coverage: 1,
      precision: 0.8092,
      outOfScopeAnswered: 139,
    },
    {
      threshold: 0.15,
      coverage: 0.9973,
      precision: 0.8205,
      outOfScopeAnswered: 125,
    },
    {
      threshold: 0.2,
      coverage: 0.9945,
      precision: 0.8389,
      outOfScopeAnswered: 100,
    },
    {
      threshold: 0.25,
      coverage: 0.9927,
      precision: 0.8546,
      outOfScopeAnswered: 79,
    },
    {
      threshold: 0.3,
      coverage: 0.9891,
      precision: 0.8649,
      outOfScopeAnswered: 69,
    },
    {
      threshold: 0.35,
      coverage: 0.9863,
      precision: 0.8762,
      outOfScopeAnswered: 56,
    },
    {
      threshold: 0.4,
      coverage: 0.9809,
      precision: 0.8859,
      outOfScopeAnswered: 45,
    },
    {
      threshold: 0.45,
      coverage: 0.9718,
      precision: 0.8964,
      outOfScopeAnswered: 33,
    },
    {
      threshold: 0.5,
      coverage: 0.9617,
      precision: 0.9048,
      outOfScopeAnswered: 26,
    },
    {
      threshold: 0.55,
      coverage: 0.9417,
      precision: 0.9108,
      outOfScopeAnswered: 20,
    },
    {
      threshold: 0.6,
      coverage: 0.9171,
      precision: 0.9256,
      outOfScopeAnswered: 15,
    },
    {
      threshold: 0.65,
      coverage: 0.8944,
      precision: 0.9355,
      outOfScopeAnswered: 11,
    },
    {
      threshold: 0.7,
      coverage: 0.8716,
      precision: 0.944,
      outOfScopeAnswered: 7,
    },
    {
      threshold: 0.75,
      coverage: 0.8415,
      precision: 0.9525,
      outOfScopeAnswered: 2,
    },
    {
      threshold: 0.8,
      coverage: 0.8042,
      precision: 0.9592,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.85,
      coverage: 0.7386,
      precision: 0.9642,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.9,
      coverage: 0.612,
      precision: 0.9747,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.95,
      coverage: 0.4162,
      precision: 0.9934,
      outOfScopeAnswered: 0,
    },
  ],
};
