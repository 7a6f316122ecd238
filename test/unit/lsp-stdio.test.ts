import * as assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { writeMessagesWhole } from '../../server/src/lsp/stdio';

/** A stdout stand-in that records every write it really receives. */
function recorder(): { out: NodeJS.WriteStream; chunks: Buffer[] } {
  const chunks: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer, _enc, cb) {
      chunks.push(Buffer.from(chunk));
      cb();
    },
  }) as unknown as NodeJS.WriteStream;
  return { out, chunks };
}

const written = (out: NodeJS.WriteStream, chunk: string | Buffer, enc?: BufferEncoding) =>
  new Promise<void>((resolve, reject) => {
    const cb = (e?: Error | null) => (e ? reject(e) : resolve());
    if (enc) out.write(chunk, enc, cb);
    else out.write(chunk, cb);
  });

describe('lsp/stdio: one write per JSON-RPC message', () => {
  it('writes the header and the body as one chunk, byte for byte the same, callbacks called', async () => {
    const { out, chunks } = recorder();
    writeMessagesWhole(out);
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', id: 1, result: 'é' }));
    // What vscode-jsonrpc does: the header, wait for its callback, then the body.
    for (let i = 0; i < 2; i++) {
      await written(out, `Content-Length: ${body.byteLength}\r\n\r\n`, 'ascii');
      await written(out, body);
    }
    assert.equal(chunks.length, 2);
    assert.equal(Buffer.concat(chunks).toString(), `Content-Length: ${body.byteLength}\r\n\r\n${body}`.repeat(2));
  });

  it('passes other writes through in order', async () => {
    const { out, chunks } = recorder();
    writeMessagesWhole(out);
    await written(out, 'hello\n');
    await written(out, 'Content-Length: 3\r\n\r\n', 'ascii');
    await written(out, 'abc'); // a string, not a body buffer: the held header goes first
    assert.deepEqual(
      chunks.map((c) => c.toString()),
      ['hello\n', 'Content-Length: 3\r\n\r\n', 'abc'],
    );
  });
});
