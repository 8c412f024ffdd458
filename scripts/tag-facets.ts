// Curation aid: proposes `facets` for entries that have none, read from the ways the entry is
// asked (title and questions) with the same patterns as the questions users type. Writes the
// line after the entry's `id:` line; curators review the result like any other edit.
// Usage: npx tsx scripts/tag-facets.ts [--dry-run]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { plainQuestion } from '../src/search/analyser.js';
import { questionFacets, type Facet } from '../src/search/facets.js';

const dir = new URL('../knowledge/entries/', import.meta.url).pathname;
const dry = process.argv.includes('--dry-run');
const counts = new Map<string, number>();
for (const file of readdirSync(dir).filter((f) => f.endsWith('.yml'))) {
  const path = join(dir, file);
  const source = readFileSync(path, 'utf8');
  const doc = parse(source) as {
    entries: { id: string; title: string; questions: string[]; facets?: Facet[] }[];
  };
  const proposed = new Map<string, Facet[]>();
  for (const e of doc.entries) {
    if (e.facets) continue;
    const found = new Set<Facet>();
    for (const q of [e.title, ...e.questions])
      for (const f of questionFacets(plainQuestion(q))) found.add(f);
    const facets = found.size > 0 ? [...found] : (['definition'] as Facet[]);
    proposed.set(e.id, facets);
    for (const f of facets) counts.set(f, (counts.get(f) ?? 0) + 1);
  }
  if (dry || proposed.size === 0) continue;
  const out = source.replace(/^( *)- id: ([a-z0-9-]+)\n/gm, (line, indent: string, id: string) => {
    const facets = proposed.get(id);
    return facets ? `${line}${indent}  facets: [ ${facets.join(', ')} ]\n` : line;
  });
  writeFileSync(path, out);
}
console.log(
  [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([f, n]) => `${f} ${n}`)
    .join('\n'),
);
