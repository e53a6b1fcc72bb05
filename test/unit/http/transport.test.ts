// The node:http transport against local servers: whole answers with every header value, a
// server that stalls (idle timeout), one that drops the connection mid-answer, one that is down,
// one that sends more than the caller will read; streamed answers and stream bodies, including
// ones that fail midway.
import { createServer } from 'node:http';
import type { RequestListener, Server } from 'node:http';
import { isRetryableNetworkCode } from '@cib/core/http/retry-policy';
import { Readable } from 'node:stream';
import { nodeStreamTransport, nodeTransport, readBody } from '@cib/core/http/transport';

const servers: Server[] = [];
async function serve(listener: RequestListener): Promise<string> {
  const server = createServer(listener);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}
afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

test('reads the status, the body, and every value of a repeated header', async () => {
  const base = await serve((req, res) => {
    res.setHeader('www-authenticate', ['Basic realm="a"', 'Bearer realm="b"']);
    res.setHeader('docker-content-digest', 'sha256:x');
    res.writeHead(201);
    req.pipe(res);
  });
  const response = await nodeTransport({
    method: 'PUT',
    url: new URL(`${base}/v2/`),
    body: Buffer.from('echo'),
    timeoutMs: 5000,
  });
  expect(response.status).toBe(201);
  expect(response.body.toString()).toBe('echo');
  expect(response.headers['docker-content-digest']).toBe('sha256:x');
  expect(response.rawHeaders['www-authenticate']).toEqual(['Basic realm="a"', 'Bearer realm="b"']);
});

test('a server that stops sending: ETIMEDOUT after the idle time', async () => {
  const base = await serve((_req, res) => {
    res.writeHead(200, { 'content-length': '10' });
    res.write('12345');
  });
  await expect(nodeTransport({ method: 'GET', url: new URL(`${base}/slow`), timeoutMs: 200 })).rejects.toMatchObject({
    code: 'ETIMEDOUT',
  });
});

test('a slow answer that keeps moving is not cut off by the idle limit', async () => {
  const base = await serve((_req, res) => {
    res.writeHead(200, { 'content-length': '5' });
    let sent = 0;
    const timer = setInterval(() => {
      res.write(String(sent));
      if (++sent === 5) {
        clearInterval(timer);
        res.end();
      }
    }, 80);
  });
  const response = await nodeTransport({ method: 'GET', url: new URL(`${base}/trickle`), timeoutMs: 200 });
  expect(response.body.toString()).toBe('01234');
});

test('a connection dropped mid-answer: ECONNRESET, never a short body', async () => {
  const base = await serve((req, res) => {
    res.writeHead(200, { 'content-length': '100' });
    res.write('partial');
    setTimeout(() => req.socket.destroy(), 20);
  });
  await expect(nodeTransport({ method: 'GET', url: new URL(`${base}/drop`), timeoutMs: 5000 })).rejects.toMatchObject({
    code: 'ECONNRESET',
  });
});

test('nobody listening: ECONNREFUSED naming the URL without its query', async () => {
  const error = await nodeTransport({
    method: 'GET',
    url: new URL('http://127.0.0.1:9/v2/x?token=secret'),
    timeoutMs: 2000,
  }).catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'ECONNREFUSED' });
  expect((error as Error).message).toContain('http://127.0.0.1:9/v2/x?…');
  expect((error as Error).message).not.toContain('secret');
});

test('an answer past maxBodyBytes: ETOOLARGE, which the client does not retry', async () => {
  const base = await serve((_req, res) => {
    res.writeHead(200);
    res.end('x'.repeat(64 * 1024));
  });
  const url = new URL(`${base}/big`);
  const error = await nodeTransport({ method: 'GET', url, timeoutMs: 5000, maxBodyBytes: 1000 }).catch(
    (e: unknown) => e,
  );
  expect(error).toMatchObject({ code: 'ETOOLARGE', url });
  expect(isRetryableNetworkCode('ETOOLARGE')).toBe(false);
  const whole = await nodeTransport({ method: 'GET', url, timeoutMs: 5000, maxBodyBytes: 64 * 1024 });
  expect(whole.body).toHaveLength(64 * 1024);
});

describe('streamed bodies', () => {
  test('an answer streams as it comes, and a stream body is sent with its length', async () => {
    const base = await serve((req, res) => {
      res.writeHead(200, { 'content-length': req.headers['content-length'] ?? '0' });
      req.pipe(res);
    });
    const sent = Readable.from([Buffer.from('one '), Buffer.from('two')], { objectMode: false });
    const answer = await nodeStreamTransport({
      method: 'PUT',
      url: new URL(`${base}/echo`),
      headers: { 'content-length': '7' },
      body: sent,
      timeoutMs: 5000,
    });
    expect(answer.status).toBe(200);
    expect((await readBody(answer.body, { method: 'PUT', url: answer.url })).toString()).toBe('one two');
  });

  test('an answer cut mid-body: its stream fails with ECONNRESET, never ends short', async () => {
    const base = await serve((req, res) => {
      res.writeHead(200, { 'content-length': '100' });
      res.write('partial');
      setTimeout(() => req.socket.destroy(), 20);
    });
    const answer = await nodeStreamTransport({ method: 'GET', url: new URL(`${base}/cut`), timeoutMs: 5000 });
    expect(answer.status).toBe(200);
    await expect(readBody(answer.body, { method: 'GET', url: answer.url })).rejects.toMatchObject({
      code: 'ECONNRESET',
    });
  });

  test('a stream body that fails: the request is aborted (the server never gets it whole), with that error', async () => {
    let received: 'whole' | 'aborted' | undefined;
    let closed = () => undefined as void;
    const serverDone = new Promise<void>((resolve) => (closed = resolve));
    const base = await serve((req, res) => {
      req.resume();
      req.on('end', () => {
        received = 'whole';
        res.end();
      });
      req.on('close', () => {
        received ??= 'aborted';
        closed();
      });
    });
    const failing = new Readable({ read() {} });
    failing.push(Buffer.alloc(1000, 'a'));
    setTimeout(() => failing.destroy(new Error('the source broke')), 20);
    const sending = nodeStreamTransport({
      method: 'PUT',
      url: new URL(`${base}/upload`),
      headers: { 'content-length': '2000' },
      body: failing,
      timeoutMs: 5000,
    });
    await expect(sending).rejects.toThrow('the source broke');
    await serverDone;
    expect(received).toBe('aborted');
  });
});
