// What the search box holds, and the query actually sent: debounced while typing, immediate on Enter.
import { useCallback, useEffect, useState } from 'react';

const DEBOUNCE_MS = 150;

export interface SearchState {
  text: string;
  setText: (text: string) => void;
  /** The query results are shown for. */
  query: string;
  submit: () => void;
  includeBoilerplate: boolean;
  setIncludeBoilerplate: (include: boolean) => void;
}

export function useSearchState(): SearchState {
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [includeBoilerplate, setIncludeBoilerplate] = useState(false);

  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const submit = useCallback(() => setQuery(text.trim()), [text]);
  return { text, setText, query, submit, includeBoilerplate, setIncludeBoilerplate };
}
