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
  samples: 305,
  answer: {
    bias: -1.5336,
    weights: [
      1.0377, 1.0315, -0.6047, -1.0573, 1.1271, 1.2122, -0.293, 1.0194, 0.5306, 0.1751, 0.065,
    ],
    threshold: 0.75,
  },
  clarify: {
    bias: -1.2569,
    weights: [
      1.1782, 1.171, -0.8433, -1.0526, 0.6765, 0.8274, -0.4432, 1.2027, 0.8731, 0.1857, 0.2107,
    ],
    threshold: 0.76,
  },
  curve: [
    {
      threshold: 0.05,
      coverage: 1,
      precision: 0.7574,
      outOfScopeAnswered: 44,
    },
    {
      threshold: 0.1,
      coverage: 0.9962,
      precision: 0.7674,
      outOfScopeAnswered: 41,
    },
    {
      threshold: 0.15,
      coverage: 0.9923,
      precision: 0.7966,
      outOfScopeAnswered: 31,
    },
    {
      threshold: 0.2,
      coverage: 0.9847,
      precision: 0.8214,
      outOfScopeAnswered: 23,
    },
    {
      threshold: 0.25,
      coverage: 0.9847,
      precision: 0.8456,
      outOfScopeAnswered: 15,
    },
    {
      threshold: 0.3,
      coverage: 0.9847,
      precision: 0.8519,
      outOfScopeAnswered: 13,
    },
    {
      threshold: 0.35,
      coverage: 0.9579,
      precision: 0.8798,
      outOfScopeAnswered: 8,
    },
    {
      threshold: 0.4,
      coverage: 0.9502,
      precision: 0.8893,
      outOfScopeAnswered: 5,
    },
    {
      threshold: 0.45,
      coverage: 0.931,
      precision: 0.9032,
      outOfScopeAnswered: 5,
    },
    {
      threshold: 0.5,
      coverage: 0.908,
      precision: 0.9125,
      outOfScopeAnswered: 3,
    },
    {
      threshold: 0.55,
      coverage: 0.9042,
      precision: 0.9121,
      outOfScopeAnswered: 3,
    },
    {
      threshold: 0.6,
      coverage: 0.8812,
      precision: 0.9142,
      outOfScopeAnswered: 3,
    },
    {
      threshold: 0.65,
      coverage: 0.8621,
      precision: 0.9295,
      outOfScopeAnswered: 2,
    },
    {
      threshold: 0.7,
      coverage: 0.8391,
      precision: 0.9364,
      outOfScopeAnswered: 1,
    },
    {
      threshold: 0.75,
      coverage: 0.8161,
      precision: 0.9437,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.8,
      coverage: 0.7969,
      precision: 0.9423,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.85,
      coverage: 0.7318,
      precision: 0.9476,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.9,
      coverage: 0.5479,
      precision: 0.979,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.95,
      coverage: 0.3257,
      precision: 1,
      outOfScopeAnswered: 0,
    },
  ],
};
