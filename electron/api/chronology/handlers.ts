import type { z } from 'zod';
import type { chronologyApi, importSourceSchema } from '../../shared/api/chronology';
import type { HandlersFor } from '../handler-types';
import { renderChronology } from '../../export/chronology';
import { readReviewMeta } from '../../core/review/review-meta';
import { openOutputSink } from '../save-output';
import { runAsJob } from '../../core/jobs/registry';
import { throwIfCancelled } from '../../core/jobs/work';
import {
  applyImportInSteps,
  listImports,
  previewImport,
  readImport,
  rememberedMapping,
  removeImport,
  restoreImport,
} from '../../import/apply';
import { dismissDuplicate, linkDuplicate, listDuplicates, mergeDuplicate } from '../../core/chronology/duplicates';
import { addEntry, deleteEntries, getEntry, updateEntry } from '../../core/chronology/entries';
import {
  assignEntries,
  createEpisode,
  deleteEpisode,
  listEpisodes,
  updateEpisode,
} from '../../core/chronology/episodes';
import { addAgency, addEventType, listAgencies, listEventTypes, renameEventType } from '../../core/chronology/lookups';
import { page, search, timeline } from '../../core/chronology/query';
import { whoKnew } from '../../core/chronology/who-knew';

function bytesOf(base64: string): Uint8Array {
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

/** The file and the reviewer's choices, as preview and apply both read them. */
function importRequest(args: z.output<typeof importSourceSchema>) {
  return {
    fileName: args.fileName,
    bytes: bytesOf(args.bytesBase64),
    agency: args.agency,
    mapping: args.mapping,
    sheet: args.sheet,
    ignoreColumns: args.ignoreColumns,
  };
}

export const chronologyHandlers: HandlersFor<typeof chronologyApi> = {
  'chronology.list': (ctx, args) => page(ctx.review.db, args),
  'chronology.search': (ctx, args) => search(ctx.review.db, args),
  'chronology.get': (ctx, args) => getEntry(ctx.review.db, args.id),
  'chronology.add': (ctx, args) => ctx.review.write('Add chronology entry', (db) => addEntry(db, args)),
  'chronology.update': (ctx, args) =>
    ctx.review.write('Edit chronology entry', (db) => updateEntry(db, args.id, args.changes)),
  'chronology.remove': (ctx, args) =>
    ctx.review.write(
      args.ids.length === 1 ? 'Delete chronology entry' : `Delete ${args.ids.length} chronology entries`,
      (db) => ({
        deleted: deleteEntries(db, args.ids),
      }),
    ),
  'chronology.getTimeline': (ctx, args) => timeline(ctx.review.db, args.filter),
  'chronology.getWhoKnew': (ctx, args) => whoKnew(ctx.review.db, args),

  'chronology.listAgencies': (ctx) => listAgencies(ctx.review.db),
  'chronology.addAgency': (ctx, args) => ctx.review.write('Add agency', (db) => addAgency(db, args.name)),
  'chronology.listEventTypes': (ctx) => listEventTypes(ctx.review.db),
  'chronology.addEventType': (ctx, args) => ctx.review.write('Add event type', (db) => addEventType(db, args.name)),
  'chronology.updateEventType': (ctx, args) =>
    ctx.review.write('Rename event type', (db) => renameEventType(db, args.id, args.name)),

  'chronology.listEpisodes': (ctx) => listEpisodes(ctx.review.db),
  'chronology.addEpisode': (ctx, args) =>
    ctx.review.write('Create key practice episode', (db) => createEpisode(db, args)),
  'chronology.updateEpisode': (ctx, args) =>
    ctx.review.write('Edit key practice episode', (db) => updateEpisode(db, args.id, args.changes)),
  'chronology.removeEpisode': (ctx, args) =>
    ctx.review.write('Delete key practice episode', (db) => ({ deleted: deleteEpisode(db, args.id) })),
  'chronology.assignEpisode': (ctx, args) =>
    ctx.review.write(args.remove ? 'Remove entries from episode' : 'Add entries to episode', (db) =>
      assignEntries(db, args.episodeId, args.entryIds, args.remove),
    ),

  'chronology.importPreview': async (ctx, args) => {
    const request = importRequest(args);
    return runAsJob(ctx.app.jobs, args.jobId, async (hooks) => {
      const { parsed, remembered } = await readImport(ctx.review.db, request, hooks);
      return previewImport(ctx.review.db, parsed, args.agency, remembered);
    });
  },
  'chronology.importApply': async (ctx, args) => {
    const request = importRequest(args);
    return runAsJob(ctx.app.jobs, args.jobId, async (hooks) => {
      hooks.onProgress?.({ step: 'Reading the spreadsheet', done: 0, total: 0, unit: 'bytes' });
      const { parsed } = await readImport(ctx.review.db, request, hooks);
      return applyImportInSteps(ctx.review, parsed, request, args, hooks);
    });
  },
  'chronology.listImports': (ctx) => listImports(ctx.review.db),
  'chronology.removeImport': (ctx, args) =>
    ctx.review.write('Remove an import', (db) => removeImport(db, args.importId, ctx.review.actor())),
  'chronology.restoreImport': (ctx, args) =>
    ctx.review.write('Put back an import', (db) => restoreImport(db, args.importId)),
  'chronology.getMapping': (ctx, args) => rememberedMapping(ctx.review.db, args.agency),

  'chronology.listDuplicates': (ctx, args) => listDuplicates(ctx.review.db, args.status),
  'chronology.linkDuplicate': (ctx, args) =>
    ctx.review.write('Link duplicate entries', (db) => linkDuplicate(db, args.id)),
  'chronology.mergeDuplicate': (ctx, args) =>
    ctx.review.write('Merge duplicate entries', (db) => mergeDuplicate(db, args.id, args.keepEntryId)),
  'chronology.dismissDuplicate': (ctx, args) =>
    ctx.review.write('Dismiss duplicate', (db) => dismissDuplicate(db, args.id)),

  'chronology.export': async (ctx, args) => {
    const title = readReviewMeta(ctx.review.db).title;
    const sink = await openOutputSink(ctx.app, args.target, args.format, `${title} - chronology`);
    return runAsJob(ctx.app.jobs, args.jobId, async (hooks) => {
      const { bytes, rows } = await renderChronology(ctx.review.db, args.format, args.filter, hooks);
      // Nothing reaches the file (or the download) until every row is in and the job still stands.
      throwIfCancelled(hooks.signal);
      sink.write(bytes);
      return { ...sink.saved(), rows };
    });
  },
};
