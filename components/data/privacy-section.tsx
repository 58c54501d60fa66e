import { useState } from 'react';
import type { AnalyticsSettings } from '../../lib/analytics/settings';
import type { ShopLensDatabase } from '../../lib/db';
import { applyRetention, countRetention, deleteEverything, deletePlatform, forgetBuyer, loadPrivacy, searchBuyers, setRetention, type BuyerMatch } from '../../lib/db/privacy';
import { PLATFORM_LABELS, formatShanghai, type PlatformId } from '../../lib/domain';
import { notifyDataChanged } from '../../lib/messaging/data-changed';
import { PRIVACY_PLATFORMS, RETENTION_CHOICES } from '../../lib/privacy';
import { formatCount } from '../format';
import { useDbQuery } from '../hooks/use-db-query';
import { useDebounced } from '../hooks/use-debounced';
import { useI18n } from '../i18n';

export interface PrivacySectionProps {
  db: ShopLensDatabase;
  settings: AnalyticsSettings;
  /** Tells the background the data changed (tests pass their own). */
  notify?(): Promise<boolean>;
  now?(): number;
}

/** A change waiting for the seller's 确定: what it will do (the text) and how (run, which returns the result line). */
interface Pending {
  id: 'retention' | 'forget' | 'platform' | 'all';
  text: string;
  run(): Promise<string>;
}

type Outcome = { kind: 'idle' } | { kind: 'working'; id: Pending['id'] } | { kind: 'done'; id: Pending['id']; text: string } | { kind: 'error'; id: Pending['id']; text: string };

/**
 * 数据 → 隐私: the retention, forget one buyer (picked from a search box), delete one platform, delete
 * everything (lib/db/privacy.ts). Nothing is changed before the seller confirms what the change will do, with
 * its counts; each change then tells the background, which rebuilds the derived tables.
 */
export function PrivacySection({ db, notify = notifyDataChanged, now = Date.now }: PrivacySectionProps) {
  const { t, lang } = useI18n();
  const [pending, setPending] = useState<Pending | undefined>();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const [months, setMonths] = useState<string | undefined>();
  const [query, setQuery] = useState('');
  const [platform, setPlatform] = useState<PlatformId>('taobao');
  const settled = useDebounced(query, 250);
  const privacy = useDbQuery(() => loadPrivacy(db), [db]);
  const found = useDbQuery(() => searchBuyers(db, settled), [db, settled]);
  const storedMonths = privacy.data?.retentionMonths ?? null;
  const chosen = months ?? (storedMonths === null ? '' : String(storedMonths));
  const busy = outcome.kind === 'working';
  const platformName = (p: PlatformId) => PLATFORM_LABELS[p][lang];
  const retentionText = (m: number | null) => (m === null ? t('retentionKeepAll') : t('retentionMonths', { n: m }));

  async function confirm(p: Pending) {
    setPending(undefined);
    setOutcome({ kind: 'working', id: p.id });
    try {
      const text = await p.run();
      setOutcome({ kind: 'done', id: p.id, text });
    } catch (e) {
      setOutcome({ kind: 'error', id: p.id, text: t('privacyFailed', { error: e instanceof Error ? e.message : String(e) }) });
    }
  }

  /** Runs a change and tells the background; the result line says the statistics are being recomputed. */
  const changed = async (text: string) => {
    await notify();
    return `${text} ${t('privacyRecompute')}`;
  };

  /** Runs a step before the confirmation (a count); a failure is shown, never thrown into the panel. */
  const guarded = (id: Pending['id'], fn: () => Promise<void>) => () =>
    void fn().catch((e: unknown) => setOutcome({ kind: 'error', id, text: t('privacyFailed', { error: e instanceof Error ? e.message : String(e) }) }));

  async function saveRetention() {
    const m = chosen === '' ? null : Number(chosen);
    if (m === null) {
      setOutcome({ kind: 'working', id: 'retention' });
      try {
        await setRetention(db, null);
        setOutcome({ kind: 'done', id: 'retention', text: t('retentionSaved', { value: retentionText(null) }) });
      } catch (e) {
        setOutcome({ kind: 'error', id: 'retention', text: t('privacyFailed', { error: String(e) }) });
      }
      return;
    }
    const at = now();
    const preview = await countRetention(db, m, at);
    const run = async () => {
      await setRetention(db, m);
      const deleted = await applyRetention(db, at);
      if (deleted.orders + deleted.captures === 0) return t('retentionSaved', { value: retentionText(m) });
      return changed(t('retentionApplied', { value: retentionText(m), orders: formatCount(deleted.orders), captures: formatCount(deleted.captures) }));
    };
    if (preview.orders + preview.captures === 0) return confirm({ id: 'retention', text: '', run });
    setPending({
      id: 'retention',
      text: t('retentionConfirm', { date: formatShanghai(preview.cutoff, false), orders: formatCount(preview.orders), captures: formatCount(preview.captures) }),
      run,
    });
  }

  function askForget(m: BuyerMatch) {
    setPending({
      id: 'forget',
      text: t('forgetConfirm', { platform: platformName(m.platform), buyer: m.buyer, orders: formatCount(m.orders) }),
      run: async () => {
        const { key, orders } = await forgetBuyer(db, m.platform, m.buyer);
        setQuery('');
        return changed(t('forgetDone', { orders: formatCount(orders), key }));
      },
    });
  }

  async function askPlatform() {
    const p = platform;
    const [orders, products] = await Promise.all([db.orders.where('platform').equals(p).count(), db.products.where('platform').equals(p).count()]);
    setPending({
      id: 'platform',
      text: t('platformConfirm', { platform: platformName(p), orders: formatCount(orders), products: formatCount(products) }),
      run: async () => {
        const r = await deletePlatform(db, p);
        return changed(
          t('platformDone', {
            platform: platformName(p),
            orders: formatCount(r.orders),
            products: formatCount(r.products),
            codes: formatCount(r.skuCodes),
            captures: formatCount(r.captures),
            decisions: formatCount(r.skuMatchDecisions),
          }),
        );
      },
    });
  }

  async function askAll() {
    const [orders, products] = await Promise.all([db.orders.count(), db.products.count()]);
    setPending({
      id: 'all',
      text: t('allConfirm', { orders: formatCount(orders), products: formatCount(products) }),
      run: async () => {
        await deleteEverything(db);
        return changed(t('allDone'));
      },
    });
  }

  /** The confirmation, the progress or the result of the change `id`, shown under its control. */
  const feedback = (id: Pending['id']) => (
    <>
      {pending?.id === id ? (
        <div role="alertdialog" aria-label={pending.text} className="confirm-box" data-testid={`confirm-${id}`}>
          <p>{pending.text}</p>
          <button type="button" className="danger" onClick={() => void confirm(pending)}>
            {t('privacyConfirm')}
          </button>{' '}
          <button type="button" onClick={() => setPending(undefined)}>
            {t('privacyCancel')}
          </button>
        </div>
      ) : null}
      {outcome.kind === 'working' && outcome.id === id ? (
        <p className="export-progress" role="status" aria-busy="true">
          <progress />
          {t('privacyWorking')}
        </p>
      ) : null}
      {outcome.kind === 'done' && outcome.id === id ? <p role="status">{outcome.text}</p> : null}
      {outcome.kind === 'error' && outcome.id === id ? (
        <p role="alert" className="error">
          {outcome.text}
        </p>
      ) : null}
    </>
  );

  return (
    <section aria-labelledby="privacy-title" className="settings-group" data-testid="privacy-section">
      <div className="section-head">
        <h3 id="privacy-title">{t('privacyTitle')}</h3>
      </div>
      <p className="muted">{t('privacyIntro')}</p>

      <h4>{t('retentionTitle')}</h4>
      <p className="muted">{t('retentionHint')}</p>
      <p>
        <label>
          {t('retentionLabel')}{' '}
          <select value={chosen} onChange={(e) => setMonths(e.currentTarget.value)} disabled={busy}>
            <option value="">{t('retentionKeepAll')}</option>
            {RETENTION_CHOICES.map((m) => (
              <option key={m} value={String(m)}>
                {t('retentionMonths', { n: m })}
              </option>
            ))}
          </select>
        </label>{' '}
        <button type="button" onClick={guarded('retention', saveRetention)} disabled={busy}>
          {t('retentionSave')}
        </button>
      </p>
      {feedback('retention')}

      <h4>{t('forgetTitle')}</h4>
      <p className="muted">{t('forgetHint')}</p>
      <p>
        <input type="search" aria-label={t('forgetSearch')} placeholder={t('forgetSearch')} value={query} onChange={(e) => setQuery(e.currentTarget.value)} />
      </p>
      {settled.trim() !== '' && found.data ? (
        found.data.length ? (
          <ul className="buyer-results" aria-label={t('forgetSearch')}>
            {found.data.map((m) => (
              <li key={`${m.platform}|${m.buyer}`}>
                {t('forgetResult', { platform: platformName(m.platform), buyer: m.buyer, orders: formatCount(m.orders) })}{' '}
                <button type="button" onClick={() => askForget(m)} disabled={busy} aria-label={`${t('forgetButton')} ${m.buyer}`}>
                  {t('forgetButton')}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('forgetNone', { q: settled.trim() })}</p>
        )
      ) : null}
      {found.error ? (
        <p role="alert" className="error">
          {t('dbError', { error: found.error })}
        </p>
      ) : null}
      {feedback('forget')}

      <h4>{t('platformTitle')}</h4>
      <p className="muted">{t('platformHint')}</p>
      <p>
        <label>
          {t('platformLabel')}{' '}
          <select value={platform} onChange={(e) => setPlatform(e.currentTarget.value as PlatformId)} disabled={busy}>
            {PRIVACY_PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {platformName(p)}
              </option>
            ))}
          </select>
        </label>{' '}
        <button type="button" onClick={guarded('platform', askPlatform)} disabled={busy}>
          {t('platformDelete')}
        </button>
      </p>
      {feedback('platform')}

      <h4>{t('allTitle')}</h4>
      <p className="muted">{t('allHint')}</p>
      <p>
        <button type="button" className="danger" onClick={guarded('all', askAll)} disabled={busy}>
          {t('allDelete')}
        </button>
      </p>
      {feedback('all')}
    </section>
  );
}
