// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://mms.pinduoduo.com/"}
import { readPage, readPageInSlices, startCapture } from '../../../lib/messaging/capture-client';
import type { CaptureFromContent, CaptureReply } from '../../../lib/messaging/protocol';
import type { PlatformAdapter } from '../../../lib/platforms/types';
import { textOf } from '../../../lib/scrape/text';

// A minimal adapter over a plain table: what is under test here is the loop, not a platform's reader.
const adapter: PlatformAdapter = {
  id: 'pdd',
  matches: ['https://mms.pinduoduo.com/*'],
  version: 1,
  signs: {
    orders: { records: [/\d{6}-\d{15}/], headers: [], empty: /暂无数据/ },
    products: { records: [], headers: [], empty: /暂无数据/ },
  },
  pageKind: (url) => (url.pathname === '/orders/list' ? 'orders' : undefined),
  extractOrders: (root) =>
    [...root.querySelectorAll('tr[data-order]')].map((tr) => {
      const cell = (i: number) => textOf(tr.children[i]);
      return {
        orderId: cell(0),
        buyer: cell(1),
        placedAt: cell(2),
        status: cell(3),
        paid: cell(4),
        items: [{ title: '蓝牙耳机', spec: '曜石黑', quantity: '1', price: '¥199.00' }],
        text: textOf(tr),
      };
    }),
  extractProducts: () => {
    throw new Error('the reader blew up');
  },
};

const row = (id: string, paid = '¥199.00') =>
  `<tr data-order><td>${id}</td><td>拼**友</td><td>2025-07-31 20:58:59</td><td>待发货</td><td>${paid}</td></tr>`;

function setPage(path: string, rows: string) {
  window.history.replaceState(null, '', `https://mms.pinduoduo.com${path}`);
  document.body.innerHTML = `<table><tbody>${rows}</tbody></table>`;
}

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('readPage', () => {
  it('reads, parses and splits good and bad rows', () => {
    setPage('/orders/list', row('250731-662525154951775') + row('250731-662525154951776', '--'));
    const m = readPage(adapter, document, Date.UTC(2025, 7, 1))!;
    expect(m).toMatchObject({ platform: 'pdd', kind: 'orders', read: 2, url: 'https://mms.pinduoduo.com/orders/list' });
    expect(m.records).toHaveLength(1);
    expect(m.rejected[0]).toMatchObject({ index: 1, key: '250731-662525154951776', problems: [{ field: 'paid', raw: '--' }] });
  });

  it('sends nothing for other pages or empty lists', () => {
    setPage('/home', row('250731-662525154951775'));
    expect(readPage(adapter, document, 0)).toBeUndefined();
    setPage('/orders/list', '');
    expect(readPage(adapter, document, 0)).toBeUndefined();
  });
});

describe('readPageInSlices', () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => row(ID(i + 1), i % 4 === 3 ? '--' : '¥199.00')).join('');

  it('gives the same message as readPage, pausing between slices (a slice of 0 ms: after every row)', async () => {
    setPage('/orders/list', rows(12));
    let pauses = 0;
    const sliced = await readPageInSlices(adapter, document, Date.UTC(2025, 7, 1), { sliceMs: 0, pause: async () => void pauses++ });
    expect(sliced).toEqual(readPage(adapter, document, Date.UTC(2025, 7, 1)));
    expect(sliced!.read).toBe(12);
    expect(sliced!.rejected.map((r) => r.index)).toEqual([3, 7, 11]);
    expect(pauses).toBe(12);
  });

  it('reads a small page within one slice, and stops at the next pause once cancelled', async () => {
    setPage('/orders/list', rows(5));
    let pauses = 0;
    const whole = await readPageInSlices(adapter, document, 0, { pause: async () => void pauses++ });
    expect([whole!.read, pauses]).toEqual([5, 0]);
    let cancelled = false;
    const cut = readPageInSlices(adapter, document, 0, { sliceMs: 0, pause: async () => void (cancelled = true), cancelled: () => cancelled });
    expect(await cut).toBeUndefined();
  });

  it('still reports drift from the whole page when no row is read', async () => {
    setPage('/orders/list', '<tr><td>订单 250731-662525154951775</td><td>¥199.00</td></tr>');
    const m = await readPageInSlices(adapter, document, 0, { sliceMs: 0 });
    expect(m).toMatchObject({ read: 0, drift: { reason: 'no-rows' } });
  });
});

describe('startCapture', () => {
  it('sends on load and again when the list changes, but not for a change that alters no row', async () => {
    setPage('/orders/list', row('250731-662525154951775'));
    const sent: CaptureFromContent[] = [];
    const stop = startCapture(adapter, { document, now: () => Date.UTC(2025, 7, 1), debounceMs: 20, send: async (m) => (sent.push(m), OK) });
    // The read runs in slices, so the first send comes after a turn of the event loop, not inside startCapture.
    await tick(0);
    expect(sent).toHaveLength(1);
    document.querySelector('tbody')!.insertAdjacentHTML('beforeend', row('250731-662525154951777'));
    await tick(60);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.records).toHaveLength(2);
    document.body.insertAdjacentHTML('beforeend', '<div class="toast">已复制</div>');
    await tick(60);
    expect(sent).toHaveLength(2);
    stop();
    document.querySelector('tbody')!.insertAdjacentHTML('beforeend', row('250731-662525154951778'));
    await tick(60);
    expect(sent).toHaveLength(2);
  });

  it('never throws into the page when the reader or the messaging fails', async () => {
    setPage('/orders/list', row('250731-662525154951775'));
    const failing = { document, now: () => 0, debounceMs: 10, send: () => Promise.reject(new Error('Extension context invalidated.')) };
    expect(() => startCapture(adapter, failing)()).not.toThrow();
    window.history.replaceState(null, '', 'https://mms.pinduoduo.com/orders/list');
    const broken = { ...adapter, pageKind: () => 'products' as const };
    expect(() => startCapture(broken, { ...failing, send: async () => undefined })()).not.toThrow();
    await tick(30);
  });
});

const OK: CaptureReply = { ok: true, captureId: 1, saved: 1, added: 1, rejected: 0 };
const ID = (n: number) => `250731-6625251549517${String(n).padStart(2, '0')}`;

/** The loop over the test adapter with extract calls counted and every send recorded with its time. */
function capture(reply: (n: number) => Promise<CaptureReply | undefined>) {
  const sent: { at: number; message: CaptureFromContent }[] = [];
  let reads = 0;
  const counted = { ...adapter, extractOrders: (root: ParentNode) => (reads++, adapter.extractOrders(root)) };
  const stop = startCapture(counted, {
    document,
    now: () => Date.now(),
    debounceMs: 20,
    send: (message) => {
      sent.push({ at: Date.now(), message });
      return reply(sent.length);
    },
  });
  return { sent, stop, reads: () => reads };
}

const addRow = (n: number) => document.querySelector('tbody')!.insertAdjacentHTML('beforeend', row(ID(n)));

describe('startCapture: a capture counts as sent only after the background answers ok', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    setPage('/orders/list', row(ID(1)));
  });
  afterEach(() => vi.useRealTimers());

  it.each<[string, () => Promise<CaptureReply | undefined>]>([
    ['ok: false (a full disk)', () => Promise.resolve({ ok: false, error: 'QuotaExceededError' })],
    ['no answer at all (undefined)', () => Promise.resolve(undefined)],
    ['a rejected send', () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'))],
    ['a send that throws at once', () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }],
  ])('sends the page again after %s, backing off 1 s, 2 s, 4 s …', async (_, fail) => {
    const { sent, stop } = capture((n) => (n <= 3 ? fail() : Promise.resolve(OK)));
    await vi.advanceTimersByTimeAsync(999);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(sent.map((s) => s.at - sent[0]!.at)).toEqual([0, 1000, 3000, 7000]);
    expect(sent[3]!.message.records).toHaveLength(1);
    stop();
  });

  it('sends again when the background does not answer within 10 s', async () => {
    const { sent, stop } = capture((n) => (n === 1 ? new Promise(() => {}) : Promise.resolve(OK)));
    await vi.advanceTimersByTimeAsync(10_999);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(sent).toHaveLength(2);
    stop();
  });

  it('gives up after a bounded number of tries (at most a minute apart) until the page changes', async () => {
    const { sent, stop } = capture(() => Promise.resolve({ ok: false, error: 'QuotaExceededError' }));
    await vi.advanceTimersByTimeAsync(30 * 60_000);
    const gaps = sent.slice(1).map((s, i) => s.at - sent[i]!.at);
    expect(gaps).toEqual([1000, 2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000]);
    addRow(2);
    await vi.advanceTimersByTimeAsync(20);
    expect(sent).toHaveLength(10);
    expect(sent[9]!.message.records).toHaveLength(2);
    // The new page starts a new round, from 1 s.
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toHaveLength(11);
    stop();
  });

  it('a page change while waiting to retry sends the new rows at once', async () => {
    const { sent, stop } = capture((n) => Promise.resolve(n === 1 ? { ok: false, error: 'disk full' } : OK));
    await vi.advanceTimersByTimeAsync(500);
    addRow(2);
    await vi.advanceTimersByTimeAsync(20);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.message.records).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(sent).toHaveLength(2);
    stop();
  });

  it('keeps one send in flight; a change meanwhile is read and sent once it settles', async () => {
    let answer: (reply: CaptureReply) => void = () => {};
    const { sent, stop } = capture((n) => (n === 1 ? new Promise((r) => (answer = r)) : Promise.resolve(OK)));
    addRow(2);
    await vi.advanceTimersByTimeAsync(100);
    addRow(3);
    await vi.advanceTimersByTimeAsync(100);
    expect(sent).toHaveLength(1);
    answer(OK);
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.message.records).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(sent).toHaveLength(2);
    stop();
  });

  it('stops for good, quietly, once the extension was reloaded (context invalidated)', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    const { sent, stop, reads } = capture(() => Promise.reject(new Error('Extension context invalidated.')));
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    addRow(2);
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toHaveLength(1);
    expect(reads()).toBe(1);
    expect(debug).not.toHaveBeenCalled();
    debug.mockRestore();
    stop();
  });
});

describe('startCapture: what makes it read the page again', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    setPage('/orders/list', row(ID(1)));
  });
  afterEach(() => vi.useRealTimers());

  it('a clock ticking in the page header for a minute causes no read', async () => {
    document.body.insertAdjacentHTML('afterbegin', '<header><span class="clock">00:00:00</span></header>');
    const { reads, stop } = capture(() => Promise.resolve(OK));
    const clock = document.querySelector('.clock')!;
    for (let s = 1; s <= 60; s++) {
      clock.textContent = `00:00:${String(s).padStart(2, '0')}`;
      await vi.advanceTimersByTimeAsync(1000);
    }
    expect(reads()).toBe(1);
    stop();
  });

  it('a countdown inside a row reads the list at most twice a minute', async () => {
    document.querySelector('td')!.insertAdjacentHTML('beforeend', '<span class="left">剩余发货时间 23:59:59</span>');
    const { reads, stop } = capture(() => Promise.resolve(OK));
    const left = document.querySelector('.left')!;
    for (let s = 1; s <= 60; s++) {
      left.textContent = `剩余发货时间 23:59:${String(59 - s).padStart(2, '0')}`;
      await vi.advanceTimersByTimeAsync(1000);
    }
    expect(reads() - 1).toBeLessThanOrEqual(2);
    stop();
  });
});
