/**
 * Progress of long reads on stderr (SPEC §4.5), for a person at a terminal: one line rewritten
 * in place, at most four times a second — rows read and their rate. Never on stdout, never when
 * stderr is not a terminal (a cron job's mail stays clean).
 */
export interface ProgressLine {
  update(file: string, rows: number, bytes: number): void;
  end(): void;
}

export function terminalProgress(stream: { isTTY?: boolean; write(s: string): unknown }, clock: () => number): ProgressLine | null {
  if (!stream.isTTY) return null;
  const started = clock();
  let last = 0;
  let shown = false;
  const grouped = (n: number) => Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return {
    update(file, rows, bytes) {
      const now = clock();
      if (now - last < 250) return;
      last = now;
      const seconds = Math.max((now - started) / 1000, 0.001);
      const mb = bytes > 0 ? `, ${grouped(bytes / 1_048_576)} MB` : '';
      // The file's name is data: no control character of it reaches the terminal.
      stream.write(`\r\x1b[2K${file.replace(/[\x00-\x1F\x7F-\x9F]/g, '\uFFFD')}: ${grouped(rows)} rows${mb}, ${grouped(rows / seconds)} rows/s`);
      shown = true;
    },
    end() {
      if (shown) stream.write('\r\x1b[2K');
      shown = false;
    },
  };
}
