import { useId } from 'react';
import type { RichText } from '@shared/lexical/types';
import { RichTextEditor } from '../../editor/RichTextEditor';
import { useReviewCommand } from '../../api/ReviewProvider';
import { useReviewQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAsyncAction } from '../../components/useAsyncAction';

/** The reviewer's own text for each section of the chosen template, in report order. */
export function SectionsEditor() {
  const id = useId();
  const sections = useReviewQuery('report.listSections', {});
  const command = useReviewCommand();
  const action = useAsyncAction();
  const save = (key: string, body: RichText): void => {
    void action.run(() => command('report.updateSectionText', { key, body }));
  };
  return (
    <section className="report-sections" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Report sections</h2>
      <ErrorMessage error={sections.error} />
      <ErrorMessage error={action.error} title="Not saved" />
      {sections.data === undefined ? (
        <p aria-busy="true">Loading…</p>
      ) : (
        sections.data
          .filter((s) => s.editable)
          .map((s) => (
            <div className="report-section" key={s.key} id={`report-section-${s.key}`}>
              <RichTextEditor
                value={s.body}
                onChange={(body) => save(s.key, body)}
                label={s.heading}
                namespace={`report-${s.key}`}
                {...(s.guidance === '' ? {} : { description: s.guidance })}
              />
            </div>
          ))
      )}
    </section>
  );
}
