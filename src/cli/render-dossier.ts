import type { DossierData } from '../knowledge/data-schema.js';
import { formatCount, formatEuros } from '../rules/ceiling.js';
import type { DossierReport } from '../rules/dossier.js';
import type { KnowledgeBase } from '../knowledge/loader.js';

/** The dossier report as a coordinator reads it in a terminal. */
export function renderDossierText(report: DossierReport, kb: KnowledgeBase): string {
  const label = (id: string): string =>
    kb.dossier.pieces.find((p: DossierData['pieces'][number]) => p.id === id)?.label ?? id;
  const lines = [
    `Dossier de labellisation CLSM – territoire de ${formatCount(report.population)} habitants`,
    '',
    report.ceiling === null
      ? `Plafond : aucun (le cahier des charges n’en fixe pas au-delà de ${formatCount(kb.funding.tiers.at(-1)?.upTo ?? 0)} habitants)`
      : `Plafond : ${formatEuros(report.ceiling)}`,
    `Total demandé : ${formatEuros(report.requested)} (coordination ${formatEuros(report.coordination)}, actions ${formatEuros(report.actions)})`,
    report.overCeiling
      ? `❌ Dépasse le plafond de ${formatEuros(report.overBy)}`
      : '✅ Dans le plafond',
    '',
    'Pièces requises :',
    ...report.required.map(
      (id) => `  ${report.missing.includes(id) ? '❌' : '✅'} ${label(id)} [${id}]`,
    ),
    '',
    report.complete
      ? '✅ Dossier complet.'
      : `❌ Dossier incomplet${report.missing.length ? ` : ${report.missing.length} pièce(s) manquante(s)` : ''}${report.overCeiling ? ', montant au-dessus du plafond' : ''}.`,
  ];
  if (report.notes.length) lines.push('', 'À noter :', ...report.notes.map((n) => `  • ${n}`));
  lines.push('', 'Sources :');
  for (const c of report.citations) {
    const source = kb.sources.get(c.source);
    lines.push(
      `  • ${source?.short ?? c.source}, ${c.section} : « ${c.quote.replace(/\s+/g, ' ')} »`,
    );
  }
  return `${lines.join('\n')}\n`;
}
