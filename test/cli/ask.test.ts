import { describe, expect, it } from 'vitest';
import { answerJsonSchema } from '../../src/search/answer-json.js';
import { clsm } from '../support/cli.js';

describe('clsm ask (the real binary)', () => {
  it('prints the French answer, its citations and "Voir aussi"', () => {
    const r = clsm(['ask', 'qui préside le comité de pilotage ?']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/maire/);
    expect(r.stdout).toMatch(/Sources :/);
    expect(r.stdout).toMatch(/« .+ »/);
    expect(r.stdout).toMatch(/Voir aussi : /);
    expect(r.stderr).toBe('');
  });

  it('--json prints one object of the contract', () => {
    const r = clsm(['ask', '--json', 'plafond pour 55000 hab']);
    expect(r.status).toBe(0);
    const json = answerJsonSchema.parse(JSON.parse(r.stdout));
    expect(json.abstained).toBe(false);
    expect(json.answer).toMatch(/13 000 €/);
    expect(json.entries).toContain('financement-plafonds');
    expect(json.citations[0]?.source).toBe('000_10be37d904fc2112.txt');
  });

  it('--json abstains where the texts are silent', () => {
    const json = answerJsonSchema.parse(
      JSON.parse(clsm(['ask', '--json', 'quelle est la météo demain']).stdout),
    );
    expect(json).toMatchObject({ abstained: true, citations: [], entries: [], suggestions: [] });
    expect(json.answer).toMatch(/ne répondent pas/);
  });

  it('--json clarifies with suggestions, and --entry gives the chosen one’s answer', () => {
    const json = answerJsonSchema.parse(JSON.parse(clsm(['ask', '--json', 'financement']).stdout));
    expect(json.abstained).toBe(false);
    expect(json.answer).toMatch(/^Votre question porte-t-elle sur :/);
    expect(json.suggestions.length).toBeGreaterThanOrEqual(2);
    const [first] = json.suggestions;
    const text = clsm(['ask', 'financement']).stdout;
    expect(text).toContain(`1. ${first?.title}`);
    const chosen = answerJsonSchema.parse(
      JSON.parse(clsm(['ask', '--json', '--entry', first?.id ?? '']).stdout),
    );
    expect(chosen).toMatchObject({ abstained: false, entries: [first?.id], suggestions: [] });
    expect(chosen.citations.length).toBeGreaterThan(0);
    const unknown = clsm(['ask', '--entry', 'nimporte-quoi']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/aucune entrée « nimporte-quoi »/);
  });

  it('--jsonl answers one line per question, in order, and reports bad lines without stopping', () => {
    const input = [
      'combien de fois se reunit le copil',
      '',
      'x'.repeat(10_000),
      'que veut dire GEM',
    ].join('\n');
    const r = clsm(['ask', '--jsonl'], { input: `${input}\n` });
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(4);
    expect(answerJsonSchema.parse(lines[0]).entries[0]).toBe('copil-frequence');
    expect(lines[1]).toEqual({ error: expect.stringMatching(/vide/) });
    expect(lines[2]).toEqual({ error: expect.stringMatching(/trop longue/) });
    expect(answerJsonSchema.parse(lines[3]).answer).toMatch(/^GEM/);
  });

  it.each([
    ['empty', ['ask', ''], /vide/],
    ['10 000 characters', ['ask', 'a'.repeat(10_000)], /trop longue/],
    ['binary', ['ask', 'abc\u0001\u0002def'], /illisibles/],
    ['no question', ['ask'], /aucune question/],
    ['unknown option', ['ask', '--oops', 'copil'], /option inconnue « --oops »/],
  ])('%s input: a French message on stderr, exit 2, no stack trace', (_name, args, message) => {
    const r = clsm(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/at .+\.ts:\d+/);
  });

  it('an unknown command is a usage error', () => {
    const r = clsm(['demander', 'copil']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/commande inconnue/);
  });
});
