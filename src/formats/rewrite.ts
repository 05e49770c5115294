/**
 * Helpers for the USLM and CLML adapters, which rename their trees into the Akoma Ntoso shape
 * that `akn.ts` reads. The text nodes are the original ones, so positions stay those of the file.
 */
import { AKN_NAMESPACE } from "./akn.js";
import type { XElement, XNode, XText } from "./xml.js";

/** A new element in the AKN namespace. */
export function akn(name: string, children: XNode[], start: number, attrs: Record<string, string> = {}): XElement {
  return { type: "element", name, uri: AKN_NAMESPACE, attrs, children, start };
}

/** Text that is not in the file (a bracket around a number), placed at `at`. */
export function synthetic(value: string, at: number): XText {
  return { type: "text", value, map: [0, at, 0] };
}
