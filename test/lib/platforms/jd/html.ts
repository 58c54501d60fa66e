// Hand-drawn JD list parts for the reader tests, the way research §3 says the consoles draw them.
export const dom = (body: string) => new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html');
export const ctx = { platform: 'jd' as const, url: 'https://shop.jd.com/jdm/trade/orders/order-list', capturedAt: Date.UTC(2025, 7, 1) };

export const cfg = (value: string, label?: string) =>
  `<div class="config-view-item">${label ? `<span class="config-view-item__label">${label}</span>` : ''}<span class="config-view-item__value">${value}</span></div>`;

/** One order card the way the jdm list draws it (research §3.2); parts can be swapped per test. */
export function card(o: {
  id?: string;
  time?: string;
  tags?: string[];
  items?: string;
  receivables?: string;
  consignee?: string;
  status?: string;
  /** Anything drawn after the columns: a remark footer, a notice. */
  footer?: string;
}): string {
  const tags = (o.tags ?? []).map((t) => `<div class="order-tags-item"><span class="jd-tag"><span class="jd-tag__content">${t}</span></span></div>`);
  return `<div class="card">
  <div class="card-header">
    ${o.id ?? '<div class="shop-order-id">订单号：<span class="order-info-btn"><span>312345678901</span></span></div>'}
    <div class="order-time-info"><span class="shop-overflow-tooltip__content">${o.time ?? '2025-07-30 01:22:42 下单，2025-07-30 01:25:04 付款'}</span></div>
    <div class="order-tags">${tags.join('')}</div>
  </div>
  <div class="card-column" prop="skuInfo">${
    o.items ??
    `<div class="sku-info-list__item"><div class="sku-info-card">
      <div class="card-left__desc"><a class="sku-name">蓝牙耳机真无线降噪</a>${cfg('曜石黑')}${cfg('EJ-BT5-01', '货号：')}${cfg('419315862188', 'skuId：')}</div>
      <div class="sku-info-card__right">${cfg('¥199.00')}${cfg('x2')}</div>
    </div></div>`
  }</div>
  <div class="card-column" prop="receivables">${o.receivables ?? `${cfg('¥404.00')}${cfg('¥6.00', '运费')}`}</div>
  <div class="card-column" prop="consigneeInfo">${
    o.consignee ??
    '<span class="cons-address-text">王**，陕西安康市紫阳县**********</span><span class="cons-mobile-phone-text">138****5678</span><span class="user-pin">jd_***8d</span>'
  }</div>
  <div class="card-column" prop="orderStatus">${o.status ?? '<div class="order-status"><span>等待出库</span></div>'}</div>
  ${o.footer ?? ''}
</div>`;
}

export const list = (...cards: string[]) =>
  `<div class="jd-scrollbar"><div class="jd-scrollbar__view"><div class="table-body">${cards.join('')}</div></div></div>`;

export const th = (h: string, i: number) => `<th class="jd-table_3_column_${i + 12} is-leaf"><div class="cell">${h}</div></th>`;
export const td = (content: string, attrs = '') => `<td ${attrs}><div class="cell">${content}</div></td>`;

/** The kit's split table: header and body are two tables in their own wrappers. */
export function wareTable(headers: string[], rows: string[], extra = ''): string {
  return `<div id="js-ware-table" class="table-container-wrapper"><div class="jd-table">
    <div class="jd-table__header-wrapper"><table class="jd-table__header"><thead><tr>${headers.map(th).join('')}</tr></thead></table></div>
    <div class="jd-table__body-wrapper"><table class="jd-table__body"><tbody>${rows.join('')}</tbody></table></div>${extra}
  </div></div>`;
}


/** One SKU line of a card (`.sku-info-list__item`); `price: ''` draws none, `extra` goes after the right side. */
export function sku(o: { title?: string; spec?: string; outerId?: string; skuId?: string; price?: string; qty?: string; extra?: string } = {}): string {
  const price = o.price ?? '¥199.00';
  return `<div class="sku-info-list__item"><div class="sku-info-card">
    <div class="card-left__desc"><a class="sku-name">${o.title ?? '蓝牙耳机真无线降噪'}</a>${cfg(o.spec ?? '曜石黑')}${o.outerId === '' ? '' : cfg(o.outerId ?? 'EJ-BT5-01', '货号：')}${cfg(o.skuId ?? '419315862188', 'skuId：')}</div>
    <div class="sku-info-card__right">${price ? cfg(price) : ''}${cfg(o.qty ?? 'x2')}</div>
  </div>${o.extra ?? ''}</div>`;
}
