import type { OrderItem, PlatformId, Product } from '../../domain';
import { specKey } from './spec';
import { normaliseOuterId, outerIdPrefixes, titleKey } from './text';

/** How an order line was tied to a product-level row. */
export type ProductRule = 'productId' | 'outerPrefix' | 'title';

/** Where an order line lands among the product rows: indexes into the products array, -1 for none. */
export interface RowMatch {
  /** The SKU-level row of the same SKU. */
  sku: number;
  /** The product-level row (skuId '') of the same product. */
  product: number;
  rule: ProductRule | undefined;
}

/**
 * Ties order lines to captured product rows of the same platform. Product rows are often product-level
 * (skuId ''), order lines SKU-level, so a line is matched twice:
 * - its SKU row: by skuId when the line has one; else by productId + spec (normalised, so any console
 *   format); else by a 商家编码 that only one SKU row of the platform carries;
 * - its product-level row: by productId (the line's own, or its SKU row's); else — only when the product id
 *   is unknown, as on JD lines — by 商家编码 prefix (`YRF-2409-01` belongs to the row coded `YRF-2409`, the
 *   longest such prefix wins); else by the same title (normalised).
 * A code or title shared by two rows of the platform is ambiguous and never used to match.
 */
export interface ProductMatcher {
  /** Fills `out` (reused to spare allocations on hundreds of thousands of lines). */
  match(platform: PlatformId, line: Pick<OrderItem, 'productId' | 'skuId' | 'outerId' | 'title' | 'spec'>, out: RowMatch): void;
}

interface Tables {
  bySku: Map<string, number>;
  bySpec: Map<string, Map<string, number>>;
  byProduct: Map<string, number>;
  bySkuOuter: Map<string, number>;
  byProductOuter: Map<string, number>;
  byTitle: Map<string, number>;
  outerLookups: Map<string, number>;
}

const AMBIGUOUS = -2;

function putUnique(map: Map<string, number>, key: string, row: number): void {
  if (!key) return;
  map.set(key, map.has(key) ? AMBIGUOUS : row);
}

function buildTables(products: readonly Product[], platform: PlatformId): Tables {
  const t: Tables = {
    bySku: new Map(),
    bySpec: new Map(),
    byProduct: new Map(),
    bySkuOuter: new Map(),
    byProductOuter: new Map(),
    byTitle: new Map(),
    outerLookups: new Map(),
  };
  products.forEach((p, row) => {
    if (p.platform !== platform) return;
    if (p.skuId) {
      if (!t.bySku.has(p.skuId)) t.bySku.set(p.skuId, row);
      let specs = t.bySpec.get(p.productId);
      if (!specs) t.bySpec.set(p.productId, (specs = new Map()));
      putUnique(specs, specKey(p.spec), row);
      putUnique(t.bySkuOuter, normaliseOuterId(p.outerId), row);
    } else {
      if (!t.byProduct.has(p.productId)) t.byProduct.set(p.productId, row);
      putUnique(t.byProductOuter, normaliseOuterId(p.outerId), row);
      putUnique(t.byTitle, titleKey(p.title), row);
    }
  });
  return t;
}

function found(row: number | undefined): row is number {
  return row !== undefined && row >= 0;
}

function byOuterPrefix(t: Tables, outer: string): number {
  let row = t.outerLookups.get(outer);
  if (row === undefined) {
    row = -1;
    for (const candidate of [outer, ...outerIdPrefixes(outer)]) {
      const hit = t.byProductOuter.get(candidate);
      if (hit !== undefined) {
        row = hit;
        break;
      }
    }
    t.outerLookups.set(outer, row);
  }
  return row;
}

function setProduct(out: RowMatch, row: number, rule: ProductRule): void {
  out.product = row;
  out.rule = rule;
}

/** Builds the matcher over the captured product rows. */
export function createProductMatcher(products: readonly Product[]): ProductMatcher {
  const tables = new Map<PlatformId, Tables>();
  return {
    match(platform, line, out) {
      out.sku = -1;
      out.product = -1;
      out.rule = undefined;
      let t = tables.get(platform);
      if (!t) tables.set(platform, (t = buildTables(products, platform)));
      let sku: number | undefined;
      if (line.skuId) sku = t.bySku.get(line.skuId);
      else if (line.productId && t.bySpec.size > 0) sku = t.bySpec.get(line.productId)?.get(specKey(line.spec));
      if (!line.skuId && !found(sku) && line.outerId && t.bySkuOuter.size > 0) sku = t.bySkuOuter.get(normaliseOuterId(line.outerId));
      if (found(sku)) out.sku = sku;
      const productId = line.productId || (found(sku) ? products[sku]!.productId : '');
      if (productId) {
        const row = t.byProduct.size > 0 ? t.byProduct.get(productId) : undefined;
        if (found(row)) setProduct(out, row, 'productId');
        return;
      }
      if (t.byProduct.size === 0) return;
      const byOuter = line.outerId ? byOuterPrefix(t, normaliseOuterId(line.outerId)) : -1;
      if (found(byOuter)) return setProduct(out, byOuter, 'outerPrefix');
      const byTitle = t.byTitle.get(titleKey(line.title));
      if (found(byTitle)) setProduct(out, byTitle, 'title');
    },
  };
}

/** A fresh, empty match result to pass to `match`. */
export function emptyRowMatch(): RowMatch {
  return { sku: -1, product: -1, rule: undefined };
}
