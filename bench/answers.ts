// Answer-engine figures: cold start, per-question latency, bulk CLI run, accuracy.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startEngine } from '../src/search/engine.js';
import { DECISION_MODEL } from '../src/search/decision-model.js';
import {
  DEV_SETS,
  evaluate,
  formatReport,
  HELD_OUT_SET,
  loadEvalSet,
} from '../test/support/evaluation.js';
import { loadQuestionSet } from '../test/support/question-set.js';

const BIN = fileURLToPath(new URL('../bin/clsm.mjs', import.meta.url));
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const ms = (n: number) => `${n.toFixed(2)} ms`;

export function benchAnswers(): void {
  // Cold start: load + validate + index, each in a fresh process so nothing is warm.
  const colds: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        `const t=performance.now();const m=await import(${JSON.stringify(new URL('../src/search/engine.ts', import.meta.url).href)});m.startEngine();console.log(performance.now()-t)`,
      ],
      { encoding: 'utf8', input: '' },
    );
    colds.push(Number(r.stdout.trim()));
  }
  colds.sort((a, b) => a - b);

  const t0 = performance.now();
  const { engine } = startEngine();
  const warmStart = performance.now() - t0;

  const set = loadQuestionSet();
  const latencies: number[] = [];
  for (let round = 0; round < 20; round += 1)
    for (const { q } of set) {
      const t = performance.now();
      engine.ask(q);
      latencies.push(performance.now() - t);
    }
  latencies.sort((a, b) => a - b);

  const hundred = Array.from({ length: 100 }, (_, i) => set[i % set.length]?.q ?? '').join('\n');
  const t1 = performance.now();
  const bulk = spawnSync(process.execPath, [BIN, 'ask', '--jsonl'], {
    input: hundred,
    encoding: 'utf8',
  });
  const bulkTime = performance.now() - t1;

  console.log('Answer engine');
  console.log(
    `  cold start (load + validate + index, fresh process): median ${ms(percentile(colds, 50))}, max ${ms(colds.at(-1) ?? 0)}`,
  );
  console.log(`  start in this process: ${ms(warmStart)}`);
  console.log(
    `  per question (${latencies.length} asks): p50 ${ms(percentile(latencies, 50))}, p99 ${ms(percentile(latencies, 99))}, max ${ms(latencies.at(-1) ?? 0)}`,
  );
  console.log(
    `  clsm ask --jsonl, 100 questions, whole process: ${ms(bulkTime)} (exit ${bulk.status})`,
  );
  benchQuality(engine);
}

/** Right / clarify / abstain / wrong per question set, and the decision's fitted curve. */
export function benchQuality(engine: ReturnType<typeof startEngine>['engine']): void {
  console.log(
    'Answer quality (right = the answer holds the facts or the expected entry and cites the ruling text)',
  );
  for (const name of [...DEV_SETS, HELD_OUT_SET])
    console.log(
      `  ${formatReport(evaluate(engine, loadEvalSet(name), name))}${name === HELD_OUT_SET ? '  [held out: not tuned on]' : ''}`,
    );
  const { answer, clarify, samples, curve } = DECISION_MODEL;
  console.log(
    `  decision fitted on ${samples} development questions: answer when p ≥ ${answer.threshold}, clarify when p ≥ ${clarify.threshold}`,
  );
  console.log(
    '  cross-validated curve (threshold: coverage of in-scope questions / precision / out-of-scope answered):',
  );
  console.log(
    `    ${curve.map((c) => `${c.threshold.toFixed(2)}: ${(c.coverage * 100).toFixed(0)}%/${(c.precision * 100).toFixed(0)}%/${c.outOfScopeAnswered}`).join('  ')}`,
  );
}
