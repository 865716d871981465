// SPDX-License-Identifier: EUPL-1.2
// Sending for the soak run: node:http where the request is well-formed HTTP, raw sockets where an
// HTTP client would refuse or repair it (invalid UTF-8, garbage, huge or duplicate headers).
// Every request has a deadline; an answer is reduced to what the run counts.
import { request, type ClientRequest, type IncomingMessage } from 'node:http';
import { connect } from 'node:net';

export interface Answer {
  /** HTTP status; null when no answer came (closed, reset, or the deadline passed). */
  status: number | null;
  ms: number;
  bytes: number;
  /** The answer as text, at most the first MB, for the checks below and for JSON. */
  text: string;
  /** The deadline passed without an answer. */
  timedOut: boolean;
  /** The answer's headers (not for raw requests). */
  headers?: Record<string, string>;
  error?: string;
}

const KEEP = 1 << 20;

const fout = (error: unknown) =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

export interface Send {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  timeoutMs?: number;
  /** The source address (any of 127.0.0.0/8); the default is the system's choice. */
  localAddress?: string;
}

/**
 * node:http on a fresh connection rather than fetch: it takes a source address, and it keeps an
 * answer that came before the server closed on a body it did not want to read (fetch drops it).
 */
export async function send(
  url: string,
  { method = 'GET', headers = {}, body, timeoutMs = 15_000, localAddress }: Send = {},
): Promise<Answer> {
  if (body !== undefined && Buffer.byteLength(body) > LARGE)
    return sendLarge(new URL(url), method, headers, Buffer.from(body), timeoutMs, localAddress);
  const start = performance.now();
  const signal = AbortSignal.timeout(timeoutMs);
  return new Promise((resolve) => {
    let status: number | null = null;
    let answerHeaders: Record<string, string> = {};
    const received: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (error?: unknown) => {
      if (done) return;
      done = true;
      const timedOut = status === null && signal.aborted;
      const buffer = Buffer.concat(received);
      resolve({
        status,
        ms: performance.now() - start,
        bytes: size,
        text: buffer.toString('utf8'),
        timedOut,
        headers: answerHeaders,
        ...(error === undefined ? {} : { error: fout(error) }),
      });
    };
    const onAnswer = (res: IncomingMessage) => {
      status = res.statusCode ?? null;
      answerHeaders = Object.fromEntries(
        Object.entries(res.headers).map(([k, v]) => [
          k,
          Array.isArray(v) ? v.join(', ') : (v ?? ''),
        ]),
      );
      res.on('data', (chunk: Buffer) => {
        if (size < KEEP) received.push(chunk);
        size += chunk.length;
      });
      res.on('end', () => finish());
      res.on('error', (error) => finish(error));
      res.on('close', () => finish());
    };
    // A header node:http refuses (it validates like fetch) is an outcome, not a failed run.
    let req: ClientRequest;
    try {
      req = request(
        url,
        { method, headers, agent: false, signal, ...(localAddress ? { localAddress } : {}) },
        onAnswer,
      );
    } catch (error) {
      finish(error);
      return;
    }
    // After an answer has begun, a reset (the server closing on an unread body) leaves it standing.
    req.on('error', (error) => finish(error));
    req.end(body);
  });
}

const LARGE = 1 << 20;
const PIECE = 1 << 18;

/**
 * A large body over a socket: the head first, then up to a second for an answer, then the body
 * in 256 kB pieces, stopping as soon as the server has answered. A server refusing on the head
 * alone closes without reading the rest, and a client still writing then gets a reset (and
 * node:http and fetch report that instead of the answer).
 */
async function sendLarge(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: Buffer,
  timeoutMs: number,
  localAddress: string | undefined,
): Promise<Answer> {
  const head = http1(method, `${url.pathname}${url.search}`, [
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
    `Content-Length: ${body.length}`,
  ]);
  const pieces = Array.from({ length: Math.ceil(body.length / PIECE) }, (_, i) =>
    body.subarray(i * PIECE, (i + 1) * PIECE),
  );
  const answer = await raw(Number(url.port), {
    chunks: [head, ...pieces],
    timeoutMs,
    earlyAnswerMs: 1000,
    ...(localAddress ? { localAddress } : {}),
  });
  const end = answer.text.indexOf('\r\n\r\n');
  if (end < 0) return answer;
  const answerHeaders = Object.fromEntries(
    answer.text
      .slice(0, end)
      .split('\r\n')
      .slice(1)
      .map((line) => [
        line.slice(0, line.indexOf(':')).trim().toLowerCase(),
        line.slice(line.indexOf(':') + 1).trim(),
      ]),
  );
  // Bytes after the head; a chunked answer still counts its few bytes of framing.
  return {
    ...answer,
    text: answer.text.slice(end + 4),
    bytes: Math.max(0, answer.bytes - Buffer.byteLength(answer.text.slice(0, end + 4))),
    headers: answerHeaders,
  };
}

export interface Raw {
  /** Written one after another; with pauseMs between them (slow senders). */
  chunks: Buffer[];
  pauseMs?: number;
  timeoutMs?: number;
  localAddress?: string;
  /** Wait this long after the first chunk (the head); once any answer has come, send no more. */
  earlyAnswerMs?: number;
}

/** Writes bytes to the port as they are; reads until the server closes or the deadline passes. */
export function raw(
  port: number,
  { chunks, pauseMs = 0, timeoutMs = 10_000, localAddress, earlyAnswerMs = 0 }: Raw,
): Promise<Answer> {
  const start = performance.now();
  return new Promise((resolve) => {
    const received: Buffer[] = [];
    let size = 0;
    let done = false;
    const socket = connect({ port, host: '127.0.0.1', ...(localAddress ? { localAddress } : {}) });
    const finish = (timedOut: boolean, error?: unknown) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      const head = Buffer.concat(received).subarray(0, KEEP);
      const text = head.toString('latin1');
      const status = /^HTTP\/\d(?:\.\d)? (\d{3})/.exec(text)?.[1];
      resolve({
        status: status === undefined ? null : Number(status),
        ms: performance.now() - start,
        bytes: size,
        text: head.toString('utf8'),
        timedOut: timedOut && status === undefined,
        ...(error === undefined ? {} : { error: fout(error) }),
      });
    };
    const timer = setTimeout(() => finish(true), timeoutMs);
    socket.on('data', (chunk: Buffer) => {
      if (size < KEEP) received.push(chunk);
      size += chunk.length;
    });
    socket.on('close', () => finish(false));
    // A reset after the answer (the server closing on a request it refused) still has the answer.
    socket.on('error', (error) => finish(false, error));
    socket.once('connect', () => {
      void (async () => {
        for (const [i, chunk] of chunks.entries()) {
          // Until an answer begins or earlyAnswerMs passed; between pieces, reads get their turn.
          if (i === 1 && earlyAnswerMs > 0)
            for (let t = 0; t < earlyAnswerMs && size === 0 && !done; t += 10) await sleep(10);
          else if (i > 0 && pauseMs > 0) await sleep(pauseMs);
          else if (i > 0) await new Promise((r) => setImmediate(r));
          // A server that answered before reading the body has said what it had to say.
          if (done || (earlyAnswerMs > 0 && size > 0)) return;
          if (!socket.write(chunk)) await new Promise((r) => socket.once('drain', r));
        }
      })().catch(() => {});
    });
  });
}

/** A raw HTTP/1.1 request with the given head lines; Connection: close, so the server ends it. */
export function http1(
  method: string,
  path: string | Buffer,
  headers: (string | Buffer)[],
  body: Buffer = Buffer.alloc(0),
): Buffer {
  const lines: Buffer[] = [
    Buffer.from(`${method} `),
    Buffer.isBuffer(path) ? path : Buffer.from(path, 'latin1'),
    Buffer.from(' HTTP/1.1\r\n'),
  ];
  for (const h of ['Host: 127.0.0.1', 'Connection: close', ...headers])
    lines.push(Buffer.isBuffer(h) ? h : Buffer.from(h, 'latin1'), Buffer.from('\r\n'));
  lines.push(Buffer.from('\r\n'), body);
  return Buffer.concat(lines);
}

/** The GraphQL errors of an answer, if it was JSON; [] otherwise. */
export function errorsOf(answer: Answer): { message: string; code: string }[] {
  try {
    const body = JSON.parse(answer.text) as {
      errors?: { message?: unknown; extensions?: { code?: unknown } }[];
    };
    return (body.errors ?? []).map((e) => ({
      message: typeof e.message === 'string' ? e.message : '',
      code: typeof e.extensions?.code === 'string' ? e.extensions.code : '',
    }));
  } catch {
    return [];
  }
}

/** The GraphQL data of an answer, if it was JSON with data. */
export function dataOf<T>(answer: Answer): T | undefined {
  try {
    return (JSON.parse(answer.text) as { data?: T }).data ?? undefined;
  } catch {
    return undefined;
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Source addresses for the fuzz requests, one after another over 127.0.1.1–127.0.1.250: a limit
 * per client address should not hide how the app handles the input. The rate limit itself is
 * measured from a single address (load.ts).
 */
let source = 0;
export function nextSource(): string {
  source = (source % 250) + 1;
  return `127.0.1.${source}`;
}
