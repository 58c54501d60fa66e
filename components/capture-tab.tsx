import type { ShopLensDatabase } from '../lib/db';
import { CaptureExports } from './capture-exports';
import { CaptureLog } from './capture-log';
import { DriftWarning } from './drift-warning';
import { useCaptureSummary } from './hooks/use-capture-summary';
import { LoadState } from './load-state';
import { PlatformCards } from './platform-cards';

/** The 采集 tab: what has been captured per platform, and the latest captures with their rejected rows. */
export function CaptureTab({ db }: { db: ShopLensDatabase }) {
  const { summary, error } = useCaptureSummary(db);
  if (!summary) return <LoadState error={error} />;
  return (
    <>
      {summary.drifts.map((c) => (
        <DriftWarning key={c.id} capture={c} />
      ))}
      <PlatformCards platforms={summary.platforms} />
      <CaptureExports db={db} summary={summary} />
      <CaptureLog captures={summary.recent} />
    </>
  );
}
