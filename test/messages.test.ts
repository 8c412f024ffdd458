// The bot's words live in one place per surface: src/slack/messages/*.ts for Slack (slash
// commands included), src/cli/messages.ts for the terminal. These checks keep it so: no French
// literal creeps back into an adapter file, and every fixed Slack text is a clean French string.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SLACK_MESSAGES = join(ROOT, 'src/slack/messages');
const CLI_MESSAGES = join(ROOT, 'src/cli/messages.ts');
/** The adapters: everything they say to people goes through the message modules. */
const ADAPTER_DIRS = ['src/slack', 'commands', 'src/cli'].map((d) => join(ROOT, d));

/** Accented letters and French typography (« », ’): the crude mark of a French sentence. */
const FRENCH_MARK = /[À-ÖØ-öø-ÿŒœ«»’]/;

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f))
    .sort();
}

const isMessageModule = (file: string): boolean =>
  file === CLI_MESSAGES || file.startsWith(`${SLACK_MESSAGES}/`);

/**
 * The string and template literals of a file that carry a French mark, as "path:line: text".
 * Regular expressions (input patterns such as "comment ça marche") and comments are not messages.
 */
function frenchLiterals(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const found: string[] = [];
  const report = (node: ts.Node, text: string): void => {
    if (!FRENCH_MARK.test(text)) return;
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push(`${relative(ROOT, file)}:${line + 1}: ${text}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
      report(node, node.text);
    else if (ts.isTemplateExpression(node))
      report(node, [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('…'));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every string a module exports, walking arrays and objects (functions are left out). */
function* exportedStrings(value: unknown, path: string): Generator<[string, string, boolean]> {
  if (typeof value === 'string') yield [path, value, false];
  else if (Array.isArray(value))
    for (const [i, v] of value.entries())
      for (const [p, s] of exportedStrings(v, `${path}[${i}]`)) yield [p, s, true];
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) yield* exportedStrings(v, `${path}.${k}`);
}

describe('user-facing French lives in the message modules', () => {
  const adapterFiles = ADAPTER_DIRS.flatMap(tsFiles);

  it('finds French literals where they belong (the detector works)', () => {
    const inModules = adapterFiles.filter(isMessageModule).flatMap(frenchLiterals);
    expect(inModules.length).toBeGreaterThan(100);
    expect(inModules.some((l) => l.startsWith('src/cli/messages.ts:'))).toBe(true);
    expect(inModules.some((l) => l.startsWith('src/slack/messages/home.ts:'))).toBe(true);
  });

  it('no adapter file outside them holds a French literal', () => {
    const others = adapterFiles.filter((f) => !isMessageModule(f));
    expect(others.length).toBeGreaterThan(30);
    // Log messages are English; a French one here is a message to move to its surface's module.
    expect(others.flatMap(frenchLiterals)).toEqual([]);
  });
});

describe('the Slack message modules', async () => {
  const files = tsFiles(SLACK_MESSAGES);
  const modules = await Promise.all(
    files.map(
      async (f) => [relative(ROOT, f), (await import(f)) as Record<string, unknown>] as const,
    ),
  );
  const texts = modules.flatMap(([file, mod]) => [...exportedStrings(mod, file)]);

  it('export fixed texts from every module', () => {
    expect(files.map((f) => relative(SLACK_MESSAGES, f))).toEqual(
      expect.arrayContaining(['answer.ts', 'check.ts', 'config.ts', 'errors.ts', 'help.ts']),
    );
    expect(texts.length).toBeGreaterThan(80);
  });

  it('each fixed text is a trimmed, non-empty sentence (a blank line only inside a list)', () => {
    const bad = texts.filter(
      ([, s, inList]) =>
        (s === '' && !inList) ||
        s !== s.trim() ||
        /undefined|NaN|\[object /.test(s) ||
        (s !== '' && !/\p{L}/u.test(s)),
    );
    expect(bad).toEqual([]);
  });

  it('follow French typography: ’ for the apostrophe, a space before : ; ? !', () => {
    const outsideCode = (s: string): string => s.replace(/`[^`]*`/g, '');
    const bad = texts.filter(
      ([, s]) => /\p{L}'\p{L}/u.test(s) || /\p{L}[:;?!](\s|$)/u.test(outsideCode(s)),
    );
    expect(bad).toEqual([]);
  });
});
