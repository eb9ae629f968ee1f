/*
 * How the property tests run: a fixed seed, so CI runs the same cases every time and a
 * failure replays exactly; more runs on demand.
 *
 *   FC_SEED=123 npx jest property        # another seed
 *   FC_RUNS_FACTOR=10 npx jest property  # ten times the runs
 *
 * A failure prints its seed and path (fast-check's "seed: …, path: …"); FC_SEED and
 * fast-check's `path` option replay it.
 */
const DEFAULT_SEED = 20_240_817;

function numberFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n)) throw new Error(`${name} must be a number, got "${raw}"`);
  return n;
}

const PROPERTY_SEED = numberFromEnv("FC_SEED", DEFAULT_SEED);
const FACTOR = numberFromEnv("FC_RUNS_FACTOR", 1);

/** The runs of a property: its CI count, times FC_RUNS_FACTOR. */
const runsOf = (ciRuns: number): number => Math.max(1, Math.round(ciRuns * FACTOR));

/** fast-check's options for a property, announced once so the log says how to replay it. */
export function propertyOptions(name: string, ciRuns: number): { seed: number; numRuns: number } {
  const numRuns = runsOf(ciRuns);
  console.info(
    `property "${name}": ${numRuns} runs, seed ${PROPERTY_SEED} (replay: FC_SEED=${PROPERTY_SEED})`,
  );
  return { seed: PROPERTY_SEED, numRuns };
}
