// The library pages through 100,000 documents in any column's order; each order must come from an
// index walk, not a sort of the whole table per page. Title and length had no index. Outlet and
// date put documents without one last: descending, NULLs sort last by themselves and the plain
// index serves; ascending needs the NULL test first, hence the expression indexes.
import type { Migration } from './types';

export const librarySortIndexes: Migration = {
  version: 70,
  name: 'library-sort-indexes',
  sql: `
    CREATE INDEX documents_title ON documents(title);
    CREATE INDEX documents_chars ON documents(chars);
    CREATE INDEX documents_outlet_nulls_last ON documents(outlet IS NULL, outlet);
    CREATE INDEX documents_published_at_nulls_last ON documents(published_at IS NULL, published_at);
  `,
};
