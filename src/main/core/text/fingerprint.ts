// A stable 64-bit hash (FNV-1a) of text, as 16 hex digits. Not cryptographic: it tells
// "same body text" apart, nothing more.
import { isWordCode } from './scripts';

const FNV_OFFSET_LOW = 0x84222325; // 0xcbf29ce484222325, low and high 32 bits
const FNV_OFFSET_HIGH = 0xcbf29ce4;

/** Incremental FNV-1a over UTF-16 code units; 64-bit arithmetic in two 32-bit halves. */
export class Fnv1a64 {
  private low = FNV_OFFSET_LOW;
  private high = FNV_OFFSET_HIGH;
  private wroteWord = false;
  private spacePending = false;

  addCode(code: number): void {
    const low = (this.low ^ code) >>> 0;
    // Multiply by the FNV prime 0x100000001b3 = 2^40 + 0x1b3, modulo 2^64.
    const lowTimesPrime = low * 0x1b3;
    const carry = Math.floor(lowTimesPrime / 0x100000000);
    this.high = (Math.imul(this.high, 0x1b3) + Math.imul(low, 0x100) + carry) >>> 0;
    this.low = lowTimesPrime >>> 0;
  }

  add(text: string): void {
    for (let i = 0; i < text.length; i++) this.addCode(text.charCodeAt(i));
  }

  /**
   * Hash only the words of `text` (letters and digits) with one space between words, so
   * spacing and punctuation do not change the result. Consecutive calls never join two words.
   */
  addWords(text: string): void {
    this.spacePending = this.wroteWord;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (!isWordCode(code)) {
        this.spacePending = this.wroteWord;
        continue;
      }
      if (this.spacePending) this.addCode(0x20);
      this.spacePending = false;
      this.wroteWord = true;
      this.addCode(code);
    }
  }

  digest(): string {
    return this.high.toString(16).padStart(8, '0') + this.low.toString(16).padStart(8, '0');
  }
}

export function fnv1a64(text: string): string {
  const hash = new Fnv1a64();
  hash.add(text);
  return hash.digest();
}
