// Block Kit of a DossierReport: ✅/❌ per required piece (full French label), the ceiling line,
// the total, the notes and the citations of the rules applied.
import type { KnownBlock } from '@slack/types';
import type { KnowledgeBase } from '../../knowledge/loader.js';
import { describeCeiling, formatEuros } from '../../rules/ceiling.js';
import {
  DOSSIER_TITLE,
  ceilingVerdict,
  completenessText,
  mark,
  requestedText,
} from '../../rules/dossier-text.js';
import type { DossierReport } from '../../rules/dossier.js';
import { toAnswerCitation } from '../../search/citation.js';
import { DOSSIER_HEADING } from '../messages/check.js';
import { sourceCaption } from './answer.js';
import { LIMIT, escapeClipped, escapeMrkdwn, header, quoteBlock, section } from './kit.js';

type DossierKnowledge = Pick<KnowledgeBase, 'dossier' | 'funding' | 'sources'>;

/** The report as Block Kit (at most 50 blocks whatever the number of citations). */
export function dossierBlocks(report: DossierReport, kb: DossierKnowledge): KnownBlock[] {
  const labelOf = new Map(kb.dossier.pieces.map((p) => [p.id, p.label]));
  // The ceiling sentence heads the report; the notes hold the rest (boundary, no-ceiling...).
  const [ceilingLine = ''] = describeCeiling(report.ceilingResult, kb);
  const notes = report.notes.filter((n) => n !== ceilingLine);

  const pieces = report.required.map(
    (id) =>
      `${mark(!report.missing.includes(id))} ${escapeMrkdwn(labelOf.get(id) ?? id)} \`${id}\``,
  );
  const blocks: KnownBlock[] = [
    header(DOSSIER_TITLE),
    section(escapeMrkdwn(ceilingLine)),
    {
      type: 'section',
      fields: [
        {
          type: 'mrkdwn',
          text: `${DOSSIER_HEADING.requested}\n${requestedText(report)}`,
        },
        {
          type: 'mrkdwn',
          text: `${DOSSIER_HEADING.ceiling}\n${report.ceiling === null ? '–' : formatEuros(report.ceiling)} · ${ceilingVerdict(report)}`,
        },
      ],
    },
    section(`${DOSSIER_HEADING.pieces}\n${pieces.join('\n')}`),
    section(completenessText(report)),
  ];
  if (notes.length > 0)
    blocks.push(
      section(`${DOSSIER_HEADING.notes}\n${notes.map((n) => `• ${escapeMrkdwn(n)}`).join('\n')}`),
    );
  const seen = new Set<string>();
  for (const c of report.citations) {
    const key = `${c.source}|${c.quote}`;
    if (seen.has(key) || blocks.length >= LIMIT.blocks - 1) continue;
    seen.add(key);
    const cited = toAnswerCitation(c, kb.sources);
    blocks.push(quoteBlock(cited.quote, sourceCaption(cited)));
  }
  return blocks;
}

/** Notification text of the report. */
export function dossierFallback(report: DossierReport): string {
  return escapeClipped(`${DOSSIER_TITLE} : ${completenessText(report)}`, LIMIT.fallbackText);
}
