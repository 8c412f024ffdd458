// Copies of knowledge/ in temporary folders, for tests that break a file; removed after the
// describe block that asked for them.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/knowledge/loader.js';

/** Call inside a describe block: returns a function that makes a fresh copy each call. */
export function knowledgeCopies(prefix: string): () => string {
  const copies: string[] = [];
  afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  return () => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    copies.push(dir);
    cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
    return dir;
  };
}
