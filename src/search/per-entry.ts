import type { Entry } from '../knowledge/schema.js';

/**
 * `read`, remembered per entry: computed when an entry is first read (a one-question CLI run
 * reads a few dozen entries, not all of them), then kept while the base, or the question, lasts.
 */
export function perEntry<T>(read: (e: Entry) => T): (e: Entry) => T {
  const kept = new Map<string, T>();
  return (e) => {
    if (kept.has(e.id)) return kept.get(e.id) as T;
    const value = read(e);
    kept.set(e.id, value);
    return value;
  };
}
