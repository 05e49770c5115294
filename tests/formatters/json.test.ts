/** `json`: one compact array, one object per file, keys in a fixed order. */
import { describe, expect, it } from "vitest";
import { json } from "../../src/formatters/json.js";
import { context, KK_FILE, KK_INFO, KK_SOURCE, report, reports } from "./fixtures.js";

describe("json", () => {
  it("prints one line of JSON with every file, clean ones included", () => {
    const out = json(reports(), context());
    expect(out.endsWith("]\n")).toBe(true);
    expect(out.trimEnd()).not.toContain("\n"); // compact: the newline in a message is escaped
    const parsed = JSON.parse(out) as { filePath: string; messages: unknown[] }[];
    expect(parsed.map((r) => [r.filePath, r.messages.length])).toEqual([
      ["bills/закон о религии.md", 2],
      ["bills/kk/law-religion.txt", 2],
      ["bills/clean.md", 0],
    ]);
  });

  it("writes a file exactly, positions flattened, severity as a word", () => {
    expect(json([report(KK_FILE, KK_SOURCE, [KK_INFO])], context())).toBe(
      `[{"filePath":"bills/kk/law-religion.txt","messages":[{"ruleId":"religion/registration-threshold","severity":"info","message":"Тіркеу шарты тексерілуі керек.","line":3,"column":4,"endLine":3,"endColumn":18,"eId":"art_5__para_1","label":"5-бап 1-тармақ","profile":"kz-2026","principle":["KZ Constitution 2026 art. 7(2)"],"suggestions":[],"confidence":0.5}],"errorCount":0,"warningCount":0,"infoCount":1}]\n`,
    );
  });

  it("keeps the key order, with subCode only when the finding has one, and the suggestions' edits", () => {
    const [ru] = JSON.parse(json(reports(), context())) as {
      messages: Record<string, unknown>[];
    }[];
    const [withSub, withoutSub] = ru!.messages;
    const keys = [
      "ruleId",
      "severity",
      "message",
      "line",
      "column",
      "endLine",
      "endColumn",
      "eId",
      "label",
      "profile",
      "principle",
      "suggestions",
    ];
    expect(Object.keys(withSub!)).toEqual([...keys, "subCode", "confidence"]);
    expect(Object.keys(withoutSub!)).toEqual([...keys, "confidence"]);
    expect(withSub).toMatchObject({ severity: "error", subCode: "worship-conditioned", line: 4, endColumn: 81 });
    expect(withSub!.suggestions).toEqual([
      {
        description: "Удалить условие о регистрации",
        edits: [
          {
            range: { start: { line: 4, column: 40, offset: 98 }, end: { line: 4, column: 81, offset: 139 } },
            text: "",
          },
        ],
      },
    ]);
    // a multi-line range and a message with a line break survive the round trip
    expect(withoutSub).toMatchObject({
      severity: "warning",
      line: 6,
      column: 1,
      endLine: 7,
      endColumn: 37,
      message: "Проверка 100% объединений: без суда, без срока\n<контроль> & «надзор» ]]>",
    });
  });

  it("prints an empty array for no files", () => {
    expect(json([], context())).toBe("[]\n");
  });
});
