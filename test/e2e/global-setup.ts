import { existsSync } from 'node:fs';
import { CHROMIUM } from '../support/browser';
import { buildExtension } from '../support/build';

/**
 * Builds the extension once for all end-to-end tests, into the tests' own folder (build.ts: a production build
 * in `.output-test/`, never the `.output/chrome-mv3` a seller loads). Skip with SHOPLENS_SKIP_BUILD=1 after a build.
 */
export default function setup() {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install -y chromium)`);
  if (process.env.SHOPLENS_SKIP_BUILD !== '1') buildExtension();
}
