// Saving a file the core made: a download link, which the browser saves and Electron turns into a
// save dialog, so both hosts save exports the same way.

export function downloadFile(file: {
  fileName: string;
  mimeType: string;
  content: string | Uint8Array;
}): void {
  // Bytes are copied into a fresh buffer: they may be a view into a larger (or shared) one.
  const part = typeof file.content === 'string' ? file.content : new Uint8Array(file.content);
  const url = URL.createObjectURL(new Blob([part], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the next task; a minute is generous for slow machines.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
