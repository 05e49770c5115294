/**
 * `junit`: JUnit XML for CI test reports. One `<testsuite>` per file, one `<testcase>` per
 * finding (named by rule and provision), failing for errors and warnings (`type` = severity);
 * infos pass with their message in `<system-out>`. A clean file has one passing testcase, so CI
 * lists it as checked.
 */
import type { Finding } from "../engine/types.js";
import { citation, ruleRef } from "./common.js";
import type { FileReport, Formatter } from "./types.js";

/** The name of a clean file's passing testcase. */
export const CLEAN_TESTCASE = "rightslint";

export const junit: Formatter = (reports) => {
  const suites = reports.map(suite);
  const tests = suites.reduce((n, s) => n + s.tests, 0);
  const failures = suites.reduce((n, s) => n + s.failures, 0);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="rightslint" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites.flatMap((s) => s.lines),
    "</testsuites>",
    "",
  ].join("\n");
};

function suite(report: FileReport): { tests: number; failures: number; lines: string[] } {
  const file = attr(report.filePath);
  const cases =
    report.findings.length === 0
      ? [`    <testcase classname="${file}" name="${CLEAN_TESTCASE}"/>`]
      : report.findings.flatMap((f) => testcase(report.filePath, f));
  const tests = Math.max(1, report.findings.length);
  const failures = report.findings.filter((f) => f.severity !== "info").length;
  return {
    tests,
    failures,
    lines: [
      `  <testsuite name="${file}" tests="${tests}" failures="${failures}" errors="0" skipped="0">`,
      ...cases,
      "  </testsuite>",
    ],
  };
}

function testcase(filePath: string, f: Finding): string[] {
  const name = f.label ? `${ruleRef(f)} ${f.label}` : ruleRef(f);
  const open = `    <testcase classname="${attr(filePath)}" name="${attr(name)}">`;
  const cite = citation(f);
  const body = [
    `${filePath}:${f.range.start.line}:${f.range.start.column}${f.label ? ` ${f.label}` : ""}`,
    f.message,
    `${ruleRef(f)}${cite ? ` (${cite})` : ""}`,
  ].join("\n");
  if (f.severity === "info") return [open, `      <system-out>${text(body)}</system-out>`, "    </testcase>"];
  return [
    open,
    `      <failure type="${f.severity}" message="${attr(f.message)}">${text(body)}</failure>`,
    "    </testcase>",
  ];
}

/**
 * Characters XML 1.0 does not allow (C0 controls but tab, LF and CR; U+FFFE, U+FFFF; lone
 * surrogates): replaced with U+FFFD, so the report stays well-formed and shows something was there.
 */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escapes character data (`]]>` cannot occur: every `>` is escaped). */
export function text(value: string): string {
  return value.replace(NOT_XML, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Escapes a double-quoted attribute value; tab, LF and CR as character references (parsers normalise them to spaces otherwise). */
export function attr(value: string): string {
  return text(value).replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");
}
