// @vitest-environment jsdom
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { I18nProvider } from '../../components/i18n';
import { SidePanelApp } from '../../components/side-panel-app';
import { DEFAULT_SETTINGS } from '../../lib/analytics/settings';
import { categoryOf } from '../../lib/analytics/sku-codes';
import { ShopLensDatabase } from '../../lib/db';
import { loadSettings, saveSettings } from '../../lib/settings';
import { DEMO_NOW } from '../fixtures/data/shop';
import { captureRecords } from '../support/demo-db';
import { product } from '../support/records';

// Each test writes and reads a whole fake IndexedDB through live queries: slow on a busy machine, never timed.
configure({ asyncUtilTimeout: 8000 });

let db: ShopLensDatabase;
let n = 0;
beforeEach(() => {
  db = new ShopLensDatabase(`settings-tab-${n++}`);
  localStorage.clear();
});
afterEach(() => db.delete());

function renderPanel() {
  return render(
    <I18nProvider>
      <SidePanelApp db={db} now={DEMO_NOW} />
    </I18nProvider>,
  );
}

async function openSettings() {
  renderPanel();
  fireEvent.click(await screen.findByRole('tab', { name: '设置' }));
  return screen.findByRole('heading', { name: '分析设置' });
}

const stored = async () => (await loadSettings(db)).settings;

describe('SettingsTab', { timeout: 60_000 }, () => {
  it('shows every threshold with its stored value and unit, grouped', async () => {
    await saveSettings(db, { ...DEFAULT_SETTINGS, stock: { ...DEFAULT_SETTINGS.stock, safetyFactor: 1.8, abcTopShare: 0.25 } });
    await openSettings();
    const stock = screen.getByTestId('settings-stock');
    expect(screen.getByRole('group', { name: '库存预警（库存标签页）' })).toBe(stock);
    expect(within(stock).getByLabelText('安全库存系数')).toHaveValue('1.8');
    expect(within(stock).getByLabelText('A 类：销量排名前')).toHaveValue('25');
    expect(screen.getByLabelText('高价值复购：客单价至少')).toHaveValue('500');
    expect(screen.getByTestId('set-rfm-vipAvgOrderFen')).toHaveTextContent('元');
    expect(screen.getByLabelText('R 分档：距上次下单天数')).toHaveValue('7, 30, 90, 180');
    expect(screen.getByLabelText('京东标题上限')).toHaveValue('50');
    expect(screen.getByLabelText('淘宝平台代码')).toHaveValue('TB');
  });

  it('refuses an invalid value with the reason beside the field and stores nothing', async () => {
    await openSettings();
    const input = screen.getByLabelText('安全库存系数');
    fireEvent.change(input, { target: { value: '0' } });
    expect(await within(screen.getByTestId('set-stock-safetyFactor')).findByRole('alert')).toHaveTextContent('须大于 0');
    fireEvent.change(input, { target: { value: 'abc' } });
    expect(await within(screen.getByTestId('set-stock-safetyFactor')).findByRole('alert')).toHaveTextContent('请填写数字');
    fireEvent.change(screen.getByLabelText('R 分档：距上次下单天数'), { target: { value: '7, 3, 90, 180' } });
    expect(await within(screen.getByTestId('set-rfm-recencyScoreDays')).findByRole('alert')).toHaveTextContent('须从小到大排列');
    fireEvent.change(screen.getByLabelText('A 类：销量排名前'), { target: { value: '150' } });
    expect(await within(screen.getByTestId('set-stock-abcTopShare')).findByRole('alert')).toHaveTextContent('不能大于 100');
    fireEvent.change(screen.getByLabelText('沉睡：超过几天没有下单'), { target: { value: '90.5' } });
    expect(await within(screen.getByTestId('set-rfm-dormantAfterDays')).findByRole('alert')).toHaveTextContent('须为整数');
    expect(await db.settings.get('analytics')).toBeUndefined();
  });

  it('saves a valid change in the stored unit, and another tab shows it without a reload', async () => {
    await openSettings();
    fireEvent.change(screen.getByLabelText('安全库存系数'), { target: { value: '2' } });
    fireEvent.change(screen.getByLabelText('高价值复购：客单价至少'), { target: { value: '388.5' } });
    fireEvent.change(screen.getByLabelText('再订货缓冲'), { target: { value: '20' } });
    await waitFor(async () => expect((await stored()).rfm.vipAvgOrderFen).toBe(38_850));
    const s = await stored();
    expect(s.stock.safetyFactor).toBe(2);
    expect(s.stock.bufferRatio).toBeCloseTo(0.2);
    expect(screen.queryByRole('alert')).toBeNull();

    await captureRecords(db, 'taobao', 'products', [product({ productId: '700000000001', stock: 3, sales30d: 40 })], DEMO_NOW);
    fireEvent.click(screen.getByRole('tab', { name: '库存' }));
    expect(await screen.findByText(/安全库存 = 近 30 天销量 × 2；/)).toBeInTheDocument();
    // Changed elsewhere (another panel window): the open tab follows the stored settings live.
    await saveSettings(db, { ...s, stock: { ...s.stock, safetyFactor: 2.5 } });
    expect(await screen.findByText(/安全库存 = 近 30 天销量 × 2.5；/)).toBeInTheDocument();
  });

  it('edits the category word map: add, refuse blanks and duplicates, re-categorise, rename, remove', async () => {
    await openSettings();
    const editor = screen.getByTestId('category-words');
    const word = within(editor).getByLabelText('新词');
    fireEvent.change(word, { target: { value: '围脖' } });
    fireEvent.change(within(editor).getByLabelText('新词的类目'), { target: { value: '01' } });
    fireEvent.click(within(editor).getByRole('button', { name: '添加' }));
    await waitFor(async () => expect((await stored()).sku.categoryWords).toEqual({ 围脖: '01' }));
    expect(categoryOf('加厚羊毛围脖', 'taobao', '', await stored()).code).toBe('01');

    fireEvent.click(within(editor).getByRole('button', { name: '添加' }));
    expect(await within(editor).findByRole('alert')).toHaveTextContent('请填写');
    fireEvent.change(word, { target: { value: '围脖' } });
    fireEvent.click(within(editor).getByRole('button', { name: '添加' }));
    expect(await within(editor).findByText('「围脖」已经有了')).toBeInTheDocument();

    // Quick edits, each before the live read has redrawn the rows: none may undo another.
    fireEvent.change(within(editor).getByLabelText('「围脖」的类目'), { target: { value: '05' } });
    const row = within(within(editor).getAllByRole('listitem')[0]!).getByRole('textbox');
    fireEvent.change(row, { target: { value: '颈' } });
    fireEvent.change(row, { target: { value: '颈套' } });
    await waitFor(async () => expect((await stored()).sku.categoryWords).toEqual({ 颈套: '05' }));
    fireEvent.click(await within(editor).findByRole('button', { name: '删除「颈套」' }));
    await waitFor(async () => expect((await stored()).sku.categoryWords).toEqual({}));
  });

  it('refuses a per-product category key that is not platform:productId', async () => {
    await openSettings();
    const editor = screen.getByTestId('category-overrides');
    fireEvent.change(within(editor).getByLabelText('新平台:商品ID'), { target: { value: 'tmall:123' } });
    fireEvent.click(within(editor).getByRole('button', { name: '添加' }));
    expect(await within(editor).findByRole('alert')).toHaveTextContent('须写成 平台:商品ID');
    fireEvent.change(within(editor).getByLabelText('新平台:商品ID'), { target: { value: 'jd:100000000001' } });
    fireEvent.click(within(editor).getByRole('button', { name: '添加' }));
    await waitFor(async () => expect((await stored()).sku.categoryOverrides).toEqual({ 'jd:100000000001': '01' }));
  });

  it('resets everything to the defaults after a confirmation', async () => {
    await saveSettings(db, { ...DEFAULT_SETTINGS, stock: { ...DEFAULT_SETTINGS.stock, leadTimeDays: 30 }, sku: { ...DEFAULT_SETTINGS.sku, categoryWords: { 围脖: '01' } } });
    await openSettings();
    expect(screen.getByLabelText('供应商交货周期')).toHaveValue('30');
    fireEvent.click(screen.getByRole('button', { name: '恢复默认' }));
    fireEvent.click(screen.getByRole('button', { name: '确定恢复' }));
    expect(await screen.findByText('已恢复默认设置。')).toHaveAttribute('role', 'status');
    expect(await stored()).toEqual(DEFAULT_SETTINGS);
    await waitFor(() => expect(screen.getByLabelText('供应商交货周期')).toHaveValue('15'));
    expect(screen.getByRole('button', { name: '恢复默认' })).toBeDisabled();
  });

  it('says why when the database refuses the write, beside the field', async () => {
    await openSettings();
    db.settings.put = () => {
      throw new Error('QuotaExceededError: the disk is full');
    };
    fireEvent.change(screen.getByLabelText('供应商交货周期'), { target: { value: '20' } });
    expect(await within(screen.getByTestId('set-stock-leadTimeDays')).findByRole('alert')).toHaveTextContent('QuotaExceededError: the disk is full');
  });

  it('speaks English', async () => {
    localStorage.setItem('shoplens.lang', 'en');
    renderPanel();
    fireEvent.click(await screen.findByRole('tab', { name: 'Settings' }));
    fireEvent.change(await screen.findByLabelText('Safety stock factor'), { target: { value: '-1' } });
    expect(await screen.findByRole('alert')).toHaveTextContent('Too small: expected number to be >0');
  });
});
