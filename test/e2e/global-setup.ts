import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM } from '../support/browser';

/** Builds the extension once for all end-to-end tests (skip with SHOPLENS_SKIP_BUILD=1 after a build). */
export default function setup() {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install -y chromium)`);
  if (process.env.SHOPLENS_SKIP_BUILD !== '1') execSync('npx wxt build', { stdio: 'inherit' });
}
