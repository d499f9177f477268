import type { BoardFilter, ReviewDigest } from '../../shared/domain/board';

/** The reviews a view covers; an empty or absent list in the filter means "all". */
export function chooseReviews(reviews: readonly ReviewDigest[], filter: BoardFilter = {}): readonly ReviewDigest[] {
  const files = filter.files !== undefined && filter.files.length > 0 ? new Set(filter.files) : null;
  const kinds = filter.kinds !== undefined && filter.kinds.length > 0 ? new Set(filter.kinds) : null;
  const years = filter.years !== undefined && filter.years.length > 0 ? new Set(filter.years) : null;
  return reviews.filter(
    (r) =>
      (files === null || files.has(r.file)) &&
      (kinds === null || kinds.has(r.kind)) &&
      (years === null || (r.year !== null && years.has(r.year))),
  );
}
