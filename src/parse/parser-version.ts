/** Bumped whenever extraction changes, so cached models are rebuilt. Kept apart
 * from the parser so that checking the cache does not load remark. */
export const PARSER_VERSION = 10;
