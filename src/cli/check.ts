import { loadKnowledge } from '../knowledge/loader.js';
import { checkDossier, parseDossierInput } from '../rules/dossier.js';
import { asDossierJson } from '../rules/dossier-json.js';
import { parseCliArgs, printUsage } from './args.js';
import { renderDossierText } from './render-dossier.js';
import { EXIT, UsageError } from './usage-error.js';

const USAGE =
  'usage : clsm check --population N [--coordination EUR] [--actions EUR] [--pieces id,id,...] [--cosigned] [--separate-coordinator] [--json]';

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
    USAGE,
  );
  const kb = loadKnowledge();
  if (values.help)
    return printUsage(`${USAGE}\nPièces : ${kb.dossier.pieces.map((p) => p.id).join(', ')}`);
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
  if (!parsed.ok) throw new UsageError(parsed.errors.map((e) => e.message).join('\nErreur : '));
  const report = checkDossier(parsed.input, kb);
  process.stdout.write(
    values.json ? `${JSON.stringify(asDossierJson(report))}\n` : renderDossierText(report, kb),
  );
  return EXIT.ok;
}
