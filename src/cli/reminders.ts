// `clsm reminders plan --from YYYY-MM-DD --to YYYY-MM-DD [--json]`: every reminder the policy
// schedules in the window (inclusive), whatever was already sent.
// `clsm reminders failures [--json]`: the reminders that did not go out, with their reason.
import { loadKnowledge } from '../knowledge/loader.js';
import { daysBetween, isIsoDate } from '../reminders/calendar.js';
import { planReminders } from '../reminders/planner.js';
import { createReminderPolicy } from '../reminders/policy.js';
import { listClsms } from '../store/registry.js';
import { listFailed } from '../store/sent-reminders.js';
import { expectAction, noMoreArguments, parseCliArgs, printUsage } from './args.js';
import { withDatabase } from './database.js';
import { USAGE, REMINDERS_ERROR, invalidDate, missingOption } from './messages.js';
import {
  renderFailuresText,
  renderPlanText,
  toFailuresJson,
  toPlanJson,
} from './render-reminders.js';
import { EXIT, UsageError } from './usage-error.js';

const MAX_DAYS = 366 * 10;

function day(value: string | undefined, option: string): string {
  if (!value) throw new UsageError(missingOption(option, USAGE.reminders));
  if (!isIsoDate(value)) throw new UsageError(invalidDate(option, value));
  return value;
}

export async function runReminders(args: string[]): Promise<number> {
  const { values, positionals } = parseCliArgs(
    {
      args,
      allowPositionals: true,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    },
    USAGE.reminders,
  );
  if (values.help) return printUsage(USAGE.reminders);
  const { action, rest } = expectAction(positionals, ['plan', 'failures'], USAGE.reminders);
  noMoreArguments(rest, USAGE.reminders);
  if (action === 'failures') {
    if (values.from || values.to) throw new UsageError(REMINDERS_ERROR.fromToWithPlan);
    return withDatabase((db) => {
      const failed = listFailed(db);
      process.stdout.write(
        values.json
          ? `${JSON.stringify(toFailuresJson(failed), null, 2)}\n`
          : renderFailuresText(failed),
      );
      return EXIT.ok;
    });
  }
  const window = { from: day(values.from, 'from'), to: day(values.to, 'to') };
  if (window.from > window.to)
    throw new UsageError(REMINDERS_ERROR.fromAfterTo(window.from, window.to));
  if (daysBetween(window.from, window.to) > MAX_DAYS)
    throw new UsageError(REMINDERS_ERROR.windowTooLong);

  const kb = loadKnowledge();
  const policy = createReminderPolicy(kb.meetings, kb.sources);
  return withDatabase((db) => {
    const reminders = planReminders(listClsms(db), window, policy);
    process.stdout.write(
      values.json
        ? `${JSON.stringify(toPlanJson(reminders), null, 2)}\n`
        : renderPlanText(reminders, window),
    );
    return EXIT.ok;
  });
}
