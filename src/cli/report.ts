// `clsm report [--json]`: the 2025 instruction's indicators over the registry.
import { parseArgs } from 'node:util';
import { registryReport } from '../reminders/report.js';
import { listClsms } from '../store/registry.js';
import { withDatabase } from './database.js';
import { renderReportText } from './render-reminders.js';
import { EXIT, UsageError } from './usage-error.js';

const USAGE = 'usage : clsm report [--json]';

export async function runReport(args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : '';
    throw new UsageError(`option invalide (${detail}). ${USAGE}`);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  return withDatabase((db) => {
    const report = registryReport(listClsms(db), new Date());
    process.stdout.write(
      values.json ? `${JSON.stringify(report, null, 2)}\n` : renderReportText(report),
    );
    return EXIT.ok;
  });
}
