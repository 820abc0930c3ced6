/** A full disk: the machine's problem, not the program's (Astro passes the write's error on as text). */
function isDiskFull(e: unknown, detail: string): boolean {
  return (e as NodeJS.ErrnoException | undefined)?.code === 'ENOSPC' || /\bENOSPC\b/.test(detail);
}

/**
 * Runs a command and sets the exit code. Problems in the input never get here
 * (they are reported as findings); an exception here is a bug in the program,
 * so it is reported as one, in one line, with a hint for whom to tell — except a
 * full disk, which is said as it is.
 */
export function runCli(command: () => Promise<number>): void {
  command().then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      const detail = e instanceof Error ? e.message : String(e);
      process.stderr.write(
        isDiskFull(e, detail)
          ? `Disken är full, så bygget avbröts (${detail}). Inget har publicerats: frigör utrymme och kör igen.\n`
          : `Internt fel i Öppna resultat (inte i dina filer): ${detail}\n`,
      );
      if (process.env.OPPNA_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
      process.exitCode = 3;
    },
  );
}
