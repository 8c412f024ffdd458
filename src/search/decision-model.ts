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
    bias: -1.2148,
    weights: [
      1.0656, 1.0213, -0.6278, -0.9039, 1.2709, 1.1823, -0.3475, 0.7004, 0.4307, 0.1194, 0.1159,
      -0.6067,
    ],
    threshold: 0.71,
  },
  clarify: {
    bias: -0.6178,
    weights: [
      1.1064, 1.0676, -0.8351, -0.8514, 0.834, 0.8152, -0.6266, 0.8682, 0.5932, 0.1394, 0.2548,
      -0.7826,
    ],
    threshold: 0.71,
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
      precision: 0.7646,
      outOfScopeAnswered: 82,
    },
    {
      threshold: 0.15,
      coverage: 0.983,
      precision: 0.7916,
      outOfScopeAnswered: 65,
    },
    {
      threshold: 0.2,
      coverage: 0.9728,
      precision: 0.8223,
      outOfScopeAnswered: 47,
    },
    {
      threshold: 0.25,
      coverage: 0.9694,
      precision: 0.8358,
      outOfScopeAnswered: 39,
    },
    {
      threshold: 0.3,
      coverage: 0.9592,
      precision: 0.8507,
      outOfScopeAnswered: 32,
    },
    {
      threshold: 0.35,
      coverage: 0.9524,
      precision: 0.869,
      outOfScopeAnswered: 20,
    },
    {
      threshold: 0.4,
      coverage: 0.9371,
      precision: 0.8812,
      outOfScopeAnswered: 13,
    },
    {
      threshold: 0.45,
      coverage: 0.9218,
      precision: 0.8913,
      outOfScopeAnswered: 10,
    },
    {
      threshold: 0.5,
      coverage: 0.9031,
      precision: 0.9019,
      outOfScopeAnswered: 9,
    },
    {
      threshold: 0.55,
      coverage: 0.8861,
      precision: 0.911,
      outOfScopeAnswered: 7,
    },
    {
      threshold: 0.6,
      coverage: 0.869,
      precision: 0.9241,
      outOfScopeAnswered: 3,
    },
    {
      threshold: 0.65,
      coverage: 0.8486,
      precision: 0.9323,
      outOfScopeAnswered: 3,
    },
    {
      threshold: 0.7,
      coverage: 0.8248,
      precision: 0.9443,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.75,
      coverage: 0.7806,
      precision: 0.9477,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.8,
      coverage: 0.7432,
      precision: 0.9497,
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
      coverage: 0.5306,
      precision: 0.9776,
      outOfScopeAnswered: 0,
    },
    {
      threshold: 0.95,
      coverage: 0.3231,
      precision: 0.9895,
      outOfScopeAnswered: 0,
    },
  ],
};
