// Every French sentence of the configuration and of start-up, each with its English twin (the
// operator may read either): what each variable is, what is wrong with it, how start-up failed.

/** A sentence in both languages. */
export interface Bilingual {
  fr: string;
  en: string;
}

/** Each variable with what it is (`.env.example` and error messages). */
export function describeVariables(logLevels: readonly string[], defaultDbPath: string) {
  return {
    SLACK_BOT_TOKEN: {
      fr: 'jeton du bot Slack (xoxb-…), page « OAuth & Permissions »',
      en: 'Slack bot token (xoxb-…), "OAuth & Permissions" page',
    },
    SLACK_SIGNING_SECRET: {
      fr: 'secret de signature Slack, page « Basic Information » (obligatoire sans SLACK_APP_TOKEN)',
      en: 'Slack signing secret, "Basic Information" page (required without SLACK_APP_TOKEN)',
    },
    SLACK_APP_TOKEN: {
      fr: 'jeton d’application (xapp-…, portée connections:write) : active le Socket Mode',
      en: 'app-level token (xapp-…, connections:write scope): turns Socket Mode on',
    },
    PORT: {
      fr: 'port HTTP du récepteur /slack/events (0 à 65535, 3000 par défaut)',
      en: 'HTTP port of the /slack/events receiver (0 to 65535, default 3000)',
    },
    HOST: {
      fr: 'adresse d’écoute du récepteur HTTP (0.0.0.0 par défaut : toutes ; 127.0.0.1 derrière un proxy local)',
      en: 'listening address of the HTTP receiver (default 0.0.0.0: all; 127.0.0.1 behind a local proxy)',
    },
    SLACK_API_URL: {
      fr: 'URL de base de l’API Web Slack (http://hôte:port/api/), pour les tests et les proxys',
      en: 'Slack Web API base URL (http://host:port/api/), for tests and proxies',
    },
    CLSM_DB: {
      fr: `fichier SQLite du registre (${defaultDbPath} par défaut)`,
      en: `SQLite file of the registry (default ${defaultDbPath})`,
    },
    CLSM_ADMINS: {
      fr: 'identifiants Slack des administrateurs du registre, séparés par des virgules (U0123ABCD,U0456EFGH)',
      en: 'Slack user ids of the registry admins, comma-separated (U0123ABCD,U0456EFGH)',
    },
    LOG_LEVEL: {
      fr: `niveau des journaux : ${logLevels.join(', ')} (info par défaut)`,
      en: `log level: ${logLevels.join(', ')} (default info)`,
    },
    REMINDER_SWEEP_SECONDS: {
      fr: 'intervalle entre deux passages des rappels, en secondes (60 par défaut)',
      en: 'seconds between two reminder sweeps (default 60)',
    },
  } as const satisfies Record<string, Bilingual>;
}

export const MISSING: Bilingual = { fr: 'manquant', en: 'missing' };
export const MALFORMED: Bilingual = { fr: 'valeur invalide', en: 'malformed value' };

/** "  - PORT : valeur invalide / malformed value", then what the variable is, in both languages. */
export function variableLine(name: string, what: Bilingual, problem: Bilingual): string {
  return `  - ${name} : ${problem.fr} / ${problem.en}\n      ${what.fr}\n      ${what.en}`;
}

export const CONFIG_INVALID =
  'Configuration invalide, démarrage arrêté / Invalid configuration, start-up stopped:';
export const TOKENS_MISSING =
  'Jetons Slack absents, le bot ne peut pas démarrer / Slack tokens missing, the bot cannot start:';

export const CLI_HINT = [
  'Sans Slack, la ligne de commande répond aux mêmes questions / Without Slack, the CLI answers the same questions:',
  '  npx clsm ask "combien de fois se réunit le COPIL ?"',
  '  npx clsm check --population 55000 --coordination 9000',
  'Les variables sont décrites dans .env.example / Every variable is described in .env.example.',
].join('\n');

/** Why `npm start` stopped (`detail`: the library's or Slack's words), naming what to check. */
export const STARTUP_PROBLEMS = {
  database: (path: string, detail: string): string =>
    `Base de données ${path} inutilisable / database unusable (CLSM_DB) : ${detail}`,
  slackRefused: (code: string): string =>
    `Slack injoignable ou jeton du bot refusé / Slack unreachable or bot token refused (SLACK_BOT_TOKEN, SLACK_API_URL) : ${code}`,
  cannotListen: (host: string, port: number, code: string): string =>
    `Impossible d’écouter sur ${host}:${port} / cannot listen on ${host}:${port} (HOST, PORT) : ${code}`,
  socketModeFailed: (code: string): string =>
    `Connexion Socket Mode impossible / Socket Mode connection failed (SLACK_APP_TOKEN) : ${code}`,
} as const;
