/**
 * The project's documents link to each other and into their own sections a
 * great deal; a heading renamed or a file moved leaves a link that goes
 * nowhere. Every relative link must name a file that exists and, with a
 * `#fragment`, a heading of that file as GitHub spells its anchor.
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Folders of what is installed, built or hidden (.gitignore's), whose Markdown is not ours. */
const NOT_OURS = /^(node_modules|dist|public|test-results|\..*)$/;

/** Every Markdown file of the repository, as paths from its root. */
function markdownFiles(dir = ''): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return NOT_OURS.test(entry.name) ? [] : markdownFiles(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}
const DOCUMENTS = markdownFiles().sort();

/** GitHub's anchor for a heading: lower case, punctuation dropped (hyphens and underscores kept), spaces as hyphens. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The anchors of a Markdown file's headings (outside code blocks), a repeated one numbered as GitHub does. */
function anchorsIn(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    const heading = !fenced && /^#{1,6} (.+)$/.exec(line);
    if (!heading) continue;
    const base = anchorOf(heading[1] ?? '');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n ? `${base}-${n}` : base);
  }
  return anchors;
}

/** Relative links `[text](target)` outside code blocks and inline code. */
function linksIn(markdown: string): string[] {
  const prose = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1] ?? '')
    .filter((target) => !/^[a-z][a-z+.-]*:/i.test(target));
}

describe('links between the documents', () => {
  it('reads the documents', () => {
    expect(DOCUMENTS).toEqual(expect.arrayContaining(['README.md', 'bench/README.md']));
  });

  it('spells anchors as GitHub does', () => {
    expect(anchorOf('1. Script tag (recommended)')).toBe('1-script-tag-recommended');
    expect(anchorOf('Start-up: routers load on first use')).toBe('start-up-routers-load-on-first-use');
    expect(anchorOf('Versions: the If-Match flow')).toBe('versions-the-if-match-flow');
    expect(anchorOf('Where an uncached read’s gap to the ceiling is (3693862)')).toBe(
      'where-an-uncached-reads-gap-to-the-ceiling-is-3693862',
    );
  });

  for (const document of DOCUMENTS) {
    it(`${document}: every relative link names a file, and a heading of it, that exist`, () => {
      const here = join(ROOT, document);
      const broken = linksIn(readFileSync(here, 'utf8')).filter((target) => {
        const [path = '', fragment] = target.split('#');
        const file = path ? join(dirname(here), decodeURI(path)) : here;
        if (!existsSync(file)) return true;
        return fragment !== undefined && file.endsWith('.md') && !anchorsIn(readFileSync(file, 'utf8')).has(fragment);
      });
      expect(broken, `broken links in ${relative(ROOT, here)}`).toEqual([]);
    });
  }
});
