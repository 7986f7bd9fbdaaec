export { LibraryContainer, READER_MAX_DOCUMENTS, READER_MIN_DOCUMENTS } from './LibraryContainer';
