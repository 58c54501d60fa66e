import { browserEnv } from '../lib/messaging/browser-env';
import { startCapture } from '../lib/messaging/capture-client';
import { douyin } from '../lib/platforms/douyin';

export default defineContentScript({
  matches: douyin.matches,
  runAt: 'document_idle',
  main(ctx) {
    const stop = startCapture(douyin, browserEnv());
    ctx.onInvalidated(stop);
  },
});
