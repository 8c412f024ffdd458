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
    bias: -1.8147,
    weights: [
      1.1243, 1.1205, -0.5144, -0.8928, 1.2881, 1.296, -0.2864, 0.9778, 0.551, 0.1599, 0.2057,
    ],
    threshold: 0.79,
  },
  clarify: {
    bias: -1.4196,
    weights: [
      1.1724, 1.1584, -0.7195, -0.9419, 0.9112, 0.9965, -0.5172, 1.2261, 0.8357, 0.1706, 0.3335,
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
      coverage: 0.9927,
      precision: 0.7568,
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
      precision: 0.8058,
      outOfScopeAnswered: 47,
    },
    {
      threshold: 0.25,
      coverage: 0.9709,
      precision: 0.8299,
      outOfScopeAnswered: 35,
    },
    {
      threshold: 0.3,
      coverage: 0.966,
      precision: 0.8368,
      outOfScopeAnswered: 31,
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
      coverage: 0.9053,
      precision: 0.8886,
      outOfScopeAnswered: 13,
    },
    {
      threshold: 0.5,
      coverage: 0.8883,
      precision: 0.9013,
      outOfScopeAnswered: 9,
    },
    {
      threshold: 0.55,
      coverage: 0.8762,
      precision: 0.9128,
      outOfScopeAnswered: 6,
    },
    {
      threshold: 0.6,
      coverage: 0.8641,
      precision: 0.9144,
      outOfScopeAnswered: 6,
    },
    {
      threshold: 0.65,
      coverage: 0.8325,
      precision: 0.9282,
      outOfScopeAnswered: 5,
    },
    {
      threshold: 0.7,
      coverage: 0.818,
      precision: 0.9382,
      outOfScopeAnswered: 3,
    },
    {
      threshold: 0.75,
      coverage: 0.7767,
      precision: 0.9502,
      outOfScopeAnswered: 1,
    },
    {
      threshold: 0.8,
      coverage: 0.7427,
      precision: 0.9542,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.85,
      coverage: 0.6723,
      precision: 0.9567,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.9,
      coverage: 0.5194,
      precision: 0.9813,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.95,
      coverage: 0.3131,
      precision: 1,
      outOfScopeAnswered: 0,
    },
  ],
};
