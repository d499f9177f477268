export { renderAgencyRequest, type RenderedRequest, type RequestOptions } from './request-service';
export { renderTrackingWorkbook, requestStatus } from './tracking-workbook';
