// @vitest-environment jsdom
import type { Order } from '../../../../lib/domain';
import { extractJdOrders } from '../../../../lib/platforms/jd/extract';
import { DEMO_PAGES, type DemoPage } from '../../../fixtures/pages';
import { loadPage, withoutCapture } from '../../../support/fixtures';
import { $$, cardId, cards, toContainers, toLegacyWareTable, toPorder } from './layouts';
import { fragment, readDocument, readVariant, serialized, type PageVariant, type StoredRecord } from '../../../support/page-variants';

// JD-specific page variants (metamorphic): the jdm order cards and the ware list redrawn the ways the real
// consoles draw them (research real-evidence.md, JD). Each variant stores the same records as its page, or the
// documented difference written as a function of the page's records. The generic variants run in
// test/lib/platforms/page-variants.test.ts.

const isOrders = (page: DemoPage) => page.kind === 'orders';
const isProducts = (page: DemoPage) => page.kind === 'products';
const orders = (records: StoredRecord[]) => records as Order[];

function footer(doc: Document, text: (card: Element, i: number) => string): void {
  cards(doc).forEach((card, i) => card.append(fragment(doc, `<div class="card-footer"><div class="remark-cell"><span class="remark-cell__text">${text(card, i)}</span></div></div>`)));
}
const lastLineList = (card: Element) => card.querySelector('.sku-info-list')!;
const firstTitle = (card: Element) => card.querySelector('.sku-name')!.textContent!;

function noPriceLine(title: string, tagText: string, qty = 'x1'): string {
  return `<div class="sku-info-list__item"><div class="sku-info-card"><div class="card-left__desc"><span class="jd-tag"><span class="jd-tag__content">${tagText}</span></span><a class="sku-name">${title}</a></div><div class="sku-info-card__right"><div class="config-view-item"><span class="config-view-item__value">${qty}</span></div></div></div></div>`;
}

/** Rebuilds every config item as one text node `label<sep>value`. */
function joinConfigs(doc: Document, sep: string): void {
  for (const item of $$(doc, '.config-view-item')) {
    const label = item.querySelector('.config-view-item__label');
    if (!label) continue;
    const value = item.querySelector('.config-view-item__value')!;
    item.textContent = `${label.textContent!.replace(/[:：]\s*$/, '')}${sep}${value.textContent}`;
  }
}

/** SKU lines with a price (a gift at ¥0 counts; gift and service lines without one do not). */
const pricedLines = (card: Element) => $$(card, '.sku-info-list__item').filter((l) => /[¥￥]/.test(l.querySelector('.sku-info-card__right')?.textContent ?? ''));

const GIFT = { title: '【赠品】耳机收纳包', spec: '黑色', skuId: '100012345678', priceFen: 0, quantity: 1 };

const ORDER_LIST: PageVariant[] = [
  { name: 'seller remark with x2 and ¥5 under every card', apply: (doc) => footer(doc, () => '商家备注：补发 x2 ¥5 已联系买家') },
  { name: 'buyer message quoting an order number (订单号：…)', apply: (doc) => footer(doc, (c) => `买家留言：和订单号：${cardId(c)} 一起发`) },
  { name: 'remark drawn like a SKU line (title ¥5.00 x2, no label)', apply: (doc) => footer(doc, (c) => `${firstTitle(c)} ¥5.00 x2`) },
  {
    name: 'remark row reusing the SKU line class (.sku-info-list__item 商家备注：…)',
    apply: (doc) => cards(doc).forEach((c) => lastLineList(c).append(fragment(doc, `<div class="sku-info-list__item"><span>商家备注：${firstTitle(c)} ¥5.00 x2</span></div>`))),
  },
  {
    name: 'gift line at ¥0 in every order (stored as an item at ¥0)',
    apply: (doc) =>
      cards(doc).forEach((c) =>
        lastLineList(c).append(
          fragment(doc, `<div class="sku-info-list__item"><div class="card-left__desc"><a class="sku-name">${GIFT.title}</a><div class="config-view-item"><span class="config-view-item__value">${GIFT.spec}</span></div><div class="config-view-item"><span class="config-view-item__label">skuId：</span><span class="config-view-item__value">${GIFT.skuId}</span></div></div><div class="sku-info-card__right"><div class="config-view-item"><span class="config-view-item__value">¥0.00</span></div><div class="config-view-item"><span class="config-view-item__value">x1</span></div></div></div>`),
        ),
      ),
    expect: (records) => orders(records).map((o) => ({ ...o, items: [...o.items, GIFT] })),
  },
  { name: 'gift line without a price (skipped)', apply: (doc) => cards(doc).forEach((c) => lastLineList(c).append(fragment(doc, noPriceLine('【赠品】清洁布', '赠品')))) },
  {
    name: 'service lines without a price (京东保障服务, 运费险)',
    apply: (doc) => cards(doc).forEach((c) => lastLineList(c).append(fragment(doc, noPriceLine('京东保障服务 1年只换不修', '服务') + noPriceLine('运费险', '服务', '')))),
  },
  {
    name: 'one SKU line 退款成功 in a multi-line order (order status kept, statusText names it)',
    appliesTo: (_p, doc) => cards(doc).some((c) => pricedLines(c).length > 1 && !c.querySelector('.sku-after-sale')),
    apply: (doc) => {
      for (const c of cards(doc)) {
        const lines = pricedLines(c);
        if (lines.length > 1 && !c.querySelector('.sku-after-sale')) lines[0]!.append(fragment(doc, '<div class="sku-after-sale"><span class="jd-tag"><span class="jd-tag__content">退款成功</span></span></div>'));
      }
    },
    expect: (records) =>
      orders(records).map((o) => {
        if (o.items.length < 2 || o.statusText.includes('退款成功')) return o;
        const all = o.statusText.includes('退款成功') ? o.statusText : `${o.statusText} 退款成功`;
        return { ...o, statusText: all };
      }),
  },
  { name: 'config label and value in one text, ASCII colon (货号:EJ…, skuId:4…)', apply: (doc) => joinConfigs(doc, ':') },
  { name: 'config label and value in one text, no-break space (货号\u00a0EJ…)', apply: (doc) => joinConfigs(doc, '\u00a0') },
  { name: 'config labels without a colon (货号 / skuId, value in the next span)', apply: (doc) => $$(doc, '.config-view-item__label').forEach((l) => (l.textContent = l.textContent!.replace(/[:：]/, ''))) },
  {
    name: 'status as a word in the card (no status column, no .order-status)',
    apply: (doc) => {
      $$(doc, '[prop="orderStatus"]').forEach((c) => c.removeAttribute('prop'));
      $$(doc, '.order-status').forEach((s) => (s.className = 'state-text'));
    },
  },
  { name: 'no prop attributes (columns known by class and label only)', apply: (doc) => $$(doc, '.card [prop]').forEach((c) => c.removeAttribute('prop')) },
  {
    name: 'buyer pin that reads like an order number (订单号：4099…)',
    apply: (doc) => $$(doc, '.user-pin').forEach((p, i) => (p.textContent = `订单号：40991234${String(i).padStart(4, '0')}`)),
    expect: (records) => orders(records).map((o, i) => ({ ...o, buyer: `订单号：40991234${String(i).padStart(4, '0')}` })),
  },
  {
    name: 'SKU right side as bare spans (no config items)',
    apply: (doc) => $$(doc, '.sku-info-card__right').forEach((r) => (r.innerHTML = $$(r, '.config-view-item__value').map((v) => `<span>${v.textContent}</span>`).join(''))),
  },
  {
    name: 'phone cell with 虚拟号说明 and 承诺发货时间 in the header',
    apply: (doc) => {
      $$(doc, '.cons-mobile-phone').forEach((p) => p.append(fragment(doc, '<a class="jd-link"> 虚拟号说明 </a>')));
      $$(doc, '.card-header').forEach((h) => h.prepend(fragment(doc, '<div class="promise-out-ship-date"><span class="jd-only-child__content">承诺发货时间 2025-09-01 23:59:59</span></div>')));
    },
  },
  {
    name: 'cards inside .jd-pro-card-table .table-body (no scroll view)',
    apply: (doc) => $$(doc, '.jd-scrollbar').forEach((s) => s.replaceWith(fragment(doc, `<div class="jd-pro-card-table"><div class="table-body">${s.querySelector('.table-body')!.innerHTML}</div></div>`))),
  },
  { name: 'the /jdm/trade/order/orderList layout (.table-item-container per order)', apply: toContainers },
  { name: 'the old porder layout (header table + body table per order)', apply: toPorder },
];
const ORDER_VARIANTS: PageVariant[] = ORDER_LIST.map((v) => ({ ...v, appliesTo: (p: DemoPage, d: Document) => isOrders(p) && (v.appliesTo?.(p, d) ?? true) }));

// ---- ware list ------------------------------------------------------------------------------------------

const headerCell = (doc: Document, text: string) => $$(doc, '#js-ware-table th').filter((th) => th.textContent === text);
const colIndex = (doc: Document, text: string) => {
  const th = doc.querySelector('#js-ware-table .jd-table__header th')!.parentElement!;
  return [...th.children].findIndex((c) => c.textContent === text);
};
/** Body cells of the main body table in the column whose header reads `text` (SKU columns: one per row, no rowspan). */
function columnCells(doc: Document, text: string): Element[] {
  const cls = doc.querySelector('#js-ware-table .jd-table__header th')!.parentElement!.children[colIndex(doc, text)]!.classList[0]!;
  return $$(doc, `#js-ware-table .jd-table__body-wrapper td.${cls}, #js-ware-table .jd-table__fixed-right td.${cls}`);
}
function renameHeader(doc: Document, from: string, to: string) {
  headerCell(doc, from).forEach((th) => (th.querySelector('.cell')!.textContent = to));
}
const PRODUCT_LIST: PageVariant[] = [
  {
    name: '30天销量 label moved into the cell under a header 销量',
    apply: (doc) => {
      columnCells(doc, '30天销量').forEach((c) => (c.querySelector('.cell')!.textContent = `30天销量 ${c.textContent}`));
      renameHeader(doc, '30天销量', '销量');
    },
  },
  {
    name: '累计销量 and 30天销量 in one cell under a header 销量',
    apply: (doc) => {
      columnCells(doc, '30天销量').forEach((c) => (c.querySelector('.cell')!.innerHTML = `<p>累计销量 ${Number(c.textContent) * 7 + 3}</p><p>30天销量 ${c.textContent}</p>`));
      renameHeader(doc, '30天销量', '销量');
    },
  },
  {
    name: '京东价 label and a struck 市场价 in the price cell under a header 价格',
    apply: (doc) => {
      columnCells(doc, '京东价').forEach((c) => (c.querySelector('.cell')!.innerHTML = `<p>京东价 ${c.textContent}</p><p>市场价 <del>¥9,999.00</del></p>`));
      renameHeader(doc, '京东价', '价格');
    },
  },
  {
    name: '库存 label inside the stock cell (库存：N) under a header 可售',
    apply: (doc) => {
      columnCells(doc, '库存').forEach((c) => (c.querySelector('.cell')!.textContent = `库存：${c.textContent}`));
      renameHeader(doc, '库存', '可售');
    },
  },
  {
    name: '商品编号 with a no-break space and the value in the next span',
    apply: (doc) => $$(doc, '.ware-id').forEach((w) => (w.innerHTML = `<span>商品编号\u00a0</span><span>${w.querySelector('.ware-id__value')!.textContent}</span>`)),
  },
  {
    name: 'status column dropped, status tag inside the 商品信息 cell',
    apply: (doc) => {
      const cls = (text: string) => doc.querySelector('#js-ware-table .jd-table__header th')!.parentElement!.children[colIndex(doc, text)]!.classList[0]!;
      const status = cls('商品状态');
      const info = cls('商品信息');
      for (const row of $$(doc, '#js-ware-table tr')) {
        const s = row.querySelector(`td.${status}`);
        const i = row.querySelector(`td.${info} .ware-info__text`);
        if (s && i) i.append(s.querySelector('.jd-tag')!);
        s?.remove();
      }
      $$(doc, `#js-ware-table th.${status}, #js-ware-table col[name="${status}"]`).forEach((el) => el.remove());
    },
  },
  {
    name: 'header drawn in the body table (one table, thead + tbody)',
    apply: (doc) => {
      const kit = doc.querySelector('#js-ware-table .jd-table')!;
      const head = kit.querySelector('.jd-table__header-wrapper thead')!;
      kit.querySelector('.jd-table__body-wrapper table')!.prepend(head);
      kit.querySelector('.jd-table__header-wrapper')!.remove();
    },
  },
  {
    name: 'a fixed-left overlay repeating the first two columns',
    apply: (doc) => {
      const kit = doc.querySelector('#js-ware-table .jd-table')!;
      const copy = kit.querySelector('.jd-table__fixed-right')!.cloneNode(true) as Element;
      copy.className = 'jd-table__fixed';
      kit.append(copy);
    },
  },
  {
    name: 'the legacy #tbl_type2 layout (one row per SKU, td[8] = actions)',
    apply: toLegacyWareTable,
  },
];
const PRODUCT_VARIANTS: PageVariant[] = PRODUCT_LIST.map((v) => ({ ...v, appliesTo: (p: DemoPage) => isProducts(p) }));

const jdPages = DEMO_PAGES.filter((p) => p.platform === 'jd');
const pairs = jdPages.flatMap((page) => {
  const doc = loadPage(page.name);
  return [...ORDER_VARIANTS, ...PRODUCT_VARIANTS].filter((v) => v.appliesTo!(page, doc)).map((v) => [`${page.name} · ${v.name}`, page, v] as const);
});

const bases = new Map<string, ReturnType<typeof readDocument> & { html: string }>();
const base = (page: DemoPage) => {
  if (!bases.has(page.name)) {
    const doc = loadPage(page.name);
    bases.set(page.name, { html: serialized(doc), ...readDocument(page, doc) });
  }
  return bases.get(page.name)!;
};

describe.each(pairs)('%s', (_name, page, variant) => {
  it('stores the same records as the page itself (or the documented difference)', () => {
    const read = readVariant(page, variant);
    expect(read.html).not.toBe(base(page).html);
    if (read.error) throw read.error;
    const want = variant.expect ? variant.expect(base(page).records, page) : base(page).records;
    expect(read.rejected.length, JSON.stringify(read.rejected.slice(0, 2))).toBe(base(page).rejected.length);
    expect(read.records.map(withoutCapture)).toEqual(want.map(withoutCapture));
    expect(JSON.stringify(read.raw)).not.toMatch(/王\*\*|\*{4}\d{4}|虚拟号/);
    // The first pair of a page also reads the page itself: whole demo pages read slowly on a busy machine.
  }, 60_000);
});

it('has at least 15 JD-specific variants per reader', () => {
  expect(ORDER_VARIANTS.length).toBeGreaterThanOrEqual(15);
  expect(PRODUCT_VARIANTS.length).toBeGreaterThanOrEqual(9);
});

it('reads the porder variant through the porder reader, not the card reader', () => {
  const page = jdPages.find((p) => p.name === 'jd-orders')!;
  const doc = loadPage(page.name);
  toPorder(doc);
  expect(doc.querySelector('.card')).toBeNull();
  expect(extractJdOrders(doc).length).toBe(base(page).records.length);
}, 60_000);

