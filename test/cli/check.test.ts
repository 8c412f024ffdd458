import { describe, expect, it } from 'vitest';
import { clsm } from '../support/cli.js';

const ALL = 'engagement,historique,calendrier,gouvernance,coordonnateur,evaluation';

describe('clsm check (the real binary)', () => {
  it('--json prints exactly the contract', () => {
    const r = clsm([
      'check',
      '--population',
      '55 000',
      '--coordination',
      '9000',
      '--actions',
      '3000',
      '--pieces',
      'engagement,historique',
      '--json',
    ]);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(json).sort()).toEqual(
      [
        'ceiling',
        'complete',
        'missing',
        'notes',
        'overCeiling',
        'population',
        'requested',
        'required',
      ].sort(),
    );
    expect(json).toMatchObject({
      population: 55000,
      ceiling: 13000,
      requested: 12000,
      overCeiling: false,
      missing: [
        'calendrier',
        'gouvernance',
        'coordonnateur',
        'evaluation',
        'budget-coordination',
        'cerfa-actions',
      ],
      complete: false,
    });
  });

  it('a complete cosigned dossier with no funding asked', () => {
    const r = clsm([
      'check',
      '--population',
      '12000',
      '--pieces',
      ALL.replace('engagement,', ''),
      '--cosigned',
      '--json',
    ]);
    expect(JSON.parse(r.stdout)).toMatchObject({
      ceiling: 8000,
      requested: 0,
      complete: true,
      missing: [],
    });
  });

  it('above 300 000: no ceiling', () => {
    const r = clsm([
      'check',
      '--population',
      '300001',
      '--coordination',
      '90000',
      '--pieces',
      `${ALL},budget-coordination`,
      '--json',
    ]);
    expect(JSON.parse(r.stdout)).toMatchObject({
      ceiling: null,
      overCeiling: false,
      complete: true,
    });
  });

  it('prints a report a coordinator reads at a glance', () => {
    const r = clsm([
      'check',
      '--population',
      '55000',
      '--coordination',
      '10000',
      '--actions',
      '5000',
      '--pieces',
      'historique',
    ]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Plafond : 13 000 €/);
    expect(r.stdout).toMatch(/Total demandé : 15 000 €/);
    expect(r.stdout).toMatch(/❌ Dépasse le plafond de 2 000 €/);
    expect(r.stdout).toMatch(/❌ Lettres d’engagement/);
    expect(r.stdout).toMatch(/✅ Historique/);
    expect(r.stdout).toMatch(
      /« Territoires entre 40 000 et 80 000 habitants : plafond de 13 000€ »/,
    );
  });

  it.each([
    [['--coordination', '100'], /population est obligatoire/],
    [['--population', 'abc'], /population « abc » invalide/],
    [['--population', '0'], /supérieur à zéro/],
    [['--population', '-3'], /population/],
    [['--population', '1000', '--actions', '12a'], /actions : un montant en euros/],
    [['--population', '1000', '--pieces', 'engagement,cv'], /inconnue : cv/],
  ])(
    'bad input %j: French message naming the field, exit 2, nothing on stdout',
    (args, message) => {
      const r = clsm(['check', ...args]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
    },
  );
});
