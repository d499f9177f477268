import type { VagueDate } from '../domain/chronology';
import { CasewrightError } from '../errors';
import { parseVagueDate } from './parse';

/** For services: a date the user must give, refused with a `validation` error naming the field. */
export function requireVagueDate(text: string, field: string): VagueDate {
  const result = parseVagueDate(text);
  if (!result.ok)
    throw new CasewrightError('validation', `${field}: ${result.reason}`, {
      problems: [{ field, reason: result.reason }],
    });
  return result.value;
}

/** Empty text means "no date"; anything else must parse. */
export function optionalVagueDate(text: string | null | undefined, field: string): VagueDate | null {
  if (text === null || text === undefined || text.trim() === '') return null;
  return requireVagueDate(text, field);
}
