import { execFile, execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { lastLines } from "./last-lines";

/**
 * PostgreSQL servers of a test's own, from the server binaries on this
 * machine (/usr/lib/postgresql), each in a folder of its own on a port of its
 * own, for what only a real server shows: a streaming replica, a server that
 * stops and starts again. Removed by `remove()`.
 */
export type ThrowawayPostgres = {
  port: number;
  url: (database: string) => string;
  /** `pg_ctl stop`: "fast" ends every session (as an administrator's restart does), "immediate" as a crash. */
  stop: (mode?: "fast" | "immediate") => Promise<void>;
  /** `pg_ctl start`, waiting until the server takes connections. */
  start: () => Promise<void>;
  /** The last `lines` lines of the server's own log: for a failing test to show what PostgreSQL saw. */
  logTail: (lines?: number) => string;
};

export type Cluster = { primaryUrl: (database: string) => string; replicaUrl: (database: string) => string; stop: () => void };

function binaries(): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(path.join(root, v, "bin", "initdb"))) : [];
  if (versions.length === 0) throw new Error("No PostgreSQL server binaries in /usr/lib/postgresql (apt-get install postgresql).");
  return path.join(root, versions.sort((a, b) => Number(b) - Number(a))[0]!, "bin");
}

/** initdb refuses to run as root: as root, the server's commands run as the postgres user. */
function command(bin: string, name: string, args: string[]): [string, string[]] {
  return process.getuid?.() === 0 ? ["runuser", ["-u", "postgres", "--", path.join(bin, name), ...args]] : [path.join(bin, name), args];
}

function run(bin: string, name: string, args: string[]): void {
  execFileSync(...command(bin, name, args), { stdio: "pipe" });
}

/** The same, without blocking the test's own event loop (which may be sending requests meanwhile). */
async function runAsync(bin: string, name: string, args: string[]): Promise<void> {
  await promisify(execFile)(...command(bin, name, args));
}

/** A folder the postgres user owns, for the servers' data and sockets. */
function newFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "vdb-cluster-"));
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    chownSync(dir, uid, uid);
  }
  return dir;
}

/** A server on `data` (already initialised), started at once. */
function serverOn(bin: string, dir: string, data: string, port: number): ThrowawayPostgres {
  const startArgs = ["-D", data, "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, "-l", `${data}.log`, "-w", "start"];
  run(bin, "pg_ctl", startArgs);
  return {
    port,
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    stop: (mode = "fast") => runAsync(bin, "pg_ctl", ["-D", data, "-m", mode, "-w", "stop"]),
    start: () => runAsync(bin, "pg_ctl", startArgs),
    logTail: (lines = 40) => lastLines(`${data}.log`, lines),
  };
}

/** Stops whatever still runs in `dir` (as a crash would) and deletes it. */
function removeFolder(bin: string, dir: string, data: string[]): void {
  for (const name of data) {
    try {
      run(bin, "pg_ctl", ["-D", path.join(dir, name), "-m", "immediate", "stop"]);
    } catch {
      // Already stopped.
    }
  }
  rmSync(dir, { recursive: true, force: true });
}

const randomPort = () => 20000 + Math.floor(Math.random() * 20000);

/** One server, on `port` (a random one by default), with a `postgres` database and trusted local connections. */
export function startPostgres(options: { port?: number } = {}): ThrowawayPostgres & { remove: () => void } {
  const bin = binaries();
  const dir = newFolder();
  run(bin, "initdb", ["-D", path.join(dir, "data"), "-A", "trust", "-U", "postgres"]);
  const server = serverOn(bin, dir, path.join(dir, "data"), options.port ?? randomPort());
  return { ...server, remove: () => removeFolder(bin, dir, ["data"]) };
}

/** A primary and a streaming replica of it, on two neighbouring random ports. */
export function startPrimaryAndReplica(): Cluster {
  const bin = binaries();
  const dir = newFolder();
  const base = randomPort();
  run(bin, "initdb", ["-D", path.join(dir, "primary"), "-A", "trust", "-U", "postgres"]);
  const primary = serverOn(bin, dir, path.join(dir, "primary"), base);
  run(bin, "pg_basebackup", ["-h", "127.0.0.1", "-p", String(primary.port), "-U", "postgres", "-D", path.join(dir, "replica"), "-R", "-X", "stream"]);
  const replica = serverOn(bin, dir, path.join(dir, "replica"), base + 1);
  return { primaryUrl: primary.url, replicaUrl: replica.url, stop: () => removeFolder(bin, dir, ["replica", "primary"]) };
}
