// Bundles the CLI into one file (dist/rightslint.mjs) so start-up does not load hundreds of
// modules: chevrotain 11 pulls lodash-es (~0.45 s to import); its single-file build is used instead.
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = new URL("..", import.meta.url);
await build({
  entryPoints: [fileURLToPath(new URL("src/cli/main.ts", root))],
  outfile: fileURLToPath(new URL("dist/rightslint.mjs", root)),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: "linked",
  legalComments: "none",
  alias: { chevrotain: fileURLToPath(new URL("node_modules/chevrotain/lib/chevrotain.mjs", root)) },
  banner: {
    js: "import { createRequire as __rlCreateRequire } from 'node:module'; const require = __rlCreateRequire(import.meta.url);",
  },
  logLevel: "warning",
});
