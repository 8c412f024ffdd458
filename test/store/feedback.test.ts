import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION, openDatabase, schemaVersion } from '../../src/store/db.js';
import { listFeedback, recordVote } from '../../src/store/feedback.js';
import { tempDb, type TempDb } from '../support/temp-db.js';

let t: TempDb | undefined;
afterEach(() => t?.cleanup());

const AT = new Date('2026-01-15T10:00:00Z');
const LATER = new Date('2026-01-15T10:05:00Z');
const vote = {
  question: 'Combien de COPIL ?',
  entryIds: ['copil-frequence'],
  answer: 'C0CHAN/1700000000.000100',
};

describe('feedback votes', () => {
  it('keeps one vote per user per answer: a new vote replaces the old, others count apart', () => {
    t = tempDb();
    expect(recordVote(t.db, { ...vote, verdict: 'up', userId: 'U1' }, AT)).toEqual({
      outcome: 'new',
      tally: { up: 1, down: 0 },
    });
    expect(recordVote(t.db, { ...vote, verdict: 'up', userId: 'U1' }, AT).outcome).toBe(
      'unchanged',
    );
    expect(recordVote(t.db, { ...vote, verdict: 'down', userId: 'U1' }, LATER)).toEqual({
      outcome: 'changed',
      tally: { up: 0, down: 1 },
    });
    expect(recordVote(t.db, { ...vote, verdict: 'up', userId: 'U2' }, LATER).tally).toEqual({
      up: 1,
      down: 1,
    });
    // Another answer is another vote.
    recordVote(
      t.db,
      { ...vote, answer: 'C0CHAN/1700000000.000999', verdict: 'up', userId: 'U1' },
      AT,
    );
    const votes = listFeedback(t.db);
    expect(votes).toHaveLength(3);
    expect(votes[0]).toMatchObject({
      userId: 'U1',
      verdict: 'down',
      createdAt: AT.toISOString(),
      updatedAt: LATER.toISOString(),
    });
  });

  it('refuses a vote without an answer key, writing nothing', () => {
    t = tempDb();
    expect(() =>
      recordVote(t!.db, { ...vote, answer: '', verdict: 'up', userId: 'U1' }, AT),
    ).toThrow();
    expect(listFeedback(t.db)).toEqual([]);
  });

  it('migrates a version-3 file: earlier clicks are kept, each its own vote', () => {
    t = tempDb();
    const path = t.path.replace(/clsm\.sqlite$/, 'old.sqlite');
    const old = new Database(path);
    for (const m of MIGRATIONS.filter((m) => m.version <= 3)) old.exec(m.sql);
    old.pragma('user_version = 3');
    const insert = old.prepare(
      "INSERT INTO feedback (question, entry_ids, verdict, user_id, created_at) VALUES ('Q ?', '[]', ?, 'U1', ?)",
    );
    insert.run('up', AT.toISOString());
    insert.run('up', LATER.toISOString());
    old.close();
    const db = openDatabase(path);
    try {
      expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
      const votes = listFeedback(db);
      expect(votes).toHaveLength(2);
      expect(votes.map((v) => v.answer)).toEqual(['avant-vote-unique:1', 'avant-vote-unique:2']);
      expect(votes[1]?.updatedAt).toBe(LATER.toISOString());
    } finally {
      db.close();
    }
  });
});
