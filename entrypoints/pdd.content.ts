import { browserEnv } from '../lib/messaging/browser-env';
import { startCapture } from '../lib/messaging/capture-client';
import { listenCaptureNow } from '../lib/messaging/capture-now';
import { pdd } from '../lib/platforms/pdd';

export default defineContentScript({
  matches: pdd.matches,
  runAt: 'document_idle',
  main(ctx) {
    const stop = startCapture(pdd, browserEnv());
    ctx.onInvalidated(listenCaptureNow(pdd, browserEnv()));
    ctx.onInvalidated(stop);
  },
});
