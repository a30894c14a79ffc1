/** How the commands that read articles treat the files they find (`--follow-symlinks`, `--max-size`). */
export interface FileOptions {
  followSymlinks?: boolean;
  /** The size limit of an article, in bytes. */
  maxBytes?: number;
}
