/**
 * The parser alone, for tools that only need the AST (`rightslint/parser`): the same `parseBill`
 * as the package root, without the lint engine, rules, config, formats and their dependencies.
 * Importing the root loads all of them (ajv, mammoth, fast-glob, saxes, 40 rules), about 20 MB of
 * memory and a few hundred milliseconds before the first parse; this entry loads the lexer, parser
 * and AST builder only.
 */
export { detectLanguage } from "./language/detect.js";
export type * from "./syntax/ast.js";
export { type ParseOptions, parseBill } from "./syntax/index.js";
export { LineIndex, sourceOffset, textRange } from "./syntax/positions.js";
export { outline, walk } from "./syntax/walk.js";
