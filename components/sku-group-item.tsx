import { useI18n } from './i18n';
import type { SkuGroupView } from './model/sku-view';
import { PlatformBadge } from './platform-badge';
import { SkuCodeLine } from './sku-code-line';

/** Linked goods: its 商家编码 (or title), the platforms it is on, why they are linked, and its codes on demand. */
export function SkuGroupItem({ view: { group, members } }: { view: SkuGroupView }) {
  const { t, lang } = useI18n();
  return (
    <article className="row-item group">
      <div className="row-head">
        <span className="title">{group.outerId || group.title}</span>
        <span className="badges">
          {group.platforms.map((p) => (
            <PlatformBadge key={p} platform={p} />
          ))}
        </span>
      </div>
      {group.outerId && <p className="muted title">{group.title}</p>}
      <p className="reason">{group.reason[lang]}</p>
      <details>
        <summary>{t('groupCodes', { n: members.length })}</summary>
        <ul className="code-list">
          {members.map((m) => (
            <li key={m.code.code}>
              <SkuCodeLine code={m.code} />
              {m.reason[lang] && <p className="muted reason">{m.reason[lang]}</p>}
            </li>
          ))}
        </ul>
      </details>
    </article>
  );
}
