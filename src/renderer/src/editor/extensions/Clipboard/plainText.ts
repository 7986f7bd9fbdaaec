// Text from outside arrives as plain text only, one paragraph per line. Control characters other
// than tab are dropped (a NUL or a form feed in a pasted article is never meant); bidi controls are
// kept, because they are part of what the source said and the views show them.
function isUnwantedControl(char: string): boolean {
  const code = char.charCodeAt(0);
  return (code < 0x20 && char !== '\t' && char !== '\n') || code === 0x7f;
}

export function plainTextToParagraphs(text: string): string[] {
  const normalised = text.replace(/\r\n?/g, '\n');
  let kept = '';
  for (const char of normalised) {
    if (!isUnwantedControl(char)) kept += char;
  }
  return kept.split('\n');
}
