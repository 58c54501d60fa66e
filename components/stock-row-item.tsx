import type { StockRow } from '../lib/analytics/stock';
import { formatUnits } from './format';
import { useI18n } from './i18n';
import { PlatformBadge } from './platform-badge';
import { WARNING_ORDER } from './model/stock-view';
import { StockWarningTag } from './stock-warning-tag';

/** The most urgent warning of a row, which colours its edge. */
const worstKind = (r: StockRow) => WARNING_ORDER.find((k) => r.warnings.some((w) => w.kind === k));

/** One product/SKU row: stock, sales, cover and class, each warning with its reason, and where the sales figure came from. */
export function StockRowItem({ row: r }: { row: StockRow }) {
  const { t, lang } = useI18n();
  const figures = [
    t('stockFig', { n: formatUnits(r.stock) }),
    r.sales.units === null ? t('salesUnknown') : t('salesFig', { days: r.sales.days, n: formatUnits(r.sales.units) }),
    r.daysOfCover === null ? null : t('coverFig', { n: formatUnits(Math.round(r.daysOfCover * 10) / 10) }),
    r.safetyStock === null ? null : t('safetyFig', { n: formatUnits(r.safetyStock) }),
    r.abc ? t('abcFig', { cls: r.abc.class }) : null,
  ].filter(Boolean);
  return (
    <article className={r.warnings[0] ? `row-item warned warned-${worstKind(r)}` : 'row-item'} data-testid="stock-row">
      <div className="row-head">
        <PlatformBadge platform={r.platform} />
        <span className="title">{r.title}</span>
      </div>
      {(r.spec || r.outerId) && <p className="muted">{[r.spec, r.outerId && t('outerIdIs', { code: r.outerId })].filter(Boolean).join(' · ')}</p>}
      <p className="figures">{figures.join(' · ')}</p>
      {r.warnings.length > 0 && (
        <ul className="warnings">
          {r.warnings.map((w) => (
            <li key={w.kind}>
              <StockWarningTag kind={w.kind} /> <span className="reason">{w.reason[lang]}</span>
              {w.steps && (
                <details>
                  <summary>{t('clearanceSteps')}</summary>
                  <ol className="steps">
                    {w.steps.map((s) => (
                      <li key={s.zh}>{s[lang]}</li>
                    ))}
                  </ol>
                </details>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="muted source">
        {t('salesSource')}
        {r.reason[lang]}
      </p>
    </article>
  );
}
