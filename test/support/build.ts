import { fileURLToPath as toPath } from 'node:url';
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The repository root. */
export const ROOT = join(toPath(import.meta.url), '..', '..', '..');

/**
 * Where tests, the demo and the benchmarks build the extension: a folder of their own, so running them never
 * replaces `.output/chrome-mv3`, the folder `npm run build` makes for a seller to load. SHOPLENS_TEST_OUT moves
 * it (two test runs in one working tree, each with its own build).
 */
export const TEST_OUTPUT_DIR = process.env.SHOPLENS_TEST_OUT ?? join(ROOT, '.output-test');

/** The Chrome build inside a test output folder. */
export const chromeBuildOf = (outputDir: string): string => join(outputDir, 'chrome-mv3');

/** The extension the end-to-end tests, the demo and the benchmarks load. */
export const EXTENSION_DIR = chromeBuildOf(TEST_OUTPUT_DIR);

/**
 * Builds the extension from `root` into `outputDir` (wxt.config.ts reads SHOPLENS_OUT_DIR). NODE_ENV is set to
 * production: Vitest runs its global setup under NODE_ENV=test, which Vite would otherwise bake into the side
 * panel as development React — tests and benchmarks run the build a seller gets.
 */
export function buildExtension(root = ROOT, outputDir = TEST_OUTPUT_DIR): void {
  execSync('npx wxt build', {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', SHOPLENS_OUT_DIR: outputDir },
  });
}

/** Newest modification time of the files the extension is built from. */
function newestSource(root: string): number {
  const walk = (path: string): number => {
    if (!existsSync(path)) return 0;
    const stat = statSync(path);
    if (!stat.isDirectory()) return stat.mtimeMs;
    return Math.max(0, ...readdirSync(path).map((name) => walk(join(path, name))));
  };
  return Math.max(...['lib', 'entrypoints', 'components', 'public', 'wxt.config.ts', 'package.json'].map((p) => walk(join(root, p))));
}

/** Builds the test extension unless its build is newer than every source file. */
export function buildIfStale(): void {
  const manifest = join(EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifest) || statSync(manifest).mtimeMs < newestSource(ROOT)) buildExtension();
}
