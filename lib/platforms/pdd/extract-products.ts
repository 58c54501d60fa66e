import type { RawProductRow } from '../../domain';
import { cellsOf, findHeader, firstToken, isHidden, labelValue, rowGrid, textOf, textPieces } from '../../scrape';
import { cellAt } from './order-cells';
import { cellText, goodsCellOf, goodsRows, goodsText } from './goods-cell';
import { PRODUCT_HEADERS, PRODUCT_STATUS_WORD, timeIn, withoutSoloPrice } from './schema';
import { ACTIVE_TAB, GROUP_PRICE_LABEL, SALES_30D_LABEL } from './selectors';


/** The list's active tab, when it names a status (在售中, 已下架 …; not 全部): the status of rows showing none. */
function tabStatus(root: ParentNode): string {
  const tab = [...root.querySelectorAll(ACTIVE_TAB)].find((el) => !isHidden(el) && PRODUCT_STATUS_WORD.test(textOf(el)));
  return tab ? textOf(tab) : '';
}

/** The first value of a label inside any of the cells (`30日销量 12` under a header that says 销量). */
function labelled(cells: Element[], label: string): string | undefined {
  for (const cell of cells) {
    const value = labelValue(cell, label);
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * The goods rows of the PDD goods list (mms.pinduoduo.com/goods/goods_list), every era: one product-level
 * row per goods (PDD lists SKUs only inside the edit page). A value inside a cell is read by its own label
 * first, whatever the column header says: `30日销量` beside `累计销量` in a 销量 cell, `拼单价` beside
 * `单买价` in a price cell (the 拼单价 is stored: selectors.ts GROUP_PRICE_LABEL says why). Else by header
 * text: price as shown (a range for multi-SKU goods), stock, 30-day sales, creation time, status; a status
 * word in the row (the older list writes `销售中` after the time), else the active tab's. 商家编码 from its
 * column, else from the goods cell. The goods cell itself is never searched for labels (a title may say
 * anything).
 */
export function extractProducts(root: ParentNode): RawProductRow[] {
  const cols = findHeader(root, PRODUCT_HEADERS, { min: 3 })?.columns ?? {};
  const noHeader = Object.keys(cols).length === 0;
  const grid = rowGrid(root);
  const tab = tabStatus(root);
  return goodsRows(root).map((row) => {
    const cells = grid.get(row) ?? cellsOf(row);
    const goodsCell = goodsCellOf(cells, cols.goods);
    const goods = goodsText(goodsCell);
    const others = [...new Set(cells)].filter((c) => c !== goodsCell);
    const pieces = others.flatMap((c) => textPieces(c));
    // Without a header, a date-time standing in the row is the creation time (the older list's td[8]).
    const timeText = cols.listedAt !== undefined ? cellText(cellAt(cells, cols.listedAt)) : noHeader ? (pieces.find((p) => /:/.test(timeIn(p))) ?? '') : '';
    const raw: RawProductRow = {
      productId: firstToken(goods.productId || cellText(cellAt(cells, cols.productId))) ?? '',
      skuId: '',
      title: goods.title,
      outerId: cellText(cellAt(cells, cols.outerId)) || goods.outerId,
      price: labelled(others, GROUP_PRICE_LABEL) || withoutSoloPrice(cellText(cellAt(cells, cols.price))) || goods.price,
      stock: cellText(cellAt(cells, cols.stock)),
      status: cellText(cellAt(cells, cols.status)) || pieces.find((p) => PRODUCT_STATUS_WORD.test(p)) || tab,
    };
    const sales = labelled(others, SALES_30D_LABEL) ?? (cols.sales30d === undefined ? undefined : cellText(cellAt(cells, cols.sales30d)));
    if (sales !== undefined) raw.sales30d = sales;
    if (timeText) raw.listedAt = timeIn(timeText) || timeText;
    return raw;
  });
}
