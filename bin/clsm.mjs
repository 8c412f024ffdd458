#!/usr/bin/env node
// The `clsm` command: runs the compiled CLI (`npm run build`; `npm ci` builds through `prepare`).
import { existsSync } from 'node:fs';
import { URL } from 'node:url';

const main = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write(
    'clsm n’est pas compilé : lancez « npm run build » (npm ci le fait) / not built: run "npm run build"\n',
  );
  process.exit(2);
}
await import(main.href);
