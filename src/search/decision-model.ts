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
    bias: -1.2535,
    weights: [
      1.08, 1.0333, -0.6331, -0.9693, 1.2632, 1.1914, -0.3338, 0.7143, 0.4419, 0.1177, 0.147,
      -0.5991,
    ],
    threshold: 0.71,
  },
  clarify: {
    bias: -0.5874,
    weights: [
      1.0953, 1.052, -0.8488, -0.8531, 0.7948, 0.8076, -0.5986, 0.8593, 0.5995, 0.141, 0.294,
      -0.8142,
    ],
    threshold: 0.71,
  },
  curve: [
    {
      threshold: 0.05,
      coverage: 1,
      precision: 0.7584,
      outOfScopeAnswered: 92,
    },
    {
      threshold: 0.1,
      coverage: 1,
      precision: 0.7697,
      outOfScopeAnswered: 82,
    },
    {
      threshold: 0.15,
      coverage: 0.9915,
      precision: 0.7969,
      outOfScopeAnswered: 64,
    },
    {
      threshold: 0.2,
      coverage: 0.9797,
      precision: 0.8232,
      outOfScopeAnswered: 49,
    },
    {
      threshold: 0.25,
      coverage: 0.9763,
      precision: 0.8379,
      outOfScopeAnswered: 40,
    },
    {
      threshold: 0.3,
      coverage: 0.9695,
      precision: 0.8571,
      outOfScopeAnswered: 29,
    },
    {
      threshold: 0.35,
      coverage: 0.9611,
      precision: 0.8741,
      outOfScopeAnswered: 20,
    },
    {
      threshold: 0.4,
      coverage: 0.9475,
      precision: 0.8897,
      outOfScopeAnswered: 11,
    },
    {
      threshold: 0.45,
      coverage: 0.9323,
      precision: 0.8982,
      outOfScopeAnswered: 9,
    },
    {
      threshold: 0.5,
      coverage: 0.9188,
      precision: 0.904,
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
      coverage: 0.8596,
      precision: 0.9333,
      outOfScopeAnswered: 2,
    },
    {
      threshold: 0.7,
      coverage: 0.8359,
      precision: 0.9413,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.75,
      coverage: 0.7885,
      precision: 0.9485,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.8,
      coverage: 0.7479,
      precision: 0.9502,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.85,
      coverage: 0.692,
      precision: 0.9535,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.9,
      coverage: 0.5482,
      precision: 0.9753,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.95,
      coverage: 0.3283,
      precision: 0.9897,
      outOfScopeAnswered: 0,
    },
  ],
};
