import { pathToFileURL } from 'node:url';
import type { DemoShop } from '../fixtures/data/shop';
import { demoShop } from '../fixtures/data/shop';
import { DEMO_PAGES, type DemoPage } from '../fixtures/pages';

/** An id with its last digits replaced by a counter: unique per copy, same shape as the console's. */
const renumber = (id: string, n: number) => id.slice(0, -5) + String(n).padStart(5, '0');

/**
 * The demo shop with every platform's orders repeated (new ids) until there are `count` of them: a long list
 * as a busy shop's seller sees it with 500 rows per page.
 */
export function bigShop(count: number): DemoShop {
  const shop = demoShop();
  const orders = {} as DemoShop['orders'];
  for (const [platform, list] of Object.entries(shop.orders) as [keyof DemoShop['orders'], DemoShop['orders']['taobao']][]) {
    orders[platform] = Array.from({ length: count }, (_, i) => {
      const o = list[i % list.length]!;
      return { ...o, orderId: renumber(o.orderId, i) };
    });
  }
  return { ...shop, orders };
}

/** Each platform's main order page drawn with `count` orders, with the URL it is served at. */
export function bigOrderPages(count: number): { page: DemoPage; url: string; html: string }[] {
  const shop = bigShop(count);
  const firsts = ['taobao-orders', 'douyin-orders', 'jd-orders', 'pdd-orders'];
  return firsts.map((name) => {
    const page = DEMO_PAGES.find((p) => p.name === name)!;
    const url = new URL(page.urls[0]!);
    url.searchParams.set('demo', `big${count}`);
    return { page, url: url.href, html: allPagesShown(page.render(shop)) };
  });
}

/**
 * The PDD order page pages its list 20 at a time (the rest waits in a JSON script for the pager): for the
 * bench, the list shows every page at once, so that page too carries `count` orders.
 */
function allPagesShown(html: string): string {
  const script = /<script type="application\/json" id="pdd-order-pages">([\s\S]*?)<\/script>/.exec(html);
  if (!script) return html;
  const pages = JSON.parse(script[1]!) as string[];
  return pages.length > 1 ? html.replace(pages[0]!, () => pages.join('')) : html;
}

/** The RESULTS.md table row of one page read (test/bench/run.ts writes the whole table). */
export function captureRowLine(r: import('./capture').CaptureBenchRow): string {
  const longs = r.longTasks === undefined ? '' : `${r.longTasks}${r.longTasks ? ` (${r.longestMs!.toFixed(0)} ms)` : ''}`;
  const sliced = r.slices === undefined ? '' : `${r.slices} / ${r.slicedMs!.toFixed(0)}`;
  return `| ${r.page} | ${r.rows} | ${r.readMs.toFixed(2)} | ${r.baselineMs.toFixed(3)} | ${(r.readMs / Math.max(r.baselineMs, 0.001)).toFixed(1)}× | ${sliced} | ${longs} |`;
}

// `npx tsx test/bench/big-pages.ts`: the 500-order pages alone (`all`: every demo page too), printed as the
// rows of RESULTS.md's capture table. Needs the built extension (`npx wxt build`). No top-level await:
// capture.ts imports this module.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  import('./capture')
    .then(({ benchCapture }) => benchCapture(15, { demoPages: process.argv[2] === 'all' }))
    .then((rows) => console.log(rows.map(captureRowLine).join('\n')))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
