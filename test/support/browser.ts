import AxeBuilder from '@axe-core/playwright';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Locator,
  type Page,
} from 'playwright-core';

const ROOT = join(__dirname, '../..');
const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const DEBIAN_FRENCH = '/usr/lib/chromium/locales/fr.pak';
const WEB_INDEX = join(ROOT, 'dist/web/index.html');

/** apt-get install, when we are root on Debian (as in CI); false when it could not. */
function aptInstall(...packages: string[]): boolean {
  if (process.getuid?.() !== 0 || spawnSync('which', ['apt-get']).status !== 0) return false;
  process.stderr.write(`[browser] installing Debian ${packages.join(' ')} (apt-get install -y) ...\n`);
  spawnSync('apt-get', ['update'], { stdio: 'ignore' });
  const installed = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], {
    stdio: 'ignore',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return installed.status === 0;
}

/**
 * Debian's chromium, installed with apt when missing and we are root (as in CI); otherwise Playwright's own
 * download. Returns the executable to launch, or undefined for Playwright's.
 */
export function ensureChromium(): string | undefined {
  const given = process.env.CHROMIUM_PATH;
  if (given) return given;
  if (existsSync(DEBIAN_CHROMIUM)) {
    // Without its French resources Chromium draws <input type="date"> as 01/15/2027 whatever the page's locale.
    if (!existsSync(DEBIAN_FRENCH)) aptInstall('chromium-l10n');
    return DEBIAN_CHROMIUM;
  }
  if (aptInstall('chromium', 'chromium-l10n') && existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  process.stderr.write('[browser] no Debian chromium: npx playwright-core install chromium ...\n');
  const downloaded = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/playwright-core/cli.js'), 'install', 'chromium'],
    { stdio: 'inherit' },
  );
  if (downloaded.status !== 0)
    throw new Error('no Chromium: install Debian chromium or run `npx playwright-core install chromium`');
  return undefined;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: ensureChromium(),
    headless: true,
    // The browser's own language, for what the page's locale does not reach (the date fields' dd/mm/yyyy).
    env: { ...process.env, LANG: 'fr_FR.UTF-8', LANGUAGE: 'fr' },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** The people the portal is for: French in Guinea. Pages are read with their locale and clock, not the CI machine's. */
export const LOCALE = 'fr-FR';
export const TIME_ZONE = 'Africa/Conakry';

/**
 * A fresh browser context as a phone in Conakry sees the portal: 360×640, French, Guinea's time zone. Every browser
 * test opens its contexts here, so that a date or amount asserted is what those people would read.
 */
export function phoneContext(
  browser: Browser,
  baseURL: string,
  options: Omit<BrowserContextOptions, 'baseURL'> = {},
): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 360, height: 640 },
    locale: LOCALE,
    timezoneId: TIME_ZONE,
    ...options,
    baseURL,
  });
}

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path)
    .filter((name) => name !== 'node_modules' && !name.startsWith('.'))
    .reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

/** The portal the API serves (dist/web), rebuilt when a source under apps/web or libs/domain changed since (~2 s). */
export function ensureWebBuild(): void {
  const built = existsSync(WEB_INDEX) ? statSync(WEB_INDEX).mtimeMs : 0;
  if (built >= Math.max(newestMtime(join(ROOT, 'apps/web')), newestMtime(join(ROOT, 'libs/domain/src')))) return;
  const result = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'apps/web/vite.config.mts',
      '--logLevel',
      'error',
    ],
    {
      cwd: ROOT,
      stdio: 'inherit',
      // Jest sets NODE_ENV=test, which Vite would bake in: React's development build, ~60 KB more gzipped than
      // what ships, and the size `npm run bench` would then read from dist/web. Tests drive the production build.
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  if (result.status !== 0) throw new Error('vite build of apps/web failed');
}

/** axe on the page as it is now: the serious and critical violations, as readable lines. */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Wider than the window means a sideways scroll on a phone. */
export async function horizontalOverflow(page: Page): Promise<number> {
  // A string: this project's compiler settings have no DOM types.
  return page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
}

/** Screenshots go to docs/screenshots/ with UPDATE_SCREENSHOTS=1 (to commit), to a scratch folder otherwise. */
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS ? join(ROOT, 'docs/screenshots') : join(tmpdir(), 'csf-screenshots');

/**
 * What every browser test asks of a page it visits, at the phone width it runs at: no serious or critical axe
 * violation and no sideways scroll; named pages are also photographed at 360 and 1280 px (`wideOverflow` checks
 * the desktop width for sideways scroll too).
 */
export async function checkPage(page: Page, shot?: string, options: { wideOverflow?: boolean } = {}): Promise<void> {
  await page.waitForLoadState('networkidle');
  expect(await accessibilityProblems(page)).toEqual([]);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  if (!shot) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${shot}-360.png`), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  if (options.wideOverflow) expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: join(SCREENSHOTS, `${shot}-1280.png`), fullPage: true });
  await page.setViewportSize({ width: 360, height: 640 });
}

/** Intl groups thousands with a narrow no-break space: compare page texts with plain spaces. */
export const plainText = (text: string | null) => (text ?? '').replace(/[\u202f\u00a0]/g, ' ');

/** A date as the portal shows it in French in Conakry (`31 janv. 2027`), in plain spaces. */
export const frenchDate = (iso: string) =>
  plainText(
    new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'short', year: 'numeric', timeZone: TIME_ZONE }).format(
      new Date(iso),
    ),
  );

/** An amount as the portal shows it in French (`45 000 000 GNF`), in plain spaces: what Intl gives, not a copy. */
export const frenchMoney = (amount: number, currency = 'GNF') =>
  plainText(`${new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 }).format(amount)} ${currency}`);

/**
 * The header's links fold into « Menu » at phone width: opens it when it is folded (a no-op on a wide screen or
 * when already open). Returns the navigation landmark to find links in.
 */
export async function openMenu(page: Page) {
  const nav = page.getByRole('navigation');
  const toggle = nav.getByRole('button', { name: 'Menu' });
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return nav;
}

/**
 * A header item (a link, or the sign-out button) once it shows, opening « Menu » as often as needed: a sign-in or
 * sign-out that lands meanwhile closes the menu, as any navigation does.
 */
export async function menuItem(page: Page, name: string, role: 'link' | 'button' = 'link'): Promise<Locator> {
  const item = page.getByRole('navigation').getByRole(role, { name, exact: true });
  const deadline = Date.now() + 20_000;
  for (;;) {
    await openMenu(page);
    try {
      await item.waitFor({ state: 'visible', timeout: 1_000 });
      return item;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
  }
}

/** Follows a header link by its exact text, through « Menu » on a phone. */
export async function navigate(page: Page, name: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const link = await menuItem(page, name);
    try {
      await link.click({ timeout: 2_000 });
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
  }
}
