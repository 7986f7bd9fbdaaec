// Language identification: script first (cheap), function words for Latin-script prose
// (cheap), franc-min only when those cannot decide (it costs ~0.5 ms per 400 characters).
import { francAll } from 'franc-min';
import type { LanguageCode } from '../../../shared/domain';
import { ARABIC_SCRIPT_LANGUAGES, FUNCTION_WORDS, ISO_639_1 } from './language-data';
import { countScripts, dominantScript, isLatinLetter, type ScriptName } from './scripts';

export interface LanguageGuess {
  language: LanguageCode;
  /** 0 (a guess) … 1 (certain). */
  confidence: number;
}

export interface LanguageIdentification extends LanguageGuess {
  /** The script most letters are written in; null when the text has no letters. */
  script: ScriptName | null;
}

/** Longest stretch looked at: language does not change within a paragraph's first lines. */
const SAMPLE_CHARS = 1500;
const FRANC_SAMPLE_CHARS = 600;
const UNDETERMINED: LanguageGuess = { language: 'und', confidence: 0 };

const WORD_LANGUAGES = new Map<string, string[]>();
for (const [language, words] of Object.entries(FUNCTION_WORDS)) {
  for (const word of words)
    WORD_LANGUAGES.set(word, [...(WORD_LANGUAGES.get(word) ?? []), language]);
}

/** Letters only Persian (پ چ ژ گ ک ی), Urdu (ٹ ڈ ڑ ں ے ہ ھ) or Pashto (ټ ډ ړ ږ ښ ګ ڼ ې ۍ) use. */
const PERSIAN_LETTERS = /[\u067e\u0686\u0698\u06af\u06a9\u06cc]/g;
const URDU_LETTERS = /[\u0679\u0688\u0691\u06ba\u06d2\u06c1\u06be]/g;
const PASHTO_LETTERS = /[\u067c\u0689\u0693\u0696\u069a\u06ab\u06bc\u06d0\u06cd]/g;

const clamp01 = (x: number): number => Math.max(0, Math.min(1, x));

/** More letters, more certainty: a few words ~0.6, a line or more ~0.99. */
const lengthConfidence = (letters: number): number => clamp01(0.5 + (0.49 * letters) / 60);

function fromFranc(sample: string, letters: number, only?: string[]): LanguageGuess {
  const ranked = francAll(
    sample.slice(0, FRANC_SAMPLE_CHARS),
    only ? { only, minLength: 1 } : { minLength: 1 },
  );
  const [top, second] = ranked;
  if (!top || top[0] === 'und') return UNDETERMINED;
  const language = ISO_639_1[top[0]] ?? 'und';
  // franc's scores are relative (the top is always 1); the gap to the runner-up is the signal.
  const gap = 1 - (second?.[1] ?? 0);
  return { language, confidence: clamp01(0.3 + gap * 15) * lengthConfidence(letters) };
}

function identifyArabicScript(
  sample: string,
  arabicLetters: number,
  letters: number,
): LanguageGuess {
  const persian = sample.match(PERSIAN_LETTERS)?.length ?? 0;
  const urdu = sample.match(URDU_LETTERS)?.length ?? 0;
  const pashto = sample.match(PASHTO_LETTERS)?.length ?? 0;
  const share = arabicLetters / letters;
  // Arabic never uses these letters; without them the text is Arabic, however short.
  if (persian + urdu + pashto < Math.max(1, arabicLetters * 0.005)) {
    return { language: 'ar', confidence: clamp01(lengthConfidence(arabicLetters) * share) };
  }
  const franc = fromFranc(sample, letters, ARABIC_SCRIPT_LANGUAGES);
  if (franc.language !== 'und' && franc.confidence >= 0.5) return franc;
  // Too short for franc: the letters themselves say which language, with little certainty.
  const byLetters: [LanguageCode, number][] = [
    ['fa', persian],
    ['ur', urdu],
    ['ps', pashto],
  ];
  byLetters.sort((a, b) => b[1] - a[1]);
  const language = byLetters[0]?.[0] ?? 'fa';
  return { language, confidence: clamp01(0.4 * lengthConfidence(arabicLetters) * share) };
}

function identifyLatinScript(sample: string, letters: number): LanguageGuess {
  const lower = sample.toLowerCase();
  const hits = new Map<string, number>();
  let words = 0;
  for (let i = 0; i < lower.length; i++) {
    if (!isLatinLetter(lower.charCodeAt(i))) continue;
    const start = i;
    while (i < lower.length && isLatinLetter(lower.charCodeAt(i))) i++;
    words++;
    for (const language of WORD_LANGUAGES.get(lower.slice(start, i)) ?? []) {
      hits.set(language, (hits.get(language) ?? 0) + 1);
    }
  }
  const [best, second] = [...hits].sort((a, b) => b[1] - a[1]);
  if (best && best[1] >= 2 && best[1] >= 1.5 * (second?.[1] ?? 0)) {
    const margin = 1 - (second?.[1] ?? 0) / best[1];
    return {
      language: best[0],
      confidence: clamp01((0.55 + 0.45 * margin) * Math.min(1, words / 12)),
    };
  }
  // franc guesses wildly on a few words (a wire code, a button label); better to say so.
  if (words < 4 || letters < 30) return UNDETERMINED;
  return fromFranc(sample, letters);
}

/** Language and script of text[start, end). */
export function identifyLanguageWithScript(
  text: string,
  start = 0,
  end = text.length,
): LanguageIdentification {
  const sampleEnd = Math.min(end, start + SAMPLE_CHARS);
  const counts = countScripts(text, start, sampleEnd);
  const script = dominantScript(counts);
  if (!script) return { ...UNDETERMINED, script };
  const sample = text.slice(start, sampleEnd);
  if (script === 'arabic') {
    return { ...identifyArabicScript(sample, counts.arabic, counts.letters), script };
  }
  if (script === 'latin') return { ...identifyLatinScript(sample, counts.letters), script };
  return { ...fromFranc(sample, counts.letters), script };
}

/** ISO 639-1 language of a text ('und' when undecidable) and how sure that is. */
export function identifyLanguage(text: string): LanguageGuess {
  const { language, confidence } = identifyLanguageWithScript(text);
  return { language, confidence };
}
