import { css } from 'lit';

/**
 * Typography for the writing systems Legwise ships, matched by the content's
 * `lang` (each widget's content carries its language's tag):
 * - Chinese and Japanese break lines between characters, as their readers
 *   expect, but never before small kana or closing punctuation
 *   (`line-break: strict`); Japanese breaks at phrase edges where the engine
 *   can (`word-break: auto-phrase`, Chromium). Emphasis is never italic (CJK
 *   fonts have no italics; a slanted glyph is hard to read), and lines are a
 *   little taller.
 * - Hindi (Devanagari) gets taller lines, so that vowel signs above and below
 *   the letters are never clipped or touch the next line.
 * - German hyphenates its long words (of 10 letters or more) where the
 *   browser has a German dictionary (Firefox, Safari, Chrome on Android and
 *   macOS): at large text on a phone, its compound words otherwise broke at any
 *   letter with no hyphen (a patient trial). Other languages do not hyphenate,
 *   as NHS.UK body text does not.
 * Right-to-left scripts (Arabic, Hebrew) need nothing here: every rule uses
 * logical properties, and the content's `dir` mirrors them.
 *
 * Each rule is on `.content` (whose children inherit it) or ends in its tags,
 * never a bare `:lang()`: a bare one is tried on every element of every
 * widget, and finding an element's language walks up its ancestors. Bare
 * `:lang()` rules made style recalculation about 15% slower on a page of 800
 * widgets (BENCHMARKS.md).
 */
export const scriptStyles = css`
  .content:is(:lang(zh), :lang(ja)) {
    line-break: strict;
    word-break: normal;
    overflow-wrap: anywhere;
    line-height: 1.7;
  }
  .content:lang(ja) {
    word-break: auto-phrase;
  }
  .content:is(:lang(zh), :lang(ja)) :is(em, i, cite, dfn) {
    font-style: normal;
    font-weight: 700;
  }
  .content:lang(de) {
    -webkit-hyphens: auto;
    hyphens: auto;
    hyphenate-limit-chars: 10 4 4;
  }
  .content:lang(hi) {
    line-height: 1.75;
  }
  .content:is(:lang(zh), :lang(ja), :lang(hi)) :is(h2, h3, h4, h5, h6) {
    line-height: 1.5;
  }
`;
