// File names as a hostile renderer or a hostile folder could present them: path separators and
// traversal, dot names, Arabic and emoji, names of exactly 255 UTF-8 bytes (the ext4/NTFS limit)
// and beyond, bidi controls that disguise an extension, control characters, Windows device names.
import type { Random } from './random';

export const NAME_KINDS = [
  'separators',
  'dots',
  'arabic',
  'emoji',
  'long',
  'bidi',
  'controls',
  'reserved',
  'blank',
] as const;
export type NameKind = (typeof NAME_KINDS)[number];

const NAMES: Record<Exclude<NameKind, 'long'>, readonly string[]> = {
  separators: [
    '../../etc/passwd',
    '..\\..\\Windows\\win.ini',
    'a/b/c.txt',
    '/etc/shadow',
    'C:\\Users\\analyst\\notes.txt',
    'folder/../../up.txt',
    '\\\\server\\share\\report.txt',
    'dir/',
    './here.md',
    'a\\b.txt',
    '~/.bashrc',
  ],
  dots: ['.', '..', '...', '.hidden', 'a.', '.txt', 'a..txt', 'note.txt.', 'REPORT.TXT', 'x. txt'],
  arabic: ['تقرير عن مالي.txt', 'مقال-٢٠٢٤.txt', 'الأخبار.md', 'خَبَرٌ عاجِل.txt', 'باماكو', 'ملف.نص'],
  emoji: ['📰 news.txt', '👩🏽‍💻.txt', '🇲🇱🇲🇦.txt', '🔥🔥🔥.md', '😀', 'a\u{1F4A9}b.text'],
  bidi: [
    'invoice\u202Etxt.exe',
    'photo\u202Egnp.txt',
    '\u2067مقال\u2069.txt',
    'a\u200Bb.txt',
    'report\u202E\u2066.txt',
    'note.txt\u200F',
    '\u202Dforced-ltr\u202C.md',
    'قائمة\u061C.txt',
  ],
  controls: [
    'tab\there.txt',
    'new\nline.txt',
    'bell\u0007.txt',
    'nul\u0000byte.txt',
    'del\u007F.txt',
    'cr\r.txt',
    'esc\u001B[31mred.txt',
  ],
  reserved: ['CON', 'NUL.txt', 'aux.md', 'COM1.txt', 'lpt1', 'PRN.text'],
  blank: ['', ' ', '   .txt', '\u00A0.txt', '\u3000'],
};

const utf8Bytes = (text: string): number => new TextEncoder().encode(text).byteLength;

/** A name of exactly `bytes` UTF-8 bytes ending in `.txt`, mixing scripts without splitting one. */
function nameOfBytes(random: Random, bytes: number): string {
  const pieces = ['a', 'é', 'ع', 'ب', 'ة', '中', '📰', '🇲', ' ', '-'];
  let name = '';
  let used = 0;
  const budget = bytes - '.txt'.length;
  while (used < budget - 4) {
    const piece = random.pick(pieces);
    name += piece;
    used += utf8Bytes(piece);
  }
  name += 'x'.repeat(budget - used);
  return `${name}.txt`;
}

export function hostileName(random: Random, kind: NameKind): string {
  if (kind === 'long') {
    // Mostly the largest legal name; sometimes one byte over it, or absurdly long (uploads only).
    const bytes = random.pick([255, 255, 255, 256, 4096]);
    return nameOfBytes(random, bytes);
  }
  return random.pick(NAMES[kind]);
}

/** Whether the name can be a file in one folder on this (POSIX) disk. */
export function isValidOnDisk(name: string): boolean {
  return (
    name !== '' &&
    name !== '.' &&
    name !== '..' &&
    !name.includes('/') &&
    !name.includes('\u0000') &&
    utf8Bytes(name) <= 255
  );
}
