// A scheduler sweeping in a loop in its own process, with short leases and windows, for the
// two-process fault-injection test (weekly digests on, to two admins by DM). Its clock is BASE_ISO plus the real time since EPOCH_MS
// (shared with the test and the fake Slack); it stops at RUN_MS or when killed.
//   node --import tsx test/support/sweep-loop.ts DB_PATH SLACK_API_URL BASE_ISO EPOCH_MS RUN_MS
import { setTimeout as sleep } from 'node:timers/promises';
import { ReminderScheduler } from '../../src/services/scheduler.js';
import { SlackReminderPoster } from '../../src/slack/reminder-poster.js';
import { openDatabase } from '../../src/store/db.js';
import { testPolicy } from './reminder-policy.js';

/** The timings the test's fake Slack is tuned against. */
const LOOP_TIMINGS = {
  /** Post and history call timeout. */
  timeoutMs: 400,
  leaseMs: 150,
  completionWindowMs: 2000,
  backoffMs: 100,
  maxBackoffMs: 400,
};

const [dbPath, slackApiUrl, baseIso, epoch, runMs] = process.argv.slice(2);
if (!dbPath || !slackApiUrl || !baseIso || !epoch || !runMs)
  throw new Error('usage: sweep-loop.ts DB_PATH SLACK_API_URL BASE_ISO EPOCH_MS RUN_MS');
const base = Date.parse(baseIso);
const clock = (): Date => new Date(base + Date.now() - Number(epoch));
const db = openDatabase(dbPath);
const scheduler = new ReminderScheduler({
  db,
  port: new SlackReminderPoster({
    token: 'xoxb-test',
    slackApiUrl,
    timeoutMs: LOOP_TIMINGS.timeoutMs,
  }),
  policy: testPolicy(),
  digests: { admins: ['UADMIN1', 'UADMIN2'] },
  ...LOOP_TIMINGS,
  logger: {
    info: (m) => {
      if (process.env.CLSM_LOOP_LOG) process.stderr.write(`${process.pid} ${m}\n`);
    },
    warn: (m) => {
      if (process.env.CLSM_LOOP_LOG) process.stderr.write(`${process.pid} ${m}\n`);
    },
    error: (m) => process.stderr.write(`${process.pid} ${m}\n`),
  },
});
const stopAt = Date.now() + Number(runMs);
let sweeps = 0;
while (Date.now() < stopAt) {
  const begun = Date.now();
  const summary = await scheduler.sweep(clock());
  if (process.env.CLSM_LOOP_LOG)
    process.stderr.write(
      `${process.pid} sweep ${Date.now() - begun} ms ${JSON.stringify(summary)}\n`,
    );
  sweeps += 1;
  await sleep(20);
}
process.stdout.write(`${sweeps}\n`);
db.close();
