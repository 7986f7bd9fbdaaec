import type { Ref } from 'react';
import type { SearchState } from './useSearchState';

interface SearchBoxProps {
  search: SearchState;
  inputRef?: Ref<HTMLInputElement>;
  shortcut: string;
  onActivity: (text: string) => void;
}

export function SearchBox({ search, inputRef, shortcut, onActivity }: SearchBoxProps) {
  return (
    <form
      className="search-box"
      role="search"
      aria-label="Search documents"
      onSubmit={(event) => {
        event.preventDefault();
        search.submit();
        onActivity(search.text);
      }}
    >
      <span className="search-box__icon" aria-hidden="true">
        ⌕
      </span>
      <input
        ref={inputRef}
        type="search"
        className="search-box__input"
        aria-label="Search"
        dir="auto"
        placeholder="Search all documents — Arabic, French, English"
        autoComplete="off"
        spellCheck={false}
        value={search.text}
        onChange={(event) => {
          search.setText(event.target.value);
          onActivity(event.target.value);
        }}
      />
      <kbd className="search-box__shortcut" aria-hidden="true">
        {shortcut}
      </kbd>
      <label className="toggle search-box__chrome">
        <input
          type="checkbox"
          checked={search.includeBoilerplate}
          onChange={(event) => search.setIncludeBoilerplate(event.target.checked)}
        />
        Include page chrome
      </label>
    </form>
  );
}
