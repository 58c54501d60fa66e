/**
 * CSV export (pure: no DOM, no browser API): UTF-8 with BOM, CRLF, headers in Chinese (or English), money in
 * yuan, Asia/Shanghai times, ids that stay text, formula cells neutralised; written whole or in chunks.
 * components/export turns the chunks into a download.
 */
export { BOM, CRLF, csvChunks, headerCells, rowCells, toCsv, type ChunkOptions, type CsvChunk } from './csv';
export { FORMULA_START, dateCell, formatCell, idCell, moneyCell, textCell, timeCell, type CellKind, type CellValue } from './cells';
export { col, say, self, type Bilingual, type Column, type ExportLang, type Exporter } from './columns';
export { csvFileName } from './file-name';
export { pagedSource } from './paged-source';
export { ORDER_STATUS_LABELS, PRODUCT_STATUS_LABELS, platformName, yesNo } from './labels';
export { ordersExporter, type OrderLine } from './exporters/orders';
export { productsExporter } from './exporters/products';
export { rejectedRowsExporter, type FieldName, type RejectedLine } from './exporters/rejected-rows';
export { importRejectedExporter, type ImportRejectedLine } from './exporters/import-rejected';
export { customersExporter } from './exporters/customers';
export { skuCodeLines, skuCodesExporter, type SkuCodeLine } from './exporters/sku-codes';
export { stockExporter, stockMovesExporter, type StockMoveLine } from './exporters/stock';
export { titlesExporter, type TitleLine } from './exporters/titles';
