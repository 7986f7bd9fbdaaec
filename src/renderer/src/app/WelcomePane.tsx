export function WelcomePane({ searchShortcut }: { searchShortcut: string }) {
  return (
    <section className="welcome" aria-label="Getting started">
      <h2 className="welcome__title">Read the same story through every source</h2>
      <ul className="welcome__steps">
        <li>
          <strong>Import</strong> — drop text files or whole folders anywhere on this window.
        </li>
        <li>
          <strong>Browse</strong> — pick a document in the library; use the arrow keys to move.
        </li>
        <li>
          <strong>Search</strong> — <kbd>{searchShortcut}</kbd> finds sentences in Arabic (with or
          without diacritics), French and English.
        </li>
      </ul>
    </section>
  );
}
