// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { I18nProvider } from '../../components/i18n';
import { RfmTab } from '../../components/rfm-tab';
import { ROW_ESTIMATE_PX } from '../../components/virtual-list';
import { DEFAULT_SETTINGS } from '../../lib/analytics/settings';
import { ShopLensDatabase } from '../../lib/db';
import { formatFen, type Order } from '../../lib/domain';
import { DEMO_NOW } from '../fixtures/data/shop';
import { captureDemoShop, captureRecords, demoRecords } from '../support/demo-db';
import { order } from '../support/records';

// The customer tab over the demo shop. The tiers are worked out here from the order records with the seed's
// rules as the README states them (customer = platform + nickname; counted = paid/shipped/completed/refunding).

const COUNTED = new Set(['paid', 'shipped', 'completed', 'refunding']);
const DAY = 86_400_000;
const now = DEMO_NOW;
/** Asia/Shanghai calendar days from an instant's day to now's (README: recency counts Shanghai days). */
const daysAgo = (ms: number) => Math.floor((now + 8 * 3_600_000) / DAY) - Math.floor((ms + 8 * 3_600_000) / DAY);

type Tier = 'vip' | 'new' | 'dormant' | 'regular';

/** Each customer's tier by the seed's rules: the demo's orders all lie within the year, so F/M windows hold every order. */
function tiers(list: readonly Order[]): Map<string, { tier: Tier; orders: Order[] }> {
  const byCustomer = new Map<string, Order[]>();
  for (const o of list) {
    if (!COUNTED.has(o.status) || o.placedAt > now) continue;
    const id = `${o.platform}|${o.buyer}`;
    byCustomer.set(id, [...(byCustomer.get(id) ?? []), o]);
  }
  const out = new Map<string, { tier: Tier; orders: Order[] }>();
  for (const [id, os] of byCustomer) {
    const last = Math.max(...os.map((o) => o.placedAt));
    const first = Math.min(...os.map((o) => o.placedAt));
    const paid = os.reduce((s, o) => s + o.paidFen, 0);
    const months = Math.max(30 * DAY, now - first) / (30 * DAY);
    let tier: Tier = 'regular';
    if (daysAgo(last) <= 30 && os.length / months >= 4 && paid / os.length >= 50_000) tier = 'vip';
    else if (os.length === 1 && daysAgo(first) <= 7 && paid < 20_000) tier = 'new';
    else if (daysAgo(last) > 90 && os.length <= 2) tier = 'dormant';
    out.set(id, { tier, orders: os });
  }
  return out;
}

let n = 0;
function renderTab(db: ShopLensDatabase) {
  return render(
    <I18nProvider>
      <RfmTab db={db} now={now} settings={DEFAULT_SETTINGS} />
    </I18nProvider>,
  );
}

describe('RfmTab', () => {
  let db: ShopLensDatabase;
  beforeAll(async () => {
    db = new ShopLensDatabase(`rfm-tab-${n++}`);
    await captureDemoShop(db, now);
  });
  afterAll(() => db.delete());

  it('counts the customers of each named tier', async () => {
    const want = tiers(demoRecords().orders);
    renderTab(db);
    for (const t of ['vip', 'new', 'dormant', 'regular'] as Tier[]) {
      const count = [...want.values()].filter((c) => c.tier === t).length;
      expect(await screen.findByTestId(`tier-${t}`)).toHaveTextContent(String(count));
    }
    expect([...want.values()].filter((c) => c.tier === 'vip').length).toBeGreaterThan(0);
  });

  it('lists a tier’s customers with the playbook and each one’s reason, and warns about masked nicknames', async () => {
    const want = tiers(demoRecords().orders);
    renderTab(db);
    const masked = [...want.keys()].filter((id) => /[*＊]/.test(id)).length;
    expect(await screen.findByText(`注意：${masked} 位顾客的昵称是打码的（如 t**9）。打码后相同的昵称可能是不同买家，会被合并成一位顾客。`)).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: /潜力新用户/ }));
    expect(await screen.findByText(/推送新人首单礼，引导第二单/)).toBeInTheDocument();
    const list = screen.getByRole('list', { name: '潜力新用户' });
    const newcomers = [...want.values()].filter((c) => c.tier === 'new');
    expect(within(list).getAllByRole('listitem')).toHaveLength(newcomers.length);
    for (const c of newcomers) {
      const o = c.orders[0]!;
      const days = daysAgo(o.placedAt);
      const item = within(list).getByText(o.buyer).closest('[role="listitem"]')!;
      expect(item).toHaveTextContent(`唯一一单在 ${days} 天前，金额 ${formatFen(o.paidFen)} → 潜力新用户`);
    }
  });

  it('shows the cut points in use', async () => {
    renderTab(db);
    expect(await screen.findByTestId('cuts-r')).toHaveTextContent('≤7 天 5 分，≤30 天 4 分，≤90 天 3 分，≤180 天 2 分，超过 180 天 1 分');
    expect(screen.getByTestId('cuts-f')).toHaveTextContent('≥2 单 2 分，≥3 单 3 分，≥5 单 4 分，≥10 单 5 分');
    expect(screen.getByText(/高价值复购用户：最近 30 天内下单，月均 ≥ 4 单，客单价 ≥ ¥500.00/)).toBeInTheDocument();
  });
});

describe('RfmTab with many customers in one tier', () => {
  it('draws a window of 50,000 customers, later ones on scrolling, and a tier filter still applies', async () => {
    const db = new ShopLensDatabase(`rfm-many-${n++}`);
    // 50,000 buyers with one order each, one a minute back from two days ago, ¥300 (not below ¥200, so not
    // 潜力新用户): all 一般用户, listed the most recent first. Every 1,000th spent ¥20,000 in 4 orders
    // this month: 高价值复购用户 (50 of them).
    const records = Array.from({ length: 50_000 }, (_, i) =>
      order({ orderId: String(4_100_000_000_000_000_000n + BigInt(i)), buyer: `buyer_${String(i).padStart(5, '0')}`, placedAt: now - 2 * DAY - i * 60_000, paidFen: 30_000, status: 'completed' }),
    );
    const vips = Array.from({ length: 50 }, (_, k) =>
      Array.from({ length: 4 }, (_, j) =>
        order({ orderId: String(4_200_000_000_000_000_000n + BigInt(k * 4 + j)), buyer: `buyer_${String(k * 1000).padStart(5, '0')}`, placedAt: now - (j + 1) * DAY, paidFen: 500_000, status: 'completed' }),
      ),
    ).flat();
    await captureRecords(db, 'taobao', 'orders', [...records, ...vips], now);
    renderTab(db);
    expect(await screen.findByTestId('tier-regular', {}, { timeout: 30_000 })).toHaveTextContent('49,950');
    fireEvent.click(screen.getByRole('button', { name: /一般用户/ }));
    const list = await screen.findByRole('list', { name: '一般用户' });
    const drawn = () => within(list).getAllByRole('listitem');
    // A window: the first rows, each saying its place among all 49,950.
    expect(drawn().length).toBeGreaterThan(5);
    expect(drawn().length).toBeLessThan(40);
    expect(drawn()[0]).toHaveAttribute('aria-posinset', '1');
    expect(drawn()[0]).toHaveAttribute('aria-setsize', '49950');
    expect(drawn()[0]).toHaveTextContent('buyer_00001');
    expect(within(list).queryByText('buyer_30001')).not.toBeInTheDocument();
    // Scrolled 30,000 rows down (jsdom has no layout: rows take the estimated height), row 30,001 is drawn:
    // buyer_30031, as the 31 VIPs buyer_00000 … buyer_30000 are not in this tier.
    const box = screen.getByTestId('virtual-list');
    box.scrollTop = 30_000 * (ROW_ESTIMATE_PX + 6);
    fireEvent.scroll(box);
    const later = within(list).getByText('buyer_30031').closest('[role="listitem"]')!;
    expect(later).toHaveAttribute('aria-posinset', '30001');
    expect(later).toHaveTextContent('最近一次下单 23 天前');
    expect(drawn().length).toBeLessThan(40);
    // The tier filter: 高价值复购用户 lists the 50 VIPs only.
    fireEvent.click(screen.getByRole('button', { name: /高价值复购用户/ }));
    const vipList = await screen.findByRole('list', { name: '高价值复购用户' });
    const first = within(vipList).getAllByRole('listitem');
    expect(first[0]).toHaveAttribute('aria-setsize', '50');
    for (const row of first) expect(row).toHaveTextContent('高价值复购用户');
    await db.delete();
  }, 120_000);

  it('says what to capture when there are no customers', async () => {
    const db = new ShopLensDatabase(`rfm-empty-${n++}`);
    renderTab(db);
    expect(await screen.findByText(/还没有顾客数据。采集各平台的订单列表后/)).toBeInTheDocument();
    await db.delete();
  });
});
