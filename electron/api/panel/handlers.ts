import type { panelApi } from '../../shared/api/panel';
import type { HandlersFor } from '../handler-types';
import { removeById } from '../remove-handler';
import { addPanelMember, listPanelMembers, removePanelMember, updatePanelMember } from '../../core/panel/panel-members';

export const panelHandlers: HandlersFor<typeof panelApi> = {
  'panel.list': (ctx) => listPanelMembers(ctx.review.db),
  'panel.add': (ctx, args) => ctx.review.write('Add panel member', (db) => addPanelMember(db, args)),
  'panel.update': (ctx, args) =>
    ctx.review.write('Edit panel member', (db) => updatePanelMember(db, args.id, args.changes)),
  'panel.remove': removeById('Remove panel member', removePanelMember),
};
