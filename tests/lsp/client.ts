/**
 * A small LSP client for the tests: starts the real server (`node bin/rightslint.js lsp --stdio`,
 * the built bundle) as a child process and speaks JSON-RPC to it over its stdio.
 */
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  createMessageConnection,
  type MessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from "vscode-jsonrpc/node";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const bin = join(repoRoot, "bin", "rightslint.js");

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
export interface Diagnostic {
  range: Range;
  severity?: number;
  code?: string | number;
  codeDescription?: { href: string };
  source?: string;
  message: string;
}
export interface TextEdit {
  range: Range;
  newText: string;
}
export interface CodeAction {
  title: string;
  kind?: string;
  diagnostics?: Diagnostic[];
  edit?: { changes?: Record<string, TextEdit[]> };
  command?: { title: string; command: string; arguments?: unknown[] };
}

interface Published {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

export interface ClientOptions {
  /** Client capabilities (merged over a push-diagnostics client's). */
  capabilities?: Record<string, unknown>;
  initializationOptions?: Record<string, unknown>;
  /** The answer to `workspace/configuration` (per requested item); absent: the client does not support it. */
  configuration?: (item: { scopeUri?: string; section?: string }) => unknown;
  workspaceFolder: string;
}

/** A temporary folder under the OS's temp dir, removed by `dispose`. */
export function tempFolder(prefix: string): { dir: string; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

export function uriOf(path: string): string {
  return pathToFileURL(path).href;
}

export function writeFile(path: string, text: string): string {
  writeFileSync(path, text);
  return uriOf(path);
}

export class TestClient {
  readonly child: ChildProcessWithoutNullStreams;
  readonly connection: MessageConnection;
  readonly published = new Map<string, Published[]>();
  readonly shown: { type: number; message: string }[] = [];
  readonly showDocument: { uri: string }[] = [];
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  /** The server's log (window/logMessage). */
  readonly logs: string[] = [];
  stderr = "";
  #waiters: { uri: string; test: (p: Published) => boolean; resolve: (p: Published) => void }[] = [];
  #versions = new Map<string, number>();

  constructor(readonly options: ClientOptions) {
    if (!existsSync(join(repoRoot, "dist", "cli", "main.js"))) {
      throw new Error("dist/cli/main.js is missing: run `npm run build` before the LSP tests");
    }
    // as vscode-languageclient starts a Node module server over stdio
    const args = [bin, "lsp", "--stdio", `--clientProcessId=${process.pid}`];
    this.child = spawn(process.execPath, args, { cwd: options.workspaceFolder, stdio: "pipe" });
    this.child.stderr.on("data", (d: Buffer) => {
      this.stderr += d.toString();
    });
    this.connection = createMessageConnection(
      new StreamMessageReader(this.child.stdout),
      new StreamMessageWriter(this.child.stdin),
    );
    this.connection.onNotification("textDocument/publishDiagnostics", (p: Published) => {
      const list = this.published.get(p.uri) ?? [];
      list.push(p);
      this.published.set(p.uri, list);
      this.#waiters = this.#waiters.filter((w) => {
        if (w.uri !== p.uri || !w.test(p)) return true;
        w.resolve(p);
        return false;
      });
    });
    this.connection.onNotification("window/showMessage", (m: { type: number; message: string }) => {
      this.shown.push(m);
    });
    this.connection.onNotification("window/logMessage", (m: { message: string }) => {
      this.logs.push(m.message);
    });
    this.connection.onRequest("window/showMessageRequest", () => null);
    this.connection.onRequest("window/showDocument", (p: { uri: string }) => {
      this.showDocument.push(p);
      return { success: true };
    });
    this.connection.onRequest("client/registerCapability", (p: { registrations: { method: string }[] }) => {
      this.registrations.push(...p.registrations);
      return null;
    });
    this.connection.onRequest("workspace/diagnostic/refresh", () => null);
    this.connection.onRequest("workspace/configuration", (p: { items: { scopeUri?: string; section?: string }[] }) =>
      p.items.map((item) => options.configuration?.(item) ?? null),
    );
    this.connection.listen();
  }

  async initialize(): Promise<{ capabilities: Record<string, unknown> }> {
    const capabilities = {
      textDocument: {
        publishDiagnostics: { versionSupport: true },
        definition: { linkSupport: true },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix"] } } },
        hover: { contentFormat: ["markdown", "plaintext"] },
      },
      workspace: {
        configuration: this.options.configuration !== undefined,
        didChangeWatchedFiles: { dynamicRegistration: true },
        didChangeConfiguration: { dynamicRegistration: true },
      },
      window: { showDocument: { support: true } },
      ...this.options.capabilities,
    };
    const result = await this.connection.sendRequest<{ capabilities: Record<string, unknown> }>("initialize", {
      processId: process.pid,
      rootUri: uriOf(this.options.workspaceFolder),
      workspaceFolders: [{ uri: uriOf(this.options.workspaceFolder), name: "bills" }],
      capabilities,
      initializationOptions: this.options.initializationOptions ?? {},
      locale: "en",
    });
    await this.connection.sendNotification("initialized", {});
    return result;
  }

  /** Resolves with the first diagnostics published for `uri` (after this call) that pass `test`. */
  nextDiagnostics(uri: string, test: (p: Published) => boolean = () => true, timeoutMs = 20_000): Promise<Published> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms; stderr: ${this.stderr}`)),
        timeoutMs,
      );
      this.#waiters.push({
        uri,
        test,
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
      });
    });
  }

  async open(uri: string, text: string, languageId = "plaintext"): Promise<Published> {
    this.#versions.set(uri, 1);
    const next = this.nextDiagnostics(uri, (p) => p.version === undefined || p.version === 1);
    await this.connection.sendNotification("textDocument/didOpen", {
      textDocument: { uri, languageId, version: 1, text },
    });
    return next;
  }

  /** Sends edits as a new version and resolves with the diagnostics of that version. */
  async change(uri: string, edits: TextEdit[]): Promise<Published> {
    const version = (this.#versions.get(uri) ?? 1) + 1;
    this.#versions.set(uri, version);
    const next = this.nextDiagnostics(uri, (p) => p.version === version);
    await this.connection.sendNotification("textDocument/didChange", {
      textDocument: { uri, version },
      contentChanges: edits.map((e) => ({ range: e.range, text: e.newText })),
    });
    return next;
  }

  /** Sends several versions back to back (faster than any debounce); resolves with the last one's diagnostics. */
  async changeQuickly(uri: string, batches: TextEdit[][]): Promise<Published> {
    let version = this.#versions.get(uri) ?? 1;
    const last = version + batches.length;
    this.#versions.set(uri, last);
    const next = this.nextDiagnostics(uri, (p) => p.version === last);
    for (const edits of batches) {
      version++;
      await this.connection.sendNotification("textDocument/didChange", {
        textDocument: { uri, version },
        contentChanges: edits.map((e) => ({ range: e.range, text: e.newText })),
      });
    }
    return next;
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest<T>(method, params);
  }

  async dispose(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest("shutdown"), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification("exit");
    } catch {
      // the server is gone already
    }
    await new Promise<void>((resolve) => {
      if (this.child.exitCode !== null) return resolve();
      const timer = setTimeout(() => {
        this.child.kill();
        resolve();
      }, 3000);
      this.child.once("exit", () => {
        clearTimeout(timer);
        resolve();
      });
    });
    this.connection.dispose();
  }
}

/** A range as `line:character-line:character`, 0-based as LSP sends it. */
export function rangeText(r: Range): string {
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}
