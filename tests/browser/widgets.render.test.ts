/**
 * Both widgets render the seed story as a reader sees it, on a publisher's
 * page served from another origin with nothing but the one script tag.
 */
import { describe, expect, it } from 'vitest';
import { adminApi } from './admin-api';
import { baseUrl, hostPage, SEED_CEASEFIRE, SEED_INCIDENT, usePublisher } from './browser';
import { MARKUP, REVISED_INCIDENT } from './fixtures';

const { pages, visit } = usePublisher();

pages.set(
  '/story',
  hostPage(`<casualty-claims incident="${SEED_INCIDENT}"></casualty-claims>
<ceasefire-gauge ceasefire="${SEED_CEASEFIRE}"></ceasefire-gauge>`),
);
pages.set('/revised', hostPage(`<casualty-claims incident="${REVISED_INCIDENT}"></casualty-claims>`));

describe('casualty-claims', () => {
  it('shows the title, the date, every current claim with claimant, figure, date and source', async () => {
    const { page, problems, states } = await visit('/story');
    expect(states).toEqual(['ready', 'ready']);
    const card = page.locator('casualty-claims');
    await expect(card.locator('.title').textContent()).resolves.toBe(
      'US-led airstrike on Syrian government forces near Deir ez-Zor',
    );
    await expect(card.locator('.meta').textContent()).resolves.toContain('September 17, 2016');

    const claims = card.locator('[part="claim"]');
    await expect(claims.count()).resolves.toBe(2);
    const first = claims.nth(0);
    await expect(first.locator('.name').textContent()).resolves.toBe('Russian delegation in Damascus');
    await expect(first.locator('.figure').textContent()).resolves.toBe('more than 60');
    await expect(first.textContent()).resolves.toContain('Claimed September 17, 2016');
    await expect(first.textContent()).resolves.toContain('Reported in “A US airstrike near Deir ez-Zor');
    const second = claims.nth(1);
    await expect(second.locator('.name').textContent()).resolves.toBe('Syrian Observatory for Human Rights');
    await expect(second.locator('.figure').textContent()).resolves.toBe('80');
    await expect(second.locator('a').getAttribute('href')).resolves.toBe('https://www.syriahr.com/en/');

    await expect(card.locator('[part="sentence"]').textContent()).resolves.toBe(
      'Two sources disagree: their figures run from more than 60 to 80 killed, a gap of 20.',
    );
    await expect(card.locator('[part="footer"]').textContent()).resolves.toContain(
      'Figures as reported, not independently verified.',
    );
    expect(problems).toEqual([]);
  });

  /** A new story with these claims (name, figure, subject), through the editors' API: its slug. */
  async function storyWith(name: string, claims: Record<string, unknown>[]): Promise<string> {
    const slug = `${name}-${Date.now().toString(36)}`;
    const post = async (path: string, body: unknown) =>
      expect((await adminApi('POST', path, body)).status, path).toBe(201);
    await post('/incidents', { slug, title: 'A strike', occurredOn: '2026-11-30', placeName: 'A town', summary: '.' });
    for (const claim of claims)
      await post(`/incidents/${slug}/claims`, {
        metric: 'killed',
        subject: 'civilians',
        qualifier: 'exact',
        asWritten: String(claim.low),
        claimedOn: '2026-11-30',
        ...claim,
      });
    return slug;
  }

  it('says beside a figure who it counts, where that is not who its metric is headed with, and compares none', async () => {
    const slug = await storyWith('two-subjects', [
      { claimant: { name: 'A monitor', kind: 'ngo' }, low: 12, subject: 'civilians' },
      { claimant: { name: 'An army', kind: 'military' }, low: 80, subject: 'soldiers' },
    ]);
    const { page, problems, states } = await visit('/two-subjects', {
      html: hostPage(`<casualty-claims incident="${slug}"></casualty-claims>`),
    });
    expect(states).toEqual(['ready']);
    const card = page.locator('casualty-claims');
    await expect(card.locator('.label').textContent()).resolves.toMatch(/^Killed · civilians$/i);
    const [civilians, soldiers] = [card.locator('[part="claim"]').nth(0), card.locator('[part="claim"]').nth(1)];
    await expect(soldiers.locator('.small').first().textContent()).resolves.toMatch(/· soldiers\s*$/);
    await expect(civilians.textContent()).resolves.not.toContain('civilians');
    await expect(card.locator('.spread').count()).resolves.toBe(0);
    // "Two sources disagree: from 12 to 80" set civilians against soldiers.
    await expect(card.locator('[part="sentence"]').textContent()).resolves.toBe(
      'These figures count different people (\u2068civilians\u2069 and \u2068soldiers\u2069), so they are not compared.',
    );
    expect(problems).toEqual([]);
  });

  it('puts an "up to" figure’s dot at the number it states, the top of its span', async () => {
    const slug = await storyWith('up-to', [
      { claimant: { name: 'A monitor', kind: 'ngo' }, qualifier: 'up_to', low: 0, high: 150, asWritten: 'up to 150' },
      { claimant: { name: 'An agency', kind: 'un' }, low: 80 },
    ]);
    const { page, problems, states } = await visit('/up-to', {
      html: hostPage(`<casualty-claims incident="${slug}"></casualty-claims>`),
    });
    expect(states).toEqual(['ready']);
    const dots = await page.locator('casualty-claims .mark').evaluateAll((marks) =>
      marks.map((mark) => {
        const track = (mark.parentElement as HTMLElement).getBoundingClientRect();
        const box = mark.getBoundingClientRect();
        const dot = getComputedStyle(mark, '::before');
        // The dot's centre: its start offset within the mark, plus half its width.
        const centre = box.left + Number.parseFloat(dot.left) + Number.parseFloat(dot.width) / 2;
        return (centre - track.left) / track.width;
      }),
    );
    const ticks = await page.locator('casualty-claims .ticks span').allTextContents();
    const max = Number(ticks.at(-1));
    // Lowest low first: "up to 150" (its span from zero, its dot at 150), then 80.
    expect(dots).toHaveLength(2);
    expect(dots[0]).toBeCloseTo(150 / max, 2);
    expect(dots[1]).toBeCloseTo(80 / max, 2);
    expect(problems).toEqual([]);
  });

  // A figure beside its claimant takes its width from the name, quote and source: in a phone's column "more than
  // 60" left them a third of the card. Under STACKS_AT_EM the figure goes under the name, and they take the width.
  for (const [column, stacked] of [
    [340, true],
    [664, false],
  ] as const) {
    it(`${stacked ? 'puts each figure under its claimant' : 'keeps each figure beside its claimant'} in a ${column} px column`, async () => {
      pages.set(
        `/column-${column}`,
        hostPage(
          `<div style="width:${column}px"><casualty-claims incident="${SEED_INCIDENT}"></casualty-claims></div>`,
        ),
      );
      const { page, problems, states } = await visit(`/column-${column}`);
      expect(states).toEqual(['ready']);
      const claims = await page.locator('casualty-claims [part="claim"]').evaluateAll((items) =>
        items.map((item) => {
          const box = (selector: string) => item.querySelector(selector)?.getBoundingClientRect() as DOMRect;
          const [name, figure, quote, claim] = [
            box('.name'),
            box('.figure'),
            box('.quote'),
            item.getBoundingClientRect(),
          ];
          return {
            below: figure.top >= name.bottom - 0.5,
            figureStart: figure.left - name.left,
            // The claimant's text: from the key's column to the card's edge, or to the figure beside it.
            textShare: quote.width / claim.width,
          };
        }),
      );
      expect(claims).toHaveLength(2);
      for (const claim of claims) {
        expect(claim.below).toBe(stacked);
        if (stacked) {
          expect(claim.figureStart).toBeCloseTo(0, 0);
          expect(claim.textShare).toBeGreaterThan(0.85);
        } else expect(claim.figureStart).toBeGreaterThan(0);
      }
      expect(problems).toEqual([]);
    });
  }

  it('draws the spread between claimants on a range bar that starts at zero', async () => {
    const { page } = await visit('/story');
    const range = page.locator('casualty-claims [part="range"]');
    await expect(range.getAttribute('aria-hidden')).resolves.toBe('true');
    const ticks = await range.locator('.ticks span').allTextContents();
    expect(ticks).toEqual(['0', '20', '40', '60', '80', '100']);
    const track = await range.locator('.track').boundingBox();
    const spread = await range.locator('.spread').boundingBox();
    if (!track || !spread) throw new Error('range bar not drawn');
    // 60 to 80 on an axis of 0 to 100.
    expect((spread.x - track.x) / track.width).toBeCloseTo(0.6, 2);
    expect(spread.width / track.width).toBeCloseTo(0.2, 2);
    const marks = await range.locator('.mark').evaluateAll((els) => els.map((el) => el.className));
    expect(marks).toHaveLength(2);
    expect(marks[0]).toContain('open');
    expect(marks[1]).not.toContain('open');
  });

  it('keeps superseded and retracted figures reachable as history, and shows markup as text', async () => {
    const { page, problems, states } = await visit('/revised');
    expect(states).toEqual(['ready']);
    const card = page.locator('casualty-claims');
    await expect(card.locator('[part="claim"]:visible').count()).resolves.toBe(1);
    await expect(card.locator('[part="sentence"]').textContent()).resolves.toBe(
      'Only one source has given a figure: about 30 killed, according to Syrian Observatory for Human Rights.',
    );
    const history = card.locator('details[part="history"]');
    await expect(history.locator('summary').textContent()).resolves.toBe('Earlier figures (2)');
    await expect(history.locator('[part="claim"]').first().isVisible()).resolves.toBe(false);
    await history.locator('summary').click();
    const earlier = history.locator('[part="claim"]');
    await expect(earlier.count()).resolves.toBe(2);
    await expect(earlier.allTextContents()).resolves.toEqual([
      expect.stringMatching(/Russian delegation in Damascus.*Retracted.*90/s),
      expect.stringMatching(/Syrian Observatory for Human Rights.*Revised.*12/s),
    ]);
    await expect(card.locator('.title').textContent()).resolves.toBe(`Revised figures ${MARKUP}`);
    await expect(card.locator('.quote').textContent()).resolves.toBe(MARKUP);
    expect(await card.locator('img, b').count()).toBe(0);
    await expect(card.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).resolves.toEqual([
      'https://www.syriahr.com/en/',
      'https://www.syriahr.com/en/',
    ]);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(problems).toEqual([]);
  });
});

describe('ceasefire-gauge', () => {
  it('shows the band, the status, days in force as of the data, tallies with exclusions and the next milestone', async () => {
    const { page, problems } = await visit('/story');
    const gauge = page.locator('ceasefire-gauge');
    await expect(gauge.locator('.title').textContent()).resolves.toBe(
      'US–Russia brokered cessation of hostilities in Syria',
    );
    const bands = gauge.locator('svg path.band');
    await expect(bands.count()).resolves.toBe(4);
    await expect(gauge.locator('svg path.band.on').getAttribute('class')).resolves.toContain('b2');
    await expect(gauge.locator('svg > path.needle').count()).resolves.toBe(1);
    await expect(gauge.locator('svg > circle.hub').count()).resolves.toBe(1);
    await expect(gauge.locator('[part="status"]').textContent()).resolves.toBe('Precarious');
    await expect(gauge.locator('.days').textContent()).resolves.toBe('6 days in force');
    await expect(gauge.locator('.reading').textContent()).resolves.toContain('As of September 19, 2016');
    const tally = gauge.locator('[part="tallies"] li');
    await expect(tally.count()).resolves.toBe(1);
    await expect(tally.textContent()).resolves.toMatch(/at least 55.*Source not named.*not counting the US airstrike/s);
    const milestone = gauge.locator('[part="milestone"]');
    await expect(milestone.textContent()).resolves.toMatch(
      /In doubt.*US and Russia begin coordinated strikes against ISIS and al-Nusra.*Due September 19, 2016/s,
    );
    expect(problems).toEqual([]);
  });

  it('counts days in force to the data’s own date, whatever the reader’s clock says', async () => {
    const { page } = await visit('/story', {
      before: (page) => page.clock.setFixedTime(new Date('2031-03-01T12:00:00Z')),
    });
    expect(await page.evaluate(() => new Date().getUTCFullYear())).toBe(2031);
    await expect(page.locator('ceasefire-gauge .days').textContent()).resolves.toBe('6 days in force');
  });
});

describe('both widgets in the narrowest columns', () => {
  // A sidebar a fifth of a phone's width, and a reader's large text (28 px, as a phone set to its largest sizes
  // gives) in a column a little wider, about 7 em of text: text wraps, words break, and nothing reaches past the
  // card's edges, neither a part nor its words (a grid track as wide as its longest word, or a row of facts 14 em
  // wide, did in a 200 px column; at 28 px the claimants' names ran past the card, and the gauge's status).
  const columns = [
    { width: 200, text: 16 },
    { width: 240, text: 28 },
  ];
  for (const { width, text } of columns)
    for (const lang of ['en', 'es', 'ar']) {
      it(`keeps every part and its words within the card in a ${width} px column at ${text} px text, in ${lang}`, async () => {
        pages.set(
          `/narrowest-${width}-${lang}`,
          hostPage(
            `<div style="width:${width}px"><casualty-claims incident="${SEED_INCIDENT}" lang="${lang}"></casualty-claims>
<ceasefire-gauge ceasefire="${SEED_CEASEFIRE}" lang="${lang}"></ceasefire-gauge></div>`,
            { head: `<style>html{font-size:${text}px}</style>`, lang },
          ),
        );
        const { page, problems, states } = await visit(`/narrowest-${width}-${lang}`);
        expect(states).toEqual(['ready', 'ready']);
        const outside = await page.$$eval('casualty-claims, ceasefire-gauge', (hosts) =>
          hosts.flatMap((host) => {
            const card = host.getBoundingClientRect();
            const past = (box: DOMRect) =>
              box.width > 0 && (box.left < card.left - 0.5 || box.right > card.right + 0.5);
            const root = host.shadowRoot as ShadowRoot;
            const parts = [...root.querySelectorAll('*')]
              .filter((part) => past(part.getBoundingClientRect()))
              .map((part) => `${host.localName} ${part.localName}.${part.getAttribute('class')}`);
            // Each line of text, which can run past a box that stays within the card (not the screen readers'
            // summary, drawn nowhere).
            const words: string[] = [];
            const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              if (node.parentElement?.closest('.sr')) continue;
              const range = document.createRange();
              range.selectNodeContents(node);
              if ([...range.getClientRects()].some(past)) words.push(`${host.localName} "${node.textContent?.trim()}"`);
            }
            return [...parts, ...words];
          }),
        );
        expect(outside).toEqual([]);
        // The status word whole, on one line: set smaller where the card is narrower than it, not broken.
        const statusLines = await page.$eval('ceasefire-gauge', (host) => {
          const range = document.createRange();
          range.selectNodeContents(host.shadowRoot?.querySelector('.status') as Element);
          return new Set([...range.getClientRects()].map((line) => Math.round(line.top))).size;
        });
        expect(statusLines).toBe(1);
        expect(problems).toEqual([]);
      });
    }
});

describe("the range bar's axis in narrow columns", () => {
  /** The seed incident as a page's island, its killed claims at 0.6, 0.8 and 1 × `top`. */
  const island = (seed: { claims: { metric: string }[] }, top: number) =>
    JSON.stringify({
      ...seed,
      claims: seed.claims
        .filter((c) => c.metric === 'killed')
        .map((c, i) => ({ ...c, qualifier: 'exact', low: Math.round(top * ([0.6, 1, 0.8][i % 3] ?? 1)), high: null })),
      summary: { killed: { low: Math.round(top * 0.6), high: top, claimants: 2, disagree: true } },
    });
  // Axes of six labels up to 100, 1,000 and 10,000, and of four up to 60,000 and 600,000: each label longer
  // than the last, the widest set in the axis' end.
  const TOPS = [83, 830, 8300, 48000, 480000];
  const WIDTHS = [200, 225, 250, 275, 300, 325, 350, 375, 400, 664];
  for (const lang of ['en', 'es']) {
    it(`sets its labels apart at every width, every other one giving way where all do not fit (${lang})`, async () => {
      const seed = await (await fetch(`${baseUrl}/api/v1/incidents/${SEED_INCIDENT}`)).json();
      const cards = TOPS.flatMap((top) =>
        WIDTHS.map(
          (w) =>
            `<div style="width:${w}px" data-w="${w}"><casualty-claims incident="axis-${top}" lang="${lang}"><script type="application/json" data-explainer-data>${island(seed, top)}</script></casualty-claims></div>`,
        ),
      ).join('');
      const { page, problems, states } = await visit(`/axis-${lang}`, { html: hostPage(cards, { lang }) });
      expect(states.every((s) => s === 'ready')).toBe(true);
      const axes = await page.$$eval('[data-w]', (boxes) =>
        boxes.map((box) => {
          const labels = [
            ...(box.querySelector('casualty-claims')?.shadowRoot?.querySelectorAll<HTMLElement>('.ticks span') ?? []),
          ];
          const shown = labels
            .filter((l) => parseFloat(getComputedStyle(l).fontSize) > 0)
            .map((l) => l.getBoundingClientRect());
          const gaps = shown.slice(1).map((b, i) => b.left - (shown[i]?.right ?? 0));
          return { width: Number(box.dataset.w), labels: labels.length, shown: shown.length, gap: Math.min(...gaps) };
        }),
      );
      expect(axes).toHaveLength(TOPS.length * WIDTHS.length);
      for (const axis of axes) {
        expect(axis.gap, `${axis.width} px, ${axis.labels} labels`).toBeGreaterThanOrEqual(2);
        expect([axis.labels, Math.ceil(axis.labels / 2)]).toContain(axis.shown);
      }
      // A column of an article's width has room for all of them.
      for (const axis of axes.filter((a) => a.width === 664)) {
        expect(axis.shown).toBe(axis.labels);
      }
      expect(problems).toEqual([]);
    });
  }
});

describe('as-of', () => {
  it('shows the data as it stood on a date, with a note that newer data exists', async () => {
    const { page, problems, states } = await visit('/as-of', {
      html: hostPage(`<casualty-claims incident="${SEED_INCIDENT}" as-of="2016-09-16"></casualty-claims>
<ceasefire-gauge ceasefire="${SEED_CEASEFIRE}" as-of="2016-09-15"></ceasefire-gauge>`),
    });
    expect(states).toEqual(['ready', 'ready']);
    const claims = page.locator('casualty-claims');
    await expect(claims.locator('.sentence').textContent()).resolves.toBe('No figures have been reported yet.');
    await expect(claims.locator('[part="footer"]').textContent()).resolves.toContain(
      'Shown as it stood on September 16, 2016. Newer figures exist.',
    );
    const gauge = page.locator('ceasefire-gauge');
    await expect(gauge.locator('[part="status"]').textContent()).resolves.toBe('Holding');
    await expect(gauge.locator('[part="gauge"]').getAttribute('aria-valuenow')).resolves.toBe('0');
    await expect(gauge.locator('.days').textContent()).resolves.toBe('3 days in force');
    await expect(gauge.locator('[part="footer"]').textContent()).resolves.toContain(
      'Shown as it stood on September 15, 2016. Newer figures exist.',
    );
    expect(problems).toEqual([]);
  });
});
