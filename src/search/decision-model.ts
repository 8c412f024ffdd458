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
  samples: 304,
  answer: {
    bias: -1.4681,
    weights: [
      1.0136, 1.0077, -0.6583, -1.0946, 1.1407, 1.2301, -0.1489, 1.0032, 0.459, 0.1747, 0.1687,
    ],
    threshold: 0.74,
  },
  clarify: {
    bias: -1.1893,
    weights: [
      1.1679, 1.1611, -0.8592, -1.1209, 0.6438, 0.8161, -0.2758, 1.2024, 0.8051, 0.1917, 0.3473,
    ],
    threshold: 0.76,
  },
  curve: [
    {
      threshold: 0.05,
      coverage: 1,
      precision: 0.7697,
      outOfScopeAnswered: 43,
    },
    {
      threshold: 0.1,
      coverage: 1,
      precision: 0.7748,
      outOfScopeAnswered: 41,
    },
    {
      threshold: 0.15,
      coverage: 0.9923,
      precision: 0.8041,
      outOfScopeAnswered: 32,
    },
    {
      threshold: 0.2,
      coverage: 0.9885,
      precision: 0.8327,
      outOfScopeAnswered: 23,
    },
    {
      threshold: 0.25,
      coverage: 0.9847,
      precision: 0.8566,
      outOfScopeAnswered: 15,
    },
    {
      threshold: 0.3,
      coverage: 0.9847,
      precision: 0.8662,
      outOfScopeAnswered: 12,
    },
    {
      threshold: 0.35,
      coverage: 0.9655,
      precision: 0.888,
      outOfScopeAnswered: 7,
    },
    {
      threshold: 0.4,
      coverage: 0.9617,
      precision: 0.8911,
      outOfScopeAnswered: 6,
    },
    {
      threshold: 0.45,
      coverage: 0.9464,
      precision: 0.9048,
      outOfScopeAnswered: 5,
    },
    {
      threshold: 0.5,
      coverage: 0.9272,
      precision: 0.9184,
      outOfScopeAnswered: 3,
    },
    {
      threshold: 0.55,
      coverage: 0.9157,
      precision: 0.9174,
      outOfScopeAnswered: 3,
    },
    {
      threshold: 0.6,
      coverage: 0.9004,
      precision: 0.916,
      outOfScopeAnswered: 3,
    },
    {
      threshold: 0.65,
      coverage: 0.8736,
      precision: 0.9348,
      outOfScopeAnswered: 2,
    },
    {
      threshold: 0.7,
      coverage: 0.8506,
      precision: 0.933,
      outOfScopeAnswered: 2,
    },
    {
      threshold: 0.75,
      coverage: 0.8276,
      precision: 0.9444,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.8,
      coverage: 0.8046,
      precision: 0.9476,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.85,
      coverage: 0.7471,
      precision: 0.959,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.9,
      coverage: 0.5785,
      precision: 0.9801,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.95,
      coverage: 0.3448,
      precision: 1,
      outOfScopeAnswered: 0,
    },
  ],
};
