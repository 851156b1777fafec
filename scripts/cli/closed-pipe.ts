/**
 * A reader that stops early (`npm run --silent search -- … | head -1`) closes standard output: the command then
 * ends quietly with status 0, as Unix tools do, instead of printing an EPIPE stack trace.
 */
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
