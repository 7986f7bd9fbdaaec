export { ImportButtons, ImportStatus } from './ImportButtons';
export { ImportProvider, useImports } from './ImportProvider';
