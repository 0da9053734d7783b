/**
 * CURP (SPEC §3.8). The pattern accepts `X` in positions 2 and 11, which RENAPO issues although
 * the PDN model does not (SPEC §9 D27). The check digit is advisory: a mismatch is a warning for
 * the capturista, never a rejection, because legacy CURPs with wrong digits exist in real records.
 */
export const CURP_PATTERN =
  /^[A-Z][AEIOUX][A-Z]{2}\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])[HMX](AS|BC|BS|CC|CS|CH|CL|CM|DF|DG|GT|GR|HG|JC|MC|MN|MS|NT|NL|OC|PL|QT|QR|SP|SL|SR|TC|TS|TL|VZ|YN|ZS|NE)[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z]\d$/;

const CURP_ALPHABET = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';

/** Check digit (position 18) computed from the first 17 characters. */
export function curpCheckDigit(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CURP_ALPHABET.indexOf(first17[i]);
    sum += (value < 0 ? 0 : value) * (18 - i);
  }
  return String((10 - (sum % 10)) % 10);
}

export function isCurpFormatValid(curp: string): boolean {
  return CURP_PATTERN.test(curp);
}

export function isCurpCheckDigitValid(curp: string): boolean {
  return curp.length === 18 && curpCheckDigit(curp.slice(0, 17)) === curp[17];
}
