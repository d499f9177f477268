import { useId, useState, type FormEvent } from 'react';
import { useApiClient } from '../../api/ApiProvider';
import { useAppQuery, useReviewQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { TaxonomyTermSources } from './TaxonomyTermSources';
import { Button } from '@renderer/ui/Button';
import { ColumnHeads } from '@renderer/ui/ColumnHeads';
import { useReviewChange } from '@renderer/components/useReviewChange';

/**
 * The taxonomies this app knows (built in and imported) and the versions this review uses.
 * Import a board's own taxonomy (.json) or a REFI-QDA codebook (.qdc); export a codebook for
 * NVivo, ATLAS.ti or QualCoder; move the review to a newer version of a taxonomy.
 */
export function TaxonomyLibrary() {
  const client = useApiClient();
  const { command, announce, action } = useReviewChange();
  const id = useId();
  const [revision, setRevision] = useState(0);
  const available = useAppQuery('taxonomy.list', {}, revision);
  const forReview = useReviewQuery('taxonomy.listForReview', {});
  const [file, setFile] = useState<File | null>(null);
  const [openTerms, setOpenTerms] = useState<ReadonlySet<string>>(new Set());
  const titles = new Map((available.data ?? []).map((t) => [t.id, t.title] as const));
  const toggleTerms = (key: string, open: boolean): void =>
    setOpenTerms((current) => {
      const next = new Set(current);
      if (open) next.add(key);
      else next.delete(key);
      return next;
    });

  const importFile = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (file === null) return;
    const text = await file.text();
    const imported = await action.run(() => client.app('taxonomy.import', { fileName: file.name, text }));
    if (imported === undefined) return;
    setRevision((value) => value + 1);
    announce(`Imported ${imported.map((t) => `${t.title} ${t.version}`).join(', ')}`);
  };
  const exportQdc = async (taxonomyId: string): Promise<void> => {
    const result = await action.run(() => client.app('taxonomy.exportQdc', { ids: [taxonomyId] }));
    if (result === undefined) return;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([result.xml], { type: 'application/xml' }));
    link.download = `${taxonomyId}.qdc`;
    link.click();
    URL.revokeObjectURL(link.href);
    announce('Codebook saved for NVivo, ATLAS.ti or QualCoder');
  };
  const upgrade = async (taxonomyId: string, version: string): Promise<void> => {
    const done = await action.run(() => command('taxonomy.pin', { id: taxonomyId, version }));
    if (done !== undefined) announce(`New tags from ${done.title} will use version ${version}`);
  };

  return (
    <section className="taxonomy-library" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Taxonomies</h2>
      <p className="hint">
        This review keeps a copy of each taxonomy version it uses, so its tags keep their wording when a newer version
        appears.
      </p>
      <ErrorMessage error={available.error ?? forReview.error} />
      <ErrorMessage error={action.error} title="Not done" />
      <table>
        <caption className="visually-hidden">Available taxonomies</caption>
        <ColumnHeads names={['Taxonomy', 'Version', 'Source', 'In this review', 'Actions']} />
        <tbody>
          {(available.data ?? []).map((t) => {
            const used = forReview.data?.find((r) => r.taxonomy.id === t.id);
            const inUse = used?.pinned === true && used.taxonomy.version === t.version;
            return (
              <tr key={`${t.id}@${t.version}`}>
                <th scope="row">
                  {t.title}
                  <div className="hint">
                    {t.termCount} terms{t.requiresDirection ? '; tags need a direction' : ''}
                    {t.unverified ? '; some wording not yet confirmed against the publication' : ''}
                    {t.origin === 'user' ? '; imported' : ''}
                  </div>
                </th>
                <td>{t.version}</td>
                <td>
                  {t.citation}
                  {t.note === undefined ? null : <div className="hint">{t.note}</div>}
                  <details onToggle={(event) => toggleTerms(`${t.id}@${t.version}`, event.currentTarget.open)}>
                    <summary>
                      Terms and sources<span className="visually-hidden"> of {t.title}</span>
                    </summary>
                    {openTerms.has(`${t.id}@${t.version}`) ? (
                      <TaxonomyTermSources id={t.id} version={t.version} titles={titles} />
                    ) : null}
                  </details>
                </td>
                <td>{inUse ? 'Used' : ''}</td>
                <td>
                  <div className="button-row">
                    <button type="button" onClick={() => void exportQdc(t.id)}>
                      Export <span className="visually-hidden">{t.title} </span>for NVivo, ATLAS.ti or QualCoder
                      (REFI-QDA)
                    </button>
                    {used?.pinned === true && used.newerVersion === t.version ? (
                      <button
                        type="button"
                        onClick={() => void upgrade(t.id, t.version)}
                        aria-label={`Use version ${t.version} of ${t.title}`}
                      >
                        Use this version
                      </button>
                    ) : null}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <form className="stacked-form" onSubmit={(event) => void importFile(event)}>
        <label htmlFor={`${id}-file`}>Import a taxonomy (.json) or codebook (.qdc)</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,.qdc,application/json,application/xml"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
        <Button type="submit" busy={action.busy} disabled={file === null}>
          Import
        </Button>
      </form>
    </section>
  );
}
