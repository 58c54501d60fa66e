import { useEffect, useState } from 'react';
import type { Capture, PageKind } from '../../lib/domain';
import { PLATFORM_LABELS, type PlatformId } from '../../lib/domain/platform';
import { formatShanghai } from '../../lib/domain/time';
import type { CaptureNowReply } from '../../lib/messaging/capture-now';
import { formatCount } from '../format';
import { useI18n } from '../i18n';
import type { PopupEnv } from './env';

type CaptureState = { kind: 'idle' } | { kind: 'running' } | { kind: 'done'; reply: CaptureNowReply };

/**
 * The console page under the popup: which platform and list, the rows this tab has contributed (the badge's
 * count), the latest capture of the page with its time (Asia/Shanghai), drift and rejected-row warnings, and
 * 立即采集, which asks the page's content script to read it now and shows what was stored.
 */
export function PageStatus(props: { env: PopupEnv; tabId: number; platform: PlatformId; kind: PageKind; latest?: Capture }) {
  const { env, tabId, platform, kind, latest } = props;
  const { t, lang } = useI18n();
  const [rows, setRows] = useState<number | undefined>();
  const [capture, setCapture] = useState<CaptureState>({ kind: 'idle' });
  const replied = capture.kind === 'done' ? capture.reply : undefined;

  useEffect(() => {
    let live = true;
    env.tabRows(tabId).then((n) => live && setRows(n), () => undefined);
    return () => void (live = false);
  }, [env, tabId, replied]);

  async function captureNow() {
    setCapture({ kind: 'running' });
    setCapture({ kind: 'done', reply: await env.captureNow(tabId) });
  }

  return (
    <section className="page-status" data-testid="page-status">
      <h2>
        {t('popupThisPage')}：{PLATFORM_LABELS[platform][lang]} · {t(`popupList_${kind}`)}
      </h2>
      {rows !== undefined ? <p data-testid="tab-rows">{t('popupTabRows', { n: formatCount(rows) })}</p> : null}
      {latest ? (
        <>
          <p data-testid="last-capture">{t('popupLastCapture', { time: formatShanghai(latest.at) })}</p>
          <p className="muted" data-testid="last-read">
            {t('popupLastRead', { read: latest.read, saved: latest.saved, added: latest.added, rejected: latest.rejected })}
          </p>
          {latest.drift ? (
            <p role="alert" className="note" data-testid="drift">
              {t('popupDrift')}
            </p>
          ) : latest.rejected > 0 ? (
            <p className="note" data-testid="rejected">
              {t('popupRejected', { n: latest.rejected })}
            </p>
          ) : null}
        </>
      ) : (
        <p className="muted">{t('popupNotCaptured')}</p>
      )}
      <button type="button" className="primary" onClick={() => void captureNow()} disabled={capture.kind === 'running'}>
        {t('popupCaptureNow')}
      </button>
      <p role="status" data-testid="capture-now-status">
        {capture.kind === 'running' ? t('popupCapturing') : replied ? replyText(replied, t) : ''}
      </p>
    </section>
  );
}

function replyText(reply: CaptureNowReply, t: ReturnType<typeof useI18n>['t']): string {
  if (reply.ok) return t('popupCaptured', { read: reply.read, saved: reply.saved, added: reply.added, rejected: reply.rejected });
  if (reply.error === 'no-rows') return t('popupCaptureNoRows');
  if (reply.error === 'no-script') return t('popupCaptureNoScript');
  return t('popupCaptureFailed', { error: reply.error });
}
