// Bundles the CLI (dist/cli/, split so start-up loads only what a command needs) and the Node API
// (dist/index.mjs; dist/parser.mjs, the parser alone) so loading them does not import hundreds of modules: chevrotain 11 pulls
// lodash-es (~0.45 s and ~30 MB to import); its single-file build is used instead. Types come
// from tsc (dist/src/**/*.d.ts).
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = new URL("..", import.meta.url);
const path = (p) => fileURLToPath(new URL(p, root));
const common = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: "linked",
  legalComments: "none",
  alias: { chevrotain: path("node_modules/chevrotain/lib/chevrotain.mjs") },
  logLevel: "warning",
  // commander and ajv are CommonJS: give the ESM bundle a `require` for their node: built-ins
  banner: {
    js: "import { createRequire as __rlRequire } from 'node:module'; const require = __rlRequire(import.meta.url);",
  },
};
rmSync(path("dist/cli"), { recursive: true, force: true });
await Promise.all([
  build({
    ...common,
    // action.js: the GitHub Action's code (action/index.mjs loads it), sharing chunks with main.js
    entryPoints: {
      main: path("src/cli/main.ts"),
      worker: path("src/cli/worker.ts"),
      action: path("src/cli/action.ts"),
      // V8 settings the bin applies before it loads main.js (src/cli/runtime.ts)
      runtime: path("src/cli/runtime.ts"),
    },
    outdir: path("dist/cli"),
    splitting: true,
    chunkNames: "chunk-[hash]",
  }),
  build({ ...common, entryPoints: [path("src/index.ts")], outfile: path("dist/index.mjs") }),
  // the parser alone (`rightslint/parser`): a parse need not load the engine and its dependencies
  build({ ...common, entryPoints: [path("src/parser.ts")], outfile: path("dist/parser.mjs") }),
]);
