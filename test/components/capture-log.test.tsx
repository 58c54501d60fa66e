// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { CaptureLog } from '../../components/capture-log';
import { I18nProvider } from '../../components/i18n';
import type { Capture } from '../../lib/domain';

const at = Date.UTC(2025, 10, 21, 6, 5);
const base = { kind: 'orders' as const, at, read: 3, saved: 3, added: 2, rejected: 0, rejectedRows: [] };
const captures: Capture[] = [
  { ...base, id: 2, platform: 'taobao', url: 'import:ExportOrderList20251121.csv, ExportOrderDetailList20251121.csv' },
  { ...base, id: 1, platform: 'douyin', url: 'https://fxg.jinritemai.com/ffa/morder/order/list?page=2' },
];

describe('the 采集 log', () => {
  it('labels an import entry as imported files with their names, a page capture by its list and path', () => {
    render(
      <I18nProvider lang="zh">
        <CaptureLog captures={captures} />
      </I18nProvider>,
    );
    const [imported, captured] = screen.getAllByRole('listitem');
    expect(within(imported!).getByText('导入的订单文件')).toBeInTheDocument();
    expect(within(imported!).getByText('ExportOrderList20251121.csv, ExportOrderDetailList20251121.csv')).toBeInTheDocument();
    expect(within(imported!).queryByText('订单列表')).toBeNull();
    expect(within(captured!).getByText('订单列表')).toBeInTheDocument();
    expect(within(captured!).getByText('fxg.jinritemai.com/ffa/morder/order/list')).toBeInTheDocument();
  });

  it('says it in English too', () => {
    render(
      <I18nProvider lang="en">
        <CaptureLog captures={captures} />
      </I18nProvider>,
    );
    expect(screen.getByText('Imported order files')).toBeInTheDocument();
  });
});
