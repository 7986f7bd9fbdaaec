// Export the quotes of the current filter as CSV or JSON: the core writes the file's content, the
// page saves it with a download link (the same in the browser and in Electron).
import { useState } from 'react';
import type { QuoteFilter } from '../../../../shared/domain';
import { api } from '../../api';
import { Button, downloadFile, useAnnounce, useReportError } from '../../ui';

export function ExportButtons({ filter, disabled }: { filter: QuoteFilter; disabled: boolean }) {
  const [pending, setPending] = useState(false);
  const reportError = useReportError();
  const announce = useAnnounce();
  const exportAs = async (format: 'csv' | 'json') => {
    setPending(true);
    try {
      const file = await api.exportQuotes({ format, filter });
      downloadFile(file);
      announce(`Saved ${file.fileName}.`);
    } catch (error) {
      reportError(error);
    } finally {
      setPending(false);
    }
  };
  return (
    <div className="quote-export" role="group" aria-label="Export">
      <Button small disabled={disabled || pending} onClick={() => void exportAs('csv')}>
        Export CSV
      </Button>
      <Button small disabled={disabled || pending} onClick={() => void exportAs('json')}>
        Export JSON
      </Button>
    </div>
  );
}
