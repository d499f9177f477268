import { civilFromDays, daysFromCivil, isoDay } from './calendar';

/**
 * Excel stores dates as serial day numbers counted from 1899-12-30 (the 1900 system, which
 * wrongly treats 1900 as a leap year; serials after 60 are right from this base). We accept
 * serials from 1 January 1900 to 31 December 9999 and ignore any time-of-day fraction.
 */
const EXCEL_EPOCH_DAYS = daysFromCivil(1899, 12, 30);
export const EXCEL_MAX_SERIAL = 2958465;

export function excelSerialToIsoDay(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 61 || serial > EXCEL_MAX_SERIAL) return undefined;
  const { year, month, day } = civilFromDays(EXCEL_EPOCH_DAYS + Math.floor(serial));
  return isoDay(year, month, day);
}

export function isoDayToExcelSerial(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return daysFromCivil(year, month, day) - EXCEL_EPOCH_DAYS;
}
