import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifySentences, ruleCues } from '../../src/knowledge/coverage-classify.js';
import { loadCoverageData } from '../../src/knowledge/coverage-data.js';
import {
  quoteCovers,
  quoteIndex,
  splitSentences,
  words,
  type SectionStart,
} from '../../src/knowledge/coverage-split.js';
import {
  isAccountedFor,
  misplacedCitations,
  sentenceCoverage,
  sentenceShares,
} from '../../src/knowledge/coverage.js';
import { KnowledgeError } from '../../src/knowledge/errors.js';
import { foldForQuote } from '../../src/knowledge/fold.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { knowledgeCopies } from '../support/knowledge-copy.js';

const STARTS: SectionStart[] = [
  { section: '§1', heading: '1. Gouvernance' },
  { section: '§2', heading: '2. Financement' },
];
const TEXT = [
  'CAHIER DES CHARGES',
  '',
  '1. Gouvernance',
  '',
  'Le comité de pilotage se réunit deux fois par an. Il est présidé par le',
  'maire. Le COPIL est un lieu d’échange et de concer-',
  'tation.',
  '',
  'Il est composé de :',
  '- Le maire ;',
  '- La Maison départementale des adolescents ;',
  'Les points clés se résument ainsi :',
  '- une démarche partagée',
  '',
  '2. Financement',
  '',
  'Le financement de l’ARS est plafonné à 8 000 €',
  '',
  'pour les territoires de moins de 40 000 habitants, selon l’Article L. 3221-2 du code.',
].join('\n');

describe('sentence splitting', () => {
  const sentences = splitSentences(TEXT, STARTS);
  const texts = sentences.map((s) => s.text);

  it('splits at sentence ends and bullets, joins page breaks and hyphenation, keeps initials', () => {
    expect(texts).toEqual([
      'CAHIER DES CHARGES',
      '1. Gouvernance',
      'Le comité de pilotage se réunit deux fois par an.',
      'Il est présidé par le maire.',
      "Le COPIL est un lieu d'échange et de concer-tation.",
      'Il est composé de :',
      '- Le maire ;',
      '- La Maison départementale des adolescents ;',
      'Les points clés se résument ainsi :',
      '- une démarche partagée',
      '2. Financement',
      "Le financement de l'ARS est plafonné à 8 000 € pour les territoires de moins de 40 000 habitants, selon l'Article L. 3221-2 du code.",
    ]);
  });

  it('attributes each sentence to the section whose heading precedes it (the first before any)', () => {
    expect(sentences.map((s) => s.section)).toEqual([
      '§1',
      '§1',
      '§1',
      '§1',
      '§1',
      '§1',
      '§1',
      '§1',
      '§1',
      '§1',
      '§2',
      '§2',
    ]);
    expect(sentences[6]?.bullet).toBe(true);
    expect(sentences[5]?.bullet).toBe(false);
  });

  it('refuses a heading the text does not contain, or that comes out of order', () => {
    expect(() => splitSentences(TEXT, [{ section: '§9', heading: '9. Absent' }])).toThrow(/§9/);
    expect(() => splitSentences(TEXT, [...STARTS].reverse())).toThrow(/§1/);
  });
});

describe('rule classifier', () => {
  it('names the cue of each kind of rule', () => {
    expect(ruleCues('Le COPIL se réunit deux fois par an.')).toEqual(
      expect.arrayContaining(['cadence:se réunit', 'chiffre:nombre']),
    );
    expect(ruleCues('Il est présidé par le maire.')).toContain('rôle:préside');
    expect(ruleCues('Les représentants doivent participer.')).toEqual(
      expect.arrayContaining(['obligation:doit', 'composition:composé de']),
    );
    expect(ruleCues('plafond de 8 000€')).toEqual(
      expect.arrayContaining(['chiffre:au moins', 'chiffre:€ / % / ETP', 'chiffre:nombre']),
    );
    expect(ruleCues('un ETP dédié')).toContain('chiffre:€ / % / ETP');
    expect(ruleCues('Il est composé de :')).toContain('composition:composé de');
  });

  it('finds no rule in a heading number, a title or a plain description', () => {
    expect(ruleCues('2.1 Initier l’observation locale')).toEqual([]);
    expect(ruleCues('Préambule')).toEqual([]);
    expect(ruleCues('Elle est souple et ajustable en permanence.')).toEqual([]);
  });

  it('lets a list item inherit its lead-in and counts items opening on a verb as tasks', () => {
    const cues = classifySentences([
      { text: 'Il est composé de :', bullet: false },
      { text: '- La Maison départementale des adolescents ;', bullet: true },
      { text: 'Les points clés se résument ainsi :', bullet: false },
      { text: '- une démarche partagée', bullet: true },
      { text: '- Mettre en place une observation', bullet: true },
      { text: 'Participe à la diffusion d’une culture', bullet: true },
    ]);
    expect(cues[1]).toEqual(['liste:composition']);
    expect(cues[3]).toEqual([]);
    expect(cues[4]).toEqual(['rôle:action (puce)']);
    expect(cues[5]).toEqual(['rôle:action (puce)']);
  });
});

describe('quote overlap', () => {
  const sentence = words(
    'Le comité de pilotage se réunit deux fois par an pour suivre la feuille de route.',
  );
  it('needs eight consecutive shared words, or the whole of a shorter sentence', () => {
    expect(quoteCovers(words('se réunit deux fois par an pour suivre la'), sentence)).toBe(true);
    expect(quoteCovers(words('se réunit deux fois par an pour'), sentence)).toBe(false);
    expect(quoteCovers(words('Voir : Le maire ; le coordonnateur.'), words('Le maire ;'))).toBe(
      true,
    );
    expect(quoteCovers(words('Le maire préside'), words('Le coordonnateur'))).toBe(false);
  });

  it('finds through the index exactly the quotes quoteCovers accepts', () => {
    const quotes = [
      'se réunit deux fois par an pour suivre la',
      'se réunit deux fois par an pour',
      'Voir : Le maire ; le coordonnateur.',
      'Le COPIL se réunit deux fois par an pour suivre la feuille de route du CLSM et plus.',
    ].map((q, key) => ({ key, words: words(q) }));
    const covering = quoteIndex(quotes);
    for (const s of [sentence, words('Le maire ;'), words('deux fois par an'), []])
      expect(covering(s).sort()).toEqual(
        quotes.filter((q) => quoteCovers(q.words, s)).map((q) => q.key),
      );
  });
});

describe('sentence coverage of the five texts', () => {
  const kb = loadKnowledge();
  const data = loadCoverageData(kb);
  const statuses = sentenceCoverage(kb, data.texts, data.starts, data.notCovered);

  it('finds rule-bearing sentences in every text and every one is cited or excused (100 %)', () => {
    const shares = sentenceShares(statuses);
    expect(shares.map((s) => s.source).sort()).toEqual([...kb.sources.keys()].sort());
    for (const s of shares) expect(s.ruleBearing).toBeGreaterThan(15);
    const missing = statuses.filter((s) => !isAccountedFor(s));
    expect(missing.map((s) => `${s.source} ${s.section} l.${s.line}: ${s.text}`)).toEqual([]);
    const cited = statuses.filter((s) => s.citedBy.length > 0).length;
    expect(cited / statuses.length).toBeGreaterThan(0.9);
  });

  it('recognises the rules the texts are known for', () => {
    const find = (fragment: string) => statuses.find((s) => s.text.includes(fragment));
    expect(find('Le COPIL se réunit deux fois par an')?.citedBy).toContain('copil-frequence');
    expect(find('Le comité de pilotage est présidé par le maire')?.citedBy).toContain(
      'copil-presidence',
    );
  });

  it('finds every citation in the section it names (footnotes aside)', () => {
    expect(misplacedCitations(kb, data.texts, data.starts)).toEqual([]);
    const moved = {
      entries: [
        {
          ...kb.entries[0]!,
          citations: [
            {
              source: '003_cc92af99d410d381.txt' as const,
              section: 'Annexe 1 §6',
              quote: 'Le COPIL se réunit deux fois par an pour assurer la construction et le suivi',
            },
          ],
        },
      ],
    };
    expect(misplacedCitations(moved, data.texts, data.starts)).toEqual([
      expect.objectContaining({ section: 'Annexe 1 §6', foundIn: ['Annexe 1 §4'] }),
    ]);
  });

  it('keeps every not-covered excerpt verbatim in its source and useful in its section', () => {
    for (const item of data.notCovered) {
      const text = foldForQuote(data.texts.get(item.source) ?? '');
      expect(text.includes(foldForQuote(item.excerpt)), item.excerpt).toBe(true);
      const excuses = statuses.some(
        (s) =>
          s.source === item.source &&
          s.section === item.section &&
          s.excusedBy.includes(item.reason),
      );
      expect(excuses, `${item.section}: ${item.excerpt}`).toBe(true);
    }
  });
});

describe('coverage data validation', () => {
  const copy = knowledgeCopies('kb-coverage-');
  const kb = loadKnowledge();

  it('rejects a not-covered excerpt that is not in the text, naming file and path', () => {
    const dir = copy();
    writeFileSync(
      join(dir, 'not-covered.yml'),
      'items:\n  - source: 000_10be37d904fc2112.txt\n    section: "§1"\n    excerpt: "Un passage inventé de toutes pièces"\n    reason: "titre"\n',
    );
    expect(() => loadCoverageData(kb, dir)).toThrow(KnowledgeError);
    expect(() => loadCoverageData(kb, dir)).toThrow(/not-covered\.yml \(items\[0\]\.excerpt\)/);
  });

  it('rejects an unknown section, a missing reason and a section list out of step', () => {
    const dir = copy();
    const item = (section: string, reason: string) =>
      `items:\n  - source: 000_10be37d904fc2112.txt\n    section: "${section}"\n    excerpt: "Préambule"\n    reason: "${reason}"\n`;
    writeFileSync(join(dir, 'not-covered.yml'), item('§99', 'titre'));
    expect(() => loadCoverageData(kb, dir)).toThrow(/items\[0\]\.section/);
    writeFileSync(join(dir, 'not-covered.yml'), item('§1', ''));
    expect(() => loadCoverageData(kb, dir)).toThrow(/items\[0\]\.reason/);

    const startsFile = join(dir, 'sources', 'section-starts.yml');
    const starts = readFileSync(startsFile, 'utf8');
    writeFileSync(startsFile, starts.replace(/^.*section: "§2\.1".*\n/m, ''));
    expect(() => loadCoverageData(kb, dir)).toThrow(/section-starts\.yml \(sources\[0\]\)/);
  });
});
