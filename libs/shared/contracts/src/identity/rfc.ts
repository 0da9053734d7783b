/**
 * RFC of personas físicas (13 characters, with homoclave) and personas morales (12), SPEC §3.8.
 * The last character is the SAT check digit; as with the CURP, a mismatch is only a warning.
 */
export const RFC_FISICA_PATTERN = /^[A-ZÑ&]{4}\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])[A-Z0-9]{3}$/;
export const RFC_MORAL_PATTERN = /^[A-ZÑ&]{3}\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])[A-Z0-9]{3}$/;

const RFC_ALPHABET = '0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ';

/** SAT check digit of an RFC, computed from all characters but the last (12 or 11 of them). */
export function rfcCheckDigit(withoutCheckDigit: string): string {
  const padded = withoutCheckDigit.length === 11 ? ` ${withoutCheckDigit}` : withoutCheckDigit;
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const value = RFC_ALPHABET.indexOf(padded[i]);
    sum += (value < 0 ? 0 : value) * (13 - i);
  }
  const remainder = sum % 11;
  if (remainder === 0) return '0';
  const digit = 11 - remainder;
  return digit === 10 ? 'A' : String(digit);
}

export function isRfcCheckDigitValid(rfc: string): boolean {
  if (rfc.length !== 12 && rfc.length !== 13) return false;
  return rfcCheckDigit(rfc.slice(0, -1)) === rfc[rfc.length - 1];
}
