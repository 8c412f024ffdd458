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
  samples: 1042,
  answer: {
    bias: -1.1827,
    weights: [
      1.0338, 0.9793, -0.4772, -0.824, 1.3055, 1.1321, -0.3043, 0.6901, 0.503, 0.1241, 0.0346,
      -0.2067,
    ],
    threshold: 0.79,
  },
  clarify: {
    bias: -0.5873,
    weights: [
      1.0402, 1.0144, -0.6268, -0.7682, 0.8802, 0.815, -0.5933, 0.8747, 0.5736, 0.1403, 0.1958,
      -0.3744,
    ],
    threshold: 0.79,
  },
  curve: [
    {
      threshold: 0.05,
      coverage: 1,
      precision: 0.7601,
      outOfScopeAnswered: 123,
    },
    {
      threshold: 0.1,
      coverage: 0.9989,
      precision: 0.7623,
      outOfScopeAnswered: 121,
    },
    {
      threshold: 0.15,
      coverage: 0.9967,
      precision: 0.7697,
      outOfScopeAnswered: 113,
    },
    {
      threshold: 0.2,
      coverage: 0.9924,
      precision: 0.7888,
      outOfScopeAnswered: 92,
    },
    {
      threshold: 0.25,
      coverage: 0.9837,
      precision: 0.8086,
      outOfScopeAnswered: 73,
    },
    {
      threshold: 0.3,
      coverage: 0.9739,
      precision: 0.8295,
      outOfScopeAnswered: 55,
    },
    {
      threshold: 0.35,
      coverage: 0.9695,
      precision: 0.8453,
      outOfScopeAnswered: 40,
    },
    {
      threshold: 0.4,
      coverage: 0.9543,
      precision: 0.8649,
      outOfScopeAnswered: 26,
    },
    {
      threshold: 0.45,
      coverage: 0.9402,
      precision: 0.8766,
      outOfScopeAnswered: 19,
    },
    {
      threshold: 0.5,
      coverage: 0.9206,
      precision: 0.8795,
      outOfScopeAnswered: 17,
    },
    {
      threshold: 0.55,
      coverage: 0.889,
      precision: 0.8872,
      outOfScopeAnswered: 16,
    },
    {
      threshold: 0.6,
      coverage: 0.8694,
      precision: 0.8986,
      outOfScopeAnswered: 10,
    },
    {
      threshold: 0.65,
      coverage: 0.8433,
      precision: 0.9103,
      outOfScopeAnswered: 5,
    },
    {
      threshold: 0.7,
      coverage: 0.803,
      precision: 0.9256,
      outOfScopeAnswered: 1,
    },
    {
      threshold: 0.75,
      coverage: 0.7606,
      precision: 0.9343,
      outOfScopeAnswered: 1,
    },
    {
      threshold: 0.8,
      coverage: 0.6921,
      precision: 0.9418,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.85,
      coverage: 0.6072,
      precision: 0.9462,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.9,
      coverage: 0.457,
      precision: 0.9762,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.95,
      coverage: 0.2535,
      precision: 0.9871,
      outOfScopeAnswered: 0,
    },
  ],
};
