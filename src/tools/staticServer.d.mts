/** Types of staticServer.mjs (plain JavaScript so that `npm start` needs no TypeScript loader). */
export interface StaticServer {
  /** http://127.0.0.1:<port>, no trailing slash. */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Serves `root` on http://127.0.0.1:`port` (0: any free port). "/" redirects to /preview.html. */
export function serveStatic(root: string, port?: number): Promise<StaticServer>;
