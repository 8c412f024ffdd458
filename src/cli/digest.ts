// `clsm digest --department 81 [--json]`: the weekly digest of a département, as the DDARS
// receive it in Slack (same content, same French wording).
import { loadKnowledge } from '../knowledge/loader.js';
import { isIsoDate, parisInstant } from '../reminders/calendar.js';
import { buildDigest, renderDigestText } from '../reminders/digest.js';
import { createReminderPolicy } from '../reminders/policy.js';
import { departmentSchema } from '../reminders/registry-schema.js';
import { listClsms } from '../store/registry.js';
import { listFailed } from '../store/sent-reminders.js';
import { noMoreArguments, parseCliArgs, printUsage } from './args.js';
import { withDatabase } from './database.js';
import { USAGE, invalidDate, missingOption, notDepartment } from './messages.js';
import { EXIT, UsageError } from './usage-error.js';

export async function runDigest(args: string[]): Promise<number> {
  const { values, positionals } = parseCliArgs(
    {
      args,
      allowPositionals: true,
      options: {
        department: { type: 'string' },
        date: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    },
    USAGE.digest,
  );
  if (values.help) return printUsage(USAGE.digest);
  noMoreArguments(positionals, USAGE.digest);
  if (!values.department) throw new UsageError(missingOption('department', USAGE.digest));
  const department = departmentSchema.safeParse(values.department);
  if (!department.success) throw new UsageError(notDepartment(values.department));

  if (values.date !== undefined && !isIsoDate(values.date))
    throw new UsageError(invalidDate('date', values.date));
  const kb = loadKnowledge();
  const policy = createReminderPolicy(kb.meetings, kb.sources);
  // As of a day: at its posting time, as the digest is sent.
  const now = values.date ? parisInstant(values.date, policy.postingTime) : new Date();
  return withDatabase((db) => {
    const digest = buildDigest(department.data, listClsms(db), listFailed(db), policy, now);
    process.stdout.write(
      values.json ? `${JSON.stringify(digest, null, 2)}\n` : renderDigestText(digest),
    );
    return EXIT.ok;
  });
}
