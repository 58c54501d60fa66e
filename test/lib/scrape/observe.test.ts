// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://mms.pinduoduo.com/orders/list"}
import { observeList } from '../../../lib/scrape/observe';

const row = (id: number) => `<tr><td>250731-66252515495${id}</td><td>待发货</td><td><span class="left">23:59:59</span></td></tr>`;
const list = (ids: number[]) => `<table class="orders"><tbody>${ids.map(row).join('')}</tbody></table>`;

/** A console page: a header with a clock and a badge, the list, a place for toasts. */
function setPage() {
  window.history.replaceState(null, '', 'https://mms.pinduoduo.com/orders/list');
  document.body.innerHTML = `<header><span class="clock">12:00:00</span><i class="badge">3</i></header>
    <main>${list([1, 2, 3])}</main>`;
}

/** Runs `tick` every second for a minute; returns how many reads the observer asked for. */
async function readsInAMinute(tick: (s: number) => void, debounceMs = 400): Promise<number> {
  let reads = 0;
  const stop = observeList(document, () => reads++, { debounceMs });
  for (let s = 1; s <= 60; s++) {
    tick(s);
    await vi.advanceTimersByTimeAsync(1000);
  }
  stop();
  return reads;
}

const $ = (selector: string) => document.querySelector(selector)!;

beforeEach(() => {
  vi.useFakeTimers();
  setPage();
});
afterEach(() => vi.useRealTimers());

describe('observeList ignores what happens outside the list', () => {
  it('a clock ticking in the header for a minute causes no read', async () => {
    expect(await readsInAMinute((s) => ($('.clock').textContent = `12:00:${String(s).padStart(2, '0')}`))).toBe(0);
  });

  it('nor does a clock that redraws its digits as elements, a badge or a toast', async () => {
    const noise = (s: number) => {
      $('.clock').innerHTML = `<b>12</b>:<b>00</b>:<b>${s}</b>`;
      $('.badge').textContent = String(s);
      if (s % 10 === 0) document.body.insertAdjacentHTML('beforeend', '<div class="toast"><i></i><span>已复制</span></div>');
      if (s % 10 === 5) document.querySelector('.toast')?.remove();
    };
    expect(await readsInAMinute(noise)).toBe(0);
  });
});

describe('observeList inside the list', () => {
  it('a countdown inside a row (text, or redrawn elements) reads at most twice a minute', async () => {
    expect(await readsInAMinute((s) => ($('.left').textContent = `23:59:${59 - s}`))).toBeLessThanOrEqual(2);
    expect(await readsInAMinute((s) => ($('.left').innerHTML = `<b>23</b>:<b>${59 - s}</b>`))).toBeLessThanOrEqual(2);
  });

  it('but at least once every 30 s, as a row can also change in place', async () => {
    expect(await readsInAMinute((s) => ($('.left').textContent = `23:59:${59 - s}`))).toBe(2);
  });

  it('reads after a row is added or removed (virtual scrolling)', async () => {
    let reads = 0;
    const stop = observeList(document, () => reads++, { debounceMs: 400 });
    $('tbody').insertAdjacentHTML('beforeend', row(4));
    await vi.advanceTimersByTimeAsync(400);
    expect(reads).toBe(1);
    $('tbody tr').remove();
    await vi.advanceTimersByTimeAsync(400);
    expect(reads).toBe(2);
    stop();
  });

  it('reads after the list is replaced (paging)', async () => {
    let reads = 0;
    const stop = observeList(document, () => reads++, { debounceMs: 400 });
    $('main').innerHTML = list([7, 8, 9]);
    await vi.advanceTimersByTimeAsync(400);
    expect(reads).toBe(1);
    $('tbody').innerHTML = [10, 11].map(row).join('');
    await vi.advanceTimersByTimeAsync(400);
    expect(reads).toBe(2);
    stop();
  });

  it('reads after an in-app navigation brings a new list (history.pushState, then the new DOM)', async () => {
    window.history.replaceState(null, '', 'https://mms.pinduoduo.com/home');
    $('main').innerHTML = '<p>首页</p>';
    let reads = 0;
    const stop = observeList(document, () => reads++, { debounceMs: 400 });
    window.history.pushState(null, '', '/orders/list');
    $('main').innerHTML = `<div class="spinner"></div>`;
    await vi.advanceTimersByTimeAsync(200);
    $('main').innerHTML = list([1, 2]);
    await vi.advanceTimersByTimeAsync(400);
    expect(reads).toBe(1);
    stop();
  });

  it('reads when the address changes even if only texts change (a list reused across routes)', async () => {
    let reads = 0;
    const stop = observeList(document, () => reads++, { debounceMs: 400 });
    window.history.pushState(null, '', '/orders/list?tab=2');
    for (const cell of document.querySelectorAll('td:first-child')) cell.textContent += '0';
    await vi.advanceTimersByTimeAsync(400);
    expect(reads).toBe(1);
    stop();
  });

  it('treats a list of cards in a "…table…" wrapper (JD) the same: a new card reads, a countdown in one is held back', async () => {
    const card = (id: number) =>
      `<div class="card"><div class="card-header">订单号：${id}<span class="left">23:59:59</span></div>` +
      `<div class="card-body">${'<div class="cell"><span>¥199.00</span></div>'.repeat(10)}</div></div>`;
    $('main').innerHTML = `<div class="order-table"><div class="table-body">${card(1)}${card(2)}</div></div>`;
    expect(await readsInAMinute((s) => ($('.left').textContent = `23:59:${59 - s}`))).toBe(2);
    let reads = 0;
    const stop = observeList(document, () => reads++, { debounceMs: 400 });
    $('.table-body').insertAdjacentHTML('beforeend', card(3));
    await vi.advanceTimersByTimeAsync(400);
    expect(reads).toBe(1);
    stop();
  });

  it('coalesces a burst of changes into one read, once the page has been quiet for the debounce', async () => {
    let reads = 0;
    const stop = observeList(document, () => reads++, { debounceMs: 400 });
    for (let i = 0; i < 10; i++) {
      $('tbody').insertAdjacentHTML('beforeend', row(20 + i));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(reads).toBe(0);
    await vi.advanceTimersByTimeAsync(300);
    expect(reads).toBe(1);
    stop();
    $('tbody').insertAdjacentHTML('beforeend', row(99));
    await vi.advanceTimersByTimeAsync(1000);
    expect(reads).toBe(1);
  });
});
