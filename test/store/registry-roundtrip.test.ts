// Property: for any valid registry, export → import → export is byte-identical, and the export
// reads back as exactly what the database holds (real SQLite files, generated registries).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  parseRegistryYaml,
  registryFileSchema,
  stringifyRegistry,
  type RegistryFile,
} from '../../src/reminders/registry-schema.js';
import type { Db } from '../../src/store/db.js';
import { exportRegistry, importRegistry, listClsms } from '../../src/store/registry.js';
import { tempDb, type TempDb } from '../support/temp-db.js';

const NOW = new Date('2026-11-30T10:00:00Z');

// Ids YAML would read as something else than text when unquoted.
const TRICKY_IDS = ['2024', 'true', 'false', 'null', '1e5', '0x1f', '0o17', '007', 'yes', 'no'];
// Texts that need escaping or that YAML forbids raw.
const TRICKY_TEXTS = [
  '"',
  '\\',
  "l'Albigeois",
  'a: b',
  '# pas un commentaire',
  '- tiret',
  '*alias',
  '&ancre',
  '!tag',
  '{ a }',
  'ligne\nsuivante',
  'tab\there',
  'nul\u0000',
  'del\u007f',
  'nel\u0085',
  'sep\u2028\u2029',
  'bom\ufeff',
  'emoji 🧠',
  'null',
  '~',
];

const text = (max: number): fc.Arbitrary<string> =>
  fc
    .oneof(
      fc.constantFrom(...TRICKY_TEXTS),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
    )
    .map((s) => s.slice(0, max))
    .filter((s) => s.trim().length > 0);

const isoDate = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2100-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

const meeting = fc.record(
  {
    kind: fc.constantFrom('copil', 'pleniere'),
    date: isoDate,
    time: fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
    place: text(200),
    cancelled: fc.boolean(),
  },
  { requiredKeys: ['kind', 'date'] },
);

const clsm = fc.record(
  {
    id: fc.oneof(
      fc.constantFrom(...TRICKY_IDS),
      fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,12}){0,3}$/),
    ),
    name: text(150),
    channel: fc.stringMatching(/^[CG][A-Z0-9]{2,12}$/),
    population: fc.integer({ min: 1, max: 100_000_000 }),
    department: fc.constantFrom('01', '09', '2A', '2B', '81', '95', '971', '976'),
    coordinator: fc.stringMatching(/^[UW][A-Z0-9]{2,12}$/),
    copilIncludesPeopleAndCarers: fc.boolean(),
    retired: isoDate,
    meetings: fc.uniqueArray(meeting, { maxLength: 4, selector: (m) => `${m.kind} ${m.date}` }),
  },
  { requiredKeys: ['id', 'name', 'channel', 'population', 'meetings'] },
);

const registry = fc
  .uniqueArray(clsm, { maxLength: 6, selector: (c) => c.id })
  .filter((list) => new Set(list.map((c) => c.channel)).size === list.length)
  .map((clsms) => ({ clsms }));

let a: TempDb;
let b: TempDb;
beforeAll(() => {
  a = tempDb();
  b = tempDb();
});
afterAll(() => {
  a.cleanup();
  b.cleanup();
});

/** A generated registry as the database gives it back: validated, sorted, `cancelled: false` implied. */
function stored(generated: unknown): RegistryFile {
  const { clsms } = registryFileSchema.parse(generated);
  const byText = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  return {
    clsms: clsms
      .map((c) => ({
        ...c,
        meetings: c.meetings
          .map(({ cancelled, ...m }) => (cancelled ? { ...m, cancelled } : m))
          .sort((x, y) => byText(x.date, y.date) || byText(x.kind, y.kind)),
      }))
      .sort((x, y) => byText(x.id, y.id)),
  };
}

function empty(db: Db): void {
  db.exec('DELETE FROM meeting; DELETE FROM clsm;');
}

describe('registry export → import → export', () => {
  it('is byte-identical for any valid registry, retired CLSMs and awkward texts included', () => {
    fc.assert(
      fc.property(registry, (generated) => {
        empty(a.db);
        empty(b.db);
        importRegistry(a.db, stringifyRegistry(generated), NOW);
        const first = exportRegistry(a.db);
        // The export reads back as what was generated and as what the database holds.
        expect(parseRegistryYaml(first)).toEqual(stored(generated));
        expect(parseRegistryYaml(first)).toEqual({ clsms: listClsms(a.db, { retired: true }) });
        // Into an empty file, and over itself: the same bytes.
        importRegistry(b.db, first, NOW);
        expect(exportRegistry(b.db)).toBe(first);
        importRegistry(a.db, first, NOW);
        expect(exportRegistry(a.db)).toBe(first);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps ids YAML would read as numbers, booleans or null as text', () => {
    empty(a.db);
    importRegistry(
      a.db,
      stringifyRegistry({
        clsms: TRICKY_IDS.map((id, i) => ({
          id,
          name: `CLSM ${id}`,
          channel: `C0${i}TRICKY`,
          population: 1000 + i,
          meetings: [],
        })),
      }),
      NOW,
    );
    const exported = exportRegistry(a.db);
    expect(exported).toContain('  - id: "2024"\n');
    expect(exported).toContain('  - id: "1e5"\n');
    expect(parseRegistryYaml(exported).clsms.map((c) => c.id)).toEqual([...TRICKY_IDS].sort());
  });
});
