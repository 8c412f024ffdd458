import type { KnowledgeBase } from '../knowledge/loader.js';
import { describeCeiling, formatCount, formatEuros } from '../rules/ceiling.js';
import type { DossierReport } from '../rules/dossier.js';
import {
  DOSSIER_TITLE,
  ceilingVerdict,
  completenessText,
  mark,
  requestedText,
} from '../rules/dossier-text.js';
import { sourceLine } from '../search/answer-text.js';
import { toAnswerCitation } from '../search/citation.js';
import { DOSSIER_TEXT, SOURCES_HEADING, quoted } from './messages.js';

/** The dossier report as a coordinator reads it in a terminal. */
export function renderDossierText(report: DossierReport, kb: KnowledgeBase): string {
  const label = new Map(kb.dossier.pieces.map((p) => [p.id, p.label]));
  const [ceilingLine = ''] = describeCeiling(report.ceilingResult, kb);
  const lines = [
    DOSSIER_TEXT.title(DOSSIER_TITLE, formatCount(report.population)),
    '',
    DOSSIER_TEXT.ceiling(
      report.ceiling === null ? null : formatEuros(report.ceiling),
      ceilingVerdict(report),
    ),
    DOSSIER_TEXT.requested(requestedText(report)),
    ...(report.ceiling === null ? [] : [ceilingLine]),
    '',
    DOSSIER_TEXT.pieces,
    ...report.required.map(
      (id) => `  ${mark(!report.missing.includes(id))} ${label.get(id) ?? id} [${id}]`,
    ),
    '',
    completenessText(report),
  ];
  if (report.notes.length)
    lines.push('', DOSSIER_TEXT.notes, ...report.notes.map((n) => `  • ${n}`));
  lines.push('', SOURCES_HEADING);
  for (const c of report.citations) {
    const cited = toAnswerCitation(c, kb.sources);
    lines.push(`  • ${sourceLine(cited)} : ${quoted(cited.quote)}`);
  }
  return `${lines.join('\n')}\n`;
}
