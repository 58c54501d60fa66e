import { z } from 'zod';
import { EPOCH_MAX_MS, EPOCH_MIN_MS, LIMITS, OrderSchema, parseOrderRow, type Order } from '../domain';
import type { AssembledOrder } from './assemble';
import type { ImportRejectedRow } from './table';

/**
 * An imported order as it is stored: OrderSchema, whose `buyer` may be empty — Douyin's and PDD's exports have
 * no buyer nickname column (and never key an order by its receiver). Kept as its own name for the import's
 * callers; OrderSchema and this accept the same records.
 */
export const ImportedOrderSchema = OrderSchema.extend({ buyer: z.string().max(LIMITS.buyer) });
export type ImportedOrder = z.infer<typeof ImportedOrderSchema>;

export interface RecordContext {
  /** The time the data is as of (the file's lastModified, else now), so a merge can tell older from newer. */
  capturedAt: number;
  /** What the records' `url` says (e.g. `import:ExportOrderList.csv`). */
  url: string;
}

/**
 * Assembled orders → records through the same parser and Zod schema as captured rows (parseOrderRow), or
 * rejections with every reason, the file and its spreadsheet row numbers. An order without a buyer is parsed
 * with a stand-in name (so every other rule is checked) and stored with `buyer: ''`.
 */
export function toOrderRecords(
  orders: readonly AssembledOrder[],
  ctx: (order: AssembledOrder) => RecordContext,
): { records: ImportedOrder[]; rejected: ImportRejectedRow[] } {
  const records: ImportedOrder[] = [];
  const rejected: ImportRejectedRow[] = [];
  for (const order of orders) {
    const result = toOrderRecord(order, ctx(order));
    if (result.ok) records.push(result.record);
    else rejected.push(result.rejected);
  }
  return { records, rejected };
}

/** One assembled order → its record or its rejection (toOrderRecords one order at a time). */
export function toOrderRecord(
  order: AssembledOrder,
  { capturedAt, url }: RecordContext,
): { ok: true; record: ImportedOrder } | { ok: false; rejected: ImportRejectedRow } {
  const noBuyer = !order.raw.buyer.trim();
  const raw = noBuyer ? { ...order.raw, buyer: STAND_IN } : order.raw;
  const result = parseOrderRow(raw, order.rows[0] ?? 0, { platform: order.platform, url, capturedAt: clampEpoch(capturedAt) });
  if (result.ok) return { ok: true, record: noBuyer ? { ...result.record, buyer: '' } : result.record };
  const r = result.rejected;
  const text = noBuyer ? r.text.replace(` · ${STAND_IN}`, '') : r.text;
  return { ok: false, rejected: { ...r, text, file: order.files.join(', '), rows: order.rows } };
}

/** Never shown or stored: replaced by '' once the order has passed the schema. */
const STAND_IN = '\u2063buyer\u2063';

function clampEpoch(ms: number): number {
  return Number.isFinite(ms) ? Math.min(Math.max(Math.round(ms), EPOCH_MIN_MS), EPOCH_MAX_MS) : Date.now();
}

/** True for an order that passes the stored-order schema (OrderSchema, which takes an empty buyer since lib/domain NO_BUYER). */
export function isStorableToday(order: ImportedOrder): order is Order {
  return OrderSchema.safeParse(order).success;
}
