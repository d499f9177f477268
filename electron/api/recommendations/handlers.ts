import type { recommendationsApi } from '../../shared/api/recommendations';
import type { HandlersFor } from '../handler-types';
import { removeById } from '../remove-handler';
import {
  addRecommendation,
  deleteRecommendation,
  getRecommendation,
  listRecommendations,
  moveRecommendation,
  updateRecommendation,
} from '../../core/recommendations/recommendations';

export const recommendationsHandlers: HandlersFor<typeof recommendationsApi> = {
  'recommendations.list': (ctx, args) => listRecommendations(ctx.review.db, args),
  'recommendations.get': (ctx, args) => getRecommendation(ctx.review.db, args.id),
  'recommendations.add': (ctx, args) => ctx.review.write('Add recommendation', (db) => addRecommendation(db, args)),
  'recommendations.update': (ctx, args) =>
    ctx.review.write('Edit recommendation', (db) => updateRecommendation(db, args.id, args.changes)),
  'recommendations.remove': removeById('Delete recommendation', deleteRecommendation),
  'recommendations.move': (ctx, args) =>
    ctx.review.write('Move recommendation', (db) => moveRecommendation(db, args.id, args.toNumber)),
};
