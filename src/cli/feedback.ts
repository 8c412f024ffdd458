// `clsm feedback export [--json]`: the 👍/👎 left on answers in Slack, oldest first.
import { listFeedback, type Feedback } from '../store/feedback.js';
import { expectAction, noMoreArguments, parseCliArgs, printUsage } from './args.js';
import { withDatabase } from './database.js';
import { FEEDBACK_TEXT, USAGE, quoted } from './messages.js';
import { EXIT } from './usage-error.js';

export function renderFeedbackText(feedback: readonly Feedback[]): string {
  const up = feedback.filter((f) => f.verdict === 'up').length;
  const head = FEEDBACK_TEXT.head(feedback.length, up);
  const lines = feedback.map(
    (f) =>
      `${f.createdAt.slice(0, 16).replace('T', ' ')}  ${f.verdict === 'up' ? '👍' : '👎'}  ${f.userId}  ${quoted(f.question)}  ${FEEDBACK_TEXT.entries(f.entryIds)}`,
  );
  return `${[head, ...(lines.length > 0 ? ['', ...lines] : [])].join('\n')}\n`;
}

export async function runFeedback(args: string[]): Promise<number> {
  const { values, positionals } = parseCliArgs(
    {
      args,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    },
    USAGE.feedback,
  );
  if (values.help) return printUsage(USAGE.feedback);
  noMoreArguments(expectAction(positionals, ['export'], USAGE.feedback).rest, USAGE.feedback);
  return withDatabase((db) => {
    const feedback = listFeedback(db);
    process.stdout.write(
      values.json ? `${JSON.stringify(feedback, null, 2)}\n` : renderFeedbackText(feedback),
    );
    return EXIT.ok;
  });
}
