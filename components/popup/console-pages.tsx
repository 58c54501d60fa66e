import { PLATFORM_IDS, type PlatformId } from '../../lib/domain';
import { useI18n } from '../i18n';
import { PlatformBadge } from '../platform-badge';

type ListKind = 'orders' | 'products';

/**
 * The console list pages ShopLens reads, one of each per platform (README "What it reads"); each is a page
 * lib/platforms detectPage recognises (tested), so opening it captures.
 */
export const POPUP_LIST_PAGES: Record<PlatformId, Record<ListKind, string>> = {
  taobao: {
    orders: 'https://myseller.taobao.com/home.htm/trade-platform/tp/sold',
    products: 'https://myseller.taobao.com/home.htm/SellManage/on_sale',
  },
  douyin: { orders: 'https://fxg.jinritemai.com/ffa/morder/order/list', products: 'https://fxg.jinritemai.com/ffa/g/list' },
  jd: { orders: 'https://shop.jd.com/jdm/trade/orders/order-list', products: 'https://shop.jd.com/jdm/ware/manage/list/OnsaleWare' },
  pdd: { orders: 'https://mms.pinduoduo.com/orders/list', products: 'https://mms.pinduoduo.com/goods/goods_list' },
};

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
