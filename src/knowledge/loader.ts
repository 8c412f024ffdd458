import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
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
    raw = parseYaml(readFileSync(join(dir, file), 'utf8'), {
      uniqueKeys: true,
    });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const at = error.linePos?.[0];
      throw new KnowledgeError(
        shown,
        at ? `ligne ${at.line}, colonne ${at.col}` : '',
        error.message,
      );
    }
    const code = (error as NodeJS.ErrnoException).code;
    throw new KnowledgeError(shown, '', code === 'ENOENT' ? 'fichier introuvable' : String(error));
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw fromZodError(shown, parsed.error);
  return parsed.data;
}

/** The source texts with their sections, and a checker for citations against them. */
export function loadSources(dir: string = DEFAULT_KNOWLEDGE_DIR): {
  sources: Map<SourceFile, Source>;
  checkCitation: (file: string, path: string, citation: Citation) => void;
  /** The passage of the source around a (checked) citation. */
  surroundingOf: (citation: Citation) => string;
} {
  const { sources } = readYaml(dir, 'sources/sources.yml', sourcesFileSchema);
  const sourceMap = new Map(sources.map((s) => [s.file, s]));
  const folded = new Map(
    sources.map((s) => [s.file, foldForQuote(readFileSync(join(dir, 'sources', s.file), 'utf8'))]),
  );
  sources.forEach((source, i) =>
    source.sections.forEach((section, j) => {
      if (!section.ruleBearing && !section.reason)
        throw new KnowledgeError(
          'knowledge/sources/sources.yml',
          `sources[${i}].sections[${j}].reason`,
          'une section sans règle doit dire pourquoi (reason)',
        );
    }),
  );
  const checkCitation = (file: string, path: string, citation: Citation): void => {
    const source = sourceMap.get(citation.source);
    if (!source)
      throw new KnowledgeError(file, `${path}.source`, `source inconnue ${citation.source}`);
    if (!source.sections.some((s) => s.id === citation.section))
      throw new KnowledgeError(
        file,
        `${path}.section`,
        `section « ${citation.section} » absente de ${citation.source} dans sources.yml`,
      );
    if (!folded.get(citation.source)?.includes(foldForQuote(citation.quote)))
      throw new KnowledgeError(
        file,
        `${path}.quote`,
        `citation introuvable mot pour mot dans ${citation.source} : « ${citation.quote.slice(0, 80)} »`,
      );
  };
  const surroundingOf = (citation: Citation): string => {
    const text = folded.get(citation.source) ?? '';
    const quote = foldForQuote(citation.quote);
    const at = text.indexOf(quote);
    if (at < 0) return '';
    return text.slice(Math.max(0, at - SURROUNDING_CHARS), at + quote.length + SURROUNDING_CHARS);
  };
  return { sources: sourceMap, checkCitation, surroundingOf };
}

/** How much of the source text on each side of a quote counts as its surroundings. */
const SURROUNDING_CHARS = 300;

/** One theme file of entries, validated and its citations checked (cross-references are not). */
export function loadEntriesFile(
  dir: string,
  name: string,
  checkCitation: (file: string, path: string, citation: Citation) => void,
): Entry[] {
  const shown = `knowledge/entries/${name}`;
  const { entries } = readYaml(dir, `entries/${name}`, entriesFileSchema);
  entries.forEach((entry, i) =>
    entry.citations.forEach((c, j) => checkCitation(shown, `entries[${i}].citations[${j}]`, c)),
  );
  return entries;
}

/** Loads, validates and cross-checks every file of `dir`. Throws KnowledgeError on the first fault. */
export function loadKnowledge(dir: string = DEFAULT_KNOWLEDGE_DIR): KnowledgeBase {
  const { sources: sourceMap, checkCitation, surroundingOf } = loadSources(dir);
  const entries: Entry[] = [];
  const themeOf = new Map<string, string>();
  for (const name of readdirSync(join(dir, 'entries'))
    .filter((f) => f.endsWith('.yml'))
    .sort()) {
    const theme = name.replace(/\.yml$/, '');
    loadEntriesFile(dir, name, checkCitation).forEach((entry, i) => {
      if (themeOf.has(entry.id))
        throw new KnowledgeError(
          `knowledge/entries/${name}`,
          `entries[${i}].id`,
          `identifiant en double : ${entry.id}`,
        );
      themeOf.set(entry.id, theme);
      entries.push(entry);
    });
  }
  const entriesById = new Map(entries.map((e) => [e.id, e]));
  for (const entry of entries) {
    const targets: [string, string][] = entry.related.map((t, k) => [t, `related[${k}]`]);
    if (entry.supersededBy) targets.push([entry.supersededBy, 'supersededBy']);
    for (const [target, field] of targets)
      if (!entriesById.has(target) || target === entry.id)
        throw new KnowledgeError(
          `knowledge/entries/${themeOf.get(entry.id)}.yml`,
          `${entry.id}.${field}`,
          `renvoi vers une entrée inconnue : ${target}`,
        );
  }

  const { terms } = readYaml(dir, 'glossary.yml', glossaryFileSchema);
  terms.forEach((t, i) => {
    checkCitation('knowledge/glossary.yml', `terms[${i}].citation`, t.citation);
    if (t.entry && !entriesById.has(t.entry))
      throw new KnowledgeError(
        'knowledge/glossary.yml',
        `terms[${i}].entry`,
        `renvoi vers une entrée inconnue : ${t.entry}`,
      );
  });

  const data = {
    funding: readYaml(dir, 'data/funding.yml', fundingFileSchema),
    dossier: readYaml(dir, 'data/dossier.yml', dossierFileSchema),
    meetings: readYaml(dir, 'data/meetings.yml', meetingsFileSchema),
    copil: readYaml(dir, 'data/copil.yml', copilFileSchema),
  };
  walkCitations(data, (path, c) =>
    checkCitation(`knowledge/data/${path.split('.')[0]}.yml`, path, c),
  );

  return {
    sources: sourceMap,
    entries,
    entriesById,
    themeOf,
    surroundings: new Map(entries.map((e) => [e.id, e.citations.map(surroundingOf).join(' \n ')])),
    glossary: terms,
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
