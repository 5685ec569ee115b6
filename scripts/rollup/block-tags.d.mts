/** The elements of Legwise's templates that lay out as blocks (block-tags.mjs). */
export declare const BLOCK_TAGS: ReadonlySet<string>;
