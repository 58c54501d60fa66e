import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// lib/backup (the backup file's format, the merge rules) and lib/privacy (the privacy settings, anonymous keys,
// retention dates) are pure: no DOM, browser API, Dexie or React — the glue is lib/db/backup.ts and privacy.ts.
const ALLOWED = [/^\.\/[\w-]+$/, /^\.\.\/domain$/, /^\.\.\/privacy$/, /^zod$/];

describe.each(['backup', 'privacy'])('lib/%s stays in the pure layer', (dir) => {
  const root = new URL(`../../../lib/${dir}/`, import.meta.url).pathname;
  const files = readdirSync(root).filter((f) => f.endsWith('.ts'));
  it.each(files)('%s imports only lib/domain, lib/privacy, its own files and zod', (file) => {
    const source = readFileSync(join(root, file), 'utf8');
    const imports = ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);
    expect(imports.filter((spec) => !ALLOWED.some((re) => re.test(spec)))).toEqual([]);
    expect(source).not.toMatch(/\b(?:document|window|indexedDB|chrome|browser|crypto)\s*\./);
  });
});
