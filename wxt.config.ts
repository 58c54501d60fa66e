import { defineConfig } from 'wxt';
import { SELLER_HOST_PATTERNS } from './lib/platforms/hosts';

// The manifest asks for the seller-console hosts only (content-script matches grant them); no all-URLs pattern,
// no remote code, no network permission of any kind.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Tests, the demo and the benchmarks build into a folder of their own (test/support/build.ts), so they never
  // replace the `.output/chrome-mv3` a seller loads; unset, WXT's default `.output`.
  outDir: process.env.SHOPLENS_OUT_DIR || undefined,
  manifest: ({ browser }) => ({
    name: 'ShopLens 店镜',
    description: '多平台店铺本地分析：订单与商品采集、统一 SKU 编码、客户分层、库存预警。数据只存在本机。',
    default_locale: undefined,
    permissions: ['storage', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: SELLER_HOST_PATTERNS,
    action: { default_title: 'ShopLens 店镜' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'shoplens@shoplens.local' } } }
      : {}),
  }),
});
