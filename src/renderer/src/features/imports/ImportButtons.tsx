import { Button } from '../../ui';
import { ImportProgressBar } from './ImportProgressBar';
import { useImports } from './ImportProvider';

export function ImportButtons() {
  const { job, openFilePicker, openFolderPicker } = useImports();
  return (
    <div className="import-buttons">
      <Button variant="primary" onClick={openFilePicker} disabled={job !== null}>
        Import files…
      </Button>
      <Button onClick={openFolderPicker} disabled={job !== null}>
        Import folder…
      </Button>
    </div>
  );
}

/** The progress bar of the running import, or nothing. */
export function ImportStatus() {
  const { job, cancel } = useImports();
  return job ? <ImportProgressBar job={job} onCancel={cancel} /> : null;
}
