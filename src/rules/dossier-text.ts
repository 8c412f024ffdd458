import { formatEuros } from './ceiling.js';
import type { DossierReport } from './dossier.js';

/** The French lines of a dossier report, shared by the terminal and Slack renderers. */
export const DOSSIER_TITLE = 'Dossier de labellisation CLSM';

export function mark(ok: boolean): string {
  return ok ? '✅' : '❌';
}

/** "15 000 € (coordination 10 000 €, actions 5 000 €)" */
export function requestedText(report: DossierReport): string {
  return `${formatEuros(report.requested)} (coordination ${formatEuros(report.coordination)}, actions ${formatEuros(report.actions)})`;
}

/** "✅ Dans le plafond", "❌ Dépasse le plafond de 2 000 €", or no ceiling at all. */
export function ceilingVerdict(report: DossierReport): string {
  if (report.ceiling === null) return '➖ Aucun plafond fixé par le texte';
  return report.overCeiling
    ? `❌ Dépasse le plafond de ${formatEuros(report.overBy)}`
    : '✅ Dans le plafond';
}

/** "✅ Dossier complet." or "❌ Dossier incomplet : 2 pièces manquantes, total au-dessus du plafond." */
export function completenessText(report: DossierReport): string {
  if (report.complete) return '✅ Dossier complet.';
  const n = report.missing.length;
  const problems = [
    n > 0 ? `${n} pièce${n > 1 ? 's' : ''} manquante${n > 1 ? 's' : ''}` : '',
    report.overCeiling ? 'total au-dessus du plafond' : '',
  ].filter(Boolean);
  return `❌ Dossier incomplet : ${problems.join(', ')}.`;
}
