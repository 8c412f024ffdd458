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
    bias: -0.9115,
    weights: [
      1.0109, 1.0198, -0.6814, -0.8231, 1.2121, 1.1614, -0.5283, 0.6524, 0.508, 0.1053, 0.239,
      -0.4152,
    ],
    threshold: 0.81,
  },
  clarify: {
    bias: -0.2801,
    weights: [
      1.0802, 1.0869, -0.8013, -0.9604, 0.8505, 0.8584, -0.8316, 0.7286, 0.6015, 0.1199, 0.325,
      -0.5987,
    ],
    threshold: 0.87,
  },
  curve: [
    {
      threshold: 0.05,
      coverage: 1,
      precision: 0.8103,
      outOfScopeAnswered: 140,
    },
    {
      threshold: 0.1,
      coverage: 1,
      precision: 0.8123,
      outOfScopeAnswered: 137,
    },
    {
      threshold: 0.15,
      coverage: 0.9973,
      precision: 0.8209,
      outOfScopeAnswered: 127,
    },
    {
      threshold: 0.2,
      coverage: 0.9945,
      precision: 0.8393,
      outOfScopeAnswered: 102,
    },
    {
      threshold: 0.25,
      coverage: 0.9927,
      precision: 0.8549,
      outOfScopeAnswered: 81,
    },
    {
      threshold: 0.3,
      coverage: 0.99,
      precision: 0.866,
      outOfScopeAnswered: 69,
    },
    {
      threshold: 0.35,
      coverage: 0.9873,
      precision: 0.8781,
      outOfScopeAnswered: 55,
    },
    {
      threshold: 0.4,
      coverage: 0.9818,
      precision: 0.8845,
      outOfScopeAnswered: 47,
    },
    {
      threshold: 0.45,
      coverage: 0.9754,
      precision: 0.8943,
      outOfScopeAnswered: 35,
    },
    {
      threshold: 0.5,
      coverage: 0.9627,
      precision: 0.9059,
      outOfScopeAnswered: 26,
    },
    {
      threshold: 0.55,
      coverage: 0.9436,
      precision: 0.9149,
      outOfScopeAnswered: 20,
    },
    {
      threshold: 0.6,
      coverage: 0.9163,
      precision: 0.9277,
      outOfScopeAnswered: 16,
    },
    {
      threshold: 0.65,
      coverage: 0.8963,
      precision: 0.9386,
      outOfScopeAnswered: 9,
    },
    {
      threshold: 0.7,
      coverage: 0.8735,
      precision: 0.9442,
      outOfScopeAnswered: 7,
    },
    {
      threshold: 0.75,
      coverage: 0.8408,
      precision: 0.9536,
      outOfScopeAnswered: 2,
    },
    {
      threshold: 0.8,
      coverage: 0.8098,
      precision: 0.9596,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.85,
      coverage: 0.7425,
      precision: 0.9645,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.9,
      coverage: 0.6187,
      precision: 0.9765,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.95,
      coverage: 0.424,
      precision: 0.9936,
      outOfScopeAnswered: 0,
    },
  ],
};
