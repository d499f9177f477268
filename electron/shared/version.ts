/** The app version (kept equal to package.json by a test) and the review file format it writes. */
export const APP_VERSION = '0.1.0';
/** Identifies a SQLite file as a Casewright review: `PRAGMA application_id` ('CWRV'). */
export const REVIEW_APPLICATION_ID = 0x43575256;
export const REVIEW_FILE_EXTENSION = '.cwr';
