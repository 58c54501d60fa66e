import { PLATFORM_IDS, type PlatformId } from '../lib/domain/platform';
import { useI18n } from './i18n';
import type { MessageKey } from './i18n/messages';
import { PlatformBadge } from './platform-badge';

type ListKind = 'orders' | 'products';

/**
 * The list pages ShopLens reads, one of each per console (README "What it reads"); every one is a page
 * lib/platforms detectPage recognises (tested), so opening it captures.
 */
export const CONSOLE_LIST_PAGES: Record<PlatformId, Record<ListKind, string>> = {
  taobao: {
    orders: 'https://myseller.taobao.com/home.htm/trade-platform/tp/sold',
    products: 'https://myseller.taobao.com/home.htm/SellManage/on_sale',
  },
  douyin: {
    orders: 'https://fxg.jinritemai.com/ffa/morder/order/list',
    products: 'https://fxg.jinritemai.com/ffa/g/list',
  },
  jd: {
    orders: 'https://shop.jd.com/jdm/trade/orders/order-list',
    products: 'https://shop.jd.com/jdm/ware/manage/list/OnsaleWare',
  },
  pdd: {
    orders: 'https://mms.pinduoduo.com/orders/list',
    products: 'https://mms.pinduoduo.com/goods/goods_list',
  },
};

const KIND_LABEL: Record<ListKind, MessageKey> = { orders: 'kind_orders', products: 'kind_products' };

/**
 * What to open to fill an empty tab: the order and/or product list page of each console, as links (a new
 * browser tab; ShopLens reads the page once it loads there).
 */
export function ConsoleLinks({ kinds }: { kinds: readonly ListKind[] }) {
  const { t } = useI18n();
  return (
    <div className="console-links" data-testid="console-links">
      <p className="muted">{t(kinds.length === 2 ? 'openListsBoth' : kinds[0] === 'orders' ? 'openListsOrders' : 'openListsProducts')}</p>
      <ul>
        {PLATFORM_IDS.map((p) => (
          <li key={p}>
            <PlatformBadge platform={p} />
            {kinds.map((k) => (
              <a key={k} href={CONSOLE_LIST_PAGES[p][k]} target="_blank" rel="noreferrer">
                {t(KIND_LABEL[k])}
              </a>
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
}
