/** The command-line tools the launcher runs: name → TypeScript entry (relative to the repository root). */
export const COMMANDS = { analyze: 'scripts/cli/analyze-cli.ts', search: 'scripts/cli/search-cli.ts' };
