// Copies the built rightslint (the repository two folders up: run `npm run build` there first)
// into server/, the copy the extension runs when the workspace has none of its own, and the
// config JSON Schema into schema/ for `jsonValidation`. The CLI bundle (dist/cli) needs no
// node_modules; the rules' docs, profiles and lexicons are read from the package at run time.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const root = here("../../../");
const server = here("../server/");
const schema = here("../schema/");

if (!existsSync(`${root}dist/cli/main.js`)) {
  console.error(`copy-server: ${root}dist/cli/main.js is missing; run \`npm run build\` in ${root} first`);
  process.exit(1);
}
rmSync(server, { recursive: true, force: true });
rmSync(schema, { recursive: true, force: true });
mkdirSync(server, { recursive: true });
const noMaps = (src) => statSync(src).isDirectory() || !src.endsWith(".map");
cpSync(`${root}bin`, `${server}bin`, { recursive: true });
cpSync(`${root}dist/cli`, `${server}dist/cli`, { recursive: true, filter: noMaps });
// rules: docs, profiles, lexicons (data); the TypeScript sources are bundled already
cpSync(`${root}rules`, `${server}rules`, {
  recursive: true,
  filter: (src) => statSync(src).isDirectory() || /\.(md|json)$/.test(src),
});
cpSync(`${root}schema`, `${server}schema`, { recursive: true });
const pkg = JSON.parse(readFileSync(`${root}package.json`, "utf8"));
// the package root is found by this manifest's name (src/formatters/docs.ts); no dependencies needed
writeFileSync(
  `${server}package.json`,
  `${JSON.stringify({ name: pkg.name, version: pkg.version, type: pkg.type, license: pkg.license, bin: pkg.bin }, null, 2)}\n`,
);
mkdirSync(schema, { recursive: true });
cpSync(`${root}schema/rightslint.config.schema.json`, `${schema}rightslint.config.schema.json`);
console.log(`copy-server: rightslint ${pkg.version} copied to ${server}`);
