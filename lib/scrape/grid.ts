import { textOf } from './text';

const TABLE = 'table, [role="table"], [role="grid"], [role="treegrid"]';
const CELL = 'td, th, [role="cell"], [role="gridcell"], [role="columnheader"]';

/** Rows of one table-like element (`<table>` or an ARIA table/grid), rows of tables nested in it excluded. */
export function rowsOf(table: Element): Element[] {
  if (table.tagName === 'TABLE') return [...(table as HTMLTableElement).rows];
  return [...table.querySelectorAll('[role="row"]')].filter((row) => row.parentElement?.closest(TABLE) === table);
}

/** Cells of one row, `<td>/<th>` or ARIA cells. */
export function cellsOf(row: Element): Element[] {
  // The row's own children only; filtering them beats a `:scope >` query many times over in jsdom. A `<td>`
  // or `<th>` is a cell without asking the selector engine (one call per child costs in a long list).
  const out: Element[] = [];
  for (let child = row.firstElementChild; child; child = child.nextElementSibling) {
    const tag = child.tagName;
    if (tag === 'TD' || tag === 'TH' || child.matches(CELL)) out.push(child);
  }
  return out;
}

/**
 * Lays rows out on a grid the way the browser draws them: a cell with rowspan also fills the same column of
 * the rows below it, and colspan fills the columns to its right. The consoles row-span the buyer, status and
 * amount cells across an order's item rows, so every item row still gets them.
 */
export function expandGrid(rows: Element[]): Element[][] {
  const grid: Element[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of cellsOf(row)) {
      while (grid[r]![c]) c++;
      const rowspan = Math.max(1, Number(cell.getAttribute('rowspan')) || 1);
      const colspan = Math.max(1, Number(cell.getAttribute('colspan')) || 1);
      for (let dr = 0; dr < rowspan && r + dr < rows.length; dr++) {
        for (let dc = 0; dc < colspan; dc++) grid[r + dr]![c + dc] = cell;
      }
      c += colspan;
    }
  });
  return grid;
}

/** Header synonyms of one field: the field's column is the first header matching any of them. */
export type HeaderMap<F extends string> = Record<F, RegExp>;

/** A header row's cell texts, laid out on the grid (a colspan header fills every column it covers). */
export function headerCellTexts(header: Element): string[] {
  return expandGrid([header])[0]!.map((cell) => textOf(cell));
}

/** Column index of each field, found by header text. Fields whose header is absent are left out. */
export function columnsByHeader<F extends string>(headers: string[], map: HeaderMap<F>): Partial<Record<F, number>> {
  const out: Partial<Record<F, number>> = {};
  for (const field of Object.keys(map) as F[]) {
    const i = headers.findIndex((h) => map[field].test(h));
    if (i >= 0) out[field] = i;
  }
  return out;
}
