// Owns everything about importing: the window-wide drop target, the hidden file pickers, the
// running job and its report. Buttons and the progress bar elsewhere read it from context.
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  type ReactNode,
} from 'react';
import { useReportError } from '../../ui';
import { DropOverlay } from './DropOverlay';
import { ImportReportDialog } from './ImportReportDialog';
import { sourcesFromDrop, sourcesFromFileList } from './importSources';
import { useImportJob, type ImportJob } from './useImportJob';
import { useWindowFileDrop } from './useWindowFileDrop';

interface ImportContextValue {
  job: ImportJob | null;
  cancel: () => void;
  openFilePicker: () => void;
  openFolderPicker: () => void;
}

const ImportContext = createContext<ImportContextValue | null>(null);

export function useImports(): ImportContextValue {
  const value = useContext(ImportContext);
  if (!value) throw new Error('useImports must be used inside <ImportProvider>');
  return value;
}

export function ImportProvider({ children }: { children: ReactNode }) {
  const { job, report, start, cancel, closeReport } = useImportJob();
  const reportError = useReportError();
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);

  const dragging = useWindowFileDrop((dataTransfer) => {
    sourcesFromDrop(dataTransfer).then(start).catch(reportError);
  });

  useEffect(() => {
    // Not a React prop: set the non-standard attribute on the element itself.
    if (folderInput.current) folderInput.current.webkitdirectory = true;
  }, []);

  const onPicked = (input: HTMLInputElement | null) => {
    if (!input?.files) return;
    const sources = sourcesFromFileList(input.files);
    input.value = '';
    start(sources).catch(reportError);
  };

  const openFilePicker = useCallback(() => filesInput.current?.click(), []);
  const openFolderPicker = useCallback(() => folderInput.current?.click(), []);
  const value = useMemo(
    () => ({ job, cancel, openFilePicker, openFolderPicker }),
    [job, cancel, openFilePicker, openFolderPicker],
  );

  return (
    <ImportContext.Provider value={value}>
      {children}
      <input
        ref={filesInput}
        type="file"
        multiple
        hidden
        aria-label="Files to import"
        onChange={(event) => onPicked(event.currentTarget)}
      />
      <input
        ref={folderInput}
        type="file"
        multiple
        hidden
        aria-label="Folder to import"
        onChange={(event) => onPicked(event.currentTarget)}
      />
      <DropOverlay visible={dragging} />
      <ImportReportDialog report={report} onClose={closeReport} />
    </ImportContext.Provider>
  );
}
