// `npm run bench`: performance figures on this machine (not asserted by tests).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { benchAnswers } from './answers.js';
import { benchProduction } from './production.js';

// First, while this process is small: Linux carries the peak RSS of the memory a child was
// forked from into the child's figure, so `clsm ask` spawned from a bench that has grown
// reported 115 MB where it peaks at 88 MB when run alone (/usr/bin/time agrees).
await benchProduction();
console.log('');
benchAnswers();
console.log('');
// The scripts run in their own process: in this one, the heap left by the answer figures
// (about 200 MB of garbage not yet collected) was read as the reminders' memory, so their
// peak moved from 273 to 440 MB with no change to the reminder code.
runScript('reminders.ts');
console.log('');
runScript('home.ts'); // App Home rendering at 300 and 3 000 CLSMs

function runScript(name: string): void {
  const script = fileURLToPath(new URL(name, import.meta.url));
  const run = spawnSync(process.execPath, ['--import', 'tsx', script], { stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`bench: ${name} exited with ${String(run.status)}`);
}
