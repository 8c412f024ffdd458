import type { KnowledgeBase } from './loader.js';
import type { SourceFile } from './schema.js';

export interface SectionCoverage {
  source: SourceFile;
  section: string;
  title: string;
  /** Entries (and glossary terms) citing this section. */
  count: number;
  /** Why a section may stay at zero (states no rule), from sources.yml. */
  reason: string | null;
}

/** How many entries cite each section of each source: the curators' map of gaps. */
export function sectionCoverage(kb: KnowledgeBase): SectionCoverage[] {
  const counts = new Map<string, number>();
  const key = (source: string, section: string) => `${source}\u0000${section}`;
  for (const entry of kb.entries)
    for (const k of new Set(entry.citations.map((c) => key(c.source, c.section))))
      counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...kb.sources.values()].flatMap((source) =>
    source.sections.map((s) => ({
      source: source.file,
      section: s.id,
      title: s.title,
      count: counts.get(key(source.file, s.id)) ?? 0,
      reason: s.ruleBearing ? null : (s.reason ?? null),
    })),
  );
}

/** Sections with no entry and no written reason: what the coverage check fails on. */
export function uncoveredSections(coverage: SectionCoverage[]): SectionCoverage[] {
  return coverage.filter((c) => c.count === 0 && c.reason === null);
}
