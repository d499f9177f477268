/**
 * Themes across reviews: how often each taxonomy term is tagged on findings, in how many
 * reviews, with direction (supports good practice / hinders it), by year and by review kind.
 * A finding tagged twice with the same term counts once for that term.
 */
import type { BoardFilter, CrosswalkRelation, ReviewDigest, ThemeFinding, ThemeRow } from '../../shared/domain/board';
import type { ReviewKind } from '../../shared/domain/review';
import type { TagDirection } from '../../shared/domain/taxonomy';
import { mapTag, type CrosswalkChoice } from './crosswalk';
import { chooseReviews } from './filter';

export interface ThemeOptions {
  readonly filter?: BoardFilter;
  readonly taxonomyId?: string;
  readonly direction?: TagDirection;
  readonly crosswalk?: CrosswalkChoice;
}

interface Accumulator {
  taxonomyId: string;
  taxonomyTitle: string;
  termId: string;
  label: string;
  reviews: Set<string>;
  findings: number;
  supports: number;
  hinders: number;
  undirected: number;
  byYear: Map<number | null, number>;
  byKind: Map<ReviewKind, number>;
  mappedFrom: Map<string, { taxonomyId: string; termId: string; relation: CrosswalkRelation }>;
}

interface Counted {
  readonly review: ReviewDigest;
  readonly findingIndex: number;
  readonly taxonomyId: string;
  readonly termId: string;
  readonly direction: TagDirection | null;
}

/** Every (finding, term) pair a view counts, after the crosswalk and filters. */
function countedTags(
  reviews: readonly ReviewDigest[],
  options: ThemeOptions,
): {
  pairs: Counted[];
  labels: Map<string, { label: string; title: string }>;
  via: Map<string, Map<string, { taxonomyId: string; termId: string; relation: CrosswalkRelation }>>;
} {
  const pairs: Counted[] = [];
  const labels = new Map<string, { label: string; title: string }>();
  const via = new Map<string, Map<string, { taxonomyId: string; termId: string; relation: CrosswalkRelation }>>();
  for (const review of chooseReviews(reviews, options.filter)) {
    review.findings.forEach((finding, findingIndex) => {
      const seen = new Set<string>();
      for (const tag of finding.tags) {
        if (tag.taxonomyId === options.crosswalk?.targetTaxonomyId || options.crosswalk === undefined) {
          labels.set(`${tag.taxonomyId}\u0000${tag.termId}`, { label: tag.termLabel, title: tag.taxonomyTitle });
        }
        const targets =
          options.crosswalk === undefined
            ? [{ taxonomyId: tag.taxonomyId, termId: tag.termId, via: null }]
            : mapTag(tag, options.crosswalk);
        for (const target of targets) {
          if (options.taxonomyId !== undefined && target.taxonomyId !== options.taxonomyId) continue;
          if (options.direction !== undefined && tag.direction !== options.direction) continue;
          const key = `${target.taxonomyId}\u0000${target.termId}`;
          if (target.via !== null) {
            const from = via.get(key) ?? new Map();
            from.set(`${target.via.taxonomyId}\u0000${target.via.termId}`, target.via);
            via.set(key, from);
          }
          if (seen.has(key)) continue;
          seen.add(key);
          pairs.push({
            review,
            findingIndex,
            taxonomyId: target.taxonomyId,
            termId: target.termId,
            direction: tag.direction,
          });
        }
      }
    });
  }
  return { pairs, labels, via };
}

export function themeRows(reviews: readonly ReviewDigest[], options: ThemeOptions = {}): readonly ThemeRow[] {
  const { pairs, labels, via } = countedTags(reviews, options);
  const rows = new Map<string, Accumulator>();
  for (const pair of pairs) {
    const key = `${pair.taxonomyId}\u0000${pair.termId}`;
    let row = rows.get(key);
    if (row === undefined) {
      const known = labels.get(key);
      row = {
        taxonomyId: pair.taxonomyId,
        taxonomyTitle: known?.title ?? pair.taxonomyId,
        termId: pair.termId,
        label: known?.label ?? pair.termId,
        reviews: new Set(),
        findings: 0,
        supports: 0,
        hinders: 0,
        undirected: 0,
        byYear: new Map(),
        byKind: new Map(),
        mappedFrom: via.get(key) ?? new Map(),
      };
      rows.set(key, row);
    }
    row.reviews.add(pair.review.file);
    row.findings += 1;
    if (pair.direction === 'supports') row.supports += 1;
    else if (pair.direction === 'hinders') row.hinders += 1;
    else row.undirected += 1;
    row.byYear.set(pair.review.year, (row.byYear.get(pair.review.year) ?? 0) + 1);
    row.byKind.set(pair.review.kind, (row.byKind.get(pair.review.kind) ?? 0) + 1);
  }
  return [...rows.values()]
    .map((row) => ({
      taxonomyId: row.taxonomyId,
      taxonomyTitle: row.taxonomyTitle,
      termId: row.termId,
      label: row.label,
      reviews: row.reviews.size,
      findings: row.findings,
      supports: row.supports,
      hinders: row.hinders,
      undirected: row.undirected,
      byYear: [...row.byYear.entries()]
        .sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0))
        .map(([year, findings]) => ({ year, findings })),
      byKind: [...row.byKind.entries()]
        .sort((a, b) => a[0].localeCompare(b[0]))
        .map(([kind, findings]) => ({ kind, findings })),
      mappedFrom: [...row.mappedFrom.values()],
    }))
    .sort((a, b) => b.findings - a.findings || b.reviews - a.reviews || a.label.localeCompare(b.label, 'en-GB'));
}

/** The findings behind one theme, for drill-down: their text, review and direction. */
export function themeFindings(
  reviews: readonly ReviewDigest[],
  taxonomyId: string,
  termId: string,
  options: ThemeOptions = {},
): readonly ThemeFinding[] {
  const { pairs } = countedTags(reviews, { ...options, taxonomyId });
  return pairs
    .filter((pair) => pair.termId === termId)
    .map((pair) => {
      const finding = pair.review.findings[pair.findingIndex];
      if (finding === undefined) throw new Error('finding index out of range');
      return {
        file: pair.review.file,
        reviewTitle: pair.review.title,
        year: pair.review.year,
        kind: pair.review.kind,
        findingId: finding.id,
        number: finding.number,
        title: finding.title,
        text: finding.text,
        direction: pair.direction,
      };
    });
}
