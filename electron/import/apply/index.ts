export {
  applyImport,
  applyImportInSteps,
  previewImport,
  readImport,
  refusalFor,
  type ApplyOptions,
  type ImportRequest,
} from './apply-import';
export { listImports } from './import-reports';
export { rememberedMapping } from './mappings-store';
export { removeImport, restoreImport } from './remove-import';
