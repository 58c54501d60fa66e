import { ShopLensDatabase, SCHEMA_V4 } from '../../../lib/db';
import { declaredVersions, existsHere, fixtureOf, schemaProblems, upgradeTestOf, type SchemaSnapshot } from './schema-check';
import snapshot from './schema-versions.json';

// The CI check (runs in `npm test`): the schema lib/db/database.ts declares is the committed snapshot, and each
// version step has its upgrade test over a database of the version before (test/lib/db/upgrades/).
it('the declared Dexie versions match schema-versions.json, and every step has its upgrade test and fixture', () => {
  const problems = schemaProblems(declaredVersions(new ShopLensDatabase('schema-check')), snapshot as SchemaSnapshot, existsHere);
  expect(problems, problems.join('\n\n')).toEqual([]);
});

describe('the check fails', () => {
  const latest = snapshot.versions.at(-1)!.version;
  const changed = { ...SCHEMA_V4, orders: `${SCHEMA_V4.orders}, status` };

  it('when the stores of a released version change without a new version', () => {
    // Someone adds an index to the latest version in place instead of declaring a new one.
    class Edited extends ShopLensDatabase {
      constructor() {
        super('schema-edited');
        this.version(latest).stores(changed);
      }
    }
    const problems = schemaProblems(declaredVersions(new Edited()), snapshot as SchemaSnapshot, existsHere);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`The stores of released version ${latest} changed`);
    expect(problems[0]).toContain(`orders: '[platform+orderId], platform, placedAt, buyer' → '[platform+orderId], platform, placedAt, buyer, status'`);
    expect(problems[0]).toContain(`declare version ${latest + 1}`);
    expect(problems[0]).toContain(upgradeTestOf(latest + 1));
  });

  it('when a new version is declared without its snapshot entry, upgrade test and fixture', () => {
    class Next extends ShopLensDatabase {
      constructor() {
        super('schema-next');
        this.version(latest + 1).stores(changed);
      }
    }
    const problems = schemaProblems(declaredVersions(new Next()), snapshot as SchemaSnapshot, existsHere);
    expect(problems.join('\n')).toContain(`Version ${latest + 1} is declared in lib/db/database.ts but not in test/lib/db/schema-versions.json`);
    expect(problems.join('\n')).toContain(`Version ${latest + 1} has no upgrade test: write test/lib/db/${upgradeTestOf(latest + 1)}`);
    expect(problems.join('\n')).toContain(`The latest version, ${latest + 1}, has no frozen database`);
    expect(problems).toHaveLength(3);

    // With the snapshot entry, the test and the fixtures in place, the new version passes.
    const extended: SchemaSnapshot = { versions: [...(snapshot as SchemaSnapshot).versions, { version: latest + 1, stores: changed }] };
    const present = new Set([upgradeTestOf(latest + 1), fixtureOf(latest + 1)]);
    expect(schemaProblems(declaredVersions(new Next()), extended, (p) => present.has(p) || existsHere(p))).toEqual([]);
  });

  it('when a step has lost its upgrade test or its starting fixture, or a released version is no longer declared', () => {
    const live = declaredVersions(new ShopLensDatabase('schema-missing'));
    const missing = new Set([upgradeTestOf(3), fixtureOf(1)]);
    const problems = schemaProblems(live, snapshot as SchemaSnapshot, (p) => !missing.has(p) && existsHere(p));
    expect(problems).toEqual([
      expect.stringContaining(`Version 2's upgrade test has no database of version 1 to start from: test/lib/db/${fixtureOf(1)} is missing`),
      expect.stringContaining(`Version 3 has no upgrade test: write test/lib/db/${upgradeTestOf(3)}`),
    ]);
    const dropped = schemaProblems(live.slice(1), snapshot as SchemaSnapshot, existsHere);
    expect(dropped).toEqual([expect.stringContaining('Version 1 is in test/lib/db/schema-versions.json but lib/db/database.ts no longer declares it')]);
  });
});
