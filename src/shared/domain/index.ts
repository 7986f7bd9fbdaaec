export * from './documents';
export * from './imports';
export * from './search';
export * from './alignment';
export * from './quotes';
export * from './briefings';
