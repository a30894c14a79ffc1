/** Exit codes of the `corpus-curator` CLI; scripts and CI rely on them. */
export const ExitCode = {
  ok: 0,
  problemsFound: 1,
  usageOrIoError: 2,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
