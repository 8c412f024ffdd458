// The 2025 instruction's indicators over the registry (pure): how many CLSMs, which population,
// people concerned and carers in the COPIL, a plenary held last year, COPILs held.
import { parisDateOf, type IsoDate } from './calendar.js';
import type { MeetingKind } from '../knowledge/data-schema.js';
import type { Clsm } from './registry-schema.js';

export interface CopilsHeld {
  clsm: string;
  name: string;
  /** COPILs held in the last calendar year. */
  lastYear: number;
  /** COPILs held since 1 January of the current year (before today). */
  thisYear: number;
}

export interface RegistryReport {
  /** The day (Paris) the report describes. */
  asOf: IsoDate;
  /** The last calendar year, over which "held" indicators are computed. */
  year: number;
  clsmCount: number;
  populationCovered: number;
  /** CLSMs whose COPIL includes people concerned and carers; `unknown`: not filled in. */
  copilWithPeopleAndCarers: { count: number; unknown: number; percent: number | null };
  plenaryHeldLastYear: { count: number; percent: number | null };
  copilsHeld: { lastYearTotal: number; lastYearAverage: number | null; perClsm: CopilsHeld[] };
}

function percent(count: number, total: number): number | null {
  return total === 0 ? null : Math.round((count / total) * 1000) / 10;
}

/** The indicators at `now`. A meeting counts as held when it is not cancelled and dated before today. */
export function registryReport(registry: readonly Clsm[], now: Date): RegistryReport {
  const asOf = parisDateOf(now);
  const year = Number(asOf.slice(0, 4)) - 1;
  const lastYear = String(year);
  const thisYear = asOf.slice(0, 4);
  const held = (c: Clsm, kind: MeetingKind, inYear: string): number =>
    c.meetings.filter(
      (m) => !m.cancelled && m.kind === kind && m.date < asOf && m.date.startsWith(inYear),
    ).length;

  const perClsm = registry.map((c) => ({
    clsm: c.id,
    name: c.name,
    lastYear: held(c, 'copil', lastYear),
    thisYear: held(c, 'copil', thisYear),
  }));
  const withPeople = registry.filter((c) => c.copilIncludesPeopleAndCarers === true).length;
  const plenary = registry.filter((c) => held(c, 'pleniere', lastYear) > 0).length;
  const lastYearTotal = perClsm.reduce((sum, c) => sum + c.lastYear, 0);
  return {
    asOf,
    year,
    clsmCount: registry.length,
    populationCovered: registry.reduce((sum, c) => sum + c.population, 0),
    copilWithPeopleAndCarers: {
      count: withPeople,
      unknown: registry.filter((c) => c.copilIncludesPeopleAndCarers === undefined).length,
      percent: percent(withPeople, registry.length),
    },
    plenaryHeldLastYear: { count: plenary, percent: percent(plenary, registry.length) },
    copilsHeld: {
      lastYearTotal,
      lastYearAverage:
        registry.length === 0 ? null : Math.round((lastYearTotal / registry.length) * 100) / 100,
      perClsm,
    },
  };
}
