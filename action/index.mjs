// The GitHub Action's entry (action.yml `runs.main`): runs rightslint's action code, the bundle
// dist/cli/action.js (src/cli/action.ts), in this process. It needs nothing but Node: the bundle
// holds every dependency, and rules/ and schema/ come with the action's checkout.
//
// dist/ is built, not kept in git (.gitignore): the commits that release tags of the action point
// to add it (docs/ci.md, "Releasing the action"). When a workflow uses a ref without it (a branch
// such as `@main`), this entry builds it first with `npm ci` (whose `prepare` script runs the
// build), in the action's own folder; that takes a minute and needs the npm registry.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const bundle = new URL("../dist/cli/action.js", import.meta.url);

/** Builds dist/ with npm in the action's folder; false when that fails. */
function build() {
  process.stdout.write("::group::rightslint: this ref of the action has no dist/; building it (npm ci)\n");
  const npm = (args) =>
    spawnSync("npm", args, {
      cwd: root,
      stdio: ["ignore", "inherit", "inherit"],
      shell: process.platform === "win32",
    }).status === 0;
  const ok = npm(["ci", "--no-audit", "--no-fund"]) && (existsSync(bundle) || npm(["run", "build"]));
  process.stdout.write("::endgroup::\n");
  return ok && existsSync(bundle);
}

if (existsSync(bundle) || build()) {
  // the CLI's V8 settings (src/cli/runtime.ts), before the action's code loads
  const runtime = new URL("../dist/cli/runtime.js", import.meta.url);
  if (existsSync(runtime)) (await import(runtime.href)).tuneV8();
  const { runAction } = await import(bundle.href);
  process.exitCode = await runAction(process.env);
} else {
  process.stdout.write(
    "::error title=rightslint::could not build rightslint for the action (npm ci failed, see the log above); use a release tag of the action, which includes dist/\n",
  );
  process.exitCode = 2;
}
