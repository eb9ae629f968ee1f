import { describeFaults } from "./describeFaults";
import { SCENARIOS } from "./scenarios";

// Buat Lembar Monev under fault injection (see faultMatrix.ts for what is asserted): the
// same safety as the LAKIP's, through performAction and the report's shared plan.
describeFaults(SCENARIOS.monevReplace!);
