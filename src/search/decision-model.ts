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
    bias: -1.556,
    weights: [
      1.0455, 1.0327, -0.5958, -1.055, 1.1446, 1.2225, -0.2955, 1.032, 0.5317, 0.1755, 0.0734,
    ],
    threshold: 0.81,
  },
  clarify: {
    bias: -1.2729,
    weights: [
      1.1856, 1.1709, -0.837, -1.0515, 0.691, 0.8361, -0.4458, 1.2102, 0.8734, 0.1857, 0.2159,
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
      coverage: 0.9885,
      precision: 0.8221,
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
      precision: 0.8487,
      outOfScopeAnswered: 14,
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
      coverage: 0.8851,
      precision: 0.9103,
      outOfScopeAnswered: 3,
    },
    {
      threshold: 0.65,
      coverage: 0.8582,
      precision: 0.9336,
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
      coverage: 0.8123,
      precision: 0.9434,
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
      coverage: 0.5441,
      precision: 0.9789,
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
