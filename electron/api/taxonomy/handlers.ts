import type { taxonomyApi, TaxonomyForReview } from '../../shared/api/taxonomy';
import type { HandlersFor } from '../handler-types';
import { compareVersions, latestVersions } from '../../core/taxonomy/load';
import {
  availableTaxonomies,
  crosswalksFor,
  exportTaxonomiesQdc,
  getTaxonomy,
  importTaxonomyText,
  listTaxonomySummaries,
  summarise,
} from '../../core/taxonomy/library';
import { flattenTerms } from '../../shared/domain/taxonomy';
import { listPinned, pinTaxonomy } from '../../core/taxonomy/pinning';

export const taxonomyHandlers: HandlersFor<typeof taxonomyApi> = {
  'taxonomy.list': (app) => listTaxonomySummaries(app),
  'taxonomy.get': (app, args) => getTaxonomy(app, args.id, args.version),
  'taxonomy.import': (app, args) => importTaxonomyText(app, args.fileName, args.text),
  'taxonomy.exportQdc': (app, args) => ({ xml: exportTaxonomiesQdc(app, args.ids) }),
  'taxonomy.listEquivalents': (app, args) => {
    const index = crosswalksFor(app);
    return flattenTerms(getTaxonomy(app, args.id))
      .filter((t) => t.codable)
      .map((t) => ({ termId: t.termId, equivalents: index.equivalentTerms(args.id, t.termId) }))
      .filter((row) => row.equivalents.length > 0);
  },
  'taxonomy.listForReview': (ctx) => {
    const latest = latestVersions(availableTaxonomies(ctx.app));
    const pinned = listPinned(ctx.review.db);
    const ids = [...new Set([...latest.map((l) => l.taxonomy.id), ...pinned.map((p) => p.taxonomy.id)])].sort();
    return ids.map((id): TaxonomyForReview => {
      const newest = latest.find((l) => l.taxonomy.id === id)?.taxonomy;
      const own = pinned
        .filter((p) => p.taxonomy.id === id)
        .sort((a, b) => compareVersions(b.taxonomy.version, a.taxonomy.version))[0]?.taxonomy;
      const taxonomy = own ?? newest!;
      return {
        taxonomy,
        pinned: own !== undefined,
        newerVersion: own && newest && compareVersions(newest.version, own.version) > 0 ? newest.version : null,
      };
    });
  },
  'taxonomy.pin': (ctx, args) => {
    const taxonomy = getTaxonomy(ctx.app, args.id, args.version);
    return ctx.review.write(`Use ${taxonomy.title} ${taxonomy.version}`, (db) =>
      summarise(pinTaxonomy(db, taxonomy).taxonomy, 'pinned'),
    );
  },
};
