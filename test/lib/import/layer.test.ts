import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// lib/import is pure (README, project layout): it runs in Node tests and the bench, so it may import only
// lib/domain, its own files and the parsing libraries — never the DOM, the browser, Dexie or React.
const DIR = new URL('../../../lib/import/', import.meta.url);
const ALLOWED = [/^\.\/[\w-]+$/, /^\.\.\/domain$/, /^papaparse$/, /^read-excel-file\/universal$/, /^zod$/];

describe('lib/import stays in the pure layer', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'));

  it.each(files)('%s imports only lib/domain, its own files and parsing libraries', (file) => {
    const source = readFileSync(join(DIR.pathname, file), 'utf8');
    const imports = ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);
    expect(imports.filter((spec) => !ALLOWED.some((re) => re.test(spec)))).toEqual([]);
    expect(source).not.toMatch(/\b(?:document|window|indexedDB|chrome|browser)\s*\./);
  });
});
