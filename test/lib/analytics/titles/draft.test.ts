import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../lib/analytics/settings';
import { computeTitleReport, createDraftChecker } from '../../../../lib/analytics/titles';
import { DEMO_NOW } from '../../../fixtures/data/shop';
import { demoRecords } from '../../../support/demo-db';

const words = (s: { word: string }[]) => s.map((x) => x.word);

describe('createDraftChecker', () => {
  // The demo pages' records, as the extension stores them after a capture.
  const { products, orders } = demoRecords();
  const report = computeTitleReport(products, orders, DEMO_NOW, DEFAULT_SETTINGS);
  const draft = createDraftChecker(report.listings, DEFAULT_SETTINGS);

  it('gives a listed title, typed as a draft, the check and suggestions the report gave that listing', () => {
    expect(report.listings.length).toBeGreaterThan(10);
    let suggested = 0;
    report.listings.forEach((l, i) => {
      const got = draft(l.title, l.platform);
      expect(got.category.code).toBe(l.category);
      expect(got.goods).toBe(l.goods);
      expect(got.check).toEqual(report.checks[i]);
      expect(words(got.suggestions)).toEqual(words(report.suggestions[i]!.suggestions));
      suggested += got.suggestions.length;
    });
    expect(suggested).toBeGreaterThan(0);
  });

  it('suggests a new title the words its peers sell with, and flags its problems', () => {
    const peer = report.suggestions.find((s) => s.suggestions.length > 0)!.listing;
    const got = draft(`最好的${peer.goods}`, peer.platform);
    expect(got.goods).toBe(peer.goods);
    expect(got.peers).toBeGreaterThan(0);
    expect(got.suggestions.length).toBeGreaterThan(0);
    expect(got.check.issues.some((i) => i.kind === 'term' && i.hit.grade === 'P0')).toBe(true);
  });

  it('takes the seller category words from the settings', () => {
    const settings = { ...DEFAULT_SETTINGS, sku: { ...DEFAULT_SETTINGS.sku, categoryWords: { 小狗窝: '09' as const } } };
    expect(createDraftChecker(report.listings, settings)('加厚小狗窝', 'taobao').category).toMatchObject({ code: '09', source: 'seller' });
  });
});
