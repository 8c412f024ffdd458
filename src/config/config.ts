// Environment → typed configuration, validated once at the edge (npm start). Pure: the
// environment is a parameter, and no message ever repeats a variable's value (secrets).
import { z } from 'zod';
import { DEFAULT_DB_PATH } from '../store/db.js';
import {
  CLI_HINT,
  CONFIG_INVALID,
  describeVariables,
  MALFORMED,
  MISSING,
  TOKENS_MISSING,
  variableLine,
} from './messages.js';

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;

/** Each variable with what it is, in French and English, for .env.example and error messages. */
export const VARIABLES = describeVariables(LOG_LEVELS, DEFAULT_DB_PATH);

export type Variable = keyof typeof VARIABLES;

/** An empty value (`FOO=` in a .env file) counts as unset. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema);

const slackUserId = /^[UW][A-Z0-9]{2,}$/;

const envSchema = z
  .object({
    SLACK_BOT_TOKEN: optional(
      z
        .string()
        .trim()
        .regex(/^xoxb-\S+$/)
        .optional(),
    ),
    SLACK_SIGNING_SECRET: optional(z.string().trim().regex(/^\S+$/).optional()),
    SLACK_APP_TOKEN: optional(
      z
        .string()
        .trim()
        .regex(/^xapp-\S+$/)
        .optional(),
    ),
    PORT: optional(z.coerce.number().int().min(0).max(65535).default(3000)),
    HOST: optional(
      z
        .string()
        .trim()
        .pipe(z.union([z.ipv4(), z.ipv6(), z.hostname()]))
        .default('0.0.0.0'),
    ),
    SLACK_API_URL: optional(
      z
        .url({ protocol: /^https?$/ })
        .transform((u) => (u.endsWith('/') ? u : `${u}/`))
        .optional(),
    ),
    CLSM_DB: optional(z.string().trim().min(1).default(DEFAULT_DB_PATH)),
    CLSM_ADMINS: optional(
      z
        .string()
        .transform((s) =>
          s
            .split(',')
            .map((id) => id.trim())
            .filter(Boolean),
        )
        .pipe(z.array(z.string().regex(slackUserId)))
        .default([]),
    ),
    LOG_LEVEL: optional(
      z.preprocess(
        (v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
        z.enum(LOG_LEVELS).default('info'),
      ),
    ),
    REMINDER_SWEEP_SECONDS: optional(z.coerce.number().int().min(1).max(86_400).default(60)),
  })
  // Other variables of the process environment are none of our business.
  .strip();

type Env = z.infer<typeof envSchema>;

export interface SlackConfig {
  botToken: string;
  /** Socket Mode (development, no public URL) or the signed HTTP receiver. */
  mode:
    | { kind: 'socket'; appToken: string }
    | { kind: 'http'; signingSecret: string; host: string; port: number };
  apiUrl: string | undefined;
}

export interface Config {
  slack: SlackConfig;
  dbPath: string;
  admins: ReadonlySet<string>;
  logLevel: (typeof LOG_LEVELS)[number];
  reminderSweepSeconds: number;
  /** The secret values present in the environment: what logs redact. */
  secrets: readonly string[];
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; message: string };

/** Reads and validates the environment; the failure message is French and English, never a value. */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): ConfigResult {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const names = [
      ...new Set(parsed.error.issues.map((i) => String(i.path[0]) as Variable)),
    ].filter((n) => n in VARIABLES);
    return {
      ok: false,
      message: [CONFIG_INVALID, ...names.map((n) => variableLine(n, VARIABLES[n], MALFORMED))].join(
        '\n',
      ),
    };
  }
  const e: Env = parsed.data;
  const missing: Variable[] = [];
  if (!e.SLACK_BOT_TOKEN) missing.push('SLACK_BOT_TOKEN');
  if (!e.SLACK_APP_TOKEN && !e.SLACK_SIGNING_SECRET) missing.push('SLACK_SIGNING_SECRET');
  if (missing.length > 0 || !e.SLACK_BOT_TOKEN)
    return {
      ok: false,
      message: [
        TOKENS_MISSING,
        ...missing.map((n) => variableLine(n, VARIABLES[n], MISSING)),
        '',
        CLI_HINT,
      ].join('\n'),
    };
  const mode: SlackConfig['mode'] = e.SLACK_APP_TOKEN
    ? { kind: 'socket', appToken: e.SLACK_APP_TOKEN }
    : { kind: 'http', signingSecret: e.SLACK_SIGNING_SECRET ?? '', host: e.HOST, port: e.PORT };
  return {
    ok: true,
    config: {
      slack: { botToken: e.SLACK_BOT_TOKEN, mode, apiUrl: e.SLACK_API_URL },
      dbPath: e.CLSM_DB,
      admins: new Set(e.CLSM_ADMINS),
      logLevel: e.LOG_LEVEL,
      reminderSweepSeconds: e.REMINDER_SWEEP_SECONDS,
      secrets: [e.SLACK_BOT_TOKEN, e.SLACK_SIGNING_SECRET, e.SLACK_APP_TOKEN].filter(
        (s): s is string => s !== undefined,
      ),
    },
  };
}
