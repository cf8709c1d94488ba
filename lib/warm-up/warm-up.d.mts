import type { IncomingMessage, ServerResponse } from "node:http";

export function titleWords(searchPage: string): string[];
export function warmUpPaths(searchPage: string): string[];
export function warmUp(listener: (req: IncomingMessage, res: ServerResponse) => void, seconds: number): Promise<void>;
