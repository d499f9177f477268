import {
  REVIEW_KINDS,
  REVIEW_KIND_LABELS,
  REVIEW_STATUSES,
  type ReviewMeta,
  type ReviewMetaPatch,
} from '@shared/domain/review';
import type { RichText } from '@shared/lexical/types';
import { useReviewQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { RichTextEditor } from '../../editor/RichTextEditor';
import { SavedField } from '../../ui/SavedField';
import { ProtectReview } from './ProtectReview';
import { ReviewCounts } from './ReviewCounts';
import './OverviewView.css';
import { EnumSelect } from '@renderer/ui/EnumSelect';
import { labelledOptions } from '@renderer/ui/Select';
import { useReviewChange } from '@renderer/components/useReviewChange';

const STATUS_LABELS: Readonly<Record<(typeof REVIEW_STATUSES)[number], string>> = {
  draft: 'Draft',
  'panel-review': 'With the panel',
  final: 'Final',
  published: 'Published',
};
const KIND_OPTIONS = labelledOptions(REVIEW_KINDS, REVIEW_KIND_LABELS);
const STATUS_OPTIONS = labelledOptions(REVIEW_STATUSES, STATUS_LABELS);

/** The review's own details and its terms of reference. Every field saves when you leave it. */
export function OverviewView() {
  const session = useReviewQuery('review.getSession', {});
  const { command, announce, action: saving } = useReviewChange();
  const meta = session.data?.meta;

  const save = async (patch: ReviewMetaPatch): Promise<void> => {
    const result = await saving.run(() => command('review.updateMeta', patch));
    if (result !== undefined) announce('Saved');
  };
  const saveTerms = async (termsOfReference: RichText): Promise<void> => {
    const result = await saving.run(() => command('review.updateTermsOfReference', { termsOfReference }));
    if (result !== undefined) announce('Terms of reference saved');
  };

  return (
    <div className="overview">
      <h1 id="area-heading">Overview</h1>
      <ErrorMessage error={session.error} />
      <ErrorMessage error={saving.error} title="Not saved" />
      {meta === undefined ? (
        <p aria-busy="true">Loading…</p>
      ) : (
        <>
          <ReviewDetails meta={meta} save={save} />
          <section aria-labelledby="terms-heading" className="overview-section">
            <h2 id="terms-heading">Terms of reference</h2>
            <RichTextEditor
              key={session.data?.reviewId}
              label="Terms of reference"
              description="Scope, key lines of enquiry and methodology. Saved as you type."
              value={meta.termsOfReference}
              onChange={(value) => void saveTerms(value)}
            />
          </section>
          <section aria-labelledby="contents-heading" className="overview-section">
            <h2 id="contents-heading">In this review</h2>
            <ReviewCounts />
            <p className="hint">File: {session.data?.path}</p>
          </section>
          <ProtectReview />
        </>
      )}
    </div>
  );
}

function ReviewDetails({ meta, save }: { meta: ReviewMeta; save: (patch: ReviewMetaPatch) => Promise<void> }) {
  // A scope bound emptied is no bound at all.
  const saveScope = (bound: 'scopeStart' | 'scopeEnd') => (day: string) => save({ [bound]: day === '' ? null : day });
  return (
    <section aria-labelledby="details-heading" className="overview-section">
      <h2 id="details-heading">Details</h2>
      <div className="details-grid">
        <SavedField id="meta-title" label="Title" value={meta.title} onSave={(title) => save({ title })} required />
        <EnumSelect
          id="meta-kind"
          label="Kind of review"
          value={meta.kind}
          options={KIND_OPTIONS}
          onChange={(kind) => void save({ kind })}
        />
        <SavedField
          id="meta-partnership"
          label="Safeguarding partnership"
          value={meta.partnership}
          onSave={(partnership) => save({ partnership })}
        />
        <SavedField id="meta-author" label="Lead reviewer" value={meta.author} onSave={(author) => save({ author })} />
        <EnumSelect
          id="meta-status"
          label="Status"
          value={meta.status}
          options={STATUS_OPTIONS}
          onChange={(status) => void save({ status })}
        />
        <SavedField
          id="meta-scope-start"
          label="Scope from"
          type="date"
          value={meta.scopeStart ?? ''}
          onSave={saveScope('scopeStart')}
        />
        <SavedField
          id="meta-scope-end"
          label="Scope to"
          type="date"
          value={meta.scopeEnd ?? ''}
          onSave={saveScope('scopeEnd')}
        />
      </div>
    </section>
  );
}
