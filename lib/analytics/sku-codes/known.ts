import type { Order, Product, SkuCode } from '../../domain';
import type { AnalyticsSettings } from '../settings';
import { assignSkuCodes, type SkuCodeAssignment } from './assign';
import { byClaimOrder, contradicts } from './code-index';
import { skuAliases, type SkuObservation } from './identity';
import { collectObservations } from './observe';

/** The four-layer base of a code: the code without its collision serial. */
export function baseOf(c: SkuCode): string {
  return c.serial === 1 ? c.code : c.code.slice(0, -(String(c.serial).padStart(2, '0').length + 1));
}


/**
 * Every stored code, by each alias it claimed and by its four-layer base — what code-index.ts builds per run,
 * kept between runs by the background, so a capture needs no reading of the codes at all: a capture of SKUs
 * that all have their code costs a lookup per SKU (`allKnown`), and one with new SKUs runs assignSkuCodes over
 * only the codes it can meet (`assign`). An alias is claimed by one code only (a run never claims an alias a
 * consulted code holds) — except a key claimed first by a code the SKU contradicts, kept as a shadow; codes
 * are registered in claim order (code-index.ts byClaimOrder), so this answers as createSkuIndex does.
 */
export class KnownSkus {
  readonly #codes = new Map<string, SkuCode>();
  readonly #byAlias = new Map<string, SkuCode>();
  /** Codes holding their own key that an earlier code claimed first (code-index.ts shadows), in claim order. */
  readonly #shadows = new Map<string, SkuCode[]>();
  readonly #byBase = new Map<string, Map<string, SkuCode>>();
  /** Latest assignedAt registered: codes come in claim order as long as new ones are not older. */
  #latest = -Infinity;
  /**
   * Observations (by their fields) found known since the codes last changed: a page re-captured, or the next
   * page of the same goods, then costs one string per SKU instead of its aliases. Cleared by `add`, since a
   * code that learns an id can stop matching an observation it matched before.
   */
  readonly #seen = new Set<string>();

  constructor(codes: readonly SkuCode[]) {
    this.#registerAll(codes);
  }

  /** Registers codes exactly as createSkuIndex does: in claim order, first claimer holds an alias, a later key holder shadows it. */
  #registerAll(codes: Iterable<SkuCode>): void {
    for (const code of [...codes].sort(byClaimOrder)) {
      const before = this.#codes.get(code.code);
      this.#codes.set(code.code, code);
      for (const alias of code.aliases) {
        const holder = this.#byAlias.get(alias);
        if (!holder || holder.code === code.code) {
          this.#byAlias.set(alias, code);
          continue;
        }
        if (alias !== code.key) continue;
        const list = this.#shadows.get(alias) ?? [];
        const at = list.findIndex((c) => c.code === code.code);
        if (at >= 0) list[at] = code;
        else list.push(code);
        this.#shadows.set(alias, list);
      }
      const base = baseOf(code);
      let onBase = this.#byBase.get(base);
      if (!onBase) this.#byBase.set(base, (onBase = new Map()));
      onBase.set(code.code, code);
      if (!before) this.#latest = Math.max(this.#latest, code.assignedAt);
    }
  }

  /** Takes in codes just stored: new ones, and stored ones that learned an alias or id (same code). */
  add(codes: readonly SkuCode[]): void {
    if (codes.length === 0) return;
    this.#seen.clear();
    // A new code older than one registered (clock moved back) would be out of claim order: register all again.
    if (codes.some((c) => !this.#codes.has(c.code) && c.assignedAt < this.#latest)) {
      const all = new Map(this.#codes);
      for (const c of codes) all.set(c.code, c);
      this.#codes.clear();
      this.#byAlias.clear();
      this.#shadows.clear();
      this.#byBase.clear();
      this.#latest = -Infinity;
      this.#registerAll(all.values());
      return;
    }
    this.#registerAll(codes);
  }

  /**
   * True when assigning codes to these observations would change nothing: each finds its code (the first
   * alias, strongest first, held by a code it does not contradict, else the first shadow it does not
   * contradict — code-index.ts find) and would neither claim a free alias nor fill an id the code lacks (code-index.ts
   * join). Then assignSkuCodes would return no added and no updated codes, so it need not run.
   */
  allKnown(observations: Iterable<SkuObservation>): boolean {
    const found: string[] = [];
    for (const o of observations) {
      const fields = `${o.platform}\u0001${o.productId}\u0001${o.skuId}\u0001${o.outerId}\u0001${o.title}\u0001${o.spec}`;
      if (this.#seen.has(fields)) continue;
      let code: SkuCode | undefined;
      const aliases = skuAliases(o);
      for (const alias of aliases) {
        const holder = this.#byAlias.get(alias);
        if (!holder) return false;
        if (!code && !contradicts(holder, o)) code = holder;
      }
      for (const alias of aliases) code ??= this.#shadows.get(alias)?.find((c) => !contradicts(c, o));
      if (!code) return false;
      if ((code.productId === '' && o.productId !== '') || (code.skuId === '' && o.skuId !== '') || (code.outerId === '' && o.outerId !== '')) return false;
      found.push(fields);
    }
    for (const fields of found) this.#seen.add(fields);
    return true;
  }

  /**
   * assignSkuCodes for a batch against every known code, run over only the codes it can consult: those
   * claiming the batch's aliases (skuAliases of each observation), those holding a found code's own key, and —
   * when the batch adds codes — every code on their four-layer bases (the next serial), after which the
   * assignment runs again. Gives exactly what assignSkuCodes over every code gives (property-tested), at a
   * cost that follows the batch, not the catalogue. Store `added` and `updated`, then `add` them here.
   */
  assign(orders: readonly Order[], products: readonly Product[], settings: AnalyticsSettings, now: number): SkuCodeAssignment {
    const relevant = new Map<string, SkuCode>();
    const claim = (alias: string) => {
      const code = this.#byAlias.get(alias);
      if (code) relevant.set(code.code, code);
      for (const s of this.#shadows.get(alias) ?? []) relevant.set(s.code, s);
    };
    for (const o of collectObservations(orders, products)) for (const alias of skuAliases(o)) claim(alias);
    for (const c of [...relevant.values()]) if (!c.aliases.includes(c.key)) claim(c.key);
    const result = assignSkuCodes([...relevant.values()], orders, products, settings, now);
    let unseen = false;
    for (const base of new Set(result.added.map(baseOf))) {
      for (const c of this.#byBase.get(base)?.values() ?? []) {
        if (relevant.has(c.code)) continue;
        relevant.set(c.code, c);
        unseen = true;
      }
    }
    return unseen ? assignSkuCodes([...relevant.values()], orders, products, settings, now) : result;
  }
}

