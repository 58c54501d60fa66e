import type { RawOrderRow } from '../../domain';
import { extractCardOrders } from './extract-cards';
import { extractPorderOrders } from './extract-porder';

export { extractJdProducts } from './extract-products';

/**
 * The orders shown on a JD order list, as text: the jdm lists drawn as one block per order (`.card`,
 * `.table-item-container`), else the old porder list (a header table and a body table per order). Buyer
 * contact details are never read.
 */
export function extractJdOrders(root: ParentNode): RawOrderRow[] {
  const cards = extractCardOrders(root);
  return cards.length ? cards : extractPorderOrders(root);
}
