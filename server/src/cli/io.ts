// What every CLI command is given and may throw: its input and output (so that tests and the
// worker threads can run a command without a process), and the error for a bad command line.

/** The process's streams and environment, as a command sees them. */
export interface Io {
  stdout(s: string): void;
  stderr(s: string): void;
  readStdin(): Uint8Array;
  isTty: boolean;
  stderrIsTty: boolean;
  env: NodeJS.ProcessEnv;
}

/** A command line that cannot be run (unknown option, missing file…): exit code 2 with the usage. */
export class UsageError extends Error {}
