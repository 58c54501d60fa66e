/**
 * What the side-panel bench (panel-open.ts) installs in every extension page before the page's own scripts
 * run (bundled, as an init script), and the in-page steps it calls through `window.__probe`: a `longtask`
 * observer, "drawn" waits driven by a MutationObserver (so a tab counts as drawn in the same task React
 * commits its data, not at the next poll), a paint wait, and a scroll through the longest list.
 */

/** One long task (> 50 ms) as the page's PerformanceObserver saw it. */
export interface LongTask {
  start: number;
  duration: number;
}

/** Timing of one step in the page, in ms of `performance.now()`. */
export interface StepTiming {
  /** To the tab's data in the DOM. */
  drawnMs: number;
  /** To the frame after it (requestAnimationFrame, then a task). */
  paintedMs: number;
  longTasks: LongTask[];
}

/** A scroll through a list: how far it got and the long tasks on the way. */
export interface ScrollTiming {
  frames: number;
  /** Items of the list in the DOM at the end (a list shown in steps grows as it is scrolled). */
  items: number;
  /** Pixels scrolled. */
  distance: number;
  ms: number;
  longTasks: LongTask[];
}

/** What the probe keeps on `window.__probe`. */
interface ProbeState {
  longTasks: LongTask[];
  /** Resolves with performance.now() once `ready()` holds (checked now and after every DOM change). */
  when(ready: () => boolean): Promise<number>;
  /** Whether the tab panel shows `tab` with its data: content, nothing busy. */
  tabDrawn(tab: string): boolean;
  /** Whether a page without tabs (the popup) is drawn: text in #root, nothing busy. */
  pageDrawn(): boolean;
  painted(): Promise<number>;
  since(t: number): LongTask[];
}

const probe = (): ProbeState => (window as unknown as { __probe: ProbeState }).__probe;

/** Runs before the page's scripts on every navigation (page.addInitScript). */
function install(): void {
  const longTasks: LongTask[] = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No longtask support: the counts stay empty, and the report says 0 — Chromium has it.
  }
  const state: ProbeState = {
    longTasks,
    when(ready) {
      return new Promise((resolve) => {
        if (ready()) return resolve(performance.now());
        const mo = new MutationObserver(() => {
          if (!ready()) return;
          mo.disconnect();
          resolve(performance.now());
        });
        mo.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      });
    },
    tabDrawn(tab) {
      const panel = document.getElementById('tab-panel');
      return !!panel && panel.getAttribute('aria-labelledby') === `tab-${tab}` && panel.childElementCount > 0 && !panel.querySelector('[aria-busy="true"]');
    },
    pageDrawn() {
      const root = document.getElementById('root') ?? document.body;
      return !!root && (root.textContent ?? '').trim().length > 0 && !root.querySelector('[aria-busy="true"]');
    },
    painted: () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0))),
    since: (t) => longTasks.filter((l) => l.start + l.duration >= t),
  };
  (window as unknown as { __probe: object }).__probe = { ...state, openTab, switchTab, openPage, scrollLongest, chooseBiggestTier, plainLoop };
}

/** In the page: from navigation start (performance.now() = 0) to `tab` drawn; with `click`, the tab is chosen as soon as its button exists. */
async function openTab([tab, click]: [string, boolean]): Promise<StepTiming> {
  const p = probe();
  if (click) {
    await p.when(() => !!document.getElementById(`tab-${tab}`));
    document.getElementById(`tab-${tab}`)!.click();
  }
  const drawnMs = await p.when(() => p.tabDrawn(tab));
  const paintedMs = await p.painted();
  return { drawnMs, paintedMs, longTasks: p.since(0) };
}

/** In the page: from the click on a tab to its data drawn. */
async function switchTab(tab: string): Promise<StepTiming> {
  const p = probe();
  const t = performance.now();
  document.getElementById(`tab-${tab}`)!.click();
  const drawnMs = (await p.when(() => p.tabDrawn(tab))) - t;
  const paintedMs = (await p.painted()) - t;
  return { drawnMs, paintedMs, longTasks: p.since(t) };
}

/** In the page: navigation start to a page without tabs (the popup) drawn. */
async function openPage(): Promise<StepTiming> {
  const p = probe();
  await new Promise((r) => setTimeout(r, 0));
  const drawnMs = await p.when(() => p.pageDrawn());
  const paintedMs = await p.painted();
  return { drawnMs, paintedMs, longTasks: p.since(0) };
}

/**
 * In the page: scrolls the longest list of the tab panel — its own scroll box if it has one (a virtualised
 * list), else the document — a step per frame for at most `maxFrames` frames or until its end, pressing its
 * "show more" button whenever the end of what is drawn is reached.
 */
async function scrollLongest(maxFrames: number): Promise<ScrollTiming> {
  const p = probe();
  const panel = document.getElementById('tab-panel')!;
  const boxes = [...panel.querySelectorAll<HTMLElement>('*')].filter((el) => {
    const o = getComputedStyle(el).overflowY;
    return (o === 'auto' || o === 'scroll') && el.scrollHeight > el.clientHeight + 10;
  });
  const box = boxes.sort((a, b) => b.scrollHeight - a.scrollHeight)[0] ?? (document.scrollingElement as HTMLElement);
  const lists = [...panel.querySelectorAll('ol, ul, [role="list"], [role="grid"], table')];
  const list = lists.sort((a, b) => b.childElementCount - a.childElementCount)[0];
  const step = Math.max(200, Math.round(box.clientHeight * 0.6));
  const t = performance.now();
  let distance = 0;
  let frames = 0;
  for (; frames < maxFrames; frames++) {
    await new Promise((r) => requestAnimationFrame(r));
    const before = box.scrollTop;
    box.scrollTop = before + step;
    distance += box.scrollTop - before;
    if (box.scrollTop + box.clientHeight >= box.scrollHeight - 2) {
      const more = [...panel.querySelectorAll<HTMLButtonElement>('button.more')].pop();
      if (!more) break;
      more.click();
    }
  }
  await p.painted();
  return { frames, items: list?.childElementCount ?? 0, distance, ms: performance.now() - t, longTasks: p.since(t) };
}

/** In the page: chooses the customer tier with the most customers (the longest list of the panel). */
function chooseBiggestTier(): number {
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('.tier-cards button')];
  const count = (b: HTMLButtonElement) => Number((b.querySelector('[data-testid^="tier-"]')?.textContent ?? '0').replace(/\D/g, ''));
  const best = buttons.sort((a, b) => count(b) - count(a))[0];
  best?.click();
  return best ? count(best) : 0;
}

/** In the page: a plain loop of 10⁸ steps (ms), the same as in Node, so the report can say how fast this Chromium ran JavaScript. */
export function plainLoop(): number {
  const t = performance.now();
  let s = 0;
  for (let i = 0; i < 1e8; i++) s = (s + i) & 0xffff;
  if (s < 0) throw new Error('unreachable');
  return performance.now() - t;
}

/** The steps panel-open.ts calls in the page (`window.__probe.<step>(arg)`). */
export interface PanelProbe {
  openTab: typeof openTab;
  switchTab: typeof switchTab;
  openPage: typeof openPage;
  scrollLongest: typeof scrollLongest;
  chooseBiggestTier: typeof chooseBiggestTier;
  plainLoop: typeof plainLoop;
}

if (typeof window !== 'undefined') install();
