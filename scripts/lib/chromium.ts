/**
 * Finds a Chromium to drive with playwright-core: $CHROMIUM_PATH (or $CHROME_PATH), the Debian
 * package's /usr/bin/chromium, or Playwright's own install. Never downloads one.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
];

export const INSTALL_HINT = [
	'No Chromium found for the browser tests. Install one of:',
	'  Debian/Ubuntu:  apt-get install -y chromium fonts-noto-cjk',
	'  anywhere:       npx playwright install chromium',
	'or point CHROMIUM_PATH at a Chrome/Chromium binary.',
].join('\n');

/** The path of a Chromium binary, or an error that says how to install one. */
export function findChromium(): string {
	const fromEnv = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH;
	if (fromEnv) {
		if (existsSync(fromEnv)) return fromEnv;
		throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.\n${INSTALL_HINT}`);
	}
	const system = CANDIDATES.find((p) => existsSync(p));
	if (system) return system;
	let bundled: string | undefined;
	try {
		bundled = chromium.executablePath();
	} catch {
		bundled = undefined;
	}
	if (bundled && existsSync(bundled)) return bundled;
	throw new Error(INSTALL_HINT);
}

/** Flags for a quiet headless Chromium on a machine with a closed network. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
	'--disable-sync',
	'--disable-quic',
];

export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
}
