import { Connection, ErrorCodes, Message, MessageStrategy, NotificationMessage, RequestMessage, ResponseError } from 'vscode-languageserver/node';

/** The method every request is answered under once the server is shut down. */
const AFTER_SHUTDOWN = 'skj/$afterShutdown';

/**
 * The LSP's rules after `shutdown`: every further request (a second `shutdown` too) is answered
 * with InvalidRequest, every notification but `exit` is dropped, and the server sends nothing of
 * its own (no diagnostics from a debounce timer or the background scan that was still running).
 *
 * Installed as the connection's message strategy, which sees each incoming message before its
 * handler: a request after shutdown is passed on renamed to one handler that refuses it, so its
 * answer keeps the request's id.
 */
export class ShutdownGuard implements MessageStrategy {
  shutDown = false;

  handleMessage(message: Message, next: (message: Message) => void): void {
    if (Message.isRequest(message)) {
      if (this.shutDown) return next({ ...message, method: AFTER_SHUTDOWN, params: { method: message.method } } as RequestMessage);
      if (message.method === 'shutdown') this.shutDown = true;
    } else if (Message.isNotification(message) && this.shutDown && (message as NotificationMessage).method !== 'exit') return;
    next(message);
  }

  /** Registers the refusing handler and silences what the server would send after shutdown. */
  install(connection: Connection): void {
    connection.onRequest(AFTER_SHUTDOWN, (p: { method?: string }) => new ResponseError(ErrorCodes.InvalidRequest, `The server is shut down (${p?.method ?? 'request'}).`));
    const send = connection.sendDiagnostics.bind(connection);
    connection.sendDiagnostics = (params) => (this.shutDown ? Promise.resolve() : send(params));
    const refresh = connection.languages.diagnostics.refresh.bind(connection.languages.diagnostics);
    connection.languages.diagnostics.refresh = () => (this.shutDown ? Promise.resolve() : refresh());
  }
}
