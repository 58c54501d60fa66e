import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dexie } from 'dexie';

/**
 * The CI check that the database schema never changes unnoticed (issue 13): the Dexie versions that
 * lib/db/database.ts declares are compared with the committed snapshot (schema-versions.json), and every
 * version step must have its upgrade test over a database of the version before.
 */

/** One version as declared: its number and its `stores()` (null: the table was dropped). */
export interface DeclaredVersion {
  version: number;
  stores: Record<string, string | null>;
}

export interface SchemaSnapshot {
  versions: DeclaredVersion[];
}

/** Where the upgrade tests and their fixtures live, relative to this folder. */
export const UPGRADES_DIR = 'upgrades';
export const upgradeTestOf = (version: number) => `${UPGRADES_DIR}/v${version - 1}-to-v${version}.test.ts`;
export const fixtureOf = (version: number) => `${UPGRADES_DIR}/fixtures/v${version}.json`;

/**
 * The versions a Dexie database object declares, in order. Dexie keeps them on `_versions` (each with the
 * `storesSource` passed to `stores()`); this is what it opens and upgrades with.
 */
export function declaredVersions(db: Dexie): DeclaredVersion[] {
  const versions = (db as unknown as { _versions: { _cfg: { version: number; storesSource: Record<string, string | null> } }[] })._versions;
  if (!Array.isArray(versions)) throw new Error('Dexie no longer exposes its versions as _versions: update test/lib/db/schema-check.ts declaredVersions');
  return versions.map((v) => ({ version: v._cfg.version, stores: { ...v._cfg.storesSource } })).sort((a, b) => a.version - b.version);
}

/** `table: 'old' → 'new'` for every table whose stores differ. */
function storeDiffs(was: DeclaredVersion['stores'], now: DeclaredVersion['stores']): string[] {
  const tables = [...new Set([...Object.keys(was), ...Object.keys(now)])].sort();
  const show = (s: string | null | undefined) => (s === undefined ? '(not declared)' : s === null ? 'null (dropped)' : `'${s}'`);
  return tables.filter((t) => was[t] !== now[t]).map((t) => `${t}: ${show(was[t])} → ${show(now[t])}`);
}

/**
 * What is wrong, each problem a sentence saying what to do; empty when the declarations match the snapshot and
 * every step from version 1 to the latest has its upgrade test and the fixture of the version it starts from,
 * and the latest version has its fixture (frozen for the next step). `exists` answers for paths relative to
 * test/lib/db.
 */
export function schemaProblems(declared: DeclaredVersion[], snapshot: SchemaSnapshot, exists: (path: string) => boolean): string[] {
  const problems: string[] = [];
  const snap = new Map(snapshot.versions.map((v) => [v.version, v]));
  const live = new Map(declared.map((v) => [v.version, v]));
  const latest = Math.max(...declared.map((v) => v.version));
  for (const v of snapshot.versions) {
    const now = live.get(v.version);
    if (!now) {
      problems.push(`Version ${v.version} is in test/lib/db/schema-versions.json but lib/db/database.ts no longer declares it: released versions are never removed (a browser may still hold a database of that version).`);
      continue;
    }
    const diffs = storeDiffs(v.stores, now.stores);
    if (diffs.length)
      problems.push(
        `The stores of released version ${v.version} changed (${diffs.join('; ')}). A released version is frozen: put its stores back and declare version ${latest + 1} with the new stores (and an upgrade that keeps every record), ` +
          `then add version ${latest + 1} to test/lib/db/schema-versions.json and write test/lib/db/${upgradeTestOf(latest + 1)} (README "Data model": adding a version).`,
      );
  }
  for (const v of declared) {
    if (!snap.has(v.version))
      problems.push(
        `Version ${v.version} is declared in lib/db/database.ts but not in test/lib/db/schema-versions.json: add it there (its stores: ${JSON.stringify(v.stores)}), ` +
          `write test/lib/db/${upgradeTestOf(v.version)} over test/lib/db/${fixtureOf(v.version - 1)}, and freeze the new version's own fixture (npx tsx test/lib/db/upgrades/freeze.ts).`,
      );
    if (v.version > 1 && !exists(upgradeTestOf(v.version)))
      problems.push(`Version ${v.version} has no upgrade test: write test/lib/db/${upgradeTestOf(v.version)} (a database of version ${v.version - 1} from test/lib/db/${fixtureOf(v.version - 1)}, opened with the current code: test/lib/db/upgrades/upgrade.ts).`);
    if (v.version > 1 && !exists(fixtureOf(v.version - 1)))
      problems.push(`Version ${v.version}'s upgrade test has no database of version ${v.version - 1} to start from: test/lib/db/${fixtureOf(v.version - 1)} is missing (freeze it with test/lib/db/upgrades/freeze.ts run at a commit of version ${v.version - 1}).`);
  }
  if (!exists(fixtureOf(latest)))
    problems.push(`The latest version, ${latest}, has no frozen database for the next version's test: run npx tsx test/lib/db/upgrades/freeze.ts (writes test/lib/db/${fixtureOf(latest)}) and commit it.`);
  return problems;
}

/** Whether a path relative to test/lib/db exists. */
export function existsHere(path: string): boolean {
  return existsSync(join(fileURLToPath(new URL('.', import.meta.url)), path));
}
