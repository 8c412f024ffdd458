import type { Answer } from '../search/answer.js';
import { fullAnswerText, sourceLine } from '../search/answer-text.js';

/** The answer as the terminal shows it: answer, citations with quotes, "Voir aussi". */
export function renderAnswerText(answer: Answer): string {
  const lines = [fullAnswerText(answer)];
  if (answer.citations.length > 0) {
    lines.push('', 'Sources :');
    for (const c of answer.citations)
      lines.push(`  • ${sourceLine(c)}`, `    « ${c.quote} »`, `    [${c.source}]`);
  }
  if (answer.outcome === 'clarify')
    lines.push(
      '',
      `Pour l'une de ces réponses : clsm ask --entry ${answer.suggestions.map((s) => s.id).join(' | ')}`,
    );
  if (answer.outcome === 'answer' && answer.related.length > 0)
    lines.push('', `Voir aussi : ${answer.related.map((r) => r.title).join(' ; ')}`);
  return `${lines.join('\n')}\n`;
}
