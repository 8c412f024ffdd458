// `npm run build` in a fresh copy of the app, then the built `clsm` and `npm start` run from
// a read-only app folder with a read-only TMPDIR (as a user without write rights: as root,
// the test runs them as `nobody`). The compiled knowledge base is served only while
// knowledge/ is unchanged: an edited YAML is read, never the older compiled copy.
import { spawn, spawnSync, type SpawnOptions } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/knowledge/loader.js';
import { createAnswerEngine } from '../src/search/answer.js';
import { readCompiledKnowledge } from '../src/search/compiled.js';
import { buildIndex } from '../src/search/index.js';
import { startFakeSlack } from './support/fake-slack.js';
import { loadQuestionSet } from './support/question-set.js';
import { createSlackSender } from './support/signed-request.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;
/** Who runs the built app: never someone who could write where the test forbids it. */
const user: SpawnOptions = asRoot ? { uid: NOBODY, gid: NOBODY } : {};

let base: string;
let app: string;
let readOnlyTmp: string;
let data: string;

/** Sets the write bits of `path` and below (files and folders) on or off. */
function writable(path: string, on: boolean): void {
  const entries = readdirSync(path, { recursive: true, withFileTypes: true });
  for (const d of entries) {
    if (d.isSymbolicLink()) continue;
    const full = join(d.parentPath, d.name);
    chmodSync(full, d.isDirectory() ? (on ? 0o755 : 0o555) : on ? 0o644 : 0o444);
  }
  chmodSync(path, on ? 0o755 : 0o555);
}

function listing(path: string): string[] {
  return readdirSync(path, { recursive: true })
    .map(String)
    .filter((p) => !p.startsWith('node_modules'))
    .sort();
}

function clsm(args: string[]) {
  return spawnSync(process.execPath, [join(app, 'bin/clsm.mjs'), ...args], {
    ...user,
    cwd: readOnlyTmp,
    env: { PATH: process.env.PATH ?? '', HOME: readOnlyTmp, TMPDIR: readOnlyTmp },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'clsm-build-'));
  chmodSync(base, 0o755);
  app = join(base, 'app');
  mkdirSync(app);
  for (const part of ['package.json', 'tsconfig.json', 'tsconfig.build.json'])
    cpSync(join(ROOT, part), join(app, part));
  for (const part of ['bin', 'src', 'commands', 'knowledge'])
    cpSync(join(ROOT, part), join(app, part), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(app, 'node_modules'));
  const build = spawnSync('npm', ['run', '-s', 'build'], { cwd: app, encoding: 'utf8' });
  if (build.status !== 0)
    throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
  readOnlyTmp = join(base, 'tmp');
  mkdirSync(readOnlyTmp, { mode: 0o555 });
  chmodSync(readOnlyTmp, 0o555);
  data = join(base, 'data');
  mkdirSync(data, { mode: 0o755 });
  if (asRoot) chownSync(data, NOBODY, NOBODY);
  writable(app, false);
}, 180_000);

afterAll(() => {
  if (app) writable(app, true);
  if (readOnlyTmp) chmodSync(readOnlyTmp, 0o755);
  if (base) rmSync(base, { recursive: true, force: true });
});

describe('the build', () => {
  it('clsm without a build says so in French, exit 2, no stack trace', () => {
    const bare = join(base, 'bare');
    cpSync(join(ROOT, 'bin'), join(bare, 'bin'), { recursive: true });
    const run = spawnSync(process.execPath, [join(bare, 'bin/clsm.mjs'), 'ask', 'COPIL ?'], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/n’est pas compilé : lancez « npm run build »/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('clsm ask runs the compiled CLI from a read-only folder with a read-only TMPDIR, writing nothing', () => {
    const before = listing(app);
    const run = clsm(['ask', 'combien de fois se réunit le COPIL ?']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('deux fois par an');
    const json = clsm(['ask', '--json', 'que veut dire PTSM ?']);
    expect(JSON.parse(json.stdout)).toMatchObject({ abstained: false });
    expect(listing(app)).toEqual(before);
    expect(readdirSync(readOnlyTmp)).toEqual([]);
  });

  it('compiles the same knowledge base and index as the YAML gives', () => {
    const dir = join(app, 'knowledge');
    const compiled = readCompiledKnowledge(dir, join(app, 'dist/knowledge.json'));
    if (!compiled) throw new Error('no fresh compiled knowledge base');
    const kb = loadKnowledge(dir);
    expect(compiled.kb).toEqual(kb);
    const fromBuild = createAnswerEngine(compiled.kb, buildIndex(compiled.kb, compiled.index));
    const fromYaml = createAnswerEngine(kb, buildIndex(kb));
    for (const { q } of loadQuestionSet()) expect(fromBuild.ask(q)).toEqual(fromYaml.ask(q));
  });

  it('never serves the compiled copy once a YAML file changed: the YAML is read', () => {
    const file = join(app, 'knowledge/entries/meetings.yml');
    const yaml = readFileSync(file, 'utf8');
    const edited = yaml.replace(
      'le comité de pilotage (COPIL) se réunit deux fois par an,',
      'le comité de pilotage (COPIL) se réunit deux fois par an (texte modifié),',
    );
    expect(edited).not.toBe(yaml);
    chmodSync(file, 0o644);
    writeFileSync(file, edited);
    chmodSync(file, 0o444);
    try {
      expect(
        readCompiledKnowledge(join(app, 'knowledge'), join(app, 'dist/knowledge.json')),
      ).toBeNull();
      const run = clsm(['ask', 'combien de fois se réunit le COPIL ?']);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('(texte modifié)');
    } finally {
      chmodSync(file, 0o644);
      writeFileSync(file, yaml);
      chmodSync(file, 0o444);
    }
  });

  it('npm start runs the compiled bot from the read-only folder and stops on SIGTERM', async () => {
    const fake = await startFakeSlack({ token: 'xoxb-build-test' });
    const child = spawn(process.execPath, [join(app, 'dist/src/main.js')], {
      ...user,
      cwd: readOnlyTmp,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: readOnlyTmp,
        TMPDIR: readOnlyTmp,
        SLACK_BOT_TOKEN: 'xoxb-build-test',
        SLACK_SIGNING_SECRET: 'build-test-secret',
        SLACK_API_URL: fake.url,
        HOST: '127.0.0.1',
        PORT: '0',
        CLSM_DB: join(data, 'clsm.sqlite'),
        REMINDER_SWEEP_SECONDS: '3600',
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    try {
      // Listening is said on stdout: wait for that line (or the process's end), not a poll.
      const port = await new Promise<string | undefined>((resolve) => {
        const found = (): boolean => {
          const p = /HTTP receiver on port (\d+)/.exec(stdout)?.[1];
          if (p) resolve(p);
          return p !== undefined;
        };
        if (found()) return;
        child.stdout?.on('data', found);
        child.once('exit', () => resolve(/HTTP receiver on port (\d+)/.exec(stdout)?.[1]));
        setTimeout(() => resolve(undefined), 20_000).unref();
      });
      if (!port) throw new Error(`not listening:\n${stdout}\n${stderr}`);
      const send = createSlackSender(`http://127.0.0.1:${port}/slack/events`, 'build-test-secret');
      const challenge = await send.event({ type: 'url_verification', challenge: 'construit' });
      expect(challenge.json()).toEqual({ challenge: 'construit' });
      const exit = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exit).toBe(0);
      expect(stderr).toBe('');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await fake.close();
    }
  });
});
