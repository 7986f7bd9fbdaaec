// Class names Lexical puts on the nodes it renders; styled in editor.css.
import type { EditorThemeClasses } from 'lexical';

export const BRIEFING_EDITOR_NAMESPACE = 'parallax-briefing';

export const briefingTheme: EditorThemeClasses = {
  paragraph: 'briefing-text__paragraph',
  heading: {
    h1: 'briefing-text__h1',
    h2: 'briefing-text__h2',
    h3: 'briefing-text__h3',
  },
  quote: 'briefing-text__blockquote',
  list: {
    ul: 'briefing-text__ul',
    ol: 'briefing-text__ol',
    listitem: 'briefing-text__li',
    nested: { listitem: 'briefing-text__li--nested' },
  },
  link: 'briefing-text__link',
  text: {
    bold: 'briefing-text__bold',
    italic: 'briefing-text__italic',
  },
  parallaxQuote: 'briefing-text__quote-block',
  citation: 'briefing-text__citation',
};
