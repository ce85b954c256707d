import { describe, expect, it } from 'vitest';
import { firstWebHref, webHref } from './links';

describe('webHref', () => {
  it('keeps absolute http(s) URLs', () => {
    expect(webHref('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(webHref('HTTP://Example.org')).toBe('http://example.org/');
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    ' https://example.org',
    '\thttps://example.org',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example/x',
    '/relative',
    'https:evil.example',
    'https:///nohost',
    'ftp://example.org/x',
    '',
    null,
    undefined,
  ])('refuses %j', (url) => {
    expect(webHref(url)).toBeNull();
  });

  it('picks the first safe URL of several', () => {
    expect(firstWebHref('javascript:x', null, 'https://a.example/')).toBe('https://a.example/');
    expect(firstWebHref('javascript:x', 'data:x')).toBeNull();
  });
});
