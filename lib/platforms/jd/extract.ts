import type { RawOrderRow } from '../../domain';
import { readAll } from '../../scrape';
import { eachCardOrder } from './extract-cards';
import { eachPorderOrder } from './extract-porder';

export { extractJdProducts } from './extract-products';

/**
 * The orders shown on a JD order list, as text, one order at a time: the jdm lists drawn as one block per
 * order (`.card`, `.table-item-container`), else the old porder list (a header table and a body table per
 * order). Buyer contact details are never read.
 */
export function* eachJdOrder(root: ParentNode): Generator<RawOrderRow, void, undefined> {
  let cards = 0;
  for (const row of eachCardOrder(root)) {
    cards++;
    yield row;
  }
  if (cards === 0) yield* eachPorderOrder(root);
}

/** eachJdOrder read in one go. */
export function extractJdOrders(root: ParentNode): RawOrderRow[] {
  return readAll(eachJdOrder(root));
}
