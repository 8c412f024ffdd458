// `npm run kb:coverage [--sections]`: every rule-bearing sentence of the five texts is cited by an
// entry or excused in knowledge/not-covered.yml; prints the share per source, then the sentences
// still unaccounted for and the citations naming the wrong section. `--sections` adds the number
// of entries citing each section.
import { loadCoverageData } from './coverage-data.js';
import {
  isAccountedFor,
  misplacedCitations,
  sectionCoverage,
  sentenceCoverage,
  sentenceShares,
  uncoveredSections,
} from './coverage.js';
import { KnowledgeError, knowledgeErrorText } from './errors.js';
import { loadKnowledge } from './loader.js';

const pct = (n: number, d: number) => `${d === 0 ? 100 : ((100 * n) / d).toFixed(1)} %`;

try {
  const kb = loadKnowledge();
  const coverage = sectionCoverage(kb);
  if (process.argv.includes('--sections')) {
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
  }
  const data = loadCoverageData(kb);
  const statuses = sentenceCoverage(kb, data.texts, data.starts, data.notCovered);
  const missing = statuses.filter((s) => !isAccountedFor(s));
  for (const s of missing)
    console.log(`\n${s.source} ${s.section} (ligne ${s.line}) [${s.cues.join(', ')}]\n  ${s.text}`);
  console.log(
    '\nPhrases porteuses de règle : citées par une entrée / écartées avec raison / total',
  );
  let [total, accounted, cited] = [0, 0, 0];
  for (const share of sentenceShares(statuses)) {
    total += share.ruleBearing;
    cited += share.cited;
    accounted += share.cited + share.excused;
    console.log(
      `  ${share.source}  ${share.cited} / ${share.excused} / ${share.ruleBearing}  → ${pct(share.cited + share.excused, share.ruleBearing)} couvertes (${pct(share.cited, share.ruleBearing)} citées)`,
    );
  }
  console.log(
    `  ensemble  ${cited} / ${accounted - cited} / ${total}  → ${pct(accounted, total)} couvertes (${pct(cited, total)} citées)`,
  );
  const misplaced = misplacedCitations(kb, data.texts, data.starts);
  for (const m of misplaced)
    console.log(
      `\nCitation hors de sa section : ${m.entry} cite ${m.source} « ${m.section} » mais le passage est en ${m.foundIn.join(', ')}\n  ${m.quote}`,
    );
  const gaps = uncoveredSections(coverage);
  console.log(
    `\n${coverage.length} sections, ${kb.entries.length} entrées, ${gaps.length} section(s) sans entrée ni raison, ${missing.length} phrase(s) ni citée(s) ni écartée(s), ${misplaced.length} citation(s) hors de leur section.`,
  );
  if (gaps.length > 0 || missing.length > 0 || misplaced.length > 0) process.exitCode = 1;
} catch (error) {
  if (!(error instanceof KnowledgeError)) throw error;
  console.error(knowledgeErrorText(error));
  process.exitCode = 1;
}
