import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Waits until no finite CSS animation or transition is running (a `<mat-error>` fading in, a dialog
 * opening): axe would otherwise measure the colour contrast of half-transparent text.
 */
export async function animationsSettled(page: Page) {
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getComputedTiming().iterations === Infinity),
  );
}

/** axe-core on the current page: no serious or critical violation (issue «web» §4). */
export async function expectAccessible(page: Page, label: string) {
  await animationsSettled(page);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(blocking.map((v) => `${label}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

/**
 * Screenshots of the main pages for people to look at (e2e/screenshots/, git-ignored): the whole
 * page, or only the window (`fullPage: false`) while a dialog covers it.
 */
export async function screenshot(page: Page, name: string, { fullPage = true } = {}) {
  const dir = join(__dirname, '../screenshots');
  mkdirSync(dir, { recursive: true });
  await animationsSettled(page);
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage });
}
