// Tag colours: light enough for dark text on top (chips, highlights), distinct from one another
// on screen and in print. New tags take them in turn; pickers offer them by name.
export const TAG_PALETTE: readonly { name: string; color: string }[] = [
  { name: 'Amber', color: '#f6c343' },
  { name: 'Sky', color: '#7cc4f8' },
  { name: 'Mint', color: '#9be59b' },
  { name: 'Pink', color: '#f59ab5' },
  { name: 'Lavender', color: '#c7a4f5' },
  { name: 'Apricot', color: '#f7a66b' },
  { name: 'Teal', color: '#6fd6c9' },
  { name: 'Olive', color: '#d6d66f' },
  { name: 'Slate', color: '#b0b8c4' },
  { name: 'Rose', color: '#e58f8f' },
];

export const COLOR_PATTERN = /^#[0-9a-f]{6}$/i;
