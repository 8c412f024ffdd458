import { foldForQuote } from './fold.js';
import { sectionStartNotFound } from './messages.js';

/** One sentence (or bullet item) of a source text, folded, with the section it belongs to. */
export interface Sentence {
  section: string;
  /** 1-based line of the raw text where it starts. */
  line: number;
  text: string;
  /** The first sentence of a bullet item (an item of the list its lead-in announces). */
  bullet: boolean;
}

/** Where a section starts: its id and the text its heading line begins with. */
export interface SectionStart {
  section: string;
  heading: string;
}

const BULLET = /^(?:[-•.o►*\u{F000}-\u{F8FF}]|\d{1,2}\)|#{1,4})\s/u;
const LEAD_BULLET = /^(?:[-•►\u{F000}-\u{F8FF}]\s*)+/u;
const STARTS_LOWER = /^[\p{Ll}(]/u;
/**
 * Sentence ends: . ! ? ; followed by a capital, a digit, a quote or a bullet; not after an
 * initial ("Article L. 3221-2") nor a heading's number ("1. Définition", "II. Le référentiel").
 */
const SENTENCE_END =
  /(?<=[.!?;…])(?<!(?:^|[\s(])\p{Lu}\.)(?<!^(?:\d+(?:\.\d+)*|[IVX]+)\.)\s+(?=[«"(]?[\p{Lu}\d•-])/u;

/** Line index where each section's heading starts, in order; throws on a heading not found. */
export function locateSections(
  lines: readonly string[],
  starts: readonly SectionStart[],
): number[] {
  const folded = lines.map((l) => foldForQuote(l));
  let from = 0;
  return starts.map(({ section, heading }) => {
    const want = foldForQuote(heading);
    for (let i = from; i < folded.length; i++) {
      // A heading may wrap: compare against the line joined with the next one.
      const joined = `${folded[i] ?? ''} ${folded[i + 1] ?? ''}`.replace(LEAD_BULLET, '').trim();
      if (joined.startsWith(want)) {
        from = i + 1;
        return i;
      }
    }
    throw new Error(sectionStartNotFound(section, heading));
  });
}

/**
 * Splits a PDF extraction into sentences and bullet items. A blank line ends a paragraph unless
 * the next line starts in lower case (a page break inside a sentence); a bullet or a section
 * heading always starts a new one; inside a paragraph, sentences end at . ! ? ; before a capital.
 */
export function splitSentences(raw: string, starts: readonly SectionStart[]): Sentence[] {
  const lines = raw.split(/\r?\n/);
  const headingLines = locateSections(lines, starts);
  const sectionAt = (line: number): string => {
    let current = starts[0]?.section ?? '';
    headingLines.forEach((h, k) => {
      if (h <= line) current = starts[k]?.section ?? current;
    });
    return current;
  };
  const paragraphs: { line: number; text: string; bullet: boolean }[] = [];
  let open: { line: number; parts: string[] } | null = null;
  let blankBefore = false;
  const close = () => {
    if (open)
      paragraphs.push({
        line: open.line,
        text: open.parts.join('\n'),
        bullet: BULLET.test(open.parts[0]?.trim() ?? ''),
      });
    open = null;
  };
  lines.forEach((rawLine, i) => {
    const line = rawLine.trim();
    if (line === '') {
      blankBefore = true;
      return;
    }
    const breaks =
      open === null ||
      headingLines.includes(i) ||
      BULLET.test(line) ||
      (blankBefore && !STARTS_LOWER.test(line));
    if (breaks) {
      close();
      open = { line: i + 1, parts: [] };
    }
    open?.parts.push(rawLine);
    blankBefore = false;
  });
  close();
  return paragraphs.flatMap(({ line, text, bullet }) =>
    foldForQuote(text)
      .split(SENTENCE_END)
      .map((s) => s.trim())
      .filter((s) => /\p{L}{2}/u.test(s))
      .map((s, k) => ({ section: sectionAt(line - 1), line, text: s, bullet: bullet && k === 0 })),
  );
}

/** Lower-case words (letters and digits) of a folded text: what overlap is measured on. */
export function words(text: string): string[] {
  return (
    foldForQuote(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** Words a run must share for a quote to cover a sentence (fewer when the sentence is shorter). */
export const MIN_SHARED_RUN = 8;

/**
 * Whether a quote covers a sentence: it contains all of the sentence's words in order, or both
 * share a run of MIN_SHARED_RUN consecutive words (the whole sentence when it is shorter).
 */
export function quoteCovers(
  quoteWords: readonly string[],
  sentenceWords: readonly string[],
): boolean {
  const run = Math.min(MIN_SHARED_RUN, sentenceWords.length);
  if (run === 0 || quoteWords.length < run) return false;
  const grams = new Set<string>();
  for (let i = 0; i + run <= sentenceWords.length; i++)
    grams.add(sentenceWords.slice(i, i + run).join(' '));
  for (let i = 0; i + run <= quoteWords.length; i++)
    if (grams.has(quoteWords.slice(i, i + run).join(' '))) return true;
  return false;
}

/**
 * The same relation as quoteCovers, for many quotes at once: indexes their runs of
 * MIN_SHARED_RUN words, so finding the quotes that cover a sentence costs one lookup per run.
 */
export function quoteIndex<K>(quotes: readonly { key: K; words: readonly string[] }[]) {
  const runs = new Map<string, K[]>();
  for (const { key, words: w } of quotes)
    for (let i = 0; i + MIN_SHARED_RUN <= w.length; i++) {
      const run = w.slice(i, i + MIN_SHARED_RUN).join(' ');
      const keys = runs.get(run) ?? [];
      if (keys.at(-1) !== key) keys.push(key);
      runs.set(run, keys);
    }
  const padded = quotes.map(({ key, words: w }) => ({ key, text: ` ${w.join(' ')} ` }));
  /** Keys of the quotes covering a sentence, each once, in the quotes' order of first match. */
  return (sentenceWords: readonly string[]): K[] => {
    if (sentenceWords.length === 0) return [];
    if (sentenceWords.length < MIN_SHARED_RUN) {
      const whole = ` ${sentenceWords.join(' ')} `;
      return [...new Set(padded.filter((q) => q.text.includes(whole)).map((q) => q.key))];
    }
    const found = new Set<K>();
    for (let i = 0; i + MIN_SHARED_RUN <= sentenceWords.length; i++)
      for (const key of runs.get(sentenceWords.slice(i, i + MIN_SHARED_RUN).join(' ')) ?? [])
        found.add(key);
    return [...found];
  };
}
