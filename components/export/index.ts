export { CSV_TYPE, downloadCsv } from './download';
export { ExportButton, type ExportButtonProps } from './export-button';
export { runCsvExport, type ExportProgress, type RunExportOptions } from './run-export';
