import { expect, type Page } from '@playwright/test';

/** Demo accounts (README): created on the fresh database by the server's first start. */
export const DEMO = {
  admin: { email: 'admin@pde.demo', password: 'Plataforma-PDE-2026' },
  capturista: { email: 'capturista@pde.demo', password: 'Captura-PDE-2026' },
  revisor: { email: 'revisor@pde.demo', password: 'Revision-PDE-2026' },
  consulta: { email: 'consulta@pde.demo', password: 'Lectura-PDE-2026' },
};

export type DemoRole = keyof typeof DEMO;

/** Demo PDN consumer with the `publico` role and the demo S3 v2 token (README). */
export const DEMO_PDN = {
  client_id: 'pde-demo-pdn',
  client_secret: 'demo-secreto-del-cliente-pdn-0123456789',
  username: 'pdn-demo',
  password: 'demo-contrasena-de-la-api-pdn-0123456789',
  s3Token: 'pde_s3_demo-publico-0123456789abcdefghijklmnopqrstuv',
};

/** Signs in through the sign-in page. */
export async function signIn(page: Page, who: DemoRole) {
  await page.goto('/panel');
  await page.getByLabel('Correo electrónico').fill(DEMO[who].email);
  await page.getByLabel('Contraseña', { exact: true }).fill(DEMO[who].password);
  await page.getByRole('button', { name: /iniciar sesión|ingresar|entrar/i }).click();
  await expect(page.getByRole('button', { name: /cerrar sesión/i })).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: /cerrar sesión/i }).click();
}
