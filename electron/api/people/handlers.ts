import type { peopleApi } from '../../shared/api/people';
import type { HandlersFor } from '../handler-types';
import type { AppContext } from '../../core/app/app-context';
import { clearCharacteristic, listCharacteristics, setCharacteristic } from '../../core/people/characteristics';
import { characteristicTemplatesDir, loadCharacteristicTemplates } from '../../core/people/characteristic-templates';
import { reviewCompleteness } from '../../core/people/completeness-service';
import { addIdentifier, listIdentifiers, removeIdentifier } from '../../core/people/identifiers';
import { dismissNameWarning, listNameWarnings } from '../../core/people/name-warnings';
import { listPeople } from '../../core/people/person-rows';
import { addPerson, removePerson, updatePerson } from '../../core/people/person-service';
import { addRelationship, listRelationships, removeRelationship } from '../../core/people/relationships';

const templatesOf = (app: AppContext) => loadCharacteristicTemplates(characteristicTemplatesDir(app.templatesDir));

export const peopleHandlers: HandlersFor<typeof peopleApi> = {
  'people.list': (ctx) => listPeople(ctx.review.db),
  'people.add': (ctx, args) => ctx.review.write(`Add ${args.pseudonym}`, (db) => addPerson(db, args)),
  'people.update': (ctx, args) => ctx.review.write('Edit person', (db) => updatePerson(db, args)),
  'people.remove': (ctx, args) => ctx.review.write('Remove person', (db) => removePerson(db, args.id)),

  'people.listRelationships': (ctx) => listRelationships(ctx.review.db),
  'people.addRelationship': (ctx, args) => ctx.review.write('Add relationship', (db) => addRelationship(db, args)),
  'people.removeRelationship': (ctx, args) =>
    ctx.review.write('Remove relationship', (db) => removeRelationship(db, args.id)),

  'people.listCharacteristicTemplates': (ctx) => templatesOf(ctx.app),
  'people.listCharacteristics': (ctx, args) => listCharacteristics(ctx.review.db, args.personId),
  'people.updateCharacteristic': (ctx, args) => {
    const templates = templatesOf(ctx.app);
    return ctx.review.write('Edit protected characteristic', (db) => setCharacteristic(db, args, templates));
  },
  'people.removeCharacteristic': (ctx, args) =>
    ctx.review.write('Clear protected characteristic', (db) =>
      clearCharacteristic(db, args.personId, args.characteristicId),
    ),
  'people.getCompleteness': (ctx) => reviewCompleteness(ctx.review.db, templatesOf(ctx.app)),

  'people.listIdentifiers': (ctx) => listIdentifiers(ctx.review.db),
  'people.addIdentifier': (ctx, args) => ctx.review.write('Add identifier', (db) => addIdentifier(db, args)),
  'people.removeIdentifier': (ctx, args) =>
    ctx.review.write('Remove identifier', (db) => removeIdentifier(db, args.id)),

  'people.listNameWarnings': (ctx) => listNameWarnings(ctx.review.db),
  'people.dismissNameWarning': (ctx, args) =>
    ctx.review.write(`Dismiss name warning`, (db) => dismissNameWarning(db, args.name, ctx.review.actor())),
};
