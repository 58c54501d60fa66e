import { PLATFORM_IDS } from '../../lib/domain/platform';
import { CONSOLE_LIST_PAGES } from '../console-links';
import { useI18n } from '../i18n';
import { PlatformBadge } from '../platform-badge';

/** The console list pages ShopLens reads (one list for the popup and the side panel's empty states). */
export const POPUP_LIST_PAGES = CONSOLE_LIST_PAGES;

/** Each console's order and product list as links (they open in a new tab, where ShopLens reads them). */
export function ConsolePages() {
  const { t } = useI18n();
  return (
    <ul className="console-pages" data-testid="console-pages">
      {PLATFORM_IDS.map((p) => (
        <li key={p}>
          <PlatformBadge platform={p} />
          {(['orders', 'products'] as const).map((k) => (
            <a key={k} href={POPUP_LIST_PAGES[p][k]} target="_blank" rel="noreferrer">
              {t(`popupList_${k}`)}
            </a>
          ))}
        </li>
      ))}
    </ul>
  );
}
