/**
 * Import of the consoles' official export files — the parsing layer (pure: no DOM, browser API or Dexie).
 * parseExportFiles is the whole of it; the parts are exported for tests and for a caller that wants one step.
 */
export { decodeText, replacementShare, type DecodedText, type TextEncodingName } from './decode';
export { sniffContainer, type FileContainer } from './sniff';
export { cellText, headerKey, idText } from './cells';
export { EXPORT_FORMATS, isPersonalColumn, type ExportField, type ExportFormat, type ExportKind } from './formats';
export { detectFormat, type ColumnMap } from './detect';
export { TableBuilder, type ExportRow, type ExportTable, type ImportRejectedRow } from './table';
export { describeImportError, type ImportError } from './errors';
export {
  DEFAULT_MAX_IMPORT_BYTES,
  readExportFile,
  type ImportData,
  type CheckProgress,
  type ImportProgress,
  type ReadProgress,
  type ReadOptions,
  type ReadResult,
} from './read-file';
export { assembleGroup, assembleOrders, groupExportRows, OrderGrouper, type AssembledOrder, type ImportNote, type OrderGroup } from './assemble';
export { ImportedOrderSchema, isStorableToday, toOrderRecord, toOrderRecords, type ImportedOrder, type RecordContext } from './records';
export { parseExportFiles, type FileReport, type ImportFile, type ParsedImport, type ParseFilesOptions } from './parse-files';
