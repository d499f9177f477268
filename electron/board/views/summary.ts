/**
 * The library summary the CLI prints with `--json` (the shape is a published contract: see the
 * README). True counts: suppression applies to documents and spreadsheets, not to this data.
 * A family member with no entry for a characteristic is counted as "unknown" here.
 */
import type { BoardSummaryJson, RefusedFile } from '../../shared/domain/board';
import type { Library } from '../library/load-library';
import { characteristicRows } from './characteristics';
import { summariseRecommendations, trackedRecommendations, type BoardUpdate } from './recommendations';
import { themeRows } from './themes';

export function boardSummary(
  library: Library,
  options: { readonly today: string; readonly updates?: readonly BoardUpdate[] },
): BoardSummaryJson {
  return {
    reviews: library.reviews.length,
    refused: library.refused.map((r: RefusedFile) => ({ file: r.file, reason: r.reason })),
    themes: themeRows(library.reviews).map((t) => ({
      taxonomy: t.taxonomyId,
      term: t.termId,
      label: t.label,
      reviews: t.reviews,
      findings: t.findings,
    })),
    characteristics: characteristicRows(library.reviews).map((c) => ({
      characteristic: c.characteristic,
      role: c.role,
      recorded: c.recorded,
      notRecorded: c.notRecorded,
      notAsked: c.notAsked,
      declined: c.declined,
      unknown: c.unknown + c.missing,
    })),
    recommendations: summariseRecommendations(
      trackedRecommendations(library.reviews, {
        today: options.today,
        ...(options.updates === undefined ? {} : { updates: options.updates }),
      }),
    ),
  };
}
