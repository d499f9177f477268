/** The shipped protected-characteristic templates, for people tests. */
import { defaultTemplatesDir } from '../../../../electron/core/app/paths';
import { characteristicTemplatesDir, loadCharacteristicTemplates } from '../../../../electron/core/people/characteristic-templates';

export const templates = loadCharacteristicTemplates(characteristicTemplatesDir(defaultTemplatesDir()));
