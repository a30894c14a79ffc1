/** Where the CLI writes: data to stdout, messages to stderr. Injected so tests can capture both. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** A failure the user can act on: printed as `corpus-curator: <message>` with exit code 2. */
export class UsageOrIoError extends Error {
  override readonly name = 'UsageOrIoError';
}
