#!/usr/bin/env node
import { main } from "../dist/rightslint.mjs";

process.exitCode = await main(process.argv);
