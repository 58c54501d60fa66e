// @vitest-environment jsdom
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { PrivacySection } from '../../components/data/privacy-section';
import { I18nProvider } from '../../components/i18n';
import { DEFAULT_SETTINGS } from '../../lib/analytics/settings';
import { ShopLensDatabase } from '../../lib/db';
import { loadPrivacy } from '../../lib/db/privacy';
import type { Order } from '../../lib/domain';
import { retentionCutoff } from '../../lib/privacy';
import { captureDemoShop } from '../support/demo-db';

// The 数据 tab's privacy section: each control asks first, saying what it will do with its counts (nothing
// changes before 确定, nothing on 取消), shows that it is working, then the result, and tells the background;
// a failure is shown and changes nothing.

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });
// Reads of a whole demo shop in fake-indexeddb (the search box's, the restore's) take seconds on a loaded machine.
configure({ asyncUtilTimeout: 15_000 });
const AT = Date.UTC(2025, 7, 1, 2);
let n = 0;
let db: ShopLensDatabase;
beforeEach(async () => {
  db = new ShopLensDatabase(`privacy-ui-${n++}`);
  await captureDemoShop(db, AT);
});
afterEach(() => db.delete());

function renderSection(props: Partial<Parameters<typeof PrivacySection>[0]> = {}) {
  const notify = vi.fn(async () => true);
  render(
    <I18nProvider lang="zh">
      <PrivacySection db={db} settings={DEFAULT_SETTINGS} notify={notify} now={() => AT} {...props} />
    </I18nProvider>,
  );
  return { notify };
}

describe('PrivacySection', () => {
  it('delete one platform: asks with the counts, cancel keeps everything, confirm deletes it, shows progress and tells the background', async () => {
    const douyin = await db.orders.where('platform').equals('douyin').count();
    const products = await db.products.where('platform').equals('douyin').count();
    const total = await db.orders.count();
    let release!: (ok: boolean) => void;
    const notify = vi.fn(() => new Promise<boolean>((r) => (release = r)));
    renderSection({ notify });
    fireEvent.change(screen.getByLabelText('平台'), { target: { value: 'douyin' } });
    fireEvent.click(screen.getByRole('button', { name: '删除该平台数据…' }));
    const ask = await screen.findByTestId('confirm-platform');
    expect(ask).toHaveTextContent(`将删除 抖店 的 ${douyin} 笔订单和 ${products} 个商品行`);
    fireEvent.click(within(ask).getByRole('button', { name: '取消' }));
    expect(screen.queryByTestId('confirm-platform')).toBeNull();
    expect(await db.orders.count()).toBe(total);

    fireEvent.click(screen.getByRole('button', { name: '删除该平台数据…' }));
    fireEvent.click(within(await screen.findByTestId('confirm-platform')).getByRole('button', { name: '确定' }));
    await waitFor(() => expect(notify).toHaveBeenCalledTimes(1));
    expect(screen.getByRole('status')).toHaveTextContent('正在处理…');
    expect(screen.getByRole('button', { name: '删除该平台数据…' })).toBeDisabled();
    release(true);
    expect(await screen.findByText(new RegExp(`已删除 抖店：${douyin} 笔订单`))).toBeInTheDocument();
    expect(await db.orders.where('platform').equals('douyin').count()).toBe(0);
    expect(await db.orders.count()).toBe(total - douyin);
  });

  it('forget a buyer: found by the search box, asked, then the orders carry the anonymous key', async () => {
    const orders = await db.orders.where('platform').equals('taobao').toArray();
    const per = new Map<string, Order[]>();
    for (const o of orders) per.set(o.buyer, [...(per.get(o.buyer) ?? []), o]);
    const [buyer, theirs] = [...per].filter(([b]) => !b.includes('*')).sort((a, b) => b[1].length - a[1].length)[0]!;
    const { notify } = renderSection();
    fireEvent.change(screen.getByRole('searchbox', { name: '搜索买家昵称' }), { target: { value: buyer } });
    const forget = await screen.findByRole('button', { name: `忘记 ${buyer}` });
    expect(forget.closest('li')).toHaveTextContent(`淘宝/天猫 · ${buyer}（${theirs.length} 笔订单）`);
    fireEvent.click(forget);
    const ask = await screen.findByTestId('confirm-forget');
    expect(ask).toHaveTextContent(`将 淘宝/天猫 买家“${buyer}”的 ${theirs.length} 笔订单改为匿名编号`);
    expect(await db.orders.where('buyer').equals(buyer).count()).toBeGreaterThan(0);
    fireEvent.click(within(ask).getByRole('button', { name: '确定' }));
    const done = await screen.findByText(/已忘记该买家/);
    const key = /匿名-[0-9a-f]{10}/.exec(done.textContent ?? '')![0];
    expect(await db.orders.where('buyer').equals(key).count()).toBe(theirs.length);
    expect(await db.orders.where('buyer').equals(buyer).and((o) => o.platform === 'taobao').count()).toBe(0);
    expect(notify).toHaveBeenCalledTimes(1);
    fireEvent.change(screen.getByRole('searchbox', { name: '搜索买家昵称' }), { target: { value: 'zzzz-nobody' } });
    expect(await screen.findByText('没有找到昵称包含“zzzz-nobody”的买家。')).toBeInTheDocument();
  });

  it('retention: asks with what it will delete, then saves and applies it', async () => {
    const now = AT + 200 * 86_400_000;
    const cutoff = retentionCutoff(now, 6);
    const old = await db.orders.where('placedAt').below(cutoff).count();
    expect(old).toBeGreaterThan(0);
    const { notify } = renderSection({ now: () => now });
    fireEvent.change(screen.getByLabelText('只保留最近的订单'), { target: { value: '6' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    const ask = await screen.findByTestId('confirm-retention');
    expect(ask).toHaveTextContent(`之前下单的 ${old} 笔订单`);
    expect(await loadPrivacy(db)).toBeUndefined(); // nothing saved before 确定
    fireEvent.click(within(ask).getByRole('button', { name: '确定' }));
    expect(await screen.findByText(new RegExp(`已保存保留期限：6 个月，删除了 ${old} 笔订单`))).toBeInTheDocument();
    expect((await loadPrivacy(db))?.retentionMonths).toBe(6);
    expect(await db.orders.where('placedAt').below(cutoff).count()).toBe(0);
    expect(notify).toHaveBeenCalledTimes(1);
    // Back to keep-all: saved at once, nothing to ask.
    fireEvent.change(screen.getByLabelText('只保留最近的订单'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('已保存保留期限：全部保留。')).toBeInTheDocument();
    expect((await loadPrivacy(db))?.retentionMonths).toBeNull();
  });

  it('delete everything: asked first, then every table empty', async () => {
    const orders = await db.orders.count();
    const { notify } = renderSection();
    fireEvent.click(screen.getByRole('button', { name: '删除全部数据…' }));
    const ask = await screen.findByTestId('confirm-all');
    expect(ask).toHaveTextContent(`${orders} 笔订单`);
    expect(await db.orders.count()).toBe(orders);
    fireEvent.click(within(ask).getByRole('button', { name: '确定' }));
    expect(await screen.findByText(/已删除全部数据/)).toBeInTheDocument();
    expect(await db.orders.count()).toBe(0);
    expect(await db.products.count()).toBe(0);
    expect(await db.captures.count()).toBe(0);
    expect(notify).toHaveBeenCalledTimes(1);
  });

  it('a failure is shown and nothing changes', async () => {
    const orders = await db.orders.count();
    vi.spyOn(db.orders, 'where').mockImplementation(() => {
      throw new Error('disk full');
    });
    const { notify } = renderSection();
    fireEvent.click(screen.getByRole('button', { name: '删除该平台数据…' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('操作失败，数据未改动：disk full');
    vi.restoreAllMocks();
    vi.spyOn(db, 'transaction').mockRejectedValue(new Error('disk full'));
    fireEvent.click(screen.getByRole('button', { name: '删除全部数据…' }));
    fireEvent.click(within(await screen.findByTestId('confirm-all')).getByRole('button', { name: '确定' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('操作失败，数据未改动：disk full');
    vi.restoreAllMocks();
    expect(await db.orders.count()).toBe(orders);
    expect(notify).not.toHaveBeenCalled();
  });
});
