/**
 * How the project launches Debian's Chromium, in tests and in the render benchmark alike, so a
 * benchmark measures the browser the tests check.
 *
 * Headless without a sandbox (containers have no user namespaces), no GPU (the machines have
 * none: WebGL runs in software), and nothing that reaches the network by itself.
 *
 * @example
 * requireChromium(); // before costly set-up, to fail early
 * const browser = await launchChromium();
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CHROMIUM_PATH = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Fails with the command that installs Chromium, instead of playwright's launch error. */
export function requireChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) throw new Error('Debian Chromium is missing: apt-get update && apt-get install -y chromium');
}

/** Debian's Chromium with the project's flags; fails as {@link requireChromium} does when it is missing. */
export function launchChromium(): Promise<Browser> {
  requireChromium();
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
