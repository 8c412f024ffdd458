// `clsm report [--json]`: the 2025 instruction's indicators over the registry.
import { processClock } from '../config/clock.js';
import { registryReport } from '../reminders/report.js';
import { listClsms } from '../store/registry.js';
import { parseCliArgs, printUsage } from './args.js';
import { withDatabase } from './database.js';
import { USAGE } from './messages.js';
import { renderReportText } from './render-reminders.js';
import { EXIT } from './usage-error.js';

export async function runReport(args: string[]): Promise<number> {
  const { values } = parseCliArgs(
    { args, options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } },
    USAGE.report,
  );
  if (values.help) return printUsage(USAGE.report);
  return withDatabase((db) => {
    const report = registryReport(listClsms(db), processClock(process.env)());
    process.stdout.write(
      values.json ? `${JSON.stringify(report, null, 2)}\n` : renderReportText(report),
    );
    return EXIT.ok;
  });
}
