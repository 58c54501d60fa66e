import { fragment } from '../../../support/page-variants';

// The other eras' layouts of the same data, drawn from a demo page's own DOM (research real-evidence.md, JD):
// the `.table-item-container` order list, the old porder list, the legacy `#tbl_type2` ware list.

export const $$ = (root: ParentNode, sel: string) => [...root.querySelectorAll(sel)];
export const cards = (doc: Document) => $$(doc, '.card');
export const cardId = (card: Element) => card.querySelector('.order-info-btn span')!.textContent!;
const pin = (card: Element) => card.querySelector('.user-pin')?.textContent ?? '';

/** The `/jdm/trade/order/orderList` layout: one `.table-item-container` per order, labelled parts, no kit classes. */
export function toContainers(doc: Document): void {
  for (const card of cards(doc)) {
    const lines = $$(card, '.sku-info-list__item').map((line) => {
      const configs = $$(line, '.card-left__desc .config-view-item').map((c) => {
        const label = c.querySelector('.config-view-item__label')?.textContent?.replace(/[:：]\s*$/, '');
        return `<p>${label === 'skuId' ? 'SKU' : (label ?? '规格')}：${c.querySelector('.config-view-item__value')!.textContent}</p>`;
      });
      const right = $$(line, '.sku-info-card__right .config-view-item__value').map((v) => `<span>${v.textContent}</span>`);
      const tags = $$(line, '.jd-tag__content').map((t) => `<em class="line-tag">${t.textContent}</em>`);
      return `<div class="goods-item"><div class="goods-item__left"><a class="goods-name">${line.querySelector('.sku-name')!.textContent}</a>${tags.join('')}${configs.join('')}</div><div class="goods-item__right">${right.join('')}</div></div>`;
    });
    const amount = card.querySelector('[prop="receivables"] .config-view-item__value')!.textContent;
    const status = card.querySelector('.order-status span')!.textContent;
    const notes = $$(card, '.jd-tag__content').filter((t) => !t.closest('.sku-info-list__item')).map((t) => `<span class="jd-tag"><span class="jd-tag__content">${t.textContent}</span></span>`);
    const remark = card.querySelector('.remark-cell__text')?.textContent;
    const box = fragment(
      doc,
      `<div class="table-item-container"><div class="table-item-header"><span>订单编号：${cardId(card)}</span><span class="time-text">${card.querySelector('.shop-overflow-tooltip__content')!.textContent}</span>${notes.join('')}</div>
      <div class="goods-info-column"><div class="user-pin-cell-row"><button class="jd-button"><i class="jd-icon-chat"></i></button><span>${pin(card)}</span></div>${lines.join('')}</div>
      <div class="amount-column"><span>应付金额：</span><span>${amount}</span></div><div class="status-column"><span>${status}</span></div>
      ${remark ? `<div class="remark-column"><span>${remark}</span></div>` : ''}</div>`,
    );
    card.replaceWith(box);
  }
}

/** The old porder layout: a header table and a body table per order under `#order-shop-content`. */
export function toPorder(doc: Document): void {
  const list = doc.querySelector('.table-body')!;
  const blocks = cards(doc).map((card) => {
    const lines = $$(card, '.sku-info-list__item');
    const rows = lines.map((line, i) => {
      const cfg = (label: string) => $$(line, '.config-view-item').find((c) => c.querySelector('.config-view-item__label')?.textContent?.startsWith(label));
      const spec = $$(line, '.card-left__desc .config-view-item').find((c) => !c.querySelector('.config-view-item__label'))?.textContent;
      const outer = cfg('货号')?.querySelector('.config-view-item__value')?.textContent;
      const right = $$(line, '.sku-info-card__right .config-view-item__value').map((v) => v.textContent ?? '');
      const price = right.find((t) => /[¥￥]/.test(t)) ?? '';
      const qty = right.find((t) => /^x/.test(t)) ?? '';
      const tag = line.querySelector('.sku-after-sale')?.textContent ?? '';
      const span = lines.length;
      const orderCells =
        i === 0
          ? `<td rowspan="${span}"><p>${card.querySelector('[prop="receivables"] .config-view-item__value')!.textContent}</p></td><td rowspan="${span}"><p>王**</p><p>138****5678</p></td><td rowspan="${span}">${card.querySelector('.order-status span')!.textContent}</td>`
          : '';
      const remark = i === 0 ? (card.querySelector('.remark-cell__text')?.textContent ?? '') : '';
      return `<tr><td><div><div><p><a>${line.querySelector('.sku-name')!.textContent}</a></p><p>规格：${spec ?? ''}</p>${outer ? `<p>货号：${outer}</p>` : ''}${cfg('skuId') ? `<p>SKU：${cfg('skuId')!.querySelector('.config-view-item__value')!.textContent}</p>` : ''}${tag ? `<p>${tag}</p>` : ''}</div></div></td><td>${qty}</td><td><p>单价</p><p>${price}</p></td>${orderCells}<td>${remark}</td><td><a>出库</a></td></tr>`;
    });
    const tags = $$(card, '.jd-tag__content').filter((t) => !t.closest('.sku-info-list__item')).map((t) => `<span>${t.textContent}</span>`);
    return `<div class="order-block"><div><div><table><thead><tr><th><div><span><a>${cardId(card)}</a></span><span>${card.querySelector('.shop-overflow-tooltip__content')!.textContent}</span>${tags.join('')}</div><div><span>下单账号：${pin(card)}</span></div></th></tr></thead></table></div><div><table><tbody>${rows.join('')}</tbody></table></div></div></div>`;
  });
  const header = '<table><thead><tr><th>商品</th><th>数量</th><th>单价(元)</th><th>应付金额</th><th>收货人</th><th>订单状态</th><th>备注</th><th>操作</th></tr></thead></table>';
  const content = fragment(doc, `<div id="order-shop-content"><div><div><div>${header}</div><div class="order-list">${blocks.join('')}</div></div></div></div>`);
  list.closest('.order-table')!.replaceWith(content);
}

/** The legacy ware list `#tbl_type2` (one row per SKU, td[8] = actions) drawn from the kit table's rows. */
export function toLegacyWareTable(doc: Document): void {
  const rows: string[] = [];
  let ware: { info: string; status: string; listed: string } | undefined;
  for (const tr of $$(doc, '#js-ware-table .jd-table__body-wrapper tbody tr')) {
    const tds = [...tr.children];
    // A ware's first SKU row draws all 11 cells; the rows of its other SKUs only the 6 SKU cells.
    if (tds.length === 11) ware = { info: tds[1]!.querySelector('.ware-info__text')!.innerHTML, status: tds[8]!.textContent!, listed: tds[9]!.textContent! };
    const values = (tds.length === 11 ? tds.slice(2, 8) : tds).map((td) => td.textContent);
    rows.push(`<tr><td><input type="checkbox"></td><td>${ware!.info}</td><td>${values.join('</td><td>')}</td><td>${ware!.status}</td><td>${ware!.listed}</td><td><a>编辑</a> <a>下架</a></td></tr>`);
  }
  const head = '<thead><tr><th></th><th>商品名称</th><th>SKU编码</th><th>销售属性</th><th>货号</th><th>京东价</th><th>库存</th><th>30天销量</th><th>状态</th><th>上架时间</th><th>操作</th></tr></thead>';
  doc.querySelector('#js-ware-table')!.replaceWith(fragment(doc, `<table id="tbl_type2">${head}<tbody>${rows.join('')}</tbody></table>`));

}
