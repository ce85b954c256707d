/**
 * Mounts the React example on `<div id="story" data-api data-incident data-ceasefire>`, on a page
 * that also loads `https://HOST/widgets/v1/all-widgets.js` (it defines both elements at once; the one-tag
 * `explainers.js` would define them only once their tags are in the page).
 */
import { createExplainerClient } from '@explainer-edge/client';
import { createRoot } from 'react-dom/client';
import { StoryExplainers } from './story-explainers';

const root = document.getElementById('story') as HTMLElement;
const { api: origin = '', incident = '', ceasefire: slug = '' } = root.dataset;

// The page's own copy of the ceasefire, through the typed client.
const { data: ceasefire, error } = await createExplainerClient(origin).GET('/api/v1/ceasefires/{slug}', {
  params: { path: { slug } },
});
if (error) throw new Error(error.title);

// React sets `data` as a property only on an element that is already defined.
await customElements.whenDefined('ceasefire-gauge');
createRoot(root).render(<StoryExplainers incident={incident} ceasefire={ceasefire} />);
