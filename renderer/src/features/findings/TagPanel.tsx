import { useId, useMemo, useState, type FormEvent } from 'react';
import type { Finding, Tag } from '@shared/domain/findings';
import { flattenTerms, type TagDirection } from '@shared/domain/taxonomy';
import { useReviewCommand } from '../../api/ReviewProvider';
import { useReviewQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAnnounce } from '../../ui/StatusAnnouncer';
import { useAsyncAction } from '../../components/useAsyncAction';
import { Field } from '../../ui/Field';
import { Button } from '@renderer/ui/Button';
import { RadioOption } from '@renderer/ui/RadioOption';

const directionText: Readonly<Record<TagDirection, string>> = {
  supports: 'supports good practice',
  hinders: 'creates unsafe conditions',
};

export interface TagChoice {
  readonly taxonomyId: string;
  readonly termId: string;
  readonly direction?: TagDirection;
}

/** A finding's taxonomy tags. */
export function TagPanel({ finding }: { finding: Finding }) {
  const command = useReviewCommand();
  return (
    <TaxonomyTagPanel
      heading="Tags"
      tags={finding.tags}
      onAdd={(choice) => command('findings.addTag', { findingId: finding.id, ...choice })}
      onRemove={(tagId) => command('findings.removeTag', { id: tagId })}
    />
  );
}

/** A chronology entry's taxonomy tags: entries are tagged with the same taxonomies as findings. */
export function EntryTagPanel({ entryId }: { entryId: number }) {
  const command = useReviewCommand();
  const tags = useReviewQuery('findings.listEntryTags', { entryIds: [entryId] });
  return (
    <>
      <ErrorMessage error={tags.error} />
      <TaxonomyTagPanel
        heading="Taxonomy tags"
        tags={tags.data ?? []}
        onAdd={(choice) => command('findings.addEntryTag', { entryId, ...choice })}
        onRemove={(tagId) => command('findings.removeEntryTag', { id: tagId })}
      />
    </>
  );
}

/**
 * Tags and a picker across every taxonomy (the version this review pinned, or the newest). A
 * direction is asked for only where the taxonomy asks for one.
 */
function TaxonomyTagPanel({
  heading,
  tags,
  onAdd,
  onRemove,
}: {
  heading: string;
  tags: readonly Tag[];
  onAdd: (choice: TagChoice) => Promise<unknown>;
  onRemove: (tagId: number) => Promise<unknown>;
}) {
  const taxonomies = useReviewQuery('taxonomy.listForReview', {});
  const announce = useAnnounce();
  const action = useAsyncAction();
  const id = useId();
  const [taxonomyId, setTaxonomyId] = useState('');
  const [termId, setTermId] = useState('');
  const [direction, setDirection] = useState<TagDirection>('hinders');

  const chosen = taxonomies.data?.find((t) => t.taxonomy.id === taxonomyId)?.taxonomy;
  const terms = useMemo(() => (chosen === undefined ? [] : flattenTerms(chosen)), [chosen]);

  const add = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (chosen === undefined || termId === '') return;
    const done = await action.run(() =>
      onAdd({ taxonomyId, termId, ...(chosen.requiresDirection ? { direction } : {}) }),
    );
    if (done === undefined) return;
    announce('Tag added');
    setTermId('');
  };
  const remove = async (tagId: number, label: string): Promise<void> => {
    const done = await action.run(() => onRemove(tagId));
    if (done !== undefined) announce(`Tag ${label} removed`);
  };

  return (
    <section className="tag-panel" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{heading}</h3>
      {tags.length === 0 ? (
        <p>No tags yet.</p>
      ) : (
        <ul className="tag-list">
          {tags.map((tag) => {
            const title =
              taxonomies.data?.find((t) => t.taxonomy.id === tag.taxonomyId)?.taxonomy.title ?? tag.taxonomyId;
            return (
              <li key={tag.id}>
                <span className="tag-taxonomy">{title}:</span> {tag.termLabel}
                {tag.direction === null ? null : (
                  <span className={`tag-direction ${tag.direction}`}> ({directionText[tag.direction]})</span>
                )}{' '}
                <button
                  type="button"
                  className="cw-button is-link"
                  onClick={() => void remove(tag.id, tag.termLabel)}
                  aria-label={`Remove tag ${tag.termLabel}`}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <ErrorMessage error={taxonomies.error} />
      <ErrorMessage error={action.error} title="Not tagged" />
      <form className="tag-picker" onSubmit={(event) => void add(event)}>
        <Field id={`${id}-taxonomy`} label="Taxonomy">
          {(control) => (
            <select
              {...control}
              value={taxonomyId}
              onChange={(event) => {
                setTaxonomyId(event.target.value);
                setTermId('');
              }}
            >
              <option value="">Choose a taxonomy…</option>
              {(taxonomies.data ?? []).map((t) => (
                <option key={t.taxonomy.id} value={t.taxonomy.id}>
                  {t.taxonomy.title} ({t.taxonomy.version}
                  {t.pinned ? ', used in this review' : ''})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={`${id}-term`} label="Term">
          {(control) => (
            <select
              {...control}
              value={termId}
              disabled={chosen === undefined}
              onChange={(event) => setTermId(event.target.value)}
            >
              <option value="">Choose a term…</option>
              {terms.map((term) => (
                <option key={term.termId} value={term.termId} disabled={!term.codable}>
                  {'\u00a0\u00a0'.repeat(term.depth)}
                  {term.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        {chosen?.requiresDirection === true ? (
          <fieldset className="direction-field">
            <legend>Direction</legend>
            {(['supports', 'hinders'] as const).map((d) => (
              <RadioOption
                key={d}
                name={`${id}-direction`}
                value={d}
                checked={direction === d}
                onChoose={() => setDirection(d)}
              >
                {' '}
                {chosen.directionLabels?.[d] ?? directionText[d]}
              </RadioOption>
            ))}
          </fieldset>
        ) : null}
        <Button type="submit" busy={action.busy} disabled={termId === ''}>
          Add tag
        </Button>
      </form>
      {chosen !== undefined && termId !== '' ? (
        <p className="hint">{terms.find((t) => t.termId === termId)?.description}</p>
      ) : null}
    </section>
  );
}
