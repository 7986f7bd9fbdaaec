// The import in progress (started here or from the native menu) and the last report.
import { useCallback, useRef, useState } from 'react';
import type { ImportReport } from '../../../../shared/domain';
import { api, useApiEvent, useInvalidate } from '../../api';
import { plural, useAnnounce, useReportError } from '../../ui';
import type { ImportSource } from './importSources';
import { isChunkOf, runImport } from './runImport';
import { summariseReport } from './reportText';

/** crypto.randomUUID needs a secure context; fall back to 128 random bits elsewhere. */
function newJobId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
}

export interface ImportJob {
  jobId: string;
  done: number;
  total: number;
  current: string | null;
  cancelling: boolean;
}

export interface ImportJobControls {
  job: ImportJob | null;
  report: ImportReport | null;
  start: (sources: ImportSource[]) => Promise<void>;
  cancel: () => void;
  closeReport: () => void;
}

export function useImportJob(): ImportJobControls {
  const [job, setJob] = useState<ImportJob | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const invalidate = useInvalidate();
  const announce = useAnnounce();
  const reportError = useReportError();

  // Bookkeeping read by event handlers, never by rendering.
  const running = useRef<{
    base: string;
    chunkJobId: string | null;
    offset: number;
    stop: boolean;
  } | null>(null);
  const menuJobId = useRef<string | null>(null);
  // Jobs started here, and menu jobs already finished: their events may still arrive late, and
  // must then neither update the running job nor show a second report.
  const knownJobs = useRef(new Set<string>());
  const isKnown = (jobId: string) => [...knownJobs.current].some((base) => isChunkOf(jobId, base));

  const finish = useCallback(
    (finished: ImportReport) => {
      setJob(null);
      setReport(finished);
      announce(summariseReport(finished));
      invalidate();
    },
    [announce, invalidate],
  );

  const start = useCallback(
    async (sources: ImportSource[]) => {
      if (running.current || menuJobId.current) {
        reportError(new Error('An import is already running: wait for it to finish or cancel it.'));
        return;
      }
      if (sources.length === 0) {
        reportError(new Error('Nothing to import: no files were found in what was dropped.'));
        return;
      }
      const base = newJobId();
      const run = { base, chunkJobId: null as string | null, offset: 0, stop: false };
      running.current = run;
      knownJobs.current.add(base);
      setReport(null);
      setJob({ jobId: base, done: 0, total: sources.length, current: null, cancelling: false });
      announce(`Importing ${plural(sources.length, 'file')}.`);
      try {
        const finished = await runImport(api, sources, base, {
          onChunk: (jobId, offset) => {
            run.chunkJobId = jobId;
            run.offset = offset;
            setJob((j) => (j && j.jobId === base ? { ...j, done: Math.max(j.done, offset) } : j));
          },
          onChunkDone: invalidate,
          stopRequested: () => run.stop,
        });
        finish(finished);
      } catch (error) {
        setJob(null);
        invalidate();
        reportError(error);
        announce('The import failed.');
      } finally {
        running.current = null;
      }
    },
    [announce, finish, invalidate, reportError],
  );

  const cancel = useCallback(() => {
    const run = running.current;
    const jobId = run ? run.chunkJobId : menuJobId.current;
    if (run) run.stop = true;
    setJob((j) => (j ? { ...j, cancelling: true } : j));
    announce('Cancelling the import.');
    if (jobId) api.cancelImport({ jobId }).catch(reportError);
  }, [announce, reportError]);

  useApiEvent('importProgress', (progress) => {
    const run = running.current;
    if (isKnown(progress.jobId)) {
      if (!run || !isChunkOf(progress.jobId, run.base)) return;
      const done = run.offset + progress.done;
      setJob((j) => (j ? { ...j, done: Math.max(j.done, done), current: progress.current } : j));
      return;
    }
    // An import started elsewhere (the native menu): show it like our own.
    if (run) return;
    menuJobId.current = progress.jobId;
    setJob((j) => ({
      jobId: progress.jobId,
      done: progress.done,
      total: progress.total,
      current: progress.current,
      cancelling: j?.jobId === progress.jobId ? j.cancelling : false,
    }));
  });

  useApiEvent('importFinished', (finished) => {
    if (isKnown(finished.jobId)) return;
    knownJobs.current.add(finished.jobId);
    menuJobId.current = null;
    finish(finished);
  });

  const closeReport = useCallback(() => setReport(null), []);
  return { job, report, start, cancel, closeReport };
}
