/**
 * Mounts the Vue example on `<div id="story" data-api data-incident data-ceasefire>`, on a page
 * that also loads `https://HOST/widgets/v1/all-widgets.js` (it defines both elements at once; the one-tag
 * `explainers.js` would define them only once their tags are in the page).
 */
import { createExplainerClient } from '@explainer-edge/client';
import { createApp } from 'vue';
import { StoryExplainers } from './story-explainers';

const root = document.getElementById('story') as HTMLElement;
const { api: origin = '', incident = '', ceasefire: slug = '' } = root.dataset;

// The page's own copy of the ceasefire, through the typed client.
const { data: ceasefire, error } = await createExplainerClient(origin).GET('/api/v1/ceasefires/{slug}', {
  params: { path: { slug } },
});
if (error) throw new Error(error.title);

const app = createApp(StoryExplainers, { incident, ceasefire });
// The widgets are custom elements, not Vue components (with Vite and .vue files: the same in vue()'s options).
app.config.compilerOptions.isCustomElement = (tag) => tag === 'casualty-claims' || tag === 'ceasefire-gauge';
app.mount(root);
