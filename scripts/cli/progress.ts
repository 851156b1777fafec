/**
 * A one-line progress report on stderr for `analyze` over many files: files done of total and messages per
 * second, redrawn at most ten times a second and wiped at the end. Silent unless stderr is a terminal, so
 * scripts and pipes see results on stdout and nothing else.
 */
export interface Progress {
  /** One more file done: redraws the line when the last drawing is 100 ms old. */
  step: () => void;
  /** Wipes the line (before results go to the same terminal, and at the end). */
  done: () => void;
}

interface Terminal {
  isTTY?: boolean;
  write: (text: string) => unknown;
}

export function progressLine(total: number, out: Terminal = process.stderr, now: () => number = () => performance.now()): Progress {
  if (!out.isTTY || total < 2) return { step: () => {}, done: () => {} };
  // results written to the same terminal wipe the line first; it is drawn again on the next step
  const started = now();
  let count = 0;
  let shown = -Infinity;
  let drawn = false;
  return {
    step() {
      count++;
      const t = now();
      if (t - shown < 100 && count < total) return;
      shown = t;
      const rate = Math.round(count / Math.max((t - started) / 1000, 0.001));
      out.write(`\r\x1b[K${count}/${total} files, ${rate} messages/s`);
      drawn = true;
    },
    done() {
      if (drawn) out.write('\r\x1b[K');
      drawn = false;
      shown = -Infinity;
    },
  };
}
