/** Strings of the 采集 tab's drift warning (a page that no longer reads as its reader expects). */
export const CAPTURE_MESSAGES = {
  zh: {
    driftTitle: '该页面结构可能已变化',
    driftHelp: '平台可能更新了页面，ShopLens 没能按原样读取这一页，以免存入错误数据。请更新 ShopLens；若仍出现，请把以下信息反馈给我们。',
    'driftReason_no-rows': '页面上显示了订单或商品，但一行也没有读到',
    'driftReason_most-rejected': '{read} 行中大部分无法读取',
    'driftReason_same-field': '读到的行都缺少同一字段',
    driftSeen: '页面上看到：{expected}',
    driftMissing: '缺失或无法识别的字段：{fields}',
    driftSample: '示例行：{sample}',
    driftReader: '读取器版本 v{version} · {time}',
    driftInLog: '页面结构可能已变化',
  },
  en: {
    driftTitle: 'This page may have changed its layout',
    driftHelp: 'The console may have been updated: ShopLens could not read this page as it expects, so it stored nothing wrong. Update ShopLens; if this stays, send us the details below.',
    'driftReason_no-rows': 'The page shows orders or products, but no row was read',
    'driftReason_most-rejected': 'Most of {read} rows could not be read',
    'driftReason_same-field': 'Every row read misses the same field',
    driftSeen: 'Seen on the page: {expected}',
    driftMissing: 'Fields missing or not understood: {fields}',
    driftSample: 'Sample row: {sample}',
    driftReader: 'Reader v{version} · {time}',
    driftInLog: 'Page layout may have changed',
  },
};
