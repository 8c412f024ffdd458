import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load as parseYaml, YAMLException } from 'js-yaml';
import type { z } from 'zod';
import {
  copilFileSchema,
  dossierFileSchema,
  fundingFileSchema,
  meetingsFileSchema,
  type CopilData,
  type DossierData,
  type FundingData,
  type MeetingsData,
} from './data-schema.js';
import { KnowledgeError, fromZodError } from './errors.js';
import { foldForQuote } from './fold.js';
import {
  duplicateId,
  entryNotCiting,
  FILE_NOT_FOUND,
  notFoundVerbatim,
  SECTION_WITHOUT_REASON,
  sectionNotInSource,
  unknownEntry,
  unknownSource,
  yamlPosition,
} from './messages.js';
import { DEFAULT_KNOWLEDGE_DIR } from './paths.js';
import {
  entriesFileSchema,
  glossaryFileSchema,
  sourcesFileSchema,
  type Citation,
  type Entry,
  type GlossaryTerm,
  type Source,
  type SourceFile,
} from './schema.js';

/** The whole knowledge base, validated: what every other module reads. */
export interface KnowledgeBase {
  sources: ReadonlyMap<SourceFile, Source>;
  entries: readonly Entry[];
  entriesById: ReadonlyMap<string, Entry>;
  /** Which theme file each entry came from (for the coverage report). */
  themeOf: ReadonlyMap<string, string>;
  /**
   * The passages of the source texts around each entry's quotes: words a user may use for the
   * entry's point that the entry itself does not write ("élargi" beside "présidé par le maire").
   */
  surroundings: ReadonlyMap<string, string>;
  glossary: readonly GlossaryTerm[];
  funding: FundingData;
  dossier: DossierData;
  meetings: MeetingsData;
  copil: CopilData;
}

export { DEFAULT_KNOWLEDGE_DIR };

/** Reads `knowledge/<file>` under `dir`; errors name it as `knowledge/<file>`, wherever `dir` is. */
export function readYaml<S extends z.ZodType>(dir: string, file: string, schema: S): z.infer<S> {
  const shown = `knowledge/${file}`;
  let raw: unknown;
  try {
    // js-yaml, not the `yaml` package the registry uses: it reads the base about ten times
    // faster, which is most of a cold start; a duplicated key is an error in both. Its 4.x
    // line (maintained beside 5.x) reads our entries in about half the time 5.5 takes.
    raw = parseYaml(readFileSync(join(dir, file), 'utf8'), { filename: shown });
  } catch (error) {
    if (error instanceof YAMLException) {
      const at = error.mark;
      throw new KnowledgeError(
        shown,
        at ? yamlPosition(at.line + 1, at.column + 1) : '',
        error.reason,
      );
    }
    const code = (error as NodeJS.ErrnoException).code;
    throw new KnowledgeError(shown, '', code === 'ENOENT' ? FILE_NOT_FOUND : String(error));
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw fromZodError(shown, parsed.error);
  return parsed.data;
}

/** Checks one citation (file and path name it in errors) against the source texts. */
export type CitationCheck = (file: string, path: string, citation: Citation) => void;

/** The source texts folded for quote matching (see foldForQuote), by file. */
type FoldedTexts = ReadonlyMap<SourceFile, string>;

/** A section without rules must say why (`reason`): the coverage report excuses it with that. */
function checkSectionReasons(sources: readonly Source[]): void {
  sources.forEach((source, i) =>
    source.sections.forEach((section, j) => {
      if (!section.ruleBearing && !section.reason)
        throw new KnowledgeError(
          'knowledge/sources/sources.yml',
          `sources[${i}].sections[${j}].reason`,
          SECTION_WITHOUT_REASON,
        );
    }),
  );
}

/** A citation names a known source, one of its sections, and a quote found there word for word. */
function citationChecker(
  sources: ReadonlyMap<SourceFile, Source>,
  folded: FoldedTexts,
  foldQuote: (quote: string) => string,
): CitationCheck {
  return (file, path, citation) => {
    const source = sources.get(citation.source);
    if (!source) throw new KnowledgeError(file, `${path}.source`, unknownSource(citation.source));
    if (!source.sections.some((s) => s.id === citation.section))
      throw new KnowledgeError(
        file,
        `${path}.section`,
        sectionNotInSource(citation.section, citation.source, ' dans sources.yml'),
      );
    if (!folded.get(citation.source)?.includes(foldQuote(citation.quote)))
      throw new KnowledgeError(
        file,
        `${path}.quote`,
        notFoundVerbatim('citation', citation.source, citation.quote),
      );
  };
}

/** How much of the source text on each side of a quote counts as its surroundings. */
const SURROUNDING_CHARS = 300;

/** The passage of the (folded) source around a quote; empty when the quote is not found. */
function surroundingOf(
  folded: FoldedTexts,
  citation: Citation,
  foldQuote: (quote: string) => string,
): string {
  const text = folded.get(citation.source) ?? '';
  const quote = foldQuote(citation.quote);
  const at = text.indexOf(quote);
  if (at < 0) return '';
  return text.slice(Math.max(0, at - SURROUNDING_CHARS), at + quote.length + SURROUNDING_CHARS);
}

/** The source texts with their sections, and a checker for citations against them. */
export function loadSources(dir: string = DEFAULT_KNOWLEDGE_DIR): {
  sources: Map<SourceFile, Source>;
  checkCitation: CitationCheck;
  /** The passage of the source around a (checked) citation. */
  surroundingOf: (citation: Citation) => string;
} {
  const { sources } = readYaml(dir, 'sources/sources.yml', sourcesFileSchema);
  const sourceMap = new Map(sources.map((s) => [s.file, s]));
  const folded = new Map(
    sources.map((s) => [s.file, foldForQuote(readFileSync(join(dir, 'sources', s.file), 'utf8'))]),
  );
  checkSectionReasons(sources);
  // Each quote is folded to be checked, then again to find its surroundings: once is enough.
  const foldedQuotes = new Map<string, string>();
  const foldQuote = (quote: string): string => {
    let f = foldedQuotes.get(quote);
    if (f === undefined) foldedQuotes.set(quote, (f = foldForQuote(quote)));
    return f;
  };
  return {
    sources: sourceMap,
    checkCitation: citationChecker(sourceMap, folded, foldQuote),
    surroundingOf: (citation) => surroundingOf(folded, citation, foldQuote),
  };
}

/** One theme file of entries, validated and its citations checked (cross-references are not). */
export function loadEntriesFile(dir: string, name: string, checkCitation: CitationCheck): Entry[] {
  const shown = `knowledge/entries/${name}`;
  const { entries } = readYaml(dir, `entries/${name}`, entriesFileSchema);
  entries.forEach((entry, i) =>
    entry.citations.forEach((c, j) => checkCitation(shown, `entries[${i}].citations[${j}]`, c)),
  );
  return entries;
}

/** Every theme file of `entries/`, in name order; an id may be used once in the whole base. */
function loadAllEntries(
  dir: string,
  checkCitation: CitationCheck,
): { entries: Entry[]; themeOf: Map<string, string> } {
  const entries: Entry[] = [];
  const themeOf = new Map<string, string>();
  const names = readdirSync(join(dir, 'entries'))
    .filter((f) => f.endsWith('.yml'))
    .sort();
  for (const name of names) {
    const theme = name.replace(/\.yml$/, '');
    loadEntriesFile(dir, name, checkCitation).forEach((entry, i) => {
      if (themeOf.has(entry.id))
        throw new KnowledgeError(
          `knowledge/entries/${name}`,
          `entries[${i}].id`,
          duplicateId(entry.id),
        );
      themeOf.set(entry.id, theme);
      entries.push(entry);
    });
  }
  return { entries, themeOf };
}

/** `related` and `supersededBy` name another entry of the base. */
function checkCrossReferences(
  entries: readonly Entry[],
  entriesById: ReadonlyMap<string, Entry>,
  themeOf: ReadonlyMap<string, string>,
): void {
  for (const entry of entries) {
    const targets: [string, string][] = entry.related.map((t, k) => [t, `related[${k}]`]);
    if (entry.supersededBy) targets.push([entry.supersededBy, 'supersededBy']);
    for (const [target, field] of targets)
      if (!entriesById.has(target) || target === entry.id)
        throw new KnowledgeError(
          `knowledge/entries/${themeOf.get(entry.id)}.yml`,
          `${entry.id}.${field}`,
          unknownEntry(target),
        );
  }
}

/** The glossary, its citations checked and its links to entries resolved. */
function loadGlossary(
  dir: string,
  checkCitation: CitationCheck,
  entriesById: ReadonlyMap<string, Entry>,
): GlossaryTerm[] {
  const file = 'knowledge/glossary.yml';
  const { terms } = readYaml(dir, 'glossary.yml', glossaryFileSchema);
  terms.forEach((t, i) => {
    checkCitation(file, `terms[${i}].citation`, t.citation);
    if (t.entry && !entriesById.has(t.entry))
      throw new KnowledgeError(file, `terms[${i}].entry`, unknownEntry(t.entry));
    for (const [source, id] of Object.entries(t.entryInText ?? {}))
      if (!entriesById.get(id)?.citations.some((c) => c.source === source))
        throw new KnowledgeError(
          file,
          `terms[${i}].entryInText.${source}`,
          entriesById.has(id) ? entryNotCiting(id, source) : unknownEntry(id),
        );
  });
  return terms;
}

/** The typed data files (`data/*.yml`), every citation in them checked. */
function loadData(
  dir: string,
  checkCitation: CitationCheck,
): Pick<KnowledgeBase, 'funding' | 'dossier' | 'meetings' | 'copil'> {
  const data = {
    funding: readYaml(dir, 'data/funding.yml', fundingFileSchema),
    dossier: readYaml(dir, 'data/dossier.yml', dossierFileSchema),
    meetings: readYaml(dir, 'data/meetings.yml', meetingsFileSchema),
    copil: readYaml(dir, 'data/copil.yml', copilFileSchema),
  };
  walkCitations(data, (path, c) =>
    checkCitation(`knowledge/data/${path.split('.')[0]}.yml`, path, c),
  );
  return data;
}

/** Loads, validates and cross-checks every file of `dir`. Throws KnowledgeError on the first fault. */
export function loadKnowledge(dir: string = DEFAULT_KNOWLEDGE_DIR): KnowledgeBase {
  const { sources, checkCitation, surroundingOf } = loadSources(dir);
  const { entries, themeOf } = loadAllEntries(dir, checkCitation);
  const entriesById = new Map(entries.map((e) => [e.id, e]));
  checkCrossReferences(entries, entriesById, themeOf);
  const glossary = loadGlossary(dir, checkCitation, entriesById);
  const data = loadData(dir, checkCitation);
  return {
    sources,
    entries,
    entriesById,
    themeOf,
    surroundings: new Map(entries.map((e) => [e.id, e.citations.map(surroundingOf).join(' \n ')])),
    glossary,
    ...data,
  };
}

/** Visits every citation-shaped object under `value` (the typed data files). */
function walkCitations(
  value: unknown,
  visit: (path: string, c: Citation) => void,
  path = '',
): void {
  if (Array.isArray(value)) value.forEach((v, i) => walkCitations(v, visit, `${path}[${i}]`));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.quote === 'string' && typeof record.source === 'string')
      visit(path, record as Citation);
    else
      for (const [key, v] of Object.entries(record))
        walkCitations(v, visit, path ? `${path}.${key}` : key);
  }
}
