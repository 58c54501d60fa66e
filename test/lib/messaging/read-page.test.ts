import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { readPage } from '../../../lib/messaging/read-page';
import { PLATFORMS } from '../../../lib/platforms/registry';
import { DEMO_PAGES } from '../../fixtures/pages';

// readPage on the demo pages at their real URLs (jsdom with a URL, so location is the console's), and on the
// same pages with their structure changed under the reader.
const html = (name: string) => readFileSync(join(__dirname, '../../fixtures/html', `${name}.html`), 'utf8');
const at = (markup: string, url: string) => new JSDOM(markup, { url }).window.document;

/** The page redrawn without tables: every table element becomes a div (a console moving to a div grid). */
function tablesToDivs(markup: string): string {
  return markup.replace(/<(\/?)(table|thead|tbody|tfoot|tr|td|th)(?=[\s>])/g, '<$1div');
}

const firstOf = (platform: string, kind: string) => DEMO_PAGES.find((p) => p.platform === platform && p.kind === kind && !p.brokenRows)!;

describe.each(['taobao', 'douyin', 'jd', 'pdd'] as const)('readPage on %s', (platform) => {
  for (const kind of ['orders', 'products'] as const) {
    const page = firstOf(platform, kind);
    const adapter = PLATFORMS[platform];

    it(`${kind}: a demo page reads fine, with the reader's version and no drift`, () => {
      const m = readPage(adapter, at(html(page.name), page.urls[0]!), Date.UTC(2025, 7, 1))!;
      expect(m.records.length).toBeGreaterThan(0);
      expect(m.readerVersion).toBe(adapter.version);
      expect(m.drift).toBeUndefined();
      // Whole demo pages parsed and read in jsdom: seconds each on a busy machine.
    }, 60_000);

    it(`${kind}: the same page with its rows no longer findable is reported as drift, not silence`, () => {
      // The rows' text is still there, but under markup the reader does not know: class names and tags gone.
      const broken = tablesToDivs(html(page.name)).replace(/ (class|data-row-key|data-testid|role|prop)="[^"]*"/g, '');
      const m = readPage(adapter, at(broken, page.urls[0]!), Date.UTC(2025, 7, 1));
      expect(m, 'a message is sent').toBeDefined();
      expect(m!.drift, JSON.stringify({ read: m!.read, rejected: m!.rejected.length })).toBeDefined();
      expect(m!.drift!.readerVersion).toBe(adapter.version);
      expect(m!.records.length).toBeLessThan(m!.read === 0 ? 1 : m!.read);
    }, 60_000);
  }
});

describe('readPage on an empty list', () => {
  it('sends nothing and reports no drift when the list says it is empty', () => {
    const url = 'https://myseller.taobao.com/home.htm/trade-platform/tp/sold';
    const doc = at(`<form><label>订单编号</label><input></form><div class="next-table"><table><thead><tr><th>宝贝</th><th>单价</th>
      <th>数量</th><th>实收款</th></tr></thead></table><div class="next-table-body"><div>没有符合条件的宝贝，请尝试其他搜索条件。</div></div></div>`, url);
    expect(readPage(PLATFORMS.taobao, doc, 0)).toBeUndefined();
  });
});
