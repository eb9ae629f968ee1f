import { describeFaults } from "./describeFaults";
import { SCENARIOS } from "./scenarios";

// Buat Lembar LAKIP keeping an edited report, and written in parts, under fault injection.
describeFaults(SCENARIOS.lakipKeepEdited!);
describeFaults(SCENARIOS.lakipSplit!);
