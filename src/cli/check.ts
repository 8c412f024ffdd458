import { loadKnowledge } from '../knowledge/loader.js';
import { checkDossier, parseDossierInput } from '../rules/dossier.js';
import { asDossierJson } from '../rules/dossier-json.js';
import { parseCliArgs, printUsage } from './args.js';
import { USAGE, checkHelp, errorLine } from './messages.js';
import { renderDossierText } from './render-dossier.js';
import { EXIT, UsageError } from './usage-error.js';

/** `clsm check`: a labelling dossier's missing pieces and funding ceiling. */
export async function runCheck(args: string[]): Promise<number> {
  const { values } = parseCliArgs(
    {
      args,
      options: {
        population: { type: 'string' },
        coordination: { type: 'string' },
        actions: { type: 'string' },
        pieces: { type: 'string' },
        cosigned: { type: 'boolean' },
        'separate-coordinator': { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    },
    USAGE.check,
  );
  const kb = loadKnowledge();
  if (values.help) return printUsage(checkHelp(kb.dossier.pieces.map((p) => p.id)));
  const parsed = parseDossierInput(
    {
      population: values.population,
      coordination: values.coordination,
      actions: values.actions,
      pieces: values.pieces?.split(','),
      cosigned: values.cosigned,
      separateCoordinator: values['separate-coordinator'],
    },
    kb.dossier,
  );
  if (!parsed.ok) {
    // The first line gets its "Erreur : " from runCli, the others here.
    const [first = '', ...others] = parsed.errors.map((e) => e.message);
    throw new UsageError([first, ...others.map(errorLine)].join('\n'));
  }
  const report = checkDossier(parsed.input, kb);
  process.stdout.write(
    values.json ? `${JSON.stringify(asDossierJson(report))}\n` : renderDossierText(report, kb),
  );
  return EXIT.ok;
}
