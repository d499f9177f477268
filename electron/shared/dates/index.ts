export { parseVagueDate, type DateParseResult } from './parse';
export { formatVagueDate, type DisplayOptions } from './display';
export { parseTime, dayFractionToTime, type TimeParseResult } from './time';
export { excelSerialToIsoDay, isoDayToExcelSerial } from './excel';
export { SEASONS, PARTS_OF_YEAR } from './calendar';
export { requireVagueDate, optionalVagueDate } from './require';
