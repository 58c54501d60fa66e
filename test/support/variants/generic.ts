import type { DemoPage } from '../../fixtures/pages';
import {
  afterText,
  allCells,
  bodyCells,
  contentRoot,
  escapeRe,
  expectedIds,
  expectedRecords,
  expectedTitles,
  fragment,
  innermost,
  insertAfter,
  insertAfterEachRow,
  mapTextNodes,
  repeatedBlocks,
  span,
  squashed,
  tableWidth,
  tablesOf,
  textNodes,
  walkShown,
  wrapContents,
  wrapElement,
} from './dom';
import type { PageVariant } from './engine';
import {
  MODULE_HASH,
  KIT_VERSION,
  COLUMN_ID,
  newHash,
  mapClassTokens,
  hasClass,
  LABELS,
  labelColon,
  textVariant,
  labelWithValue,
  labelAndColon,
  esc,
  reactSplits,
  columnSwapPlan,
  swapColumns,
} from './transforms';

/** The generic page variants: what every console does to its lists from build to build. */

// ---- the variants ----------------------------------------------------------------------------------------

/** JD's order list is drawn with div cards only, no table. */
const hasTables = (_page: DemoPage, doc: Document) => tablesOf(doc).length > 0;
const cloneInto = (doc: Document, html: string) => {
  const proto = fragment(doc, html);
  return () => proto.cloneNode(true);
};
const everyCell = (where: 'prepend' | 'append', html: string) => (doc: Document) => {
  const make = cloneInto(doc, html);
  for (const cell of bodyCells(doc)) cell[where](make());
};

/** Markup the variants insert, drawn the way the consoles' kits draw it. */
const MARKUP = {
  tableWrap: '<div class="scroll-wrap_Qk3vZ"><div class="scroll-wrap__inner"></div></div>',
  blockWrap: '<div class="virtual-item_7cDx2"></div>',
  cellInner: '<div class="cell-inner"><span></span></div>',
  spacerRow: (row: Element, width: number) =>
    `<tr class="${row.classList[0] ?? ''} row-spacer" style="height:8px"><td colspan="${width}"></td></tr>`,
  measureCell: '<td style="padding:0;border-top:0;border-bottom:0;height:0"><div style="height:0;overflow:hidden">&nbsp;</div></td>',
  measureRow: (kit: string, cells: string) => `<tr aria-hidden="true" class="${kit}-measure-row" style="height:0px;font-size:0px">${cells}</tr>`,
  gap: '<div class="list-gap" style="height:8px"></div>',
  cellStyle: '<style>.beast-core-ellipsis-1{overflow:hidden;text-overflow:ellipsis}</style>',
  cellScript:
    '<script>window.__CELL_STATE__={"price":"¥999.00","quantity":"x9","orderSn":"订单编号：999999-999999999999999"}</script>' +
    '<template><div class="popover">¥999.00 x9 隐藏文字</div></template>',
  hiddenByStyle: '<span style="display:none">¥999.00 x9 隐藏文字</span>',
  hiddenByAttribute: '<span hidden>¥999.00 x9 隐藏文字</span>',
  notices: (count: number) =>
    '<div class="notice-bar_3kQ1z" role="status"><span>温馨提示：大促期间请于承诺时间内发货</span><a>知道了</a></div>' +
    `<div class="list-summary_2Lk9P">共 ${count} 条记录</div>` +
    '<ul class="mini-pager"><li class="prev">上一页</li><li class="active">1</li><li>2</li><li class="next">下一页</li></ul>',
  toast: '<div class="message-toast" role="alert"><div class="message-notice-content"><span>导出任务已提交，可在下载中心查看</span></div></div>',
  hoverCard: (lines: string[]) =>
    '<div style="position:absolute;top:0;left:0;width:100%"><div class="popover-portal">' +
    '<div class="ant-popover ant-popover-hidden" style="display:none"><div class="ant-popover-inner" role="tooltip">' +
    `${lines.map((l) => `<div>${esc(l)}</div>`).join('')}</div></div></div></div>`,
  summaryTable:
    '<div class="shop-overview_1Qa9z"><table class="overview-table">' +
    '<thead><tr><th>今日订单</th><th>今日成交额</th><th>待发货</th><th>退款中</th></tr></thead>' +
    '<tbody><tr><td>12</td><td>¥3,456.00</td><td>3</td><td>1</td></tr></tbody></table></div>',
  copy: '<a class="copy-action" role="button">复制</a>',
  titleControls: '<a class="title-copy">复制</a><a class="title-more">展开</a>',
  shell: '<div id="app"><div class="layout"><div class="layout-body"><main class="layout-main"></main></div></div></div>',
};

const yuan = (fen: number) => `¥${(fen / 100).toFixed(2)}`;

/** Every console rebuild and page shape the research documents, as transforms every reader must survive. */
export const GENERIC_VARIANTS: PageVariant[] = [
  {
    // research: sol-mod__no-br___1PwLO → dK-US → 1FsWT; index_text__3y09K; TB_td_5-117-0 / 5-119-0 / 5-123-0.
    name: 'hashed class suffixes changed',
    appliesTo: (_p, doc) => hasClass(doc, KIT_VERSION) || hasClass(doc, MODULE_HASH, (m) => /[0-9A-Z]/.test(m[2] ?? m[4]!)),
    apply: (doc) => void mapClassTokens(doc, newHash),
  },
  {
    // Element-UI numbers its tables and columns per render (el-table_1_column_1); JD's kit copies that.
    name: 'kit column ids renumbered',
    appliesTo: (_p, doc) => hasClass(doc, COLUMN_ID),
    apply: (doc) =>
      void mapClassTokens(doc, (t) =>
        t.replace(COLUMN_ID, (_m, p: string, n: string, c: string, k: string) => `${p}${Number(n) + 5}${c}${Number(k) + 23}`),
      ),
  },
  {
    name: 'wrapper div around every table',
    appliesTo: hasTables,
    apply: (doc) => tablesOf(doc).forEach((t) => wrapElement(t, MARKUP.tableWrap)),
  },
  {
    name: 'wrapper div around every repeated block (order card, order block, list item)',
    appliesTo: (_p, doc) => repeatedBlocks(doc).length > 0,
    apply: (doc) => repeatedBlocks(doc).flat().forEach((el) => wrapElement(el, MARKUP.blockWrap)),
  },
  {
    name: 'cell content wrapped in div.cell-inner > span',
    apply: (doc) =>
      allCells(doc).forEach((c) => wrapContents(c, MARKUP.cellInner)),
  },
  {
    name: 'blank spacer row after every body row',
    appliesTo: (_p, doc) => tablesOf(doc).some((t) => t.tBodies.length > 0 && t.tBodies[0]!.rows.length > 0),
    apply: (doc) => void insertAfterEachRow(doc, MARKUP.spacerRow),
  },
  {
    // antd (and kits built on it: auxo, ecom-g) draws a zero-height measure row first in a scrolled body.
    name: 'measure row at the top of every table body',
    appliesTo: (_p, doc) => tablesOf(doc).some((t) => [...t.tBodies].some((b) => b.rows.length > 0)),
    apply: (doc) => {
      for (const table of tablesOf(doc)) {
        const cells = MARKUP.measureCell.repeat(tableWidth(table));
        for (const body of [...table.tBodies].filter((b) => b.rows.length > 0)) {
          const kit = /^(.+-table)-row$/.exec(body.rows[0]!.classList[0] ?? '')?.[1] ?? 'ant-table';
          body.prepend(fragment(doc, MARKUP.measureRow(kit, cells)));
        }
      }
    },
  },
  {
    // Fixed-header kits (Fusion next-table, antd with scroll.y, ecom-g) draw the header as a table of its own.
    name: 'header drawn as its own table above the body (fixed-header kit)',
    appliesTo: (_p, doc) => headedTables(doc).length > 0,
    apply: (doc) => {
      for (const table of headedTables(doc)) {
        const head = doc.createElement('table');
        head.className = table.className;
        const colgroup = table.querySelector(':scope > colgroup');
        if (colgroup) head.append(colgroup.cloneNode(true));
        head.append(table.tHead!);
        wrapElement(table, '<div class="table-body-wrap"></div>');
        const box = fragment(doc, '<div class="table-header-wrap"></div>').firstElementChild!;
        box.append(head);
        table.parentElement!.before(box);
      }
    },
  },
  {
    name: 'blank spacer div after every repeated block',
    appliesTo: (_p, doc) => repeatedBlocks(doc).length > 0,
    apply: (doc) => repeatedBlocks(doc).flat().forEach((el) => insertAfter(el, MARKUP.gap)),
  },
  textVariant('label colons full-width → ASCII (订单编号： → 订单编号:)', labelColon('：'), (t) => t.replace(labelColon('：'), '$1$2:')),
  textVariant('label colons ASCII → full-width (ID: → ID：)', labelColon(':'), (t) => t.replace(labelColon(':'), '$1$2：')),
  textVariant('no-break space instead of the label colon (订单编号\u00a0123)', labelColon('[:：]\\s*'), (t) =>
    t.replace(new RegExp(`(${LABELS})\\s*[:：]\\s*`, 'g'), '$1\u00a0'),
  ),
  textVariant('spaces around the label colon (订单编号 ： 123)', labelColon('[:：]'), (t) =>
    t.replace(new RegExp(`(${LABELS})\\s*([:：])\\s*`, 'g'), '$1 $2 '),
  ),
  {
    // research: JD config items, Taobao's sold header (<span>订单号：</span><span>id</span>): label and value apart.
    name: 'label and value split into sibling spans (<span>订单编号：</span><span>123</span>)',
    appliesTo: (_p, doc) => textNodes(doc).some((n) => labelWithValue().test(n.nodeValue ?? '')),
    apply: (doc) =>
      textNodes(doc).forEach((node) => {
        const m = labelWithValue().exec(node.nodeValue ?? '');
        if (m) node.replaceWith(fragment(doc, `${esc(m[1]!)}<span>${esc(m[2]!)}</span><span>${esc(m[3]!)}</span>`));
      }),
  },
  {
    // research: the legacy sold page draws the colon as an element of its own (<span>颜色</span><span>：</span>).
    name: 'label colon in an element of its own (<span>订单编号</span><span>：</span>123)',
    appliesTo: (_p, doc) => textNodes(doc).some((n) => labelAndColon().test(n.nodeValue ?? '')),
    apply: (doc) =>
      textNodes(doc).forEach((node) => {
        const m = labelAndColon().exec(node.nodeValue ?? '');
        if (m) node.replaceWith(fragment(doc, `${esc(m[1]!)}<span>${esc(m[2]!)}</span><span>${esc(m[3]!)}</span>${esc(m[4]!)}`));
      }),
  },
  textVariant('currency sign swapped (¥ ↔ ￥)', /[¥￥]/, (t) => t.replace(/[¥￥]/g, (c) => (c === '¥' ? '￥' : '¥'))),
  textVariant('date separators swapped (2025-05-01 ↔ 2025/05/01)', /(?<!\d)\d{4}([-/])\d{1,2}\1\d{1,2}(?!\d)/, (t) =>
    t.replace(/(?<!\d)(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?!\d)/g, (_m, y: string, sep: string, mo: string, d: string) =>
      [y, mo, d].join(sep === '-' ? '/' : '-'),
    ),
  ),
  {
    // research: PDD cells can contain leaked `.beast-core-ellipsis-N {…}` CSS text.
    name: 'style element inside every body cell',
    apply: everyCell('prepend', MARKUP.cellStyle),
  },
  {
    name: 'script and template inside every body cell',
    apply: everyCell('prepend', MARKUP.cellScript),
  },
  {
    name: 'display:none span inside every body cell',
    apply: everyCell('prepend', MARKUP.hiddenByStyle),
  },
  {
    name: 'hidden-attribute span inside every body cell',
    apply: everyCell('append', MARKUP.hiddenByAttribute),
  },
  {
    // Vue leaves `<!--v-if-->` where a conditional renders nothing; frameworks leave empty text nodes.
    name: 'comments and empty text nodes between elements',
    apply: (doc) => {
      const parents: Element[] = [doc.body];
      walkShown(doc.body, (n) => n.nodeType === 1 && parents.push(n as Element));
      for (const parent of parents) {
        for (const child of [...parent.children]) {
          parent.insertBefore(doc.createComment('v-if'), child);
          parent.insertBefore(doc.createTextNode(''), child);
        }
        parent.append(doc.createComment(''));
      }
    },
  },
  {
    name: 'React text splits (订单编号：<!-- -->123, ¥<!-- -->12.90, x<!-- -->2)',
    appliesTo: (_p, doc) => textNodes(doc).some((n) => reactSplits(n.nodeValue ?? '').length > 0),
    apply: (doc) => {
      for (const node of textNodes(doc)) {
        const text = node.nodeValue ?? '';
        const cuts = reactSplits(text);
        if (!cuts.length) continue;
        const pieces = [0, ...cuts].map((from, i) => text.slice(from, cuts[i] ?? text.length));
        node.replaceWith(...pieces.flatMap((p, i) => (i ? [doc.createComment(' '), p] : [p])));
      }
    },
  },
  {
    name: 'toast, notice bar, pager and 共 N 条 summary outside the list',
    apply: (doc, page) => {
      contentRoot(doc).prepend(fragment(doc, MARKUP.notices(expectedRecords(page).length)));
      doc.body.append(fragment(doc, MARKUP.toast));
    },
  },
  {
    // Kits render tooltips and hover cards into a portal at the end of the body, hidden until hovered.
    name: 'hidden hover card at the end of the body repeating a record',
    apply: (doc, page) => {
      const record = expectedRecords(page)[0]!;
      const lines =
        'items' in record
          ? [`订单编号：${record.orderId}`, ...record.items.map((i) => `${i.title} ${yuan(i.priceFen)} x${i.quantity}`)]
          : [`ID:${record.productId}`, record.title, yuan(record.priceFen)];
      doc.body.append(fragment(doc, MARKUP.hoverCard(lines)));
    },
  },
  {
    name: 'shop summary table (今日订单 | 今日成交额) above the list',
    apply: (doc) => contentRoot(doc).prepend(fragment(doc, MARKUP.summaryTable)),
  },
  {
    // research: PDD's 复制 link beside the order sn; Taobao's and JD's copy icons beside ids.
    name: '复制 button after every order / product / SKU id',
    appliesTo: (page, doc) => idSpots(page, doc).size > 0,
    apply: (doc, page) => idSpots(page, doc).forEach((spot) => insertAfter(spot, MARKUP.copy)),
  },
  {
    name: '复制 / 展开 controls after every item title',
    appliesTo: (page, doc) => titleSpots(page, doc).size > 0,
    apply: (doc, page) => titleSpots(page, doc).forEach((spot) => insertAfter(spot, MARKUP.titleControls)),
  },
  {
    name: 'two data columns swapped (header and every row)',
    appliesTo: (_p, doc) => columnSwapPlan(doc) !== undefined,
    apply: swapColumns,
  },
  {
    name: 'page wrapped in a deeper app shell',
    apply: (doc) => {
      const shell = fragment(doc, MARKUP.shell).firstElementChild!;
      innermost(shell).append(...doc.body.childNodes);
      doc.body.append(shell);
    },
  },
  {
    name: 'Vue scoped-style data-v attributes on every element',
    apply: (doc) => doc.body.querySelectorAll('*').forEach((el) => el.setAttribute('data-v-7ba5bd90', '')),
  },
  {
    name: 'newlines and indentation around every text',
    apply: (doc) => void mapTextNodes(doc, (t) => `\n      ${t}\n    `),
  },
];

/** Tables drawing their header and their body rows together. */
function headedTables(doc: Document): HTMLTableElement[] {
  return tablesOf(doc).filter((t) => t.tHead && [...t.tBodies].some((b) => b.rows.length > 0));
}

function idSpots(page: DemoPage, doc: Document): Set<Node> {
  const ids = expectedIds(page);
  if (!ids.length) return new Set();
  const re = new RegExp(`(?<![\\d-])(?:${ids.map(escapeRe).join('|')})(?![\\d-])`);
  const spots = new Set<Node>();
  for (const node of textNodes(doc)) {
    const id = re.exec(node.nodeValue ?? '')?.[0];
    if (id) spots.add(afterText(node, (t) => t.endsWith(id) && t.length <= id.length + 12));
  }
  return spots;
}

function titleSpots(page: DemoPage, doc: Document): Set<Node> {
  const titles = new Set(expectedTitles(page));
  const spots = new Set<Node>();
  for (const node of textNodes(doc)) {
    const title = squashed(node.nodeValue);
    if (titles.has(title)) spots.add(afterText(node, (t) => t === title));
  }
  return spots;
}
