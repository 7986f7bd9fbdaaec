// Starts alignWorker.ts from source (CLI, web mode, tests): Node 20 does not apply `--import tsx`
// to a worker's entry, so tsx is registered here first. Built apps never load this.
import { register } from 'tsx/esm/api';

register();
await import('./alignWorker.ts');
