export { LibraryContainer, READER_MAX_DOCUMENTS, READER_MIN_DOCUMENTS } from './LibraryContainer';
export { LIBRARY_KEY_HELP } from './LibraryTable';
