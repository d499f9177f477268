/**
 * Times as agencies write them: "14:30", "14.30", "1430", "2.30pm", "2pm", "14:30:15".
 * Returns `HH:MM` (24-hour), or a reason.
 */
export type TimeParseResult =
  { readonly ok: true; readonly value: string } | { readonly ok: false; readonly reason: string };

export function parseTime(input: string): TimeParseResult {
  const text = input.trim().toLowerCase().replace(/\s+/g, '');
  if (text === '') return { ok: false, reason: 'the time is empty' };
  const match = /^(\d{1,2})(?:[:.]?(\d{2}))?(?::\d{2}(?:\.\d+)?)?(am|pm|a\.m\.|p\.m\.)?(hrs|h)?$/.exec(text);
  if (!match) return { ok: false, reason: `"${input.trim()}" is not a time (expected e.g. 14:30 or 2.30pm)` };
  let hours = Number(match[1]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  const meridiem = match[3]?.replace(/\./g, '');
  if (match[2] === undefined && meridiem === undefined && match[4] === undefined) {
    return { ok: false, reason: `"${input.trim()}" is not a time (expected e.g. 14:30 or 2.30pm)` };
  }
  if (meridiem !== undefined) {
    if (hours < 1 || hours > 12)
      return { ok: false, reason: `"${input.trim()}": hour ${hours} does not exist on a 12-hour clock` };
    hours = (hours % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hours > 23) return { ok: false, reason: `"${input.trim()}": hour ${hours} does not exist` };
  if (minutes > 59) return { ok: false, reason: `"${input.trim()}": minute ${minutes} does not exist` };
  return { ok: true, value: `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}` };
}

/** A time of day stored by a spreadsheet as a fraction of a day (0.5 = 12:00). */
export function dayFractionToTime(fraction: number): string | undefined {
  if (!Number.isFinite(fraction) || fraction < 0 || fraction >= 1) return undefined;
  const totalMinutes = Math.round(fraction * 24 * 60) % (24 * 60);
  return `${String(Math.floor(totalMinutes / 60)).padStart(2, '0')}:${String(totalMinutes % 60).padStart(2, '0')}`;
}
