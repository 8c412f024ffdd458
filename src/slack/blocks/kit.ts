// Small Block Kit builders shared by the renderers: escaping and Slack's length limits.
import type {
  Button,
  ContextBlock,
  KnownBlock,
  PlainTextElement,
  RichTextBlock,
  SectionBlock,
} from '@slack/types';
import { escapeMrkdwn } from '../escape.js';
import { errorLine } from '../messages/errors.js';

/** Slack's limits (characters) for the fields the renderers fill. */
export const LIMIT = {
  section: 3000,
  context: 2000,
  buttonText: 75,
  buttonValue: 2000,
  header: 150,
  fallbackText: 3000,
  blocks: 50,
} as const;

/** Cuts `text` to `max` characters, ending with "…" when cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Cuts `text` to `max` characters at a word boundary, ending with "…" when cut. */
export function clipWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.search(/\s\S*$/);
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Re-exported: the builders and their callers escape through here. */
export { escapeMrkdwn };

/** Escapes raw `text` and cuts it (at a word) so the escaped form holds in `max` characters. */
export function escapeClipped(text: string, max: number): string {
  const escaped = escapeMrkdwn(text);
  if (escaped.length <= max) return escaped;
  // Start from the room the entities leave; each round is one character shorter (bounded).
  for (let room = Math.min(max, max - (escaped.length - text.length) + 1); room > 1; room -= 1) {
    const cut = escapeMrkdwn(clipWords(text, Math.max(room, 2)));
    if (cut.length <= max) return cut;
  }
  return '…';
}

/** Plain text from raw `text` (escaped here), cut at a word to fit `max`. */
export function plain(text: string, max: number = LIMIT.buttonText): PlainTextElement {
  return { type: 'plain_text', text: escapeClipped(text, max), emoji: true };
}

/** A section of mrkdwn text; `text` is already mrkdwn (escape what people typed first). */
export function section(text: string): SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: clip(text, LIMIT.section) } };
}

export function context(text: string): ContextBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: clip(text, LIMIT.context) }] };
}

export function header(text: string): KnownBlock {
  return { type: 'header', text: plain(text, LIMIT.header) };
}

export function button(
  text: string,
  actionId: string,
  value: string,
  style?: 'primary' | 'danger',
): Button {
  return {
    type: 'button',
    text: plain(text),
    action_id: actionId,
    value: value.slice(0, LIMIT.buttonValue),
    ...(style ? { style } : {}),
  };
}

/** A verbatim quote as a block quote, followed by its source line in italics. */
export function quoteBlock(quote: string, source: string): RichTextBlock {
  return {
    type: 'rich_text',
    elements: [
      { type: 'rich_text_quote', elements: [{ type: 'text', text: quote }] },
      {
        type: 'rich_text_section',
        elements: [{ type: 'text', text: source, style: { italic: true } }],
      },
    ],
  };
}

/** User mistakes, each already a French sentence naming what is wrong. */
export function errorBlocks(messages: string[], hint?: string): KnownBlock[] {
  const blocks: KnownBlock[] = [
    section(messages.map((m) => `❌ ${errorLine(escapeMrkdwn(m))}`).join('\n')),
  ];
  if (hint) blocks.push(context(hint));
  return blocks;
}
