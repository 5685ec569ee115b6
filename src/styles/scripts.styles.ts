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
 * Right-to-left scripts (Arabic, Hebrew) need nothing here: every rule uses
 * logical properties, and the content's `dir` mirrors them.
 */
export const scriptStyles = css`
  :lang(zh),
  :lang(ja) {
    line-break: strict;
    word-break: normal;
    overflow-wrap: anywhere;
    line-height: 1.7;
  }
  :lang(ja) {
    word-break: auto-phrase;
  }
  :lang(zh) :is(em, i, cite, dfn),
  :lang(ja) :is(em, i, cite, dfn) {
    font-style: normal;
    font-weight: 700;
  }
  :lang(hi) {
    line-height: 1.75;
  }
  :lang(zh) :is(h2, h3, h4, h5, h6),
  :lang(ja) :is(h2, h3, h4, h5, h6),
  :lang(hi) :is(h2, h3, h4, h5, h6) {
    line-height: 1.5;
  }
`;
