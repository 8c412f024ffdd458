// Every registry file the parser refuses gets a French message, never a stack trace or the
// YAML library's English: syntax, unknown tags, several documents, alias bombs, deep nesting.
import { describe, expect, it } from 'vitest';
import {
  RegistryFileError,
  parseRegistryYaml,
  quoted,
} from '../../src/reminders/registry-schema.js';

function refusal(text: string): string {
  try {
    parseRegistryYaml(text);
  } catch (error) {
    expect(error).toBeInstanceOf(RegistryFileError);
    return (error as Error).message;
  }
  throw new Error('the file should have been refused');
}

/** "billion laughs": 10 levels of 9 references, 9^10 nodes once expanded. */
function aliasBomb(): string {
  const lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let i = 1; i < 10; i += 1) {
    const prev = String.fromCharCode(96 + i);
    const next = String.fromCharCode(97 + i);
    lines.push(`${next}: &${next} [${Array(9).fill(`*${prev}`).join(', ')}]`);
  }
  lines.push('clsms: [*j]');
  return lines.join('\n');
}

const ENGLISH = /\b(the|must|is|are|not|at line|Maximum|Unresolved|Source)\b/;

describe('registry file errors', () => {
  it.each([
    ['an alias bomb', aliasBomb(), /^YAML refusé : trop de références \(alias \*…\) à développer/],
    ['deep nesting', `clsms: ${'['.repeat(20_000)}${']'.repeat(20_000)}`, /trop profonde/],
    [
      'several documents',
      'clsms: []\n---\nclsms: []\n',
      /ligne 2, colonne 1\) : plusieurs documents/,
    ],
    ['an unknown tag', 'clsms: !!js/function []\n', /étiquette de type \(!…\) inconnue/],
    ['a duplicate key', 'clsms: []\nclsms: []\n', /ligne 2, colonne 1\) : champ en double/],
    ['a tab indent', 'clsms:\n\t- id: x\n', /tabulation/],
    ['broken JSON', '{"clsms": [}', /^YAML illisible \(ligne 1, colonne \d+\) : /],
    ['an unclosed quote', 'clsms:\n  - id: "albi\n', /^YAML illisible/],
    ['an empty file', '', /le fichier doit contenir une liste « clsms »/],
    ['binary garbage', '\u0000\u0001\u0002', /^(YAML illisible|le fichier)/],
    [
      'an unquoted numeric id',
      'clsms:\n  - { id: 2024, name: "X", channel: C012, population: 1 }\n',
      /entrée n° 1, champ « id » : identifiant attendu entre guillemets \(ex\. id: "2024"\)/,
    ],
    [
      'an unquoted null id',
      'clsms:\n  - { id: null, name: "X", channel: C012, population: 1 }\n',
      /champ « id » : identifiant attendu entre guillemets/,
    ],
    [
      'a list as id',
      'clsms:\n  - { id: [a], name: "X", channel: C012, population: 1 }\n',
      /champ « id » : identifiant attendu \(texte\)/,
    ],
    [
      'a bad retirement date',
      'clsms:\n  - { id: "x", name: "X", channel: C012, population: 1, retired: 2026-02-30 }\n',
      /entrée n° 1 \(x\), champ « retired » : date attendue/,
    ],
  ])('%s: a French message', (_what, text, message) => {
    const refused = refusal(text);
    expect(refused).toMatch(message);
    expect(refused).not.toMatch(ENGLISH);
  });

  it('refuses an alias bomb at once', () => {
    const started = performance.now();
    refusal(aliasBomb());
    // Generous: expanding it would take minutes and gigabytes.
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('still reads the JSON form and a few harmless anchors', () => {
    expect(parseRegistryYaml('{"clsms": []}')).toEqual({ clsms: [] });
    const anchored =
      'clsms:\n  - id: "x"\n    name: "X"\n    channel: C012\n    population: 1\n    meetings:\n' +
      '      - { kind: copil, date: 2026-03-12, time: &t "14:00" }\n' +
      '      - { kind: copil, date: 2026-10-08, time: *t }\n';
    expect(parseRegistryYaml(anchored).clsms[0]?.meetings.map((m) => m.time)).toEqual([
      '14:00',
      '14:00',
    ]);
  });
});

describe('quoted', () => {
  it('escapes what YAML forbids raw and reads back as the same text', () => {
    const text = 'a"b\\c\n\u0000\u007f\u0085\u2028\ufeff🧠';
    expect(quoted(text)).toBe('"a\\"b\\\\c\\n\\u0000\\u007f\\u0085\\u2028\\ufeff🧠"');
    expect(
      parseRegistryYaml(
        `clsms:\n  - { id: "x", name: ${quoted(text)}, channel: C012, population: 1 }\n`,
      ).clsms[0]?.name,
    ).toBe(text);
  });
});
