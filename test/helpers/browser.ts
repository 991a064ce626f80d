import { existsSync } from 'node:fs';
import sparticuz from '@sparticuz/chromium';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, used when installed. */
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * Dropped from the package's flags. Note: `--single-process` works around a sandbox error on AWS Lambda; on a
 * normal machine it makes closing a browser context take the whole browser down.
 */
const UNWANTED = new Set(['--single-process']);

/** Our flags: headless, no sandbox (containers, root), no GPU, and nothing that phones home. */
const OUR_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * A headless Chromium for the browser tests, never downloaded: Debian's /usr/bin/chromium when present, else the
 * headless shell shipped inside the `@sparticuz/chromium` devDependency (unpacked into the temp directory on first
 * use), launched with that package's recommended flags merged with ours.
 */
export async function launchChromium(): Promise<Browser> {
  if (existsSync(DEBIAN_CHROMIUM)) {
    return chromium.launch({ executablePath: DEBIAN_CHROMIUM, args: OUR_ARGS, timeout: 60_000 });
  }
  // Note: the explorer draws on a 2D canvas and our flags turn the GPU off, so WebGL (SwiftShader) is not wanted.
  sparticuz.setGraphicsMode = false;
  const executablePath = await sparticuz.executablePath();
  return chromium.launch({
    executablePath,
    args: mergeArgs(
      sparticuz.args.filter((flag) => !UNWANTED.has(flag)),
      OUR_ARGS,
    ),
    timeout: 60_000,
  });
}

/** `base` then `extra`, one flag per switch name: where both set a switch (`--headless=…`), `extra` wins. */
function mergeArgs(base: readonly string[], extra: readonly string[]): string[] {
  const name = (flag: string) => flag.split('=', 1)[0];
  const overridden = new Set(extra.map(name));
  return [...base.filter((flag) => !overridden.has(name(flag))), ...extra];
}
