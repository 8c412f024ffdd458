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
  samples: 1423,
  answer: {
    bias: -0.9491,
    weights: [
      0.993, 1, -0.6747, -0.8122, 1.2316, 1.1841, -0.5572, 0.7211, 0.5563, 0.1013, 0.2442, -0.412,
    ],
    threshold: 0.8,
  },
  clarify: {
    bias: -0.2281,
    weights: [
      1.0574, 1.0641, -0.7858, -0.9788, 0.8529, 0.8679, -0.8797, 0.79, 0.6278, 0.1137, 0.2763,
      -0.5956,
    ],
    threshold: 0.87,
  },
  curve: [
    {
      threshold: 0.05,
      coverage: 1,
      precision: 0.8173,
      outOfScopeAnswered: 154,
    },
    {
      threshold: 0.1,
      coverage: 1,
      precision: 0.8196,
      outOfScopeAnswered: 150,
    },
    {
      threshold: 0.15,
      coverage: 0.9968,
      precision: 0.8283,
      outOfScopeAnswered: 139,
    },
    {
      threshold: 0.2,
      coverage: 0.9945,
      precision: 0.8439,
      outOfScopeAnswered: 115,
    },
    {
      threshold: 0.25,
      coverage: 0.9937,
      precision: 0.8614,
      outOfScopeAnswered: 88,
    },
    {
      threshold: 0.3,
      coverage: 0.9913,
      precision: 0.8697,
      outOfScopeAnswered: 77,
    },
    {
      threshold: 0.35,
      coverage: 0.989,
      precision: 0.8808,
      outOfScopeAnswered: 62,
    },
    {
      threshold: 0.4,
      coverage: 0.985,
      precision: 0.8921,
      outOfScopeAnswered: 47,
    },
    {
      threshold: 0.45,
      coverage: 0.9771,
      precision: 0.9027,
      outOfScopeAnswered: 34,
    },
    {
      threshold: 0.5,
      coverage: 0.9653,
      precision: 0.9112,
      outOfScopeAnswered: 25,
    },
    {
      threshold: 0.55,
      coverage: 0.948,
      precision: 0.9206,
      outOfScopeAnswered: 19,
    },
    {
      threshold: 0.6,
      coverage: 0.9236,
      precision: 0.9309,
      outOfScopeAnswered: 14,
    },
    {
      threshold: 0.65,
      coverage: 0.9046,
      precision: 0.9429,
      outOfScopeAnswered: 8,
    },
    {
      threshold: 0.7,
      coverage: 0.8826,
      precision: 0.9528,
      outOfScopeAnswered: 3,
    },
    {
      threshold: 0.75,
      coverage: 0.8503,
      precision: 0.9537,
      outOfScopeAnswered: 2,
    },
    {
      threshold: 0.8,
      coverage: 0.8211,
      precision: 0.9607,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.85,
      coverage: 0.747,
      precision: 0.9694,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.9,
      coverage: 0.6328,
      precision: 0.9763,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.95,
      coverage: 0.4429,
      precision: 0.9947,
      outOfScopeAnswered: 0,
    },
  ],
};
