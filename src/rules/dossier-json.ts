import type { DossierReport } from './dossier.js';

/** The JSON contract of `clsm check --json` (external tests rely on it exactly). */
export function asDossierJson(report: DossierReport): {
  population: number;
  ceiling: number | null;
  requested: number;
  overCeiling: boolean;
  required: string[];
  missing: string[];
  complete: boolean;
  notes: string[];
} {
  const { population, ceiling, requested, overCeiling, required, missing, complete, notes } =
    report;
  return { population, ceiling, requested, overCeiling, required, missing, complete, notes };
}
