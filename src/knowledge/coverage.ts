import { classifySentences } from './coverage-classify.js';
import type { NotCoveredItem, SectionStartsFile } from './coverage-schema.js';
import { quoteIndex, splitSentences, words, type Sentence } from './coverage-split.js';
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

/** One rule-bearing sentence and what accounts for it. */
export interface SentenceStatus extends Sentence {
  source: SourceFile;
  /** Why it counts as stating a rule ("obligation:doit", "chiffre:nombre"...). */
  cues: string[];
  /** Entries whose citations cover it. */
  citedBy: string[];
  /** Reasons of the not-covered.yml items that excuse it. */
  excusedBy: string[];
}

export interface SourceShare {
  source: SourceFile;
  ruleBearing: number;
  cited: number;
  excused: number;
}

/**
 * Every rule-bearing sentence of the texts with the entries citing it and the not-covered
 * items excusing it. Pure: texts, section starts and items are parameters.
 */
export function sentenceCoverage(
  kb: Pick<KnowledgeBase, 'entries'>,
  texts: ReadonlyMap<SourceFile, string>,
  starts: SectionStartsFile,
  notCovered: readonly NotCoveredItem[],
): SentenceStatus[] {
  return starts.sources.flatMap(({ file, starts: heads }) => {
    const citing = quoteIndex(
      kb.entries.flatMap((e) =>
        e.citations
          .filter((c) => c.source === file)
          .map((c) => ({ key: e.id, words: words(c.quote) })),
      ),
    );
    const excusing = quoteIndex(
      notCovered
        .filter((n) => n.source === file)
        .map((n) => ({ key: n.reason, words: words(n.excerpt) })),
    );
    const sentences = splitSentences(texts.get(file) ?? '', heads);
    const cuesOf = classifySentences(sentences);
    return sentences.flatMap((sentence, k) => {
      const cues = cuesOf[k] ?? [];
      if (cues.length === 0) return [];
      const w = words(sentence.text);
      return [{ ...sentence, source: file, cues, citedBy: citing(w), excusedBy: excusing(w) }];
    });
  });
}

/** Per source: rule-bearing sentences, cited ones, and ones excused without a citation. */
export function sentenceShares(statuses: readonly SentenceStatus[]): SourceShare[] {
  const bySource = new Map<SourceFile, SourceShare>();
  for (const s of statuses) {
    const share = bySource.get(s.source) ?? {
      source: s.source,
      ruleBearing: 0,
      cited: 0,
      excused: 0,
    };
    share.ruleBearing++;
    if (s.citedBy.length > 0) share.cited++;
    else if (s.excusedBy.length > 0) share.excused++;
    bySource.set(s.source, share);
  }
  return [...bySource.values()];
}

export const isAccountedFor = (s: SentenceStatus): boolean =>
  s.citedBy.length > 0 || s.excusedBy.length > 0;

/** A footnote, printed at the foot of the page wherever its call is: "1 La thématique ...". */
const FOOTNOTE = /^\d{1,2} \p{Lu}/u;

export interface MisplacedCitation {
  entry: string;
  source: SourceFile;
  section: string;
  quote: string;
  /** Sections whose sentences the quote overlaps. */
  foundIn: string[];
}

/**
 * Citations whose quote lies in another section than the one they name (footnotes excepted:
 * they are printed away from the section that calls them).
 */
export function misplacedCitations(
  kb: Pick<KnowledgeBase, 'entries'>,
  texts: ReadonlyMap<SourceFile, string>,
  starts: SectionStartsFile,
): MisplacedCitation[] {
  return starts.sources.flatMap(({ file, starts: heads }) => {
    const sentences = splitSentences(texts.get(file) ?? '', heads);
    const sentenceWords = sentences.map((s) => words(s.text));
    const cited = kb.entries.flatMap((entry) =>
      entry.citations
        .filter((c) => c.source === file)
        .map((c) => ({ entry: entry.id, citation: c, words: words(c.quote) })),
    );
    // Overlap either way: a quote covering a sentence, or a sentence holding a short quote.
    const quotesCovering = quoteIndex(cited.map((q, i) => ({ key: i, words: q.words })));
    const sentencesHolding = quoteIndex(sentenceWords.map((w, i) => ({ key: i, words: w })));
    const hits = cited.map((q) => new Set(sentencesHolding(q.words)));
    sentenceWords.forEach((w, i) => quotesCovering(w).forEach((q) => hits[q]?.add(i)));
    return cited.flatMap((q, i) => {
      const found = [...(hits[i] ?? [])].flatMap((k) => sentences[k] ?? []);
      const foundIn = [...new Set(found.map((s) => s.section))];
      if (foundIn.length === 0 || foundIn.includes(q.citation.section)) return [];
      if (found.every((s) => FOOTNOTE.test(s.text))) return [];
      return [
        {
          entry: q.entry,
          source: file,
          section: q.citation.section,
          quote: q.citation.quote,
          foundIn,
        },
      ];
    });
  });
}
