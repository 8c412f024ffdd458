// Wording built from the schema's own limits and the calendar's half-years, pinned to the letter.
import { describe, expect, it } from 'vitest';
import { halfYearOf } from '../../src/reminders/digest.js';
import { parseRegistryYaml } from '../../src/reminders/registry-schema.js';

function refusal(text: string): string {
  try {
    parseRegistryYaml(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the file should have been refused');
}

const entry = (fields: string): string =>
  `clsms:\n  - { id: albi, name: "CLSM", channel: C0123ABCD, population: 1000, ${fields} }\n`;

describe('registry errors name the limits the schema applies', () => {
  it('population: the French grouping of 100 000 000, plain spaces', () => {
    expect(refusal(entry('population: 100000001').replace('population: 1000, ', ''))).toBe(
      'entrée n° 1 (albi), champ « population » : population invraisemblable (100 000 000 habitants au plus)',
    );
  });

  it('id, name and place: the maximum length each accepts', () => {
    expect(refusal(entry('meetings: []').replace('id: albi', `id: ${'a'.repeat(65)}`))).toMatch(
      /champ « id » : identifiant trop long \(64 caractères au plus\)$/,
    );
    expect(refusal(entry('meetings: []').replace('"CLSM"', `"${'n'.repeat(151)}"`))).toMatch(
      /champ « name » : nom trop long \(150 caractères au plus\)$/,
    );
    expect(
      refusal(entry(`meetings: [{ kind: copil, date: 2026-03-12, place: "${'p'.repeat(201)}" }]`)),
    ).toMatch(/champ « meetings\[0\]\.place » : lieu trop long \(200 caractères au plus\)$/);
  });

  it('meeting kind: the kinds of the schema, in French', () => {
    expect(refusal(entry('meetings: [{ kind: bureau, date: 2026-03-12 }]'))).toMatch(
      /type de réunion attendu : copil ou pleniere$/,
    );
  });
});

describe('the digest half-year', () => {
  it('ends on 30 June and starts again on 1 July', () => {
    expect(halfYearOf('2026-06-30')).toEqual({
      start: '2026-01-01',
      end: '2026-06-30',
      label: 'premier semestre 2026',
    });
    expect(halfYearOf('2026-07-01')).toEqual({
      start: '2026-07-01',
      end: '2026-12-31',
      label: 'second semestre 2026',
    });
  });
});
