export class UsageError extends Error {}

export const HELP = `parallax — the Parallax case from the command line

Usage:
  parallax import --case FILE PATH... [--json]
      Import text files; a folder imports the files inside it (hidden ones skipped).
      Every file ends as imported, duplicate or rejected (with its reason). Rejected files
      do not make the command fail: it exits 0 and reports them.
      --json: an array of {file, status, reason, documentId, language, title}.
  parallax list --case FILE [--language CODE] [--outlet NAME] [--json]
      The documents in the case.
      --json: an array of {id, fileName, title, outlet, publishedAt, language, encoding, bytes}.
  parallax show --case FILE ID [--json]
      One document: metadata, text and segments (paragraphs and sentences with offsets).
  parallax search --case FILE QUERY [--limit N] [--include-boilerplate] [--json]
      Full-text search over sentences (Arabic with or without diacritics, French accents).
      --json: an array of {documentId, start, end, snippet}.
  parallax align --case FILE ID_A ID_B [--mode auto|translation|comparable] [--recompute] [--json]
      Sentence alignment of two documents (stored in the case; computed when missing).
      translation: the same text in two languages, links in text order; comparable: two
      accounts of one event, each sentence with its related passages. --mode forces one.
      --json: {mode, reason, links: [{a: {start, end, text} | null, b: …, score, origin}]}
      with offsets into each document's canonical text; origin is "auto" or "manual".
  parallax tag add NAME [--parent NAME] | list | rename OLD NEW | merge FROM INTO | delete NAME
             --case FILE [--json]
      The tag tree. A nested tag is named by its path ("Sahel › Mali" or "Sahel/Mali") where its
      name alone is ambiguous. merge files FROM's quotes under INTO and removes FROM; delete keeps
      every quote (a quote left with no tag stays, untagged).
  parallax quote add --case FILE --doc ID --start N --end N [--tag NAME]... [--note TEXT] [--json]
  parallax quote list --case FILE [--tag NAME] [--json]
      Quotes: exact words of a document by offsets into its canonical text (see show --json).
      Offsets must lie inside the text, not inside a surrogate pair, and cover more than white
      space; an unknown --tag name is created. --json: {id, documentId, start, end, text, prefix,
      suffix, note, tags: [names]} (an array for list).

Options:
  --case FILE   The case file (SQLite). Created if missing.
  --json        Stable machine-readable output on stdout.
  --help        This text.

Errors go to stderr with exit code 1 (2 for wrong usage).
`;
