// The folded text a document is found by when words are typed (see migration 0080).
import { foldForLookup } from '../../../../shared/text/lookup';

export interface LookupFields {
  title: string;
  outlet: string | null;
  fileName: string;
}

/** Title, outlet and file name folded, a space apart: a typed word (no spaces) never spans two. */
export function documentLookupKey({ title, outlet, fileName }: LookupFields): string {
  return [title, outlet ?? '', fileName].map(foldForLookup).join(' ');
}
