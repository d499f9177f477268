/** The shipped protected-characteristic templates, for people tests. */
import { defaultTemplatesDir } from '@core/app/paths';
import { characteristicTemplatesDir, loadCharacteristicTemplates } from '@core/people/characteristic-templates';

export const templates = loadCharacteristicTemplates(characteristicTemplatesDir(defaultTemplatesDir()));
