export function DropOverlay({ visible }: { visible: boolean }) {
  if (!visible) return null;
  return (
    <div className="drop-overlay">
      <div className="drop-overlay__panel">
        <div className="drop-overlay__icon" aria-hidden="true">
          ⇩
        </div>
        <p className="drop-overlay__title">Drop files or folders to import</p>
        <p className="drop-overlay__hint">
          Plain text files (.txt, .md). Folders are read recursively.
        </p>
      </div>
    </div>
  );
}
