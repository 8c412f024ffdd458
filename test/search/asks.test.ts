import { describe, expect, it } from 'vitest';
import { splitAsks } from '../../src/search/asks.js';

const focuses = (q: string) => splitAsks(q).map((a) => a.focus);

describe('the asks of a question', () => {
  it('are each interrogative clause joined by "et"/"ou", and each sentence ending in "?"', () => {
    expect(focuses("en occitanie qui préside le COPIL élargi et qui l'anime ?")).toEqual([
      'en occitanie qui preside le copil elargi',
      "qui l'anime",
    ]);
    expect(focuses('à quel rythme se tient la plénière, et à quoi sert-elle ?')).toEqual([
      'a quel rythme se tient la pleniere',
      'a quoi sert-elle',
    ]);
    expect(
      focuses(
        'Quelle population couvre un CLSM en moyenne, et cette donnée date de quelle année ?',
      ),
    ).toEqual(['quelle population couvre un clsm en moyenne', 'cette donnee date de quelle annee']);
    expect(focuses("qui dépose le dossier et jusqu'à quand ?")).toEqual([
      'qui depose le dossier',
      "jusqu'a quand",
    ]);
    expect(focuses('Qui finance le coordinateur ? Que signifie ce partage ?')).toEqual([
      'qui finance le coordinateur',
      'que signifie ce partage',
    ]);
  });

  it('read each ask with the rest of the question as its context', () => {
    const [, second] = splitAsks('bonjour. qui préside le COPIL et à quel rythme se réunit-il ?');
    expect(second?.focus).toBe('a quel rythme se reunit-il');
    expect(second?.preamble).toBe('bonjour, qui preside le copil');
  });

  it('are none for a question asking one thing, whatever its greeting, situation or "ou"', () => {
    expect(
      splitAsks('bonjour, on monte un CLSM sur 3 communes, qui doit siéger au COPIL ?'),
    ).toEqual([]);
    expect(splitAsks('le coordo est-il payé par la commune ou par l’hôpital ?')).toEqual([]);
    expect(splitAsks('les objectifs, c’est quoi ? je prépare le COPIL de juin')).toEqual([]);
  });
});
