/**
 * Imported first by test/bench/ingest-page.ts. The extension's pages and worker forbid eval (CSP), so Zod
 * there finds on first use that it cannot compile parsers and validates without its JIT. The bench bundle is
 * evaluated through the DevTools protocol, which is exempt from CSP, so Zod would decide otherwise and
 * then fail on later, ordinary tasks; `jitless` puts it on the extension's path from the start.
 */
import { config } from 'zod';

config({ jitless: true });
