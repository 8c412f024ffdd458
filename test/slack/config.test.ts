import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** `npm start` as the operator runs it, with only the given environment. */
function start(
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('configuration from the environment', () => {
  it('npm start without Slack tokens names them in French and English, points to the CLI, exits non-zero without a trace', async () => {
    const run = await start({});
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('SLACK_BOT_TOKEN');
    expect(run.stderr).toContain('SLACK_SIGNING_SECRET');
    expect(run.stderr).toMatch(/Jetons Slack absents/);
    expect(run.stderr).toMatch(/Slack tokens missing/);
    expect(run.stderr).toContain('npx clsm ask');
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('a malformed variable stops start-up, named, without echoing its value', async () => {
    const run = await start({
      SLACK_BOT_TOKEN: 'xoxb-test-secret-token',
      SLACK_SIGNING_SECRET: 'signing-secret-value',
      PORT: 'soixante',
    });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/PORT : valeur invalide \/ malformed value/);
    expect(run.stderr).not.toContain('soixante');
    expect(run.stderr).not.toContain('xoxb-test-secret-token');
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('only the signing secret is needed besides the bot token in HTTP mode, only the app token in Socket Mode', () => {
    const http = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's3cr3t' });
    expect(http).toMatchObject({
      ok: true,
      config: { slack: { mode: { kind: 'http', port: 3000 } }, dbPath: 'data/clsm.sqlite' },
    });
    const socket = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' });
    expect(socket).toMatchObject({ ok: true, config: { slack: { mode: { kind: 'socket' } } } });
    const missing = loadConfig({ SLACK_APP_TOKEN: 'xapp-1' });
    expect(missing.ok).toBe(false);
    if (!missing.ok) {
      expect(missing.message).toContain('SLACK_BOT_TOKEN');
      expect(missing.message).not.toContain('SLACK_SIGNING_SECRET');
    }
  });

  it('reads admins, log level, sweep interval and API URL, and rejects bad ones by name', () => {
    const ok = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: 's',
      CLSM_ADMINS: 'U0123ABCD, W0456EFGH',
      LOG_LEVEL: 'DEBUG',
      REMINDER_SWEEP_SECONDS: '5',
      SLACK_API_URL: 'http://127.0.0.1:4000/api',
      PORT: '',
    });
    expect(ok.ok && ok.config).toMatchObject({
      admins: new Set(['U0123ABCD', 'W0456EFGH']),
      logLevel: 'debug',
      reminderSweepSeconds: 5,
      slack: { apiUrl: 'http://127.0.0.1:4000/api/', mode: { port: 3000 } },
    });
    const bad = loadConfig({
      SLACK_BOT_TOKEN: 'not-a-bot-token',
      SLACK_SIGNING_SECRET: 's',
      CLSM_ADMINS: 'alice',
      LOG_LEVEL: 'bavard',
      REMINDER_SWEEP_SECONDS: '0',
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      for (const name of ['SLACK_BOT_TOKEN', 'CLSM_ADMINS', 'LOG_LEVEL', 'REMINDER_SWEEP_SECONDS'])
        expect(bad.message).toContain(name);
      expect(bad.message).not.toContain('not-a-bot-token');
    }
  });
});
