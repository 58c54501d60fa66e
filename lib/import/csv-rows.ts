import Papa from 'papaparse';

/**
 * CSV text → rows of cells in chunks, with a pause between chunks (so a 100k-row file never holds the panel's
 * thread for long) and a stop on the signal. `onRows` gets each chunk's rows and how far into the text they
 * reach. Resolves with whether the text ended inside a quoted cell (a truncated file) and whether it stopped
 * on the signal.
 */
export function readCsvRows(
  text: string,
  options: {
    chunkChars: number;
    signal?: AbortSignal;
    pause: () => Promise<void>;
    onRows: (rows: string[][], cursor: number) => boolean | void;
  },
): Promise<{ truncated: boolean; aborted: boolean; stopped: boolean }> {
  return new Promise((resolve) => {
    let truncated = false;
    let aborted = false;
    let stopped = false;
    Papa.parse<string[]>(text, {
      delimiter: delimiterOf(text),
      chunkSize: options.chunkChars,
      skipEmptyLines: false,
      chunk(result: Papa.ParseResult<string[]>, parser: Papa.Parser) {
        if (result.errors.some((e) => e.code === 'MissingQuotes')) truncated = true;
        // onRows answers false to stop (no header of a known export in the first rows).
        if (options.onRows(result.data, result.meta.cursor) === false) {
          stopped = true;
          parser.abort();
          return;
        }
        parser.pause();
        void options.pause().then(() => {
          if (options.signal?.aborted) {
            aborted = true;
            parser.abort();
          } else parser.resume();
        });
      },
      complete: () => resolve({ truncated, aborted, stopped }),
    });
  });
}

/**
 * The delimiter, from the first line: a comma unless that line has more tabs than commas (a tab-separated
 * export). Papaparse's own guess can be misled by the tab-prefixed values of Douyin's and PDD's files.
 */
export function delimiterOf(text: string): string {
  const end = text.indexOf('\n');
  const first = end < 0 ? text : text.slice(0, end);
  const commas = first.split(',').length - 1;
  const tabs = first.split('\t').length - 1;
  return tabs > commas ? '\t' : ',';
}
