// Bundles the CLI (dist/rightslint.mjs) and the Node API (dist/index.mjs) into single files, so
// loading them does not import hundreds of modules: chevrotain 11 pulls lodash-es (~0.45 s and
// ~30 MB to import); its single-file build is used instead. Types come from tsc (dist/src/*.d.ts).
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
  // commander is CommonJS: give the ESM bundle a `require` for its node: built-ins
  banner: {
    js: "import { createRequire as __rlRequire } from 'node:module'; const require = __rlRequire(import.meta.url);",
  },
};
await Promise.all([
  build({ ...common, entryPoints: [path("src/cli/main.ts")], outfile: path("dist/rightslint.mjs") }),
  build({ ...common, entryPoints: [path("src/index.ts")], outfile: path("dist/index.mjs") }),
]);
