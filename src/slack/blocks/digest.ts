// Block Kit of the weekly digest for the DDARS: the same French wording as `clsm digest`.
import type { KnownBlock } from '@slack/types';
import { digestSections, type Digest } from '../../reminders/digest.js';
import { DIGEST_FOOTER } from '../messages/config.js';
import { context, escapeMrkdwn, header, section } from './kit.js';

/** Lines per section block (a section holds 3 000 characters). */
const LINES_PER_BLOCK = 15;

export function digestMessage(digest: Digest): { text: string; blocks: KnownBlock[] } {
  const { title, intro, sections } = digestSections(digest);
  const blocks: KnownBlock[] = [header(title), context(escapeMrkdwn(intro))];
  for (const s of sections) {
    const lines = s.lines.map((l) => `• ${escapeMrkdwn(l)}`);
    for (let i = 0; i < lines.length; i += LINES_PER_BLOCK) {
      const head = i === 0 ? `*${escapeMrkdwn(s.heading)}*\n` : '';
      blocks.push(section(`${head}${lines.slice(i, i + LINES_PER_BLOCK).join('\n')}`));
    }
  }
  blocks.push(context(DIGEST_FOOTER));
  return { text: `${title} : ${intro}`, blocks };
}
