import * as vscode from 'vscode';
import { t } from './l10n';
import {
  CloseAction,
  CloseHandlerResult,
  ErrorAction,
  ErrorHandler,
  ErrorHandlerResult,
  LanguageClient,
  LanguageClientOptions,
  Message,
  ServerOptions,
  State,
  TransportKind,
} from 'vscode-languageclient/node';
import { exportHtml, FormPreview, activeStandard, revealProblem } from './form';
import { fixAllSafe } from './fix-all';
import { chosenLocale, clientLocale } from './l10n';
import { newStandard } from './new-standard';
import { exportForm } from './export';
import { importDocuments } from './import';
import { LANGUAGES, StatusItem } from './status';
import { SERVER_NODE_FLAGS } from '../../server/src/lsp/node-flags';

let client: LanguageClient | undefined;
let status: StatusItem | undefined;

/** Restarts allowed within CRASH_WINDOW_MS before the extension gives up and asks the user. */
const MAX_RESTARTS = 4;
const CRASH_WINDOW_MS = 3 * 60 * 1000;

export interface SkjApi {
  /** The running language client (for tests). */
  client(): LanguageClient | undefined;
}

export async function activate(context: vscode.ExtensionContext): Promise<SkjApi> {
  const output = vscode.window.createOutputChannel('SKJ Language Server', { log: true });
  context.subscriptions.push(output);
  status = new StatusItem();
  context.subscriptions.push(status);

  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: SERVER_NODE_FLAGS } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6009'] } },
  };

  const crashes: number[] = [];
  const errorHandler: ErrorHandler = {
    error(_error: Error, _message: Message | undefined, count: number | undefined): ErrorHandlerResult {
      return { action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true };
    },
    closed(): CloseHandlerResult {
      const now = Date.now();
      crashes.push(now);
      while (crashes.length && now - crashes[0] > CRASH_WINDOW_MS) crashes.shift();
      status?.setState('crashed');
      if (crashes.length <= MAX_RESTARTS) {
        output.appendLine(`[${new Date().toISOString()}] ${t('The server stopped unexpectedly; restarting it.')}`);
        void vscode.window.showWarningMessage(t('The SKJ language server stopped unexpectedly and was restarted.'));
        return { action: CloseAction.Restart, handled: true };
      }
      const restart = t('Restart');
      const show = t('Show output');
      void vscode.window
        .showErrorMessage(t('The SKJ language server stopped {0} times in 3 minutes and will not be restarted automatically.', crashes.length), restart, show)
        .then((choice) => {
          if (choice === restart) void vscode.commands.executeCommand('skj.restartServer');
          if (choice === show) output.show(true);
        });
      return { action: CloseAction.DoNotRestart, handled: true };
    },
  };

  const selector = LANGUAGES.flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [...selector, { scheme: 'file', pattern: '**/skj.config.{yaml,yml}' }],
    synchronize: {
      configurationSection: 'skj',
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/*.kamus.{yaml,yml}'),
        vscode.workspace.createFileSystemWatcher('**/skj.config.{yaml,yml}'),
      ],
    },
    initializationOptions: { trusted: vscode.workspace.isTrusted, locale: clientLocale() },
    middleware: {
      workspace: {
        // skj.locale only when the user chose it: otherwise the server uses skj.config.yaml's
        // locale, else the client's (VS Code's display language, sent at initialize).
        configuration: async (params, token, next) => {
          const result = await next(params, token);
          if (!Array.isArray(result)) return result;
          return result.map((r, i) => {
            if (params.items[i]?.section !== 'skj' || !r || typeof r !== 'object') return r;
            const { locale: _default, ...rest } = r as Record<string, unknown>;
            const chosen = chosenLocale();
            return chosen ? { ...rest, locale: chosen } : rest;
          });
        },
      },
    },
    outputChannel: output,
    traceOutputChannel: output,
    errorHandler,
    markdown: { isTrusted: false, supportHtml: false },
    diagnosticPullOptions: { onChange: true, onSave: true },
  };

  const create = () => {
    const c = new LanguageClient('skj', 'SKJ Language Server', serverOptions, clientOptions);
    context.subscriptions.push(
      c.onDidChangeState((e) => {
        status?.setState(e.newState === State.Stopped && crashes.length ? 'crashed' : e.newState);
      }),
    );
    return c;
  };

  const preview = new FormPreview(() => client, context.workspaceState);
  context.subscriptions.push(
    preview,
    vscode.commands.registerCommand('skj.newStandard', () => newStandard(client)),
    vscode.commands.registerCommand('skj.fixAll', (uri?: vscode.Uri) => fixAllSafe(client, uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand('skj.revealProblem', (uri: string, line: number, character: number) => revealProblem(uri, line, character)),
    vscode.window.registerWebviewPanelSerializer(FormPreview.viewType, { deserializeWebviewPanel: (panel) => preview.restore(panel) }),

    vscode.commands.registerCommand('skj.preview', async (uri?: vscode.Uri) => {
      const doc = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : activeStandard();
      if (!doc) {
        void vscode.window.showWarningMessage(t('Open a standard (*.skj.yaml) to preview its form.'));
        return;
      }
      preview.show(doc);
    }),
    vscode.commands.registerCommand('skj.exportHtml', (uri?: vscode.Uri) => exportHtml(client, uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand('skj.export', (uri?: vscode.Uri) => exportForm(context, client, output, uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand('skj.import', (uri?: vscode.Uri, uris?: vscode.Uri[]) => importDocuments(context, output, uris?.length ? uris : uri instanceof vscode.Uri ? [uri] : undefined)),
    vscode.commands.registerCommand('skj.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('skj.restartServer', async () => {
      crashes.length = 0;
      if (client) {
        try {
          await client.stop(5000);
        } catch {
          /* already stopped */
        }
        await client.dispose().catch(() => undefined);
      }
      client = create();
      status?.setState(State.Starting);
      await client.start();
      void vscode.window.setStatusBarMessage(t('SKJ language server restarted'), 3000);
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void vscode.commands.executeCommand('skj.restartServer')),
    { dispose: () => void client?.stop() },
  );

  client = create();
  try {
    await client.start();
  } catch (e) {
    status.setState(State.Stopped);
    output.appendLine(String((e as Error)?.stack ?? e));
    void vscode.window.showErrorMessage(t('The SKJ language server could not start: {0}', (e as Error)?.message ?? String(e)));
  }
  return { client: () => client };
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c) await c.stop().catch(() => undefined);
}
