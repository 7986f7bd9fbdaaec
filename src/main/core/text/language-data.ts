// Data for language identification: function words per Latin-script language, and the
// ISO 639-3 → 639-1 codes for every language franc-min can return.

/** The commonest function words; a handful of hits decides a paragraph without franc. */
// prettier-ignore
export const FUNCTION_WORDS: Record<string, string[]> = {
  fr: ['le', 'la', 'les', 'des', 'du', 'et', 'est', 'une', 'dans', 'pour', 'qui', 'que', 'sur',
    'au', 'aux', 'par', 'pas', 'ne', 'ce', 'cette', 'ces', 'il', 'elle', 'ils', 'sont', 'leur',
    'leurs', 'avec', 'entre', 'été', 'mais', 'ou', 'où', 'nous', 'vous', 'son', 'sa', 'ses', 'plus',
    'l', 'd', 'qu', 'selon', 'depuis', 'aussi', 'ainsi', 'dont'],
  en: ['the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'on', 'with', 'as', 'by', 'at', 'from',
    'this', 'it', 'are', 'was', 'be', 'have', 'has', 'had', 'their', 'its', 'which', 'an', 'were',
    'will', 'not', 'but', 'they', 'been', 'he', 'she', 'his', 'her', 'who', 'would', 'more',
    'between', 'said', 'into', 'these', 'than', 'also'],
  es: ['el', 'los', 'las', 'del', 'y', 'que', 'en', 'por', 'con', 'para', 'una', 'es', 'se', 'su',
    'sus', 'al', 'lo', 'como', 'más', 'pero', 'este', 'esta', 'entre', 'fue', 'ha', 'han', 'sobre',
    'también', 'según', 'muy', 'sin', 'porque'],
  pt: ['o', 'os', 'as', 'do', 'da', 'dos', 'das', 'e', 'que', 'em', 'no', 'na', 'nos', 'nas', 'um',
    'uma', 'para', 'com', 'por', 'não', 'se', 'ao', 'foi', 'pelo', 'pela', 'mais', 'como', 'são',
    'também', 'entre', 'sobre'],
  it: ['il', 'lo', 'gli', 'la', 'le', 'di', 'del', 'della', 'dei', 'delle', 'e', 'che', 'in', 'un',
    'una', 'per', 'con', 'non', 'sono', 'è', 'al', 'alla', 'nel', 'nella', 'anche', 'come', 'più',
    'tra', 'ha', 'questo', 'questa', 'l'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'den', 'dem', 'des', 'ein', 'eine',
    'einen', 'auf', 'für', 'sich', 'von', 'zu', 'im', 'auch', 'es', 'wird', 'werden', 'hat',
    'sind', 'bei', 'nach', 'aus', 'wie', 'über', 'dass'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'op', 'te', 'met', 'voor', 'zijn', 'niet',
    'aan', 'er', 'ook', 'als', 'bij', 'door', 'naar', 'wordt', 'werd', 'heeft', 'om', 'deze', 'die',
    'maar', 'tussen'],
};

/** ISO 639-3 (what franc returns) → ISO 639-1; languages without a 639-1 code are absent. */
// prettier-ignore
export const ISO_639_1: Record<string, string> = {
  arb: 'ar', urd: 'ur', pes: 'fa', pbu: 'ps', zlm: 'ms', spa: 'es', eng: 'en', por: 'pt',
  ind: 'id', fra: 'fr', deu: 'de', jav: 'jv', vie: 'vi', ita: 'it', tur: 'tr', pol: 'pl',
  swh: 'sw', sun: 'su', ron: 'ro', hau: 'ha', fuv: 'ff', bos: 'bs', hrv: 'hr', nld: 'nl',
  srp: 'sr', ckb: 'ku', yor: 'yo', uzn: 'uz', ibo: 'ig', tgl: 'tl', hun: 'hu', azj: 'az',
  ces: 'cs', run: 'rn', plt: 'mg', qug: 'qu', nya: 'ny', zyb: 'za', kin: 'rw', zul: 'zu',
  swe: 'sv', lin: 'ln', som: 'so', rus: 'ru', ukr: 'uk', koi: 'kv', bel: 'be', bul: 'bg',
  kaz: 'kk', hin: 'hi', mar: 'mr', npi: 'ne', cmn: 'zh', ben: 'bn', jpn: 'ja', kor: 'ko',
  tel: 'te', tam: 'ta', guj: 'gu', kan: 'kn', mal: 'ml', mya: 'my', pan: 'pa', amh: 'am',
  tha: 'th', sin: 'si', ell: 'el',
};

/** Languages written in the Arabic script that franc-min knows. */
export const ARABIC_SCRIPT_LANGUAGES = ['arb', 'pes', 'urd', 'pbu', 'skr', 'zlm'];
