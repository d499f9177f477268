import type { TriState } from '../../shared/domain/chronology';

const YES = new Set(['y', 'yes', 'true', '1', 'seen', 'seen alone', 'spoken to', '✓', '✔', 'x']);
const NO = new Set(['n', 'no', 'false', '0', 'not seen', 'not seen alone', 'not spoken to', 'no not seen', '✗', '✘']);
const UNKNOWN = new Set([
  '',
  'n a',
  'na',
  'not applicable',
  'unknown',
  'not known',
  'not recorded',
  'nk',
  'dk',
  'don t know',
  '-',
  '?',
]);

/**
 * Reads a yes/no cell ("Y", "No", "Not seen", "N/A") as yes / no / not recorded. `exact` is false
 * when the cell says more than that ("Yes - at school"): the first word still decides, and the
 * import keeps the whole text beside the answer so nothing is lost.
 */
export function readTriState(text: string): { readonly value: TriState; readonly exact: boolean } {
  const words = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}✓✔✗✘?-]+/gu, ' ')
    .trim();
  if (YES.has(words)) return { value: 'yes', exact: true };
  if (NO.has(words)) return { value: 'no', exact: true };
  if (UNKNOWN.has(words)) return { value: 'unknown', exact: true };
  const first = words.split(' ')[0] ?? '';
  if (words.startsWith('not seen') || first === 'no' || first === 'n') return { value: 'no', exact: false };
  if (first === 'yes' || first === 'y') return { value: 'yes', exact: false };
  return { value: 'unknown', exact: false };
}
