import type { Person } from '@shared/domain/people';

/** Accent- and case-insensitive, so "@zoe" finds Zoë. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * People whose real name, pseudonym, alias, or any word of those, starts with the query: the
 * suggestions of the `@` mention menu, in register order.
 */
export function matchPeople(people: readonly Person[], query: string, limit = 8): Person[] {
  const q = fold(query.trim());
  if (q === '') return people.slice(0, limit);
  const words = (p: Person): string[] =>
    [p.realName, p.pseudonym, ...p.aliases].flatMap((n) => [fold(n), ...fold(n).split(/\s+/)]);
  return people.filter((p) => words(p).some((w) => w.startsWith(q))).slice(0, limit);
}
