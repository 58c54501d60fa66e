import { describe, expect, it } from 'vitest';
import type { OrderStatus } from '../../../lib/domain';
import { isCountedStatus, isMaskedBuyer, isPaidStatus, isRefundStatus, noExclusions, tallyOrder } from '../../../lib/analytics/order-policy';
import { NOW } from '../../support/orders';

describe('which orders count', () => {
  it.each([
    ['unpaid', false, false, false],
    ['paid', true, true, false],
    ['shipped', true, true, false],
    ['completed', true, true, false],
    ['closed', false, false, false],
    ['refunding', true, true, true],
    ['refunded', false, true, true],
  ] as [OrderStatus, boolean, boolean, boolean][])('%s: counted %s, paid %s, refund %s', (status, counted, paid, refund) => {
    expect([isCountedStatus(status), isPaidStatus(status), isRefundStatus(status)]).toEqual([counted, paid, refund]);
  });

  it('tallies why orders are left out', () => {
    const excluded = noExclusions();
    const statuses: OrderStatus[] = ['unpaid', 'closed', 'closed', 'refunded', 'paid', 'refunding'];
    const kept = statuses.map((status) => tallyOrder({ status, placedAt: NOW }, NOW, excluded));
    expect(kept).toEqual([false, false, false, false, true, true]);
    expect(tallyOrder({ status: 'completed', placedAt: NOW + 1 }, NOW, excluded)).toBe(false);
    expect(excluded).toEqual({ unpaid: 1, closed: 2, refunded: 1, afterNow: 1 });
  });
});

describe('isMaskedBuyer', () => {
  it.each([
    ['t**9', true],
    ['梦***3', true],
    ['用户***45', true],
    ['jd_***8d', true],
    ['拼＊＊友', true],
    ['tb_小鹿乱撞', false],
    ['用户8832016', false],
  ])('%s → %s', (buyer, masked) => {
    expect(isMaskedBuyer(buyer)).toBe(masked);
  });
});
