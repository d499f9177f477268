/**
 * The library summary the CLI prints with `--json` (the shape is a published contract: see the
 * README). True counts: suppression applies to documents and spreadsheets, not to this data.
 * A family member with no entry for a characteristic is counted as "unknown" here.
 */
import type { RefusedFile } from '../../shared/domain/board';
import type { Library } from '../library/load-library';
import { characteristicRows } from './characteristics';
import { summariseRecommendations, trackedRecommendations, type BoardUpdate } from './recommendations';
import { themeRows } from './themes';

export interface BoardSummaryJson {
  readonly reviews: number;
  readonly refused: readonly { readonly file: string; readonly reason: string }[];
  readonly themes: readonly { taxonomy: string; term: string; label: string; reviews: number; findings: number }[];
  readonly characteristics: readonly {
    characteristic: string;
    role: string;
    recorded: number;
    notRecorded: number;
    notAsked: number;
    declined: number;
    unknown: number;
  }[];
  readonly recommendations: {
    total: number;
    overdue: number;
    noOwner: number;
    byStatus: Readonly<Record<string, number>>;
  };
}

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
