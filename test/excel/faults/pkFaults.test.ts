import { describeFaults } from "./describeFaults";
import { SCENARIOS } from "./scenarios";

// Buat Perjanjian Kinerja under fault injection (see faultMatrix.ts for what is asserted):
// the same safety as the LAKIP's and the Monev's, through the reports' shared plan.
describeFaults(SCENARIOS.pkReplace!);
