import { browserEnv } from '../lib/messaging/browser-env';
import { startCapture } from '../lib/messaging/capture-client';
import { listenCaptureNow } from '../lib/messaging/capture-now';
import { taobao } from '../lib/platforms/taobao';

export default defineContentScript({
  matches: taobao.matches,
  runAt: 'document_idle',
  main(ctx) {
    const stop = startCapture(taobao, browserEnv());
    ctx.onInvalidated(listenCaptureNow(taobao, browserEnv()));
    ctx.onInvalidated(stop);
  },
});
