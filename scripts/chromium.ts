/**
 * The headless Chromium the browser tests and the benchmark drive: the one
 * shipped inside the `@sparticuz/chromium` npm package (so a fresh machine
 * needs no download), or any other through CHROME_PATH.
 */
import sparticuz from '@sparticuz/chromium';
import { type Browser, chromium } from 'playwright-core';

export async function chromiumExecutable(): Promise<string> {
  return process.env.CHROME_PATH ?? (await sparticuz.executablePath());
}

/**
 * @sparticuz/chromium's flags are for serverless functions. Two would make a
 * run lie or crash: --disable-web-security turns CORS off, and
 * --single-process takes the whole browser down when a context closes.
 */
const UNWANTED_ARGS = ['--disable-web-security', '--single-process'];

export function chromiumArgs(): string[] {
  return process.env.CHROME_PATH
    ? ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking']
    : sparticuz.args.filter((arg) => !UNWANTED_ARGS.includes(arg));
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumExecutable(), args: chromiumArgs() });
}
