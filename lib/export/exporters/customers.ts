import { SEGMENTS, TIERS, type CustomerRfm } from '../../analytics/customers';
import { col, self, type Exporter } from '../columns';
import { platformName, yesNo } from '../labels';

/**
 * Customers with their tier, for a campaign list (one file per tier from the 客户 tab, or all of them): who,
 * which tier and why, the playbook, the RFM scores and the figures behind them. `windowDays` is the RFM window
 * of the settings in use, so the headers say which days F and M cover.
 */
export function customersExporter(windowDays = 365): Exporter<CustomerRfm> {
  return {
    id: 'customers',
    title: { zh: '客户', en: 'Customers' },
    columns: [
      col('平台', 'Platform', 'text', (c, l) => platformName(c.platform, l)),
      col('买家昵称', 'Buyer', 'text', (c) => c.buyer),
      col('打码昵称', 'Masked nickname', 'text', (c, l) => yesNo(c.masked, l)),
      col('客户分层', 'Tier', 'text', (c, l) => TIERS[c.tier].label[l]),
      col('分层原因', 'Why this tier', 'text', (c, l) => c.reason[l]),
      col('运营建议', 'Playbook', 'text', (c, l) => TIERS[c.tier].playbook[l]),
      col('最近一次下单', 'Last order', 'time', (c) => c.lastAt),
      col('距今天数', 'Days since last order', 'int', (c) => c.recencyDays),
      col('首次下单', 'First order', 'time', (c) => c.firstAt),
      col(`近${windowDays}天订单数`, `Orders, ${windowDays} days`, 'int', (c) => c.frequency),
      col(`近${windowDays}天消费(元)`, `Spend, ${windowDays} days (CNY)`, 'money', (c) => c.monetaryFen),
      col('客单价(元)', 'Average order (CNY)', 'money', (c) => c.avgOrderFen),
      col('月均订单', 'Orders per month', 'decimal', (c) => c.ordersPerMonth, 2),
      col('累计订单数', 'Lifetime orders', 'int', (c) => c.totalOrders),
      col('R', 'R', 'int', (c) => c.scores.r),
      col('F', 'F', 'int', (c) => c.scores.f),
      col('M', 'M', 'int', (c) => c.scores.m),
      col('RFM', 'RFM', 'id', (c) => c.code),
      col('八类客户', 'RFM segment', 'text', (c, l) => SEGMENTS[c.segment][l]),
      col('八类说明', 'Segment reason', 'text', (c, l) => c.segmentReason[l]),
    ],
    rows: self,
  };
}
