import type { z } from 'zod';
import { KNOWLEDGE_INVALID } from './messages.js';

/** A knowledge file that cannot be trusted: names the file and the path inside it. */
export class KnowledgeError extends Error {
  constructor(
    readonly file: string,
    readonly path: string,
    readonly detail: string,
  ) {
    super(`${file}${path ? ` (${path})` : ''}: ${detail}`);
    this.name = 'KnowledgeError';
  }
}

/** How every surface (CLI, bot start-up, curators' checks) tells a broken knowledge base. */
export function knowledgeErrorText(error: KnowledgeError): string {
  return `${KNOWLEDGE_INVALID} : ${error.message}`;
}

/** `entries[3].citations[0].quote` from a zod issue path. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

export function fromZodError(file: string, error: z.ZodError): KnowledgeError {
  const issue = error.issues[0];
  return new KnowledgeError(
    file,
    issue ? formatPath(issue.path) : '',
    issue?.message ?? 'invalide',
  );
}
