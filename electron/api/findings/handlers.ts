import type { findingsApi } from '../../shared/api/findings';
import type { HandlersFor } from '../handler-types';
import { availableTaxonomies } from '../../core/taxonomy/library';
import { createFinding } from '../../core/findings/create-finding';
import { addEvidence, findingsCitingEntry, removeEvidence } from '../../core/findings/evidence';
import { deleteFinding, getFinding, listFindings, moveFinding, updateFinding } from '../../core/findings/findings';
import { buildTagMatrix } from '../../core/findings/tag-matrix';
import { tagEntry, tagFinding } from '../../core/findings/tagging';
import { listEntryTags, removeTag } from '../../core/findings/tags';

export const findingsHandlers: HandlersFor<typeof findingsApi> = {
  'findings.list': (ctx) => listFindings(ctx.review.db),
  'findings.get': (ctx, args) => getFinding(ctx.review.db, args.id),
  'findings.add': (ctx, args) => {
    const available = availableTaxonomies(ctx.app);
    return ctx.review.write('Add finding', (db) => createFinding(db, available, args));
  },
  'findings.update': (ctx, args) => ctx.review.write('Edit finding', (db) => updateFinding(db, args.id, args.changes)),
  'findings.remove': (ctx, args) =>
    ctx.review.write('Delete finding', (db) => {
      deleteFinding(db, args.id);
      return { deleted: 1 };
    }),
  'findings.move': (ctx, args) => ctx.review.write('Move finding', (db) => moveFinding(db, args.id, args.toNumber)),
  'findings.addEvidence': (ctx, args) =>
    ctx.review.write('Link evidence', (db) => {
      addEvidence(db, args.findingId, args);
      return getFinding(db, args.findingId);
    }),
  'findings.removeEvidence': (ctx, args) =>
    ctx.review.write('Unlink evidence', (db) => {
      removeEvidence(db, args.id);
      return { deleted: 1 };
    }),
  'findings.addTag': (ctx, args) => {
    const available = availableTaxonomies(ctx.app);
    return ctx.review.write('Tag finding', (db) => {
      tagFinding(db, available, args.findingId, args);
      return getFinding(db, args.findingId);
    });
  },
  'findings.removeTag': (ctx, args) =>
    ctx.review.write('Remove tag', (db) => {
      removeTag(db, 'finding_tag', args.id);
      return { deleted: 1 };
    }),
  'findings.getTagMatrix': (ctx, args) => buildTagMatrix(ctx.review.db, args),
  'findings.listCiting': (ctx, args) => findingsCitingEntry(ctx.review.db, args.entryId),
  'findings.listEntryTags': (ctx, args) => listEntryTags(ctx.review.db, args.entryIds),
  'findings.addEntryTag': (ctx, args) => {
    const available = availableTaxonomies(ctx.app);
    return ctx.review.write('Tag chronology entry', (db) => {
      tagEntry(db, available, args.entryId, args);
      return listEntryTags(db, [args.entryId]);
    });
  },
  'findings.removeEntryTag': (ctx, args) =>
    ctx.review.write('Remove entry tag', (db) => {
      removeTag(db, 'entry_tag', args.id);
      return { deleted: 1 };
    }),
};
