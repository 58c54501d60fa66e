import { browserEnv } from '../lib/messaging/browser-env';
import { startCapture } from '../lib/messaging/capture-client';
import { listenCaptureNow } from '../lib/messaging/capture-now';
import { jd } from '../lib/platforms/jd';

export default defineContentScript({
  matches: jd.matches,
  runAt: 'document_idle',
  main(ctx) {
    const stop = startCapture(jd, browserEnv());
    ctx.onInvalidated(listenCaptureNow(jd, browserEnv()));
    ctx.onInvalidated(stop);
  },
});
