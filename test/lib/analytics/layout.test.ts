import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The layout of lib/analytics (issue 11): one folder per question the panel answers, each with an index.ts
// that is its public door. Code outside a capability imports it only through that door, and no module of
// lib/analytics reaches itself again through its imports (cycles make import order matter and hide layering).

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const ANALYTICS = 'lib/analytics';
const SCANNED = ['lib', 'components', 'entrypoints', 'test'];
const SKIPPED = new Set(['node_modules', 'out', '.output', '.wxt']);

/** Repository-relative posix paths of every .ts/.tsx file under `dir`. */
function sourceFiles(dir: string): string[] {
  const abs = join(ROOT, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs).flatMap((name) => {
    if (SKIPPED.has(name)) return [];
    const path = posix.join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The relative module specifiers a file imports or re-exports (static, type-only and dynamic `import()`). */
function importsOf(source: string): string[] {
  return ts
    .preProcessFile(source, true, true)
    .importedFiles.map((f) => f.fileName)
    .filter((s) => s.startsWith('.'));
}

/** The file a relative specifier names, as TypeScript's bundler resolution finds it among `known` files. */
function resolve(from: string, spec: string, known: ReadonlySet<string>): string | undefined {
  const base = posix.normalize(posix.join(posix.dirname(from), spec));
  return [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`].find((c) => known.has(c));
}

/** Import edges between files: importer → imported file, only for specifiers that resolve to a known file. */
type ImportGraph = Map<string, string[]>;

function importGraph(sources: ReadonlyMap<string, string>): ImportGraph {
  const known = new Set(sources.keys());
  const graph: ImportGraph = new Map();
  for (const [file, text] of sources) {
    graph.set(file, importsOf(text).flatMap((spec) => resolve(file, spec, known) ?? []));
  }
  return graph;
}

/** The capability folder a path belongs to (`stock` for lib/analytics/stock/rules.ts and for its test), if any. */
function capabilityOf(path: string, capabilities: ReadonlySet<string>): string | undefined {
  for (const root of [`${ANALYTICS}/`, `test/${ANALYTICS}/`]) {
    if (!path.startsWith(root)) continue;
    const [first, ...rest] = path.slice(root.length).split('/');
    if (rest.length > 0 && first !== undefined && capabilities.has(first)) return first;
  }
  return undefined;
}

/**
 * "importer → imported" for every import that reaches past a capability's index.ts from outside the capability.
 * A capability's own modules and its own tests (test/lib/analytics/<capability>/) may import any of its files.
 */
function deepImports(graph: ImportGraph, capabilities: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const [file, targets] of graph) {
    for (const target of targets) {
      if (!target.startsWith(`${ANALYTICS}/`)) continue;
      const cap = capabilityOf(target, capabilities);
      if (cap === undefined || target === `${ANALYTICS}/${cap}/index.ts`) continue;
      if (capabilityOf(file, capabilities) !== cap) found.push(`${file} → ${target}`);
    }
  }
  return found;
}

/** "a → b → … → a" for each import cycle among the files `inScope` accepts (one per cycle found by the walk). */
function importCycles(graph: ImportGraph, inScope: (file: string) => boolean): string[] {
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      if (!inScope(next)) continue;
      if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next].join(' → '));
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const file of [...graph.keys()].sort()) if (inScope(file) && !state.has(file)) visit(file);
  return cycles;
}

const sources = new Map(
  [...SCANNED.flatMap(sourceFiles), ...readdirSync(ROOT).filter((n) => /\.tsx?$/.test(n))].map((f) => [f, readFileSync(join(ROOT, f), 'utf8')]),
);
const graph = importGraph(sources);
const capabilities = new Set(
  readdirSync(join(ROOT, ANALYTICS)).filter((name) => statSync(join(ROOT, ANALYTICS, name)).isDirectory()),
);
const inAnalytics = (file: string) => file.startsWith(`${ANALYTICS}/`);

describe('lib/analytics layout', () => {
  it('has one folder per capability, each with an index.ts opening with a doc comment of what it answers', () => {
    expect([...capabilities].sort()).toEqual(['customers', 'derived', 'kpi', 'sku-codes', 'stock', 'titles', 'urgent']);
    for (const cap of capabilities) {
      const index = sources.get(`${ANALYTICS}/${cap}/index.ts`);
      expect(index, `${cap}/index.ts`).toBeDefined();
      expect(index!.startsWith('/**\n'), `${cap}/index.ts opens with a doc comment`).toBe(true);
    }
  });

  it('is imported from outside each capability only through its index.ts', () => {
    // The scan does see the imports: the panel, the database and the bench all use the analytics.
    const intoAnalytics = [...graph].filter(([file, targets]) => !inAnalytics(file) && targets.some(inAnalytics));
    expect(intoAnalytics.length).toBeGreaterThan(30);
    expect(deepImports(graph, capabilities)).toEqual([]);
  });

  it('keeps the shared modules at its top free of any capability', () => {
    const shared = [...graph].filter(([file]) => inAnalytics(file) && !file.slice(ANALYTICS.length + 1).includes('/'));
    expect(shared.map(([f]) => f).sort()).toContain(`${ANALYTICS}/settings.ts`);
    const reaching = shared.flatMap(([file, targets]) => targets.filter((t) => capabilityOf(t, capabilities)).map((t) => `${file} → ${t}`));
    expect(reaching).toEqual([]);
  });

  it('has no import cycle among its modules (type-only imports included)', () => {
    expect(importCycles(graph, inAnalytics)).toEqual([]);
  });
});

describe('the layout checks themselves', () => {
  const caps = new Set(['stock', 'sku-codes']);
  const g = (edges: Record<string, string>) =>
    importGraph(new Map(Object.entries(edges).map(([file, text]) => [file, text])));

  it('read imports, re-exports, type-only and dynamic imports, and skip comments', () => {
    const text = [
      "// import { old } from './commented-out';",
      "import { a } from './a';",
      "import type { B } from '../b';",
      "export { c } from './c';",
      "const d = await import('./d');",
      "import { z } from 'zod';",
    ].join('\n');
    expect(importsOf(text)).toEqual(['./a', '../b', './c', './d']);
  });

  it('flag a deep import from outside a capability, not one from inside it or from its own test', () => {
    const graph = g({
      'components/stock-tab.tsx': "import { fmt } from '../lib/analytics/stock/rules';\nimport { computeStock } from '../lib/analytics/stock';",
      'lib/analytics/stock/index.ts': "export { computeStock } from './report';",
      'lib/analytics/stock/report.ts': "import { fmt } from './rules';\nimport { categoryOf } from '../sku-codes/category';",
      'lib/analytics/stock/rules.ts': '',
      'lib/analytics/sku-codes/index.ts': '',
      'lib/analytics/sku-codes/category.ts': '',
      'test/lib/analytics/stock/rules.test.ts': "import { fmt } from '../../../../lib/analytics/stock/rules';",
    });
    expect(deepImports(graph, caps)).toEqual([
      'components/stock-tab.tsx → lib/analytics/stock/rules.ts',
      'lib/analytics/stock/report.ts → lib/analytics/sku-codes/category.ts',
    ]);
  });

  it('find a cycle, including one through an index.ts, and nothing in an acyclic graph', () => {
    const cyclic = g({
      'lib/analytics/stock/index.ts': "export * from './report';",
      'lib/analytics/stock/report.ts': "import { goodsStock } from './groups';",
      'lib/analytics/stock/groups.ts': "import type { StockRow } from '.';",
    });
    expect(importCycles(cyclic, inAnalytics)).toEqual([
      'lib/analytics/stock/groups.ts → lib/analytics/stock/index.ts → lib/analytics/stock/report.ts → lib/analytics/stock/groups.ts',
    ]);
    const acyclic = g({
      'lib/analytics/stock/report.ts': "import { goodsStock } from './groups';\nimport type { StockRow } from './row';",
      'lib/analytics/stock/groups.ts': "import type { StockRow } from './row';",
      'lib/analytics/stock/row.ts': '',
    });
    expect(importCycles(acyclic, inAnalytics)).toEqual([]);
  });
});
