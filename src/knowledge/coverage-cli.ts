// `npm run kb:coverage`: every section of the five texts with the number of entries citing it.
import { sectionCoverage, uncoveredSections } from './coverage.js';
import { KnowledgeError } from './errors.js';
import { loadKnowledge } from './loader.js';

try {
  const kb = loadKnowledge();
  const coverage = sectionCoverage(kb);
  let current = '';
  for (const c of coverage) {
    if (c.source !== current) {
      current = c.source;
      console.log(`\n${c.source} — ${kb.sources.get(c.source)?.short ?? ''}`);
    }
    const count = String(c.count).padStart(4);
    console.log(
      `${count}  ${c.section} – ${c.title}${c.count === 0 && c.reason ? `  (sans entrée : ${c.reason})` : ''}`,
    );
  }
  const gaps = uncoveredSections(coverage);
  console.log(
    `\n${coverage.length} sections, ${kb.entries.length} entrées, ${gaps.length} section(s) sans entrée ni raison.`,
  );
  if (gaps.length > 0) process.exitCode = 1;
} catch (error) {
  if (!(error instanceof KnowledgeError)) throw error;
  console.error(`Base de connaissances invalide : ${error.message}`);
  process.exitCode = 1;
}
