// `npm run kb:check [entries/file.yml ...]`: validate the whole knowledge base, or only the
// named entry files (schema, sections and verbatim quotes; cross-references need the whole base).
import { basename } from 'node:path';
import { KnowledgeError, knowledgeErrorText } from './errors.js';
import { DEFAULT_KNOWLEDGE_DIR, loadEntriesFile, loadKnowledge, loadSources } from './loader.js';
import { entriesFileValid, knowledgeValid } from './messages.js';

const files = process.argv.slice(2);
try {
  if (files.length === 0) {
    const kb = loadKnowledge();
    console.log(knowledgeValid(kb.entries.length, kb.glossary.length));
  } else {
    const { checkCitation } = loadSources();
    for (const file of files) {
      const n = loadEntriesFile(DEFAULT_KNOWLEDGE_DIR, basename(file), checkCitation).length;
      console.log(entriesFileValid(file, n));
    }
  }
} catch (error) {
  if (!(error instanceof KnowledgeError)) throw error;
  console.error(knowledgeErrorText(error));
  process.exit(1);
}
