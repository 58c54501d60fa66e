import { POPUP_LIST_PAGES } from '../../components/popup/console-pages';
import { pageOf } from '../../components/popup/page-of';
import { detectPage } from '../../lib/platforms/registry';
import { DEMO_PAGES } from '../fixtures/pages';

// The popup knows where it is from the platforms' urls.ts alone; it must say what detectPage says.
const urls = [
  ...DEMO_PAGES.flatMap((p) => p.urls),
  ...Object.values(POPUP_LIST_PAGES).flatMap((k) => Object.values(k)),
  'https://myseller.taobao.com/home.htm/trade-platform/tp/detail',
  'https://www.example.com/orders/list',
  'http://mms.pinduoduo.com/orders/list',
  'chrome-extension://abc/popup.html',
  'not a url',
];

describe('pageOf', () => {
  it.each(urls.map((u) => [u]))('agrees with detectPage on %s', (url) => {
    const d = detectPage(url);
    expect(pageOf(url)).toEqual(d ? { platform: d.adapter.id, kind: d.kind } : undefined);
  });

  it('recognises every demo page as its platform and list', () => {
    for (const p of DEMO_PAGES) for (const u of p.urls) expect(pageOf(u)).toEqual({ platform: p.platform, kind: p.kind });
  });
});
