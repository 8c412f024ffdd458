// The start-up path of the CLI and the bot: the build's compiled knowledge base when this is
// the build's own code and knowledge/ is unchanged since; otherwise the YAML, parsed and
// validated by `startEngine` (imported only then: its libraries alone take ~200 ms to load).
import type { KnowledgeBase } from '../knowledge/loader.js';
import { COMPILED_KNOWLEDGE_FILE, DEFAULT_KNOWLEDGE_DIR, FROM_BUILD } from '../knowledge/paths.js';
import { createAnswerEngine, type AnswerEngine } from './answer.js';
import { readCompiledKnowledge } from './compiled.js';
import { buildIndex } from './index.js';

export async function openEngine(
  dir: string = DEFAULT_KNOWLEDGE_DIR,
): Promise<{ kb: KnowledgeBase; engine: AnswerEngine; compiled: boolean }> {
  const found = FROM_BUILD ? readCompiledKnowledge(dir, COMPILED_KNOWLEDGE_FILE) : null;
  if (found)
    return {
      kb: found.kb,
      engine: createAnswerEngine(found.kb, buildIndex(found.kb, found.index)),
      compiled: true,
    };
  const { startEngine } = await import('./engine.js');
  return { ...startEngine(dir), compiled: false };
}
