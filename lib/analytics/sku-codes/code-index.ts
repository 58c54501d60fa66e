import type { SkuCode } from '../../domain';
import { skuAliases, skuIdAlias, type SkuObservation } from './identity';

/** One platform SKU as the index knows it: a stored code, or a new SKU waiting for its code. */
export interface SkuEntry extends SkuObservation {
  key: string;
  /** The keys registered for it, the key first (stored with the code as `aliases`). */
  aliases: string[];
  /** The stored code, or the one just assigned. */
  code?: SkuCode;
  /** Earliest time a record of it was seen in this run (order placedAt, product firstSeenAt/capturedAt). */
  firstSeenAt: number;
  /** A stored code that gained an alias or a productId/skuId/outerId it did not know: store it again. */
  learned: boolean;
}

/**
 * Finds the SKU entry an observation belongs to through its aliases (identity.ts), strongest first. A hit is
 * refused when it contradicts what the entry already knows — a different SKU id or product id — so two SKUs of
 * one product whose spec texts read the same are never merged. An alias belongs to the first entry that
 * claimed it; the claims are stored with the codes, so the index rebuilt from storage answers exactly as the
 * one that assigned them, whatever order records arrive in. One exception keeps every SKU findable: an entry
 * whose own key was claimed first by an entry it contradicts (one SKU id shown under two product ids) keeps
 * the key as a "shadow", tried only when no alias's holder fits the record.
 */
export interface SkuIndex {
  /** `aliases` = skuAliases(o), when the caller has them already. */
  find(o: SkuObservation, aliases?: readonly string[]): SkuEntry | undefined;
  /** Claims the observation's free aliases for the entry and fills ids the entry did not know yet. */
  join(entry: SkuEntry, o: SkuObservation, aliases?: readonly string[]): void;
  entries(): SkuEntry[];
}

/** A known SKU (an entry, or a stored code) that shows another SKU id or product id than the observation. */
export function contradicts(entry: Pick<SkuObservation, 'skuId' | 'productId'>, o: SkuObservation): boolean {
  return (
    (entry.skuId !== '' && o.skuId !== '' && entry.skuId !== o.skuId) ||
    (entry.productId !== '' && o.productId !== '' && entry.productId !== o.productId)
  );
}

/**
 * The order stored codes are registered in, whatever order they are passed in: by when they were assigned,
 * then by code — the order their claims were made in, so a key claimed first keeps its holder (a later code
 * holding it too is its shadow), exactly as in the run that assigned them.
 */
export function byClaimOrder(a: SkuCode, b: SkuCode): number {
  return a.assignedAt - b.assignedAt || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

/** An index over the stored codes; new entries are added with `join`. */
export function createSkuIndex(codes: readonly SkuCode[]): SkuIndex {
  const byAlias = new Map<string, SkuEntry>();
  /** Entries whose own key another entry claimed first: found through the key when that entry contradicts. */
  const shadows = new Map<string, SkuEntry[]>();
  const all = new Set<SkuEntry>();
  const shadow = (entry: SkuEntry, alias: string): void => {
    const list = shadows.get(alias);
    if (!list) shadows.set(alias, [entry]);
    else if (!list.includes(entry)) list.push(entry);
  };
  const claim = (entry: SkuEntry, alias: string): void => {
    const holder = byAlias.get(alias);
    if (holder === entry) return;
    if (holder) {
      // Taken: only the entry's own key is kept (as a shadow), so a SKU whose every alias is held by SKUs it
      // contradicts can still be found again, instead of getting a new code at every capture.
      if (alias !== entry.key) return;
      shadow(entry, alias);
    } else {
      byAlias.set(alias, entry);
    }
    if (!entry.aliases.includes(alias)) {
      entry.aliases.push(alias);
      if (entry.code) entry.learned = true;
    }
  };
  const index: SkuIndex = {
    find(o, given) {
      // Most records show a SKU id, whose alias comes first and usually finds the entry: try it before
      // working out the others (spec, 商家编码 and title keys). A miss falls through to the full list.
      if (!given && o.skuId) {
        const entry = byAlias.get(skuIdAlias(o.platform, o.skuId));
        if (entry && !contradicts(entry, o)) return entry;
      }
      const aliases = given ?? skuAliases(o);
      for (const alias of aliases) {
        const entry = byAlias.get(alias);
        if (entry && !contradicts(entry, o)) return entry;
      }
      // Shadows only as a last resort: a record found through a holder before keeps finding it.
      for (const alias of aliases) for (const other of shadows.get(alias) ?? []) if (!contradicts(other, o)) return other;
      return undefined;
    },
    join(entry, o, aliases = skuAliases(o)) {
      all.add(entry);
      claim(entry, entry.key);
      for (const alias of aliases) claim(entry, alias);
      const before = entry.productId + entry.skuId + entry.outerId;
      if (entry.productId === '') entry.productId = o.productId;
      if (entry.skuId === '') entry.skuId = o.skuId;
      if (entry.outerId === '') entry.outerId = o.outerId;
      if (entry.code && entry.productId + entry.skuId + entry.outerId !== before) entry.learned = true;
    },
    entries: () => [...all],
  };
  const inOrder = codes.every((c, i) => i === 0 || byClaimOrder(codes[i - 1]!, c) <= 0);
  for (const code of inOrder ? codes : [...codes].sort(byClaimOrder)) {
    const { platform, productId, skuId, outerId, title, spec, key } = code;
    const aliases = [...code.aliases];
    const entry: SkuEntry = { platform, productId, skuId, outerId, title, spec, key, aliases, code, firstSeenAt: code.assignedAt, learned: false };
    all.add(entry);
    for (const alias of aliases) {
      if (!byAlias.has(alias)) byAlias.set(alias, entry);
      else if (alias === key) shadow(entry, alias);
    }
  }
  return index;
}
