#!/usr/bin/env node
// V8 settings for this process first (src/cli/runtime.ts), then the CLI.
import { isServerCommand, tuneV8 } from "../dist/cli/runtime.js";

tuneV8({ server: isServerCommand(process.argv) });
const { main } = await import("../dist/cli/main.js");
process.exitCode = await main(process.argv);
