/**
 * The rightslint extension: starts `rightslint lsp --stdio` with vscode-languageclient and lets the
 * server do the rest (diagnostics, quick fixes, hover, outline, definition, references). The
 * server comes from the workspace's own `node_modules/rightslint` when that version has one (the
 * team's pinned rules and profiles), else from the copy bundled with the extension.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import * as vscode from "vscode";
import {
  type DocumentSelector,
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  TransportKind,
} from "vscode-languageclient/node";

const CONFIG_GLOB = "**/{rightslint.config.json,.rightslintrc.json}";

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel | undefined;

/** A rightslint package folder that ships the language server. */
function hasServer(pkg: string): boolean {
  return existsSync(join(pkg, "bin", "rightslint.js")) && existsSync(join(pkg, "dist", "src", "lsp", "server.js"));
}

/** The workspace's `node_modules/rightslint` (looked up from the folder upwards, as Node resolves), if it has the server. */
export function workspaceServer(folder: string): string | undefined {
  for (let dir = folder; ; ) {
    const pkg = join(dir, "node_modules", "rightslint");
    if (hasServer(pkg)) return pkg;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** Where to run the server from: the setting, the workspace's package, or the bundled copy. */
function serverPackage(context: vscode.ExtensionContext, folder: string | undefined): { pkg: string; from: string } {
  const configured = vscode.workspace.getConfiguration("rightslint").get<string>("serverPath")?.trim();
  if (configured) {
    if (existsSync(join(configured, "bin", "rightslint.js"))) return { pkg: configured, from: "rightslint.serverPath" };
    void vscode.window.showWarningMessage(
      `rightslint.serverPath (${configured}) has no bin/rightslint.js: using the bundled rightslint.`,
    );
  }
  if (folder) {
    const local = workspaceServer(folder);
    if (local) return { pkg: local, from: "the workspace" };
  }
  return { pkg: context.asAbsolutePath("server"), from: "the extension" };
}

/** `.bill` files always; plain text and Markdown where the setting (or a config file in the workspace) says so. */
async function documentSelector(): Promise<DocumentSelector> {
  const selector: { language: string; scheme?: string }[] = [
    { language: "bill", scheme: "file" },
    { language: "bill", scheme: "untitled" },
  ];
  const mode = vscode.workspace.getConfiguration("rightslint").get<string>("lintPlainTextAndMarkdown", "auto");
  const withConfig =
    mode === "auto" && (await vscode.workspace.findFiles(CONFIG_GLOB, "**/node_modules/**", 1)).length > 0;
  if (mode === "always" || withConfig) {
    selector.push({ language: "plaintext", scheme: "file" }, { language: "markdown", scheme: "file" });
  }
  return selector;
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const settings = vscode.workspace.getConfiguration("rightslint");
  if (!settings.get<boolean>("enable", true)) return;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const { pkg, from } = serverPackage(context, folder);
  const bin = join(pkg, "bin", "rightslint.js");
  output ??= vscode.window.createOutputChannel("rightslint", { log: true });
  output.info(`server ${bin} (from ${from})`);
  const runtime = settings.get<string>("runtime")?.trim();
  const options = folder ? { cwd: folder } : {};
  const serverOptions: ServerOptions = runtime
    ? { command: runtime, args: [bin, "lsp", "--stdio"], options }
    : { module: bin, args: ["lsp"], transport: TransportKind.stdio, options };
  const clientOptions: LanguageClientOptions = {
    documentSelector: await documentSelector(),
    diagnosticCollectionName: "rightslint",
    outputChannel: output,
    // the server reads rightslint.* with workspace/configuration and watches the config files itself
  };
  client = new LanguageClient("rightslint", "rightslint", serverOptions, clientOptions);
  await client.start();
}

async function restart(context: vscode.ExtensionContext): Promise<void> {
  const old = client;
  client = undefined;
  if (old) await old.stop().catch(() => undefined);
  await start(context);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  context.subscriptions.push(
    vscode.commands.registerCommand("rightslint.restartServer", () => restart(context)),
    vscode.commands.registerCommand("rightslint.showOutput", () => output?.show()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      // what the server cannot pick up by itself: which process runs, and which files it gets
      if (
        ["enable", "serverPath", "runtime", "lintPlainTextAndMarkdown"].some((key) =>
          e.affectsConfiguration(`rightslint.${key}`),
        )
      ) {
        void restart(context);
      }
    }),
  );
  // a config file created later turns plain-text and Markdown linting on ("auto")
  const watcher = vscode.workspace.createFileSystemWatcher(CONFIG_GLOB, false, true, false);
  context.subscriptions.push(
    watcher,
    watcher.onDidCreate(() => void restart(context)),
    watcher.onDidDelete(() => void restart(context)),
  );
  await start(context);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
