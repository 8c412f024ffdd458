import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge, type KnowledgeBase } from '../knowledge/loader.js';
import { createAnswerEngine, type AnswerEngine } from './answer.js';
import { buildIndex } from './index.js';

/** Load + validate + index: what the CLI and the bot do once at start-up. */
export function startEngine(dir: string = DEFAULT_KNOWLEDGE_DIR): {
  kb: KnowledgeBase;
  engine: AnswerEngine;
} {
  const kb = loadKnowledge(dir);
  return { kb, engine: createAnswerEngine(kb, buildIndex(kb)) };
}
