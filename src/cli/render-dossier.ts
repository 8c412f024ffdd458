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

/** The dossier report as a coordinator reads it in a terminal. */
export function renderDossierText(report: DossierReport, kb: KnowledgeBase): string {
  const label = new Map(kb.dossier.pieces.map((p) => [p.id, p.label]));
  const [ceilingLine = ''] = describeCeiling(report.ceilingResult, kb);
  const lines = [
    `${DOSSIER_TITLE} – territoire de ${formatCount(report.population)} habitants`,
    '',
    `Plafond : ${report.ceiling === null ? 'aucun' : formatEuros(report.ceiling)} · ${ceilingVerdict(report)}`,
    `Total demandé : ${requestedText(report)}`,
    ...(report.ceiling === null ? [] : [ceilingLine]),
    '',
    'Pièces requises :',
    ...report.required.map(
      (id) => `  ${mark(!report.missing.includes(id))} ${label.get(id) ?? id} [${id}]`,
    ),
    '',
    completenessText(report),
  ];
  if (report.notes.length) lines.push('', 'À noter :', ...report.notes.map((n) => `  • ${n}`));
  lines.push('', 'Sources :');
  for (const c of report.citations) {
    const cited = toAnswerCitation(c, kb.sources);
    lines.push(`  • ${sourceLine(cited)} : « ${cited.quote} »`);
  }
  return `${lines.join('\n')}\n`;
}
