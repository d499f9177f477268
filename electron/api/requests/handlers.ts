import type { requestsApi } from '../../shared/api/requests';
import type { HandlersFor } from '../handler-types';
import { removeById } from '../remove-handler';
import { renderAgencyRequest, renderTrackingWorkbook } from '../../export/requests';
import { applyImport, previewImport } from '../../import/apply';
import { readReturnedRequest } from '../../import/requests/returned-request';
import { addAgencyRequest, listAgencyRequests, removeAgencyRequest } from '../../core/requests/agency-requests';
import { readReviewMeta } from '../../core/review/review-meta';
import { openOutputSink } from '../save-output';

function bytesOf(base64: string): Uint8Array {
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

export const requestsHandlers: HandlersFor<typeof requestsApi> = {
  'requests.list': (ctx) => listAgencyRequests(ctx.review.db),
  'requests.add': async (ctx, args) => {
    const rendered = await renderAgencyRequest(ctx.review.db, args);
    const sink = await openOutputSink(ctx.app, args.target, 'xlsx', rendered.suggestedFileName);
    sink.write(rendered.bytes);
    // Recorded once the workbook is saved, with exactly whom it names (the audit log keeps the row).
    const label = `Chronology request to ${args.agency} (${args.naming === 'real-names' ? 'real names' : 'pseudonyms only'})`;
    const request = ctx.review.write(label, (db) =>
      addAgencyRequest(db, {
        requestKey: rendered.requestKey,
        agency: args.agency,
        dueDate: args.dueDate,
        naming: args.naming,
        subjects: rendered.subjects,
        contact: args.contact,
        actor: ctx.review.actor(),
      }),
    );
    return { request, saved: sink.saved() };
  },
  'requests.remove': removeById('Remove chronology request', removeAgencyRequest),
  'requests.importPreview': async (ctx, args) => {
    const returned = await readReturnedRequest(ctx.review.db, args.fileName, bytesOf(args.bytesBase64));
    const preview = previewImport(ctx.review.db, returned.parsed, returned.importRequest.agency, false);
    return { ...preview, requestId: returned.request?.id ?? null };
  },
  'requests.importApply': async (ctx, args) => {
    const returned = await readReturnedRequest(ctx.review.db, args.fileName, bytesOf(args.bytesBase64));
    return applyImport(ctx.review, returned.parsed, returned.importRequest, {
      skipInvalid: args.skipInvalid,
      dryRun: args.dryRun,
      rememberMapping: false,
    });
  },
  'requests.export': async (ctx, args) => {
    const title = readReviewMeta(ctx.review.db).title;
    const sink = await openOutputSink(ctx.app, args.target, 'xlsx', `${title} - chronology requests`);
    const requests = listAgencyRequests(ctx.review.db);
    sink.write(await renderTrackingWorkbook(requests));
    return { ...sink.saved(), rows: requests.length };
  },
};
