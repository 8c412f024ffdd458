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
  samples: 1802,
  answer: {
    bias: -0.7352,
    weights: [
      1.0047, 1.0106, -0.6728, -0.8555, 1.1507, 1.0706, -0.6065, 0.7222, 0.4922, 0.1058, 0.2763,
      -0.3607,
    ],
    threshold: 0.78,
  },
  clarify: {
    bias: -0.085,
    weights: [
      1.0457, 1.0534, -0.7045, -1.0548, 0.8314, 0.814, -0.8934, 0.7599, 0.5388, 0.1142, 0.2659,
      -0.4949,
    ],
    threshold: 0.84,
  },
  curve: [
    {
      threshold: 0.05,
      coverage: 1,
      precision: 0.8391,
      outOfScopeAnswered: 182,
    },
    {
      threshold: 0.1,
      coverage: 1,
      precision: 0.8395,
      outOfScopeAnswered: 181,
    },
    {
      threshold: 0.15,
      coverage: 0.9988,
      precision: 0.8456,
      outOfScopeAnswered: 170,
    },
    {
      threshold: 0.2,
      coverage: 0.9957,
      precision: 0.8551,
      outOfScopeAnswered: 154,
    },
    {
      threshold: 0.25,
      coverage: 0.9957,
      precision: 0.8684,
      outOfScopeAnswered: 127,
    },
    {
      threshold: 0.3,
      coverage: 0.9926,
      precision: 0.883,
      outOfScopeAnswered: 102,
    },
    {
      threshold: 0.35,
      coverage: 0.9914,
      precision: 0.8913,
      outOfScopeAnswered: 87,
    },
    {
      threshold: 0.4,
      coverage: 0.9895,
      precision: 0.9025,
      outOfScopeAnswered: 68,
    },
    {
      threshold: 0.45,
      coverage: 0.9858,
      precision: 0.9098,
      outOfScopeAnswered: 55,
    },
    {
      threshold: 0.5,
      coverage: 0.979,
      precision: 0.916,
      outOfScopeAnswered: 45,
    },
    {
      threshold: 0.55,
      coverage: 0.9679,
      precision: 0.9239,
      outOfScopeAnswered: 36,
    },
    {
      threshold: 0.6,
      coverage: 0.9488,
      precision: 0.9335,
      outOfScopeAnswered: 27,
    },
    {
      threshold: 0.65,
      coverage: 0.9278,
      precision: 0.9441,
      outOfScopeAnswered: 18,
    },
    {
      threshold: 0.7,
      coverage: 0.9062,
      precision: 0.95,
      outOfScopeAnswered: 13,
    },
    {
      threshold: 0.75,
      coverage: 0.8784,
      precision: 0.9587,
      outOfScopeAnswered: 6,
    },
    {
      threshold: 0.8,
      coverage: 0.837,
      precision: 0.9669,
      outOfScopeAnswered: 3,
    },
    {
      threshold: 0.85,
      coverage: 0.7833,
      precision: 0.9685,
      outOfScopeAnswered: 2,
    },
    {
      threshold: 0.9,
      coverage: 0.6852,
      precision: 0.9766,
      outOfScopeAnswered: 2,
    },
    {
      threshold: 0.95,
      coverage: 0.4691,
      precision: 0.9921,
      outOfScopeAnswered: 2,
    },
  ],
};
