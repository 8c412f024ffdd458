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
  samples: 679,
  answer: {
    bias: -1.2734,
    weights: [
      1.0953, 1.0528, -0.6266, -0.9518, 1.2652, 1.1935, -0.3302, 0.6911, 0.4368, 0.1165, 0.1182,
      -0.6059,
    ],
    threshold: 0.7,
  },
  clarify: {
    bias: -0.6116,
    weights: [
      1.1196, 1.0823, -0.8366, -0.8646, 0.8113, 0.8159, -0.5884, 0.8165, 0.5891, 0.1383, 0.2487,
      -0.8246,
    ],
    threshold: 0.7,
  },
  curve: [
    {
      threshold: 0.05,
      coverage: 1,
      precision: 0.7522,
      outOfScopeAnswered: 90,
    },
    {
      threshold: 0.1,
      coverage: 0.9949,
      precision: 0.7681,
      outOfScopeAnswered: 79,
    },
    {
      threshold: 0.15,
      coverage: 0.9813,
      precision: 0.7991,
      outOfScopeAnswered: 60,
    },
    {
      threshold: 0.2,
      coverage: 0.9728,
      precision: 0.825,
      outOfScopeAnswered: 45,
    },
    {
      threshold: 0.25,
      coverage: 0.9677,
      precision: 0.8386,
      outOfScopeAnswered: 38,
    },
    {
      threshold: 0.3,
      coverage: 0.9609,
      precision: 0.8567,
      outOfScopeAnswered: 28,
    },
    {
      threshold: 0.35,
      coverage: 0.9507,
      precision: 0.8783,
      outOfScopeAnswered: 16,
    },
    {
      threshold: 0.4,
      coverage: 0.9405,
      precision: 0.8848,
      outOfScopeAnswered: 11,
    },
    {
      threshold: 0.45,
      coverage: 0.9218,
      precision: 0.8949,
      outOfScopeAnswered: 10,
    },
    {
      threshold: 0.5,
      coverage: 0.9099,
      precision: 0.9026,
      outOfScopeAnswered: 9,
    },
    {
      threshold: 0.55,
      coverage: 0.8912,
      precision: 0.9096,
      outOfScopeAnswered: 7,
    },
    {
      threshold: 0.6,
      coverage: 0.8759,
      precision: 0.9247,
      outOfScopeAnswered: 3,
    },
    {
      threshold: 0.65,
      coverage: 0.8503,
      precision: 0.9324,
      outOfScopeAnswered: 3,
    },
    {
      threshold: 0.7,
      coverage: 0.8265,
      precision: 0.9465,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.75,
      coverage: 0.7789,
      precision: 0.9476,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.8,
      coverage: 0.7381,
      precision: 0.9493,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.85,
      coverage: 0.682,
      precision: 0.9526,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.9,
      coverage: 0.5323,
      precision: 0.9776,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.95,
      coverage: 0.3299,
      precision: 0.9897,
      outOfScopeAnswered: 0,
    },
  ],
};
