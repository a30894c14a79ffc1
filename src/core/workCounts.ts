/**
 * How often the costly steps ran since the process started: article analyses and front matter
 * parses. Tests read these to hold a command to its budget (one Accept: one analysis, one parse);
 * the program never reads them. Counting costs an increment.
 */
export const workCounts = { analyses: 0, frontMatterParses: 0 };
