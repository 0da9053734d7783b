import { curpCheckDigit, rfcCheckDigit } from '@pde/shared/contracts';
import type { Random } from './random';
import type { Sex } from './mexican-names';

const STATE_CODES = ['AS', 'BC', 'BS', 'CC', 'CS', 'CH', 'CL', 'CM', 'DF', 'DG', 'GT', 'GR', 'HG', 'JC', 'MC', 'MN', 'MS', 'NT', 'NL', 'OC', 'PL', 'QT', 'QR', 'SP', 'SL', 'SR', 'TC', 'TS', 'TL', 'VZ', 'YN', 'ZS'];
const VOWELS = 'AEIOU';

function plain(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-ZÑ ]/g, '');
}

/** First word that is not a particle (de, la, del…) nor the common José/María of compound names. */
function significant(words: string, skipCommon: boolean): string {
  const parts = plain(words).split(' ').filter((w) => w && !['DE', 'LA', 'DEL', 'LOS', 'LAS', 'Y', 'MC', 'MAC', 'VON', 'VAN'].includes(w));
  if (skipCommon && parts.length > 1 && ['JOSE', 'MARIA', 'MA', 'J'].includes(parts[0])) return parts[1];
  return parts[0] ?? 'X';
}

const internalConsonant = (word: string) => [...word.slice(1)].find((c) => !VOWELS.includes(c) && c !== 'Ñ') ?? 'X';
const internalVowel = (word: string) => [...word.slice(1)].find((c) => VOWELS.includes(c)) ?? 'X';

export interface PersonIdentity {
  curp: string;
  rfc: string;
  birthDate: string;
}

/** CURP and RFC built like RENAPO and SAT build them, with valid check digits. */
export function identityFor(random: Random, nombres: string, primerApellido: string, segundoApellido: string | undefined, sex: Sex): PersonIdentity {
  const p = significant(primerApellido, false).replace('Ñ', 'X');
  const s = segundoApellido ? significant(segundoApellido, false).replace('Ñ', 'X') : 'X';
  const n = significant(nombres, true).replace('Ñ', 'X');
  const birthDate = random.date(1960, 2000);
  const yymmdd = birthDate.slice(2, 4) + birthDate.slice(5, 7) + birthDate.slice(8, 10);
  const letters = `${p[0]}${internalVowel(p)}${s[0]}${n[0]}`;
  const first17 = `${letters}${yymmdd}${sex === 'F' ? 'M' : 'H'}${random.pick(STATE_CODES)}${internalConsonant(p)}${internalConsonant(s)}${internalConsonant(n)}${random.int(0, 9)}`;
  const curp = first17 + curpCheckDigit(first17);
  const homoclave = `${random.pick([...'ABCDEFGHJKLMNPQRSTUVWXYZ123456789'])}${random.pick([...'ABCDEFGHJKLMNPQRSTUVWXYZ123456789'])}`;
  const rfc12 = `${letters}${yymmdd}${homoclave}`;
  return { curp, rfc: rfc12 + rfcCheckDigit(rfc12), birthDate };
}

/** RFC of a persona moral (12 characters) with a valid check digit. */
export function companyRfc(random: Random, razonSocial: string): string {
  const letters = plain(razonSocial).replace(/ /g, '').padEnd(3, 'X').slice(0, 3);
  const date = random.date(1980, 2020);
  const first11 = `${letters}${date.slice(2, 4)}${date.slice(5, 7)}${date.slice(8, 10)}${random.pick([...'ABCDEFGHJKLMNPQRSTUVWXYZ123456789'])}${random.pick([...'ABCDEFGHJKLMNPQRSTUVWXYZ123456789'])}`;
  return first11 + rfcCheckDigit(first11);
}
