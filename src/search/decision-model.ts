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
  samples: 303,
  answer: {
    bias: -1.4665,
    weights: [
      1.0134, 1.0075, -0.6359, -1.1045, 1.1297, 1.2245, -0.1616, 1.0099, 0.4652, 0.1776, 0.1735,
    ],
    threshold: 0.78,
  },
  clarify: {
    bias: -1.1966,
    weights: [
      1.1683, 1.1615, -0.8753, -1.1134, 0.6549, 0.8238, -0.2648, 1.1991, 0.7997, 0.1898, 0.3439,
    ],
    threshold: 0.79,
  },
  curve: [
    {
      threshold: 0.05,
      coverage: 1,
      precision: 0.7723,
      outOfScopeAnswered: 43,
    },
    {
      threshold: 0.1,
      coverage: 1,
      precision: 0.7774,
      outOfScopeAnswered: 41,
    },
    {
      threshold: 0.15,
      coverage: 0.9923,
      precision: 0.8041,
      outOfScopeAnswered: 33,
    },
    {
      threshold: 0.2,
      coverage: 0.9885,
      precision: 0.8357,
      outOfScopeAnswered: 23,
    },
    {
      threshold: 0.25,
      coverage: 0.9846,
      precision: 0.8598,
      outOfScopeAnswered: 15,
    },
    {
      threshold: 0.3,
      coverage: 0.9846,
      precision: 0.8694,
      outOfScopeAnswered: 12,
    },
    {
      threshold: 0.35,
      coverage: 0.9692,
      precision: 0.8885,
      outOfScopeAnswered: 8,
    },
    {
      threshold: 0.4,
      coverage: 0.9615,
      precision: 0.8945,
      outOfScopeAnswered: 6,
    },
    {
      threshold: 0.45,
      coverage: 0.9462,
      precision: 0.9084,
      outOfScopeAnswered: 5,
    },
    {
      threshold: 0.5,
      coverage: 0.9346,
      precision: 0.915,
      outOfScopeAnswered: 4,
    },
    {
      threshold: 0.55,
      coverage: 0.9192,
      precision: 0.9174,
      outOfScopeAnswered: 3,
    },
    {
      threshold: 0.6,
      coverage: 0.9038,
      precision: 0.9202,
      outOfScopeAnswered: 3,
    },
    {
      threshold: 0.65,
      coverage: 0.8808,
      precision: 0.9307,
      outOfScopeAnswered: 2,
    },
    {
      threshold: 0.7,
      coverage: 0.8577,
      precision: 0.9333,
      outOfScopeAnswered: 2,
    },
    {
      threshold: 0.75,
      coverage: 0.8308,
      precision: 0.9401,
      outOfScopeAnswered: 1,
    },
    {
      threshold: 0.8,
      coverage: 0.8,
      precision: 0.9519,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.85,
      coverage: 0.7346,
      precision: 0.9529,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.9,
      coverage: 0.5923,
      precision: 0.974,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.95,
      coverage: 0.3423,
      precision: 1,
      outOfScopeAnswered: 0,
    },
  ],
};
