import type { Answer } from '../search/answer.js';
import { fullAnswerText, sourceLine } from '../search/answer-text.js';
import { SOURCES_HEADING, clarifyHint, quoted, seeAlsoLine } from './messages.js';

/** The answer as the terminal shows it: answer, citations with quotes, "Voir aussi". */
export function renderAnswerText(answer: Answer): string {
  const lines = [fullAnswerText(answer)];
  if (answer.citations.length > 0) {
    lines.push('', SOURCES_HEADING);
    for (const c of answer.citations)
      lines.push(`  • ${sourceLine(c)}`, `    ${quoted(c.quote)}`, `    [${c.source}]`);
  }
  if (answer.outcome === 'clarify')
    lines.push('', clarifyHint(answer.suggestions.map((s) => s.id)));
  if (answer.outcome === 'answer' && answer.related.length > 0)
    lines.push('', seeAlsoLine(answer.related.map((r) => r.title)));
  return `${lines.join('\n')}\n`;
}
