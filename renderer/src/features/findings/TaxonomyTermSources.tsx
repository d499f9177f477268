import type { CrosswalkRelation, TermEquivalent } from '@shared/domain/crosswalk';
import type { TaxonomyTerm } from '@shared/domain/taxonomy';
import { useAppQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../ui/ErrorMessage';

const relationWords: Readonly<Record<CrosswalkRelation, string>> = {
  exact: 'the same theme',
  broader: 'a broader theme',
  narrower: 'a narrower theme',
  related: 'a related theme',
};

/**
 * Every term of one taxonomy version with the publication its wording comes from, whether that
 * wording was confirmed, and the corresponding terms in other frameworks (from the crosswalks),
 * so a reviewer can cite a theme and see how boards will compare it across reviews.
 */
export function TaxonomyTermSources({
  id,
  version,
  titles,
}: {
  id: string;
  version: string;
  titles: ReadonlyMap<string, string>;
}) {
  const taxonomy = useAppQuery('taxonomy.get', { id, version });
  const equivalents = useAppQuery('taxonomy.listEquivalents', { id });
  const byTerm = new Map((equivalents.data ?? []).map((row) => [row.termId, row.equivalents]));
  if (taxonomy.error ?? equivalents.error) return <ErrorMessage error={taxonomy.error ?? equivalents.error} />;
  if (!taxonomy.data) return <p className="hint">Loading terms…</p>;
  return <TermList terms={taxonomy.data.terms} byTerm={byTerm} titles={titles} />;
}

function TermList({
  terms,
  byTerm,
  titles,
}: {
  terms: readonly TaxonomyTerm[];
  byTerm: ReadonlyMap<string, readonly TermEquivalent[]>;
  titles: ReadonlyMap<string, string>;
}) {
  return (
    <ul className="term-sources">
      {terms.map((term) => {
        const matches = byTerm.get(term.id) ?? [];
        return (
          <li key={term.id}>
            <strong>{term.label}</strong>
            {term.description ? <div>{term.description}</div> : null}
            {term.source ? (
              <div className="hint">
                Source: {[term.source.document, term.source.year, term.source.location].filter(Boolean).join(', ')}.
                {term.source.checked
                  ? ''
                  : ` Wording not yet confirmed against the publication: ${term.source.comment ?? 'no reason given'}`}
              </div>
            ) : null}
            {matches.length > 0 ? (
              <div className="hint">
                In other frameworks:{' '}
                {matches
                  .map(
                    (m) =>
                      `${m.label} (${titles.get(m.taxonomyId) ?? m.taxonomyId}), ${relationWords[m.relation]}${m.approximate ? ', approximate' : ''}`,
                  )
                  .join('; ')}
              </div>
            ) : null}
            {term.terms && term.terms.length > 0 ? (
              <TermList terms={term.terms} byTerm={byTerm} titles={titles} />
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
