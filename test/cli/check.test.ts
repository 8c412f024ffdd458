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

  it('accepts the bounds themselves', () => {
    const r = clsm([
      'check',
      '--population',
      '100 000 000',
      '--coordination',
      '10 000 000',
      '--json',
    ]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ population: 100_000_000, requested: 10_000_000 });
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
    [
      ['--population', '9'.repeat(400)],
      /population « 9{30}… » invraisemblable : 100 000 000 habitants au plus/,
    ],
    [['--population', '100000001'], /invraisemblable : 100 000 000 habitants au plus/],
    [
      ['--population', '1000', '--coordination', '10 000 001'],
      /montant « 10 000 001 » invraisemblable pour coordination : 10 000 000 € au plus/,
    ],
    [['--population', '1000', '--actions', '1'.repeat(400)], /invraisemblable pour actions/],
    [
      ['--population', '-5'],
      /valeur de « --population » commençant par un tiret \(« -5 »\) : écrivez --population=-5/,
    ],
    [
      ['--population=-5'],
      /population « -5 » invalide : un nombre entier d’habitants supérieur à zéro/,
    ],
    [['--population'], /valeur manquante pour l’option « --population »/],
    [['--population', '1000', '--budget', '5'], /option inconnue « --budget »/],
    [['--population', '1000', '--json=oui'], /l’option « --json » ne prend pas de valeur/],
    [
      ['--population', '1000', 'albi'],
      /argument inattendu « albi » : cette commande ne prend que des options/,
    ],
  ])(
    'bad input %j: French message naming the field, exit 2, nothing on stdout',
    (args, message) => {
      const r = clsm(['check', ...args]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      // No English from the option parser.
      expect(r.stderr).not.toMatch(/\b(Option|Unknown|argument is|ambiguous|Unexpected)\b/);
    },
  );
});
