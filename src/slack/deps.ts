// What the Slack listeners need, built once by src/main.ts (or a test) and passed in.
import type { KnowledgeBase } from '../knowledge/loader.js';
import type { ReminderPolicy } from '../reminders/policy.js';
import type { AnswerEngine } from '../search/answer.js';
import type { Db } from '../store/db.js';

export interface SlackDeps {
  kb: KnowledgeBase;
  engine: AnswerEngine;
  db: Db;
  /** Slack user ids of the registry admins (CLSM_ADMINS). */
  admins: ReadonlySet<string>;
  policy: ReminderPolicy;
  /** The clock, read at the edge of each request: the core takes time as a parameter. */
  clock: () => Date;
}
