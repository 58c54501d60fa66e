// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach } from 'vitest';
import { FALLBACK_RECT, ROW_ESTIMATE_PX, VirtualList } from '../../components/virtual-list';

// jsdom lays nothing out: every clientHeight and offsetHeight is 0. The list then assumes FALLBACK_RECT and
// the estimated row height; the tests that check measuring give the box and the rows sizes of their own.

const GAP = 6;
const buyers = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `tb|buyer_${i}`, name: `buyer_${i}`, lines: 1 + (i % 3) }));
type Buyer = ReturnType<typeof buyers>[number];

function renderList(items: Buyer[], label = '一般用户') {
  return render(
    <VirtualList
      items={items}
      keyOf={(b) => b.id}
      label={label}
      render={(b) => (
        <article className="row-item" data-lines={b.lines}>
          <span className="buyer">{b.name}</span>
        </article>
      )}
    />,
  );
}

const drawn = () => within(screen.getByRole('list')).getAllByRole('listitem');
const offsetOf = (row: HTMLElement) => Number(/translateY\((\d+(?:\.\d+)?)px\)/.exec(row.style.transform)![1]);

describe('VirtualList', () => {
  afterEach(() => vi.restoreAllMocks());

  it('draws a window of 50,000 rows, each saying its place, and a later window after a scroll', () => {
    renderList(buyers(50_000));
    const list = screen.getByRole('list', { name: '一般用户' });
    const first = drawn();
    // 640 px of 96 px rows with the 6 px gap: 7 in view, 6 more below.
    expect(first.length).toBe(Math.ceil(FALLBACK_RECT.height / (ROW_ESTIMATE_PX + GAP)) + 6);
    expect(first.map((r) => r.getAttribute('aria-posinset'))).toEqual(first.map((_, i) => String(i + 1)));
    expect(first.every((r) => r.getAttribute('aria-setsize') === '50000')).toBe(true);
    expect(list.style.height).toBe(`${50_000 * (ROW_ESTIMATE_PX + GAP) - GAP}px`);

    const box = screen.getByTestId('virtual-list');
    box.scrollTop = 40_000 * (ROW_ESTIMATE_PX + GAP);
    fireEvent.scroll(box);
    const later = drawn();
    expect(later[0]).toHaveAttribute('aria-posinset', String(40_000 - 6 + 1));
    expect(within(list).getByText('buyer_40000').closest('[role="listitem"]')).toHaveAttribute('aria-posinset', '40001');
    expect(within(list).queryByText('buyer_0')).not.toBeInTheDocument();
    expect(later.length).toBeLessThan(30);
  });

  it('places each row below the measured height of the one before (rows differ in height)', () => {
    // A row of n lines is 40 + 20·(n − 1) px high; the box is 300 px.
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
      const lines = this.querySelector<HTMLElement>('[data-lines]')?.dataset.lines;
      return lines ? 40 + 20 * (Number(lines) - 1) : 0;
    });
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
      return this.dataset.testid === 'virtual-list' ? 300 : 0;
    });
    renderList(buyers(1_000));
    const rows = drawn();
    // heights 40, 60, 80, 40, 60, 80 …: tops 0, 46, 112, 198, 244, 310 …
    expect(rows.slice(0, 6).map(offsetOf)).toEqual([0, 46, 112, 198, 244, 310]);
    // 300 px show rows 1–5 (row 6 starts at 310); 6 more are drawn below them.
    expect(rows).toHaveLength(5 + 6);
  });

  it('scrolls to the last row on End and back to the first on Home, from the keyboard', () => {
    renderList(buyers(5_000));
    const box = screen.getByTestId('virtual-list');
    expect(box).toHaveAttribute('tabindex', '0');
    box.focus();
    fireEvent.keyDown(box, { key: 'End' });
    fireEvent.scroll(box);
    expect(drawn().at(-1)).toHaveAttribute('aria-posinset', '5000');
    expect(screen.getByText('buyer_4999')).toBeInTheDocument();
    fireEvent.keyDown(box, { key: 'Home' });
    fireEvent.scroll(box);
    expect(drawn()[0]).toHaveAttribute('aria-posinset', '1');
    expect(box.scrollTop).toBe(0);
  });

  it('draws only the items it is given: a filtered list starts again from its own first item', () => {
    const all = buyers(5_000);
    const { rerender } = renderList(all);
    const third = all.filter((_, i) => i % 3 === 2);
    rerender(
      <VirtualList
        key="filtered"
        items={third}
        keyOf={(b) => b.id}
        label="一般用户"
        render={(b) => <span className="buyer">{b.name}</span>}
      />,
    );
    const rows = drawn();
    expect(rows[0]).toHaveTextContent('buyer_2');
    expect(rows[1]).toHaveTextContent('buyer_5');
    expect(rows[0]).toHaveAttribute('aria-setsize', String(third.length));
  });

  it('renders scraped text as text', () => {
    renderList([{ id: 'x', name: '<img src=x onerror=alert(1)>小店', lines: 1 }]);
    expect(screen.getByText('<img src=x onerror=alert(1)>小店')).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });
});
