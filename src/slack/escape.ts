// The escape of everything the bot sends, apart from the Block Kit builders so that the message
// modules (src/slack/messages) and the builders (src/slack/blocks) can both use it.

/**
 * THE escape of everything the bot sends (mrkdwn, plain_text, `text` fallbacks): Slack reads
 * &, < and > as control characters, so a name or an input holding `<!channel>` or `<@U…>` must
 * never go out raw. Our own markup (`<#C…>`, `<@U…>` of the acting user) is added after.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
