// The reminder policy for tests, from the knowledge base's meeting cadences. Others edit the
// knowledge base as tests run: if it momentarily fails validation, only the two files the
// policy reads (data/meetings.yml, sources/sources.yml) are loaded, through the same schemas.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { meetingsFileSchema } from '../../src/knowledge/data-schema.js';
import { KnowledgeError } from '../../src/knowledge/errors.js';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from '../../src/knowledge/loader.js';
import { sourcesFileSchema } from '../../src/knowledge/schema.js';
import {
  createReminderPolicy,
  type PolicyOptions,
  type ReminderPolicy,
} from '../../src/reminders/policy.js';

function readData<T>(file: string, schema: { parse(data: unknown): T }): T {
  return schema.parse(parseYaml(readFileSync(join(DEFAULT_KNOWLEDGE_DIR, file), 'utf8')));
}

export function testPolicy(options: PolicyOptions = {}): ReminderPolicy {
  try {
    const kb = loadKnowledge();
    return createReminderPolicy(kb.meetings, kb.sources, options);
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    const meetings = readData('data/meetings.yml', meetingsFileSchema);
    const { sources } = readData('sources/sources.yml', sourcesFileSchema);
    return createReminderPolicy(meetings, new Map(sources.map((s) => [s.file, s])), options);
  }
}
