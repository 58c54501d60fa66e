import { build } from 'esbuild';
import { fileURLToPath as toPath } from 'node:url';
import { join } from 'node:path';

/**
 * A bench page script (`test/bench/<name>`: Dexie, lib/… and the big shop inside) bundled for the browser as one
 * IIFE, to be evaluated in an extension page. Names are kept: the profiles attribute samples by function name.
 */
export async function benchPageBundle(name: string): Promise<string> {
  const result = await build({
    entryPoints: [join(toPath(import.meta.url), '..', name)],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
    logLevel: 'warning',
    keepNames: true,
  });
  return result.outputFiles[0]!.text;
}
