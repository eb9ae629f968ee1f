import { describeFaults } from "./describeFaults";
import { SCENARIOS } from "./scenarios";

// Siapkan Template IKU under fault injection: a new workbook, and one it repairs.
describeFaults(SCENARIOS.templateFirstRun!);
describeFaults(SCENARIOS.templateRepair!, { dense: true });
