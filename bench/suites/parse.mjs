// Suite "parse": parseBill() throughput (source string -> AST Document) per input.
import { astStats } from "../lib.mjs";
import { throughputSuite } from "./throughput.mjs";

export default throughputSuite({
  name: "parse",
  title: "Parse throughput: parseBill(text) -> AST",
  target: 15,
  unitsLabel: "divs/provs/diags",
  prepare(ctx) {
    const { parseBill } = ctx.parser;
    return {
      op: (text, filePath) => parseBill(text, { filePath }),
      units(docs) {
        const s = docs.map(astStats).reduce(
          (a, x) => ({
            divisions: a.divisions + x.divisions,
            provisions: a.provisions + x.provisions,
            diagnostics: a.diagnostics + x.diagnostics,
          }),
          { divisions: 0, provisions: 0, diagnostics: 0 },
        );
        return `${s.divisions}/${s.provisions}/${s.diagnostics}`;
      },
    };
  },
});
