/** The MIME type of an exported file (the BOM in the text tells Excel it is UTF-8). */
export const CSV_TYPE = 'text/csv;charset=utf-8';

/**
 * Saves a file the way a web page does: a Blob URL clicked through an `<a download>`, so the extension needs
 * no `downloads` permission. The URL is revoked after the click has been handled.
 */
export function downloadCsv(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
