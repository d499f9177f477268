import type { findingsApi } from '../../shared/api/findings';
import type { HandlersFor } from '../handler-types';
import { removeById } from '../remove-handler';
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
  'findings.remove': removeById('Delete finding', deleteFinding),
  'findings.move': (ctx, args) => ctx.review.write('Move finding', (db) => moveFinding(db, args.id, args.toNumber)),
  'findings.addEvidence': (ctx, args) =>
    ctx.review.write('Link evidence', (db) => {
      addEvidence(db, args.findingId, args);
      return getFinding(db, args.findingId);
    }),
  'findings.removeEvidence': removeById('Unlink evidence', removeEvidence),
  'findings.addTag': (ctx, args) => {
    const available = availableTaxonomies(ctx.app);
    return ctx.review.write('Tag finding', (db) => {
      tagFinding(db, available, args.findingId, args);
      return getFinding(db, args.findingId);
    });
  },
  'findings.removeTag': removeById('Remove tag', (db, id) => removeTag(db, 'finding_tag', id)),
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
  'findings.removeEntryTag': removeById('Remove entry tag', (db, id) => removeTag(db, 'entry_tag', id)),
};
