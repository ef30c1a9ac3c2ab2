/** Messages both record readers (CSV and xlsx) give. */
export const unitMissing = {
  message: 'the record export has no unit column (Đơn vị), so its dossiers cannot be counted by unit',
  hint: 'add the unit column to the export, or give the unit with --unit',
};

export const levelUnknown = {
  message: (unit: string) => `the level of "${unit}" (province, district or commune) cannot be told from its name; the dossier is not counted`,
  hint: 'add a Cấp column (Cấp tỉnh / Cấp huyện / Cấp xã) to the export, or give the unit a level in the config (units)',
};
