import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { ceilingFor } from '../../src/rules/ceiling.js';
import { checkDossier, parseDossierInput, type RawDossierInput } from '../../src/rules/dossier.js';

const kb = loadKnowledge();
const ALL = [
  'engagement',
  'historique',
  'calendrier',
  'gouvernance',
  'coordonnateur',
  'evaluation',
];

function check(raw: RawDossierInput) {
  const parsed = parseDossierInput(raw, kb.dossier);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '));
  return checkDossier(parsed.input, kb);
}

describe('funding ceiling by population (§6)', () => {
  it.each([
    [1, 8000, false],
    [40000, 8000, true],
    [40001, 13000, false],
    [55000, 13000, false],
    [80000, 13000, true],
    [80001, 20000, false],
    [300000, 20000, false],
    [300001, null, false],
    [2_000_000, null, false],
  ])('%i inhabitants → %s € (boundary: %s)', (population, ceiling, onBoundary) => {
    const result = ceilingFor(population, kb.funding);
    expect(result.ceiling).toBe(ceiling);
    expect(result.onBoundary).toBe(onBoundary);
  });
});

describe('dossier check', () => {
  it('an amount equal to the ceiling is not over it', () => {
    const r = check({
      population: '55000',
      coordination: '10000',
      actions: '3000',
      pieces: [...ALL, 'budget-coordination', 'cerfa-actions'],
    });
    expect(r).toMatchObject({
      ceiling: 13000,
      requested: 13000,
      overCeiling: false,
      missing: [],
      complete: true,
    });
  });

  it('one euro over the ceiling is over, by one euro, and not complete', () => {
    const r = check({
      population: '55000',
      coordination: '10001',
      actions: '3000',
      pieces: [...ALL, 'budget-coordination', 'cerfa-actions'],
    });
    expect(r).toMatchObject({ overCeiling: true, overBy: 1, complete: false, missing: [] });
    expect(r.notes.join(' ')).toMatch(/dépasse le plafond de 1 €/);
  });

  it('requires the budget only for coordination, the CERFA only for actions', () => {
    expect(check({ population: '1000', coordination: '500' }).required).toContain(
      'budget-coordination',
    );
    expect(check({ population: '1000', coordination: '500' }).required).not.toContain(
      'cerfa-actions',
    );
    expect(check({ population: '1000', actions: '500' }).required).toContain('cerfa-actions');
    expect(check({ population: '1000', actions: '500' }).required).not.toContain(
      'budget-coordination',
    );
  });

  it('with no funding asked, neither budget nor CERFA is required and a note says so', () => {
    const r = check({ population: '20000', pieces: ALL });
    expect(r.required).toEqual(ALL);
    expect(r).toMatchObject({ requested: 0, complete: true, overCeiling: false });
    expect(r.notes.join(' ')).toMatch(/Aucun financement/);
  });

  it('a cosigned project needs no letters of commitment', () => {
    const r = check({
      population: '20000',
      cosigned: true,
      pieces: ALL.filter((p) => p !== 'engagement'),
    });
    expect(r.required).not.toContain('engagement');
    expect(r.complete).toBe(true);
    expect(r.notes.join(' ')).toMatch(/lettres d’engagement ne sont pas demandées/);
  });

  it('lists missing pieces in the text order', () => {
    const r = check({
      population: '55000',
      coordination: '9000',
      actions: '3000',
      pieces: ['engagement', 'historique'],
    });
    expect(r.missing).toEqual([
      'calendrier',
      'gouvernance',
      'coordonnateur',
      'evaluation',
      'budget-coordination',
      'cerfa-actions',
    ]);
    expect(r.complete).toBe(false);
  });

  it('at an exact tier boundary takes the lower tier and says the text is ambiguous', () => {
    const r = check({
      population: '40000',
      coordination: '8000',
      pieces: [...ALL, 'budget-coordination'],
    });
    expect(r.ceiling).toBe(8000);
    expect(r.notes.join(' ')).toMatch(/ambigu.*DDARS/);
  });

  it('above 300 000 inhabitants there is no ceiling and a note says so', () => {
    const r = check({
      population: '300001',
      coordination: '50000',
      pieces: [...ALL, 'budget-coordination'],
    });
    expect(r).toMatchObject({ ceiling: null, overCeiling: false, complete: true });
    expect(r.notes.join(' ')).toMatch(/ne fixe pas de plafond/);
  });

  it('says that no parity co-funding is asked for coordination time', () => {
    expect(check({ population: '1000', coordination: '1' }).notes.join(' ')).toMatch(/parité/);
  });

  it('a separate coordinator must explain why', () => {
    expect(check({ population: '1000', separateCoordinator: true }).notes.join(' ')).toMatch(
      /motifs de ce choix/,
    );
  });

  it('accepts "55 000", "55000" and euros with spaces or a € sign', () => {
    expect(check({ population: '55 000', coordination: '9 000 €' })).toMatchObject({
      population: 55000,
      requested: 9000,
    });
  });
});

describe('bad input names the field and writes no report', () => {
  it.each([
    [{}, 'population', /obligatoire/],
    [{ population: 'beaucoup' }, 'population', /nombre entier/],
    [{ population: '0' }, 'population', /supérieur à zéro/],
    [{ population: '-5' }, 'population', /supérieur à zéro/],
    [{ population: '12.5' }, 'population', /nombre entier/],
    [{ population: '1000', coordination: '12abc' }, 'coordination', /montant/],
    [{ population: '1000', actions: '-3' }, 'actions', /positif ou nul/],
    [{ population: '1000', pieces: ['engagement', 'lettre'] }, 'pieces', /inconnue : lettre/],
    [{ population: '9'.repeat(400) }, 'population', /invraisemblable : 100 000 000 habitants/],
    [{ population: '100 000 001' }, 'population', /invraisemblable/],
    [{ population: '2 millions 5' }, 'population', /nombre entier/],
    [{ population: '1000', actions: '9000 50' }, 'actions', /montant « 9000 50 » invalide/],
    [{ population: '1000', coordination: '10000000,01' }, 'coordination', /10 000 000 € au plus/],
    [{ population: '1000', actions: '1'.repeat(400) }, 'actions', /invraisemblable/],
  ] as [RawDossierInput, string, RegExp][])('%o → %s', (raw, field, message) => {
    const parsed = parseDossierInput(raw, kb.dossier);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.errors[0]?.field).toBe(field);
      expect(parsed.errors[0]?.message).toMatch(message);
    }
  });
});
