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
  samples: 675,
  answer: {
    bias: -1.2215,
    weights: [
      1.0773, 1.0301, -0.5798, -0.9436, 1.1758, 1.1245, -0.2911, 0.7139, 0.4173, 0.1272, 0.1462,
      -0.5912,
    ],
    threshold: 0.71,
  },
  clarify: {
    bias: -0.5929,
    weights: [
      1.1231, 1.0794, -0.8162, -0.8631, 0.7644, 0.7782, -0.624, 0.8436, 0.61, 0.1464, 0.2612,
      -0.7706,
    ],
    threshold: 0.72,
  },
  curve: [
    {
      threshold: 0.05,
      coverage: 1,
      precision: 0.7567,
      outOfScopeAnswered: 89,
    },
    {
      threshold: 0.1,
      coverage: 0.9966,
      precision: 0.7646,
      outOfScopeAnswered: 84,
    },
    {
      threshold: 0.15,
      coverage: 0.9897,
      precision: 0.7895,
      outOfScopeAnswered: 67,
    },
    {
      threshold: 0.2,
      coverage: 0.9795,
      precision: 0.8183,
      outOfScopeAnswered: 49,
    },
    {
      threshold: 0.25,
      coverage: 0.9709,
      precision: 0.8358,
      outOfScopeAnswered: 41,
    },
    {
      threshold: 0.3,
      coverage: 0.9641,
      precision: 0.8507,
      outOfScopeAnswered: 32,
    },
    {
      threshold: 0.35,
      coverage: 0.959,
      precision: 0.8645,
      outOfScopeAnswered: 22,
    },
    {
      threshold: 0.4,
      coverage: 0.9436,
      precision: 0.8796,
      outOfScopeAnswered: 13,
    },
    {
      threshold: 0.45,
      coverage: 0.9282,
      precision: 0.8913,
      outOfScopeAnswered: 9,
    },
    {
      threshold: 0.5,
      coverage: 0.9077,
      precision: 0.9017,
      outOfScopeAnswered: 8,
    },
    {
      threshold: 0.55,
      coverage: 0.8889,
      precision: 0.907,
      outOfScopeAnswered: 7,
    },
    {
      threshold: 0.6,
      coverage: 0.8786,
      precision: 0.9207,
      outOfScopeAnswered: 3,
    },
    {
      threshold: 0.65,
      coverage: 0.8547,
      precision: 0.9303,
      outOfScopeAnswered: 2,
    },
    {
      threshold: 0.7,
      coverage: 0.8359,
      precision: 0.9366,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.75,
      coverage: 0.7863,
      precision: 0.9478,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.8,
      coverage: 0.7436,
      precision: 0.9471,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.85,
      coverage: 0.6855,
      precision: 0.9501,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.9,
      coverage: 0.5265,
      precision: 0.9773,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.95,
      coverage: 0.3128,
      precision: 0.9891,
      outOfScopeAnswered: 0,
    },
  ],
};
