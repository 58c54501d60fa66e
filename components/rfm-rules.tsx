import type { RfmResult } from '../lib/analytics/customers';
import type { AnalyticsSettings } from '../lib/analytics/settings';
import { formatFen } from '../lib/domain';
import { useI18n } from './i18n';

const two = (n: number) => n.toFixed(2);

/** The rules behind the tiers and the cut points of the 1–5 scores actually in use, so every tier can be checked by hand. */
export function RfmRules({ result, settings }: { result: RfmResult; settings: AnalyticsSettings }) {
  const { t } = useI18n();
  const r = settings.rfm;
  const { cuts, means } = result;
  const recency = cuts.recencyDays.map((d, i) => t('cutRecency', { days: d, score: 5 - i })).join(t('listSep'));
  const frequency = cuts.frequency.map((n, i) => t('cutAtLeast', { value: t('ordersN', { n }), score: i + 2 })).join(t('listSep'));
  const monetary = cuts.monetaryFen
    .map((fen, i) => (fen === null ? t('cutUnreached', { score: i + 2 }) : t('cutAtLeast', { value: formatFen(fen), score: i + 2 })))
    .join(t('listSep'));
  return (
    <details className="rules" open>
      <summary>{t('rulesTitle')}</summary>
      <ul>
        <li>{t('ruleVip', { days: r.vipRecencyDays, perMonth: r.vipOrdersPerMonth, avg: formatFen(r.vipAvgOrderFen) })}</li>
        <li>{t('ruleNew', { days: r.newWithinDays, max: formatFen(r.newMaxOrderFen) })}</li>
        <li>{t('ruleDormant', { days: r.dormantAfterDays, max: r.dormantMaxOrdersPerYear })}</li>
        <li>{t('ruleRegular')}</li>
      </ul>
      <p className="muted">{t('cutsTitle', { days: r.windowDays })}</p>
      <ul>
        <li data-testid="cuts-r">{t('cutsR', { list: recency, last: cuts.recencyDays.at(-1) ?? 0 })}</li>
        <li data-testid="cuts-f">{t('cutsF', { list: frequency })}</li>
        <li data-testid="cuts-m">{t('cutsM', { list: monetary })}</li>
        <li>{t('cutsMeans', { r: two(means.r), f: two(means.f), m: two(means.m) })}</li>
      </ul>
    </details>
  );
}
