// `npm run bench`: performance figures on this machine (not asserted by tests).
import { benchAnswers } from './answers.js';
import { benchProduction } from './production.js';

benchAnswers();
console.log('');
await import('./reminders.js'); // a script: importing it runs the reminder figures
console.log('');
await import('./home.js'); // App Home rendering at 300 and 3 000 CLSMs
console.log('');
await benchProduction();
