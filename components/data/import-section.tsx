import { useEffect, useRef, useState, type DragEvent } from 'react';
import type { AnalyticsSettings } from '../../lib/analytics/settings';
import type { ShopLensDatabase } from '../../lib/db';
import { importRejectedExporter } from '../../lib/export';
import {
  EXPORT_FORMATS,
  describeImportError,
  parseExportFiles,
  type FileReport,
  type ImportNote,
  type ImportProgress,
  type ImportRejectedRow,
  type TextEncodingName,
} from '../../lib/import';
import { sendImport, type SendProgress } from '../../lib/messaging/import-client';
import { IMPORT_MAX_ORDERS, type ImportCommitted, type ImportReply } from '../../lib/messaging/import-protocol';
import { runtimeSend } from '../../lib/messaging/runtime-send';
import { ExportButton } from '../export';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/messages';

export interface ImportSectionProps {
  db: ShopLensDatabase;
  settings: AnalyticsSettings;
  /** How messages reach the background: runtime.sendMessage by default (tests call the receiver directly). */
  send?: (message: unknown) => Promise<unknown>;
}

/** What the summary needs of a finished parse (the orders themselves are not kept once sent). */
interface Parsed {
  files: FileReport[];
  rejected: ImportRejectedRow[];
  notes: ImportNote[];
  orders: number;
}

type State =
  | { kind: 'idle' }
  | { kind: 'parsing'; progress: ImportProgress | undefined }
  | { kind: 'sending'; progress: SendProgress }
  | { kind: 'done'; parsed: Parsed; result: ImportCommitted | undefined }
  | { kind: 'cancelled' }
  | { kind: 'failed'; parsed: Parsed; message: string };

const FORMAT_LABEL = new Map(EXPORT_FORMATS.map((f) => [f.kind, f.label]));
const ENCODING_KEY: Record<TextEncodingName, MessageKey> = {
  gb18030: 'enc_gb18030',
  'utf-8-bom': 'enc_utf-8-bom',
  'utf-8': 'enc_utf-8',
  'utf-16le': 'enc_utf16le',
  'utf-16be': 'enc_utf16be',
};

/**
 * The 数据 tab's import: export files chosen with a file input (several at once) or dropped on the section are
 * parsed here (lib/import: progress, cancellable), then sent to the background in chunks and stored there in
 * one transaction (lib/messaging/import-client → import-receiver → lib/ingest/import). Cancel before the
 * commit stores nothing. The end shows what each file was read as, the orders new, updated and unchanged, the
 * rejected rows grouped by reason and as a CSV download, and any file that could not be read, with why.
 */
export function ImportSection({ send = runtimeSend }: ImportSectionProps) {
  const { t, lang } = useI18n();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);
  const busy = state.kind === 'parsing' || state.kind === 'sending';

  async function start(list: FileList | File[]) {
    const files = [...list];
    if (files.length === 0 || busy) return;
    const abort = new AbortController();
    controller.current = abort;
    setState({ kind: 'parsing', progress: undefined });
    let parsed: Parsed | undefined;
    try {
      const result = await parseExportFiles(
        files.map((f) => ({ name: f.name, data: f, lastModified: f.lastModified })),
        { signal: abort.signal, onProgress: (progress) => !abort.signal.aborted && setState({ kind: 'parsing', progress }) },
      );
      if (result.aborted || abort.signal.aborted) return setState({ kind: 'cancelled' });
      parsed = { files: result.files, rejected: result.rejected, notes: result.notes, orders: result.orders.length };
      if (!result.files.some((f) => f.ok)) return setState({ kind: 'done', parsed, result: undefined });
      setState({ kind: 'sending', progress: { phase: 'send', sent: 0, total: result.orders.length } });
      const reply = await sendImport(result, {
        send,
        signal: abort.signal,
        onProgress: (progress) => setState({ kind: 'sending', progress }),
      });
      if (reply.ok && 'added' in reply) setState({ kind: 'done', parsed, result: reply });
      else if (!reply.ok && reply.error === 'aborted') setState({ kind: 'cancelled' });
      else setState({ kind: 'failed', parsed, message: failureText(reply) });
    } catch (e) {
      setState({ kind: 'failed', parsed: parsed ?? { files: [], rejected: [], notes: [], orders: 0 }, message: t('importFailed', { error: e instanceof Error ? e.message : String(e) }) });
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  }

  function failureText(reply: ImportReply): string {
    if (reply.ok) return '';
    if (reply.error === 'quota') return t('importQuota');
    if (reply.error === 'unknown-import') return t('importRestarted');
    if (reply.error === 'too-large') return t('importTooMany', { max: IMPORT_MAX_ORDERS.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en') });
    if (reply.error === 'no-reply') return t('importNoReply', { error: reply.detail ?? '' });
    return t('importFailed', { error: reply.detail ?? reply.error });
  }

  // Says so at once; parsing stops at its next pause, sending before its next chunk.
  function cancel() {
    controller.current?.abort();
    setState({ kind: 'cancelled' });
  }

  function onDrop(e: DragEvent) {
    e.preventDefault();
    setDragging(false);
    void start(e.dataTransfer.files);
  }

  return (
    <section
      aria-labelledby="import-title"
      className={`settings-group import${dragging ? ' drop-active' : ''}`}
      data-testid="import-section"
      onDragOver={(e) => {
        e.preventDefault();
        if (!busy) setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <div className="section-head">
        <h3 id="import-title">{t('importTitle')}</h3>
      </div>
      <p className="muted">{t('importHelp')}</p>
      <div className="drop-zone">
        <label className="file-button">
          {t('importChoose')}
          <input
            type="file"
            multiple
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label={t('importInputLabel')}
            disabled={busy}
            onChange={(e) => {
              const input = e.currentTarget;
              const files = input.files ? [...input.files] : [];
              input.value = '';
              void start(files);
            }}
          />
        </label>{' '}
        <span className="muted">{dragging ? t('importDropActive') : t('importDrop')}</span>
      </div>
      {busy ? <Progress state={state} onCancel={cancel} /> : null}
      {state.kind === 'cancelled' ? (
        <p className="muted" role="status">
          {t('importCancelled')}
        </p>
      ) : null}
      {state.kind === 'failed' ? (
        <>
          <p className="error" role="alert">
            {state.message}
          </p>
          <Summary parsed={state.parsed} result={undefined} lang={lang} />
        </>
      ) : null}
      {state.kind === 'done' ? <Summary parsed={state.parsed} result={state.result} lang={lang} /> : null}
    </section>
  );
}

function Progress({ state, onCancel }: { state: State; onCancel(): void }) {
  const { t } = useI18n();
  let value: number | undefined;
  let max: number | undefined;
  let text = '';
  let cancellable = true;
  if (state.kind === 'parsing') {
    const p = state.progress;
    if (p?.phase === 'read') {
      [value, max] = [p.bytesDone, p.bytesTotal];
      text = t('importReading', { file: p.file, rows: p.rows });
    } else if (p?.phase === 'check') {
      [value, max] = [p.orders, p.ordersTotal];
      text = t('importChecking', { done: p.orders, total: p.ordersTotal });
    }
  } else if (state.kind === 'sending') {
    const p = state.progress;
    if (p.phase === 'send') {
      [value, max] = [p.sent, Math.max(1, p.total)];
      text = t('importSending', { sent: p.sent, total: p.total });
    } else {
      cancellable = false;
      text = t('importStoring', { total: p.total });
    }
  }
  return (
    <div className="export-progress" role="status" data-testid="import-progress">
      <progress aria-label={t('importProgressLabel')} value={value} max={max} /> {text}{' '}
      {cancellable ? (
        <button type="button" onClick={onCancel}>
          {t('importCancel')}
        </button>
      ) : null}
    </div>
  );
}

function Summary({ parsed, result, lang }: { parsed: Parsed; result: ImportCommitted | undefined; lang: 'zh' | 'en' }) {
  const { t, field } = useI18n();
  const rejected = parsed.rejected.length + (result?.refused ?? 0);
  const reasons = groupReasons(parsed.rejected);
  return (
    <div className="import-summary" data-testid="import-summary">
      {result ? (
        <p className="ok" role="status">
          {t('importDone', { added: result.added, updated: result.updated, unchanged: result.unchanged, rejected })}
        </p>
      ) : parsed.orders === 0 && parsed.files.length > 0 && !parsed.files.some((f) => f.ok) ? (
        <p className="muted">{t('importNothing')}</p>
      ) : null}
      {result?.derivedError ? <p className="note">{t('importDerivedPending')}</p> : null}
      {parsed.files.length > 0 ? (
        <>
          <h4>{t('importFilesHead')}</h4>
          <ul className="log" aria-label={t('importFilesHead')}>
            {parsed.files.map((f, i) => (
              <li key={`${f.name}-${i}`} className="capture" data-testid="import-file">
                <strong className="url">{f.name}</strong>
                {f.ok ? (
                  f.tables.map((table, j) => (
                    <div key={j}>
                      {t('importFileLine', {
                        format: FORMAT_LABEL.get(table.kind)?.[lang] ?? table.kind,
                        encoding: f.encoding ? t(ENCODING_KEY[f.encoding]) : t('enc_xlsx'),
                        rows: table.rows + table.rejected,
                      })}
                      {table.sheet ? ` · ${table.sheet}` : ''}
                      {table.rejected > 0 ? ` · ${t('importFileRejected', { n: table.rejected })}` : ''}
                      {table.truncated ? <div className="note">{t('importFileTruncated')}</div> : null}
                      {table.personalColumns.length > 0 ? (
                        <div className="muted">{t('importPersonal', { columns: table.personalColumns.join(lang === 'zh' ? '、' : ', ') })}</div>
                      ) : null}
                    </div>
                  ))
                ) : (
                  <div className="error" role="alert">
                    {describeImportError(f.error, lang)}
                  </div>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {parsed.notes.map((note) => (
        <p key={note.code} className="note">
          {t(note.code === 'taobao-orders-without-lines' ? 'importNoteHeadsOnly' : 'importNoteLinesOnly', { n: note.orders })}
        </p>
      ))}
      {reasons.length > 0 ? (
        <>
          <h4>{t('importReasonsHead')}</h4>
          <ul className="warnings" data-testid="import-reasons">
            {reasons.map((r) => (
              <li key={`${r.field}|${r.problem}`}>
                {t(r.problem === 'missing' ? 'importReasonMissing' : 'importReasonInvalid', { field: field(r.field) })}
                {lang === 'zh' ? '：' : ': '}
                {t('importReasonCount', { n: r.count })}
              </li>
            ))}
          </ul>
          <ExportButton
            exporter={importRejectedExporter((path) => field(path))}
            source={() => parsed.rejected}
            total={parsed.rejected.length}
            label={t('importExportRejected')}
          />
        </>
      ) : null}
    </div>
  );
}

/** The rejected rows counted by reason (field and kind of problem), the most frequent first. */
function groupReasons(rows: readonly ImportRejectedRow[]): { field: string; problem: 'missing' | 'invalid'; count: number }[] {
  const counts = new Map<string, { field: string; problem: 'missing' | 'invalid'; count: number }>();
  for (const row of rows) {
    // A row counts once per reason, however many lines of it show the same one.
    const seen = new Set<string>();
    for (const p of row.problems) {
      const field = p.field.replace(/^items\[\d+\]/, 'items[]');
      const key = `${field}|${p.problem}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = counts.get(key) ?? { field, problem: p.problem, count: 0 };
      entry.count++;
      counts.set(key, entry);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count);
}
