export { ReaderContainer } from './ReaderContainer';
export { READER_KEY_HELP } from './keys';
