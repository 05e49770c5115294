/**
 * The language server end to end: the real server (`node bin/rightslint.js lsp --stdio`, the
 * built bundle) as a child process, spoken to over stdio with vscode-jsonrpc. Bills are copies of
 * the fixture bills in a temporary folder with a config of their own (preset kz-2026).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type CodeAction,
  type Diagnostic,
  type Range,
  rangeText,
  repoRoot,
  TestClient,
  type TextEdit,
  tempFolder,
  uriOf,
  writeFile,
} from "./client.js";

const fixture = (path: string) => readFileSync(join(repoRoot, "fixtures", "bills", path), "utf8");
const RU = fixture("ru/law-religion.txt");
const EN = fixture("en/digital-services-bill.md");

const at = (line: number, character: number) => ({ line, character });
const point = (line: number, character: number): Range => ({ start: at(line, character), end: at(line, character) });

/** `range code severity` per diagnostic, as the assertions read them. */
const summary = (ds: Diagnostic[]) => ds.map((d) => `${rangeText(d.range)} ${d.code} ${d.severity}`);

/** Applies LSP text edits to a text (the way a client does: from the end, so offsets hold). */
function applyEdits(text: string, edits: TextEdit[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") starts.push(i + 1);
  const offset = (p: { line: number; character: number }) => (starts[p.line] ?? text.length) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

const RU_EXPECTED = [
  // ст. 4 п. 2 пп. 2): a state religious-studies expert review (R12)
  "39:3-39:52 religion/state-doctrinal-review:expert-review 1",
  "39:3-39:52 religion/state-doctrinal-review:expert-review 1",
  // ст. 5 п. 1: missionary activity only after registration (R10)
  "46:3-46:97 religion/registration-precondition:worship-conditioned 1",
  "46:3-46:97 religion/registration-precondition:worship-conditioned 1",
  "58:3-58:159 religion/state-doctrinal-review:distribution-places 1",
  "58:3-58:159 religion/state-doctrinal-review:distribution-places 1",
  "59:3-59:115 religion/state-doctrinal-review:literature-control 1",
  "59:3-59:115 religion/state-doctrinal-review:literature-control 1",
  "67:3-67:53 religion/state-doctrinal-review:expert-review 1",
  "67:3-67:53 religion/state-doctrinal-review:expert-review 1",
  "75:3-75:185 religion/state-doctrinal-review:expert-review 1",
  "75:3-75:185 religion/state-doctrinal-review:expert-review 1",
  // ст. 10 п. 1: fifty founders (R11), a warning
  "84:59-84:86 religion/registration-threshold:membership 2",
  "84:59-84:86 religion/registration-threshold:membership 2",
  "85:3-85:72 religion/registration-precondition:worship-conditioned 1",
  "85:3-85:72 religion/registration-precondition:worship-conditioned 1",
];

const EN_EXPECTED = [
  "96:3-97:76 digital/automated-decision-without-human-review:no-human-review 2",
  "96:3-97:76 digital/automated-decision-without-human-review:no-human-review 2",
  "114:3-115:62 digital/remote-biometric-identification:public-space 1",
  "114:3-115:62 digital/remote-biometric-identification:public-space 2",
  "142:3-143:37 digital/indiscriminate-data-retention:all-users 1",
  "142:3-143:37 digital/indiscriminate-data-retention:all-users 2",
  "152:0-154:78 remedy/state-liability-excluded:exclusion 1",
  "152:0-154:78 remedy/state-liability-excluded:exclusion 1",
];

describe("rightslint lsp --stdio (push diagnostics)", () => {
  const folder = tempFolder("rightslint-lsp-");
  const config = join(folder.dir, "rightslint.config.json");
  let client: TestClient;
  let capabilities: Record<string, unknown>;
  let ruUri: string;
  let enUri: string;
  let ruDiagnostics: Diagnostic[];
  let enDiagnostics: Diagnostic[];
  let ruText = RU;
  let enText = EN;

  beforeAll(async () => {
    writeFileSync(config, JSON.stringify({ preset: "kz-2026" }));
    ruUri = writeFile(join(folder.dir, "law-religion.txt"), RU);
    enUri = writeFile(join(folder.dir, "digital-services-bill.md"), EN);
    client = new TestClient({ workspaceFolder: folder.dir, initializationOptions: { debounce: 50 } });
    ({ capabilities } = await client.initialize());
    ruDiagnostics = (await client.open(ruUri, RU)).diagnostics;
    enDiagnostics = (await client.open(enUri, EN, "markdown")).diagnostics;
  });

  afterAll(async () => {
    await client?.dispose();
    folder.dispose();
  });

  it("answers initialize with its capabilities (push diagnostics for a client without pull)", () => {
    expect(capabilities).toMatchObject({
      textDocumentSync: { openClose: true, change: 2 },
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentSymbolProvider: expect.anything(),
      codeActionProvider: { codeActionKinds: ["quickfix"] },
      executeCommandProvider: { commands: ["rightslint.showRuleDocumentation"] },
    });
    expect(capabilities.diagnosticProvider).toBeUndefined();
    // it asks to be told when config files change
    const watch = client.registrations.find((r) => r.method === "workspace/didChangeWatchedFiles");
    expect(JSON.stringify(watch?.registerOptions)).toContain("**/rightslint.config.json");
  });

  it("publishes the findings of the Russian bill: rule ids with sub-codes, ranges, severities", () => {
    expect(summary(ruDiagnostics)).toEqual(RU_EXPECTED);
    for (const d of ruDiagnostics) expect(d.source).toBe("rightslint");
  });

  it("and of the English bill", () => {
    expect(summary(enDiagnostics)).toEqual(EN_EXPECTED);
  });

  it("links each diagnostic to its rule's doc and cites the articles in the message", () => {
    const d = ruDiagnostics.find((x) => x.code === "religion/registration-threshold:membership");
    const href = d?.codeDescription?.href ?? "";
    expect(href).toMatch(/^file:\/\/.*\/docs\/rules\/religion\/registration-threshold\.md$/);
    expect(existsSync(fileURLToPath(href))).toBe(true);
    const messages = ruDiagnostics.filter((x) => x.code === d?.code).map((x) => x.message.split("\n").pop());
    expect(messages).toEqual(["(ICCPR art. 18; ICCPR art. 22)", "(KZ Constitution 2026 art. 7(1)–(2))"]);
  });

  it("hover on a finding: the rule's title and description, each profile with its citation, the doc", async () => {
    const hover = await client.request<{ contents: { kind: string; value: string }; range: Range }>(
      "textDocument/hover",
      { textDocument: { uri: ruUri }, position: at(46, 20) },
    );
    expect(hover.contents.kind).toBe("markdown");
    expect(rangeText(hover.range)).toBe("46:3-46:97");
    const value = hover.contents.value;
    expect(value).toContain("`religion/registration-precondition:worship-conditioned`");
    expect(value).toContain(
      "**iccpr** (International Covenant on Civil and Political Rights), error: ICCPR art. 18(1)",
    );
    expect(value).toMatch(
      /\*\*kz-2026\*\* \(Constitution of the Republic of Kazakhstan 2026\), error: KZ Constitution 2026 art\. 7\(1\)–\(2\)/,
    );
    expect(value).toMatch(/\[Rule documentation\]\(file:\/\/.*registration-precondition\.md\)/);
    // the title and description come from the rule (English: the client said locale "en")
    const [, title] = /^\*\*(.+?)\*\*/.exec(value) ?? [];
    expect(title?.length).toBeGreaterThan(5);
  });

  it("hover off any finding and off any reference: nothing", async () => {
    const hover = await client.request("textDocument/hover", { textDocument: { uri: ruUri }, position: at(2, 0) });
    expect(hover).toBeNull();
  });

  it("hover on a cross reference shows the provision it points to", async () => {
    // "Article 4" in Art. 3(4) of the English bill
    const hover = await client.request<{ contents: { value: string } }>("textDocument/hover", {
      textDocument: { uri: enUri },
      position: at(64, 90),
    });
    expect(hover.contents.value).toBe("**Art. 4**\n\nPrinciples of processing");
  });

  it("document symbols: chapters, articles with their headings, paragraphs and points", async () => {
    type Symbol = {
      name: string;
      detail?: string;
      kind: number;
      range: Range;
      selectionRange: Range;
      children: Symbol[];
    };
    const symbols = await client.request<Symbol[]>("textDocument/documentSymbol", { textDocument: { uri: enUri } });
    expect(symbols.map((s) => `${s.name} ${s.detail ?? ""}`)).toEqual([
      "Ch. 1 General provisions",
      "Ch. 2 Digital identity and automated processing",
      "Ch. 3 Liability and final provisions",
      expect.stringMatching(/^Annex 1 /),
    ]);
    const ch1 = symbols[0]!;
    expect(ch1.kind).toBe(2); // Module
    expect(ch1.children.map((s) => `${s.name}: ${s.detail}`)).toEqual([
      "Art. 1: Subject matter and scope",
      "Art. 2: Definitions",
      "Art. 3: The Digital Services Agency",
      "Art. 4: Principles of processing",
    ]);
    const art3 = ch1.children[2]!;
    expect(art3.kind).toBe(5); // Class
    expect(rangeText(art3.selectionRange)).toBe("47:4-47:42");
    expect(art3.range.start.line).toBe(47);
    expect(art3.children.map((s) => s.name)).toEqual([
      "Art. 3(1)",
      "Art. 3(2)",
      "Art. 3(3)",
      "Art. 3(3-1)",
      "Art. 3(4)",
    ]);
    const points = art3.children[1]!.children;
    expect(points.map((s) => [s.name, s.kind])).toEqual([
      ["Art. 3(2)(a)", 22],
      ["Art. 3(2)(b)", 22],
      ["Art. 3(2)(c)", 22],
      ["Art. 3(2)(d)", 22],
    ]);
    // every selection range lies inside its range
    const inside = (s: Symbol): boolean =>
      (s.selectionRange.start.line > s.range.start.line ||
        (s.selectionRange.start.line === s.range.start.line &&
          s.selectionRange.start.character >= s.range.start.character)) &&
      (s.selectionRange.end.line < s.range.end.line ||
        (s.selectionRange.end.line === s.range.end.line && s.selectionRange.end.character <= s.range.end.character)) &&
      s.children.every(inside);
    expect(symbols.every(inside)).toBe(true);
    // the repealed Art. 9 is tagged deprecated
    const art9 = symbols[1]!.children.find((s) => s.name === "Art. 9") as Symbol & { tags?: number[] };
    expect(art9.tags).toEqual([1]);
  });

  it("document symbols of the Russian bill, in its own labels", async () => {
    type Symbol = { name: string; detail?: string; children: Symbol[] };
    const symbols = await client.request<Symbol[]>("textDocument/documentSymbol", { textDocument: { uri: ruUri } });
    expect(symbols.map((s) => s.name)).toEqual(["гл. 1", "гл. 2", "гл. 3"]);
    expect(symbols[1]!.children.map((s) => s.name)).toEqual(["ст. 5", "ст. 6", "ст. 7", "ст. 7-1", "ст. 8", "ст. 9"]);
    expect(symbols[0]!.children[3]!.children[1]!.children.map((s) => s.name)).toEqual([
      "ст. 4 п. 2 пп. 1)",
      "ст. 4 п. 2 пп. 2)",
      "ст. 4 п. 2 пп. 3)",
    ]);
  });

  it("definition: from a cross reference to the provision it names", async () => {
    // "Article 3(2)(a)" in Art. 4(2)
    const links = await client.request<
      { originSelectionRange: Range; targetUri: string; targetRange: Range; targetSelectionRange: Range }[]
    >("textDocument/definition", { textDocument: { uri: enUri }, position: at(70, 80) });
    expect(links).toHaveLength(1);
    expect(links[0]!.targetUri).toBe(enUri);
    expect(rangeText(links[0]!.originSelectionRange)).toBe("70:73-70:88");
    expect(links[0]!.targetSelectionRange.start).toEqual(at(53, 0)); // "(a) operate the single digital portal;"
    // "Article 4" → the heading of Art. 4
    const [toArticle] = await client.request<{ targetSelectionRange: Range }[]>("textDocument/definition", {
      textDocument: { uri: enUri },
      position: at(64, 92),
    });
    expect(rangeText(toArticle!.targetSelectionRange)).toBe("66:2-66:40");
  });

  it("definition: from a defined term's use to its definition (inflected, with an article)", async () => {
    const definition = (line: number, character: number) =>
      client
        .request<{ targetSelectionRange: Range }[]>("textDocument/definition", {
          textDocument: { uri: enUri },
          position: at(line, character),
        })
        .then((links) => links.map((l) => rangeText(l.targetSelectionRange)));
    // "personal data" in Art. 4(1) → Art. 2(1)
    expect(await definition(68, 42)).toEqual(["23:17-23:30"]);
    // "Public bodies" (plural) in Art. 4(1) → "public body" in Art. 2(2)(f)
    expect(await definition(68, 5)).toEqual(["37:5-37:16"]);
    // "The Agency" in Art. 3(2) → (hereinafter "the Agency") in Art. 3(1)
    expect(await definition(52, 7)).toEqual(["50:44-50:54"]);
    // a word that is no term: nothing
    expect(await definition(68, 30)).toEqual([]);
  });

  it("references of a provision: every cross reference to it or into it", async () => {
    const refs = (line: number, character: number, includeDeclaration = false) =>
      client
        .request<{ uri: string; range: Range }[]>("textDocument/references", {
          textDocument: { uri: enUri },
          position: at(line, character),
          context: { includeDeclaration },
        })
        .then((list) => list.map((l) => rangeText(l.range)));
    // on the heading of Art. 7: "paragraph 1" in 7(2) (into it) and "Article 7" in Art. 14(2)
    expect(await refs(112, 10)).toEqual(["117:39-117:50", "180:13-180:22"]);
    expect(await refs(112, 10, true)).toEqual(["112:4-112:50", "117:39-117:50", "180:13-180:22"]);
    // from a reference: the references of its target ("Article 4" → Art. 4)
    expect(await refs(64, 90)).toEqual(["64:87-64:96"]);
    // inside Art. 6(1): the three "paragraph 1" of 6(2)–(4)
    expect(await refs(96, 20)).toEqual(["100:51-100:62", "104:37-104:48", "109:47-109:58"]);
  });

  it("code actions: the suggestion as a quick fix; applying it removes the finding", async () => {
    const actions = await client.request<CodeAction[]>("textDocument/codeAction", {
      textDocument: { uri: ruUri },
      range: point(84, 70),
      context: { diagnostics: ruDiagnostics.filter((d) => d.range.start.line === 84) },
    });
    expect(actions.map((a) => a.title)).toEqual([
      "Lower the threshold to 10",
      "Disable religion/registration-threshold for this provision (with a reason)",
      "Show documentation for religion/registration-threshold",
    ]);
    const fix = actions[0]!;
    expect(fix.kind).toBe("quickfix");
    expect(fix.diagnostics?.map((d) => d.code)).toEqual([
      "religion/registration-threshold:membership",
      "religion/registration-threshold:membership",
    ]);
    const edits = fix.edit?.changes?.[ruUri] ?? [];
    expect(edits).toEqual([{ range: { start: at(84, 68), end: at(84, 78) }, newText: "10" }]);
    ruText = applyEdits(ruText, edits);
    expect(ruText.split("\n")[84]).toContain("не менее 10 граждан");
    const after = await client.change(ruUri, edits);
    expect(summary(after.diagnostics)).toEqual(RU_EXPECTED.filter((d) => !d.includes("registration-threshold")));
  });

  it("code actions: disabling a rule for a provision inserts the directive above it, and the finding goes", async () => {
    const actions = await client.request<CodeAction[]>("textDocument/codeAction", {
      textDocument: { uri: ruUri },
      range: point(46, 10),
      context: { diagnostics: [] },
    });
    const disable = actions.find((a) => a.title.startsWith("Disable religion/registration-precondition"));
    const edits = disable?.edit?.changes?.[ruUri] ?? [];
    expect(edits).toEqual([
      {
        range: point(46, 0),
        newText: "<!-- rightslint-disable-next-line religion/registration-precondition -- TODO: reason -->\n",
      },
    ]);
    ruText = applyEdits(ruText, edits);
    const after = await client.change(ruUri, edits);
    // the finding on ст. 5 п. 1 is gone, the one on ст. 10 п. 2 stays (a line further down), and the
    // directive has a reason, so it is no finding itself
    const shifted = (d: string) =>
      d.replace(/^(\d+):(\d+)-(\d+):(\d+)/, (_, a, b, c, e) => `${Number(a) + 1}:${b}-${Number(c) + 1}:${e}`);
    expect(summary(after.diagnostics)).toEqual(
      RU_EXPECTED.filter((d) => !d.includes("registration-threshold") && !d.startsWith("46:")).map((d) =>
        Number(d.split(":")[0]) > 46 ? shifted(d) : d,
      ),
    );
  });

  it("code actions: the directive goes above a nested point with its indentation, and covers it", async () => {
    // English Art. 7(1), facial recognition: disable for the paragraph
    const actions = await client.request<CodeAction[]>("textDocument/codeAction", {
      textDocument: { uri: enUri },
      range: { start: at(114, 10), end: at(114, 12) },
      context: { diagnostics: [] },
    });
    expect(actions.map((a) => a.title)).toEqual([
      "Disable digital/remote-biometric-identification for this provision (with a reason)",
      "Show documentation for digital/remote-biometric-identification",
    ]);
    const edits = actions[0]!.edit?.changes?.[enUri] ?? [];
    expect(edits[0]?.range).toEqual(point(114, 0));
    enText = applyEdits(enText, edits);
    const after = await client.change(enUri, edits);
    expect(after.diagnostics.some((d) => String(d.code).startsWith("digital/remote-biometric"))).toBe(false);
    expect(after.diagnostics).toHaveLength(EN_EXPECTED.length - 2);
  });

  it("show documentation: the command opens the rule's doc in the client", async () => {
    const result = await client.request<{ uri: string }>("workspace/executeCommand", {
      command: "rightslint.showRuleDocumentation",
      arguments: ["religion/registration-threshold"],
    });
    expect(result.uri).toMatch(/docs\/rules\/religion\/registration-threshold\.md$/);
    expect(client.showDocument.at(-1)?.uri).toBe(result.uri);
  });

  it("didChange that fixes a provision removes its diagnostic", async () => {
    // Art. 11: "The State shall not be liable ..." → "The State shall be liable ..." (a line down: the directive above)
    const line = enText.split("\n").findIndex((l) => l.startsWith("The State shall not be liable"));
    expect(line).toBe(153);
    const edits = [{ range: { start: at(line, 16), end: at(line, 20) }, newText: "" }];
    enText = applyEdits(enText, edits);
    const after = await client.change(enUri, edits);
    expect(after.diagnostics.some((d) => String(d.code).startsWith("remedy/state-liability-excluded"))).toBe(false);
    expect(after.diagnostics.map((d) => d.code)).toEqual([
      "digital/automated-decision-without-human-review:no-human-review",
      "digital/automated-decision-without-human-review:no-human-review",
      "digital/indiscriminate-data-retention:all-users",
      "digital/indiscriminate-data-retention:all-users",
    ]);
  });

  it("debounces: quick successive changes are linted once, for the last version only", async () => {
    const before = client.published.get(ruUri)?.length ?? 0;
    // three versions typed faster than the 50 ms debounce: a space at the start of line 1, three times
    const space = [{ range: point(0, 0), newText: " " }];
    const published = await client.changeQuickly(ruUri, [space, space, space]);
    const runs = (client.published.get(ruUri) ?? []).slice(before);
    expect(runs.map((p) => p.version)).toEqual([published.version]);
    expect(published.version).toBe(6);
    await client.change(ruUri, [{ range: { start: at(0, 0), end: at(0, 3) }, newText: "" }]);
  });

  it("reloads the config when a config file changes, and lints the open documents again", async () => {
    writeFileSync(config, JSON.stringify({ preset: "kz-2026", rules: { "religion/state-doctrinal-review": "off" } }));
    const next = client.nextDiagnostics(ruUri, (p) => !p.diagnostics.some((d) => String(d.code).includes("doctrinal")));
    await client.connection.sendNotification("workspace/didChangeWatchedFiles", {
      changes: [{ uri: uriOf(config), type: 2 }],
    });
    const after = await next;
    // (a line down since the directive above ст. 5 п. 1)
    expect(summary(after.diagnostics)).toEqual([
      "86:3-86:72 religion/registration-precondition:worship-conditioned 1",
      "86:3-86:72 religion/registration-precondition:worship-conditioned 1",
    ]);
    // a broken config is one diagnostic on the first line, not a crash
    writeFileSync(config, "{ broken");
    const broken = client.nextDiagnostics(ruUri, (p) => p.diagnostics.some((d) => d.code === "config"));
    await client.connection.sendNotification("workspace/didChangeWatchedFiles", {
      changes: [{ uri: uriOf(config), type: 2 }],
    });
    const error = (await broken).diagnostics;
    expect(error).toHaveLength(1);
    expect(error[0]!.range.start).toEqual(at(0, 0));
    expect(error[0]!.message).toMatch(/rightslint\.config\.json/);
    writeFileSync(config, JSON.stringify({ preset: "kz-2026" }));
    const fixed = client.nextDiagnostics(ruUri, (p) => p.diagnostics.length > 2);
    await client.connection.sendNotification("workspace/didChangeWatchedFiles", {
      changes: [{ uri: uriOf(config), type: 2 }],
    });
    expect((await fixed).diagnostics.some((d) => String(d.code).includes("doctrinal"))).toBe(true);
  });

  it("a malformed request gets an error response, and the server keeps serving", async () => {
    const failure = (p: Promise<unknown>) =>
      p.then(
        () => undefined,
        (e: { code?: number; message?: string }) => e.code,
      );
    // parameters of the wrong shape
    expect(await failure(client.request("textDocument/hover", { textDocument: 5, position: at(0, 0) }))).toBe(-32602);
    expect(
      await failure(
        client.request("textDocument/definition", { textDocument: { uri: enUri }, position: { line: -1 } }),
      ),
    ).toBe(-32602);
    expect(await failure(client.request("textDocument/hover", null))).toBeLessThan(-32000);
    expect(await failure(client.request("workspace/executeCommand", { command: "no/such" }))).toBe(-32602);
    // a method nobody serves
    expect(await failure(client.request("rightslint/noSuchMethod", {}))).toBe(-32601);
    // a document that is not open: empty answers, not errors
    expect(
      await client.request("textDocument/documentSymbol", {
        textDocument: { uri: uriOf(join(folder.dir, "nope.txt")) },
      }),
    ).toEqual([]);
    // a message that is not JSON at all: a Parse error (id null), and the stream goes on
    const body = "{not json";
    client.child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    // still serving
    const hover = await client.request<{ range: Range } | null>("textDocument/hover", {
      textDocument: { uri: enUri },
      position: at(96, 10),
    });
    expect(hover?.range.start).toEqual(at(96, 3));
    expect(client.child.exitCode).toBeNull();
  });
});

describe("rightslint lsp --stdio (pull diagnostics, settings)", () => {
  const folder = tempFolder("rightslint-lsp-pull-");
  let client: TestClient;
  let capabilities: Record<string, unknown>;
  let uri: string;
  let settings: Record<string, unknown> = { profiles: ["iccpr"] };

  beforeAll(async () => {
    writeFileSync(join(folder.dir, "rightslint.config.json"), JSON.stringify({ preset: "kz-2026" }));
    uri = writeFile(join(folder.dir, "law-religion.txt"), RU);
    client = new TestClient({
      workspaceFolder: folder.dir,
      capabilities: {
        textDocument: {
          diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
          publishDiagnostics: {},
        },
      },
      configuration: (item) => (item.section === "rightslint" ? settings : null),
      initializationOptions: { debounce: 0 },
    });
    ({ capabilities } = await client.initialize());
    await client.connection.sendNotification("textDocument/didOpen", {
      textDocument: { uri, languageId: "plaintext", version: 1, text: RU },
    });
  });

  afterAll(async () => {
    await client?.dispose();
    folder.dispose();
  });

  const pull = (previousResultId?: string) =>
    client.request<{ kind: string; resultId?: string; items?: Diagnostic[] }>("textDocument/diagnostic", {
      textDocument: { uri },
      ...(previousResultId ? { previousResultId } : {}),
    });

  it("offers pull diagnostics to a client that supports them, and pushes nothing", async () => {
    expect(capabilities.diagnosticProvider).toEqual({
      identifier: "rightslint",
      interFileDependencies: false,
      workspaceDiagnostics: false,
    });
    const report = await pull();
    expect(report.kind).toBe("full");
    expect(report.items?.length).toBeGreaterThan(0);
    expect(client.published.size).toBe(0);
  });

  it("applies the client's settings over the config: profiles", async () => {
    const report = await pull();
    // rightslint.profiles = ["iccpr"] replaces the config's preset: one finding per place, ICCPR's
    expect(summary(report.items ?? [])).toEqual(RU_EXPECTED.filter((_, i) => i % 2 === 0));
    for (const d of report.items ?? []) expect(d.message).toMatch(/\(ICCPR art\./);
  });

  it("answers 'unchanged' when nothing changed since the client's last result", async () => {
    const first = await pull();
    const again = await pull(first.resultId);
    expect(again).toEqual({ kind: "unchanged", resultId: first.resultId });
  });

  it("reads the settings again when they change: rules and locale", async () => {
    const first = await pull();
    settings = { profiles: ["iccpr"], rules: { "religion/state-doctrinal-review": "off" }, locale: "ru" };
    await client.connection.sendNotification("workspace/didChangeConfiguration", { settings: {} });
    const report = await pull(first.resultId);
    expect(report.kind).toBe("full");
    expect(summary(report.items ?? [])).toEqual([
      "46:3-46:97 religion/registration-precondition:worship-conditioned 1",
      "84:59-84:86 religion/registration-threshold:membership 2",
      "85:3-85:72 religion/registration-precondition:worship-conditioned 1",
    ]);
    // messages in Russian now
    expect(report.items?.[0]?.message).toMatch(/[а-я]{5}/);
    expect(report.items?.[0]?.message.startsWith("Religious")).toBe(false);
  });

  it("a pull after a change reports the changed text", async () => {
    const first = await pull();
    // «не менее пятидесяти граждан» → «не менее 10 граждан»
    await client.connection.sendNotification("textDocument/didChange", {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: at(84, 68), end: at(84, 78) }, text: "10" }],
    });
    const report = await pull(first.resultId);
    expect(report.kind).toBe("full");
    expect(report.items?.some((d) => String(d.code).startsWith("religion/registration-threshold"))).toBe(false);
    expect(report.items?.some((d) => String(d.code).startsWith("religion/registration-precondition"))).toBe(true);
    await client.connection.sendNotification("textDocument/didChange", {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: { start: at(84, 68), end: at(84, 70) }, text: "пятидесяти" }],
    });
  });

  it("an unknown rule in the settings is one diagnostic that says so", async () => {
    settings = { rules: { "religion/no-such-rule": "error" } };
    await client.connection.sendNotification("workspace/didChangeConfiguration", { settings: {} });
    const report = await pull();
    expect(report.items).toHaveLength(1);
    expect(report.items?.[0]?.code).toBe("config");
    expect(report.items?.[0]?.message).toContain("religion/no-such-rule");
    settings = {};
    await client.connection.sendNotification("workspace/didChangeConfiguration", { settings: {} });
    expect((await pull()).items).toHaveLength(RU_EXPECTED.length);
  });
});

describe("rightslint lsp --stdio (ignored, untitled and CRLF documents, unused directives)", () => {
  const folder = tempFolder("rightslint-lsp-edge-");
  let client: TestClient;

  beforeAll(async () => {
    writeFileSync(
      join(folder.dir, ".rightslintrc.json"),
      JSON.stringify({ preset: "kz-2026", ignores: ["drafts/**"] }),
    );
    client = new TestClient({ workspaceFolder: folder.dir, initializationOptions: { debounce: 20 } });
    await client.initialize();
  });

  afterAll(async () => {
    await client?.dispose();
    folder.dispose();
  });

  it("a file the config ignores gets no diagnostics (but still an outline)", async () => {
    const dir = join(folder.dir, "drafts");
    mkdirSync(dir);
    const uri = writeFile(join(dir, "law.txt"), RU);
    expect((await client.open(uri, RU)).diagnostics).toEqual([]);
    const symbols = await client.request<unknown[]>("textDocument/documentSymbol", { textDocument: { uri } });
    expect(symbols).toHaveLength(3);
  });

  it("an untitled document is linted with the workspace folder's config", async () => {
    const uri = "untitled:Untitled-1";
    expect(summary((await client.open(uri, RU)).diagnostics)).toEqual(RU_EXPECTED);
  });

  it("CRLF: the same ranges, and the directive is inserted with the document's line break", async () => {
    const text = RU.replace(/\n/g, "\r\n");
    const uri = writeFile(join(folder.dir, "crlf.txt"), text);
    const published = await client.open(uri, text);
    expect(summary(published.diagnostics)).toEqual(RU_EXPECTED);
    const actions = await client.request<CodeAction[]>("textDocument/codeAction", {
      textDocument: { uri },
      range: point(85, 10),
      context: { diagnostics: [] },
    });
    const edits = actions.find((a) => a.title.startsWith("Disable"))?.edit?.changes?.[uri] ?? [];
    expect(edits.map((e) => e.newText)).toEqual([
      "<!-- rightslint-disable-next-line religion/registration-precondition -- TODO: reason -->\r\n",
    ]);
    const after = await client.change(uri, edits);
    expect(after.diagnostics.map((d) => d.range.start.line)).not.toContain(86);
    expect(after.diagnostics).toHaveLength(RU_EXPECTED.length - 2);
  });

  it("an unused directive is reported, and a quick fix removes it", async () => {
    const text = [
      "Article 1. Associations",
      "",
      "<!-- rightslint-disable-next-line religion/registration-threshold -- founders -->",
      "1. Everyone may found an association.",
      "",
    ].join("\n");
    const uri = writeFile(join(folder.dir, "unused.bill"), text);
    const published = await client.open(uri, text, "bill");
    expect(summary(published.diagnostics)).toEqual(["2:0-2:81 directives/unused 2"]);
    const actions = await client.request<CodeAction[]>("textDocument/codeAction", {
      textDocument: { uri },
      range: point(2, 5),
      context: { diagnostics: published.diagnostics },
    });
    // an engine finding: no "disable" and no documentation, only the removal
    expect(actions.map((a) => a.title)).toEqual(["Remove this unused rightslint directive"]);
    const edits = actions[0]!.edit?.changes?.[uri] ?? [];
    expect(applyEdits(text, edits)).toBe("Article 1. Associations\n\n1. Everyone may found an association.\n");
    expect((await client.change(uri, edits)).diagnostics).toEqual([]);
  });

  it("a code action asked for right after a change waits for that change's lint", async () => {
    const uri = writeFile(join(folder.dir, "typing.bill"), "Article 1. Associations\n");
    await client.open(uri, "Article 1. Associations\n", "bill");
    const directive = "<!-- rightslint-disable-next-line religion/registration-threshold -- typed -->\n";
    await client.connection.sendNotification("textDocument/didChange", {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: point(1, 0), text: `\n${directive}1. Everyone may found an association.\n` }],
    });
    const actions = await client.request<CodeAction[]>("textDocument/codeAction", {
      textDocument: { uri },
      range: point(2, 3),
      context: { diagnostics: [] },
    });
    expect(actions.map((a) => a.title)).toEqual(["Remove this unused rightslint directive"]);
    // one lint of version 2, shared by the debounce timer and the request
    if (!client.published.get(uri)?.some((p) => p.version === 2)) {
      await client.nextDiagnostics(uri, (p) => p.version === 2);
    }
    expect(client.logs.filter((l) => l.startsWith(`linted ${uri} version 2 `))).toHaveLength(1);
  });

  it("an edit outside the document is clamped, not fatal", async () => {
    const uri = writeFile(join(folder.dir, "small.txt"), "Article 1. Test\n");
    await client.open(uri, "Article 1. Test\n");
    const after = await client.change(uri, [{ range: { start: at(99, 0), end: at(120, 5) }, newText: "\nMore text." }]);
    expect(after.diagnostics).toEqual([]);
    const symbols = await client.request<{ name: string }[]>("textDocument/documentSymbol", { textDocument: { uri } });
    expect(symbols.map((s) => s.name)).toEqual(["Art. 1"]);
  });
});
