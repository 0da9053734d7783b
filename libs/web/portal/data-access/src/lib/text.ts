/** The API cuts search texts at 200 characters; the forms say so before sending. */
export const PORTAL_TEXT_MAX_LENGTH = 200;

/** Search text as it is sent: trimmed, inner runs of spaces collapsed, at most 200 characters. */
export function cleanSearchText(value: string | null | undefined): string {
  return (value ?? '').trim().replace(/\s+/g, ' ').slice(0, PORTAL_TEXT_MAX_LENGTH).trim();
}

/** Page sizes offered by the result lists (the S2 API accepts up to 50). */
export const PORTAL_PAGE_SIZES: readonly number[] = [10, 25, 50];
export const PORTAL_DEFAULT_PAGE_SIZE = 10;
/** The API refuses larger page numbers. */
export const PORTAL_MAX_PAGE = 100_000;

/** `pagina` of an address: an integer from 1 to PORTAL_MAX_PAGE, else 1. */
export function readPage(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 && page <= PORTAL_MAX_PAGE ? page : 1;
}

/** `tamano` of an address: one of PORTAL_PAGE_SIZES, else the default. */
export function readPageSize(value: string | null): number {
  const size = Number(value);
  return PORTAL_PAGE_SIZES.includes(size) ? size : PORTAL_DEFAULT_PAGE_SIZE;
}
