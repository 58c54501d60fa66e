import { useI18n } from './i18n';
import type { MessageKey } from './i18n/messages';
import { KPI_RANGES, type KpiRangeId } from './model/kpi-view';

const LABEL: Record<KpiRangeId, MessageKey> = { '7': 'range_7', '30': 'range_30', '90': 'range_90', all: 'range_all' };

/** 近7天 / 近30天 / 近90天 / 全部 as a segmented control. */
export function KpiRangePicker({ value, onChange }: { value: KpiRangeId; onChange(range: KpiRangeId): void }) {
  const { t } = useI18n();
  return (
    <div className="segmented" role="group" aria-label={t('rangeLabel')}>
      {KPI_RANGES.map((id) => (
        <button key={id} type="button" aria-pressed={id === value} onClick={() => onChange(id)}>
          {t(LABEL[id])}
        </button>
      ))}
    </div>
  );
}
