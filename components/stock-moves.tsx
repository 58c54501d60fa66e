import type { GoodsStock } from '../lib/analytics/stock';
import { PLATFORM_LABELS } from '../lib/domain';
import { useI18n } from './i18n';
import { VirtualList } from './virtual-list';

const goodsKey = (g: GoodsStock) => g.id;
const renderMove = (g: GoodsStock) => <MoveItem goods={g} />;

/** One linked goods: its label, why, and each move with its reason. */
function MoveItem({ goods: g }: { goods: GoodsStock }) {
  const { t, lang } = useI18n();
  return (
    <article className="row-item move">
      <div className="row-head">
        <span className="title">{g.label}</span>
      </div>
      <p className="muted">{g.reason[lang]}</p>
      <ul className="move-list">
        {g.moves.map((m) => (
          <li key={`${m.from}>${m.to}`}>
            <strong>{t('moveLine', { from: PLATFORM_LABELS[m.from][lang], to: PLATFORM_LABELS[m.to][lang], n: m.units })}</strong>
            <span className="reason">{m.reason[lang]}</span>
          </li>
        ))}
      </ul>
    </article>
  );
}

/** Linked goods whose stock sits on one platform while another runs short: how many units to move, and why. */
export function StockMoves({ goods }: { goods: GoodsStock[] }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="moves-title">
      <h3 id="moves-title">{t('movesTitle')}</h3>
      {goods.length === 0 ? (
        <p className="muted">{t('movesNone')}</p>
      ) : (
        // Drawn a window at a time: the bench's big shop has ~640 linked goods with a move, whose layout alone
        // took ~0.2 s of opening the tab when all of them were in the DOM.
        <VirtualList items={goods} keyOf={goodsKey} render={renderMove} label={t('movesTitle')} className="moves" />
      )}
    </section>
  );
}
