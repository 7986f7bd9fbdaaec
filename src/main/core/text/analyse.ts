// The text pipeline the importer runs on every canonical text: segments, boilerplate,
// languages, metadata and a fingerprint of the article body.
import type { LanguageCode, Segment } from '../../../shared/domain';
import { analyseBoilerplate, type AnalysedParagraph } from './boilerplate';
import { Fnv1a64 } from './fingerprint';
import { identifyLanguageWithScript, type LanguageIdentification } from './language';
import { detectMetadata } from './metadata';
import { indexTerms } from '../search/terms';
import { countScripts, dominantScript, type ScriptName } from './scripts';
import { segmentText } from './segment';

/** A segment as stored (without its id yet), plus what the search index holds for it. */
export interface AnalysedSegment extends Omit<Segment, 'id'> {
  /** The sentence's search terms (see search/terms.ts); null for paragraphs. */
  searchTerms: string | null;
}

export interface TextAnalysis {
  /** Language of the article body (boilerplate left out), and how sure that is. */
  language: LanguageCode;
  languageConfidence: number;
  title: string;
  outlet: string | null;
  publishedAt: string | null;
  /** Paragraphs and sentences in text order, each paragraph before its sentences. */
  segments: AnalysedSegment[];
  /** Hash of the folded body words: equal for the same article under different page chrome. */
  bodyFingerprint: string;
}

/** A sentence in another script than its paragraph gets its own identification past this size. */
const MIN_LETTERS_FOR_OWN_LANGUAGE = 10;

type SentenceLanguages = LanguageIdentification[][];

function sentenceLanguages(
  text: string,
  paragraphs: AnalysedParagraph[],
  byParagraph: LanguageIdentification[],
): SentenceLanguages {
  return paragraphs.map((paragraph, p) => {
    const inherited = byParagraph[p] as LanguageIdentification;
    return paragraph.sentences.map((sentence) => {
      const counts = countScripts(text, sentence.start, sentence.end);
      const script = dominantScript(counts);
      if (!script || script === inherited.script || counts.letters < MIN_LETTERS_FOR_OWN_LANGUAGE) {
        return inherited;
      }
      return identifyLanguageWithScript(text, sentence.start, sentence.end);
    });
  });
}

interface LanguageWeight {
  chars: number;
  /** Sum of confidence × characters. */
  confidence: number;
  script: ScriptName | null;
}

/** Majority language of the body by characters, its certainty, and the script it is in. */
function bodyLanguage(
  paragraphs: AnalysedParagraph[],
  languages: SentenceLanguages,
): LanguageIdentification {
  const anyProse = paragraphs.some((p) => !p.boilerplate);
  const weights = new Map<string, LanguageWeight>();
  let total = 0;
  paragraphs.forEach((paragraph, p) => {
    paragraph.sentences.forEach((sentence, s) => {
      if (anyProse && sentence.boilerplate !== null) return;
      const guess = languages[p]?.[s];
      if (!guess) return;
      const chars = sentence.end - sentence.start;
      const entry = weights.get(guess.language) ?? {
        chars: 0,
        confidence: 0,
        script: guess.script,
      };
      entry.chars += chars;
      entry.confidence += guess.confidence * chars;
      weights.set(guess.language, entry);
      total += chars;
    });
  });
  const ranked = [...weights].sort((a, b) => b[1].chars - a[1].chars);
  const [language, best] = ranked.find(([code]) => code !== 'und') ?? ranked[0] ?? [];
  if (!language || !best || total === 0) return { language: 'und', confidence: 0, script: null };
  return {
    language,
    confidence: (best.chars / total) * (best.confidence / best.chars),
    script: best.script,
  };
}

/** The body's search terms, hashed: the same article under other page chrome hashes the same. */
function fingerprintBody(segments: readonly AnalysedSegment[]): string {
  const hash = new Fnv1a64();
  for (const segment of segments) {
    if (segment.searchTerms !== null && !segment.boilerplate) hash.addWords(segment.searchTerms);
  }
  return hash.digest();
}

/** Everything the importer stores about a canonical text besides the text itself. */
export function analyseText(text: string, fileName: string): TextAnalysis {
  const paragraphs = analyseBoilerplate(text, segmentText(text));
  const byParagraph = paragraphs.map((p) => identifyLanguageWithScript(text, p.start, p.end));
  const bySentence = sentenceLanguages(text, paragraphs, byParagraph);
  const body = bodyLanguage(paragraphs, bySentence);

  // A heading too short to identify takes the body's language when it is in the same script.
  const settle = (guess: LanguageIdentification): LanguageIdentification =>
    guess.language === 'und' && guess.script !== null && guess.script === body.script
      ? { ...body, confidence: body.confidence / 2 }
      : guess;

  const segments: AnalysedSegment[] = [];
  paragraphs.forEach((paragraph, paragraphIndex) => {
    const own = settle(byParagraph[paragraphIndex] as LanguageIdentification);
    segments.push({
      kind: 'paragraph',
      start: paragraph.start,
      end: paragraph.end,
      paragraphIndex,
      language: own.language,
      languageConfidence: own.confidence,
      boilerplate: paragraph.boilerplate,
      searchTerms: null,
    });
    paragraph.sentences.forEach((sentence, s) => {
      const guess = bySentence[paragraphIndex]?.[s];
      // A sentence identified on its own (another script) keeps its result; others inherit.
      const language = guess && guess !== byParagraph[paragraphIndex] ? settle(guess) : own;
      segments.push({
        kind: 'sentence',
        start: sentence.start,
        end: sentence.end,
        paragraphIndex,
        language: language.language,
        languageConfidence: language.confidence,
        boilerplate: sentence.boilerplate !== null,
        searchTerms: indexTerms(text.slice(sentence.start, sentence.end)),
      });
    });
  });

  return {
    language: body.language,
    languageConfidence: body.confidence,
    ...detectMetadata(text, paragraphs, fileName),
    segments,
    bodyFingerprint: fingerprintBody(segments),
  };
}
