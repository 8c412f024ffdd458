import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sectionCoverage, uncoveredSections } from '../../src/knowledge/coverage.js';
import { KnowledgeError } from '../../src/knowledge/errors.js';
import { foldForQuote } from '../../src/knowledge/fold.js';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from '../../src/knowledge/loader.js';
import { CEILING_ENTRY_ID } from '../../src/search/answer.js';
import { knowledgeCopies } from '../support/knowledge-copy.js';

const kb = loadKnowledge();
const sourceText = (file: string) =>
  foldForQuote(readFileSync(join(DEFAULT_KNOWLEDGE_DIR, 'sources', file), 'utf8'));

describe('knowledge base integrity', () => {
  it('finds every entry quote verbatim in its source text', () => {
    const missing = kb.entries.flatMap((e) =>
      e.citations
        .filter((c) => !sourceText(c.source).includes(foldForQuote(c.quote)))
        .map((c) => `${e.id}: ${c.quote}`),
    );
    expect(missing).toEqual([]);
  });

  it('finds every glossary quote verbatim in its source text', () => {
    const missing = kb.glossary.filter(
      (t) => !sourceText(t.citation.source).includes(foldForQuote(t.citation.quote)),
    );
    expect(missing.map((t) => t.acronym)).toEqual([]);
  });

  // ../shared/seeds sits beside the repository on the team's machines and in CI; elsewhere the
  // check says loudly that it did not run, and CI fails without it.
  const SEEDS = join(DEFAULT_KNOWLEDGE_DIR, '..', '..', 'shared', 'seeds');
  const seedsMissing = !existsSync(SEEDS);
  if (seedsMissing && process.env.CI === 'true')
    throw new Error(`${SEEDS} is missing: the seed check cannot run in CI`);
  if (seedsMissing) console.warn(`SKIPPED: seed files not checked, ${SEEDS} is missing`);

  it.skipIf(seedsMissing)(`keeps the seed files unchanged (needs ${SEEDS})`, () => {
    for (const file of kb.sources.keys()) {
      const original = readFileSync(join(SEEDS, file), 'utf8');
      expect(readFileSync(join(DEFAULT_KNOWLEDGE_DIR, 'sources', file), 'utf8')).toBe(original);
    }
  });

  it('covers every rule-bearing section of the five texts', () => {
    const coverage = sectionCoverage(kb);
    expect(uncoveredSections(coverage)).toEqual([]);
    expect(new Set(coverage.map((c) => c.source)).size).toBe(5);
  });

  it('marks the 2012 cahier historical and points its entries to the texts that replaced them', () => {
    expect(kb.sources.get('001_c2705b3667534257.txt')?.status).toBe('historique');
    const superseded = kb.entries.filter((e) => e.supersededBy);
    expect(superseded.length).toBeGreaterThan(20);
    for (const e of superseded) expect(kb.entriesById.get(e.supersededBy ?? '')).toBeDefined();
  });

  it('expands every acronym the issue names, and the entry computed answers rest on exists', () => {
    const acronyms = new Set(kb.glossary.map((t) => t.acronym));
    for (const a of [
      'CLSM',
      'CLS',
      'PTSM',
      'COPIL',
      'COTECH',
      'CPT',
      'CPTS',
      'DAC',
      'CTG',
      'ASV',
      'QPV',
      'GEM',
      'SISM',
      'IREPS',
      'MDPH',
      'MDA',
      'UNAFAM',
      'CCAS',
      'PRS',
      'DDARS',
    ])
      expect(acronyms, a).toContain(a);
    expect(kb.entriesById.get(CEILING_ENTRY_ID)).toBeDefined();
  });

  it('gives every entry a button label of at most 75 characters, never cut mid-word', () => {
    const long = kb.entries.filter((e) => e.title.length > 75);
    expect(long.length).toBeGreaterThanOrEqual(20);
    for (const e of kb.entries) {
      const label = e.shortTitle ?? e.title;
      expect(label.length, e.id).toBeLessThanOrEqual(75);
      expect(label, e.id).not.toMatch(/…$/);
    }
  });

  it('has enough ways to ask each entry', () => {
    expect(kb.entries.every((e) => e.questions.length >= 3)).toBe(true);
  });
});

describe('a broken knowledge file stops loading with the file and the path of the error', () => {
  const copy = knowledgeCopies('clsm-kb-');
  function brokenCopy(file: string, edit: (text: string) => string): string {
    const dir = copy();
    writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
    return dir;
  }
  function errorOf(dir: string): KnowledgeError {
    try {
      loadKnowledge(dir);
    } catch (error) {
      if (error instanceof KnowledgeError) return error;
      throw error;
    }
    throw new Error('loaded a broken knowledge base');
  }

  it('a quote that is not in the text', () => {
    const dir = brokenCopy('entries/meetings.yml', (t) =>
      t.replace('Le COPIL se réunit deux fois par an', 'Le COPIL se réunit trois fois par an'),
    );
    const error = errorOf(dir);
    expect(error.file).toBe('knowledge/entries/meetings.yml');
    expect(error.path).toMatch(/^entries\[\d+\]\.citations\[0\]\.quote$/);
    expect(error.message).toMatch(/introuvable mot pour mot/);
  });

  it('a missing required field', () => {
    const error = errorOf(
      brokenCopy('entries/meetings.yml', (t) => t.replace(/\n {4}scope: national/, '')),
    );
    expect(error.file).toBe('knowledge/entries/meetings.yml');
    expect(error.path).toMatch(/^entries\[\d+\]\.scope$/);
  });

  it('invalid YAML', () => {
    const error = errorOf(brokenCopy('data/funding.yml', (t) => `${t}\n  - : [oops\n`));
    expect(error.file).toMatch(/funding\.yml$/);
    expect(error.path).toMatch(/ligne \d+/);
  });

  it('a key written twice (the second would silently win)', () => {
    const error = errorOf(
      brokenCopy('entries/meetings.yml', (t) =>
        t.replace(/\n {4}scope: national/, '\n    scope: national\n    scope: occitanie'),
      ),
    );
    expect(error.file).toBe('knowledge/entries/meetings.yml');
    expect(error.path).toMatch(/ligne \d+, colonne \d+/);
    expect(error.message).toMatch(/duplicated mapping key/);
  });

  it('a wrong ceiling type in the typed data', () => {
    const error = errorOf(
      brokenCopy('data/funding.yml', (t) => t.replace('ceiling: 8000', 'ceiling: huit mille')),
    );
    expect(error.path).toBe('tiers[0].ceiling');
  });

  it('a title over 75 characters without a shortTitle, or a shortTitle over 75', () => {
    const missing = errorOf(
      brokenCopy('entries/participation.yml', (t) =>
        t.replace(/\n {4}shortTitle: "Usagers et aidants[^\n]*/, ''),
      ),
    );
    expect(missing.file).toBe('knowledge/entries/participation.yml');
    expect(missing.path).toMatch(/^entries\[\d+\]\.shortTitle$/);
    expect(missing.message).toMatch(/ajoutez un shortTitle/);
    const tooLong = errorOf(
      brokenCopy('entries/participation.yml', (t) =>
        t.replace(
          'shortTitle: "Usagers et aidants',
          `shortTitle: "${'x'.repeat(60)} Usagers et aidants`,
        ),
      ),
    );
    expect(tooLong.path).toMatch(/^entries\[\d+\]\.shortTitle$/);
    expect(tooLong.message).toMatch(/titre court trop long/);
  });

  it('a link to an entry that does not exist', () => {
    const error = errorOf(
      brokenCopy('entries/meetings.yml', (t) =>
        t.replace('related: [ pleniere-frequence', 'related: [ entree-inexistante'),
      ),
    );
    expect(error.message).toMatch(/entree-inexistante/);
  });

  it('a definition given for a text by an entry that does not cite that text', () => {
    const error = errorOf(
      brokenCopy('glossary.yml', (t) =>
        t.replace(
          '002_29b56df44670a6a0.txt: cls-outil-souple',
          '002_29b56df44670a6a0.txt: cls-description-annexe2',
        ),
      ),
    );
    expect(error.file).toBe('knowledge/glossary.yml');
    expect(error.path).toMatch(/^terms\[\d+\]\.entryInText\.002_29b56df44670a6a0\.txt$/);
    expect(error.message).toMatch(/ne cite pas/);
  });
});
