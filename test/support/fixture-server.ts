import { fileURLToPath as toPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PAGES } from '../fixtures/pages';
import { CHANGED_PAGES } from '../fixtures/pages/changed';

const HERE = join(toPath(import.meta.url), '..');

const HTML_DIR = join(HERE, '..', 'fixtures', 'html');

/** Route key of a URL: host + path, plus the `demo` query parameter that selects a variant page. */
function routeKey(url: URL): string {
  const variant = url.searchParams.get('demo');
  return `${url.hostname}${url.pathname.replace(/\/$/, '')}${variant ? `?demo=${variant}` : ''}`;
}

/** A throwaway self-signed certificate (the browser runs with --ignore-certificate-errors). */
function makeCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'shoplens-tls-'));
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=shoplens-fixtures',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
  ], { stdio: 'ignore' });
  return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
}

export interface FixtureServer {
  port: number;
  /** The seller hosts the server answers for (map them to it with --host-resolver-rules). */
  hosts: string[];
  /** Every request the server saw, as full URLs. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Serves the demo pages over HTTPS at their real console paths, so a browser whose resolver maps the
 * seller hostnames to 127.0.0.1 sees them at their real URLs.
 */
export async function startFixtureServer(port = 0): Promise<FixtureServer> {
  const routes = new Map<string, () => Buffer | string>();
  const file = (name: string) => readFileSync(join(HTML_DIR, `${name}.html`));
  for (const page of DEMO_PAGES) for (const url of page.urls) routes.set(routeKey(new URL(url)), () => file(page.name));
  for (const page of CHANGED_PAGES) routes.set(routeKey(new URL(page.url)), () => page.transform(file(page.base).toString('utf8')));
  const hosts = [...new Set(DEMO_PAGES.flatMap((p) => p.urls.map((u) => new URL(u).hostname)))];
  const requests: string[] = [];
  const server: Server = createServer(makeCertificate(), (req, res) => {
    const url = new URL(req.url ?? '/', `https://${req.headers.host ?? 'localhost'}`);
    requests.push(url.href);
    const page = routes.get(routeKey(url));
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><meta charset="utf-8"><title>404</title><p>ShopLens demo: no such page</p>');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(page());
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    hosts,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
