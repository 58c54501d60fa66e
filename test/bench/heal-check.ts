/**
 * `npx tsx test/bench/heal-check.ts`: times the load of the derived tables and the costs of checking them
 * (heal-check-page.ts) in real headless Chromium, on the big shop. Prints medians.
 */
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../support/browser';
import type { HealCheckTimes } from './heal-check-page';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..', '..');

async function main() {
  const bundle = (
    await build({ entryPoints: [join(ROOT, 'test', 'bench', 'heal-check-page.ts')], bundle: true, format: 'iife', write: false, target: 'chrome120', logLevel: 'warning' })
  ).outputFiles[0]!.text;
  const server = createServer((_, res) => res.end('<!doctype html><title>bench</title>')).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const port = (server.address() as { port: number }).port;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.evaluate(bundle);
    const times = await page.evaluate(() => (globalThis as unknown as { __shoplensHealCheck(): Promise<HealCheckTimes> }).__shoplensHealCheck());
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!.toFixed(1);
    console.log(`orders ${times.orders}, shard rows ${times.shardRows}, seeded in ${(times.seedMs / 1000).toFixed(1)} s`);
    for (const k of ['loadMs', 'readRowsMs', 'decodeMs', 'checkMs', 'countMs', 'dayReadMs', 'dayCompareMs'] as const) console.log(`${k}: median ${median(times[k])} (${times[k].map((x) => x.toFixed(0)).join(', ')})`);
    console.log(`one day's orders: ${times.dayOrders}`);
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
