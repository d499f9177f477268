export { parseChronology, type ParsedChronology, type ParseOptions } from './parse-file';
export type { DraftRow } from './validate';
export { decodeText } from './decode';
export { detectDelimiter, parseCsv } from './csv';
export { detectHeaderRow, detectMapping, normaliseHeader } from './mapping';
