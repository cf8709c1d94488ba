import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * A PostgreSQL primary and a streaming replica of it, from the server
 * binaries on this machine, each on a port of its own, for tests of what
 * only a real replica shows. Removed by `stop()`.
 */
export type Cluster = { primaryUrl: (database: string) => string; replicaUrl: (database: string) => string; stop: () => void };

function binaries(): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(path.join(root, v, "bin", "initdb"))) : [];
  if (versions.length === 0) throw new Error("No PostgreSQL server binaries in /usr/lib/postgresql (apt-get install postgresql).");
  return path.join(root, versions.sort((a, b) => Number(b) - Number(a))[0]!, "bin");
}

/** initdb refuses to run as root: as root, run the server's commands as the postgres user. */
function run(bin: string, command: string, args: string[]): void {
  const asRoot = process.getuid?.() === 0;
  const [file, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", path.join(bin, command), ...args]] : [path.join(bin, command), args];
  execFileSync(file, argv, { stdio: "pipe" });
}

export function startPrimaryAndReplica(): Cluster {
  const bin = binaries();
  const dir = mkdtempSync(path.join(tmpdir(), "vdb-cluster-"));
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    chownSync(dir, uid, uid);
  }
  const base = 20000 + Math.floor(Math.random() * 20000);
  const [primaryPort, replicaPort] = [base, base + 1];
  const start = (data: string, port: number) =>
    run(bin, "pg_ctl", ["-D", data, "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, "-l", `${data}.log`, "-w", "start"]);

  run(bin, "initdb", ["-D", path.join(dir, "primary"), "-A", "trust", "-U", "postgres"]);
  start(path.join(dir, "primary"), primaryPort);
  run(bin, "pg_basebackup", ["-h", "127.0.0.1", "-p", String(primaryPort), "-U", "postgres", "-D", path.join(dir, "replica"), "-R", "-X", "stream"]);
  start(path.join(dir, "replica"), replicaPort);

  return {
    primaryUrl: (database) => `postgres://postgres@127.0.0.1:${primaryPort}/${database}`,
    replicaUrl: (database) => `postgres://postgres@127.0.0.1:${replicaPort}/${database}`,
    stop: () => {
      for (const data of ["replica", "primary"]) {
        try {
          run(bin, "pg_ctl", ["-D", path.join(dir, data), "-m", "immediate", "stop"]);
        } catch {
          // Already stopped.
        }
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
