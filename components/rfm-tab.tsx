import { useState } from 'react';
import { TIERS, type NamedTier } from '../lib/analytics/customers';
import type { AnalyticsSettings } from '../lib/analytics/settings';
import type { ShopLensDatabase } from '../lib/db';
import { formatFen } from '../lib/domain';
import { customersExporter } from '../lib/export';
import { ExportButton } from './export';
import { formatCount } from './format';
import { useRfm } from './hooks/use-rfm';
import { useI18n } from './i18n';
import { LoadState } from './load-state';
import { RfmCustomerItem } from './rfm-customer-item';
import { RfmRules } from './rfm-rules';
import { RfmTierCards } from './rfm-tier-cards';
import { VirtualList } from './virtual-list';

/**
 * The 客户 tab: customers (platform + nickname) in the seed's named tiers, each tier with its playbook and its
 * customers, biggest spenders first, each with the one-line reason for the tier; the rules and cut points in
 * use; the warning that masked nicknames may merge several buyers; and how many orders (and ¥) are in no tier
 * because they were imported without a buyer nickname, with how to fill the nicknames in.
 */
export function RfmTab({ db, now, settings }: { db: ShopLensDatabase; now: number; settings: AnalyticsSettings }) {
  const { t, lang } = useI18n();
  const { view, error } = useRfm(db, now, settings);
  const [tier, setTier] = useState<NamedTier>('vip');
  if (!view) return <LoadState error={error} />;
  const { result, byTier, masked } = view;
  // Orders imported without a buyer nickname are in no tier: say how many, and how to fill the nicknames in.
  const noBuyer = result.noBuyer.orders > 0 && (
    <p className="note" data-testid="rfm-no-buyer">
      {t('rfmNoBuyer', { orders: formatCount(result.noBuyer.orders), amount: formatFen(result.noBuyer.fen) })}
    </p>
  );
  if (result.customers.length === 0) {
    return (
      <section aria-labelledby="rfm-title">
        <h2 id="rfm-title">{t('rfmTitle')}</h2>
        <p className="empty">{t('rfmEmpty')}</p>
        {noBuyer}
      </section>
    );
  }
  const ex = result.excluded;
  const list = byTier[tier];
  return (
    <section aria-labelledby="rfm-title">
      <h2 id="rfm-title">{t('rfmTitle')}</h2>
      <p className="muted">
        {t('rfmSummary', { customers: formatCount(result.customers.length), orders: formatCount(result.counted) })}
        {t('rfmExcluded', { unpaid: ex.unpaid, closed: ex.closed, refunded: ex.refunded })}
      </p>
      {noBuyer}
      {masked > 0 && <p className="note">{t('rfmMasked', { n: formatCount(masked) })}</p>}
      <ExportButton
        exporter={customersExporter(settings.rfm.windowDays)}
        source={() => result.customers}
        total={result.customers.length}
        label={t('exportAllCustomers')}
        now={() => now}
      />
      <RfmTierCards counts={result.tierCounts} total={result.customers.length} selected={tier} onSelect={setTier} />
      <section className="tier-detail" aria-labelledby="tier-title">
        <h3 id="tier-title">
          {TIERS[tier].label[lang]} <span className="muted">{t('people', { n: formatCount(list.length) })}</span>
        </h3>
        <p className="playbook">
          <strong>{t('playbook')}</strong>
          {TIERS[tier].playbook[lang]}
        </p>
        {/* the tier on screen as a campaign list, named by its tier */}
        {list.length > 0 && (
          <ExportButton
            exporter={customersExporter(settings.rfm.windowDays)}
            source={() => list}
            total={list.length}
            detail={TIERS[tier].label}
            label={t('exportTier')}
            now={() => now}
          />
        )}
        {list.length === 0 ? (
          <p className="empty">{t('tierEmpty')}</p>
        ) : (
          <VirtualList key={tier} items={list} keyOf={(c) => c.id} render={(c) => <RfmCustomerItem customer={c} windowDays={settings.rfm.windowDays} />} label={TIERS[tier].label[lang]} />
        )}
      </section>
      <RfmRules result={result} settings={settings} />
    </section>
  );
}
