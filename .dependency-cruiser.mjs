// The import layers, top to bottom (`npm run lint:layers`; README, "How it is built"):
//   entry points  src/main.ts (+ src/bot.ts, its composition root), src/cli/main.ts, bin/
//   adapters      src/slack/, commands/, src/cli/   (commands/ register themselves with the app)
//   services      src/services/ (the reminder scheduler: clock and side effects)
//   config        src/config/   (environment → typed config, read once at the edge)
//   store         src/store/    (SQLite; may know the core's types)
//   core          src/search/, src/rules/, src/reminders/   (pure; no Slack, no SQLite)
//   knowledge     src/knowledge/
//   text          src/text/     (text helpers shared by core folders)
// A folder imports only from its own layer or below, and no two folders import each other.
const ENTRY = '^(src/[^/]+\\.ts|src/cli/main\\.ts|bin/)';
const ADAPTERS = '^(src/slack|src/cli|commands)/';
const SERVICES = '^src/services/';
const CONFIG = '^src/config/';
const STORE = '^src/store/';
const CORE = '^src/(search|rules|reminders)/';
const KNOWLEDGE = '^src/knowledge/';
const TEXT = '^src/text/';

/** A layer may not import the layers listed. */
const above = (name, from, to) => ({
  name,
  severity: 'error',
  from: { path: from },
  to: { path: to.join('|') },
});

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-folder-cycle',
      comment: 'Two folders that import each other: move the shared part down a layer.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^(src|commands|bin)' },
      to: { circular: true },
    },
    {
      name: 'no-module-cycle',
      comment: 'search/decision.ts ↔ decision-model.ts is left to the answer-engine issue.',
      severity: 'error',
      from: { path: '^(src|commands|bin)', pathNot: '^src/search/decision' },
      to: { circular: true },
    },
    {
      name: 'entry-points-are-not-imported',
      severity: 'error',
      from: { pathNot: '^bin/' },
      to: { path: '^src/(main|cli/main)\\.ts$' },
    },
    {
      name: 'slack-does-not-import-commands',
      comment: 'Each commands/*.ts registers itself (register(app, deps)); src/main.ts wires them.',
      severity: 'error',
      from: { path: '^src/slack/' },
      to: { path: '^commands/' },
    },
    {
      name: 'cli-and-slack-are-apart',
      severity: 'error',
      from: { path: '^src/cli/' },
      to: { path: '^(src/slack|commands)/' },
    },
    above('services-below-adapters', SERVICES, [ENTRY, ADAPTERS]),
    above('config-below-services', CONFIG, [ENTRY, ADAPTERS, SERVICES]),
    above('store-below-config', STORE, [ENTRY, ADAPTERS, SERVICES, CONFIG]),
    above('core-below-store', CORE, [ENTRY, ADAPTERS, SERVICES, CONFIG, STORE]),
    above('knowledge-below-core', KNOWLEDGE, [ENTRY, ADAPTERS, SERVICES, CONFIG, STORE, CORE]),
    above('text-at-the-bottom', TEXT, [ENTRY, ADAPTERS, SERVICES, CONFIG, STORE, CORE, KNOWLEDGE]),
    {
      name: 'core-knows-no-slack-nor-sqlite',
      severity: 'error',
      from: { path: `${CORE}|${KNOWLEDGE}|${TEXT}` },
      to: { path: 'node_modules/(@slack/|better-sqlite3/)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.mjs', '.js', '.d.ts'],
    },
  },
};
