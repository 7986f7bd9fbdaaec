export { ReaderContainer } from './ReaderContainer';
