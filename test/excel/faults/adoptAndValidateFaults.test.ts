import { describeFaults } from "./describeFaults";
import { SCENARIOS } from "./scenarios";

// Siapkan Template IKU adopting a renamed sheet, and Validasi, under fault injection.
describeFaults(SCENARIOS.templateAdopt!);
describeFaults(SCENARIOS.validate!);
