// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRows } from '../../../lib/domain';
import { PLATFORMS, detectPage } from '../../../lib/platforms/registry';
import { pageFiles } from '../../fixtures/build';
import { DEMO_PAGES } from '../../fixtures/pages';
import { loadExpected, loadPage, withoutCapture } from '../../support/fixtures';

// Golden tests: every demo page, read by its platform's reader, gives exactly the records the demo shop
// says it shows — field by field. The expectations come from the shop generator, not from the readers.
describe.each(DEMO_PAGES.map((p) => [p.name, p] as const))('demo page %s', (name, page) => {
  const ctx = { platform: page.platform, url: page.urls[0]!, capturedAt: Date.UTC(2025, 7, 1) };

  it('is recognised at each of its URLs', () => {
    for (const url of page.urls) {
      const found = detectPage(url);
      expect(found?.adapter.id, url).toBe(page.platform);
      expect(found?.kind, url).toBe(page.kind);
    }
  });

  it('reads exactly the expected records', () => {
    const adapter = PLATFORMS[page.platform];
    const doc = loadPage(name);
    const raw = page.kind === 'orders' ? adapter.extractOrders(doc) : adapter.extractProducts(doc);
    const { records, rejected } = parseRows(page.kind, raw, ctx);
    expect(rejected.length, JSON.stringify(rejected, null, 1)).toBe(page.brokenRows ?? 0);
    expect(records.map(withoutCapture)).toEqual(loadExpected(name).expected);
  });
});

it('has at least one demo page for every (platform, page kind) pair', () => {
  const pairs = new Set(DEMO_PAGES.map((p) => `${p.platform}/${p.kind}`));
  for (const id of Object.keys(PLATFORMS)) {
    expect(pairs).toContain(`${id}/orders`);
    expect(pairs).toContain(`${id}/products`);
  }
});

it('keeps the committed fixture files in step with the generator (run `npm run fixtures`)', () => {
  for (const [file, text] of pageFiles()) {
    expect(readFileSync(join(__dirname, '../../fixtures', file), 'utf8'), file).toBe(text);
  }
});
