import { measureElement, observeElementRect, useVirtualizer, type Rect, type Virtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useRef, type KeyboardEvent, type ReactNode } from 'react';

/** A row's height before it is measured, in px: a customer row in the side panel measures 99, stock rows 90–140. */
export const ROW_ESTIMATE_PX = 100;
/** Space between rows, as the `ol.rows` gap it replaces, in px. */
const ROW_GAP_PX = 6;
/** Rows drawn above and below the visible ones, so a fast scroll or a Tab into the next row finds it drawn. */
const OVERSCAN = 6;
/**
 * The viewport assumed while the scroll box has no layout (jsdom in the tests, a tab panel still hidden): about
 * the box's `max-height` in a side panel. Without it the list would draw nothing, or — rows measuring 0 px —
 * everything.
 */
export const FALLBACK_RECT: Rect = { width: 360, height: 640 };

const observeRect = (instance: Virtualizer<HTMLDivElement, Element>, cb: (rect: Rect) => void) =>
  observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : FALLBACK_RECT));

/**
 * One drawn row. Memoised: scrolling redraws the list every frame, and only the rows that came into view (or
 * moved) need to render again.
 */
const Row = memo(function Row<T>({
  item,
  index,
  size,
  start,
  measure,
  render,
}: {
  item: T;
  index: number;
  size: number;
  start: number;
  measure(el: Element | null): void;
  render(item: T): ReactNode;
}) {
  return (
    <div
      ref={measure}
      data-index={index}
      role="listitem"
      aria-setsize={size}
      aria-posinset={index + 1}
      style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${start}px)` }}
    >
      {render(item)}
    </div>
  );
}) as <T>(props: { item: T; index: number; size: number; start: number; measure(el: Element | null): void; render(item: T): ReactNode }) => ReactNode;

/**
 * A long list drawn a window at a time (@tanstack/react-virtual): only the rows in view, plus a few either
 * side, are in the DOM, each measured as drawn (rows differ in height), so 5,000 SKUs or 50,000 customers
 * scroll as smoothly as fifty. The scroll box (`data-testid="virtual-list"`, `.virtual-list`) is focusable, so
 * arrow keys, Page Up/Down, Home and End scroll it; screen readers hear a list whose items say their place
 * (`aria-posinset` of `aria-setsize`). Give it a `key` that changes with a filter to start again at the top.
 */
export function VirtualList<T>({
  items,
  render,
  keyOf,
  label,
  className,
}: {
  items: readonly T[];
  render(item: T): ReactNode;
  keyOf(item: T): string;
  label?: string;
  className?: string;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // A new getItemKey makes the virtualiser lay out every item again (50,000 for a big tier): keep it stable
  // while the list redraws itself on scrolling.
  const getItemKey = useCallback((i: number) => keyOf(items[i]!), [items, keyOf]);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE_PX,
    getItemKey,
    gap: ROW_GAP_PX,
    overscan: OVERSCAN,
    initialRect: FALLBACK_RECT,
    observeElementRect: observeRect,
    measureElement: (el, entry, instance) => measureElement(el, entry, instance) || ROW_ESTIMATE_PX,
  });
  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      // A browser scrolls a focused box on Home/End itself; this does the same where it does not (and in jsdom).
      if (e.target !== e.currentTarget || (e.key !== 'Home' && e.key !== 'End')) return;
      e.currentTarget.scrollTop = e.key === 'Home' ? 0 : virtualizer.getTotalSize();
      e.preventDefault();
    },
    [virtualizer],
  );
  const rows = virtualizer.getVirtualItems();
  return (
    <div
      ref={scrollRef}
      className={className ? `virtual-list ${className}` : 'virtual-list'}
      data-testid="virtual-list"
      tabIndex={0}
      onKeyDown={onKeyDown}
      style={{ overflowY: 'auto', maxHeight: `min(70vh, ${FALLBACK_RECT.height}px)`, overscrollBehavior: 'contain' }}
    >
      <div role="list" aria-label={label} style={{ position: 'relative', height: virtualizer.getTotalSize() }}>
        {rows.map((row) => (
          <Row key={row.key} item={items[row.index]!} index={row.index} size={items.length} start={row.start} measure={virtualizer.measureElement} render={render} />
        ))}
      </div>
    </div>
  );
}
