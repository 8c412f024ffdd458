// Structured logs (one JSON object a line) for Bolt, the Web API client and the scheduler,
// with every secret redacted: tokens and the signing secret never reach a log line.
import { inspect } from 'node:util';
import { LogLevel, type Logger } from '@slack/bolt';

const RANK: Record<LogLevel, number> = {
  [LogLevel.DEBUG]: 0,
  [LogLevel.INFO]: 1,
  [LogLevel.WARN]: 2,
  [LogLevel.ERROR]: 3,
};

/** Slack token shapes, redacted even when they are not ours (a pasted token in an error). */
const TOKEN_SHAPES = /\b(xox[abposre]|xapp)-[A-Za-z0-9-]+/g;

export interface LoggerOptions {
  level: LogLevel;
  /** Values to redact wherever they appear. */
  secrets: readonly string[];
  name?: string;
  /** Where lines go (stdout by default; tests capture them). */
  write?: (line: string) => void;
  now?: () => Date;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Error) return value.stack ?? `${value.name}: ${value.message}`;
  return inspect(value, { depth: 4, breakLength: Infinity });
}

/** A Bolt `Logger` writing JSON lines: {"time","level","name","msg"}. */
export function createLogger(options: LoggerOptions): Logger {
  const write = options.write ?? ((line: string) => void process.stdout.write(`${line}\n`));
  const now = options.now ?? (() => new Date());
  const secrets = options.secrets.filter((s) => s.length >= 4);
  let level = options.level;
  let name = options.name ?? 'clsm-bot';

  const redact = (text: string): string =>
    secrets
      .reduce((t, secret) => t.split(secret).join('[secret]'), text)
      .replace(TOKEN_SHAPES, '$1-[secret]');

  const log =
    (at: LogLevel) =>
    (...msg: unknown[]): void => {
      if (RANK[at] < RANK[level]) return;
      write(
        JSON.stringify({
          time: now().toISOString(),
          level: at,
          name,
          msg: redact(msg.map(describe).join(' ')),
        }),
      );
    };

  return {
    debug: log(LogLevel.DEBUG),
    info: log(LogLevel.INFO),
    warn: log(LogLevel.WARN),
    error: log(LogLevel.ERROR),
    setLevel: (l) => void (level = l),
    getLevel: () => level,
    setName: (n) => void (name = n),
  };
}
