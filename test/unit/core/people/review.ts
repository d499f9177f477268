/** A real review file with the latest schema and a handle, for people service tests. */
import { createReviewHandle, type ReviewHandle } from '../../../../electron/core/store/review-handle';
import { defaultTemplatesDir } from '../../../../electron/core/app/paths';
import { characteristicTemplatesDir, loadCharacteristicTemplates } from '../../../../electron/core/people/characteristic-templates';
import { createReviewFile, tempDir } from '../../../helpers/review-file';

export function openTestReview(): ReviewHandle {
  const { path, db } = createReviewFile(tempDir());
  db.prepare(
    `INSERT INTO review (id, title, kind, scope_start, scope_end, created_at, updated_at)
     VALUES (1, 'Child R', 'lcspr', '2019-06-01', '2023-03-31', 'x', 'x')`,
  ).run();
  return createReviewHandle('test', path, db, () => 'Reviewer A');
}

export const templates = loadCharacteristicTemplates(characteristicTemplatesDir(defaultTemplatesDir()));
