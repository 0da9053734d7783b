/**
 * Unique people for one run: surnames with accents and «ñ» plus a random tag, so that each search
 * of the portal and of the PDN APIs finds exactly the records this run created.
 */
const LETTERS = 'bcdfghjklmnpqrstvwxz';

function randomTag(length = 7): string {
  let tag = '';
  for (let i = 0; i < length; i++) tag += LETTERS[Math.floor(Math.random() * LETTERS.length)];
  return tag;
}

/** How a person types a name in a search box: lower case, without acute accents or diaereses; «ñ» stays «ñ». */
export function asTyped(text: string): string {
  return text.normalize('NFD').replace(/[\u0301\u0308]/g, '').normalize('NFC').toLowerCase();
}

export interface TestPerson {
  nombres: string;
  /** As captured: the given surname (with its accents and ñ) followed by a random tag. */
  primerApellido: string;
  segundoApellido: string;
  /** `primerApellido` as typed in a search: the searches ignore case and accents, not the ñ. */
  searchSurname: string;
  fullName: string;
}

export function uniquePerson(nombres: string, surname: string, segundoApellido: string): TestPerson {
  const primerApellido = `${surname}${randomTag()}`;
  return {
    nombres,
    primerApellido,
    segundoApellido,
    searchSurname: asTyped(primerApellido),
    fullName: `${nombres} ${primerApellido} ${segundoApellido}`,
  };
}

/** A CURP and an RFC with correct check digits (the contracts' fixtures: no warning on capture). */
export { FIXTURE_CURP as VALID_CURP, FIXTURE_RFC_FISICA as VALID_RFC } from '@pde/shared/contracts';
