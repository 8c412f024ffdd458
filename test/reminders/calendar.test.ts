import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  businessDayOnOrBefore,
  firstBusinessDayOfMonth,
  formatParisIso,
  frenchDateInWords,
  frenchPublicHolidays,
  isBusinessDay,
  parisDateOf,
  parisInstant,
  parseIsoDate,
  previousBusinessDay,
} from '../../src/reminders/calendar.js';

describe('calendar', () => {
  it('knows the eleven public holidays of metropolitan France, not the two of Alsace-Moselle', () => {
    expect([...frenchPublicHolidays(2026).keys()].sort()).toEqual([
      '2026-01-01',
      '2026-04-06', // Lundi de Pâques
      '2026-05-01',
      '2026-05-08',
      '2026-05-14', // Ascension
      '2026-05-25', // Lundi de Pentecôte
      '2026-07-14',
      '2026-08-15',
      '2026-11-01',
      '2026-11-11',
      '2026-12-25',
    ]);
    expect(isBusinessDay('2026-04-03')).toBe(true); // Vendredi saint: Alsace-Moselle only
    expect(isBusinessDay('2026-12-26')).toBe(false); // a Saturday anyway
    expect(isBusinessDay('2025-12-26')).toBe(true); // Saint-Étienne, a Friday: Alsace-Moselle only
  });

  it('finds first business days and previous business days', () => {
    expect(firstBusinessDayOfMonth(2026, 1)).toBe('2026-01-02');
    expect(firstBusinessDayOfMonth(2027, 5)).toBe('2027-05-03'); // 1 May Saturday, 2 Sunday
    expect(firstBusinessDayOfMonth(2026, 11)).toBe('2026-11-02'); // 1 November Sunday
    expect(businessDayOnOrBefore('2026-03-11')).toBe('2026-03-11');
    expect(businessDayOnOrBefore('2026-05-25')).toBe('2026-05-22');
    expect(previousBusinessDay('2026-03-11')).toBe('2026-03-10');
    expect(previousBusinessDay('2027-01-04')).toBe('2026-12-31');
  });

  it('writes dates in French words', () => {
    expect(frenchDateInWords('2026-03-12')).toBe('jeudi 12 mars 2026');
    expect(frenchDateInWords('2026-07-01')).toBe('mercredi 1er juillet 2026');
    expect(frenchDateInWords('2028-02-29')).toBe('mardi 29 février 2028');
  });

  it('converts between Paris days and instants', () => {
    expect(formatParisIso(parisInstant('2026-03-12', '09:00'))).toBe('2026-03-12T09:00:00+01:00');
    expect(formatParisIso(parisInstant('2026-07-12', '09:00'))).toBe('2026-07-12T09:00:00+02:00');
    expect(parisDateOf(new Date('2026-03-11T23:30:00Z'))).toBe('2026-03-12');
    expect(parisDateOf(new Date('2026-07-11T22:30:00Z'))).toBe('2026-07-12');
    expect(parseIsoDate('2027-02-29')).toBeNull();
    expect(parseIsoDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
  });

  it('gives the same holidays whatever the process time zone (the library uses local dates)', () => {
    const script = `
      const { frenchPublicHolidays } = await import(${JSON.stringify(
        fileURLToPath(new URL('../../src/reminders/calendar.ts', import.meta.url)),
      )});
      console.log(JSON.stringify([2024, 2026].map((y) => [...frenchPublicHolidays(y).keys()].sort())));
    `;
    const here = frenchPublicHolidays;
    const expected = JSON.stringify([2024, 2026].map((y) => [...here(y).keys()].sort()));
    for (const tz of ['Australia/Sydney', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', '--input-type=module', '-e', script],
        {
          env: { ...process.env, TZ: tz },
          encoding: 'utf8',
        },
      );
      expect(run.stderr).toBe('');
      expect(run.stdout.trim(), tz).toBe(expected);
    }
    // Ascension 2024 is Thursday 9 May (Sydney leaves summer time between Easter and Ascension).
    expect(frenchPublicHolidays(2024).get('2024-05-09')).toBe('Ascension');
  });
});
