import chromium from '@sparticuz/chromium';
import { chromium as pw } from 'playwright-core';

const browser = await pw.launch({
  executablePath: await chromium.executablePath(),
  args: chromium.args.filter((a) => !['--single-process', '--disable-web-security'].includes(a)),
});
const page = await browser.newPage();
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto('http://127.0.0.1:8791/api/docs');
await page.setContent(
  `<html lang="en"><script type="module" src="http://127.0.0.1:8791/widgets/v1/explainers.js"></script><casualty-claims incident="nope"></casualty-claims><ceasefire-gauge ceasefire="x" api="http://127.0.0.1:9"></ceasefire-gauge>`,
);
await page.waitForTimeout(1500);
console.log(await page.$$eval('casualty-claims, ceasefire-gauge', (els) => els.map((e) => e.shadowRoot?.textContent)));
await browser.close();
