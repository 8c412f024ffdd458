// `npm run bench`: performance figures on this machine (not asserted by tests).
import { benchAnswers } from './answers.js';

benchAnswers();
console.log('');
await import('./reminders.js'); // a script: importing it runs the reminder figures
