import type { ShopLensDatabase } from '../lib/db';
import { CaptureExports } from './capture-exports';
import { CaptureLog } from './capture-log';
import { ConsoleLinks } from './console-links';
import { DriftWarning } from './drift-warning';
import { useCaptureSummary } from './hooks/use-capture-summary';
import { LoadState } from './load-state';
import { PlatformCards } from './platform-cards';
import { StoreNotices } from './store-notices';

/** The 采集 tab: what has been captured per platform, and the latest captures with their rejected rows. */
export function CaptureTab({ db }: { db: ShopLensDatabase }) {
  const { summary, error } = useCaptureSummary(db);
  if (!summary) return <LoadState error={error} />;
  const nothing = summary.platforms.every((p) => p.orders === 0 && p.products === 0);
  return (
    <>
      <StoreNotices db={db} lastCaptureAt={summary.recent[0]?.at} />
      {summary.drifts.map((c) => (
        <DriftWarning key={c.id} capture={c} />
      ))}
      <PlatformCards platforms={summary.platforms} />
      <CaptureExports db={db} summary={summary} />
      <CaptureLog captures={summary.recent} />
      {nothing && <ConsoleLinks kinds={['orders', 'products']} />}
    </>
  );
}
