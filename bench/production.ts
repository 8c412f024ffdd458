// Production figures, from the build (`npm run build` first): `clsm ask` as a whole process
// (time and peak RSS), `npm start` to listening, slash-command ack latency with 20 commands
// at once, and duplicate answers over 100 retried event deliveries. Against the fake Slack.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMPILED_KNOWLEDGE_FILE, DEFAULT_KNOWLEDGE_DIR } from '../src/knowledge/paths.js';
import { readCompiledKnowledge } from '../src/search/compiled.js';
import { startFakeSlack, type FakeSlack } from '../test/support/fake-slack.js';
import { createSlackSender } from '../test/support/signed-request.js';
import { payload } from '../test/support/slack-app.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/clsm.mjs');
const MAIN = join(ROOT, 'dist/src/main.js');
const SECRET = 'bench-signing-secret';
const TOKEN = 'xoxb-bench';
/** Prints the process's peak RSS (kB) on stderr at exit, without touching the app. */
const PEAK_RSS = `data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('peak-rss-kb='+u.maxRSS+' cpu-us='+(u.userCPUTime+u.systemCPUTime))})`;

const ms = (n: number): string => `${n.toFixed(0)} ms`;
const sorted = (xs: number[]): number[] => [...xs].sort((a, b) => a - b);
const at = (xs: number[], p: number): number =>
  xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0;

function benchAsk(runs: number): void {
  const times: number[] = [];
  const rss: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t = performance.now();
    const r = spawnSync(
      process.execPath,
      ['--import', PEAK_RSS, BIN, 'ask', 'combien de fois se réunit le COPIL ?'],
      { encoding: 'utf8' },
    );
    times.push(performance.now() - t);
    rss.push(Number(/peak-rss-kb=(\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024);
    cpu.push(Number(/cpu-us=(\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1000);
    if (r.status !== 0) throw new Error(`clsm ask failed: ${r.stderr}`);
  }
  const [t, m, c] = [sorted(times), sorted(rss), sorted(cpu)];
  console.log(
    `  clsm ask, one question, whole process (${runs} runs): median ${ms(at(t, 50))}, min ${ms(t[0] ?? 0)}, max ${ms(t.at(-1) ?? 0)}; CPU (user + system) median ${ms(at(c, 50))}; peak RSS median ${at(m, 50).toFixed(0)} MB, max ${(m.at(-1) ?? 0).toFixed(0)} MB (targets < 300 ms, < 100 MB)`,
  );
}

interface Bot {
  port: number;
  startedIn: number;
  stop(): Promise<void>;
}

/** `npm start` (the built main) on 127.0.0.1:0; resolves once it logs that it listens. */
async function startBot(fake: FakeSlack, dbPath: string): Promise<Bot> {
  const t = performance.now();
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH ?? '',
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: fake.url,
      HOST: '127.0.0.1',
      PORT: '0',
      CLSM_DB: dbPath,
      LOG_LEVEL: 'info',
      REMINDER_SWEEP_SECONDS: '3600',
    },
  });
  let out = '';
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      const found = /HTTP receiver on port (\d+)/.exec(out)?.[1];
      if (found) {
        clearInterval(poll);
        resolve(Number(found));
      } else if (child.exitCode !== null || Date.now() - started > 20_000) {
        clearInterval(poll);
        reject(new Error(`npm start did not listen:\n${out}`));
      }
    }, 2);
  });
  const startedIn = performance.now() - t;
  return {
    port,
    startedIn,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export async function benchProduction(): Promise<void> {
  if (!existsSync(MAIN)) {
    console.log('Production figures: no build, run `npm run build` first.');
    return;
  }
  const [load] = loadavg();
  console.log(
    `Production (the build; load average ${load?.toFixed(1)} on ${cpus().length} cores: wall times grow with it)`,
  );
  // A build older than the code or knowledge measures another bot: the built CLI then indexes
  // the YAML at every start (correct, but slower), so these figures would mislead.
  const newestSource = Math.max(
    ...readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => statSync(join(ROOT, 'src', f)).mtimeMs),
  );
  if (statSync(MAIN).mtimeMs < newestSource)
    console.log('  WARNING: src/ changed since the build; run `npm run build` first.');
  if (!readCompiledKnowledge(DEFAULT_KNOWLEDGE_DIR, COMPILED_KNOWLEDGE_FILE))
    console.log(
      '  WARNING: dist/knowledge.json is missing or older than knowledge/: the built bot indexes the YAML at start; run `npm run build` first.',
    );
  benchAsk(10);

  const fake = await startFakeSlack({ token: TOKEN });
  const dir = mkdtempSync(join(tmpdir(), 'clsm-bench-prod-'));
  try {
    const starts: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const bot = await startBot(fake, join(dir, `start-${i}.sqlite`));
      starts.push(bot.startedIn);
      await bot.stop();
    }
    const s = sorted(starts);
    console.log(
      `  npm start to listening (5 starts, fresh database): median ${ms(at(s, 50))}, max ${ms(s.at(-1) ?? 0)} (target < 1 s)`,
    );

    const bot = await startBot(fake, join(dir, 'bench.sqlite'));
    const send = createSlackSender(`http://127.0.0.1:${bot.port}/slack/events`, SECRET);
    const acks: number[] = [];
    for (let round = 0; round < 10; round += 1)
      acks.push(
        ...(await Promise.all(
          Array.from({ length: 20 }, async (_, i) => {
            const t = performance.now();
            const answer = await send.command(
              payload.command(fake, '/clsm', 'combien de fois se réunit le COPIL ?', `U${i}`),
            );
            if (answer.status !== 200) throw new Error(`ack status ${answer.status}`);
            return performance.now() - t;
          }),
        )),
      );
    const a = sorted(acks);
    const warm = sorted(acks.slice(20));
    console.log(
      `  slash command ack, 20 at once × 10 rounds: p50 ${ms(at(a, 50))}, p99 ${ms(at(a, 99))}, max ${ms(a.at(-1) ?? 0)}; without the first (cold) round p99 ${ms(at(warm, 99))} (target p99 < 100 ms)`,
    );

    await fake.waitFor('response_url', 200, 60_000);
    fake.reset();
    const event = {
      ...payload.event({
        type: 'app_mention',
        user: 'U123',
        text: '<@UBOT> combien de fois se réunit le COPIL ?',
        channel: 'C0BENCH',
        ts: '1700000500.000100',
      }),
      event_id: 'EvBENCH',
    };
    const now = Math.floor(Date.now() / 1000);
    await send.event(event, { timestamp: now });
    await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        send.event(event, {
          timestamp: now - 1 - i,
          headers: {
            'x-slack-retry-num': String(1 + (i % 3)),
            'x-slack-retry-reason': 'http_timeout',
          },
        }),
      ),
    );
    await fake.waitFor('chat.postMessage');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const posts = fake.callsTo('chat.postMessage').length;
    console.log(
      `  one event delivered then retried 100 times (new signatures, same event_id): ${posts} answer(s), ${posts - 1} duplicate(s) (target 0)`,
    );
    await bot.stop();
  } finally {
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
