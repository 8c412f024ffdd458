/**
 * Folds text for verbatim-quote comparison: the seeds are PDF extractions, so line breaks,
 * hyphenation at line ends, runs of spaces, markdown emphasis and typographic apostrophes
 * differ from how a curator copies a passage. Words and their order must still match.
 */
export function foldForQuote(text: string): string {
  return text
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/\*+/g, '')
    .replace(/<br\s*\/?>/g, ' ')
    .replace(/(\p{L})-[ \t]*\r?\n\s*(\p{L})/gu, '$1-$2')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}
