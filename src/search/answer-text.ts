import type { Answer } from './answer.js';
import type { AnswerCitation } from './citation.js';
import { ASK_DDARS, HISTORICAL_MARK, nearTopics, NOTE_LABEL } from './messages.js';

export { ASK_DDARS, NOTE_LABEL };

/** The answer as it is pasted: the answer, then the "À noter" line when texts differ. */
export function fullAnswerText(answer: Answer): string {
  if (answer.abstained) {
    const near = answer.related.map((r) => r.title).join(' ; ');
    return [answer.text, near ? nearTopics(near) : '', ASK_DDARS].filter(Boolean).join('\n');
  }
  return answer.note ? `${answer.text}\n${NOTE_LABEL} : ${answer.note}` : answer.text;
}

/** "Cahier des charges ARS Occitanie (2023), §6 – Financement des projets labellisés (2023-03)" */
export function sourceLine(c: AnswerCitation): string {
  return `${c.sourceName}, ${c.section}${c.date ? ` (${c.date})` : ''}${c.historical ? HISTORICAL_MARK : ''}`;
}
