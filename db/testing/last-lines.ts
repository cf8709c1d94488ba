import { existsSync, readFileSync } from "node:fs";

/** The last `count` lines of a log file, for a failing test to show what a server printed; `missing` when there is no file. */
export function lastLines(file: string, count: number, missing = "(no log)"): string {
  return existsSync(file) ? readFileSync(file, "utf8").trimEnd().split("\n").slice(-count).join("\n") : missing;
}
