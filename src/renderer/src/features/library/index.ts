export { LibraryContainer } from './LibraryContainer';
