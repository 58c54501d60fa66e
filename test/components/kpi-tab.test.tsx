// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { I18nProvider } from '../../components/i18n';
import { KpiTab } from '../../components/kpi-tab';
import { DEFAULT_SETTINGS } from '../../lib/analytics/settings';
import { ShopLensDatabase } from '../../lib/db';
import { formatFen, shanghaiDay, type Order } from '../../lib/domain';
import { DEMO_NOW } from '../fixtures/data/shop';
import { captureDemoShop, demoRecords } from '../support/demo-db';

// The KPI tab over the whole demo shop captured through ingest, at the demo's "now" (2025-08-01 10:00 in
// Shanghai). Every expected figure is summed here from the captured order records, by the README's rule:
// paid, shipped, completed and refunding orders count; a range is whole Shanghai days ending today.

const COUNTED = new Set(['paid', 'shipped', 'completed', 'refunding']);
const DAY = 86_400_000;
const { orders } = demoRecords();

let db: ShopLensDatabase;
let n = 0;
beforeAll(async () => {
  db = new ShopLensDatabase(`kpi-tab-${n++}`);
  await captureDemoShop(db, DEMO_NOW);
});
afterAll(() => db.delete());

/** GMV, counted orders and distinct buyers of the orders placed on Shanghai days `from` … `to`. */
function expected(list: readonly Order[], from: string, to: string) {
  const inRange = list.filter((o) => shanghaiDay(o.placedAt) >= from && shanghaiDay(o.placedAt) <= to && COUNTED.has(o.status));
  const gmv = inRange.reduce((s, o) => s + o.paidFen, 0);
  const buyers = new Set(inRange.map((o) => `${o.platform}|${o.buyer}`)).size;
  return { gmv, orders: inRange.length, buyers, aov: Math.round(gmv / buyers) };
}

function renderTab() {
  return render(
    <I18nProvider>
      <KpiTab db={db} now={DEMO_NOW} settings={DEFAULT_SETTINGS} />
    </I18nProvider>,
  );
}

describe('KpiTab', () => {
  it('shows the last 30 days by default: GMV, orders, buyers and 客单价 summed from the orders, in total and per platform', async () => {
    renderTab();
    const want = expected(orders, '2025-07-03', '2025-08-01');
    expect(await screen.findByTestId('kpi-total-gmv')).toHaveTextContent(formatFen(want.gmv));
    expect(screen.getByText('2025-07-03 至 2025-08-01（30 天，上海时间）')).toBeInTheDocument();
    expect(screen.getByTestId('kpi-total-orders')).toHaveTextContent(String(want.orders));
    expect(screen.getByTestId('kpi-total-buyers')).toHaveTextContent(String(want.buyers));
    expect(screen.getByTestId('kpi-total-aov')).toHaveTextContent(formatFen(want.aov));
    expect(screen.getByTestId('kpi-tile-gmv')).toHaveTextContent(formatFen(want.gmv));
    const pdd = expected(orders.filter((o) => o.platform === 'pdd'), '2025-07-03', '2025-08-01');
    expect(screen.getByTestId('kpi-pdd-gmv')).toHaveTextContent(formatFen(pdd.gmv));
    expect(screen.getByTestId('kpi-pdd-buyers')).toHaveTextContent(String(pdd.buyers));
  });

  it('recomputes for 近7天 and 全部, and draws one bar per day with that day’s GMV', async () => {
    const { container } = renderTab();
    await screen.findByTestId('kpi-total-gmv');
    fireEvent.click(screen.getByRole('button', { name: '近7天' }));
    const week = expected(orders, '2025-07-26', '2025-08-01');
    await screen.findByText('2025-07-26 至 2025-08-01（7 天，上海时间）');
    expect(screen.getByTestId('kpi-total-gmv')).toHaveTextContent(formatFen(week.gmv));
    expect(screen.getByRole('button', { name: '近7天' })).toHaveAttribute('aria-pressed', 'true');

    const bars = container.querySelectorAll('svg g[data-day]');
    expect([...bars].map((g) => g.getAttribute('data-day'))).toEqual(
      Array.from({ length: 7 }, (_, i) => shanghaiDay(Date.UTC(2025, 6, 26, 4) + i * DAY)),
    );
    const day = expected(orders, '2025-07-29', '2025-07-29');
    const bar = container.querySelector('svg g[data-day="2025-07-29"]')!;
    expect(within(bar as HTMLElement).getByText(`2025-07-29：${formatFen(day.gmv)}（${day.orders} 单）`)).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: '全部' }));
    const first = shanghaiDay(Math.min(...orders.map((o) => o.placedAt)));
    await screen.findByText(new RegExp(`^${first} 至 2025-08-01`));
    expect(screen.getByTestId('kpi-total-gmv')).toHaveTextContent(formatFen(expected(orders, first, '2025-08-01').gmv));
  });

  it('says what to capture when there are no orders at all', async () => {
    const empty = new ShopLensDatabase(`kpi-empty-${n++}`);
    render(
      <I18nProvider>
        <KpiTab db={empty} now={DEMO_NOW} settings={DEFAULT_SETTINGS} />
      </I18nProvider>,
    );
    expect(await screen.findByText(/还没有订单数据。打开任一平台的订单列表页/)).toBeInTheDocument();
    await empty.delete();
  });

  it('says so when the range holds no order, and offers the others', async () => {
    render(
      <I18nProvider>
        <KpiTab db={db} now={DEMO_NOW + 400 * DAY} settings={DEFAULT_SETTINGS} />
      </I18nProvider>,
    );
    expect(await screen.findByText(/这段时间没有订单/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '全部' })).toBeInTheDocument();
  });
});
