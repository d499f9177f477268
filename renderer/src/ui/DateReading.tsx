import { formatVagueDate, parseVagueDate } from '@shared/dates';

function dayWords(iso: string): string {
  return formatVagueDate({
    edtf: iso,
    original: iso,
    earliest: iso,
    latest: iso,
    precision: 'day',
    approximate: false,
    uncertain: false,
  });
}

/** What the typed date text will be understood as, in words; null while empty. */
export function readDate(text: string): { readonly ok: boolean; readonly message: string } | null {
  if (text.trim() === '') return null;
  const parsed = parseVagueDate(text);
  if (!parsed.ok) return { ok: false, message: parsed.reason };
  const date = parsed.value;
  const shown = formatVagueDate(date);
  const span =
    date.earliest === date.latest ? '' : ` (any day from ${dayWords(date.earliest)} to ${dayWords(date.latest)})`;
  const time = parsed.time === null ? '' : `, at ${parsed.time}`;
  return { ok: true, message: `Understood as ${shown}${time}${span}` };
}

/**
 * Live feedback under a date field: how the words typed so far are understood ("Understood as
 * Spring 2013 (any day from 1 Mar 2013 to 31 May 2013)") or why they cannot be.
 */
export function DateReading({ id, text }: { readonly id: string; readonly text: string }) {
  const reading = readDate(text);
  return (
    <p id={id} className={`cw-date-reading${reading?.ok === false ? ' is-problem' : ''}`} aria-live="polite">
      {reading === null
        ? 'Type a date as the source gives it, e.g. 03/02/2021, May 2014, Spring 2013, c. 2014.'
        : reading.message}
    </p>
  );
}
