import { describeFaults } from "./describeFaults";
import { SCENARIOS } from "./scenarios";

// Siapkan Template IKU under fault injection: a new workbook, one it repairs, and one of
// template version 1 it upgrades in place (a failure leaves version 1 as it was).
describeFaults(SCENARIOS.templateFirstRun!);
describeFaults(SCENARIOS.templateRepair!, { dense: true });
describeFaults(SCENARIOS.templateUpgrade!);
