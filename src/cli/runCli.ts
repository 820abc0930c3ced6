/**
 * Runs a command and sets the exit code. Problems in the input never get here
 * (they are reported as findings); an exception here is a bug in the program,
 * so it is reported as one, in one line, with a hint for whom to tell.
 */
export function runCli(command: () => Promise<number>): void {
  command().then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      const detail = e instanceof Error ? e.message : String(e);
      process.stderr.write(`Internt fel i Öppna resultat (inte i dina filer): ${detail}\n`);
      if (process.env.OPPNA_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
      process.exitCode = 3;
    },
  );
}
