/**
 * Where the LAKIP sheet's fixed parts are and the words it prints for a figure that is
 * not a number. The Excel layer selects the title; tests find the table by its header.
 * The sections are stacked by `composeReport`; a test checks that the pengukuran table's
 * header really lands on `headerRow`.
 */
export const LAKIP_LAYOUT = {
  titleCell: "A1",
  /** Header row of the pengukuran kinerja table (repeated on every printed page). */
  headerRow: 8,
  firstDataRow: 9,
  /** Words for a figure that is not a number. */
  kosong: "belum diisi",
  tidakValid: "tidak valid",
  tidakDapatDihitung: "tidak dapat dihitung",
} as const;
