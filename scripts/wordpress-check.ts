/**
 * The embed codes against a real WordPress, by hand (`npm run wordpress:check`), not in `npm test`: it needs PHP
 * and WordPress, which CI does not install (on Debian, `apt-get install php-cli wordpress` puts WordPress in
 * /usr/share/wordpress; WORDPRESS_DIR names another). It starts its own `wrangler dev`, then:
 *
 * 1. wpautop, which makes a classic-editor post's paragraphs as it is shown: the panel's script, iframe and image
 *    codes, each between two paragraphs of a post, must come out with no `<br>`, and as @wordpress/autop (the port
 *    the browser suite runs) makes them.
 * 2. The oEmbed answer through wp_filter_oembed_result (what WordPress keeps of a provider it found by
 *    discovery), in a 400 px column (narrower than the answer's 640) of a page running WordPress's wp-embed.js, in
 *    Chromium: the frame must be shown, as tall as the card in it, and the blockquote hidden; a source's link
 *    clicked in the frame must open in the page (wp-embed.js, through the widget's /link redirect).
 *
 * Prints what it found; exits 1 if either fails.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { autop } from '@wordpress/autop';
import { type EmbedData, type EmbedTarget, embedCodes, imageSnippet } from '../shared/embed/catalog';
import { SEED } from '../src/db/seed/story';
import { embedSpace } from '../src/embed/height';
import { embedTitle } from '../src/embed/title';
import { launchChromium } from './chromium';
import { startDevServer } from './dev-server';

const WORDPRESS = process.env.WORDPRESS_DIR ?? '/usr/share/wordpress';
const PORT = 8796;

if (!existsSync(join(WORDPRESS, 'wp-includes/embed.php'))) {
  console.error(`No WordPress in ${WORDPRESS}: on Debian, apt-get install php-cli wordpress (or set WORDPRESS_DIR).`);
  process.exit(1);
}

/**
 * WordPress's own functions, loaded without its database: what these two filters need, and two stand-ins for
 * what it would read from its settings (the site's URL) or its pluggable layer (the frame's secret).
 */
const HARNESS = `<?php
define('ABSPATH', ${JSON.stringify(`${WORDPRESS}/`)});
define('WPINC', 'wp-includes');
foreach (['load', 'plugin', 'formatting', 'kses', 'functions', 'embed', 'class-wp-oembed'] as $file) require ABSPATH . WPINC . "/$file.php";
function home_url($path = '') { return 'https://wordpress.example' . $path; }
function wp_generate_password($length = 12) { return substr(bin2hex(random_bytes($length)), 0, $length); }
$html = stream_get_contents(STDIN);
echo $argv[1] === 'autop' ? wpautop($html) : wp_filter_oembed_result($html, (object) array('type' => 'rich'), $argv[2]);
`;
const harness = join(mkdtempSync(join(tmpdir(), 'wordpress-check-')), 'harness.php');
writeFileSync(harness, HARNESS);
const php = (input: string, ...args: string[]) => execFileSync('php', [harness, ...args], { input }).toString();

const server = await startDevServer({ port: PORT, persistTo: '.wrangler/wordpress-check-state' });
let failed = false;
const report = (ok: boolean, what: string) => {
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
};
try {
  const base = server.baseUrl;
  const target: EmbedTarget = { widget: 'casualty-claims', slug: SEED.incidentSlug, lang: 'es' };
  const data = await (await fetch(`${base}/api/v1/incidents/${SEED.incidentSlug}`)).json();
  const embed = { widget: 'casualty-claims', data, title: '' } as EmbedData;
  const codes = embedCodes(base, target, { title: embedTitle(embed, 'es'), ...embedSpace(embed, 'es') });
  const image = imageSnippet(base, target, { width: 600, alt: 'Cifras de víctimas' });

  const text = 'Officials gave conflicting accounts of what happened overnight.';
  for (const [name, code] of Object.entries({ script: codes.script, iframe: codes.iframe, image })) {
    const post = [text, code, text].join('\n\n');
    const made = php(post, 'autop');
    report(!made.includes('<br'), `wpautop: the ${name} code makes no <br>`);
    report(made.trim() === autop(post).trim(), `wpautop: the ${name} code comes out as @wordpress/autop makes it`);
  }

  const url = `${base}/embed/casualty-claims/${SEED.incidentSlug}?lang=es`;
  const answer = await (await fetch(`${base}/oembed?url=${encodeURIComponent(url)}`)).json();
  const kept = php(answer.html, 'oembed', url);
  const script = readFileSync(join(WORDPRESS, 'wp-includes/js/wp-embed.js'), 'utf8');
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title>
<style>body{max-width:400px;margin:0 auto;font:18px/1.7 Georgia,serif}iframe{max-width:100%}</style></head>
<body><p>${text}</p>${kept}<p>${text}</p><script>${script}</script></body></html>`;
  const host = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(page);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage({ viewport: { width: 800, height: 1200 } });
    await tab.goto(`http://localhost:${(host.address() as AddressInfo).port}/`);
    // wp-embed.js takes the frame's first message by removing the style that hid it.
    await tab.waitForFunction(() => !document.querySelector('iframe')?.hasAttribute('style'), null, {
      timeout: 20_000,
    });
    const card = tab.frames()[1];
    const read = async () => ({
      inside: await card?.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)),
      ...(await tab.evaluate(() => ({
        height: Number(document.querySelector('iframe')?.getAttribute('height')),
        blockquote: getComputedStyle(document.querySelector('blockquote') as Element).display,
      }))),
    });
    // The frame's height follows the card's messages: wait, a while at most, for the two to agree.
    let seen = await read();
    for (const started = Date.now(); seen.height !== seen.inside && Date.now() - started < 10_000; seen = await read())
      await new Promise((resolve) => setTimeout(resolve, 100));
    const inside = seen.inside;
    report(seen.blockquote === 'none', 'oEmbed: wp-embed.js hid the blockquote once the frame spoke');
    report(
      seen.height === inside && seen.height !== answer.height,
      `oEmbed: the frame is as tall as its card at 400 px (${seen.height} px; the card ${inside} px; the answer's ${answer.height})`,
    );
    // A source's link in WordPress's sandbox: wp-embed.js opens it in its page, through our host's redirect. (The
    // source itself is not reached from here: what is checked is the page's navigation to it and where from.)
    const sohr = 'https://www.syriahr.com/en/';
    const navigated = new Promise<string>((resolve) =>
      tab.on('request', (r) => {
        if (r.isNavigationRequest() && r.frame() === tab.mainFrame() && r.url() === sohr)
          resolve(r.redirectedFrom()?.url() ?? 'no redirect');
      }),
    );
    await tab.frameLocator('iframe').locator('casualty-claims a[part=link]', { hasText: 'syriahr.com' }).click();
    const from = await Promise.race([navigated, new Promise<string>((r) => setTimeout(() => r('nothing'), 10_000))]);
    report(
      from.startsWith(`${url.split('?')[0]}/link?to=`),
      `oEmbed: a source's link followed in the frame opens in WordPress's page, through our redirect (from ${from})`,
    );
  } finally {
    await browser.close();
    host.close();
  }
} finally {
  await server.stop();
}
process.exit(failed ? 1 : 0);
