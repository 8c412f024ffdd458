import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  notCoveredFileSchema,
  sectionStartsFileSchema,
  type NotCoveredItem,
  type SectionStartsFile,
} from './coverage-schema.js';
import { locateSections } from './coverage-split.js';
import { KnowledgeError } from './errors.js';
import { foldForQuote } from './fold.js';
import { DEFAULT_KNOWLEDGE_DIR, readYaml, type KnowledgeBase } from './loader.js';
import { notFoundVerbatim, sectionNotInSource, sectionsOutOfOrder } from './messages.js';
import type { SourceFile } from './schema.js';

export interface CoverageData {
  texts: Map<SourceFile, string>;
  starts: SectionStartsFile;
  notCovered: NotCoveredItem[];
}

const STARTS = 'knowledge/sources/section-starts.yml';
const NOT_COVERED = 'knowledge/not-covered.yml';

/**
 * Reads the texts, the section starts and the not-covered list, and checks them against the
 * validated base: every section of sources.yml starts once, in order, at a heading found in its
 * text; every not-covered item names a known section and quotes its text verbatim.
 */
export function loadCoverageData(
  kb: Pick<KnowledgeBase, 'sources'>,
  dir: string = DEFAULT_KNOWLEDGE_DIR,
): CoverageData {
  const texts = new Map(
    [...kb.sources.keys()].map((f) => [f, readFileSync(join(dir, 'sources', f), 'utf8')]),
  );
  const starts = readYaml(dir, 'sources/section-starts.yml', sectionStartsFileSchema);
  for (const [file, source] of kb.sources) {
    const k = starts.sources.findIndex((s) => s.file === file);
    const listed = starts.sources[k]?.starts ?? [];
    const want = source.sections.map((s) => s.id).join(' | ');
    if (listed.map((s) => s.section).join(' | ') !== want)
      throw new KnowledgeError(STARTS, `sources[${k}]`, sectionsOutOfOrder(file, want));
    try {
      locateSections((texts.get(file) ?? '').split(/\r?\n/), listed);
    } catch (error) {
      throw new KnowledgeError(STARTS, `sources[${k}]`, `${file} : ${(error as Error).message}`);
    }
  }
  const { items } = readYaml(dir, 'not-covered.yml', notCoveredFileSchema);
  const folded = new Map([...texts].map(([f, t]) => [f, foldForQuote(t)]));
  items.forEach((item, i) => {
    if (!kb.sources.get(item.source)?.sections.some((s) => s.id === item.section))
      throw new KnowledgeError(
        NOT_COVERED,
        `items[${i}].section`,
        sectionNotInSource(item.section, item.source),
      );
    if (!folded.get(item.source)?.includes(foldForQuote(item.excerpt)))
      throw new KnowledgeError(
        NOT_COVERED,
        `items[${i}].excerpt`,
        notFoundVerbatim('extrait', item.source, item.excerpt),
      );
  });
  return { texts, starts, notCovered: items };
}
