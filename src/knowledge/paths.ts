// Where the app's files are: this module runs from src/knowledge (tsx) or dist/src/knowledge
// (the build), so the package root is two or three folders up.
import { fileURLToPath } from 'node:url';

/** Whether this process runs the compiled JavaScript of `npm run build`. */
export const FROM_BUILD = import.meta.url.endsWith('.js');

const ROOT = new URL(FROM_BUILD ? '../../../' : '../../', import.meta.url);

export const DEFAULT_KNOWLEDGE_DIR = fileURLToPath(new URL('knowledge', ROOT));

/** The knowledge base compiled by `npm run build`: validated YAML and its index, as JSON. */
export const COMPILED_KNOWLEDGE_FILE = fileURLToPath(new URL('dist/knowledge.json', ROOT));
