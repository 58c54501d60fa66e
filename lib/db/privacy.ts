import type { Capture, Order, PlatformId } from '../domain';
import {
  PRIVACY_SETTING_ID,
  PrivacySettingsSchema,
  anonymousKey,
  buyerHashInput,
  isAnonymousKey,
  matchesBuyer,
  retentionCutoff,
  scrubText,
  type PrivacySettings,
} from '../privacy';
import type { ShopLensDatabase } from './database';
import { URGENT_ID } from './urgent-row';

/**
 * The privacy controls (数据 → 隐私; lib/privacy says what is stored). Each runs in one transaction and empties
 * the derived tables (the shards, the popup's stored urgent list — both hold buyer names and figures of the
 * deleted data) in it; the caller then tells the background (`shoplens/data-changed`), which rebuilds them from
 * the orders. Until it has, the panel counts from the rows and shows no stale figure.
 */

/** The privacy settings stored, or undefined when none were made yet (or the row does not validate). */
export async function loadPrivacy(db: ShopLensDatabase): Promise<PrivacySettings | undefined> {
  const parsed = PrivacySettingsSchema.safeParse((await db.settings.get(PRIVACY_SETTING_ID))?.value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The privacy settings as last read by this process, for ingest (one read, not one per capture). Every change
 * made here drops it; the background drops it on `shoplens/data-changed` (a change made in the side panel).
 */
const cache = new WeakMap<ShopLensDatabase, Promise<PrivacySettings | undefined>>();

export function forgetPrivacyCache(db: ShopLensDatabase): void {
  cache.delete(db);
}

function cachedPrivacy(db: ShopLensDatabase): Promise<PrivacySettings | undefined> {
  let read = cache.get(db);
  if (!read) {
    read = loadPrivacy(db).catch((error: unknown) => {
      cache.delete(db);
      throw error;
    });
    cache.set(db, read);
  }
  return read;
}

/**
 * Stores orders of forgotten buyers under their anonymous key: each order of `orders` (one platform's, about
 * to be stored) whose buyer's salted hash is on the forgotten list gets the key instead of the nickname, in
 * place. Nothing is hashed when the list is empty. Returns how many orders were changed.
 */
export async function anonymiseForgotten(db: ShopLensDatabase, platform: PlatformId, orders: Order[]): Promise<number> {
  const privacy = await cachedPrivacy(db);
  if (!privacy?.forgotten.length || !orders.length) return 0;
  const keys = await keysOf(privacy, platform, orders.map((o) => o.buyer));
  let changed = 0;
  for (const o of orders) {
    const key = keys.get(o.buyer);
    if (key) {
      o.buyer = key;
      changed++;
    }
  }
  return changed;
}

async function keysOf(privacy: PrivacySettings, platform: PlatformId, buyers: Iterable<string>): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (!privacy.forgotten.length) return out;
  const forgotten = new Set(privacy.forgotten);
  for (const buyer of new Set(buyers)) {
    if (buyer === '' || isAnonymousKey(buyer)) continue;
    const hash = await hashBuyer(privacy.salt, platform, buyer);
    if (forgotten.has(hash)) out.set(buyer, anonymousKey(hash));
  }
  return out;
}

/** The privacy settings, made (with a new random salt) on first use. */
export async function ensurePrivacy(db: ShopLensDatabase): Promise<PrivacySettings> {
  const stored = await loadPrivacy(db);
  if (stored) return stored;
  const salt = toHex(crypto.getRandomValues(new Uint8Array(16)));
  const made: PrivacySettings = { salt, forgotten: [], retentionMonths: null };
  await db.settings.put({ id: PRIVACY_SETTING_ID, value: made });
  forgetPrivacyCache(db);
  return made;
}

/** SHA-256 of a buyer under the install's salt, in hex (Web Crypto: the background, the panel and Node have it). */
export async function hashBuyer(salt: string, platform: PlatformId, buyer: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(buyerHashInput(salt, platform, buyer)));
  return toHex(new Uint8Array(digest));
}

function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

async function clearDerived(db: ShopLensDatabase): Promise<void> {
  await Promise.all([db.aggregateShards.clear(), db.settings.delete(URGENT_ID)]);
}

/** Deletes everything ShopLens stored: every table, the settings too (a new salt is made on next use). */
export async function deleteEverything(db: ShopLensDatabase): Promise<void> {
  await db.transaction('rw', [db.orders, db.products, db.skuCodes, db.captures, db.aggregateShards, db.skuMatchDecisions, db.settings], async () => {
    await Promise.all([db.orders.clear(), db.products.clear(), db.skuCodes.clear(), db.captures.clear(), db.aggregateShards.clear(), db.skuMatchDecisions.clear(), db.settings.clear()]);
  });
  forgetPrivacyCache(db);
}

export interface PlatformDeletion {
  orders: number;
  products: number;
  skuCodes: number;
  captures: number;
  skuMatchDecisions: number;
}

/**
 * Deletes one platform's data: its orders, product rows, SKU codes (a code names one platform's SKU), the
 * capture log of its pages, and the match decisions that name one of its SKUs (`taobao|…` keys). The other
 * platforms' codes stay as they are (codes never change); the settings stay (they are the seller's, not the
 * platform's).
 */
export async function deletePlatform(db: ShopLensDatabase, platform: PlatformId): Promise<PlatformDeletion> {
  const prefix = `${platform}|`;
  return db.transaction('rw', [db.orders, db.products, db.skuCodes, db.captures, db.aggregateShards, db.skuMatchDecisions, db.settings], async () => {
    const [orders, products, captures] = await Promise.all([
      db.orders.where('platform').equals(platform).delete(),
      db.products.where('platform').equals(platform).delete(),
      db.captures.where('platform').equals(platform).delete(),
    ]);
    const skuCodes = await db.skuCodes.filter((c) => c.platform === platform).delete();
    const skuMatchDecisions = await db.skuMatchDecisions.filter((d) => d.a.startsWith(prefix) || d.b.startsWith(prefix)).delete();
    await clearDerived(db);
    return { orders, products, skuCodes, captures, skuMatchDecisions };
  });
}

export interface BuyerMatch {
  platform: PlatformId;
  buyer: string;
  orders: number;
}

/**
 * Buyers whose nickname contains `query` (case-insensitive), at most `limit`, for the forget-a-buyer search
 * box: read off the orders' buyer index (the names only, not the orders), anonymous keys left out.
 */
export async function searchBuyers(db: ShopLensDatabase, query: string, limit = 20): Promise<BuyerMatch[]> {
  if (query.trim() === '') return [];
  const names = (await db.orders.orderBy('buyer').uniqueKeys()) as string[];
  const hits = names.filter((b) => !isAnonymousKey(b) && matchesBuyer(b, query)).slice(0, limit);
  const out: BuyerMatch[] = [];
  for (const buyer of hits) {
    const orders = await db.orders.where('buyer').equals(buyer).toArray();
    const per = new Map<PlatformId, number>();
    for (const o of orders) per.set(o.platform, (per.get(o.platform) ?? 0) + 1);
    for (const [platform, count] of per) out.push({ platform, buyer, orders: count });
  }
  return out.slice(0, limit);
}

/**
 * Forgets one buyer of one platform: their orders stay (they count in sales), the nickname in each replaced
 * by a stable anonymous key (`匿名-` and 10 hex digits of the salted hash), also in the capture log's excerpts
 * of rejected rows; the salted hash joins the forgotten list, so a later capture of that buyer is stored
 * under the same key (lib/ingest). Returns the key and the orders changed.
 */
export async function forgetBuyer(db: ShopLensDatabase, platform: PlatformId, buyer: string): Promise<{ key: string; orders: number }> {
  if (buyer === '' || isAnonymousKey(buyer)) return { key: buyer, orders: 0 };
  const { salt } = await ensurePrivacy(db);
  const hash = await hashBuyer(salt, platform, buyer);
  const key = anonymousKey(hash);
  return db.transaction('rw', [db.orders, db.captures, db.settings, db.aggregateShards], async () => {
    const orders = await db.orders
      .where('buyer')
      .equals(buyer)
      .and((o) => o.platform === platform)
      .modify({ buyer: key });
    const scrubbed = await db.captures
      .where('platform')
      .equals(platform)
      .filter((c) => JSON.stringify([c.rejectedRows, c.drift?.sample]).includes(JSON.stringify(buyer).slice(1, -1)))
      .modify((c: Capture) => {
        c.rejectedRows = c.rejectedRows.map((r) => ({
          ...r,
          key: scrubText(r.key, buyer, key),
          text: scrubText(r.text, buyer, key),
          problems: r.problems.map((p) => ({ ...p, raw: scrubText(p.raw, buyer, key) })),
        }));
        if (c.drift) c.drift = { ...c.drift, sample: scrubText(c.drift.sample, buyer, key) };
      });
    const privacy = (await loadPrivacy(db))!;
    if (!privacy.forgotten.includes(hash)) await db.settings.put({ id: PRIVACY_SETTING_ID, value: { ...privacy, forgotten: [...privacy.forgotten, hash] } });
    // Forgetting a buyer already forgotten changes nothing: the derived tables stay.
    if (orders + scrubbed > 0) await clearDerived(db);
    return { key, orders };
  }).finally(() => forgetPrivacyCache(db));
}

/**
 * Forgotten buyers among `buyers` of one platform → their anonymous keys (empty when none is forgotten, without
 * hashing anything when the list is empty). For ingest: a later capture stores the key, never the name.
 */
export async function forgottenKeys(db: ShopLensDatabase, platform: PlatformId, buyers: Iterable<string>): Promise<Map<string, string>> {
  const privacy = await loadPrivacy(db);
  return privacy ? keysOf(privacy, platform, buyers) : new Map();
}

/** Stores the retention (months, or null to keep everything); does not delete anything by itself. */
export async function setRetention(db: ShopLensDatabase, months: number | null): Promise<void> {
  const privacy = await ensurePrivacy(db);
  const next = PrivacySettingsSchema.parse({ ...privacy, retentionMonths: months });
  await db.settings.put({ id: PRIVACY_SETTING_ID, value: next });
  forgetPrivacyCache(db);
}

/** How many orders and captures a retention of `months` would delete at `now`. */
export async function countRetention(db: ShopLensDatabase, months: number, now: number): Promise<{ orders: number; captures: number; cutoff: number }> {
  const cutoff = retentionCutoff(now, months);
  const [orders, captures] = await Promise.all([db.orders.where('placedAt').below(cutoff).count(), db.captures.where('at').below(cutoff).count()]);
  return { orders, captures, cutoff };
}

/**
 * Applies the stored retention at `now`: deletes the orders placed before the cutoff, and the capture log's
 * entries from before it. Nothing when no retention is set. Run when the seller sets it, when the background
 * starts and once a day while it runs; the caller resets the background's memory when anything was deleted.
 */
export async function applyRetention(db: ShopLensDatabase, now: number): Promise<{ orders: number; captures: number }> {
  const months = (await loadPrivacy(db))?.retentionMonths;
  if (!months) return { orders: 0, captures: 0 };
  const cutoff = retentionCutoff(now, months);
  return db.transaction('rw', [db.orders, db.captures, db.aggregateShards, db.settings], async () => {
    const [orders, captures] = await Promise.all([db.orders.where('placedAt').below(cutoff).delete(), db.captures.where('at').below(cutoff).delete()]);
    if (orders + captures > 0) await clearDerived(db);
    return { orders, captures };
  });
}
