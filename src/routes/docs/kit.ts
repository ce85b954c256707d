/**
 * The developer kit /api/docs links to, besides the reference itself: the
 * typed client, the widgets' custom elements manifest, and the framework
 * examples. `npm run build` copies each file listed here from the
 * repository to its URL (served as plain text), so the page, the copies and
 * the repository cannot disagree.
 */
export type KitLink = { label: string; href: string; source?: string };

/** Where the copied files are served. */
export const KIT_PREFIX = '/api-docs/kit/';

/** A copied file's URL; an `index.html` is served at its folder's URL (static assets redirect to it). */
export const kitHref = (source: string) => `${KIT_PREFIX}${source.replace(/(^|\/)index\.html$/, '$1')}`;

const copied = (label: string, source: string): KitLink => ({ label, href: kitHref(source), source });

export const DEVELOPER_KIT: { title: string; intro: string; command?: string; links: KitLink[] }[] = [
  {
    title: 'Typed client',
    intro: 'TypeScript types generated from the OpenAPI document, with openapi-fetch. From a clone of the repository:',
    command: 'npm install --install-links path/to/explainer-edge/clients/typescript',
    links: [
      copied('README', 'clients/typescript/README.md'),
      copied('example', 'clients/typescript/example.ts'),
      copied('the client', 'clients/typescript/index.js'),
      copied('its types', 'clients/typescript/index.d.ts'),
      copied('generated types', 'clients/typescript/openapi.d.ts'),
    ],
  },
  {
    title: 'Widgets',
    intro:
      'The custom elements manifest of <casualty-claims> and <ceasefire-gauge>, for editors and docs tools, and their TypeScript types in the typed client’s package (@explainer-edge/client/elements, and /react for JSX).',
    links: [
      { label: 'custom-elements.json', href: '/widgets/v1/custom-elements.json' },
      copied('element types', 'clients/typescript/elements.d.ts'),
      copied('React JSX types', 'clients/typescript/react.d.ts'),
    ],
  },
  {
    title: 'Examples',
    intro: 'Both widgets in an app: attributes, the data property and the events.',
    links: [
      copied('React 19', 'examples/react/story-explainers.tsx'),
      copied('React: mounting', 'examples/react/main.tsx'),
      copied('React: JSX types', 'examples/react/explainer-elements.d.ts'),
      copied('Vue', 'examples/vue/story-explainers.ts'),
      copied('Vue: mounting', 'examples/vue/main.ts'),
      copied('plain HTML', 'examples/html/index.html'),
    ],
  },
];
