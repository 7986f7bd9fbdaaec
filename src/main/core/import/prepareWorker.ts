// Worker thread entry: analyses files for the importer so the process's main thread (Electron's
// main process, the web server) stays free to answer while a large import runs.
import { parentPort } from 'node:worker_threads';
import { analyseBytes } from './prepare';

export interface PrepareRequest {
  id: number;
  file: string;
  bytes: Uint8Array;
}

export type PrepareResponse =
  | { id: number; ok: true; result: ReturnType<typeof analyseBytes> }
  | { id: number; ok: false; message: string };

parentPort?.on('message', (request: PrepareRequest) => {
  let response: PrepareResponse;
  try {
    response = { id: request.id, ok: true, result: analyseBytes(request.file, request.bytes) };
  } catch (error) {
    response = { id: request.id, ok: false, message: (error as Error).message };
  }
  parentPort?.postMessage(response);
});
