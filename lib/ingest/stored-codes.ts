import type { AnalyticsSettings } from '../analytics/settings';
import { assignSkuCodes, skuAliases, type SkuCodeAssignment } from '../analytics/sku-codes';
import { collectObservations } from '../analytics/sku-codes/observe';
import type { Order, Product, SkuCode } from '../domain';
import type { ShopLensDatabase } from '../db';

/**
 * A keyed read of the aliases index costs several times one row of a full table read (5–9× in Chromium on
 * the benchmark machine), so a batch with more aliases than stored codes / KEYED_READ_COST reads the table.
 */
const KEYED_READ_COST = 6;

/** The codes in primary key order — the order a full `toArray()` gives, which decides who claimed an alias first. */
function inCodeOrder(codes: Map<string, SkuCode>): SkuCode[] {
  return [...codes.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/**
 * Adds the stored codes listing any of `aliases`: one keyed read of the multi-entry index per alias, all in
 * flight at once, for primary keys only (a SKU's code lists several of the batch's aliases), then each code
 * read once.
 */
async function addClaiming(db: ShopLensDatabase, aliases: Iterable<string>, into: Map<string, SkuCode>): Promise<void> {
  const found = await Promise.all([...aliases].map((alias) => db.skuCodes.where('aliases').equals(alias).primaryKeys()));
  const codes = [...new Set(found.flat())].filter((code) => !into.has(code));
  for (const c of await db.skuCodes.bulkGet(codes)) if (c) into.set(c.code, c);
}

/** The four-layer base of a code: the code without its collision serial. */
function baseOf(c: SkuCode): string {
  return c.serial === 1 ? c.code : c.code.slice(0, -(String(c.serial).padStart(2, '0').length + 1));
}

/**
 * assignSkuCodes for a batch against the stored codes, reading only the codes it can consult instead of the
 * whole table. It looks stored codes up by the batch's aliases only (skuAliases of each observation), claims
 * a found code's own key (held by the code that claimed it, when not by the code itself), and numbers a new
 * code after the highest serial on its four-layer base. So the codes claiming those aliases and keys — plus,
 * when the batch adds codes, every code on their bases, after which the assignment is run again — give
 * exactly the assignment that every stored code gives, at a cost that follows the batch, not the catalogue.
 * A batch with many aliases for the table's size reads the table whole instead (same result, fewer reads).
 * Must run inside the ingest's transaction.
 */
export async function assignAgainstStoredCodes(
  db: ShopLensDatabase,
  orders: Order[],
  products: Product[],
  settings: AnalyticsSettings,
  at: number,
): Promise<SkuCodeAssignment> {
  const aliases = new Set<string>();
  for (const o of collectObservations(orders, products)) for (const a of skuAliases(o)) aliases.add(a);
  if (aliases.size * KEYED_READ_COST >= (await db.skuCodes.count())) {
    return assignSkuCodes(await db.skuCodes.toArray(), orders, products, settings, at);
  }
  const relevant = new Map<string, SkuCode>();
  await addClaiming(db, aliases, relevant);
  const keys = [...relevant.values()].filter((c) => !c.aliases.includes(c.key)).map((c) => c.key);
  if (keys.length) await addClaiming(db, keys, relevant);
  const result = assignSkuCodes(inCodeOrder(relevant), orders, products, settings, at);
  if (result.added.length === 0) return result;
  const bases = [...new Set(result.added.map(baseOf))];
  // One key range per base (a serial suffix sorts right after its base); startsWithAnyOf would walk a cursor.
  const onBases = await Promise.all(bases.map((b) => db.skuCodes.where('code').startsWith(b).toArray()));
  const unseen = onBases.flat().filter((c) => !relevant.has(c.code));
  if (unseen.length === 0) return result;
  for (const c of unseen) relevant.set(c.code, c);
  return assignSkuCodes(inCodeOrder(relevant), orders, products, settings, at);
}
