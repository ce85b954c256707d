/** Hostile content shared by the worker suite (the API refuses it) and the browser suite (renderers keep it inert). */

/**
 * Text an attacker (or a careless paste) could put in any field, each
 * trying a different way out: script, an event handler, a `javascript:`
 * link, CSS that hides or covers the page, a `</script>` that would end a
 * JSON-LD block, and an RTL override that would reverse the text after it.
 */
export const HOSTILE = {
  script: `<script>window.__pwned='script';alert('script')</script>`,
  img: `<img src=x onerror="window.__pwned='img';alert('img')">`,
  css: `</style><style>*{display:none!important}</style><div style="position:fixed;inset:0;background:red">covered</div>`,
  rtl: 'Ministry \u202egnp.exe\u202c of Truth',
  jsText: `javascript:window.__pwned='text'`,
  ldBreak: `</script><script>window.__pwned='ld';alert('ld')</script>`,
};

/** Source URLs that are not http(s), put straight into D1 (the API refuses them): none may become a link. */
export const UNSAFE_URLS = [
  `javascript:window.__pwned='href'`,
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(2)',
  'data:text/html,<script>alert(3)</script>',
  'vbscript:msgbox(4)',
  '//evil.example/protocol-relative',
];
/** The one safe source among them: it must still be a link, or the test would prove nothing. */
export const SAFE_URL = 'https://example.org/report';
