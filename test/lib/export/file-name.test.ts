import { describe, expect, it } from 'vitest';
import { csvFileName } from '../../../lib/export';

const STOCK = { zh: '库存预警', en: 'Stock warnings' };

describe('csvFileName', () => {
  it('says what and the Asia/Shanghai day', () => {
    expect(csvFileName(STOCK, Date.UTC(2025, 10, 21, 3))).toBe('店镜_库存预警_2025-11-21.csv');
    // 23:30 UTC on the 20th is already the 21st in Shanghai
    expect(csvFileName(STOCK, Date.UTC(2025, 10, 20, 23, 30))).toBe('店镜_库存预警_2025-11-21.csv');
    expect(csvFileName(STOCK, Date.UTC(2025, 10, 21, 3), 'en')).toBe('ShopLens_Stock warnings_2025-11-21.csv');
  });

  it('adds a detail, stripped of characters a file system refuses', () => {
    const now = Date.UTC(2025, 10, 21, 3);
    expect(csvFileName({ zh: '客户', en: 'Customers' }, now, 'zh', { zh: '沉睡用户', en: 'Dormant' })).toBe(
      '店镜_客户_沉睡用户_2025-11-21.csv',
    );
    expect(csvFileName({ zh: '订单', en: 'Orders' }, now, 'zh', '淘宝/天猫 <script>:"x"|?*\n')).toBe(
      '店镜_订单_淘宝-天猫 -script-x-_2025-11-21.csv',
    );
  });
});
