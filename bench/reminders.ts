// Reminder figures: import, planning and scheduler sweeps over 10 000 CLSMs in a real SQLite
// file, posting through a fake port (no network). Prints time and memory; exports nothing.
//   node --import tsx bench/reminders.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKnowledge } from '../src/knowledge/loader.js';
import { addDays } from '../src/reminders/calendar.js';
import { planReminders } from '../src/reminders/planner.js';
import { createReminderPolicy } from '../src/reminders/policy.js';
import { ReminderScheduler, type ReminderPort } from '../src/services/scheduler.js';
import { openDatabase } from '../src/store/db.js';
import { importRegistry, listClsms } from '../src/store/registry.js';

const CLSMS = 10_000;
const kb = loadKnowledge();
const policy = createReminderPolicy(kb.meetings, kb.sources);
const dir = mkdtempSync(join(tmpdir(), 'clsm-bench-'));
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} Mo`;
const ms = (n: number): string => `${n.toFixed(0)} ms`;

function timed<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

async function timedAsync<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

// A registry like a real one: a third without meetings, the others with a few, spread over the year.
const lines = ['clsms:'];
for (let i = 0; i < CLSMS; i += 1) {
  lines.push(
    `  - id: clsm-${i}`,
    `    name: "CLSM n° ${i}"`,
    `    channel: C${String(i).padStart(8, '0')}`,
    `    population: ${10_000 + i}`,
    `    department: "${String((i % 95) + 1).padStart(2, '0')}"`,
  );
  if (i % 3 === 0) continue;
  const copil = addDays('2026-01-05', i % 170);
  const second = addDays('2026-07-06', i % 150);
  lines.push(
    '    meetings:',
    `      - { kind: copil, date: ${copil}, time: "14:00" }`,
    `      - { kind: copil, date: ${second} }`,
  );
  if (i % 2 === 0)
    lines.push(`      - { kind: pleniere, date: ${addDays('2026-03-02', i % 250)} }`);
}
const yaml = `${lines.join('\n')}\n`;

let posts = 0;
let peakHeap = 0;
const port: ReminderPort = {
  post: () => {
    posts += 1;
    if (posts % 200 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    return Promise.resolve({ ok: true, value: { ts: `${posts}.000000` } });
  },
  findPosted: () => Promise.resolve({ ok: true, value: null }),
  postDigest: () => {
    posts += 1;
    return Promise.resolve({ ok: true, value: { ts: `${posts}.000000` } });
  },
};

try {
  const db = openDatabase(join(dir, 'clsm.sqlite'));
  const [, importMs] = timed(() => importRegistry(db, yaml, new Date('2026-01-01T08:00:00Z')));
  const [registry, listMs] = timed(() => listClsms(db));
  const [year, planMs] = timed(() =>
    planReminders(registry, { from: '2026-01-01', to: '2026-12-31' }, policy),
  );

  // Digests on, to 2 admins by DM: 95 départements × 2 on Mondays.
  const scheduler = new ReminderScheduler({
    db,
    port,
    policy,
    digests: { admins: ['UADMIN1', 'UADMIN2'] },
  });
  const heapBefore = process.memoryUsage().heapUsed;
  peakHeap = heapBefore;
  // 2 January 2026: every "to plan" of the year and the first upcoming reminders at once.
  const [first, firstMs] = await timedAsync(() =>
    scheduler.sweep(new Date('2026-01-02T08:00:00Z')),
  );
  const [steady, steadyMs] = await timedAsync(() =>
    scheduler.sweep(new Date('2026-01-02T08:01:00Z')),
  );
  // Idle sweeps (nothing to post), the median of 5: the target is under 0.5 s.
  const idle: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const [summary, took] = await timedAsync(() =>
      scheduler.sweep(new Date(Date.parse('2026-01-02T08:02:00Z') + i * 60_000)),
    );
    if (summary.posted > 0) throw new Error('bench: an idle sweep posted something');
    idle.push(took);
  }
  const idleMs = idle.sort((a, b) => a - b)[2] ?? 0;
  // After three weeks down: the missed reminders, the most recent of each meeting only.
  const [late, lateMs] = await timedAsync(() => scheduler.sweep(new Date('2026-01-23T08:00:00Z')));

  const out = [
    `Rappels : ${CLSMS} CLSM (${registry.reduce((n, c) => n + c.meetings.length, 0)} réunions), SQLite WAL, port factice`,
    `  import YAML du registre        ${ms(importMs)}`,
    `  lecture du registre            ${ms(listMs)}`,
    `  plan d'une année               ${ms(planMs)} (${year.length} rappels)`,
    `  1er passage (2 janvier)        ${ms(firstMs)} : ${first.posted} publiés, ${first.superseded} remplacés, ${(firstMs / Math.max(1, first.posted)).toFixed(2)} ms par rappel`,
    `  passage suivant (rien à faire) ${ms(steadyMs)} : ${steady.due} dus, ${steady.posted} publiés ; médiane de 5 passages à vide ${ms(idleMs)} (objectif < 500 ms)`,
    `  reprise après 3 semaines       ${ms(lateMs)} : ${late.posted} publiés, ${late.superseded} remplacés`,
    `  mémoire : tas ${mb(heapBefore)} avant le 1er passage, ${mb(peakHeap)} au plus haut pendant ; RSS ${mb(process.memoryUsage().rss)} (dont l'analyse YAML de l'import)`,
  ];
  process.stdout.write(`${out.join('\n')}\n`);
  db.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
