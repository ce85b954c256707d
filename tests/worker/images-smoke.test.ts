import { expect, it, beforeAll } from 'vitest';
import { get, seedStory } from './helpers';
beforeAll(seedStory);
it('smoke', async () => {
  const res = await get('/embed/casualty-claims/deir-ez-zor-airstrike-2016.svg');
  console.log(res.status, res.headers.get('content-type'), (await res.text()).slice(0, 200));
  expect(res.status).toBe(200);
});
