'use strict';
/**
 * Runs the TypeScript sources in a plain node process, as jest runs them (there is no build
 * step in `npm test`): `node -r <this file> apps/worker/src/main.ts`. Compiles `.ts` with swc
 * and the options jest uses (swc-options.js), and resolves the `@convene/*` paths of tsconfig.base.json.
 */
const { addHook } = require('pirates');
const { transformSync } = require('@swc/core');
const tsconfigPaths = require('tsconfig-paths');
const { resolve } = require('node:path');

const root = resolve(__dirname, '../../../..');

const SWC_OPTIONS = { ...require('./swc-options'), swcrc: false, configFile: false };

addHook((code, filename) => transformSync(code, { ...SWC_OPTIONS, filename }).code, {
  exts: ['.ts'],
  ignoreNodeModules: true,
});

const tsconfig = tsconfigPaths.loadConfig(root);
if (tsconfig.resultType !== 'success') {
  throw new Error(`cannot read ${root}/tsconfig.json: ${tsconfig.message}`);
}
tsconfigPaths.register({
  baseUrl: tsconfig.absoluteBaseUrl,
  paths: tsconfig.paths,
  addMatchAll: false,
});

// Started by a test with an IPC channel (libs/testing/src/app-process.ts): go when the test
// runner goes, even if it was killed, so no orphan keeps consuming a dropped suite's queues.
if (process.send) process.once('disconnect', () => process.exit(1));
