/** A UUID as the PDN ids are (SPEC §2.6, §3.7.1), in any letter case. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * The spellings a stored id may have for a requested one: UUIDs compare without regard to case
 * (we store what the source sent, which may be upper case); any other id only as written.
 */
export function idSpellings(id: string): string[] {
  return isUuid(id) ? [...new Set([id, id.toLowerCase(), id.toUpperCase()])] : [id];
}
