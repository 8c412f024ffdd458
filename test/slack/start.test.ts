// `npm start` as a process: configuration from the environment, the database, the HTTP
// receiver, the reminder sweep at start-up, structured logs without secrets, and SIGTERM.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/db.js';
import { importRegistry } from '../../src/store/registry.js';
import { startFakeSlack, type FakeSlack } from '../support/fake-slack.js';
import { createSlackSender } from '../support/signed-request.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SECRET = 'start-test-signing-secret';
const TOKEN = 'xoxb-start-test-token';

let fake: FakeSlack;
let dir: string;
let child: ChildProcessWithoutNullStreams;
let stdout = '';
let stderr = '';
/** The bot's clock starts here (CLSM_FAKE_NOW): a Wednesday, 10:00 in Paris. */
const NOW = '2027-03-10T09:00:00.000Z';

function waitForLog(pattern: RegExp, timeoutMs = 20_000): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      const match = pattern.exec(stdout);
      if (match) {
        clearInterval(poll);
        resolve(match);
      } else if (Date.now() - started > timeoutMs || child.exitCode !== null) {
        clearInterval(poll);
        reject(new Error(`no log ${pattern} (exit ${child.exitCode}):\n${stdout}\n${stderr}`));
      }
    }, 50);
  });
}

beforeAll(async () => {
  fake = await startFakeSlack({ token: TOKEN });
  dir = mkdtempSync(join(tmpdir(), 'clsm-start-'));
  const dbPath = join(dir, 'clsm.sqlite');
  const db = openDatabase(dbPath);
  // A CLSM with no meeting dated: at NOW its first-half 2027 COPIL and its 2027 plénière are
  // both to plan, so the start-up sweep posts exactly two reminders in its channel.
  importRegistry(
    db,
    'clsms:\n  - { id: gaillac, name: "CLSM de Gaillac", channel: C0GAIL, population: 15000 }\n',
    new Date(NOW),
  );
  db.close();
  child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: fake.url,
      PORT: '0',
      CLSM_DB: dbPath,
      LOG_LEVEL: 'debug',
      REMINDER_SWEEP_SECONDS: '3600',
      NODE_ENV: 'test',
      CLSM_FAKE_NOW: NOW,
    },
  });
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
});

afterAll(async () => {
  if (child.exitCode === null) child.kill('SIGKILL');
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('serves signed Slack requests, sweeps reminders at start-up, and stops cleanly on SIGTERM', async () => {
    const [, port] = await waitForLog(/HTTP receiver on port (\d+)/);
    const send = createSlackSender(`http://127.0.0.1:${port}/slack/events`, SECRET);

    const challenge = await send.event({ type: 'url_verification', challenge: 'c-42', token: 't' });
    expect(challenge.json()).toEqual({ challenge: 'c-42' });

    await send.event({
      type: 'event_callback',
      team_id: 'T0FAKE',
      api_app_id: 'A0FAKE',
      event_id: 'Ev1',
      event_time: 1,
      event: {
        type: 'app_mention',
        user: 'U123',
        channel: 'C0CHAN',
        ts: '1700000009.000100',
        text: '<@UBOT> que veut dire PTSM ?',
      },
    });
    await fake.waitFor('chat.postMessage', 3);
    const answer = fake.messages.find((m) => m.channel === 'C0CHAN');
    expect(answer?.thread_ts).toBe('1700000009.000100');
    expect(JSON.stringify(answer)).toMatch(/projet territorial de santé mentale/i);
    const reminders = fake.messages.filter((m) => m.channel === 'C0GAIL');
    expect(reminders).toHaveLength(2);
    expect(JSON.stringify(reminders)).toMatch(/COPIL/);
    expect(JSON.stringify(reminders)).toMatch(/plénière/i);

    // One JSON object a line, and no secret anywhere.
    const lines = stdout.trim().split('\n');
    for (const line of lines) expect(() => JSON.parse(line) as unknown).not.toThrow();
    expect(stdout + stderr).not.toContain(TOKEN);
    expect(stdout + stderr).not.toContain(SECRET);

    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    // The sweep in flight finished before the exit: still exactly the two reminders.
    expect(fake.messages.filter((m) => m.channel === 'C0GAIL')).toHaveLength(2);
    expect(stdout).toMatch(/"msg":"stopped"/);
  });
});

/** Runs `npm start` to its end with the given environment. */
function runToEnd(env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const run = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    });
    let out = '';
    run.stdout.on('data', (d: Buffer) => (out += d.toString()));
    run.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const killer = setTimeout(() => run.kill('SIGKILL'), 25_000);
    run.on('close', (code) => {
      clearTimeout(killer);
      resolve({ code, out });
    });
  });
}

describe('npm start refused by Slack', () => {
  it('a bot token Slack refuses stops start-up with a French and English message, no trace, no token', async () => {
    const run = await runToEnd({
      SLACK_BOT_TOKEN: 'xoxb-wrong-token',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: fake.url,
      PORT: '0',
      CLSM_DB: join(dir, 'refused.sqlite'),
    });
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/jeton du bot refusé \/ .*bot token refused .*invalid_auth/);
    expect(run.out).not.toContain('xoxb-wrong-token');
    expect(run.out).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('Socket Mode with an app token Slack refuses stops with a message naming SLACK_APP_TOKEN', async () => {
    const run = await runToEnd({
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_APP_TOKEN: 'xapp-1-refused',
      SLACK_API_URL: fake.url,
      CLSM_DB: join(dir, 'socket.sqlite'),
    });
    expect(run.code).toBe(1);
    expect(run.out).toMatch(
      /Connexion Socket Mode impossible \/ Socket Mode connection failed \(SLACK_APP_TOKEN\)/,
    );
    expect(run.out).not.toContain('xapp-1-refused');
    expect(fake.callsTo('apps.connections.open').length).toBeGreaterThan(0);
  });
});
