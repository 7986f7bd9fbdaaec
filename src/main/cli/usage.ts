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
  parallax briefing list | show ID | draft --from-tag NAME... --title TEXT  --case FILE [--json]
      Briefings. list: newest changed first (--json: an array of {id, uid, title, author,
      handling, language, createdAt, updatedAt, citationCount}). show: the text as an outline
      with citation marks [n] and the numbered source list (--json: the summary fields plus
      sources: [{number, documentId, exists, title, outlet, publishedAt, language, fileName,
      fingerprint}] and content, the editor state). draft: a new briefing with one section per
      tag (tags named as in quote list --tag), its quotes grouped by source (--json: {id}).
  parallax export --case FILE BRIEFING_ID (--pdf OUT.pdf | --html OUT.html | --md OUT.md) [--json]
      The briefing as a PDF (printed by a local Chromium: PARALLAX_CHROMIUM, or the usual install
      paths), a self-contained HTML page, or Markdown with citations as footnotes. The file is
      written whole or not at all. --json: {path, bytes, mimeType, fileName}.
  parallax backup list | create | check | restore (NAME | --newest)  --case FILE [--json]
      Snapshots of the case (VACUUM INTO, checked), kept beside it in FILE.backups/: one before
      each import batch and one a day, 7 daily and 4 weekly kept. create takes one now; check
      runs integrity_check on the case and names the newest good backup if it is damaged (exit
      1); restore puts a backup in the case's place (close the app first) and keeps the file it
      replaces as FILE.replaced-<time>. list, check and restore do not open the case.
      --json: list gives [{fileName, path, createdAt, reason, bytes}].

Options:
  --case FILE   The case file (SQLite). Created if missing.
  --json        Stable machine-readable output on stdout.
  --help        This text.

Errors go to stderr with exit code 1 (2 for wrong usage).
`;
