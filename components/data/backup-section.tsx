import { useRef, useState } from 'react';
import type { AnalyticsSettings } from '../../lib/analytics/settings';
import { BackupFileError, type BackupHeader, type BackupProblem, type BackupRows, type BackupTable } from '../../lib/backup/format';
import type { ShopLensDatabase } from '../../lib/db';
import { backupFileName, blobText, readBackup, restoreBackup, writeBackup, type DataProgress, type RestoreMode, type RestoreSummary } from '../../lib/db/backup';
import { formatShanghai } from '../../lib/domain';
import { extensionVersion, notifyDataChanged } from '../../lib/messaging/data-changed';
import { downloadCsv } from '../export/download';
import { formatCount } from '../format';
import { useI18n } from '../i18n';
import { formatBytes } from '../settings/storage-usage';
import type { MessageKey } from '../i18n/messages';

export interface BackupSectionProps {
  db: ShopLensDatabase;
  settings: AnalyticsSettings;
  /** Where the finished file goes; a browser download by default (tests pass their own). */
  download?(blob: Blob, fileName: string): void;
  /** Tells the background the data changed (tests pass their own). */
  notify?(): Promise<boolean>;
  now?(): number;
  appVersion?: string;
}

type State =
  | { kind: 'idle' }
  | { kind: 'backing-up'; progress: DataProgress }
  | { kind: 'backed-up'; file: string; counts: Record<BackupTable, number> }
  | { kind: 'reading'; progress: DataProgress }
  | { kind: 'bad'; problem: BackupProblem }
  | { kind: 'confirm'; header: BackupHeader; rows: BackupRows }
  | { kind: 'restoring'; progress: DataProgress; mode: RestoreMode }
  | { kind: 'restored'; mode: RestoreMode; summary: RestoreSummary; notified: boolean }
  | { kind: 'error'; key: 'backupFailed' | 'restoreFailed'; message: string };

const BAD_KEY: Record<BackupProblem['kind'], MessageKey> = {
  empty: 'bad_empty',
  'not-backup': 'bad_notBackup',
  newer: 'bad_newer',
  json: 'bad_json',
  'too-long': 'bad_tooLong',
  'unknown-line': 'bad_unknownLine',
  invalid: 'bad_invalid',
  'after-end': 'bad_afterEnd',
  truncated: 'bad_truncated',
  'count-mismatch': 'bad_countMismatch',
  duplicate: 'bad_duplicate',
};

/**
 * 数据 → 备份与恢复: one button writes a backup of everything (lib/db/backup.ts, page by page with a progress
 * bar, the pieces kept as Blobs so the file is never one string) and saves it as a download; a file input reads
 * a backup back, checks every line (a bad file is refused with its line and nothing is written), says what it
 * holds and asks merge or replace before writing it in one transaction; then the background is told to rebuild
 * the derived tables.
 */
export function BackupSection({ db, download = downloadCsv, notify = notifyDataChanged, now = Date.now, appVersion }: BackupSectionProps) {
  const { t } = useI18n();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const busy = state.kind === 'backing-up' || state.kind === 'reading' || state.kind === 'restoring';

  async function backup() {
    setState({ kind: 'backing-up', progress: { phase: 'backup', done: 0, total: 0 } });
    try {
      const parts: Blob[] = [];
      const at = now();
      const counts = await writeBackup(db, {
        appVersion: appVersion ?? extensionVersion(),
        now: at,
        write: (text) => void parts.push(new Blob([text], { type: 'application/jsonl' })),
        onProgress: (progress) => setState({ kind: 'backing-up', progress }),
      });
      const file = backupFileName(at);
      download(new Blob(parts, { type: 'application/jsonl' }), file);
      setState({ kind: 'backed-up', file, counts });
    } catch (e) {
      setState({ kind: 'error', key: 'backupFailed', message: e instanceof Error ? e.message : String(e) });
    }
  }

  async function pick(file: File | undefined) {
    if (!file) return;
    setState({ kind: 'reading', progress: { phase: 'read', done: 0, total: file.size } });
    try {
      const { header, rows } = await readBackup(blobText(file, (done, total) => setState({ kind: 'reading', progress: { phase: 'read', done, total } })));
      setState({ kind: 'confirm', header, rows });
    } catch (e) {
      if (e instanceof BackupFileError) setState({ kind: 'bad', problem: e.problem });
      else setState({ kind: 'error', key: 'restoreFailed', message: e instanceof Error ? e.message : String(e) });
    } finally {
      if (input.current) input.current.value = '';
    }
  }

  async function restore(rows: BackupRows, mode: RestoreMode) {
    setState({ kind: 'restoring', mode, progress: { phase: 'restore', done: 0, total: 0 } });
    try {
      const summary = await restoreBackup(db, rows, mode, (progress) => setState({ kind: 'restoring', mode, progress }));
      const notified = await notify();
      setState({ kind: 'restored', mode, summary, notified });
    } catch (e) {
      setState({ kind: 'error', key: 'restoreFailed', message: e instanceof Error ? e.message : String(e) });
    }
  }

  const tableName = (table: BackupTable) => t(`table_name_${table}` as MessageKey);
  const problemText = (p: BackupProblem) => {
    const params: Record<string, string | number> = { line: p.line };
    if (p.kind === 'newer') params.version = p.version;
    if (p.kind === 'invalid') Object.assign(params, { table: tableName(p.table), detail: p.detail });
    if (p.kind === 'count-mismatch') Object.assign(params, { table: tableName(p.table), expected: p.expected, found: p.found });
    if (p.kind === 'duplicate') Object.assign(params, { table: tableName(p.table), key: p.key });
    return t(BAD_KEY[p.kind], params);
  };

  return (
    <section aria-labelledby="backup-title" className="settings-group" data-testid="backup-section">
      <div className="section-head">
        <h3 id="backup-title">{t('backupTitle')}</h3>
      </div>
      <p className="muted">{t('backupIntro')}</p>
      <p>
        <button type="button" onClick={backup} disabled={busy}>
          {t('backupButton')}
        </button>{' '}
        <label className="file-button">
          {t('restorePick')}
          <input
            ref={input}
            type="file"
            accept=".jsonl,.ndjson,application/jsonl,application/x-ndjson,text/plain"
            disabled={busy}
            onChange={(e) => void pick(e.currentTarget.files?.[0])}
          />
        </label>
      </p>
      {state.kind === 'backing-up' || state.kind === 'reading' || state.kind === 'restoring' ? (
        <p className="export-progress" role="status">
          <progress max={Math.max(1, state.progress.total)} value={state.progress.done} />
          {state.kind === 'reading'
            ? t('restoreReading', { done: formatBytes(state.progress.done), total: formatBytes(state.progress.total) })
            : t(state.kind === 'backing-up' ? 'backupRunning' : 'restoreRunning', { done: formatCount(state.progress.done), total: formatCount(state.progress.total) })}
        </p>
      ) : null}
      {state.kind === 'backed-up' ? (
        <p role="status">
          {t('backupDone', {
            file: state.file,
            orders: formatCount(state.counts.orders),
            products: formatCount(state.counts.products),
            codes: formatCount(state.counts.skuCodes),
            captures: formatCount(state.counts.captures),
          })}
        </p>
      ) : null}
      {state.kind === 'bad' ? (
        <p role="alert" className="error">
          {t('restoreBad', { reason: problemText(state.problem) })}
        </p>
      ) : null}
      {state.kind === 'error' ? (
        <p role="alert" className="error">
          {t(state.key, { error: state.message })}
        </p>
      ) : null}
      {state.kind === 'confirm' ? (
        <div role="group" aria-labelledby="restore-choose" data-testid="restore-confirm">
          <p role="status">
            {t('restoreChecked', {
              created: formatShanghai(state.header.createdAt),
              app: state.header.appVersion,
              version: state.header.version,
              orders: formatCount(state.rows.orders.length),
              products: formatCount(state.rows.products.length),
              codes: formatCount(state.rows.skuCodes.length),
              decisions: formatCount(state.rows.skuMatchDecisions.length),
              settings: formatCount(state.rows.settings.length),
              captures: formatCount(state.rows.captures.length),
            })}
          </p>
          <p id="restore-choose">{t('restoreChoose')}</p>
          <p>
            <button type="button" onClick={() => void restore(state.rows, 'merge')}>
              {t('restoreMerge')}
            </button>{' '}
            <span className="muted">{t('restoreMergeHint')}</span>
          </p>
          <p>
            <button type="button" className="danger" onClick={() => void restore(state.rows, 'replace')}>
              {t('restoreReplace')}
            </button>{' '}
            <span className="muted">{t('restoreReplaceHint')}</span>
          </p>
          <p>
            <button type="button" onClick={() => setState({ kind: 'idle' })}>
              {t('restoreCancel')}
            </button>
          </p>
        </div>
      ) : null}
      {state.kind === 'restored' ? (
        <div role="status">
          <p>
            {t('restoreDone', {
              mode: t(state.mode === 'merge' ? 'restoreModeMerge' : 'restoreModeReplace'),
              added: formatCount(state.summary.orders.added),
              updated: formatCount(state.summary.orders.updated),
              kept: formatCount(state.summary.orders.kept),
              pAdded: formatCount(state.summary.products.added),
              pUpdated: formatCount(state.summary.products.updated),
              cAdded: formatCount(state.summary.captures.added),
            })}
          </p>
          {state.summary.codeConflicts > 0 ? <p>{t('restoreCodeConflicts', { n: formatCount(state.summary.codeConflicts) })}</p> : null}
          {!state.notified ? <p className="muted">{t('restoreNotified')}</p> : null}
        </div>
      ) : null}
    </section>
  );
}
