import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge, type KnowledgeBase } from '../knowledge/loader.js';
import { createAnswerEngine, type AnswerEngine } from './answer.js';
import { buildIndex } from './index.js';

/**
 * Load + validate + index from the YAML: the start under tsx (`npm run dev`, the tests), and
 * the build's fallback when `knowledge/` changed since it (the CLI and the bot start through
 * `openEngine`, from the compiled knowledge base).
 */
export function startEngine(dir: string = DEFAULT_KNOWLEDGE_DIR): {
  kb: KnowledgeBase;
  engine: AnswerEngine;
} {
  const kb = loadKnowledge(dir);
  return { kb, engine: createAnswerEngine(kb, buildIndex(kb)) };
}
