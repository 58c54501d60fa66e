import { csvChunks, type ExportLang, type Exporter } from '../../lib/export';
import { CSV_TYPE } from './download';

export interface ExportProgress {
  done: number;
  total: number | undefined;
}

export interface RunExportOptions<Rec, Row> {
  exporter: Exporter<Rec, Row>;
  source: Iterable<Rec> | AsyncIterable<Rec>;
  lang: ExportLang;
  total?: number;
  chunkSize?: number;
  signal?: AbortSignal;
  onProgress?(progress: ExportProgress): void;
}

/** Lets the browser paint and handle a click (取消) between chunks. */
function yieldToUi(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Writes the file chunk by chunk, reporting progress and giving the event loop a turn after each chunk, so a
 * 200k-order export keeps the panel responsive and can be cancelled; an abort rejects with an AbortError and
 * no file. Resolves to the file (UTF-8, BOM first) and the number of data rows in it.
 */
export async function runCsvExport<Rec, Row>(options: RunExportOptions<Rec, Row>): Promise<{ blob: Blob; rows: number }> {
  const { exporter, source, lang, total, chunkSize = 500, signal, onProgress } = options;
  const parts: string[] = [];
  let rows = 0;
  for await (const chunk of csvChunks(exporter, source, { lang, total, chunkSize, signal })) {
    parts.push(chunk.text);
    rows = chunk.rows;
    onProgress?.({ done: chunk.done, total: chunk.total });
    await yieldToUi();
    signal?.throwIfAborted();
  }
  return { blob: new Blob(parts, { type: CSV_TYPE }), rows };
}
