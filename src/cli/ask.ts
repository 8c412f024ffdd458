import { text } from 'node:stream/consumers';
import { openEngine } from '../search/open-engine.js';
import { checkQuestion } from '../search/question.js';
import { parseCliArgs } from './args.js';
import { ASK_ERROR, USAGE, errorLine } from './messages.js';
import { renderAnswerText } from './render-answer.js';
import { EXIT, UsageError } from './usage-error.js';

/** `clsm ask`: one question (text or --json), or one per stdin line (--jsonl). */
export async function runAsk(args: string[]): Promise<number> {
  const { values, positionals } = parseCliArgs(
    {
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        jsonl: { type: 'boolean' },
        entry: { type: 'string' },
      },
    },
    USAGE.ask,
  );

  if (values.jsonl) {
    if (positionals.length > 0) throw new UsageError(ASK_ERROR.jsonlTakesNoQuestion);
    const input = await text(process.stdin);
    const [{ engine }, { toAnswerJson }] = await Promise.all([
      openEngine(),
      import('../search/answer-json.js'),
    ]);
    const lines = input.split(/\r?\n/);
    if (lines.at(-1) === '') lines.pop();
    const out = lines.map((line) => {
      const check = checkQuestion(line);
      return JSON.stringify(
        check.ok ? toAnswerJson(engine.ask(check.question)) : { error: errorLine(check.error) },
      );
    });
    process.stdout.write(out.length ? `${out.join('\n')}\n` : '');
    return EXIT.ok;
  }

  if (values.entry !== undefined) {
    // A choice of a clarifying question, or any entry by its id.
    if (positionals.length > 0) throw new UsageError(ASK_ERROR.entryTakesNoQuestion);
    const { engine } = await openEngine();
    const answer = engine.answerEntry(values.entry);
    if (!answer) throw new UsageError(ASK_ERROR.unknownEntry(values.entry));
    process.stdout.write(
      values.json
        ? `${JSON.stringify((await import('../search/answer-json.js')).toAnswerJson(answer))}\n`
        : renderAnswerText(answer),
    );
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError(ASK_ERROR.noQuestion);
  const check = checkQuestion(positionals.join(' '));
  if (!check.ok) throw new UsageError(check.error);
  const { engine } = await openEngine();
  const answer = engine.ask(check.question);
  // The JSON contract's module loads zod: only for --json.
  process.stdout.write(
    values.json
      ? `${JSON.stringify((await import('../search/answer-json.js')).toAnswerJson(answer))}\n`
      : renderAnswerText(answer),
  );
  return EXIT.ok;
}
