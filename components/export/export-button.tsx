import { useEffect, useRef, useState } from 'react';
import { csvFileName, type Bilingual, type Exporter } from '../../lib/export';
import { useI18n } from '../i18n';
import { downloadCsv } from './download';
import { runCsvExport, type ExportProgress } from './run-export';

export interface ExportButtonProps<Rec, Row> {
  exporter: Exporter<Rec, Row>;
  /** Called on click: the records to export (the rows on screen, or an async reader of the database). */
  source(): Iterable<Rec> | AsyncIterable<Rec>;
  /** How many records source() yields, for the progress bar (a count without it). */
  total?: number;
  /** Extra words for the file name: the tier, the filter (`店镜_客户_沉睡用户_2025-11-21.csv`). */
  detail?: Bilingual | string;
  /** The button's text; `导出 CSV` / `Export CSV` by default. */
  label?: string;
  chunkSize?: number;
  now?(): number;
  /** Where the finished file goes; a browser download by default (tests pass their own). */
  download?(blob: Blob, fileName: string): void;
}

type State =
  | { kind: 'idle' }
  | { kind: 'running'; progress: ExportProgress }
  | { kind: 'done'; rows: number; file: string }
  | { kind: 'cancelled' }
  | { kind: 'error'; message: string };

/**
 * A button that exports a table as CSV in the UI language: a progress bar and 取消 while it runs (chunks are
 * written between frames), then the file as a normal download and a line saying what was saved.
 */
export function ExportButton<Rec, Row>(props: ExportButtonProps<Rec, Row>) {
  const { exporter, source, total, detail, label, chunkSize, now = Date.now, download = downloadCsv } = props;
  const { t, lang } = useI18n();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  async function start() {
    const abort = new AbortController();
    controller.current = abort;
    setState({ kind: 'running', progress: { done: 0, total } });
    try {
      const { blob, rows } = await runCsvExport({
        exporter,
        source: source(),
        lang,
        total,
        chunkSize,
        signal: abort.signal,
        onProgress: (progress) => {
          if (!abort.signal.aborted) setState({ kind: 'running', progress });
        },
      });
      const file = csvFileName(exporter.title, now(), lang, detail);
      download(blob, file);
      setState({ kind: 'done', rows, file });
    } catch (e) {
      if (abort.signal.aborted) setState({ kind: 'cancelled' });
      else setState({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  }

  // Says so at once; the export itself stops at its next chunk (a database page being read finishes first).
  function cancel() {
    controller.current?.abort();
    setState({ kind: 'cancelled' });
  }

  const running = state.kind === 'running';
  return (
    <div className="export" data-testid={`export-${exporter.id}`}>
      <button type="button" onClick={start} disabled={running}>
        {label ?? t('exportCsv')}
      </button>
      {running ? (
        <span className="export-progress" role="status">
          {/* without a total the bar is indeterminate (no value) and the count says how far it is */}
          <progress
            aria-label={t('exportProgressLabel')}
            value={state.progress.total === undefined ? undefined : state.progress.done}
            max={state.progress.total}
          />{' '}
          {state.progress.total === undefined
            ? t('exportProgressOpen', { done: state.progress.done })
            : t('exportProgress', { done: state.progress.done, total: state.progress.total })}{' '}
          <button type="button" onClick={cancel}>
            {t('exportCancel')}
          </button>
        </span>
      ) : null}
      {state.kind === 'done' ? (
        <span className="muted" role="status">
          {t('exportDone', { rows: state.rows, file: state.file })}
        </span>
      ) : null}
      {state.kind === 'cancelled' ? (
        <span className="muted" role="status">
          {t('exportCancelled')}
        </span>
      ) : null}
      {state.kind === 'error' ? (
        <span className="error" role="alert">
          {t('exportError', { error: state.message })}
        </span>
      ) : null}
    </div>
  );
}
