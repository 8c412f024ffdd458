// `npm run bench`: performance figures on this machine (not asserted by tests).
import { benchAnswers } from './answers.js';
import { benchProduction } from './production.js';

// First, while this process is small: Linux carries the peak RSS of the memory a child was
// forked from into the child's figure, so `clsm ask` spawned from a bench that has grown
// reported 115 MB where it peaks at 88 MB when run alone (/usr/bin/time agrees).
await benchProduction();
console.log('');
benchAnswers();
console.log('');
await import('./reminders.js'); // a script: importing it runs the reminder figures
console.log('');
await import('./home.js'); // App Home rendering at 300 and 3 000 CLSMs
