/** One place for "now", so tests and golden files can fix time. */
let fixedNow: string | null = null;

export function nowIso(): string {
  return fixedNow ?? new Date().toISOString();
}

/** For tests: freeze time at the given ISO instant (or release it with null). */
export function setFixedNow(iso: string | null): void {
  fixedNow = iso;
}
