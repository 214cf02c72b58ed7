// A one-line progress bar on stderr for long CLI work; silent when stderr is not a terminal.
export function progressBar(label: string) {
  const tty = process.stderr.isTTY;
  let lastDraw = 0;
  return {
    update(done: number, total: number) {
      if (!tty) return;
      const now = Date.now();
      if (now - lastDraw < 100 && done < total) return;
      lastDraw = now;
      const width = 30;
      const ratio = total > 0 ? Math.min(1, done / total) : 1;
      const filled = Math.round(ratio * width);
      process.stderr.write(
        `\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} (${Math.round(ratio * 100)}%)`,
      );
    },
    done() {
      if (tty) process.stderr.write('\n');
    },
  };
}
