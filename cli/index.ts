/** The entry point bundled to out/cli/factcheck.mjs: runs the CLI on the process arguments. */
import { runCli } from './main';

// A reader that stops early (`factcheck info x | head`) closes the pipe; that is not an error worth a trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') process.stderr.write(`factcheck: cannot write the output: ${error.message}\n`);
  process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : 1);
});

process.exitCode = await runCli(process.argv.slice(2));
