// Vitest setup: FC_NUM_RUNS=5000 npx vitest run test/unit makes every property test search harder (default: each test's own).
import fc from "fast-check";

const runs = Number(process.env.FC_NUM_RUNS);
if (Number.isInteger(runs) && runs > 0) fc.configureGlobal({ numRuns: runs });
