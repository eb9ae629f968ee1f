import { describeFaults } from "./describeFaults";
import { SCENARIOS } from "./scenarios";

// Buat Lembar LAKIP under fault injection (see faultMatrix.ts for what is asserted).
describeFaults(SCENARIOS.lakipNew!, { dense: true });
describeFaults(SCENARIOS.lakipReplace!);
