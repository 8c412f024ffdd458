// App Home figures: rendering the Home of a registry of 300 and 3 000 CLSMs (state of each CLSM
// from the reminder plan, sort, one page), as an admin and as a member of 50 channels.
//   node --import tsx bench/home.ts
import { loadKnowledge } from '../src/knowledge/loader.js';
import { createReminderPolicy } from '../src/reminders/policy.js';
import type { Clsm } from '../src/reminders/registry-schema.js';
import { homeView } from '../src/slack/home.js';

const kb = loadKnowledge();
const policy = createReminderPolicy(kb.meetings, kb.sources);
const NOW = new Date('2026-06-10T09:00:00Z');

function registry(n: number): Clsm[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `clsm-${i}`,
    name: `CLSM n° ${i}`,
    channel: `C${String(i).padStart(8, '0')}`,
    population: 10_000 + i,
    department: String(10 + (i % 80)),
    meetings:
      i % 7 === 0
        ? []
        : [
            { kind: 'copil' as const, date: '2026-03-12' },
            { kind: 'copil' as const, date: '2026-10-15' },
            ...(i % 5 === 0 ? [] : [{ kind: 'pleniere' as const, date: '2026-11-19' }]),
          ],
  }));
}

const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const lines = ['App Home (rendu de la vue, sans réseau ; médiane de 5)'];
for (const n of [300, 3000]) {
  const clsms = registry(n);
  const member = new Set(clsms.filter((_, i) => i % (n / 50) === 0).map((c) => c.channel));
  for (const [who, isAdmin] of [
    ['administrateur', true],
    ['membre de 50 canaux', false],
  ] as const) {
    const times: number[] = [];
    let blocks = 0;
    for (let run = 0; run < 5; run += 1) {
      const start = performance.now();
      const view = homeView({
        clsms,
        isAdmin,
        memberOf: member,
        failed: isAdmin ? [] : null,
        policy,
        now: NOW,
      });
      times.push(performance.now() - start);
      blocks = view.blocks.length;
    }
    lines.push(
      `  ${String(n).padStart(5)} CLSM, ${who.padEnd(20)} ${median(times).toFixed(0)} ms, ${blocks} blocs`,
    );
  }
}
process.stdout.write(`${lines.join('\n')}\n`);
