// The fonts every exported briefing embeds, so a PDF or HTML file looks the same on any machine
// and never asks a network for a font: Noto Serif for Latin script (French accents included) and
// Noto Naskh Arabic for Arabic, copied into resources/fonts (the packaged app has no node_modules;
// resources/fonts/README.md says where each file comes from and why). Each face is a base64 data
// URL limited by unicode-range, so the browser picks the Arabic face for Arabic letters and the
// Latin face for the rest, character by character.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LATIN_FAMILY = 'Noto Serif';
export const ARABIC_FAMILY = 'Noto Naskh Arabic';

/** Ranges as @fontsource declares them for its subsets (latin, latin-ext, arabic). */
const LATIN_RANGE =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const LATIN_EXT_RANGE =
  'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';
const ARABIC_RANGE =
  'U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC';

export interface FontFace {
  family: string;
  weight: 400 | 700;
  style: 'normal' | 'italic';
  unicodeRange: string;
  file: string;
  format: 'woff2' | 'truetype';
}

function serifFaces(subset: 'latin' | 'latin-ext', unicodeRange: string): FontFace[] {
  return ([400, 700] as const).flatMap((weight) =>
    (['normal', 'italic'] as const).map((style) => ({
      family: LATIN_FAMILY,
      weight,
      style,
      unicodeRange,
      file: `noto-serif-${subset}-${weight}-${style}.woff2`,
      format: 'woff2' as const,
    })),
  );
}

/**
 * Naskh has no italic: the browser slants the regular face where a quote is italic. It is the
 * static 2.004 build (one glyph per letter form), whose Arabic survives text extraction from PDF.
 */
export const EMBEDDED_FACES: readonly FontFace[] = [
  ...serifFaces('latin', LATIN_RANGE),
  ...serifFaces('latin-ext', LATIN_EXT_RANGE),
  ...([400, 700] as const).map((weight): FontFace => ({
    family: ARABIC_FAMILY,
    weight,
    style: 'normal',
    unicodeRange: ARABIC_RANGE,
    file: weight === 400 ? 'NotoNaskhArabic-Regular.ttf' : 'NotoNaskhArabic-Bold.ttf',
    format: 'truetype' as const,
  })),
];

const SHIPPED_FOLDER = join('resources', 'fonts');
/** Enough levels to reach the app root from src/main/core/export, out/main or out/main/chunks. */
const MAX_LEVELS_UP = 6;

/**
 * The shipped resources/fonts, found like the lexicon: by walking up from this module, which is
 * src/main/core/export/ when run from source (tsx, vitest) and out/main/ (or a chunk folder below
 * it) in the built app, whose root holds resources/.
 */
export function defaultFontFolder(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const probe = EMBEDDED_FACES[0]?.file ?? '';
  for (let dir = here, level = 0; level <= MAX_LEVELS_UP; level++, dir = dirname(dir)) {
    const folder = join(dir, SHIPPED_FOLDER);
    if (existsSync(join(folder, probe))) return folder;
  }
  throw new Error(
    `The bundled fonts (${SHIPPED_FOLDER}) were not found above ${here}: the installation is incomplete.`,
  );
}

/** @font-face rules with every face inlined as a data URL. */
export function fontFaceCss(folder: string = defaultFontFolder()): string {
  return EMBEDDED_FACES.map((face) => {
    const data = readFileSync(join(folder, face.file)).toString('base64');
    const mime = face.format === 'woff2' ? 'font/woff2' : 'font/ttf';
    return (
      `@font-face{font-family:'${face.family}';font-style:${face.style};font-weight:${face.weight};` +
      `font-display:block;src:url(data:${mime};base64,${data}) format('${face.format}');` +
      `unicode-range:${face.unicodeRange};}`
    );
  }).join('\n');
}

let cached: string | null = null;

/** The shipped fonts' CSS, read once per process (about 900 kB of base64). */
export function embeddedFontCss(): string {
  cached ??= fontFaceCss();
  return cached;
}
