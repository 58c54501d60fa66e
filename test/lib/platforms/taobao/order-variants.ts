import {
  expectedRecords,
  fragment,
  mapTextNodes,
  swapNodes,
  textNodes,
  type PageVariant,
} from '../../../support/page-variants';
import {
  FAKE_ID,
  ITEM_ROW,
  LEGACY,
  QIANNIU,
  UNIT,
  isSplitCompleted,
  itemRows,
  onPages,
  orders,
  units,
} from './order-variant-dom';
import { LEGACY_ORDER_VARIANTS } from './legacy-order-variants';
import { ROW_VARIANTS } from './order-row-variants';

// Taobao sold-list variants (research real-evidence.md: tp/sold and list_sold_items.htm): rows that are not
// items inside orders, item states, labels, links and layouts the live pages draw.

const SOLD_VARIANTS: PageVariant[] = [
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

/** Every order-list variant of the Taobao pages. */
export const ORDER_VARIANTS: PageVariant[] = [...ROW_VARIANTS, ...SOLD_VARIANTS, ...LEGACY_ORDER_VARIANTS];
