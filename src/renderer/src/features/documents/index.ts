export { DocumentContainer, type SegmentFocus } from './DocumentContainer';
