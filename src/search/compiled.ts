// The compiled knowledge base (`dist/knowledge.json`, made by `npm run build`): the validated
// YAML and its search index as one JSON file, so a start-up skips parsing, validating and
// stemming. It is served only while every file of knowledge/ is byte for byte the one it was
// made from (a SHA-256 over the folder); otherwise the caller parses the YAML.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeBase } from '../knowledge/loader.js';
import type { Source, SourceFile } from '../knowledge/schema.js';
import { snapshotIndex, type IndexSnapshot } from './index.js';

/** Bumped when the file's shape changes: an older file is then ignored. */
const FORMAT = 4;

interface CompiledFile {
  format: number;
  fingerprint: string;
  kb: Omit<KnowledgeBase, 'sources' | 'entriesById' | 'themeOf' | 'surroundings'> & {
    sources: [SourceFile, Source][];
    themeOf: [string, string][];
    surroundings: [string, string][];
  };
  index: IndexSnapshot;
}

/** SHA-256 over every file of `dir` (relative path and bytes), in a stable order. */
export function knowledgeFingerprint(dir: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name))
    .sort();
  for (const file of files) {
    const bytes = readFileSync(file);
    hash.update(`${file.slice(dir.length)}\0${bytes.length}\0`).update(bytes);
  }
  return hash.digest('hex');
}

/** Writes `kb` (already validated) and its index to `file`, stamped with `dir`'s fingerprint. */
export function writeCompiledKnowledge(kb: KnowledgeBase, dir: string, file: string): void {
  const { sources, themeOf, surroundings, entries, glossary, funding, dossier, meetings, copil } =
    kb;
  const compiled: CompiledFile = {
    format: FORMAT,
    fingerprint: knowledgeFingerprint(dir),
    kb: {
      entries,
      glossary,
      funding,
      dossier,
      meetings,
      copil,
      sources: [...sources],
      themeOf: [...themeOf],
      surroundings: [...surroundings],
    },
    index: snapshotIndex(kb),
  };
  // Written aside then renamed: a reader never sees half a file.
  writeFileSync(`${file}.tmp`, JSON.stringify(compiled));
  renameSync(`${file}.tmp`, file);
}

/**
 * The knowledge base and index compiled from `dir`, or null when `file` is missing, unreadable,
 * of another format, or made from other files than those now in `dir`.
 */
export function readCompiledKnowledge(
  dir: string,
  file: string,
): { kb: KnowledgeBase; index: IndexSnapshot } | null {
  let compiled: CompiledFile;
  try {
    compiled = JSON.parse(readFileSync(file, 'utf8')) as CompiledFile;
  } catch {
    return null;
  }
  if (compiled.format !== FORMAT || compiled.fingerprint !== knowledgeFingerprint(dir)) return null;
  const { sources, themeOf, surroundings, ...rest } = compiled.kb;
  return {
    kb: {
      ...rest,
      sources: new Map(sources),
      entriesById: new Map(rest.entries.map((e) => [e.id, e])),
      themeOf: new Map(themeOf),
      surroundings: new Map(surroundings),
    },
    index: compiled.index,
  };
}
