// Finding a document by typed words (the source picker in a large case) must ignore accents and
// harakat as the picker itself does, and SQLite cannot fold them: each document keeps its title,
// outlet and file name folded by foldForLookup in lookup_key, written with the row and on every
// metadata edit, and filled here for documents stored before.
import { writerOf } from '../handles';
import { refreshLookupKeys } from '../queries/lookupKey';
import type { Migration } from './types';

export const documentLookupKeys: Migration = {
  version: 80,
  name: 'document-lookup-keys',
  sql: `ALTER TABLE documents ADD COLUMN lookup_key TEXT NOT NULL DEFAULT '';`,
  fill: (connection) => refreshLookupKeys(writerOf(connection), 'all'),
};
