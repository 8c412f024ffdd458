// users.conversations on the fake Slack: which channels each user is in, served in pages
// with cursors as Slack does (the fake forgets handlers on reset: call again after it).
import type { FakeSlack } from './fake-slack.js';

export function serveMemberships(
  fake: FakeSlack,
  members: Record<string, readonly string[]>,
  pageSize = 100,
): void {
  fake.on('users.conversations', (args) => {
    const user = typeof args.user === 'string' ? args.user : '';
    const all = members[user] ?? [];
    const start = Number(args.cursor ?? 0);
    const limit = Math.min(pageSize, Number(args.limit ?? 100));
    const more = start + limit < all.length;
    return {
      channels: all.slice(start, start + limit).map((id) => ({ id, is_channel: true })),
      response_metadata: { next_cursor: more ? String(start + limit) : '' },
    };
  });
}
