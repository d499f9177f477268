export { exportChronology, renderChronology, type ChronologyExportFormat } from './write-export';
export { neutraliseCell } from './neutralise';
export { EXPORT_HEADERS, exportRows } from './rows';
