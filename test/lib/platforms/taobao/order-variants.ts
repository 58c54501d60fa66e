import type { Order } from '../../../../lib/domain';
import {
  expectedRecords,
  fragment,
  insertAfter,
  mapTextNodes,
  swapNodes,
  textNodes,
  type PageVariant,
  type StoredRecord,
} from '../../../support/page-variants';

// Taobao sold-list variants (research real-evidence.md: tp/sold and list_sold_items.htm). Both demo pages draw
// each order as its own unit: a Fusion table (header tr + item trs) or a legacy trade-order-main block.

const QIANNIU = 'taobao-orders';
const LEGACY = 'taobao-orders-legacy';
const UNIT = '[class*="sold_order-table"], .trade-order-main';
const ITEM_ROW = 'tr[class*="sold_item-row"], tr[class*="suborder-mod__item"]';
const GIFT = '【赠品】旅行装试用小样';
const FAKE_ID = '4099000011112222333';

const units = (doc: Document) => [...doc.querySelectorAll(UNIT)];
const itemRows = (unit: Element) => [...unit.querySelectorAll(ITEM_ROW)];
const orders = (records: StoredRecord[]) => records as Order[];
const onPages =
  (...names: string[]) =>
  (page: { name: string }) =>
    names.includes(page.name);

/** Inserts a row after each order's last item row (past its row-spanned cells). */
function afterLastItem(doc: Document, html: (unit: Element, n: number) => string): void {
  units(doc).forEach((unit, n) => {
    const last = itemRows(unit).at(-1);
    if (last) insertAfter(last, html(unit, n));
  });
}

/** Adds one to the rowspan of an order's row-spanned cells (buyer, status, 实收款), for an added item line. */
function growSpans(unit: Element): void {
  for (const cell of itemRows(unit)[0]?.querySelectorAll('td[rowspan]') ?? []) {
    cell.setAttribute('rowspan', String(Number(cell.getAttribute('rowspan')) + 1));
  }
}

/** An item line of the order; its 售后 cell copies the first item's (a whole-order refund shows on every line). */
const itemLine = (unit: Element, title: string, price: string) => {
  const afterSale = itemRows(unit)[0]?.querySelectorAll('td')[3]?.innerHTML ?? '';
  return `<tr class="next-table-row sold_item-row__1Pz4s"><td><div><a>${title}</a></div></td><td><div>${price}</div></td><td><div><p>1</p></div></td><td>${afterSale}</td></tr>`;
};

/** Completed orders of two or more items: one of their items gets its own 退款成功. */
const isSplitCompleted = (o: Order) => o.status === 'completed' && o.items.length >= 2;

export const ORDER_VARIANTS: PageVariant[] = [
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
  {
    name: 'taobao: one item 退款成功 in a 交易成功 order (the order stays completed)',
    appliesTo: onPages(QIANNIU, LEGACY),
    apply: (doc, page) => {
      const ids = new Set(orders(expectedRecords(page)).filter(isSplitCompleted).map((o) => o.orderId));
      for (const unit of units(doc)) {
        if (![...ids].some((id) => unit.textContent!.includes(id))) continue;
        itemRows(unit)[0]!.querySelectorAll('td')[3]!.innerHTML = '<div><a>退款成功</a></div>';
      }
    },
    expect: (records) => orders(records).map((o) => (isSplitCompleted(o) ? { ...o, statusText: `${o.statusText} 退款成功` } : o)),
  },
  {
    name: 'taobao: status box text ends with 补发货',
    apply: (doc) =>
      doc.querySelectorAll('[class*="sold_status-item-box"] > div:first-child, [class*="text-mod__link"]').forEach((el) => {
        el.append(doc.createTextNode('\n补发货'));
      }),
  },
  {
    name: 'taobao: status a word in the row (no 交易状态 header, no status class)',
    appliesTo: onPages(QIANNIU, LEGACY),
    apply: (doc) => {
      mapTextNodes(doc, (t) => t.replace(/^(\s*)交易状态(\s*)$/, '$1操作$2'));
      doc.querySelectorAll('[class*="status-item-box"], [class*="text-mod__link"]').forEach((el) => el.removeAttribute('class'));
    },
  },
  {
    name: 'taobao: buyer nickname that reads 订单号：4099…',
    appliesTo: onPages(QIANNIU, LEGACY),
    apply: (doc) =>
      doc.querySelectorAll('[class*="sold_nick"], [class*="buyer-mod__name"]').forEach((el) => {
        el.textContent = `订单号：${FAKE_ID}`;
      }),
    expect: (records) => orders(records).map((o) => ({ ...o, buyer: `订单号：${FAKE_ID}` })),
  },
  {
    name: 'taobao: item links are 交易快照 links (no product id on the page)',
    appliesTo: onPages(QIANNIU, LEGACY),
    apply: (doc) =>
      doc.querySelectorAll('a[href*="item.htm"]').forEach((a, i) => a.setAttribute('href', `//buyertrade.taobao.com/trade/detail/tradeSnap.htm?tradeID=30${i}&snapShot=true`)),
    expect: (records) => orders(records).map((o) => ({ ...o, items: o.items.map(({ productId: _p, ...item }) => item) })),
  },
  {
    name: 'taobao: 交易快照 links, product id in an ID： label in the item cell',
    appliesTo: onPages(QIANNIU, LEGACY),
    apply: (doc) =>
      doc.querySelectorAll('a[href*="item.htm"]').forEach((a, i) => {
        const id = /id=(\d+)/.exec(a.getAttribute('href')!)![1]!;
        a.setAttribute('href', `//buyertrade.taobao.com/trade/detail/tradeSnap.htm?tradeID=30${i}&snapShot=true`);
        if (a.textContent!.trim()) a.after(fragment(doc, `<div class="sold_item-id__9x">ID：${id}</div>`));
      }),
  },
  {
    name: 'taobao: 商家编码 missing on every other item',
    appliesTo: onPages(QIANNIU, LEGACY),
    apply: (doc) => {
      let n = 0;
      for (const node of textNodes(doc)) {
        if (!/商家编码/.test(node.nodeValue!)) continue;
        const box = node.parentElement!.closest('div, p')!;
        if (n++ % 2 === 0) box.remove();
      }
    },
    expect: (records) => {
      let n = 0;
      return orders(records).map((o) => ({ ...o, items: o.items.map((item) => (item.outerId && n++ % 2 === 0 ? withoutOuterId(item) : item)) }));
    },
  },
  {
    name: 'taobao: sold_ classes gone (no sold_extra-desc, sold_sku-desc, sold_ww-box, sold_status-item-box)',
    appliesTo: onPages(QIANNIU),
    apply: (doc) =>
      doc.querySelectorAll('[class*="sold_"]').forEach((el) => {
        if (!el.matches(UNIT) && !el.matches(ITEM_ROW)) el.removeAttribute('class');
      }),
  },
  {
    name: 'taobao: 订单号： → 订单编号\u00a0 (no colon, no-break space)',
    appliesTo: onPages(QIANNIU, LEGACY, 'taobao-orders-broken'),
    apply: (doc) => {
      mapTextNodes(doc, (t) => t.replace(/订单号\s*[:：]\s*/g, '订单编号\u00a0'));
      doc.querySelectorAll('span').forEach((s) => {
        if (s.textContent === '订单编号\u00a0' && s.nextElementSibling) {
          s.textContent = `订单编号\u00a0${s.nextElementSibling.textContent}`;
          s.nextElementSibling.remove();
        }
      });
    },
  },
  {
    name: 'taobao: 实收款： label inside the amount cell, under a header 金额',
    appliesTo: onPages(QIANNIU, LEGACY),
    apply: (doc) => {
      mapTextNodes(doc, (t) => t.replace(/^(\s*)实收款(\s*)$/, '$1金额$2'));
      doc.querySelectorAll('[class*="sold_real-pay"], [class*="price-mod__price"] > p > strong').forEach((el) => el.prepend(doc.createTextNode('实收款：')));
    },
  },
  {
    name: 'taobao: quantities drawn as x2',
    appliesTo: onPages(QIANNIU, LEGACY),
    apply: (doc) =>
      doc.querySelectorAll(ITEM_ROW).forEach((row) => {
        const p = row.querySelectorAll('td')[2]?.querySelector('p');
        if (p) p.textContent = `x${p.textContent}`;
      }),
  },
  {
    name: 'taobao: struck-through original price (del and line-through style) above each price',
    appliesTo: onPages(QIANNIU, LEGACY),
    apply: (doc) =>
      doc.querySelectorAll(ITEM_ROW).forEach((row, i) => {
        const cell = row.querySelectorAll('td')[1]!;
        const strike = i % 2 ? '<div class="sold_origin-price__1a"><del>¥999.00</del></div>' : '<div><span style="text-decoration:line-through">¥999.00</span></div>';
        cell.prepend(fragment(doc, strike));
      }),
  },
  {
    name: 'taobao: all orders as rows of one shared table',
    appliesTo: onPages(QIANNIU, 'taobao-orders-broken'),
    apply: (doc) => {
      const tables = units(doc);
      const body = tables[0]!.querySelector('tbody')!;
      for (const table of tables.slice(1)) {
        body.append(...table.querySelector('tbody')!.children);
        table.remove();
      }
    },
  },
  {
    name: 'taobao legacy: sol-mod hash rebuilt (1PwLO → dK-US), buyer as .buyer-mod__buyer p a',
    appliesTo: onPages(LEGACY),
    apply: (doc) => {
      doc.querySelectorAll('[class*="sol-mod__no-br___"]').forEach((el) => (el.className = el.className.replace(/sol-mod__no-br___\w+/, 'sol-mod__no-br___dK-US')));
      doc.querySelectorAll('[class*="buyer-mod__name"]').forEach((el) => el.removeAttribute('class'));
      doc.querySelectorAll('[class*="buyer-mod__buyer"]').forEach((el) => (el.className = 'buyer-mod__buyer___3NRwJ'));
    },
  },
  {
    name: 'taobao legacy: order id only in the checkbox value and data-reactid (no 订单号 text)',
    appliesTo: onPages(LEGACY),
    apply: (doc) => stripLegacyLabel(doc, false),
  },
  {
    name: 'taobao legacy: order id only in data-reactid=".0.4.3:$<id>"',
    appliesTo: onPages(LEGACY),
    apply: (doc) => stripLegacyLabel(doc, true),
  },
  {
    name: 'taobao legacy: titles with HTML entity text (&plusmn;)',
    appliesTo: onPages(LEGACY),
    apply: (doc) =>
      doc.querySelectorAll('[class*="suborder-mod__item"] a[href*="item.htm"] > span').forEach((s) => {
        s.textContent = `${s.textContent} &plusmn;5&#8451;`;
      }),
    expect: (records) => orders(records).map((o) => ({ ...o, items: o.items.map((item) => ({ ...item, title: `${item.title} ±5℃` })) })),
  },
  {
    name: 'taobao: two item rows of a multi-item order swapped with their cells',
    appliesTo: onPages(QIANNIU),
    apply: (doc) =>
      units(doc).forEach((unit) => {
        const [a, b] = itemRows(unit);
        if (a && b) {
          const spanned = [...a.querySelectorAll('td[rowspan]')];
          b.append(...spanned);
          swapNodes(a, b);
        }
      }),
    expect: (records) => orders(records).map((o) => (o.items.length >= 2 ? { ...o, items: [o.items[1]!, o.items[0]!, ...o.items.slice(2)] } : o)),
  },
];

const withoutOuterId = <T extends { outerId?: string }>({ outerId: _o, ...item }: T) => item;

/** The legacy header without its 订单号 text: the label's spans go; the reactid (and the checkbox) keep the id. */
function stripLegacyLabel(doc: Document, dropInput: boolean): void {
  for (const block of doc.querySelectorAll('.trade-order-main')) {
    const id = block.querySelector<HTMLInputElement>('input[name="orderid"]')!.value;
    block.setAttribute('data-reactid', `.0.4.3:$${id}`);
    const label = block.querySelector('label')!;
    const spans = [...label.children];
    spans[1]!.remove();
    spans[2]!.remove();
    if (dropInput) label.querySelector('input')!.remove();
  }
}
