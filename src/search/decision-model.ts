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
  samples: 866,
  answer: {
    bias: -1.1549,
    weights: [
      1.0243, 0.9794, -0.6685, -0.879, 1.1289, 1.0066, -0.2325, 0.6485, 0.5454, 0.1175, 0.0742,
      -0.3465,
    ],
    threshold: 0.75,
  },
  clarify: {
    bias: -0.6828,
    weights: [
      1.0504, 1.0161, -0.7865, -0.7514, 0.7537, 0.7056, -0.4763, 0.7746, 0.6141, 0.1326, 0.2474,
      -0.5618,
    ],
    threshold: 0.72,
  },
  curve: [
    {
      threshold: 0.05,
      coverage: 1,
      precision: 0.7402,
      outOfScopeAnswered: 121,
    },
    {
      threshold: 0.1,
      coverage: 0.9987,
      precision: 0.7453,
      outOfScopeAnswered: 116,
    },
    {
      threshold: 0.15,
      coverage: 0.996,
      precision: 0.764,
      outOfScopeAnswered: 97,
    },
    {
      threshold: 0.2,
      coverage: 0.9879,
      precision: 0.7843,
      outOfScopeAnswered: 80,
    },
    {
      threshold: 0.25,
      coverage: 0.9799,
      precision: 0.8068,
      outOfScopeAnswered: 62,
    },
    {
      threshold: 0.3,
      coverage: 0.9758,
      precision: 0.823,
      outOfScopeAnswered: 47,
    },
    {
      threshold: 0.35,
      coverage: 0.9624,
      precision: 0.8449,
      outOfScopeAnswered: 31,
    },
    {
      threshold: 0.4,
      coverage: 0.9436,
      precision: 0.8607,
      outOfScopeAnswered: 22,
    },
    {
      threshold: 0.45,
      coverage: 0.9302,
      precision: 0.869,
      outOfScopeAnswered: 17,
    },
    {
      threshold: 0.5,
      coverage: 0.9154,
      precision: 0.8752,
      outOfScopeAnswered: 15,
    },
    {
      threshold: 0.55,
      coverage: 0.8846,
      precision: 0.8877,
      outOfScopeAnswered: 9,
    },
    {
      threshold: 0.6,
      coverage: 0.8604,
      precision: 0.8997,
      outOfScopeAnswered: 7,
    },
    {
      threshold: 0.65,
      coverage: 0.8215,
      precision: 0.9076,
      outOfScopeAnswered: 5,
    },
    {
      threshold: 0.7,
      coverage: 0.7866,
      precision: 0.925,
      outOfScopeAnswered: 1,
    },
    {
      threshold: 0.75,
      coverage: 0.7302,
      precision: 0.9357,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.8,
      coverage: 0.6886,
      precision: 0.9357,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.85,
      coverage: 0.6148,
      precision: 0.9432,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.9,
      coverage: 0.4685,
      precision: 0.9713,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.95,
      coverage: 0.243,
      precision: 0.9779,
      outOfScopeAnswered: 0,
    },
  ],
};
