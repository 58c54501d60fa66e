/** Strings of the CSV export button, Chinese first. */
export const EXPORT_MESSAGES = {
  zh: {
    exportCsv: '导出 CSV',
    exportCancel: '取消',
    exportProgressLabel: '导出进度',
    exportProgress: '正在导出：{done} / {total}',
    exportProgressOpen: '正在导出：已处理 {done} 条',
    exportDone: '已导出 {rows} 行：{file}',
    exportCancelled: '已取消导出，没有生成文件。',
    exportError: '导出失败：{error}',
  },
  en: {
    exportCsv: 'Export CSV',
    exportCancel: 'Cancel',
    exportProgressLabel: 'Export progress',
    exportProgress: 'Exporting: {done} / {total}',
    exportProgressOpen: 'Exporting: {done} done',
    exportDone: 'Exported {rows} rows: {file}',
    exportCancelled: 'Export cancelled; no file was made.',
    exportError: 'Export failed: {error}',
  },
} as const;
