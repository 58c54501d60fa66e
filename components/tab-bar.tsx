import type { MessageKey } from './i18n/messages';
import { useI18n } from './i18n';

/** The side panel's tabs: what was captured (the default), then the analytics a seller opens it for, then 数据 (import, backup, privacy) and 设置. */
export const TABS = ['capture', 'kpi', 'rfm', 'stock', 'sku', 'titles', 'data', 'settings'] as const;
export type TabId = (typeof TABS)[number];

const LABEL: Record<TabId, MessageKey> = {
  capture: 'tab_capture',
  kpi: 'tab_kpi',
  rfm: 'tab_rfm',
  stock: 'tab_stock',
  sku: 'tab_sku',
  titles: 'tab_titles',
  data: 'tab_data',
  settings: 'tab_settings',
};

/** Tab buttons (ARIA tabs pattern; arrow keys move between them). */
export function TabBar({ active, onSelect }: { active: TabId; onSelect(tab: TabId): void }) {
  const { t } = useI18n();
  const move = (from: TabId, step: number) => {
    const next = TABS[(TABS.indexOf(from) + step + TABS.length) % TABS.length]!;
    onSelect(next);
    document.getElementById(`tab-${next}`)?.focus();
  };
  return (
    <div className="tabs" role="tablist" aria-label={t('tabsLabel')}>
      {TABS.map((id) => (
        <button
          key={id}
          id={`tab-${id}`}
          type="button"
          role="tab"
          aria-selected={id === active}
          aria-controls="tab-panel"
          tabIndex={id === active ? 0 : -1}
          onClick={() => onSelect(id)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowRight') move(id, 1);
            else if (e.key === 'ArrowLeft') move(id, -1);
          }}
        >
          {t(LABEL[id])}
        </button>
      ))}
    </div>
  );
}
