/**
 * How a piece of work grows with its input, for the linearity benchmark (growth-cases.ts): the best of several
 * timings of `work` on `make(n)` and on `make(10 n)` (inputs built before timing), as a ratio (the lowest of three
 * trials). Linear work gives about 10, quadratic about 100 or more; every quadratic spot fixed so far measured well
 * above LINEAR_LIMIT (the folded header 788x).
 */
export const LINEAR_LIMIT = 50;

export async function growth<T>(make: (size: number) => T, work: (input: T) => unknown, size: number, repeats = 5): Promise<number> {
  const best = async (input: T) => {
    let min = Infinity;
    for (let i = 0; i < repeats; i++) {
      const t = performance.now();
      await work(input);
      min = Math.min(min, performance.now() - t);
    }
    return min;
  };
  const small = make(size);
  const large = make(size * 10);
  await work(small);
  // the lowest of three measured ratios: a pause that slows one large run cannot fail the test, quadratic work
  // is slow in every trial
  let ratio = Infinity;
  for (let trial = 0; trial < 3; trial++) ratio = Math.min(ratio, (await best(large)) / Math.max(await best(small), 0.05));
  return ratio;
}
