// `npm run build`, last step: validates knowledge/ (as a start-up would) and writes the
// compiled knowledge base next to the compiled code. A broken base fails the build.
import { KnowledgeError } from '../knowledge/errors.js';
import { loadKnowledge } from '../knowledge/loader.js';
import { COMPILED_KNOWLEDGE_FILE, DEFAULT_KNOWLEDGE_DIR } from '../knowledge/paths.js';
import { writeCompiledKnowledge } from './compiled.js';
import { compiledText } from './messages.js';

try {
  const kb = loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
  writeCompiledKnowledge(kb, DEFAULT_KNOWLEDGE_DIR, COMPILED_KNOWLEDGE_FILE);
  process.stdout.write(compiledText(COMPILED_KNOWLEDGE_FILE, kb.entries.length));
} catch (error) {
  if (!(error instanceof KnowledgeError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
}
