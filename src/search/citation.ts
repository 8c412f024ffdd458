import type { Citation, Source, SourceFile } from '../knowledge/schema.js';
import { foldAccents } from './analyser.js';

/** A citation as shown to users: the seed file, a readable section label, the verbatim quote. */
export interface AnswerCitation {
  source: SourceFile;
  section: string;
  quote: string;
  /** "Cahier des charges ARS Occitanie (2023)" */
  sourceName: string;
  date: string;
  historical: boolean;
}

/** Names a knowledge citation the way every surface shows it ("§6 – Financement …"). */
export function toAnswerCitation(
  c: Citation,
  sources: ReadonlyMap<SourceFile, Source>,
): AnswerCitation {
  const source = sources.get(c.source);
  const title = source?.sections.find((s) => s.id === c.section)?.title ?? '';
  const label =
    !title || foldAccents(title.toLowerCase()).includes(foldAccents(c.section.toLowerCase()))
      ? title || c.section
      : `${c.section} – ${title}`;
  return {
    source: c.source,
    section: label,
    quote: c.quote.replace(/\s+/g, ' ').trim(),
    sourceName: source?.short ?? c.source,
    date: source?.date ?? '',
    historical: source?.status === 'historique',
  };
}
