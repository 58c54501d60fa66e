import type { StockWarning } from '../lib/analytics/stock';
import { useI18n } from './i18n';
import { WARNING_ORDER } from './model/stock-view';
import { WARNING_LABEL } from './stock-warning-tag';

/** Which rows the stock list shows: all of them, or those with one kind of warning. */
export type StockFilterValue = 'all' | StockWarning['kind'];

/** 全部 / 断货 / 补货 / 滞销 / 可售天数不足 with their counts; kinds no row has are left out. */
export function StockFilter({
  counts,
  total,
  value,
  onChange,
}: {
  counts: Map<StockWarning['kind'], number>;
  total: number;
  value: StockFilterValue;
  onChange(value: StockFilterValue): void;
}) {
  const { t } = useI18n();
  const kinds = WARNING_ORDER.filter((k) => counts.has(k));
  return (
    <div className="filters" role="group" aria-label={t('stockFilter')}>
      <button type="button" aria-pressed={value === 'all'} onClick={() => onChange('all')}>
        {t('filterAll', { n: total })}
      </button>
      {kinds.map((k) => (
        <button key={k} type="button" className={`filter-${k}`} aria-pressed={value === k} onClick={() => onChange(k)}>
          {t(WARNING_LABEL[k])} {counts.get(k)}
        </button>
      ))}
    </div>
  );
}
