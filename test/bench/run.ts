/**
 * `npm run bench`: speed figures as ratios against baselines measured in the same run, written to
 * test/bench/RESULTS.md. Never run by `npm test` (no timed assertions in tests).
 */
import { fileURLToPath as toPath } from 'node:url';
import { execSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { benchCapture } from './capture';

const HERE = join(toPath(import.meta.url), '..');

async function main() {
  if (!existsSync(join(HERE, '..', '..', '.output', 'chrome-mv3', 'manifest.json'))) {
    execSync('npx wxt build', { stdio: 'inherit' });
  }
  const lines: string[] = [
    '# Benchmark results',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, Debian Chromium (headless). Re-run with \`npm run bench\`.`,
    '',
    '## Capture: reading a list page in the content script',
    '',
    'Median of 40 runs in real headless Chromium on each demo page: the whole content-script path (detect the page, read every row off the DOM, parse and validate each row) against a baseline on the same page in the same run — one `document.body.textContent` read, the least any reader could do.',
    '',
    '| page | rows | read + parse (ms) | baseline (ms) | ratio |',
    '|---|---:|---:|---:|---:|',
  ];
  for (const r of await benchCapture()) {
    lines.push(`| ${r.page} | ${r.rows} | ${r.readMs.toFixed(2)} | ${r.baselineMs.toFixed(3)} | ${(r.readMs / Math.max(r.baselineMs, 0.001)).toFixed(1)}× |`);
  }
  const text = lines.join('\n') + '\n';
  writeFileSync(join(HERE, 'RESULTS.md'), text);
  console.log(text);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
