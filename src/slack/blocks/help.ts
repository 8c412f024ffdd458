// Block Kit of the bot's help: what it can do (/clsm aide, a DM "aide", App Home) and the
// /clsm-check syntax (/clsm-check aide). The words are in messages/help.ts and messages/check.ts.
import type { KnownBlock } from '@slack/types';
import type { DossierData } from '../../knowledge/data-schema.js';
import {
  CHECK_SYNTAX_LINES,
  CHECK_SYNTAX_TITLE,
  PIECE_IDS_HEADING,
  pieceIdLine,
} from '../messages/check.js';
import { CAPABILITIES, HELP_SOURCES, HELP_TEXT, HELP_TITLE } from '../messages/help.js';
import { context, escapeMrkdwn, header, section } from './kit.js';

/** Words that ask for help rather than ask a question. */
export function isHelpRequest(text: string): boolean {
  return /^\s*(aide|help|\?|-h|--help|comment ça marche\s*\??)\s*$/i.test(text);
}

/** What the bot can do, as sections (shared by the help message and App Home). */
export function capabilitiesBlocks(): KnownBlock[] {
  return [
    section(escapeMrkdwn(HELP_TEXT)),
    ...CAPABILITIES.map((lines) => section(lines.join('\n'))),
  ];
}

export function helpBlocks(): KnownBlock[] {
  return [header(HELP_TITLE), ...capabilitiesBlocks(), context(HELP_SOURCES)];
}

/** /clsm-check aide: every parameter, French words accepted, and the piece ids with their labels. */
export function checkSyntaxBlocks(dossier: DossierData): KnownBlock[] {
  return [
    header(CHECK_SYNTAX_TITLE),
    section(CHECK_SYNTAX_LINES.join('\n')),
    section(
      [PIECE_IDS_HEADING, ...dossier.pieces.map((p) => pieceIdLine(p.id, p.label))].join('\n'),
    ),
  ];
}
