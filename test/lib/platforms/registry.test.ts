import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLATFORM_IDS } from '../../../lib/domain/platform';
import { SELLER_HOST_PATTERNS } from '../../../lib/platforms/hosts';
import { PLATFORMS, detectPage } from '../../../lib/platforms/registry';
import { DEMO_PAGES } from '../../fixtures/pages';

const ROOT = join(__dirname, '..', '..', '..');
const FILES = ['index.ts', 'urls.ts', 'selectors.ts', 'extract.ts', 'schema.ts'];

// Every platform in the registry is complete: its folder has the five files, a content script wires it,
// its matches stay inside the seller-console hosts, and demo pages prove both of its readers.
describe.each(PLATFORM_IDS.map((id) => [id] as const))('platform %s', (id) => {
  const adapter = PLATFORMS[id];

  it('is registered under its own id', () => expect(adapter.id).toBe(id));

  it('has the five files and tests for them', () => {
    for (const file of FILES) expect(existsSync(join(ROOT, 'lib/platforms', id, file)), file).toBe(true);
    expect(existsSync(join(ROOT, 'test/lib/platforms', id, 'extract.test.ts'))).toBe(true);
    expect(existsSync(join(ROOT, 'test/lib/platforms', id, 'urls.test.ts'))).toBe(true);
  });

  it('has a content script that wires this adapter', () => {
    const script = readFileSync(join(ROOT, 'entrypoints', `${id}.content.ts`), 'utf8');
    expect(script).toContain(`lib/platforms/${id}'`);
    expect(script).toContain(`matches: ${id}.matches`);
  });

  it('matches only https pages on the seller-console hosts', () => {
    expect(adapter.matches.length).toBeGreaterThan(0);
    const hosts = SELLER_HOST_PATTERNS.map((p) => new URL(p.replace('/*', '/')).origin);
    for (const pattern of adapter.matches) {
      expect(pattern).toMatch(/^https:\/\//);
      expect(hosts).toContain(new URL(pattern.replace(/\*.*$/, '')).origin);
    }
  });

  it('has demo pages for its order list and its product list', () => {
    const kinds = DEMO_PAGES.filter((p) => p.platform === id).map((p) => p.kind);
    expect(kinds).toContain('orders');
    expect(kinds).toContain('products');
  });
});

it('detects no list page on non-console URLs', () => {
  for (const url of ['https://www.taobao.com/', 'https://item.jd.com/100012043978.html', 'not a url', 'https://mobile.yangkeduo.com/orders.html']) {
    expect(detectPage(url), url).toBeUndefined();
  }
});
