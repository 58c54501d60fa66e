import { fileURLToPath as toPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Order, Product } from '../../lib/domain';
import { DEMO_PAGES, type DemoPage, type Expected } from '../fixtures/pages';

const HERE = join(toPath(import.meta.url), '..');

const FIXTURES = join(HERE, '..', 'fixtures');

/** The committed HTML of a demo page, parsed into a document (jsdom tests). */
export function loadPage(name: string): Document {
  const html = readFileSync(join(FIXTURES, 'html', `${name}.html`), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The committed expected records of a demo page. */
export function loadExpected(name: string): {
  expected: Expected<Order | Product>[];
  expectedAll?: Expected<Order | Product>[];
} {
  return JSON.parse(readFileSync(join(FIXTURES, 'expected', `${name}.json`), 'utf8'));
}

/** Drops the capture-dependent fields so a stored record compares to an expected one. */
export function withoutCapture<T extends { capturedAt?: number; url?: string }>(record: T): Omit<T, 'capturedAt' | 'url'> {
  const { capturedAt: _c, url: _u, ...rest } = record;
  return rest;
}

export function demoPagesOf(platform: string): DemoPage[] {
  return DEMO_PAGES.filter((p) => p.platform === platform);
}
