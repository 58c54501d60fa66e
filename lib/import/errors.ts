/**
 * Why a file could not be read, as a code and the facts a message needs; describeImportError words it for the
 * panel. A damaged file ends its own import with one of these, never with an exception.
 */
export type ImportError =
  | { code: 'too-large'; bytes: number; maxBytes: number }
  | { code: 'empty' }
  | { code: 'xls' }
  | { code: 'binary' }
  | { code: 'bad-encoding' }
  | { code: 'damaged'; detail: string }
  | { code: 'unreadable'; detail: string }
  | { code: 'not-an-export'; firstRow: string[] }
  | { code: 'aborted' };

const MB = 1024 * 1024;
const mb = (bytes: number) => `${Math.round((bytes / MB) * 10) / 10} MB`;

/** The error as one sentence for the seller, Chinese or English. */
export function describeImportError(error: ImportError, lang: 'zh' | 'en' = 'zh'): string {
  const zh = lang === 'zh';
  switch (error.code) {
    case 'too-large':
      return zh
        ? `文件太大（${mb(error.bytes)}），最多可导入 ${mb(error.maxBytes)}：请在后台按月份分开导出。`
        : `The file is too large (${mb(error.bytes)}); at most ${mb(error.maxBytes)} can be imported — export one month at a time.`;
    case 'empty':
      return zh ? '文件是空的。' : 'The file is empty.';
    case 'xls':
      return zh
        ? '这是旧版 Excel（.xls）文件：请在后台重新导出为 CSV 或 xlsx，或用 Excel 另存为 xlsx。'
        : 'This is an old Excel (.xls) file: export it again as CSV or xlsx, or save it as xlsx in Excel.';
    case 'binary':
      return zh ? '这不是表格文件（CSV 或 xlsx）。' : 'This is not a spreadsheet (CSV or xlsx).';
    case 'bad-encoding':
      return zh
        ? '文件的文字编码无法识别（不是 UTF-8 或 GBK）：请用后台导出的原始文件。'
        : 'The text encoding is not recognised (neither UTF-8 nor GBK): use the file as the console exported it.';
    case 'damaged':
      return zh ? `文件已损坏，无法读取（${error.detail}）。` : `The file is damaged and cannot be read (${error.detail}).`;
    case 'unreadable':
      return zh ? `无法读取文件（${error.detail}）。` : `The file could not be read (${error.detail}).`;
    case 'not-an-export': {
      const seen = error.firstRow.join('、') || (zh ? '无' : 'nothing');
      return zh
        ? `表头不是已知的订单导出（淘宝订单报表/宝贝报表、抖店、京东、拼多多订单导出）。首行：${seen}`
        : `The header is not a known order export (Taobao order/item report, Douyin, JD or Pinduoduo order export). First row: ${seen}`;
    }
    case 'aborted':
      return zh ? '已取消，没有导入任何数据。' : 'Cancelled; nothing was imported.';
  }
}
