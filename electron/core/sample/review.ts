import { richTextFromParagraphs } from '../../shared/lexical/types';
import type { WritableDb } from '../store/db-types';
import { setTermsOfReference, updateReviewMeta } from '../review/review-meta';

/** The review record of the sample: everything here is fictional. */
export function seedReview(db: WritableDb): void {
  updateReviewMeta(db, {
    partnership: 'Westmoor Safeguarding Children Partnership',
    author: 'A. N. Reviewer (independent lead reviewer)',
    status: 'draft',
    scopeStart: '2019-06-01',
    scopeEnd: '2023-03-31',
  });
  setTermsOfReference(
    db,
    richTextFromParagraphs([
      'This review considers how agencies in Westmoor worked together to safeguard Child R and Sibling R between June 2019 and March 2023.',
      'Key lines of enquiry: how well agencies understood the daily lives of the children; whether the pattern of domestic abuse in the household was recognised across agencies; how information about risk was shared, including when cases were closed; and how the voices of the children were heard.',
      'The review follows a systems approach. Practitioners and managers from each agency contributed through individual conversations and a learning event. RM was invited to contribute and her views are included.',
    ]),
  );
}
