// One scheduler sweep in its own process, so a test can kill it mid-post:
//   node --import tsx test/support/sweep-once.ts DB_PATH SLACK_API_URL NOW_ISO
import { ReminderScheduler } from '../../src/services/scheduler.js';
import { SlackReminderPoster } from '../../src/slack/reminder-poster.js';
import { openDatabase } from '../../src/store/db.js';
import { testPolicy } from './reminder-policy.js';

const [dbPath, slackApiUrl, nowIso] = process.argv.slice(2);
if (!dbPath || !slackApiUrl || !nowIso)
  throw new Error('usage: sweep-once.ts DB_PATH SLACK_API_URL NOW_ISO');
const db = openDatabase(dbPath);
const scheduler = new ReminderScheduler({
  db,
  port: new SlackReminderPoster({ token: 'xoxb-test', slackApiUrl }),
  policy: testPolicy(),
});
process.stdout.write(`${JSON.stringify(await scheduler.sweep(new Date(nowIso)))}\n`);
db.close();
