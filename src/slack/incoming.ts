// Text as Slack sends it (mrkdwn with &, <, > as entities, <…> markup for mentions and links)
// → the plain text people typed, decoded once at the edge before any core function reads it.
import { tidyLines } from '../search/question.js';

/** `<@U123|marie>`, `<#C123|general>`, `<!here>`, `<https://x|label>` → readable text. */
function readableMarkup(inner: string): string {
  const bar = inner.indexOf('|');
  const target = bar >= 0 ? inner.slice(0, bar) : inner;
  const label = bar >= 0 ? inner.slice(bar + 1) : '';
  switch (target.charAt(0)) {
    case '@':
      return `@${label || target.slice(1)}`;
    case '#':
      return `#${label || target.slice(1)}`;
    case '!': {
      const special = target.slice(1).split('^')[0] ?? '';
      if (['channel', 'here', 'everyone'].includes(special)) return `@${special}`;
      return label; // a user group or a date: its fallback text
    }
    default:
      return label || target.replace(/^mailto:/, '');
  }
}

/**
 * Slack's message or command text → plain text: markup made readable, then `&lt;`, `&gt;` and
 * `&amp;` decoded (in that order, so "&amp;lt;" stays the "&lt;" someone typed).
 */
export function decodeSlackText(text: string): string {
  return text
    .replace(/<([^<>]*)>/g, (_, inner: string) => readableMarkup(inner))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Emoji as Slack writes them in a message's text: ":pray:", ":thinking_face:", ":+1:". */
const EMOJI = /:(?:[+-]1|(?=[a-z0-9_+'-]*[a-z])[a-z0-9_+'-]+):(?::skin-tone-\d:)?/g;

/**
 * A question's text: mentions of people (the bot's included) and emoji are not part of what is
 * asked.
 */
export function decodeQuestion(text: string): string {
  return tidyLines(
    decodeSlackText(text.replace(/<@[UW][A-Z0-9]*(\|[^>]*)?>/g, ' ')).replace(EMOJI, ' '),
  );
}
