/** The feeds' media types, as their responses send them (apart from the contracts, which are zod). */
export const ATOM = 'application/atom+xml; charset=utf-8';
export const JSON_FEED = 'application/feed+json';
