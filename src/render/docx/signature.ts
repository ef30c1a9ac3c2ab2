/**
 * The config's `signature` (SPEC §5.1): who signs the Word report and who receives it. Every
 * field is optional; the report language's defaults fill the gaps (`TM. BAN CHỈ ĐẠO`,
 * `TRƯỞNG BAN`, a blank name to sign above, the usual recipients).
 */
export interface SignatureBlock {
  /** `TM. BAN CHỈ ĐẠO`, `KT. TRƯỞNG BAN`: the authority line above the title. */
  authority?: string;
  /** `TRƯỞNG BAN`, `PHÓ TRƯỞNG BAN`. */
  title?: string;
  /** The signer's full name, printed under the room for the signature and the seal. */
  name?: string;
  /** `Nơi nhận:` lines, without the leading dash. */
  recipients?: string[];
  /** The document's symbol after the number: `BC-BCĐ` in `Số:   /BC-BCĐ`. */
  symbol?: string;
}

export const signatureKeys = ['authority', 'title', 'name', 'recipients', 'symbol'] as const;
