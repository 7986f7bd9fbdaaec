// Known news outlets and the spellings bylines use for them (Arabic and Latin), by display name.
import { foldForSearch } from './normalise';

const OUTLETS: { name: string; aliases: string[] }[] = [
  { name: 'Hespress', aliases: ['Hespress', 'هسبريس', 'هيسبريس'] },
  { name: 'Hespress FR', aliases: ['Hespress FR', 'Hespress Français', 'Hespress Francais'] },
  { name: 'Assahifa', aliases: ['Assahifa', 'الصحيفة'] },
  { name: 'APA', aliases: ['APA', 'Agence de presse africaine', 'African Press Agency'] },
  { name: 'Le360', aliases: ['Le360', 'Le 360', 'لو360'] },
  { name: 'Le Matin', aliases: ['Le Matin', 'لوماتان'] },
  {
    name: 'MAP',
    aliases: ['MAP', 'لاماب', 'و م ع', 'Maghreb Arabe Presse', 'وكالة المغرب العربي للأنباء'],
  },
  {
    name: 'AFP',
    aliases: ['AFP', 'Agence France-Presse', 'Agence France Presse', 'فرانس برس', 'أ ف ب'],
  },
  { name: 'Reuters', aliases: ['Reuters', 'رويترز'] },
  { name: 'AP', aliases: ['Associated Press', 'أسوشيتد برس'] },
  { name: 'Al Jazeera', aliases: ['Al Jazeera', 'Aljazeera', 'الجزيرة', 'الجزيرة نت'] },
  { name: 'Al Arabiya', aliases: ['Al Arabiya', 'العربية', 'العربية نت'] },
  { name: 'Hibapress', aliases: ['Hibapress', 'هبة بريس'] },
  { name: 'Alyaoum 24', aliases: ['Alyaoum24', 'Alyaoum 24', 'اليوم 24'] },
  { name: 'Akhbarona', aliases: ['Akhbarona', 'أخبارنا'] },
  { name: 'Barlamane', aliases: ['Barlamane', 'برلمان كوم'] },
  { name: 'Le Desk', aliases: ['Le Desk'] },
  { name: 'TelQuel', aliases: ['TelQuel', 'تيل كيل'] },
  { name: 'Médias24', aliases: ['Médias24', 'Medias24', 'Médias 24'] },
  { name: 'Yabiladi', aliases: ['Yabiladi', 'يابلادي'] },
  { name: 'Jeune Afrique', aliases: ['Jeune Afrique'] },
  { name: 'RFI', aliases: ['RFI', 'Radio France Internationale', 'مونت كارلو الدولية'] },
  { name: 'France 24', aliases: ['France 24', 'France24', 'فرانس 24'] },
  { name: 'BBC', aliases: ['BBC', 'BBC News', 'بي بي سي'] },
  { name: 'Sky News Arabia', aliases: ['Sky News Arabia', 'سكاي نيوز عربية'] },
  { name: 'Anadolu', aliases: ['Anadolu', 'Anadolu Agency', 'الأناضول'] },
  { name: 'Xinhua', aliases: ['Xinhua', 'شينخوا'] },
];

const foldWords = (text: string): string[] => foldForSearch(text).match(/[\p{L}\p{N}]+/gu) ?? [];

const BY_FOLDED_ALIAS = new Map<string, string>();
let longestAlias = 1;
for (const outlet of OUTLETS) {
  for (const alias of outlet.aliases) {
    const words = foldWords(alias);
    longestAlias = Math.max(longestAlias, words.length);
    BY_FOLDED_ALIAS.set(words.join(' '), outlet.name);
  }
}

/** The display name of an outlet spelled `text` exactly (any known spelling), or null. */
export function canonicalOutlet(text: string): string | null {
  return BY_FOLDED_ALIAS.get(foldWords(text).join(' ')) ?? null;
}

/** The first known outlet named anywhere in `text` (longest spelling wins), or null. */
export function findOutlet(text: string): string | null {
  const words = foldWords(text);
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(longestAlias, words.length - i); n >= 1; n--) {
      const name = BY_FOLDED_ALIAS.get(words.slice(i, i + n).join(' '));
      if (name) return name;
    }
  }
  return null;
}

/** Where a known outlet name that ends at text[end) starts, looking back at most a few words. */
export function outletStartBefore(text: string, end: number, floor: number): number | null {
  const window = text.slice(Math.max(floor, end - 60), end);
  const offset = end - window.length;
  const words = [...window.matchAll(/[\p{L}\p{N}]+/gu)];
  for (let n = Math.min(longestAlias, words.length); n >= 1; n--) {
    const tail = words.slice(words.length - n);
    const first = tail[0];
    const last = tail[tail.length - 1];
    if (!first || !last || last.index + last[0].length !== window.trimEnd().length) continue;
    const spelled = tail.map((w) => foldForSearch(w[0])).join(' ');
    if (BY_FOLDED_ALIAS.has(spelled)) return offset + first.index;
  }
  return null;
}
