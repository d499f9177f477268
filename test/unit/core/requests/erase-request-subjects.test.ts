/**
 * Permanent erasure reaches chronology requests: a request that named a person by real name and
 * date of birth keeps, once that person is deleted and erased, a plain note that it named someone
 * since erased, and the name and date of birth are in no byte of the review file. People still in
 * the review stay named.
 */
import { describe, expect, it } from 'vitest';
import { addPerson, removePerson } from '@core/people/person-service';
import { addAgencyRequest } from '@core/requests/agency-requests';
import { ERASED_SUBJECT_NOTE } from '@core/requests/erase-request-subjects';
import { renderAgencyRequest } from '@export/requests';
import { personInputSchema } from '@shared/api/people';
import { bytesHold } from '@test/helpers/file-bytes';
import { emptyReview } from '@test/helpers/review';

const ERASED_NAME = 'Ottoline Brackenfield';
const ERASED_PSEUDONYM = 'Mother Q';
const ERASED_BIRTH = '1987-11-23';
const KEPT_NAME = 'Tobias Wrenleigh';

describe('erasing a person named in chronology requests', () => {
  it('replaces the person in every request and its audit copies, leaving the name in no byte of the file', async () => {
    const {
      app,
      dir,
      review: handle,
      call,
    } = emptyReview({
      title: 'Erasure and requests',
      fileName: 'q.cwr',
      scope: null,
    });
    const mother = handle.write('Add person', (db) =>
      addPerson(
        db,
        personInputSchema.parse({
          realName: ERASED_NAME,
          pseudonym: ERASED_PSEUDONYM,
          role: 'Mother',
          dateOfBirth: ERASED_BIRTH,
        }),
      ),
    );
    handle.write('Add person', (db) =>
      addPerson(
        db,
        personInputSchema.parse({
          realName: KEPT_NAME,
          pseudonym: 'Child Q',
          role: 'Child',
          dateOfBirth: '2015-04-02',
        }),
      ),
    );

    const sendRequest = async (naming: 'real-names' | 'pseudonyms') => {
      const rendered = await renderAgencyRequest(handle.db, {
        agency: 'Westmoor Police',
        dueDate: null,
        naming,
        contact: '',
      });
      return handle.write('Chronology request', (db) =>
        addAgencyRequest(db, {
          requestKey: rendered.requestKey,
          agency: 'Westmoor Police',
          dueDate: null,
          naming,
          subjects: rendered.subjects,
          contact: '',
          actor: 'Reviewer A',
        }),
      );
    };
    const byName = await sendRequest('real-names');
    await sendRequest('pseudonyms');
    // An edit leaves a before-image of the request too.
    handle.write('Set due date', (db) =>
      db.prepare(`UPDATE agency_request SET due_date = '2026-12-20' WHERE id = ?`).run(byName.id),
    );
    handle.write('Remove person', (db) => removePerson(db, mother.id));
    expect(bytesHold(dir, ERASED_NAME)).toBe(true);

    await call('review.erasePermanently', {});

    const subjects = (
      handle.db.prepare(`SELECT naming, subjects_json FROM agency_request ORDER BY id`).all() as {
        naming: string;
        subjects_json: string;
      }[]
    ).map((row) => ({
      naming: row.naming,
      subjects: JSON.parse(row.subjects_json) as { name: string; dateOfBirth: string | null }[],
    }));
    expect(subjects).toHaveLength(2);
    for (const request of subjects) {
      expect(request.subjects.map((subject) => subject.name)).toContain(ERASED_SUBJECT_NOTE);
      expect(request.subjects.find((subject) => subject.name === ERASED_SUBJECT_NOTE)).toMatchObject({
        dateOfBirth: null,
      });
    }
    expect(subjects[0]!.subjects).toContainEqual(
      expect.objectContaining({ name: KEPT_NAME, dateOfBirth: '2015-04-02' }),
    );
    expect(subjects[1]!.subjects).toContainEqual(expect.objectContaining({ name: 'Child Q' }));

    const audit = await call('review.listAudit', {});
    expect(JSON.stringify(audit)).not.toContain(ERASED_NAME);
    expect(JSON.stringify(audit)).not.toContain(ERASED_BIRTH);
    const requestImages = handle.db
      .prepare(`SELECT after_json FROM audit_log WHERE table_name = 'agency_request' AND after_json IS NOT NULL`)
      .pluck()
      .all() as string[];
    expect(requestImages.length).toBeGreaterThanOrEqual(3);
    expect(
      requestImages.every(
        (image) => image.includes(ERASED_SUBJECT_NOTE) && image.includes(KEPT_NAME) === image.includes('real-names'),
      ),
    ).toBe(true);

    for (const text of [ERASED_NAME, ERASED_PSEUDONYM, ERASED_BIRTH]) expect(bytesHold(dir, text)).toBe(false);
    expect(bytesHold(dir, KEPT_NAME)).toBe(true);
    app.reviews.closeAll();
    for (const text of [ERASED_NAME, ERASED_PSEUDONYM, ERASED_BIRTH]) expect(bytesHold(dir, text)).toBe(false);
  });
});
