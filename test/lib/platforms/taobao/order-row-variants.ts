import { insertAfter, type PageVariant } from '../../../support/page-variants';
import { FAKE_ID, GIFT, LEGACY, QIANNIU, afterLastItem, growSpans, itemLine, itemRows, onPages, orders, units } from './order-variant-dom';

// Rows that are not items, drawn inside every order (research: remarks, buyer messages, logistics notes,
// controls, sub-totals, gift lines, measure copies): skipped, never a broken item; a gift at ¥0 is an item.

export const ROW_VARIANTS: PageVariant[] = [
  {
    name: 'taobao: 卖家备注 / 买家留言 row inside every order',
    apply: (doc) => afterLastItem(doc, () => '<tr class="next-table-row sold_memo-row__2dCvX"><td colspan="8"><div>买家留言：请尽快发货，谢谢</div></td></tr>'),
  },
  {
    name: 'taobao: remark row drawn like an item row (same row class, x2, ¥5)',
    apply: (doc) =>
      afterLastItem(
        doc,
        () => '<tr class="next-table-row sold_item-row__1Pz4s"><td><div>商家备注：加急 补差价</div></td><td><div>¥5.00</div></td><td><div><p>x2</p></div></td><td></td></tr>',
      ),
  },
  {
    name: 'taobao: buyer message quoting an order number (买家留言：和订单号：4099… 一起发)',
    apply: (doc) => afterLastItem(doc, () => `<tr><td colspan="8"><div>买家留言：和订单号：${FAKE_ID} 一起发</div></td></tr>`),
  },
  {
    name: 'taobao: 物流信息 note row and 查看更多 / 复制 control row',
    apply: (doc) =>
      afterLastItem(doc, () => '<tr><td colspan="8"><div>物流信息：中通快递 已揽收</div></td></tr><tr><td colspan="4"><a>查看更多</a></td><td><a>复制</a></td><td></td><td></td><td></td></tr>'),
  },
  {
    name: 'taobao: 共N件商品 合计 sub-total row',
    apply: (doc) => afterLastItem(doc, (unit) => `<tr><td colspan="5">共${itemRows(unit).length}件商品</td><td colspan="3">合计：¥1.00</td></tr>`),
  },
  {
    name: 'taobao: gift line without a price (skipped)',
    apply: (doc) =>
      afterLastItem(doc, (unit) => {
        growSpans(unit);
        return itemLine(unit, GIFT, '');
      }),
  },
  {
    name: 'taobao: gift line at ¥0.00 (stored as an item at ¥0)',
    appliesTo: onPages(QIANNIU, LEGACY),
    apply: (doc) =>
      afterLastItem(doc, (unit) => {
        growSpans(unit);
        return itemLine(unit, GIFT, '¥0.00');
      }),
    expect: (records) => orders(records).map((o) => ({ ...o, items: [...o.items, { title: GIFT, spec: '', quantity: 1, priceFen: 0 }] })),
  },
  {
    name: 'taobao: hidden measure copy of an item row',
    apply: (doc) =>
      units(doc).forEach((unit) => {
        const first = itemRows(unit)[0];
        if (first) insertAfter(itemRows(unit).at(-1)!, `<tr aria-hidden="true" style="visibility:hidden">${first.innerHTML.replace(/rowspan="\d+"/g, '')}</tr>`);
      }),
  },
];
