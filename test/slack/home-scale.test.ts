// App Home with 300 CLSMs: overdue first, counts per state, filters (mine, département) and
// pages inside Slack's 100-block limit; non-admins see the CLSMs of their channels only.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importRegistry } from '../../src/store/registry.js';
import { ADMIN, payload, startTestBot, type TestBot } from '../support/slack-app.js';
import { serveMemberships } from '../support/slack-members.js';

// Wednesday 10 June 2026, 11:00 in Paris: the first half-year's COPIL is overdue if not held.
const NOW = new Date('2026-06-10T09:00:00Z');
const DEPARTMENTS = ['09', '11', '12', '30', '31', '32', '34', '46', '48', '65', '66', '81', '82'];
const channel = (i: number) => `C0${String(i).padStart(4, '0')}`;

/** CLSM i: every 7th has no COPIL this half-year (overdue), every 5th no plenary date (to plan). */
function registry(): string {
  const lines = ['clsms:'];
  for (let i = 0; i < 300; i += 1) {
    const meetings = [];
    if (i % 7 !== 0)
      meetings.push('{ kind: copil, date: 2026-03-12 }', '{ kind: copil, date: 2026-10-15 }');
    else meetings.push('{ kind: copil, date: 2025-10-02 }');
    if (i % 5 !== 0) meetings.push('{ kind: pleniere, date: 2026-11-19 }');
    lines.push(
      `  - id: clsm-${i}`,
      `    name: "CLSM n°${String(i).padStart(3, '0')}"`,
      `    channel: ${channel(i)}`,
      `    population: ${20000 + i * 100}`,
      `    department: "${DEPARTMENTS[i % DEPARTMENTS.length]}"`,
      `    meetings: [${meetings.join(', ')}]`,
    );
  }
  return `${lines.join('\n')}\n`;
}

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot({ now: () => NOW });
  importRegistry(bot.db, registry(), NOW);
});
afterAll(() => bot.stop());

/** U123 is in 45 CLSM channels (and others), served 10 a page; the admin in 3. */
const U123_CHANNELS = [...Array.from({ length: 45 }, (_, i) => channel(i * 3)), 'C0RANDOM'];
beforeEach(() => {
  bot.fake.reset();
  serveMemberships(
    bot.fake,
    { U123: U123_CHANNELS, [ADMIN]: [channel(0), channel(1), channel(2)] },
    10,
  );
});

interface View {
  private_metadata: string;
  blocks: { type: string; block_id?: string; text?: { text: string }; elements?: Element[] }[];
}
interface Element {
  type: string;
  action_id: string;
  value?: string;
  options?: { value: string; text: { text: string } }[];
}

async function openHome(user: string, n = 1): Promise<View> {
  await bot.send.event(
    payload.event({
      type: 'app_home_opened',
      user,
      channel: 'D0HOME',
      tab: 'home',
      event_ts: '1.1',
    }),
  );
  return (await bot.fake.waitFor('views.publish', n)).args.view as View;
}

const clsmLines = (view: View) =>
  view.blocks.flatMap((b) =>
    b.type === 'section' && b.text && /\*CLSM n°/.test(b.text.text) ? [b.text.text] : [],
  );
const clsmIds = (view: View) => clsmLines(view).map((t) => Number(/CLSM n°(\d+)/.exec(t)?.[1]));
const element = (view: View, actionId: string) =>
  view.blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === actionId);

async function click(
  view: View,
  user: string,
  el: Element,
  n: number,
  selected?: string,
): Promise<View> {
  const base = payload.buttonClick(
    bot.fake,
    { action_id: el.action_id, value: el.value ?? '' },
    { user, view: { id: 'VHOME', type: 'home', private_metadata: view.private_metadata } },
  );
  const body = selected
    ? {
        ...base,
        actions: [
          {
            type: 'static_select',
            action_id: el.action_id,
            block_id: 'home_filters',
            selected_option: { value: selected, text: { type: 'plain_text', text: selected } },
            action_ts: '1700000000.000100',
          },
        ],
      }
    : base;
  await bot.send.interaction(body);
  return (await bot.fake.waitFor('views.publish', n)).args.view as View;
}

describe('App Home at 300 CLSMs', () => {
  it('admins: counts per state, overdue first, then to plan, pages within 100 blocks', async () => {
    const home = await openHome(ADMIN);
    const text = JSON.stringify(home.blocks);
    // 43 overdue (i % 7 = 0), 300/5 = 60 without plenary minus the 9 of them already overdue.
    expect(text).toContain('🔴 *43* en retard · 🟠 *51* à planifier · 🟢 *206* à jour · 300 CLSM');
    expect(home.blocks.length).toBeLessThanOrEqual(100);
    const first = clsmIds(home);
    expect(first).toHaveLength(20);
    expect(first.every((i) => i % 7 === 0)).toBe(true);
    expect(clsmLines(home)[0]).toMatch(/^🔴/);
    expect(text).toContain('CLSM 1 à 20 sur 300 · page 1 sur 15');
    expect(text).not.toMatch(/npx|clsm registry|terminal/);

    // Walk every page: each CLSM once, states in order, every view within the limit.
    let view = home;
    const seen = [...first];
    for (let page = 2; page <= 15; page += 1) {
      const next = element(view, 'home_page:next');
      if (!next) throw new Error(`no next button on page ${page - 1}`);
      view = await click(view, ADMIN, next, page);
      expect(view.blocks.length).toBeLessThanOrEqual(100);
      seen.push(...clsmIds(view));
    }
    expect(element(view, 'home_page:next')).toBeUndefined();
    expect(new Set(seen).size).toBe(300);
    const rank = (i: number) => (i % 7 === 0 ? 0 : i % 5 === 0 ? 1 : 2);
    expect(seen.map(rank)).toEqual([...seen.map(rank)].sort());
  });

  it('admins filter by département and by their own channels', async () => {
    const home = await openHome(ADMIN);
    const select = element(home, 'home_department');
    expect(select?.options?.map((o) => o.value)).toEqual(['tous', ...[...DEPARTMENTS].sort()]);
    const tarn = await click(home, ADMIN, select as Element, 2, '81');
    const lines = clsmLines(tarn);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l.includes(' · 81 · '))).toBe(true);
    expect(JSON.stringify(tarn.blocks)).toMatch(/ · 23 CLSM/);

    const mineButton = element(tarn, 'home_scope:mine');
    if (!mineButton) throw new Error('no "Mes canaux" button');
    const mine = await click(tarn, ADMIN, mineButton, 3);
    // The admin is in channels 0, 1 and 2; the département filter was kept (none is in 81).
    expect(clsmIds(mine)).toEqual([]);
    expect(JSON.stringify(mine.blocks)).toContain('Aucun CLSM de ce département');
    const all = await click(mine, ADMIN, element(mine, 'home_department') as Element, 4, 'tous');
    expect(clsmIds(all).sort((a, b) => a - b)).toEqual([0, 1, 2]);
  });

  it('non-admins see only the CLSMs of their channels (users.conversations, every page read)', async () => {
    const home = await openHome('U123');
    expect(bot.fake.callsTo('users.conversations')).toHaveLength(5);
    const text = JSON.stringify(home.blocks);
    expect(text).toContain('· 45 CLSM');
    expect(element(home, 'home_scope:all')).toBeUndefined();
    expect(text).not.toContain('Rappels en échec');
    let view = home;
    const seen = clsmIds(home);
    for (let page = 2; page <= 3; page += 1) {
      view = await click(view, 'U123', element(view, 'home_page:next') as Element, page);
      seen.push(...clsmIds(view));
    }
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: 45 }, (_, i) => i * 3));
    // A forged "all" state does not widen what a non-admin sees.
    const forged = await click(
      view,
      'U123',
      {
        type: 'button',
        action_id: 'home_scope:all',
        value: '{"page":0,"mine":false,"department":null}',
      },
      4,
    );
    expect(JSON.stringify(forged.blocks)).toContain('· 45 CLSM');
  });

  it('when Slack will not list a non-admin’s channels, shows no CLSM and says why', async () => {
    bot.fake.failNext('users.conversations', { kind: 'error', error: 'missing_scope' });
    const home = await openHome('U123');
    expect(clsmIds(home)).toEqual([]);
    expect(JSON.stringify(home.blocks)).toContain('Je n’ai pas pu lire la liste de vos canaux');
  });
});
