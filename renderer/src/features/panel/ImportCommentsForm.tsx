import { useId, useState, type FormEvent } from 'react';
import type { AnnotationImportReport } from '@shared/domain/annotations';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Button } from '@renderer/ui/Button';
import { useReviewChange } from '@renderer/components/useReviewChange';
import { TextInput } from '@renderer/ui/TextInput';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** Choose a returned .docx and file its comments; shows what was added and what could not be placed. */
export function ImportCommentsForm() {
  const { command, announce, action } = useReviewChange();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [agency, setAgency] = useState('');
  const [report, setReport] = useState<AnnotationImportReport | null>(null);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (file === null) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = await action.run(() =>
      command('annotations.importWord', {
        fileName: file.name,
        bytesBase64: toBase64(bytes),
        ...(agency.trim() === '' ? {} : { authorAgency: agency.trim() }),
      }),
    );
    if (result === undefined) return;
    setReport(result);
    announce(
      `${result.added} comments imported, ${result.alreadyImported} already there, ${result.unplaced.length} not placed`,
    );
  };

  return (
    <section className="import-comments" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Import panel comments</h2>
      <form className="stacked-form" onSubmit={(event) => void submit(event)}>
        <label htmlFor={`${id}-file`}>Returned Word document (.docx)</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
        <label htmlFor={`${id}-agency`}>Agency of the commenters (optional)</label>
        <TextInput id={`${id}-agency`} value={agency} onChange={setAgency} autoComplete="organization" />
        <ErrorMessage error={action.error} title="Not imported" />
        <Button type="submit" busy={action.busy} disabled={file === null}>
          Import comments
        </Button>
      </form>
      {report === null ? null : (
        <div className="import-report" role="region" aria-label="Import result">
          <p>
            {report.fileName}: {report.comments} comments; {report.added} added ({report.placedByAnchor} by bookmark,{' '}
            {report.placedByQuote} by quoted text); {report.alreadyImported} already imported.
          </p>
          {report.unplaced.length > 0 ? (
            <>
              <p className="warning-message">
                These comments could not be placed. They are kept below as “Not placed”.
              </p>
              <ul>
                {report.unplaced.map((u) => (
                  <li key={u.commentId}>
                    {u.author}: “{u.text}”{u.quotedText === '' ? '' : ` on “${u.quotedText}”`}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      )}
    </section>
  );
}
