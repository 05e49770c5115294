/**
 * `rightslint lsp --stdio`: the language server (LSP 3.17, vscode-languageserver). A thin layer
 * over the linter, as vscode-eslint is over ESLint: open documents are linted with the config that
 * applies to their path and the editor's settings; findings become diagnostics (pushed, or pulled
 * where the client supports it); hover, code actions, symbols, definition and references read the
 * last lint or parse of the document.
 *
 * Linting runs in this thread, one document at a time, after the document has been quiet for the
 * debounce delay; a result for a version that is no longer current is dropped, never published.
 * Requests with bad parameters get an error response; no request or notification ends the server.
 */
import { fileURLToPath } from "node:url";
import {
  type CancellationToken,
  type ClientCapabilities,
  CodeActionKind,
  type Connection,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  type DocumentDiagnosticReport,
  ErrorCodes,
  type InitializeParams,
  type InitializeResult,
  type Location,
  LSPErrorCodes,
  ProposedFeatures,
  ResponseError,
  type ResponseMessage,
  type ServerCapabilities,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocumentSyncKind,
  TextDocuments,
  WatchKind,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { CONFIG_NAMES } from "../config/file.js";
import { UnitCache } from "../engine/units.js";
import type { Document } from "../syntax/ast.js";
import { parseBill } from "../syntax/index.js";
import { codeActions, SHOW_DOCS_COMMAND } from "./actions.js";
import { ruleDocUrl, TextLines, toRange } from "./convert.js";
import { hoverAt } from "./hover.js";
import { type LintOutcome, LintService, rulesOf } from "./lint-service.js";
import { definitionAt, documentSymbols, referencesTo, selectionRange, subjectAt } from "./navigation.js";
import { type ClientSettings, clientLocale, DEFAULT_SETTINGS, parseSettings } from "./settings.js";

/** Quiet time after a change before a document is linted again (ms). */
export const DEFAULT_DEBOUNCE_MS = 150;

/** What a client may pass in `initializationOptions`. */
export interface InitializationOptions {
  /** Debounce delay in ms (default 150; 0 lints on every change). */
  debounce?: number;
  /** Settings for clients that support neither `workspace/configuration` nor configuration pushes. */
  settings?: unknown;
}

interface DocState {
  /** The lint waiting for the debounce (or, with no delay, for the next turn of the event loop). */
  timer: { cancel(): void } | undefined;
  /** When the document last changed (performance.now()). */
  changedAt: number;
  outcome: LintOutcome | undefined;
  pending: { version: number; generation: number; promise: Promise<LintOutcome> } | undefined;
  /** The last parse for navigation when no lint of the current version exists. */
  parsed: { version: number; doc: Document } | undefined;
  lines: { version: number; lines: TextLines } | undefined;
  /** Findings of unchanged articles kept from the last lint (unit-scoped rules). */
  units: UnitCache;
}

interface Capabilities {
  pull: boolean;
  refresh: boolean;
  configuration: boolean;
  showDocument: boolean;
  watchRegistration: boolean;
  configRegistration: boolean;
  linkSupport: boolean;
}

function capabilitiesOf(c: ClientCapabilities): Capabilities {
  return {
    pull: c.textDocument?.diagnostic !== undefined,
    refresh: c.workspace?.diagnostics?.refreshSupport === true,
    configuration: c.workspace?.configuration === true,
    showDocument: c.window?.showDocument?.support === true,
    watchRegistration: c.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    configRegistration: c.workspace?.didChangeConfiguration?.dynamicRegistration === true,
    linkSupport: c.textDocument?.definition?.linkSupport === true,
  };
}

/** `{ textDocument: { uri } }` checked, or an InvalidParams error for the client. */
function documentUri(params: unknown): string {
  const uri = (params as { textDocument?: { uri?: unknown } } | null)?.textDocument?.uri;
  if (typeof uri !== "string" || uri === "") {
    throw new ResponseError(ErrorCodes.InvalidParams, "textDocument.uri must be a string");
  }
  return uri;
}

/** `position` checked, or an InvalidParams error. */
function positionOf(params: unknown): { line: number; character: number } {
  const p = (params as { position?: { line?: unknown; character?: unknown } } | null)?.position;
  if (
    !p ||
    !Number.isInteger(p.line) ||
    !Number.isInteger(p.character) ||
    (p.line as number) < 0 ||
    (p.character as number) < 0
  ) {
    throw new ResponseError(ErrorCodes.InvalidParams, "position must be { line, character } of non-negative integers");
  }
  return { line: p.line as number, character: p.character as number };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class RightslintServer {
  readonly connection: Connection;
  readonly documents = new TextDocuments(TextDocument);
  #caps: Capabilities = capabilitiesOf({});
  #debounce = DEFAULT_DEBOUNCE_MS;
  #service: LintService | undefined;
  #states = new Map<string, DocState>();
  /** Bumped whenever configs or settings change: outcomes of an older generation are stale. */
  #generation = 0;
  #settings = new Map<string, Promise<ClientSettings>>();
  #pushedSettings: ClientSettings = DEFAULT_SETTINGS;
  #shownProblems = new Set<string>();

  constructor(connection: Connection) {
    this.connection = connection;
    connection.onInitialize((params) => this.#initialize(params));
    connection.onInitialized(() => void this.#registerWatchers());
    this.documents.onDidChangeContent((e) => this.#changed(e.document));
    this.documents.onDidClose((e) => this.#closed(e.document.uri));
    connection.onDidChangeConfiguration((params) => this.#settingsChanged(params?.settings));
    connection.onDidChangeWatchedFiles((params) => this.#filesChanged(params?.changes ?? []));
    connection.languages.diagnostics.on((params, token) => this.#pullDiagnostics(params, token));
    // code actions and hover need the findings of the current text: they wait for the debounced
    // lint (sharing it) instead of linting at every keystroke, as editors ask for them as you type
    connection.onCodeAction(async (params, token) => {
      const uri = documentUri(params);
      const range = params.range;
      if (!range?.start || !range.end) throw new ResponseError(ErrorCodes.InvalidParams, "range is required");
      const settled = await this.#settled(uri, token);
      if (!settled) return [];
      const { doc, outcome } = settled;
      return codeActions(outcome, this.#lines(doc), range, params.context?.diagnostics ?? [], params.context?.only);
    });
    connection.onHover(async (params, token) => {
      const uri = documentUri(params);
      const position = positionOf(params);
      const settled = await this.#settled(uri, token);
      if (!settled) return null;
      const { doc, outcome } = settled;
      return hoverAt(outcome, outcome.document ?? this.#parsed(doc), position);
    });
    connection.onDocumentSymbol((params) => {
      const doc = this.#document(documentUri(params));
      if (!doc) return [];
      return documentSymbols(this.#parsed(doc), this.#lines(doc));
    });
    connection.onDefinition((params) => {
      const doc = this.#document(documentUri(params));
      const position = positionOf(params);
      if (!doc) return [];
      const links = definitionAt(doc.uri, this.#parsed(doc), this.#lines(doc), position);
      if (this.#caps.linkSupport) return links;
      return links.map((l): Location => ({ uri: l.targetUri, range: l.targetSelectionRange }));
    });
    connection.onReferences((params) => {
      const doc = this.#document(documentUri(params));
      const position = positionOf(params);
      if (!doc) return [];
      const parsed = this.#parsed(doc);
      const unit = subjectAt(parsed, position);
      if (!unit) return [];
      const lines = this.#lines(doc);
      const out: Location[] = referencesTo(parsed, unit).map((r) => ({ uri: doc.uri, range: toRange(r.range) }));
      if (params.context?.includeDeclaration) out.unshift({ uri: doc.uri, range: selectionRange(unit, lines) });
      return out;
    });
    connection.onExecuteCommand(async (params) => {
      if (params?.command !== SHOW_DOCS_COMMAND) {
        throw new ResponseError(ErrorCodes.InvalidParams, `unknown command ${String(params?.command)}`);
      }
      const ruleId = params.arguments?.[0];
      if (typeof ruleId !== "string") throw new ResponseError(ErrorCodes.InvalidParams, "expected a rule id");
      return this.#showDocs(ruleId);
    });
    this.documents.listen(connection);
  }

  // ── lifecycle ────────────────────────────────────────────────────────────────────────────

  #initialize(params: InitializeParams): InitializeResult {
    this.#caps = capabilitiesOf(params.capabilities ?? {});
    const init = (params.initializationOptions ?? {}) as InitializationOptions;
    if (typeof init.debounce === "number" && init.debounce >= 0) this.#debounce = init.debounce;
    if (init.settings !== undefined) this.#pushedSettings = this.#parseSettings(init.settings);
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    let cwd = process.cwd();
    if (folder?.startsWith("file:")) {
      try {
        cwd = fileURLToPath(folder);
      } catch {
        // not a local folder: keep the process's
      }
    }
    const locale = clientLocale(params.locale);
    this.#service = new LintService({ cwd, ...(locale ? { clientLocale: locale } : {}) });
    const capabilities: ServerCapabilities = {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      hoverProvider: true,
      documentSymbolProvider: { label: "rightslint" },
      definitionProvider: true,
      referencesProvider: true,
      executeCommandProvider: { commands: [SHOW_DOCS_COMMAND] },
    };
    if (this.#caps.pull) {
      capabilities.diagnosticProvider = {
        identifier: "rightslint",
        interFileDependencies: false,
        workspaceDiagnostics: false,
      };
    }
    return { capabilities, serverInfo: { name: "rightslint" } };
  }

  async #registerWatchers(): Promise<void> {
    try {
      if (this.#caps.watchRegistration) {
        await this.connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: CONFIG_NAMES.map((name) => ({
            globPattern: `**/${name}`,
            kind: WatchKind.Create | WatchKind.Change | WatchKind.Delete,
          })),
        });
      }
      if (this.#caps.configRegistration) {
        await this.connection.client.register(DidChangeConfigurationNotification.type, { section: "rightslint" });
      }
    } catch (e) {
      this.#log(`could not register for file or configuration changes: ${(e as Error).message}`);
    }
  }

  get #lint(): LintService {
    this.#service ??= new LintService({ cwd: process.cwd() });
    return this.#service;
  }

  #state(uri: string): DocState {
    let s = this.#states.get(uri);
    if (!s) {
      s = {
        timer: undefined,
        changedAt: 0,
        outcome: undefined,
        pending: undefined,
        parsed: undefined,
        lines: undefined,
        units: new UnitCache(),
      };
      this.#states.set(uri, s);
    }
    return s;
  }

  #document(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
  }

  #changed(doc: TextDocument): void {
    const first = !this.#states.has(doc.uri);
    const st = this.#state(doc.uri);
    // an opened document is linted at once; a changed one once it has been quiet for the debounce
    st.changedAt = first ? 0 : performance.now();
    if (this.#caps.pull) return; // the client asks when it wants diagnostics
    this.#schedule(doc.uri, first ? 0 : this.#debounce);
  }

  #closed(uri: string): void {
    const st = this.#states.get(uri);
    st?.timer?.cancel();
    this.#states.delete(uri);
    this.#settings.delete(uri);
    if (!this.#caps.pull) void this.connection.sendDiagnostics({ uri, diagnostics: [] }).catch(() => undefined);
  }

  // ── linting ──────────────────────────────────────────────────────────────────────────────

  #schedule(uri: string, delay: number): void {
    const st = this.#state(uri);
    st.timer?.cancel();
    const run = (): void => {
      st.timer = undefined;
      void this.#publish(uri);
    };
    // no delay: the next turn of the event loop (a zero timeout waits a millisecond)
    if (delay <= 0) {
      const immediate = setImmediate(run);
      st.timer = { cancel: () => clearImmediate(immediate) };
    } else {
      const timeout = setTimeout(run, delay);
      st.timer = { cancel: () => clearTimeout(timeout) };
    }
  }

  /** Lints the current version and pushes its diagnostics, unless the document moved on meanwhile. */
  async #publish(uri: string): Promise<void> {
    try {
      const doc = this.#document(uri);
      if (!doc) return;
      const outcome = await this.#outcome(doc);
      const now = this.#document(uri);
      if (!now || now.version !== outcome.version || this.#states.get(uri)?.timer) return; // stale: a newer run is due
      await this.connection.sendDiagnostics({ uri, version: outcome.version, diagnostics: outcome.diagnostics });
    } catch (e) {
      this.#log(`linting ${uri} failed: ${(e as Error).stack ?? e}`);
    }
  }

  /** The lint of the document's current version under the current settings (reused when there is one). */
  #outcome(doc: TextDocument): Promise<LintOutcome> {
    const st = this.#state(doc.uri);
    const generation = this.#generation;
    const done = st.outcome;
    if (done && done.generation === generation) {
      if (done.version === doc.version) return Promise.resolve(done);
      // the same text again (an undo, a save with no change): the same findings
      if (done.text === doc.getText()) {
        st.outcome = { ...done, version: doc.version };
        return Promise.resolve(st.outcome);
      }
    }
    if (st.pending && st.pending.version === doc.version && st.pending.generation === generation) {
      return st.pending.promise;
    }
    const version = doc.version;
    const text = doc.getText();
    const promise = (async () => {
      const settings = await this.#settingsFor(doc.uri);
      const outcome = await this.#lint.lint(doc.uri, version, text, settings, generation, st.units);
      this.#log(
        `linted ${doc.uri} version ${version} in ${outcome.ms.toFixed(1)} ms: ${outcome.findings.length} findings` +
          ` (articles re-linted ${st.units.linted}, kept ${st.units.reused})`,
      );
      const current = this.#states.get(doc.uri);
      if (
        current &&
        (!current.outcome || current.outcome.version <= version || current.outcome.generation < generation)
      ) {
        current.outcome = outcome;
      }
      return outcome;
    })();
    st.pending = { version, generation, promise };
    void promise.finally(() => {
      if (st.pending?.promise === promise) st.pending = undefined;
    });
    return promise;
  }

  /**
   * The lint of the document once it has been quiet for the debounce delay (a change meanwhile
   * restarts the wait): the same run the debounce timer starts, shared. Undefined when the
   * document is closed or the request is cancelled while waiting.
   */
  async #settled(
    uri: string,
    token: CancellationToken,
  ): Promise<{ doc: TextDocument; outcome: LintOutcome } | undefined> {
    for (;;) {
      if (token.isCancellationRequested) return undefined;
      const st = this.#states.get(uri);
      const wait = st ? st.changedAt + this.#debounce - performance.now() : 0;
      if (wait <= 0) break;
      await sleep(Math.min(wait, 50));
    }
    const doc = this.#document(uri);
    if (!doc) return undefined;
    return { doc, outcome: await this.#outcome(doc) };
  }

  /** The parsed bill of the current version: the last lint's, or a parse of its own. */
  #parsed(doc: TextDocument): Document {
    const st = this.#state(doc.uri);
    const o = st.outcome;
    if (o?.document && o.version === doc.version) return o.document;
    if (st.parsed?.version === doc.version) return st.parsed.doc;
    const parsed = parseBill(doc.getText(), { filePath: LintService.filePath(doc.uri) ?? doc.uri });
    st.parsed = { version: doc.version, doc: parsed };
    return parsed;
  }

  #lines(doc: TextDocument): TextLines {
    const st = this.#state(doc.uri);
    if (st.lines?.version !== doc.version) st.lines = { version: doc.version, lines: new TextLines(doc.getText()) };
    return st.lines.lines;
  }

  async #pullDiagnostics(
    params: { textDocument: { uri: string }; previousResultId?: string },
    token: CancellationToken,
  ): Promise<DocumentDiagnosticReport> {
    const uri = documentUri(params);
    if (!this.#document(uri)) return { kind: "full", items: [] };
    const settled = await this.#settled(uri, token);
    if (token.isCancellationRequested) {
      throw new ResponseError(LSPErrorCodes.ServerCancelled, "the document changed", { retriggerRequest: true });
    }
    if (!settled) return { kind: "full", items: [] };
    const { outcome } = settled;
    if (params.previousResultId !== undefined && params.previousResultId === outcome.resultId) {
      return { kind: "unchanged", resultId: outcome.resultId };
    }
    return { kind: "full", resultId: outcome.resultId, items: outcome.diagnostics };
  }

  /** Configs or settings changed: every open document is linted again. */
  #relintAll(): void {
    this.#generation++;
    if (this.#caps.pull) {
      if (this.#caps.refresh) void this.connection.languages.diagnostics.refresh().catch(() => undefined);
      return;
    }
    for (const doc of this.documents.all()) this.#schedule(doc.uri, 0);
  }

  #filesChanged(changes: readonly { uri: string }[]): void {
    // the config files we asked to watch, or whatever else the client watches for us (an extended
    // config, a plugin): either way the cached configs may be stale
    this.#log(`${changes.length} watched file(s) changed: reloading the configuration`);
    this.#lint.clearConfigs();
    this.#relintAll();
  }

  // ── settings ─────────────────────────────────────────────────────────────────────────────

  #parseSettings(raw: unknown): ClientSettings {
    const { settings, problems } = parseSettings(raw);
    for (const p of problems) this.#problem(p);
    return settings;
  }

  #settingsChanged(raw: unknown): void {
    this.#settings.clear();
    const section = (raw as { rightslint?: unknown } | null | undefined)?.rightslint;
    if (section !== undefined) this.#pushedSettings = this.#parseSettings(section);
    this.#relintAll();
  }

  #settingsFor(uri: string): Promise<ClientSettings> {
    if (!this.#caps.configuration) return Promise.resolve(this.#pushedSettings);
    let p = this.#settings.get(uri);
    if (!p) {
      p = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: "rightslint" })
        .then((raw: unknown) => this.#parseSettings(raw))
        .catch((e: unknown) => {
          this.#log(`workspace/configuration failed: ${(e as Error).message}`);
          return this.#pushedSettings;
        });
      this.#settings.set(uri, p);
    }
    return p;
  }

  // ── commands and messages ────────────────────────────────────────────────────────────────

  async #showDocs(ruleId: string): Promise<{ uri: string } | null> {
    let meta = rulesOf(undefined).get(ruleId);
    for (const st of this.#states.values()) meta ??= st.outcome?.rules.get(ruleId);
    const uri = ruleDocUrl(meta);
    if (uri === undefined) {
      void this.connection.window.showWarningMessage(`rightslint: no documentation found for ${ruleId}`);
      return null;
    }
    if (this.#caps.showDocument) {
      await this.connection.window.showDocument({ uri, takeFocus: true });
    } else {
      this.connection.window.showInformationMessage(`rightslint: ${ruleId} is documented in ${fileURLToPath(uri)}`);
    }
    return { uri };
  }

  /** A problem with the user's settings: shown once, then logged. */
  #problem(message: string): void {
    this.#log(message);
    if (this.#shownProblems.has(message)) return;
    this.#shownProblems.add(message);
    this.connection.window.showWarningMessage(`rightslint: ${message}`);
  }

  #log(message: string): void {
    try {
      this.connection.console.log(message);
    } catch {
      process.stderr.write(`rightslint lsp: ${message}\n`);
    }
  }
}

/**
 * Starts the server on standard input and output and serves until the client says `exit` (or
 * closes the stream). Nothing else may write to standard output: console output goes to the
 * client's log instead. A message that is not JSON gets a Parse error response (id null, as
 * JSON-RPC asks), and reading goes on.
 */
export function startServer(): RightslintServer {
  const reader = new StreamMessageReader(process.stdin);
  const writer = new StreamMessageWriter(process.stdout);
  reader.onError((error) => {
    if (!(error instanceof SyntaxError)) return;
    const reply: ResponseMessage = {
      jsonrpc: "2.0",
      id: null,
      error: { code: ErrorCodes.ParseError, message: `Parse error: ${error.message}` },
    };
    void writer.write(reply).catch(() => undefined);
  });
  const connection = createConnection(ProposedFeatures.all, reader, writer);
  let shutdown = false;
  connection.onShutdown(() => {
    shutdown = true;
  });
  // the client went away without `exit`
  reader.onClose(() => process.exit(shutdown ? 0 : 1));
  const log = (...args: unknown[]) => connection.console.log(args.map(String).join(" "));
  console.log = log;
  console.info = log;
  console.debug = log;
  console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(" "));
  process.on("uncaughtException", (e) => {
    // a defect must not end the session: say so and keep serving
    process.stderr.write(`rightslint lsp: uncaught ${e.stack ?? e}\n`);
  });
  process.on("unhandledRejection", (e) => {
    process.stderr.write(`rightslint lsp: unhandled ${(e as Error)?.stack ?? e}\n`);
  });
  const server = new RightslintServer(connection);
  connection.listen();
  return server;
}
