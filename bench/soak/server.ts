// SPDX-License-Identifier: EUPL-1.2
// The app under test as a child process (`node server/index.ts`, as in production) with its own
// data dir and its log in a file. Crashes are recorded per phase and the app is started again
// on the same data, so one crash does not hide what later phases would find.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, openSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { send } from './http.ts';

export interface Crash {
  phase: string;
  code: number | null;
  signal: string | null;
  /** What the app wrote to stderr as it died: V8's "FATAL ERROR" line or the uncaught error. */
  reason: string;
}

export interface ServerSettings {
  dataDir: string;
  logFile: string;
  errFile: string;
  token: string;
}

const ROOT = join(import.meta.dirname, '..', '..');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class SoakServer {
  readonly settings: ServerSettings;
  readonly crashes: Crash[] = [];
  port = 0;
  /** Named in a crash record; set by each phase. */
  phase = 'start';
  /** Settings on top of the run's own, from the next start on. */
  extraEnv: Record<string, string> = {};
  /** Starts after a crash (not the deliberate ones between phases). */
  restarts = 0;
  private child: ChildProcess | undefined;

  constructor(settings: ServerSettings) {
    this.settings = settings;
  }

  get base(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  alive(): boolean {
    return (
      this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null
    );
  }

  private env(): NodeJS.ProcessEnv {
    return {
      // Only what a process needs from the caller's environment: the app's own settings there
      // (GRAPHIQL, ANONIEM_LEZEN, NEO4J_URI, …) would make runs incomparable. NODE_OPTIONS
      // passes, so a smaller heap can be tried (--max-old-space-size).
      ...Object.fromEntries(
        ['PATH', 'HOME', 'TMPDIR', 'LANG', 'TZ', 'NODE_OPTIONS'].flatMap((k) =>
          process.env[k] === undefined ? [] : [[k, process.env[k]]],
        ),
      ),
      PORT: String(this.port),
      DATA_DIR: this.settings.dataDir,
      EDIT_TOKEN: this.settings.token,
      BEHEERDER_GEBRUIKERSNAAM: 'soak-beheerder',
      BEHEERDER_WACHTWOORD: 'soak-wachtwoord-lang-genoeg',
      COOKIE_SECURE: 'false',
      LOG_LEVEL: 'info',
      ...this.extraEnv,
    };
  }

  /** The example region into the data dir, as `npm run seed` does (and `npm start` first). */
  async seed(): Promise<void> {
    const out = openSync(this.settings.logFile, 'a');
    const child = spawn(process.execPath, ['seed/cli.ts'], {
      cwd: ROOT,
      stdio: ['ignore', out, out],
      env: this.env(),
      timeout: 120_000,
    });
    closeSync(out);
    const [code] = (await once(child, 'exit')) as [number | null];
    if (code !== 0)
      throw new Error(
        `seed/cli.ts ended with ${code}: ${readFileSync(this.settings.logFile, 'utf8').trim().split('\n').slice(-3).join(' | ')}`,
      );
  }

  async start(): Promise<void> {
    if (this.port === 0) this.port = await freePort();
    const out = openSync(this.settings.logFile, 'a');
    const err = openSync(this.settings.errFile, 'a');
    const errFrom = statSync(this.settings.errFile).size;
    const child = spawn(process.execPath, ['server/index.ts'], {
      cwd: ROOT,
      stdio: ['ignore', out, err],
      env: this.env(),
    });
    closeSync(out);
    closeSync(err);
    this.child = child;
    child.once('exit', (code, signal) => {
      this.crashes.push({ phase: this.phase, code, signal, reason: this.why(errFrom) });
    });
    const until = Date.now() + 60_000;
    while (Date.now() < until) {
      if (!this.alive()) throw new Error(`the app stopped during start-up:\n${this.stderrTail()}`);
      if (await this.healthy(2_000)) return;
      await sleep(200);
    }
    throw new Error('the app did not answer /healthz within 60 s');
  }

  async healthy(timeoutMs = 10_000): Promise<boolean> {
    return (await send(`${this.base}/healthz`, { timeoutMs })).status === 200;
  }

  /** After a phase or a request that may have killed it: true when it had to be started again. */
  async ensure(): Promise<boolean> {
    if (this.alive() && (await this.healthy())) return false;
    if (this.alive()) {
      // Alive but not answering counts as a crash too; stop() drops the exit listener, so once.
      this.crashes.push({
        phase: this.phase,
        code: null,
        signal: null,
        reason: 'no answer to /healthz within 10 s; killed',
      });
      await this.stop();
    }
    await this.start();
    this.restarts++;
    return true;
  }

  /** Resident memory of the app in MB, from /proc (Linux); NaN when unknown. */
  rssMb(): number {
    try {
      const status = readFileSync(`/proc/${this.child?.pid}/status`, 'utf8');
      const kb = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
      return kb === undefined ? NaN : Number(kb) / 1024;
    } catch {
      return NaN;
    }
  }

  /** CPU seconds of the app so far (user + system, all threads), from /proc; NaN when unknown. */
  cpuSeconds(): number {
    try {
      const fields =
        readFileSync(`/proc/${this.child?.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      // utime and stime are fields 14 and 15 of stat, in clock ticks (100 per second on Linux).
      return (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      return NaN;
    }
  }

  /** The store's revision, read beside the app from its SQLite file (read-only); else NaN. */
  revision(): number {
    try {
      const db = new DatabaseSync(join(this.settings.dataDir, 'knooppuntenregister.sqlite'), {
        readOnly: true,
      });
      try {
        const row = db.prepare("SELECT value FROM meta WHERE key = 'revision'").get() as
          { value: number } | undefined;
        return row?.value ?? NaN;
      } finally {
        db.close();
      }
    } catch {
      return NaN;
    }
  }

  /** The telling line of what this start wrote to stderr, else its last lines. */
  private why(from: number): string {
    try {
      const lines = readFileSync(this.settings.errFile)
        .subarray(from)
        .toString('utf8')
        .trim()
        .split('\n');
      return (
        lines.find((l) => /FATAL ERROR|^\w*Error\b|Uncaught|Maximum call stack/.test(l))?.trim() ??
        lines.slice(-3).join(' | ')
      );
    } catch {
      return '';
    }
  }

  stderrTail(lines = 4): string {
    try {
      return readFileSync(this.settings.errFile, 'utf8')
        .trim()
        .split('\n')
        .slice(-lines)
        .join(' | ');
    } catch {
      return '';
    }
  }

  /** SIGTERM, then SIGKILL after 5 s; a stop is not a crash. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || !this.alive()) return;
    child.removeAllListeners('exit');
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const killed = await Promise.race([exited.then(() => true), sleep(5_000).then(() => false)]);
    if (!killed) {
      child.kill('SIGKILL');
      await Promise.race([exited, sleep(2_000)]);
    }
  }

  /** For process 'exit' handlers: synchronous, no waiting. */
  killNow(): void {
    if (this.alive()) this.child?.kill('SIGKILL');
  }
}
