/**
 * The language server on an Akoma Ntoso bill: it imports the markup (as the CLI does) instead of
 * parsing XML as prose, and its diagnostics are the CLI's findings, at the same places in the file.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot, TestClient, tempFolder, writeFile } from "./client.js";

const BIN = join(repoRoot, "bin/rightslint.js");

describe("rightslint lsp on an Akoma Ntoso bill", () => {
  const folder = tempFolder("rightslint-lsp-akn-");
  afterAll(() => folder.dispose());

  it("reports the CLI's findings at the CLI's lines and columns of the XML", async () => {
    const akn = spawnSync(
      process.execPath,
      [BIN, "parse", join(repoRoot, "fixtures/bills/en/statute.txt"), "--format", "akn"],
      {
        encoding: "utf8",
      },
    ).stdout;
    expect(akn).toMatch(/^<\?xml/);
    const file = join(folder.dir, "statute.akn.xml");
    const uri = writeFile(file, akn);
    const cli = JSON.parse(
      spawnSync(process.execPath, [BIN, file, "-f", "json", "--no-config-lookup"], { encoding: "utf8" }).stdout,
    ) as { messages: { ruleId: string; line: number; column: number }[] }[];
    const expected = (cli[0]?.messages ?? []).map((m) => `${m.line - 1}:${m.column - 1} ${m.ruleId}`);
    expect(expected.length).toBeGreaterThan(0);
    const client = new TestClient({ workspaceFolder: folder.dir, initializationOptions: { debounce: 20 } });
    try {
      await client.initialize();
      const { diagnostics } = await client.open(uri, akn, "xml");
      const got = diagnostics.map(
        (d) => `${d.range.start.line}:${d.range.start.character} ${String(d.code).split(":")[0]}`,
      );
      expect(got.sort()).toEqual(expected.sort());
    } finally {
      await client.dispose();
    }
  });
});
