export { SearchBox } from './SearchBox';
export { SearchResultsContainer } from './SearchResultsContainer';
export { useSearchState, type SearchState } from './useSearchState';
