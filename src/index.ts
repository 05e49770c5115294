/** The public Node API of rightslint. */
export { detectLanguage } from "./language/detect.js";
export type * from "./syntax/ast.js";
export { type ParseOptions, parseBill } from "./syntax/index.js";
export { LineIndex, sourceOffset, textRange } from "./syntax/positions.js";
export { outline, walk } from "./syntax/walk.js";
