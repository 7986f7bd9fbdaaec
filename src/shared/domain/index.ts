export * from './documents';
export * from './imports';
export * from './search';
