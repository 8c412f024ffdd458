// 👍/👎 left on the bot's answers in Slack: what was asked, which entries answered, the verdict.
import { z } from 'zod';
import { write, type Db } from './db.js';

export const verdictSchema = z.enum(['up', 'down']);

export const feedbackInputSchema = z.strictObject({
  question: z.string().trim().min(1).max(4000),
  /** The knowledge entries the answer was built from (may be empty: an abstention). */
  entryIds: z.array(z.string().min(1)).max(50),
  verdict: verdictSchema,
  userId: z.string().min(1),
});

export type FeedbackInput = z.infer<typeof feedbackInputSchema>;
export type Verdict = z.infer<typeof verdictSchema>;

export interface Feedback extends FeedbackInput {
  id: number;
  /** ISO-8601 UTC. */
  createdAt: string;
}

interface Row {
  id: number;
  question: string;
  entry_ids: string;
  verdict: Verdict;
  user_id: string;
  created_at: string;
}

/** Records one verdict; returns its id. Throws a ZodError on malformed input (a bug of the caller). */
export function insertFeedback(db: Db, input: FeedbackInput, now: Date): number {
  const f = feedbackInputSchema.parse(input);
  return write(db, () =>
    Number(
      db
        .prepare(
          'INSERT INTO feedback (question, entry_ids, verdict, user_id, created_at) VALUES (?, ?, ?, ?, ?)',
        )
        .run(f.question, JSON.stringify(f.entryIds), f.verdict, f.userId, now.toISOString())
        .lastInsertRowid,
    ),
  );
}

const entryIdsSchema = z.array(z.string());

/** Every verdict, oldest first. */
export function listFeedback(db: Db): Feedback[] {
  return (db.prepare('SELECT * FROM feedback ORDER BY created_at, id').all() as Row[]).map(
    (row) => ({
      id: row.id,
      question: row.question,
      entryIds: entryIdsSchema.parse(JSON.parse(row.entry_ids)),
      verdict: row.verdict,
      userId: row.user_id,
      createdAt: row.created_at,
    }),
  );
}
