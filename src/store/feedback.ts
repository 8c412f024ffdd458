// 👍/👎 left on the bot's answers in Slack: one vote per user per answer (a new vote replaces
// the old), with what was asked and which entries answered.
import { z } from 'zod';
import { write, type Db } from './db.js';

export const verdictSchema = z.enum(['up', 'down']);

export const feedbackInputSchema = z.strictObject({
  question: z.string().trim().min(1).max(4000),
  /** The knowledge entries the answer was built from (may be empty: an abstention). */
  entryIds: z.array(z.string().min(1)).max(50),
  verdict: verdictSchema,
  userId: z.string().min(1),
  /** Which answer was voted on (its channel and message ts): one vote per user per answer. */
  answer: z.string().min(1).max(200),
});

export type FeedbackInput = z.infer<typeof feedbackInputSchema>;
export type Verdict = z.infer<typeof verdictSchema>;

export interface Feedback extends FeedbackInput {
  id: number;
  /** ISO-8601 UTC: the first vote. */
  createdAt: string;
  /** ISO-8601 UTC: the last change of the vote. */
  updatedAt: string;
}

/** What a vote did: a first vote, a changed one, or the same verdict again. */
export type VoteOutcome = 'new' | 'changed' | 'unchanged';

export interface VoteResult {
  outcome: VoteOutcome;
  /** Votes on this answer now, everyone's. */
  tally: { up: number; down: number };
}

interface Row {
  id: number;
  question: string;
  entry_ids: string;
  verdict: Verdict;
  user_id: string;
  answer: string;
  created_at: string;
  updated_at: string;
}

/** Records a user's vote on an answer, replacing their earlier one. Throws a ZodError on malformed input (a bug of the caller). */
export function recordVote(db: Db, input: FeedbackInput, now: Date): VoteResult {
  const f = feedbackInputSchema.parse(input);
  const at = now.toISOString();
  return write(db, () => {
    const before = db
      .prepare('SELECT verdict FROM feedback WHERE answer = ? AND user_id = ?')
      .get(f.answer, f.userId) as { verdict: Verdict } | undefined;
    db.prepare(
      `INSERT INTO feedback (question, entry_ids, verdict, user_id, answer, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (answer, user_id) DO UPDATE SET
         verdict = excluded.verdict,
         updated_at = CASE WHEN verdict = excluded.verdict THEN updated_at ELSE excluded.updated_at END`,
    ).run(f.question, JSON.stringify(f.entryIds), f.verdict, f.userId, f.answer, at, at);
    const counts = db
      .prepare(
        `SELECT COALESCE(SUM(verdict = 'up'), 0) AS up, COALESCE(SUM(verdict = 'down'), 0) AS down
         FROM feedback WHERE answer = ?`,
      )
      .get(f.answer) as { up: number; down: number };
    const outcome: VoteOutcome = !before
      ? 'new'
      : before.verdict === f.verdict
        ? 'unchanged'
        : 'changed';
    return { outcome, tally: { up: counts.up, down: counts.down } };
  });
}

const entryIdsSchema = z.array(z.string());

/** Every vote (one per user per answer), oldest first. */
export function listFeedback(db: Db): Feedback[] {
  return (db.prepare('SELECT * FROM feedback ORDER BY created_at, id').all() as Row[]).map(
    (row) => ({
      id: row.id,
      question: row.question,
      entryIds: entryIdsSchema.parse(JSON.parse(row.entry_ids)),
      verdict: row.verdict,
      userId: row.user_id,
      answer: row.answer,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    }),
  );
}
