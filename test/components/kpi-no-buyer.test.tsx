// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { I18nProvider } from '../../components/i18n';
import { KpiTab } from '../../components/kpi-tab';
import { DEFAULT_SETTINGS } from '../../lib/analytics/settings';
import { ShopLensDatabase } from '../../lib/db';
import { formatFen, shanghaiDay, type Order, type PlatformId } from '../../lib/domain';
import { storeImport } from '../../lib/ingest/import';
import { DEMO_NOW } from '../fixtures/data/shop';
import { captureRecords, demoRecords } from '../support/demo-db';

// The KPI tab of the demo shop whose Douyin orders all came from Douyin's order export (no buyer nickname
// column): they are in GMV, orders and 笔单价, not in buyers, 复购率 or 客单价 (per buyer).

const COUNTED = new Set(['paid', 'shipped', 'completed', 'refunding']);
const { orders } = demoRecords();
const inLast30 = (o: Order) => shanghaiDay(o.placedAt) >= '2025-07-03' && shanghaiDay(o.placedAt) <= '2025-08-01' && COUNTED.has(o.status);

let db: ShopLensDatabase;
beforeAll(async () => {
  db = new ShopLensDatabase('kpi-no-buyer');
  const douyin = orders.filter((o) => o.platform === 'douyin');
  const part = { platform: 'douyin' as const, files: ['抖店订单导出.csv'], read: douyin.length, rejected: 0, rejectedRows: [] };
  await storeImport(db, douyin.map((o) => ({ ...o, buyer: '', url: '' })), { at: DEMO_NOW, parts: [part] });
  for (const platform of ['taobao', 'jd', 'pdd'] as PlatformId[]) await captureRecords(db, platform, 'orders', orders.filter((o) => o.platform === platform), DEMO_NOW);
});
afterAll(() => db.delete());

describe('KpiTab with orders imported without a buyer nickname', () => {
  it('keeps them in GMV and orders, out of buyers and 客单价, and says how many there are', async () => {
    render(
      <I18nProvider>
        <KpiTab db={db} now={DEMO_NOW} settings={DEFAULT_SETTINGS} />
      </I18nProvider>,
    );
    const counted = orders.filter(inLast30);
    const gmv = counted.reduce((s, o) => s + o.paidFen, 0);
    const named = counted.filter((o) => o.platform !== 'douyin');
    const nameless = counted.filter((o) => o.platform === 'douyin');
    const buyers = new Set(named.map((o) => `${o.platform}|${o.buyer}`)).size;
    expect(nameless.length).toBeGreaterThan(0);
    expect(await screen.findByTestId('kpi-total-gmv')).toHaveTextContent(formatFen(gmv));
    expect(screen.getByTestId('kpi-total-orders')).toHaveTextContent(String(counted.length));
    expect(screen.getByTestId('kpi-total-buyers')).toHaveTextContent(String(buyers));
    expect(screen.getByTestId('kpi-total-aov')).toHaveTextContent(formatFen(Math.round(named.reduce((s, o) => s + o.paidFen, 0) / buyers)));
    expect(screen.getByTestId('kpi-douyin-buyers')).toHaveTextContent('0');
    expect(screen.getByTestId('kpi-douyin-aov')).toHaveTextContent('—');
    expect(screen.getByText(`按平台 + 昵称去重；另有 ${nameless.length} 单无买家昵称（导入），不计顾客与客单价`)).toBeInTheDocument();
  });
});
