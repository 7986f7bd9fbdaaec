// Worker thread entry: aligns long document pairs so the process's main thread (Electron's main
// process, the web server) keeps answering while it runs (a 2,000-sentence pair takes ~0.2 s).
import { parentPort } from 'node:worker_threads';
import { alignSentences, engineVersion } from './index';
import type { AlignSide, EngineAlignment, EngineOptions } from './types';

export interface AlignRequest {
  id: number;
  a: AlignSide;
  b: AlignSide;
  options: EngineOptions;
}

export type AlignResponse =
  | { id: number; ok: true; result: EngineAlignment; engineVersion: string }
  | { id: number; ok: false; message: string };

parentPort?.on('message', (request: AlignRequest) => {
  let response: AlignResponse;
  try {
    const result = alignSentences(request.a, request.b, request.options);
    response = { id: request.id, ok: true, result, engineVersion: engineVersion() };
  } catch (error) {
    response = { id: request.id, ok: false, message: (error as Error).message };
  }
  parentPort?.postMessage(response);
});
