import { headerCellTexts } from './grid';

const HEADER_ROWS = 'tr, [role="row"]';

function isHeaderRow(row: Element): boolean {
  if (row.closest('thead')) return true;
  const cells = [...row.children];
  return (
    cells.length > 0 &&
    cells.every((c) => c.tagName === 'TH' || c.getAttribute('role') === 'columnheader')
  );
}

/**
 * The cell texts of every header-like row under root (rows in `<thead>`, rows of only `<th>`, ARIA rows of
 * column headers), in document order. headerTexts takes the first one; a console page can hold several
 * tables (filters, a summary, the list), so a reader picks the row whose texts name its columns.
 */
export function headerRows(root: ParentNode): string[][] {
  return [...root.querySelectorAll(HEADER_ROWS)]
    .filter(isHeaderRow)
    .map(headerCellTexts);
}
