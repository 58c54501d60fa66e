import type { PageVariant } from '../../../support/page-variants';
import { LEGACY, onPages, orders } from './order-variant-dom';

// The legacy list_sold_items.htm page's own variants (research real-evidence.md §OLD page): rebuilt module
// hashes, the buyer without its name class, the order id only in attributes, titles with entity text.

export const LEGACY_ORDER_VARIANTS: PageVariant[] = [
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
];

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
