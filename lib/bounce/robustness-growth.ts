/**
 * How a piece of work grows with its input, for the linearity tests: the best of several timings at size n and
 * at 10 n, as a ratio. Linear work gives about 10, quadratic about 100; tests assert well below the quadratic
 * figure, so a busy machine (which slows both sizes alike) does not make them fail.
 */
export async function growth(run: (size: number) => unknown, size: number, repeats = 5): Promise<number> {
  const best = async (n: number) => {
    let min = Infinity;
    for (let i = 0; i < repeats; i++) {
      const t = performance.now();
      await run(n);
      min = Math.min(min, performance.now() - t);
    }
    return min;
  };
  await run(size);
  const small = await best(size);
  const large = await best(size * 10);
  return large / Math.max(small, 0.05);
}
