/**
 * The first story's slugs, apart from its rows: the demo page names its
 * article, and the Worker then ships these three strings, not the seed.
 */
export const SEED = {
  articleSlug: 'us-airstrike-deir-ez-zor-tests-syria-ceasefire',
  incidentSlug: 'deir-ez-zor-airstrike-2016',
  ceasefireSlug: 'syria-cessation-of-hostilities-2016',
} as const;
