// `npm run bench`: performance figures on this machine (not asserted by tests).
import { benchAnswers } from './answers.js';

benchAnswers();
