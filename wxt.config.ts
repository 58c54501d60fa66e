import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

// The manifest asks for no host permission: the content scripts' matches (each console's list pages and their
// single-page app, lib/platforms/<id>/index.ts) are the whole of ShopLens's host access. No all-URLs pattern,
// no remote code, no network permission of any kind.

/**
 * WXT's content-script entry builds its ContentScriptContext from this module; ShopLens's own
 * (lib/messaging/content-script-context.ts) takes its place: WXT's posts the extension's id to the host page
 * and lets the page switch the script off with a forged "content script started" event.
 */
const WXT_CONTEXT_MODULE = 'wxt/utils/content-script-context';
const SAFE_CONTEXT = fileURLToPath(new URL('./lib/messaging/content-script-context.ts', import.meta.url));
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Tests, the demo and the benchmarks build into a folder of their own (test/support/build.ts), so they never
  // replace the `.output/chrome-mv3` a seller loads; unset, WXT's default `.output`.
  outDir: process.env.SHOPLENS_OUT_DIR || undefined,
  vite: () => ({
    plugins: [
      {
        name: 'shoplens-safe-content-script-context',
        enforce: 'pre',
        resolveId: (source: string) => (source === WXT_CONTEXT_MODULE ? SAFE_CONTEXT : undefined),
      },
    ],
  }),
  manifest: ({ browser }) => ({
    name: 'ShopLens 店镜',
    description: '多平台店铺本地分析：订单与商品采集、统一 SKU 编码、客户分层、库存预警。数据只存在本机。',
    default_locale: undefined,
    permissions: ['storage', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    action: { default_title: 'ShopLens 店镜' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'shoplens@shoplens.local' } } }
      : {}),
  }),
});
