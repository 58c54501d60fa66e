import type { SkuCode } from '../lib/domain';
import { PlatformBadge } from './platform-badge';

/** One unified code with its platform, title and spec as captured (text only). */
export function SkuCodeLine({ code: c }: { code: SkuCode }) {
  return (
    <div className="code-line">
      <div className="row-head">
        <PlatformBadge platform={c.platform} />
        <code className="sku-code">{c.code}</code>
        {c.spec && <span className="muted spec">{c.spec}</span>}
      </div>
      <div className="title muted">{c.title}</div>
    </div>
  );
}
