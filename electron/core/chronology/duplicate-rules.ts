/**
 * When two entries of different agencies are proposed as one event: dates that overlap within a
 * few days (a receiving agency often records a notification a day or two later) and at least
 * this much of the wording in common. Entries vaguer than a month are too broad to match one event.
 */
export const DUPLICATE_THRESHOLD = 0.4;
export const DUPLICATE_DAY_WINDOW = 3;
export const MAX_SPAN_DAYS = 31;
