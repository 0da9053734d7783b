import { test as base, expect, type BrowserContext } from '@playwright/test';
import { DEMO, type DemoRole } from './demo';

/**
 * Signs a browser context in through the panel API (the same call the sign-in page makes): the
 * session cookie lands in the context, so its pages open the panel already signed in. The sign-in
 * page itself is exercised by `smoke.spec.ts` and `a11y-panel.spec.ts`.
 */
export async function signInContext(context: BrowserContext, who: DemoRole): Promise<void> {
  const response = await context.request.post('/api/auth/login', { headers: { 'X-PDE-CSRF': '1' }, data: DEMO[who] });
  expect(response.status(), `inicio de sesión de ${who}`).toBe(200);
}

/**
 * `test.use({ signedInAs: 'revisor' })`: every test of the block starts with a context signed in
 * as that demo account (one API sign-in per test, no UI round trip).
 */
export const test = base.extend<{ signedInAs: DemoRole | null }>({
  signedInAs: [null, { option: true }],
  context: async ({ context, signedInAs }, use) => {
    if (signedInAs) await signInContext(context, signedInAs);
    await use(context);
  },
});

export { expect };
