import { browserEnv } from '../lib/messaging/browser-env';
import { startCapture } from '../lib/messaging/capture-client';
import { listenCaptureNow } from '../lib/messaging/capture-now';
import { douyin } from '../lib/platforms/douyin';

export default defineContentScript({
  matches: douyin.matches,
  runAt: 'document_idle',
  main(ctx) {
    const stop = startCapture(douyin, browserEnv());
    ctx.onInvalidated(listenCaptureNow(douyin, browserEnv()));
    ctx.onInvalidated(stop);
  },
});
