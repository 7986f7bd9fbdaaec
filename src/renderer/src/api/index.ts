export { api } from './client';
export { ParallaxError, toParallaxError } from './errors';
export {
  DataRevisionProvider,
  useApiEvent,
  useInvalidate,
  useMutation,
  useQuery,
  type Mutation,
  type QueryResult,
} from './hooks';
