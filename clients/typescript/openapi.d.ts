/**
 * The Explainer Edge API's types, generated from its OpenAPI document by
 * openapi-typescript. Do not edit: run `npm run client:types` in the
 * repository instead (`npm run check` fails while this file is stale).
 */

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness, with D1 reachability
         * @description Asks D1 `select 1`, however busy the readers keep it: the probe is not shed with their reads, it has a few places of its own.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The Worker is up and D1 answers. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
                /** @description The Worker is up but D1 does not answer (or was not asked: `shed`). */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness only: answers without touching D1
         * @description A constant answer from the Worker itself. Load balancers probe it; the benchmark uses it as the runtime’s ceiling.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The Worker is up. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Liveness"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published articles, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description Show the resource exactly as this API served it at this moment of recording: only what had been recorded by then, with the statuses it had then. A date means the end of that day, UTC. Combines with `asOf` (the moment the data describes). A moment in the future, or before the resource was first published, is a problem (400, 404). A read of a moment in the past never changes: it is cached as immutable. */
                    seenAt?: string;
                    limit?: number;
                    /** @description `nextCursor` from the previous page. */
                    cursor?: string;
                    section?: string;
                    /** @description A BCP 47 language tag (`en`, `en-GB`, `zh-Hant`; 400 otherwise, an empty one too): the articles in that language, or in a more specific tag of it (`en` lists `en-GB`; `en-GB` not `en`). Compared without regard to case. */
                    lang?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of articles and the cursor of the next page (null on the last). */
                200: {
                    headers: {
                        /** @description The strong ETag of the body: send it as `If-None-Match` for a 304. */
                        ETag: string;
                        /** @description A minute fresh, ten more stale while revalidating, a day if the database fails; a year and `immutable` for a settled `seenAt`. */
                        "Cache-Control": string;
                        /** @description Whether the edge cache answered: `HIT`, `STALE` (served while it refreshes) or `MISS`; `BYPASS` for the operator’s requests that carry the bypass secret. */
                        "X-Cache": "HIT" | "STALE" | "MISS" | "BYPASS";
                        /** @description When what it shows was last recorded, where it says (`updatedAt`, a feed’s newest change). */
                        "Last-Modified"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArticleList"];
                    };
                };
                /** @description Not modified: the `If-None-Match` ETag is current. (`If-Modified-Since` is not answered: `Last-Modified` does not cover everything a read shows.) */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid query parameters. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many uncached reads from this address (cached reads still answer); retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database is unavailable or busy; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/articles/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One article with its incidents, claims and ceasefires */
        get: {
            parameters: {
                query?: {
                    /** @description Show the resource exactly as this API served it at this moment of recording: only what had been recorded by then, with the statuses it had then. A date means the end of that day, UTC. Combines with `asOf` (the moment the data describes). A moment in the future, or before the resource was first published, is a problem (400, 404). A read of a moment in the past never changes: it is cached as immutable. */
                    seenAt?: string;
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The article. */
                200: {
                    headers: {
                        /** @description The strong ETag of the body: send it as `If-None-Match` for a 304. */
                        ETag: string;
                        /** @description A minute fresh, ten more stale while revalidating, a day if the database fails; a year and `immutable` for a settled `seenAt`. */
                        "Cache-Control": string;
                        /** @description Whether the edge cache answered: `HIT`, `STALE` (served while it refreshes) or `MISS`; `BYPASS` for the operator’s requests that carry the bypass secret. */
                        "X-Cache": "HIT" | "STALE" | "MISS" | "BYPASS";
                        /** @description When what it shows was last recorded, where it says (`updatedAt`, a feed’s newest change). */
                        "Last-Modified"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Article"];
                    };
                };
                /** @description Not modified: the `If-None-Match` ETag is current. (`If-Modified-Since` is not answered: `Last-Modified` does not cover everything a read shows.) */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid query parameters. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many uncached reads from this address (cached reads still answer); retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database is unavailable or busy; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{slug}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What changed in an incident, newest first
         * @description The public change log, in readers’ terms: what changed, old → new, when it was recorded, and the correction note where the editor gave one; never who. What the first publication recorded is not a change. Paged with `limit` and `cursor`; `seenAt` lists what had been recorded by then.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Show the resource exactly as this API served it at this moment of recording: only what had been recorded by then, with the statuses it had then. A date means the end of that day, UTC. Combines with `asOf` (the moment the data describes). A moment in the future, or before the resource was first published, is a problem (400, 404). A read of a moment in the past never changes: it is cached as immutable. */
                    seenAt?: string;
                    limit?: number;
                    /** @description `nextCursor` from the previous page. */
                    cursor?: string;
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of changes, the cursor of the next page (null on the last) and the total. */
                200: {
                    headers: {
                        /** @description The strong ETag of the body: send it as `If-None-Match` for a 304. */
                        ETag: string;
                        /** @description A minute fresh, ten more stale while revalidating, a day if the database fails; a year and `immutable` for a settled `seenAt`. */
                        "Cache-Control": string;
                        /** @description Whether the edge cache answered: `HIT`, `STALE` (served while it refreshes) or `MISS`; `BYPASS` for the operator’s requests that carry the bypass secret. */
                        "X-Cache": "HIT" | "STALE" | "MISS" | "BYPASS";
                        /** @description When what it shows was last recorded, where it says (`updatedAt`, a feed’s newest change). */
                        "Last-Modified"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChangeLog"];
                    };
                };
                /** @description Not modified: the `If-None-Match` ETag is current. (`If-Modified-Since` is not answered: `Last-Modified` does not cover everything a read shows.) */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid query parameters. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many uncached reads from this address (cached reads still answer); retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database is unavailable or busy; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ceasefires/{slug}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What changed in a ceasefire, newest first
         * @description The public change log, in readers’ terms: what changed, old → new, when it was recorded, and the correction note where the editor gave one; never who. What the first publication recorded is not a change. Paged with `limit` and `cursor`; `seenAt` lists what had been recorded by then.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Show the resource exactly as this API served it at this moment of recording: only what had been recorded by then, with the statuses it had then. A date means the end of that day, UTC. Combines with `asOf` (the moment the data describes). A moment in the future, or before the resource was first published, is a problem (400, 404). A read of a moment in the past never changes: it is cached as immutable. */
                    seenAt?: string;
                    limit?: number;
                    /** @description `nextCursor` from the previous page. */
                    cursor?: string;
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of changes, the cursor of the next page (null on the last) and the total. */
                200: {
                    headers: {
                        /** @description The strong ETag of the body: send it as `If-None-Match` for a 304. */
                        ETag: string;
                        /** @description A minute fresh, ten more stale while revalidating, a day if the database fails; a year and `immutable` for a settled `seenAt`. */
                        "Cache-Control": string;
                        /** @description Whether the edge cache answered: `HIT`, `STALE` (served while it refreshes) or `MISS`; `BYPASS` for the operator’s requests that carry the bypass secret. */
                        "X-Cache": "HIT" | "STALE" | "MISS" | "BYPASS";
                        /** @description When what it shows was last recorded, where it says (`updatedAt`, a feed’s newest change). */
                        "Last-Modified"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChangeLog"];
                    };
                };
                /** @description Not modified: the `If-None-Match` ETag is current. (`If-Modified-Since` is not answered: `Last-Modified` does not cover everything a read shows.) */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid query parameters. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many uncached reads from this address (cached reads still answer); retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database is unavailable or busy; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{slug}/changes.atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An incident’s changes as Atom
         * @description Atom (RFC 4287): one entry per change, newest first. ETag and conditional GET.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The feed. */
                200: {
                    headers: {
                        /** @description The strong ETag of the body: send it as `If-None-Match` for a 304. */
                        ETag: string;
                        /** @description A minute fresh, ten more stale while revalidating, a day if the database fails; a year and `immutable` for a settled `seenAt`. */
                        "Cache-Control": string;
                        /** @description Whether the edge cache answered: `HIT`, `STALE` (served while it refreshes) or `MISS`; `BYPASS` for the operator’s requests that carry the bypass secret. */
                        "X-Cache": "HIT" | "STALE" | "MISS" | "BYPASS";
                        /** @description When what it shows was last recorded, where it says (`updatedAt`, a feed’s newest change). */
                        "Last-Modified"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/atom+xml": string;
                    };
                };
                /** @description Not modified: the `If-None-Match` ETag is current. (`If-Modified-Since` is not answered: `Last-Modified` does not cover everything a read shows.) */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid query parameters. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many uncached reads from this address (cached reads still answer); retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database is unavailable or busy; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{slug}/changes.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An incident’s changes as JSON Feed 1.1
         * @description JSON Feed 1.1: one item per change, newest first. ETag and conditional GET.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The feed. */
                200: {
                    headers: {
                        /** @description The strong ETag of the body: send it as `If-None-Match` for a 304. */
                        ETag: string;
                        /** @description A minute fresh, ten more stale while revalidating, a day if the database fails; a year and `immutable` for a settled `seenAt`. */
                        "Cache-Control": string;
                        /** @description Whether the edge cache answered: `HIT`, `STALE` (served while it refreshes) or `MISS`; `BYPASS` for the operator’s requests that carry the bypass secret. */
                        "X-Cache": "HIT" | "STALE" | "MISS" | "BYPASS";
                        /** @description When what it shows was last recorded, where it says (`updatedAt`, a feed’s newest change). */
                        "Last-Modified"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/feed+json": components["schemas"]["JsonFeed"];
                    };
                };
                /** @description Not modified: the `If-None-Match` ETag is current. (`If-Modified-Since` is not answered: `Last-Modified` does not cover everything a read shows.) */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid query parameters. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many uncached reads from this address (cached reads still answer); retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database is unavailable or busy; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ceasefires/{slug}/changes.atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A ceasefire’s changes as Atom
         * @description Atom (RFC 4287): one entry per change, newest first. ETag and conditional GET.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The feed. */
                200: {
                    headers: {
                        /** @description The strong ETag of the body: send it as `If-None-Match` for a 304. */
                        ETag: string;
                        /** @description A minute fresh, ten more stale while revalidating, a day if the database fails; a year and `immutable` for a settled `seenAt`. */
                        "Cache-Control": string;
                        /** @description Whether the edge cache answered: `HIT`, `STALE` (served while it refreshes) or `MISS`; `BYPASS` for the operator’s requests that carry the bypass secret. */
                        "X-Cache": "HIT" | "STALE" | "MISS" | "BYPASS";
                        /** @description When what it shows was last recorded, where it says (`updatedAt`, a feed’s newest change). */
                        "Last-Modified"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/atom+xml": string;
                    };
                };
                /** @description Not modified: the `If-None-Match` ETag is current. (`If-Modified-Since` is not answered: `Last-Modified` does not cover everything a read shows.) */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid query parameters. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many uncached reads from this address (cached reads still answer); retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database is unavailable or busy; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ceasefires/{slug}/changes.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A ceasefire’s changes as JSON Feed 1.1
         * @description JSON Feed 1.1: one item per change, newest first. ETag and conditional GET.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The feed. */
                200: {
                    headers: {
                        /** @description The strong ETag of the body: send it as `If-None-Match` for a 304. */
                        ETag: string;
                        /** @description A minute fresh, ten more stale while revalidating, a day if the database fails; a year and `immutable` for a settled `seenAt`. */
                        "Cache-Control": string;
                        /** @description Whether the edge cache answered: `HIT`, `STALE` (served while it refreshes) or `MISS`; `BYPASS` for the operator’s requests that carry the bypass secret. */
                        "X-Cache": "HIT" | "STALE" | "MISS" | "BYPASS";
                        /** @description When what it shows was last recorded, where it says (`updatedAt`, a feed’s newest change). */
                        "Last-Modified"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/feed+json": components["schemas"]["JsonFeed"];
                    };
                };
                /** @description Not modified: the `If-None-Match` ETag is current. (`If-Modified-Since` is not answered: `Last-Modified` does not cover everything a read shows.) */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid query parameters. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many uncached reads from this address (cached reads still answer); retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database is unavailable or busy; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/changes.atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The newest changes across the site as Atom
         * @description Atom (RFC 4287): one entry per change, newest first. ETag and conditional GET.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The feed. */
                200: {
                    headers: {
                        /** @description The strong ETag of the body: send it as `If-None-Match` for a 304. */
                        ETag: string;
                        /** @description A minute fresh, ten more stale while revalidating, a day if the database fails; a year and `immutable` for a settled `seenAt`. */
                        "Cache-Control": string;
                        /** @description Whether the edge cache answered: `HIT`, `STALE` (served while it refreshes) or `MISS`; `BYPASS` for the operator’s requests that carry the bypass secret. */
                        "X-Cache": "HIT" | "STALE" | "MISS" | "BYPASS";
                        /** @description When what it shows was last recorded, where it says (`updatedAt`, a feed’s newest change). */
                        "Last-Modified"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/atom+xml": string;
                    };
                };
                /** @description Not modified: the `If-None-Match` ETag is current. (`If-Modified-Since` is not answered: `Last-Modified` does not cover everything a read shows.) */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Too many uncached reads from this address (cached reads still answer); retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database is unavailable or busy; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/changes.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The newest changes across the site as JSON Feed 1.1
         * @description JSON Feed 1.1: one item per change, newest first. ETag and conditional GET.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The feed. */
                200: {
                    headers: {
                        /** @description The strong ETag of the body: send it as `If-None-Match` for a 304. */
                        ETag: string;
                        /** @description A minute fresh, ten more stale while revalidating, a day if the database fails; a year and `immutable` for a settled `seenAt`. */
                        "Cache-Control": string;
                        /** @description Whether the edge cache answered: `HIT`, `STALE` (served while it refreshes) or `MISS`; `BYPASS` for the operator’s requests that carry the bypass secret. */
                        "X-Cache": "HIT" | "STALE" | "MISS" | "BYPASS";
                        /** @description When what it shows was last recorded, where it says (`updatedAt`, a feed’s newest change). */
                        "Last-Modified"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/feed+json": components["schemas"]["JsonFeed"];
                    };
                };
                /** @description Not modified: the `If-None-Match` ETag is current. (`If-Modified-Since` is not answered: `Last-Modified` does not cover everything a read shows.) */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Too many uncached reads from this address (cached reads still answer); retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database is unavailable or busy; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{slug}/claims.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An incident’s claims as CSV
         * @description RFC 4180 (CRLF line ends, a header row, UTF-8 with a byte order mark so spreadsheets read it as UTF-8): one row per claim, superseded and retracted ones included, as of `asOf` and as published at `seenAt`. A cell that would start with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `'` so no spreadsheet runs it as a formula.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Show the resource as it stood at this moment: a date (the end of that day, UTC) or an ISO 8601 time with offset. */
                    asOf?: string;
                    /** @description Show the resource exactly as this API served it at this moment of recording: only what had been recorded by then, with the statuses it had then. A date means the end of that day, UTC. Combines with `asOf` (the moment the data describes). A moment in the future, or before the resource was first published, is a problem (400, 404). A read of a moment in the past never changes: it is cached as immutable. */
                    seenAt?: string;
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The claims. */
                200: {
                    headers: {
                        /** @description The strong ETag of the body: send it as `If-None-Match` for a 304. */
                        ETag: string;
                        /** @description A minute fresh, ten more stale while revalidating, a day if the database fails; a year and `immutable` for a settled `seenAt`. */
                        "Cache-Control": string;
                        /** @description Whether the edge cache answered: `HIT`, `STALE` (served while it refreshes) or `MISS`; `BYPASS` for the operator’s requests that carry the bypass secret. */
                        "X-Cache": "HIT" | "STALE" | "MISS" | "BYPASS";
                        /** @description When what it shows was last recorded, where it says (`updatedAt`, a feed’s newest change). */
                        "Last-Modified"?: string;
                        /** @description An attachment named `{slug}-claims.csv`. */
                        "Content-Disposition": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Not modified: the `If-None-Match` ETag is current. (`If-Modified-Since` is not answered: `Last-Modified` does not cover everything a read shows.) */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid query parameters. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many uncached reads from this address (cached reads still answer); retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database is unavailable or busy; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An incident with every claim and a per-metric summary */
        get: {
            parameters: {
                query?: {
                    /** @description Show the resource as it stood at this moment: a date (the end of that day, UTC) or an ISO 8601 time with offset. */
                    asOf?: string;
                    /** @description Show the resource exactly as this API served it at this moment of recording: only what had been recorded by then, with the statuses it had then. A date means the end of that day, UTC. Combines with `asOf` (the moment the data describes). A moment in the future, or before the resource was first published, is a problem (400, 404). A read of a moment in the past never changes: it is cached as immutable. */
                    seenAt?: string;
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The incident, its claims (current and superseded) and the summary of current claims. */
                200: {
                    headers: {
                        /** @description The strong ETag of the body: send it as `If-None-Match` for a 304. */
                        ETag: string;
                        /** @description A minute fresh, ten more stale while revalidating, a day if the database fails; a year and `immutable` for a settled `seenAt`. */
                        "Cache-Control": string;
                        /** @description Whether the edge cache answered: `HIT`, `STALE` (served while it refreshes) or `MISS`; `BYPASS` for the operator’s requests that carry the bypass secret. */
                        "X-Cache": "HIT" | "STALE" | "MISS" | "BYPASS";
                        /** @description When what it shows was last recorded, where it says (`updatedAt`, a feed’s newest change). */
                        "Last-Modified"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Incident"];
                    };
                };
                /** @description Not modified: the `If-None-Match` ETag is current. (`If-Modified-Since` is not answered: `Last-Modified` does not cover everything a read shows.) */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid query parameters. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many uncached reads from this address (cached reads still answer); retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database is unavailable or busy; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ceasefires/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A ceasefire with its status history, tallies, milestones and gauge reading */
        get: {
            parameters: {
                query?: {
                    /** @description Show the resource as it stood at this moment: a date (the end of that day, UTC) or an ISO 8601 time with offset. */
                    asOf?: string;
                    /** @description Show the resource exactly as this API served it at this moment of recording: only what had been recorded by then, with the statuses it had then. A date means the end of that day, UTC. Combines with `asOf` (the moment the data describes). A moment in the future, or before the resource was first published, is a problem (400, 404). A read of a moment in the past never changes: it is cached as immutable. */
                    seenAt?: string;
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The ceasefire as its data describes it (or as it stood at `asOf`). */
                200: {
                    headers: {
                        /** @description The strong ETag of the body: send it as `If-None-Match` for a 304. */
                        ETag: string;
                        /** @description A minute fresh, ten more stale while revalidating, a day if the database fails; a year and `immutable` for a settled `seenAt`. */
                        "Cache-Control": string;
                        /** @description Whether the edge cache answered: `HIT`, `STALE` (served while it refreshes) or `MISS`; `BYPASS` for the operator’s requests that carry the bypass secret. */
                        "X-Cache": "HIT" | "STALE" | "MISS" | "BYPASS";
                        /** @description When what it shows was last recorded, where it says (`updatedAt`, a feed’s newest change). */
                        "Last-Modified"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ceasefire"];
                    };
                };
                /** @description Not modified: the `If-None-Match` ETag is current. (`If-Modified-Since` is not answered: `Last-Modified` does not cover everything a read shows.) */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid query parameters. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such ceasefire; or, with `asOf`, one that had not started by then (the detail gives its start): an incident asked before its first claim is there with none, but no gauge can read a ceasefire before it began. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many uncached reads from this address (cached reads still answer); retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database is unavailable or busy; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oembed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** oEmbed 1.0 for embed pages and the demo page’s widgets */
        get: {
            parameters: {
                query: {
                    /** @description An embed page URL (`/embed/{widget}/{slug}`) or a demo page widget URL (`/#{widget}/{slug}`). */
                    url: string;
                    /** @description Only `json` is served; `xml` gets 501. */
                    format?: "json" | "xml";
                    maxwidth?: number;
                    maxheight?: number;
                    /** @description Pin the embed to what was published at this moment (as the URL’s own `seenAt` does; this one wins): the iframe’s page shows it, whatever is recorded later. */
                    seenAt?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A `rich` response whose `html` is the iframe snippet. */
                200: {
                    headers: {
                        /** @description The strong ETag of the body: send it as `If-None-Match` for a 304. */
                        ETag: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OEmbed"];
                    };
                };
                /** @description Not modified: the `If-None-Match` ETag is current. (`If-Modified-Since` is not answered: `Last-Modified` does not cover everything a read shows.) */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description A parameter is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The URL is not one of ours, or names nothing that exists. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many uncached reads from this address (cached reads still answer); retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `format=xml` is not served. */
                501: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database is unavailable or busy; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/embed/{widget}/{slug}.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One widget as an image (PNG or SVG), for newsletters, social cards and apps
         * @description What the widget shows, drawn from the same data and the same wording: title, figures, claimants, the range bar or the gauge, status, the date the data describes and the “figures as reported” line. Text is set as outlines (Arabic shaped, right to left); the SVG keeps the words in `<title>`, `<desc>` and `aria-label`s. Cached like the read it shows and redrawn when editors change the data (with `asOf` too: a correction dated before that moment changes what is known of it); pinned with a settled `seenAt` (what was published at a past moment), it never changes and is served `immutable`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description UI language; data stays as written. */
                    lang?: "en" | "es" | "ar";
                    /** @description `auto`: in a frame, the scheme of the page framing it, which resize.js reports there (light until it does, or without it); opened on its own, the reader’s system. */
                    theme?: "auto" | "light" | "dark";
                    /** @description Show the resource as it stood at this moment: a date (the end of that day, UTC) or an ISO 8601 time with offset. */
                    asOf?: string;
                    /** @description The widget attribute’s spelling of `asOf`. */
                    "as-of"?: string;
                    /** @description Show the resource exactly as this API served it at this moment of recording: only what had been recorded by then, with the statuses it had then. A date means the end of that day, UTC. Combines with `asOf` (the moment the data describes). A moment in the future, or before the resource was first published, is a problem (400, 404). A read of a moment in the past never changes: it is cached as immutable. */
                    seenAt?: string;
                    /** @description The widget attribute’s spelling of `seenAt`. */
                    "seen-at"?: string;
                    /** @description The card’s width in CSS px: `600` (default, a newsletter column) or `1200`. */
                    width?: "600" | "1200";
                    /** @description PNG pixel density: `1` (default) or `2` for high-density screens. SVGs take only `1`. */
                    scale?: "1" | "2";
                    /** @description `card` (default): the whole widget, as tall as it needs. `social`: 1200 × 630 (the Open Graph size), keeping what fits; `width` must then be absent or `1200`. */
                    layout?: "card" | "social";
                };
                header?: never;
                path: {
                    widget: "casualty-claims" | "ceasefire-gauge";
                    slug: string;
                    format: "png" | "svg";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The image. `X-Cache` says whether it came from the edge cache. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/png": string;
                        "image/svg+xml": string;
                    };
                };
                /** @description Not modified: the `If-None-Match` ETag is current. */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description A parameter is not valid (an unknown width, `scale=2` on an SVG, …). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such incident or ceasefire (or not yet, as of `asOf`, or as published at `seenAt`, which says when it was). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many uncached reads from this address (cached reads still answer); retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database or the renderer is unavailable; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/embed/{widget}/{slug}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The readers’ page of a widget’s changes
         * @description The public change log as a page, server-rendered with no script: what changed, old → new, when it was recorded, and the correction note; never who. What a widget’s “Changed N times” links to; `seenAt` lists what had been recorded by then. Links to the Atom and JSON feeds (with discovery `<link>`s).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Show the resource exactly as this API served it at this moment of recording: only what had been recorded by then, with the statuses it had then. A date means the end of that day, UTC. Combines with `asOf` (the moment the data describes). A moment in the future, or before the resource was first published, is a problem (400, 404). A read of a moment in the past never changes: it is cached as immutable. */
                    seenAt?: string;
                    /** @description The page’s language, the changes’ sentences and names included; the data in them stays as written. */
                    lang?: "en" | "es" | "ar";
                };
                header?: never;
                path: {
                    widget: "casualty-claims" | "ceasefire-gauge";
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The page. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
                    };
                };
                /** @description A parameter is not valid (`seenAt` in the future among them). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such incident or ceasefire (or not yet, as published at `seenAt`). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many uncached reads from this address (cached reads still answer); retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database is unavailable or busy; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/embed/{widget}/{slug}/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Follows a link of a widget from a frame that cannot open it
         * @description A redirect (302) to `to`, one of the links the widget shows (a claim’s source, a claimant’s site, a tally’s source; as of `asOf`, as published at `seenAt`), and to nothing else. WordPress frames an oEmbed in a sandbox that opens no new window, and opens in its own page only a link to the frame’s own host; an embed page in such a frame (`#?secret=` in its URL) sends WordPress each link the reader follows, through this URL.
         */
        get: {
            parameters: {
                query: {
                    to: string;
                    /** @description Show the resource as it stood at this moment: a date (the end of that day, UTC) or an ISO 8601 time with offset. */
                    asOf?: string;
                    /** @description Show the resource exactly as this API served it at this moment of recording: only what had been recorded by then, with the statuses it had then. A date means the end of that day, UTC. Combines with `asOf` (the moment the data describes). A moment in the future, or before the resource was first published, is a problem (400, 404). A read of a moment in the past never changes: it is cached as immutable. */
                    seenAt?: string;
                };
                header?: never;
                path: {
                    widget: "casualty-claims" | "ceasefire-gauge";
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description To the link. */
                302: {
                    headers: {
                        /** @description The link, as the widget shows it. */
                        Location: string;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description A parameter is not valid (`seenAt` in the future among them). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such incident or ceasefire, or `to` is not a link it shows. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many uncached reads from this address (cached reads still answer); retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database is unavailable or busy; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/embed/{widget}/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A standalone page of one widget, for iframes
         * @description Server-rendered (the figures are in the HTML with JavaScript off), upgraded by the widget, with oEmbed discovery and schema.org JSON-LD. Posts its height to the parent: `{ type: "explainer-edge:resize", height, src }` and AMP’s `{ sentinel: "amp", type: "embed-size", height }`. With `theme` `auto`, says `{ type: "explainer-edge:hello" }` as it starts and takes the scheme of resize.js’s answer, `{ type: "explainer-edge:scheme", scheme }`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description UI language; data stays as written. */
                    lang?: "en" | "es" | "ar";
                    /** @description `auto`: in a frame, the scheme of the page framing it, which resize.js reports there (light until it does, or without it); opened on its own, the reader’s system. */
                    theme?: "auto" | "light" | "dark";
                    /** @description Show the resource as it stood at this moment: a date (the end of that day, UTC) or an ISO 8601 time with offset. */
                    asOf?: string;
                    /** @description The widget attribute’s spelling of `asOf`. */
                    "as-of"?: string;
                    /** @description Show the resource exactly as this API served it at this moment of recording: only what had been recorded by then, with the statuses it had then. A date means the end of that day, UTC. Combines with `asOf` (the moment the data describes). A moment in the future, or before the resource was first published, is a problem (400, 404). A read of a moment in the past never changes: it is cached as immutable. */
                    seenAt?: string;
                    /** @description The widget attribute’s spelling of `seenAt`. */
                    "seen-at"?: string;
                };
                header?: never;
                path: {
                    widget: "casualty-claims" | "ceasefire-gauge";
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The embed page. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
                    };
                };
                /** @description A parameter is not valid (`seenAt` in the future among them). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such incident or ceasefire (or not yet, as of `asOf` or as published at `seenAt`). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many uncached reads from this address (cached reads still answer); retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database is unavailable or busy; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/articles/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An article in any status, with the ETag to edit it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The article as it is now (drafts included). */
                200: {
                    headers: {
                        /** @description The strong ETag of the version written; send it as `If-Match` to change it again. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Article"];
                    };
                };
                /** @description Invalid body, path or query; `errors` names each field. Malformed JSON is `malformed-json`. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid, unrevoked editor token, and no valid single sign-on token. */
                401: {
                    headers: {
                        /** @description The scheme to authenticate with: `Bearer realm="explainer-edge-admin"`. */
                        "WWW-Authenticate": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in, but not allowed: the single sign-on e-mail is no active editor’s, or the editor’s role does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed authentications, or too many requests to the editors’ API, from this address; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database did not answer (nothing was written), or the single sign-on keys could not be fetched; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit an article (status, corrections, text)
         * @description An article shows on the cards of the incidents it reports or whose claims cite it (its headline, while published): where one of them, or a ceasefire it reports, requires review, an edit of its headline, its language or its status is held for review (202) like a change to the story itself. Its text, dek and byline are written at once.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag you read (required: 428 without it). */
                    "if-match"?: string;
                };
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ArticlePatch"];
                };
            };
            responses: {
                /** @description The article as written. */
                200: {
                    headers: {
                        /** @description The strong ETag of the version written; send it as `If-Match` to change it again. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Article"];
                    };
                };
                /** @description Held for review (the incident or ceasefire requires it): nothing is published until another desk editor approves the change. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PendingChange"];
                    };
                };
                /** @description Invalid body, path or query; `errors` names each field. Malformed JSON is `malformed-json`. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid, unrevoked editor token, and no valid single sign-on token. */
                401: {
                    headers: {
                        /** @description The scheme to authenticate with: `Bearer realm="explainer-edge-admin"`. */
                        "WWW-Authenticate": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in, but not allowed: the single sign-on e-mail is no active editor’s, or the editor’s role does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The change conflicts with the resource’s state. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `If-Match` is not the current ETag: someone changed it since you read it (or it names none: a weak or unquoted tag). Nothing was written. */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over 64 KB. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not application/json. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `If-Match` is missing, or `*` (any version), which is not the version you read. */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed authentications, or too many requests to the editors’ API, from this address; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database did not answer (nothing was written), or the single sign-on keys could not be fetched; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/admin/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an article */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Any unique string (1–255 visible ASCII characters), e.g. a UUID. Retrying a create with the same key and body returns what the first try created (`Idempotent-Replayed: true`) instead of creating it twice; the same key with another body is refused (422). */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ArticleCreate"];
                };
            };
            responses: {
                /** @description The article created. */
                201: {
                    headers: {
                        /** @description The strong ETag of the version written; send it as `If-Match` to change it again. */
                        ETag?: string;
                        /** @description `true` when this answers a retry with the same `Idempotency-Key`: what the first try created, nothing written again. Absent otherwise. */
                        "Idempotent-Replayed"?: "true";
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Article"];
                    };
                };
                /** @description Invalid body, path or query; `errors` names each field. Malformed JSON is `malformed-json`. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid, unrevoked editor token, and no valid single sign-on token. */
                401: {
                    headers: {
                        /** @description The scheme to authenticate with: `Bearer realm="explainer-edge-admin"`. */
                        "WWW-Authenticate": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in, but not allowed: the single sign-on e-mail is no active editor’s, or the editor’s role does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The change conflicts with the resource’s state. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over 64 KB. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not application/json. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description This `Idempotency-Key` was used for a different request. Nothing was written. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed authentications, or too many requests to the editors’ API, from this address; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database did not answer (nothing was written), or the single sign-on keys could not be fetched; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Incidents by slug, for a picker */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description `nextCursor` of the previous page. */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of incidents. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PickerList"];
                    };
                };
                /** @description Invalid body, path or query; `errors` names each field. Malformed JSON is `malformed-json`. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid, unrevoked editor token, and no valid single sign-on token. */
                401: {
                    headers: {
                        /** @description The scheme to authenticate with: `Bearer realm="explainer-edge-admin"`. */
                        "WWW-Authenticate": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in, but not allowed: the single sign-on e-mail is no active editor’s, or the editor’s role does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed authentications, or too many requests to the editors’ API, from this address; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database did not answer (nothing was written), or the single sign-on keys could not be fetched; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create an incident */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Any unique string (1–255 visible ASCII characters), e.g. a UUID. Retrying a create with the same key and body returns what the first try created (`Idempotent-Replayed: true`) instead of creating it twice; the same key with another body is refused (422). */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["IncidentCreate"];
                };
            };
            responses: {
                /** @description The incident created. */
                201: {
                    headers: {
                        /** @description The strong ETag of the version written; send it as `If-Match` to change it again. */
                        ETag?: string;
                        /** @description `true` when this answers a retry with the same `Idempotency-Key`: what the first try created, nothing written again. Absent otherwise. */
                        "Idempotent-Replayed"?: "true";
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminIncident"];
                    };
                };
                /** @description Invalid body, path or query; `errors` names each field. Malformed JSON is `malformed-json`. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid, unrevoked editor token, and no valid single sign-on token. */
                401: {
                    headers: {
                        /** @description The scheme to authenticate with: `Bearer realm="explainer-edge-admin"`. */
                        "WWW-Authenticate": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in, but not allowed: the single sign-on e-mail is no active editor’s, or the editor’s role does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The change conflicts with the resource’s state. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over 64 KB. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not application/json. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description This `Idempotency-Key` was used for a different request. Nothing was written. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed authentications, or too many requests to the editors’ API, from this address; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database did not answer (nothing was written), or the single sign-on keys could not be fetched; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/incidents/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An incident as it is now, with the ETag to edit it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The incident, uncached. */
                200: {
                    headers: {
                        /** @description The strong ETag of the version written; send it as `If-Match` to change it again. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminIncident"];
                    };
                };
                /** @description Invalid body, path or query; `errors` names each field. Malformed JSON is `malformed-json`. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid, unrevoked editor token, and no valid single sign-on token. */
                401: {
                    headers: {
                        /** @description The scheme to authenticate with: `Bearer realm="explainer-edge-admin"`. */
                        "WWW-Authenticate": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in, but not allowed: the single sign-on e-mail is no active editor’s, or the editor’s role does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed authentications, or too many requests to the editors’ API, from this address; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database did not answer (nothing was written), or the single sign-on keys could not be fetched; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit an incident (`articleSlugs` replaces its articles), or switch review on or off
         * @description With `{"review": "required"}` (desk editors and admins), every later change to the incident and its claims is held for review (202) until another desk editor approves it; `{"review": "off"}` ends that, leaving changes already held to be decided.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag you read (required: 428 without it). */
                    "if-match"?: string;
                };
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["IncidentPatch"];
                };
            };
            responses: {
                /** @description The incident as written. */
                200: {
                    headers: {
                        /** @description The strong ETag of the version written; send it as `If-Match` to change it again. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminIncident"];
                    };
                };
                /** @description Held for review (the incident or ceasefire requires it): nothing is published until another desk editor approves the change. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PendingChange"];
                    };
                };
                /** @description Invalid body, path or query; `errors` names each field. Malformed JSON is `malformed-json`. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid, unrevoked editor token, and no valid single sign-on token. */
                401: {
                    headers: {
                        /** @description The scheme to authenticate with: `Bearer realm="explainer-edge-admin"`. */
                        "WWW-Authenticate": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in, but not allowed: the single sign-on e-mail is no active editor’s, or the editor’s role does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The change conflicts with the resource’s state. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `If-Match` is not the current ETag: someone changed it since you read it (or it names none: a weak or unquoted tag). Nothing was written. */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over 64 KB. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not application/json. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `If-Match` is missing, or `*` (any version), which is not the version you read. */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed authentications, or too many requests to the editors’ API, from this address; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database did not answer (nothing was written), or the single sign-on keys could not be fetched; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/admin/incidents/{slug}/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a claim, or revise one (`supersedes`)
         * @description The claimant is found by name, or created. With `supersedes`, the revised claim becomes `superseded` from the start of this claim’s `claimedOn` day.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Any unique string (1–255 visible ASCII characters), e.g. a UUID. Retrying a create with the same key and body returns what the first try created (`Idempotent-Replayed: true`) instead of creating it twice; the same key with another body is refused (422). */
                    "idempotency-key"?: string;
                    /** @description With `supersedes`: the ETag of the claim it revises, as you read it (412 if it has changed since). Held for review, the revision keeps it, and its approval is refused if that claim has changed meanwhile. */
                    "if-match"?: string;
                };
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ClaimCreate"];
                };
            };
            responses: {
                /** @description The claim created. */
                201: {
                    headers: {
                        /** @description The strong ETag of the version written; send it as `If-Match` to change it again. */
                        ETag?: string;
                        /** @description `true` when this answers a retry with the same `Idempotency-Key`: what the first try created, nothing written again. Absent otherwise. */
                        "Idempotent-Replayed"?: "true";
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Claim"];
                    };
                };
                /** @description Held for review (the incident or ceasefire requires it): nothing is published until another desk editor approves the change. */
                202: {
                    headers: {
                        /** @description `true` when this answers a retry with the same `Idempotency-Key`: what the first try created, nothing written again. Absent otherwise. */
                        "Idempotent-Replayed"?: "true";
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PendingChange"];
                    };
                };
                /** @description Invalid body, path or query; `errors` names each field. Malformed JSON is `malformed-json`. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid, unrevoked editor token, and no valid single sign-on token. */
                401: {
                    headers: {
                        /** @description The scheme to authenticate with: `Bearer realm="explainer-edge-admin"`. */
                        "WWW-Authenticate": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in, but not allowed: the single sign-on e-mail is no active editor’s, or the editor’s role does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The change conflicts with the resource’s state. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The claim named in `supersedes` was revised since you read it (perhaps concurrently), or `If-Match` names no version of it (a weak or unquoted tag). Nothing was written. */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over 64 KB. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not application/json. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description This `Idempotency-Key` was used for a different request. Nothing was written. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description With `supersedes`, `If-Match` is `*` (any version): send the ETag you read, or no `If-Match`. Nothing was written. */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed authentications, or too many requests to the editors’ API, from this address; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database did not answer (nothing was written), or the single sign-on keys could not be fetched; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/claims/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A claim as it is now, with the ETag to edit it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The claim, uncached. */
                200: {
                    headers: {
                        /** @description The strong ETag of the version written; send it as `If-Match` to change it again. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Claim"];
                    };
                };
                /** @description Invalid body, path or query; `errors` names each field. Malformed JSON is `malformed-json`. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid, unrevoked editor token, and no valid single sign-on token. */
                401: {
                    headers: {
                        /** @description The scheme to authenticate with: `Bearer realm="explainer-edge-admin"`. */
                        "WWW-Authenticate": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in, but not allowed: the single sign-on e-mail is no active editor’s, or the editor’s role does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed authentications, or too many requests to the editors’ API, from this address; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database did not answer (nothing was written), or the single sign-on keys could not be fetched; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Retract a claim (kept, as `retracted`) */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag you read (required: 428 without it). */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The claim, now retracted. */
                200: {
                    headers: {
                        /** @description The strong ETag of the version written; send it as `If-Match` to change it again. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Claim"];
                    };
                };
                /** @description Held for review (the incident or ceasefire requires it): nothing is published until another desk editor approves the change. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PendingChange"];
                    };
                };
                /** @description Invalid body, path or query; `errors` names each field. Malformed JSON is `malformed-json`. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid, unrevoked editor token, and no valid single sign-on token. */
                401: {
                    headers: {
                        /** @description The scheme to authenticate with: `Bearer realm="explainer-edge-admin"`. */
                        "WWW-Authenticate": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in, but not allowed: the single sign-on e-mail is no active editor’s, or the editor’s role does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The change conflicts with the resource’s state. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `If-Match` is not the current ETag: someone changed it since you read it (or it names none: a weak or unquoted tag). Nothing was written. */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `If-Match` is missing, or `*` (any version), which is not the version you read. */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed authentications, or too many requests to the editors’ API, from this address; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database did not answer (nothing was written), or the single sign-on keys could not be fetched; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Fix a typo in a claim
         * @description A revised figure is a new claim that `supersedes` this one, not an edit.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag you read (required: 428 without it). */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ClaimPatch"];
                };
            };
            responses: {
                /** @description The claim as written. */
                200: {
                    headers: {
                        /** @description The strong ETag of the version written; send it as `If-Match` to change it again. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Claim"];
                    };
                };
                /** @description Held for review (the incident or ceasefire requires it): nothing is published until another desk editor approves the change. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PendingChange"];
                    };
                };
                /** @description Invalid body, path or query; `errors` names each field. Malformed JSON is `malformed-json`. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid, unrevoked editor token, and no valid single sign-on token. */
                401: {
                    headers: {
                        /** @description The scheme to authenticate with: `Bearer realm="explainer-edge-admin"`. */
                        "WWW-Authenticate": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in, but not allowed: the single sign-on e-mail is no active editor’s, or the editor’s role does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The change conflicts with the resource’s state. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `If-Match` is not the current ETag: someone changed it since you read it (or it names none: a weak or unquoted tag). Nothing was written. */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over 64 KB. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not application/json. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `If-Match` is missing, or `*` (any version), which is not the version you read. */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed authentications, or too many requests to the editors’ API, from this address; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database did not answer (nothing was written), or the single sign-on keys could not be fetched; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/admin/ceasefires": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ceasefires by slug, for a picker */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description `nextCursor` of the previous page. */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of ceasefires. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PickerList"];
                    };
                };
                /** @description Invalid body, path or query; `errors` names each field. Malformed JSON is `malformed-json`. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid, unrevoked editor token, and no valid single sign-on token. */
                401: {
                    headers: {
                        /** @description The scheme to authenticate with: `Bearer realm="explainer-edge-admin"`. */
                        "WWW-Authenticate": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in, but not allowed: the single sign-on e-mail is no active editor’s, or the editor’s role does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed authentications, or too many requests to the editors’ API, from this address; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database did not answer (nothing was written), or the single sign-on keys could not be fetched; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a ceasefire */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Any unique string (1–255 visible ASCII characters), e.g. a UUID. Retrying a create with the same key and body returns what the first try created (`Idempotent-Replayed: true`) instead of creating it twice; the same key with another body is refused (422). */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CeasefireCreate"];
                };
            };
            responses: {
                /** @description The ceasefire created. */
                201: {
                    headers: {
                        /** @description The strong ETag of the version written; send it as `If-Match` to change it again. */
                        ETag?: string;
                        /** @description `true` when this answers a retry with the same `Idempotency-Key`: what the first try created, nothing written again. Absent otherwise. */
                        "Idempotent-Replayed"?: "true";
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminCeasefire"];
                    };
                };
                /** @description Invalid body, path or query; `errors` names each field. Malformed JSON is `malformed-json`. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid, unrevoked editor token, and no valid single sign-on token. */
                401: {
                    headers: {
                        /** @description The scheme to authenticate with: `Bearer realm="explainer-edge-admin"`. */
                        "WWW-Authenticate": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in, but not allowed: the single sign-on e-mail is no active editor’s, or the editor’s role does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The change conflicts with the resource’s state. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over 64 KB. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not application/json. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description This `Idempotency-Key` was used for a different request. Nothing was written. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed authentications, or too many requests to the editors’ API, from this address; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database did not answer (nothing was written), or the single sign-on keys could not be fetched; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/ceasefires/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A ceasefire as it is now, with the ETag to edit it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The ceasefire, uncached. */
                200: {
                    headers: {
                        /** @description The strong ETag of the version written; send it as `If-Match` to change it again. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminCeasefire"];
                    };
                };
                /** @description Invalid body, path or query; `errors` names each field. Malformed JSON is `malformed-json`. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid, unrevoked editor token, and no valid single sign-on token. */
                401: {
                    headers: {
                        /** @description The scheme to authenticate with: `Bearer realm="explainer-edge-admin"`. */
                        "WWW-Authenticate": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in, but not allowed: the single sign-on e-mail is no active editor’s, or the editor’s role does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed authentications, or too many requests to the editors’ API, from this address; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database did not answer (nothing was written), or the single sign-on keys could not be fetched; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a ceasefire (a new `status` is added to its history, dated at `asOf`), or switch review on or off
         * @description With `{"review": "required"}` (desk editors and admins), every later change to the ceasefire, its tallies and milestones is held for review (202) until another desk editor approves it; `{"review": "off"}` ends that, leaving changes already held to be decided.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag you read (required: 428 without it). */
                    "if-match"?: string;
                };
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CeasefirePatch"];
                };
            };
            responses: {
                /** @description The ceasefire as written. */
                200: {
                    headers: {
                        /** @description The strong ETag of the version written; send it as `If-Match` to change it again. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminCeasefire"];
                    };
                };
                /** @description Held for review (the incident or ceasefire requires it): nothing is published until another desk editor approves the change. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PendingChange"];
                    };
                };
                /** @description Invalid body, path or query; `errors` names each field. Malformed JSON is `malformed-json`. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid, unrevoked editor token, and no valid single sign-on token. */
                401: {
                    headers: {
                        /** @description The scheme to authenticate with: `Bearer realm="explainer-edge-admin"`. */
                        "WWW-Authenticate": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in, but not allowed: the single sign-on e-mail is no active editor’s, or the editor’s role does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The change conflicts with the resource’s state. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `If-Match` is not the current ETag: someone changed it since you read it (or it names none: a weak or unquoted tag). Nothing was written. */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over 64 KB. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not application/json. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `If-Match` is missing, or `*` (any version), which is not the version you read. */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed authentications, or too many requests to the editors’ API, from this address; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database did not answer (nothing was written), or the single sign-on keys could not be fetched; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/admin/ceasefires/{slug}/tallies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a violation tally */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Any unique string (1–255 visible ASCII characters), e.g. a UUID. Retrying a create with the same key and body returns what the first try created (`Idempotent-Replayed: true`) instead of creating it twice; the same key with another body is refused (422). */
                    "idempotency-key"?: string;
                };
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TallyCreate"];
                };
            };
            responses: {
                /** @description The tally added. */
                201: {
                    headers: {
                        /** @description The strong ETag of the version written; send it as `If-Match` to change it again. */
                        ETag?: string;
                        /** @description `true` when this answers a retry with the same `Idempotency-Key`: what the first try created, nothing written again. Absent otherwise. */
                        "Idempotent-Replayed"?: "true";
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Tally"];
                    };
                };
                /** @description Held for review (the incident or ceasefire requires it): nothing is published until another desk editor approves the change. */
                202: {
                    headers: {
                        /** @description `true` when this answers a retry with the same `Idempotency-Key`: what the first try created, nothing written again. Absent otherwise. */
                        "Idempotent-Replayed"?: "true";
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PendingChange"];
                    };
                };
                /** @description Invalid body, path or query; `errors` names each field. Malformed JSON is `malformed-json`. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid, unrevoked editor token, and no valid single sign-on token. */
                401: {
                    headers: {
                        /** @description The scheme to authenticate with: `Bearer realm="explainer-edge-admin"`. */
                        "WWW-Authenticate": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in, but not allowed: the single sign-on e-mail is no active editor’s, or the editor’s role does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The change conflicts with the resource’s state. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over 64 KB. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not application/json. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description This `Idempotency-Key` was used for a different request. Nothing was written. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed authentications, or too many requests to the editors’ API, from this address; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database did not answer (nothing was written), or the single sign-on keys could not be fetched; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/ceasefires/{slug}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a milestone */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Any unique string (1–255 visible ASCII characters), e.g. a UUID. Retrying a create with the same key and body returns what the first try created (`Idempotent-Replayed: true`) instead of creating it twice; the same key with another body is refused (422). */
                    "idempotency-key"?: string;
                };
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MilestoneCreate"];
                };
            };
            responses: {
                /** @description The milestone added. */
                201: {
                    headers: {
                        /** @description The strong ETag of the version written; send it as `If-Match` to change it again. */
                        ETag?: string;
                        /** @description `true` when this answers a retry with the same `Idempotency-Key`: what the first try created, nothing written again. Absent otherwise. */
                        "Idempotent-Replayed"?: "true";
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Milestone"];
                    };
                };
                /** @description Held for review (the incident or ceasefire requires it): nothing is published until another desk editor approves the change. */
                202: {
                    headers: {
                        /** @description `true` when this answers a retry with the same `Idempotency-Key`: what the first try created, nothing written again. Absent otherwise. */
                        "Idempotent-Replayed"?: "true";
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PendingChange"];
                    };
                };
                /** @description Invalid body, path or query; `errors` names each field. Malformed JSON is `malformed-json`. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid, unrevoked editor token, and no valid single sign-on token. */
                401: {
                    headers: {
                        /** @description The scheme to authenticate with: `Bearer realm="explainer-edge-admin"`. */
                        "WWW-Authenticate": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in, but not allowed: the single sign-on e-mail is no active editor’s, or the editor’s role does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The change conflicts with the resource’s state. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over 64 KB. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not application/json. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description This `Idempotency-Key` was used for a different request. Nothing was written. */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed authentications, or too many requests to the editors’ API, from this address; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database did not answer (nothing was written), or the single sign-on keys could not be fetched; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/ceasefires/{slug}/milestones/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A milestone as it is now, with the ETag to edit it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The milestone, uncached. */
                200: {
                    headers: {
                        /** @description The strong ETag of the version written; send it as `If-Match` to change it again. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Milestone"];
                    };
                };
                /** @description Invalid body, path or query; `errors` names each field. Malformed JSON is `malformed-json`. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid, unrevoked editor token, and no valid single sign-on token. */
                401: {
                    headers: {
                        /** @description The scheme to authenticate with: `Bearer realm="explainer-edge-admin"`. */
                        "WWW-Authenticate": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in, but not allowed: the single sign-on e-mail is no active editor’s, or the editor’s role does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed authentications, or too many requests to the editors’ API, from this address; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database did not answer (nothing was written), or the single sign-on keys could not be fetched; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a milestone’s state or note (added to its history) */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag you read (required: 428 without it). */
                    "if-match"?: string;
                };
                path: {
                    slug: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MilestonePatch"];
                };
            };
            responses: {
                /** @description The milestone as written. */
                200: {
                    headers: {
                        /** @description The strong ETag of the version written; send it as `If-Match` to change it again. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Milestone"];
                    };
                };
                /** @description Held for review (the incident or ceasefire requires it): nothing is published until another desk editor approves the change. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PendingChange"];
                    };
                };
                /** @description Invalid body, path or query; `errors` names each field. Malformed JSON is `malformed-json`. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid, unrevoked editor token, and no valid single sign-on token. */
                401: {
                    headers: {
                        /** @description The scheme to authenticate with: `Bearer realm="explainer-edge-admin"`. */
                        "WWW-Authenticate": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in, but not allowed: the single sign-on e-mail is no active editor’s, or the editor’s role does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The change conflicts with the resource’s state. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `If-Match` is not the current ETag: someone changed it since you read it (or it names none: a weak or unquoted tag). Nothing was written. */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over 64 KB. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not application/json. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `If-Match` is missing, or `*` (any version), which is not the version you read. */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed authentications, or too many requests to the editors’ API, from this address; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database did not answer (nothing was written), or the single sign-on keys could not be fetched; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/admin/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who changed what, newest first
         * @description Editors’ accounts (entity type `editor`: name, role, e-mail, revocation) are in it for admins only, as is their list (`GET /api/v1/admin/editors`): below admin, their entries are left out, and `entity=editor` or `entity=editor:{id}` is refused (403).
         */
        get: {
            parameters: {
                query?: {
                    /** @description One type, or one entity. An incident’s history includes its claims’ changes, a ceasefire’s its tallies’ and milestones’. */
                    entity?: string;
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of audit entries. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditList"];
                    };
                };
                /** @description Invalid body, path or query; `errors` names each field. Malformed JSON is `malformed-json`. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid, unrevoked editor token, and no valid single sign-on token. */
                401: {
                    headers: {
                        /** @description The scheme to authenticate with: `Bearer realm="explainer-edge-admin"`. */
                        "WWW-Authenticate": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in, but not allowed: the single sign-on e-mail is no active editor’s, or the editor’s role does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed authentications, or too many requests to the editors’ API, from this address; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database did not answer (nothing was written), or the single sign-on keys could not be fetched; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/audit/{id}/revert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Undo one change (itself audited)
         * @description Refused with 409 when later changes depend on it: revert those first.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The audit entry of the revert. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditEntry"];
                    };
                };
                /** @description Held for review (the incident or ceasefire requires it): nothing is published until another desk editor approves the change. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PendingChange"];
                    };
                };
                /** @description Invalid body, path or query; `errors` names each field. Malformed JSON is `malformed-json`. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid, unrevoked editor token, and no valid single sign-on token. */
                401: {
                    headers: {
                        /** @description The scheme to authenticate with: `Bearer realm="explainer-edge-admin"`. */
                        "WWW-Authenticate": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in, but not allowed: the single sign-on e-mail is no active editor’s, or the editor’s role does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The change conflicts with the resource’s state. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed authentications, or too many requests to the editors’ API, from this address; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database did not answer (nothing was written), or the single sign-on keys could not be fetched; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Changes held for review (pending by default), newest first */
        get: {
            parameters: {
                query?: {
                    status?: "pending" | "approved" | "rejected";
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of held changes. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChangeList"];
                    };
                };
                /** @description Invalid body, path or query; `errors` names each field. Malformed JSON is `malformed-json`. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid, unrevoked editor token, and no valid single sign-on token. */
                401: {
                    headers: {
                        /** @description The scheme to authenticate with: `Bearer realm="explainer-edge-admin"`. */
                        "WWW-Authenticate": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in, but not allowed: the single sign-on e-mail is no active editor’s, or the editor’s role does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed authentications, or too many requests to the editors’ API, from this address; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database did not answer (nothing was written), or the single sign-on keys could not be fetched; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/changes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One held change */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The change. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PendingChange"];
                    };
                };
                /** @description Invalid body, path or query; `errors` names each field. Malformed JSON is `malformed-json`. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid, unrevoked editor token, and no valid single sign-on token. */
                401: {
                    headers: {
                        /** @description The scheme to authenticate with: `Bearer realm="explainer-edge-admin"`. */
                        "WWW-Authenticate": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in, but not allowed: the single sign-on e-mail is no active editor’s, or the editor’s role does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed authentications, or too many requests to the editors’ API, from this address; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database did not answer (nothing was written), or the single sign-on keys could not be fetched; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/changes/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve and publish a held change
         * @description Role: **desk** or above. Publishes it as the proposer’s write, with its audit entry naming both editors, and purges the cached reads it affects. Approving your own change is 403. 409 when it was already decided (of two approvals at once, one wins) or no longer applies to the story as it is now (reject it then).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The change, now approved and published. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PendingChange"];
                    };
                };
                /** @description Invalid body, path or query; `errors` names each field. Malformed JSON is `malformed-json`. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid, unrevoked editor token, and no valid single sign-on token. */
                401: {
                    headers: {
                        /** @description The scheme to authenticate with: `Bearer realm="explainer-edge-admin"`. */
                        "WWW-Authenticate": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in, but not allowed: the single sign-on e-mail is no active editor’s, or the editor’s role does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The change conflicts with the resource’s state. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed authentications, or too many requests to the editors’ API, from this address; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database did not answer (nothing was written), or the single sign-on keys could not be fetched; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/changes/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a held change, with the reason
         * @description Role: **desk** or above. Nothing is published. 409 when it was already decided.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ChangeReject"];
                };
            };
            responses: {
                /** @description The change, now rejected. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PendingChange"];
                    };
                };
                /** @description Invalid body, path or query; `errors` names each field. Malformed JSON is `malformed-json`. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid, unrevoked editor token, and no valid single sign-on token. */
                401: {
                    headers: {
                        /** @description The scheme to authenticate with: `Bearer realm="explainer-edge-admin"`. */
                        "WWW-Authenticate": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in, but not allowed: the single sign-on e-mail is no active editor’s, or the editor’s role does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The change conflicts with the resource’s state. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over 64 KB. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not application/json. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed authentications, or too many requests to the editors’ API, from this address; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database did not answer (nothing was written), or the single sign-on keys could not be fetched; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in, with which role */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The signed-in editor. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description No valid, unrevoked editor token, and no valid single sign-on token. */
                401: {
                    headers: {
                        /** @description The scheme to authenticate with: `Bearer realm="explainer-edge-admin"`. */
                        "WWW-Authenticate": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in, but not allowed: the single sign-on e-mail is no active editor’s, or the editor’s role does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed authentications, or too many requests to the editors’ API, from this address; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database did not answer (nothing was written), or the single sign-on keys could not be fetched; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/editors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every editor, revoked ones included
         * @description Role: **admin** or above.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The editors, by name. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EditorList"];
                    };
                };
                /** @description No valid, unrevoked editor token, and no valid single sign-on token. */
                401: {
                    headers: {
                        /** @description The scheme to authenticate with: `Bearer realm="explainer-edge-admin"`. */
                        "WWW-Authenticate": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in, but not allowed: the single sign-on e-mail is no active editor’s, or the editor’s role does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed authentications, or too many requests to the editors’ API, from this address; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database did not answer (nothing was written), or the single sign-on keys could not be fetched; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Add an editor; their token is in the answer, once
         * @description Role: **admin** or above.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EditorCreate"];
                };
            };
            responses: {
                /** @description The editor, with their token. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EditorCreated"];
                    };
                };
                /** @description Invalid body, path or query; `errors` names each field. Malformed JSON is `malformed-json`. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid, unrevoked editor token, and no valid single sign-on token. */
                401: {
                    headers: {
                        /** @description The scheme to authenticate with: `Bearer realm="explainer-edge-admin"`. */
                        "WWW-Authenticate": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in, but not allowed: the single sign-on e-mail is no active editor’s, or the editor’s role does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The change conflicts with the resource’s state. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over 64 KB. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not application/json. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed authentications, or too many requests to the editors’ API, from this address; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database did not answer (nothing was written), or the single sign-on keys could not be fetched; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/editors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an editor’s role or e-mail, or revoke or restore them
         * @description Role: **admin** or above. You cannot lower your own role or revoke yourself (409): another admin must. Revoking (`active: false`) also retires their token for good and rejects, in the same write, the changes they have held for review; restoring (`active: true`) gives back single sign-on only, and a new token comes from `npm run editor -- rotate "Name"`.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EditorPatch"];
                };
            };
            responses: {
                /** @description The editor as written. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Editor"];
                    };
                };
                /** @description Invalid body, path or query; `errors` names each field. Malformed JSON is `malformed-json`. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid, unrevoked editor token, and no valid single sign-on token. */
                401: {
                    headers: {
                        /** @description The scheme to authenticate with: `Bearer realm="explainer-edge-admin"`. */
                        "WWW-Authenticate": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Signed in, but not allowed: the single sign-on e-mail is no active editor’s, or the editor’s role does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The change conflicts with the resource’s state. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is over 64 KB. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not application/json. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed authentications, or too many requests to the editors’ API, from this address; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The database did not answer (nothing was written), or the single sign-on keys could not be fetched; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        /** @description Seconds to wait before trying again. */
                        "Retry-After": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Health: {
            /** @enum {string} */
            status: "ok" | "degraded";
            /**
             * @description `unreachable`: D1 failed or did not answer within its deadline. `shed`: not asked, as this isolate already has its few health probes waiting on D1 (a flood of probes, or a D1 too slow to answer them).
             * @enum {string}
             */
            d1: "ok" | "unreachable" | "shed";
            checkedAt: string;
        };
        Liveness: {
            /** @enum {string} */
            status: "ok";
        };
        ArticleList: {
            data: components["schemas"]["ArticleSummary"][];
            nextCursor: string | null;
        };
        ArticleSummary: {
            /** @example deir-ez-zor-airstrike-2016 */
            slug: string;
            headline: string;
            dek: string | null;
            section: string;
            /**
             * @description BCP 47
             * @example en
             */
            language: string;
            byline: string | null;
            publishedAt: string | null;
            publishedAtApproximate: boolean;
            /** @enum {string} */
            status: "draft" | "published";
            canonicalUrl: string | null;
            /**
             * Format: date-time
             * @description When the article itself (its headline, body and status) was last recorded. A listing does not read the stories it reports: the article’s own read gives their changes too.
             * @example 2016-09-12T19:00:00+03:00
             */
            updatedAt: string;
        };
        Problem: {
            /** @example /problems/validation */
            type: string;
            title: string;
            status: number;
            detail?: string;
            instance?: string;
            errors?: {
                /** @example limit */
                path: string;
                message: string;
            }[];
        };
        Article: components["schemas"]["ArticleSummary"] & {
            /**
             * Format: date-time
             * @description When anything the article shows (its incidents and ceasefires included) was last recorded (also sent as `Last-Modified`).
             * @example 2016-09-12T19:00:00+03:00
             */
            updatedAt?: string;
            body: components["schemas"]["BodyBlock"][];
            corrections: components["schemas"]["Correction"][];
            incidents: components["schemas"]["Incident"][];
            ceasefires: components["schemas"]["Ceasefire"][];
            /**
             * Format: date-time
             * @description Present when `?seenAt=` was given: the moment of recording shown, in the offset it was asked in (a date: the end of that day, UTC).
             * @example 2016-09-12T19:00:00+03:00
             */
            seenAt?: string;
        };
        BodyBlock: {
            /** @enum {string} */
            kind: "paragraph" | "subhead";
            text: string;
        };
        Correction: {
            note: string;
            /**
             * Format: date-time
             * @example 2016-09-12T19:00:00+03:00
             */
            at: string;
        };
        Incident: {
            /** @example deir-ez-zor-airstrike-2016 */
            slug: string;
            title: string;
            /**
             * Format: date
             * @example 2016-09-17
             */
            occurredOn: string;
            /**
             * Format: date-time
             * @example 2016-09-12T19:00:00+03:00
             */
            startsAt: string | null;
            /**
             * Format: date-time
             * @example 2016-09-12T19:00:00+03:00
             */
            endsAt: string | null;
            placeName: string;
            latitude: number | null;
            longitude: number | null;
            description: string;
            corrections: components["schemas"]["Correction"][];
            externalIds: {
                acled?: string;
                ucdp?: string;
                airwars?: string;
            };
            /**
             * @description The language its text (names, places, quotes) is written in, BCP 47: a widget in another language marks the data with it (a cited article’s headline with the article’s own `language`).
             * @example en
             */
            language: string;
            articles: components["schemas"]["ArticleRef"][];
            claims: components["schemas"]["Claim"][];
            summary: components["schemas"]["ClaimsSummary"];
            /**
             * Format: date-time
             * @description When its own records (the row and its claims) were last recorded; not the articles it cites (also sent as `Last-Modified`).
             * @example 2016-09-12T19:00:00+03:00
             */
            updatedAt: string;
            /**
             * Format: date-time
             * @description Present when `?asOf=` was given: the moment shown, in the offset it was asked in (a date: the end of that day, UTC).
             * @example 2016-09-12T19:00:00+03:00
             */
            asOf?: string;
            /** @description Present with `?asOf=`: whether its claims have changed since that moment (a claim dated later, or a claim’s status changed). `asOf` turns back the claims only: the text, corrections and articles are as they are now (`seenAt` shows all of it as published at a moment). */
            updatedSince?: boolean;
            /**
             * Format: date-time
             * @description Present when `?seenAt=` was given: the moment of recording shown, in the offset it was asked in (a date: the end of that day, UTC).
             * @example 2016-09-12T19:00:00+03:00
             */
            seenAt?: string;
            /** @description How many changes the public change log lists (`…/changes`), as recorded by the moment shown. On the resource’s own read. */
            changeCount?: number;
        };
        ArticleRef: {
            /** @example deir-ez-zor-airstrike-2016 */
            slug: string;
            headline: string;
            /**
             * @description BCP 47: the language the article (its headline) is written in, which may not be its story’s.
             * @example en
             */
            language: string;
        };
        Claim: {
            /** @example clm_sohr_killed */
            id: string;
            claimant: components["schemas"]["Claimant"];
            /** @enum {string} */
            metric: "killed" | "wounded" | "missing";
            /** @example Syrian government soldiers */
            subject: string;
            /** @enum {string} */
            qualifier: "exact" | "at_least" | "more_than" | "about" | "up_to" | "between";
            low: number;
            high: number | null;
            /** @example more than 60 */
            asWritten: string;
            /**
             * Format: date
             * @example 2016-09-17
             */
            claimedOn: string;
            /** @enum {string} */
            status: "current" | "superseded" | "retracted";
            supersedes: string | null;
            /**
             * Format: uri
             * @example https://www.syriahr.com/en/
             */
            sourceUrl: string | null;
            sourceArticle: components["schemas"]["ArticleRef"] | null;
            quote: string | null;
        };
        Claimant: {
            /** @example Syrian Observatory for Human Rights */
            name: string;
            /** @enum {string} */
            kind: "government" | "military" | "ngo" | "un" | "media" | "armed_group" | "other";
            affiliation?: string | null;
            /**
             * Format: uri
             * @example https://www.syriahr.com/en/
             */
            url?: string | null;
        };
        ClaimsSummary: {
            killed?: components["schemas"]["MetricSummary"];
            wounded?: components["schemas"]["MetricSummary"];
            missing?: components["schemas"]["MetricSummary"];
        };
        MetricSummary: {
            /** @description Lowest `low` among current claims. */
            low: number;
            /** @description Highest `high ?? low` among current claims. */
            high: number;
            /** @description Distinct claimants with a current claim. */
            claimants: number;
            /** @description Whether the claimants’ figures differ. Figures counting different people (`subject`) always do. */
            disagree: boolean;
        };
        Ceasefire: {
            /** @example deir-ez-zor-airstrike-2016 */
            slug: string;
            name: string;
            brokers: string[];
            parties: string[];
            excludes: string[];
            /**
             * Format: date-time
             * @example 2016-09-12T19:00:00+03:00
             */
            startedAt: string;
            /**
             * Format: date-time
             * @example 2016-09-12T19:00:00+03:00
             */
            endedAt: string | null;
            /** @enum {string} */
            status: "holding" | "strained" | "precarious" | "collapsed" | "ended";
            statusNote: string | null;
            /**
             * Format: date-time
             * @description The moment the data describes: with `?asOf=` before it, the moment asked, in the offset it was asked in (a date: the end of that day, UTC).
             * @example 2016-09-12T19:00:00+03:00
             */
            asOf: string;
            /**
             * @description The language its text (names, places, quotes) is written in, BCP 47: a widget in another language marks the data with it.
             * @example en
             */
            language: string;
            /**
             * Format: date-time
             * @description When its own records (the row, its tallies and milestones) were last recorded; not the articles it cites (also sent as `Last-Modified`).
             * @example 2016-09-12T19:00:00+03:00
             */
            updatedAt: string;
            history: components["schemas"]["StatusChange"][];
            tallies: components["schemas"]["Tally"][];
            milestones: components["schemas"]["Milestone"][];
            gauge: components["schemas"]["GaugeReading"];
            /** @description Present with `?asOf=`: whether newer data exists than the moment shown. */
            updatedSince?: boolean;
            /**
             * Format: date-time
             * @description Present when `?seenAt=` was given: the moment of recording shown, in the offset it was asked in (a date: the end of that day, UTC).
             * @example 2016-09-12T19:00:00+03:00
             */
            seenAt?: string;
            /** @description How many changes the public change log lists (`…/changes`), as recorded by the moment shown. On the resource’s own read. */
            changeCount?: number;
        };
        StatusChange: {
            /** @enum {string} */
            status: "holding" | "strained" | "precarious" | "collapsed" | "ended";
            /**
             * Format: date-time
             * @example 2016-09-12T19:00:00+03:00
             */
            at: string;
            note: string | null;
        };
        Tally: {
            id: string;
            /** @description Null when the source does not say who counted. */
            claimant: components["schemas"]["Claimant"] | null;
            count: number;
            /** @enum {string} */
            qualifier: "exact" | "at_least" | "more_than" | "about" | "up_to" | "between";
            /** @example at least 55 */
            asWritten: string;
            /** @example not counting the US airstrike */
            excludes: string | null;
            /**
             * Format: date
             * @example 2016-09-17
             */
            reportedOn: string;
            /**
             * Format: uri
             * @example https://www.syriahr.com/en/
             */
            sourceUrl: string | null;
        };
        Milestone: {
            id: string;
            label: string;
            /**
             * Format: date
             * @example 2016-09-17
             */
            dueOn: string | null;
            /** @enum {string} */
            state: "pending" | "met" | "missed" | "in_doubt";
            note: string | null;
        };
        GaugeReading: {
            /** @description holding 0, strained 1, precarious 2, collapsed 3; null once ended. */
            band: number | null;
            /** @enum {string} */
            status: "holding" | "strained" | "precarious" | "collapsed" | "ended";
            /** @example Precarious */
            label: string;
            /** @description Whole days from `startedAt` to `endedAt`, to the collapse of a collapsed ceasefire (the status change that began its run of `collapsed`), or else to `asOf`: never the reader’s clock. */
            daysInForce: number;
        };
        ChangeLog: {
            data: components["schemas"]["ChangeEntry"][];
            nextCursor: string | null;
            total: number;
        };
        ChangeEntry: {
            /**
             * @description Stable; also the cursor of the page after it.
             * @example 1795000000000.0
             */
            id: string;
            /**
             * Format: date-time
             * @description When the change was recorded (published).
             * @example 2016-09-12T19:00:00+03:00
             */
            recordedAt: string;
            /** @enum {string} */
            what: "claim-added" | "claim-revised" | "claim-retracted" | "claim-restored" | "claim-edited" | "claim-removed" | "details-edited" | "correction-added" | "article-linked" | "article-unlinked" | "status-changed" | "note-edited" | "tally-added" | "tally-removed" | "milestone-added" | "milestone-updated" | "milestone-removed";
            /** @description What changed: a claimant and metric, a milestone, an article; null for the resource itself. */
            subject: string | null;
            fields: components["schemas"]["ChangeField"][];
            /** @description The correction note given with the change, if any. */
            note: string | null;
            /** @example Figure revised: Syrian Observatory for Human Rights · killed, 80 → 90. */
            summary: string;
        };
        ChangeField: {
            /** @example figure */
            field: string;
            /** @example 80 */
            old: string | null;
            /** @example 90 */
            new: string | null;
        };
        JsonFeed: {
            /** @enum {string} */
            version: "https://jsonfeed.org/version/1.1";
            title: string;
            home_page_url?: string;
            feed_url?: string;
            description?: string;
            language?: string;
            authors?: {
                name?: string;
                url?: string;
            }[];
            items: {
                id: string;
                url?: string;
                title?: string;
                content_text?: string;
                summary?: string;
                date_published?: string;
                tags?: string[];
            }[];
        };
        OEmbed: {
            /** @enum {string} */
            version: "1.0";
            /** @enum {string} */
            type: "rich";
            title: string;
            provider_name: string;
            provider_url: string;
            /** @description The iframe snippet. */
            html: string;
            width: number;
            height: number;
            cache_age: number;
            /** @description The widget as a 1200 × 630 PNG (its social preview); left out, with its size, where `maxwidth` or `maxheight` is smaller (oEmbed: a thumbnail respects them). */
            thumbnail_url?: string;
            thumbnail_width?: number;
            thumbnail_height?: number;
        };
        ArticleCreate: {
            /** @example deir-ez-zor-airstrike-2016 */
            slug: string;
            headline: string;
            dek?: string | null;
            body: {
                /** @enum {string} */
                kind: "paragraph" | "subhead";
                text: string;
            }[];
            section: string;
            /** @example en */
            language: string;
            byline?: string | null;
            publishedAt?: string | null;
            publishedAtApproximate?: boolean;
            /** @enum {string} */
            status?: "draft" | "published";
            /**
             * Format: uri
             * @example https://www.syriahr.com/en/
             */
            canonicalUrl?: string | null;
            corrections?: components["schemas"]["CorrectionInput"][];
        };
        CorrectionInput: {
            note: string;
            /**
             * Format: date-time
             * @example 2016-09-12T19:00:00+03:00
             */
            at: string;
        };
        /** @description A change held for review: invisible to readers until a second editor approves it. */
        PendingChange: {
            /** @example chg_0d9c… */
            id: string;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected";
            /**
             * @description The write it holds, replayed on approval.
             * @enum {string}
             */
            operation: "article.update" | "incident.update" | "claim.create" | "claim.update" | "claim.retract" | "ceasefire.update" | "tally.create" | "milestone.create" | "milestone.update" | "audit.revert" | "review.off";
            subject: {
                /** @enum {string} */
                type: "incident" | "ceasefire";
                /** @description The slug of the incident or ceasefire that requires review. */
                key: string;
            };
            /** @description The path parameters of the write. */
            params: {
                [key: string]: string;
            };
            /** @description The body of the write, as validated. */
            body?: unknown;
            /** @description The ETags the write was made against. */
            ifMatch: string[];
            proposedBy: {
                name: string;
            };
            /**
             * Format: date-time
             * @example 2016-09-12T19:00:00+03:00
             */
            proposedAt: string;
            decidedBy: {
                name: string;
            } | null;
            /**
             * Format: date-time
             * @example 2016-09-12T19:00:00+03:00
             */
            decidedAt: string | null;
            /** @description Why it was rejected. */
            reason: string | null;
        };
        ArticlePatch: {
            headline?: string;
            dek?: string | null;
            body?: {
                /** @enum {string} */
                kind: "paragraph" | "subhead";
                text: string;
            }[];
            section?: string;
            /** @example en */
            language?: string;
            byline?: string | null;
            publishedAt?: string | null;
            publishedAtApproximate?: boolean;
            /** @enum {string} */
            status?: "draft" | "published";
            /**
             * Format: uri
             * @example https://www.syriahr.com/en/
             */
            canonicalUrl?: string | null;
            corrections?: components["schemas"]["CorrectionInput"][];
        };
        PickerList: {
            data: {
                /** @example deir-ez-zor-airstrike-2016 */
                slug: string;
                title: string;
                version: number;
            }[];
            nextCursor: string | null;
        };
        AdminIncident: components["schemas"]["Incident"] & {
            /**
             * @description `required`: changes to it are held for review (202) until another desk editor approves.
             * @enum {string}
             */
            review: "required" | "off";
            /** @description The ETag of each of its claims (by id), as read with it: `If-Match` for changing the one shown. */
            claimTags: {
                [key: string]: string;
            };
        };
        IncidentCreate: {
            /** @example deir-ez-zor-airstrike-2016 */
            slug: string;
            title: string;
            /**
             * Format: date
             * @example 2016-09-17
             */
            occurredOn: string;
            /**
             * Format: date-time
             * @example 2016-09-12T19:00:00+03:00
             */
            startsAt?: string | null;
            /**
             * Format: date-time
             * @example 2016-09-12T19:00:00+03:00
             */
            endsAt?: string | null;
            placeName: string;
            latitude?: number | null;
            longitude?: number | null;
            /** @description The incident in prose (shown as `description` in the public read). */
            summary?: string;
            corrections?: components["schemas"]["CorrectionInput"][];
            externalIds?: {
                acled?: string;
                ucdp?: string;
                airwars?: string;
            };
            /**
             * @description The language its text is written in (BCP 47), `en` unless given: the widgets mark its words with it, so a screen reader reads them in their own voice inside a card in another language.
             * @example en
             */
            language?: string;
            /** @description The articles reporting it (replaces the list). */
            articleSlugs?: string[];
        };
        IncidentPatch: {
            title?: string;
            /**
             * Format: date
             * @example 2016-09-17
             */
            occurredOn?: string;
            /**
             * Format: date-time
             * @example 2016-09-12T19:00:00+03:00
             */
            startsAt?: string | null;
            /**
             * Format: date-time
             * @example 2016-09-12T19:00:00+03:00
             */
            endsAt?: string | null;
            placeName?: string;
            latitude?: number | null;
            longitude?: number | null;
            /** @description The incident in prose (shown as `description` in the public read). */
            summary?: string;
            corrections?: components["schemas"]["CorrectionInput"][];
            externalIds?: {
                acled?: string;
                ucdp?: string;
                airwars?: string;
            };
            /**
             * @description The language its text is written in (BCP 47), `en` unless given: the widgets mark its words with it, so a screen reader reads them in their own voice inside a card in another language.
             * @example en
             */
            language?: string;
            /** @description The articles reporting it (replaces the list). */
            articleSlugs?: string[];
            /**
             * @description `required`: from now on every change to it (and its claims, tallies, milestones) waits for a second editor’s approval. Sent alone; desk editors and admins only (403 for anyone else). No `If-Match` needed.
             * @enum {string}
             */
            review?: "required" | "off";
        };
        ClaimCreate: {
            claimant: components["schemas"]["ClaimantInput"];
            /** @enum {string} */
            metric: "killed" | "wounded" | "missing";
            subject: string;
            /** @enum {string} */
            qualifier: "exact" | "at_least" | "more_than" | "about" | "up_to" | "between";
            low: number;
            high?: number | null;
            /** @example more than 60 */
            asWritten: string;
            /**
             * Format: date
             * @example 2016-09-17
             */
            claimedOn: string;
            /**
             * Format: uri
             * @example https://www.syriahr.com/en/
             */
            sourceUrl?: string | null;
            /** @example deir-ez-zor-airstrike-2016 */
            sourceArticleSlug?: string | null;
            quote?: string | null;
            /** @description The id of the claim this one revises; it becomes `superseded`. */
            supersedes?: string;
        };
        /** @description Found by `name` (NFC, spaces single, invisible characters dropped, ASCII case aside); created with these fields if there is none. An existing claimant keeps the kind, affiliation and URL it was first given: naming it with others is 409. */
        ClaimantInput: {
            name: string;
            /** @enum {string} */
            kind: "government" | "military" | "ngo" | "un" | "media" | "armed_group" | "other";
            affiliation?: string | null;
            /**
             * Format: uri
             * @example https://www.syriahr.com/en/
             */
            url?: string | null;
        };
        ClaimPatch: {
            /** @enum {string} */
            metric?: "killed" | "wounded" | "missing";
            subject?: string;
            /** @enum {string} */
            qualifier?: "exact" | "at_least" | "more_than" | "about" | "up_to" | "between";
            low?: number;
            high?: number | null;
            /** @example more than 60 */
            asWritten?: string;
            /**
             * Format: date
             * @example 2016-09-17
             */
            claimedOn?: string;
            /**
             * Format: uri
             * @example https://www.syriahr.com/en/
             */
            sourceUrl?: string | null;
            /** @example deir-ez-zor-airstrike-2016 */
            sourceArticleSlug?: string | null;
            quote?: string | null;
        };
        AdminCeasefire: components["schemas"]["Ceasefire"] & {
            /**
             * @description `required`: changes to it are held for review (202) until another desk editor approves.
             * @enum {string}
             */
            review: "required" | "off";
            /** @description The ETag of each of its milestones (by id), as read with it: `If-Match` for changing the one shown. */
            milestoneTags: {
                [key: string]: string;
            };
            /**
             * Format: date-time
             * @description The end as stored. `endedAt` shows no end the data has not reached by `asOf` (an announced expiry); this does, so an editor can change or clear it.
             * @example 2016-09-12T19:00:00+03:00
             */
            storedEndedAt: string | null;
            /** @description Every violation tally as stored. `tallies` shows those reported by the day `asOf` describes; these include later ones, so a status moved to a later `asOf` can be previewed with the tallies it will show. */
            storedTallies: components["schemas"]["Tally"][];
        };
        CeasefireCreate: {
            /** @example deir-ez-zor-airstrike-2016 */
            slug: string;
            name: string;
            brokers?: string[];
            parties?: string[];
            excludes?: string[];
            /**
             * Format: date-time
             * @example 2016-09-12T19:00:00+03:00
             */
            startedAt: string;
            /**
             * Format: date-time
             * @example 2016-09-12T19:00:00+03:00
             */
            endedAt?: string | null;
            /** @enum {string} */
            status: "holding" | "strained" | "precarious" | "collapsed" | "ended";
            statusNote?: string | null;
            /**
             * Format: date-time
             * @description The moment the data describes; a status change is dated here.
             * @example 2016-09-12T19:00:00+03:00
             */
            asOf: string;
            /**
             * @description The language its text is written in (BCP 47), `en` unless given: the widgets mark its words with it, so a screen reader reads them in their own voice inside a card in another language.
             * @example en
             */
            language?: string;
            /** @description The articles reporting it (replaces the list). */
            articleSlugs?: string[];
        };
        CeasefirePatch: {
            name?: string;
            brokers?: string[];
            parties?: string[];
            excludes?: string[];
            /**
             * Format: date-time
             * @example 2016-09-12T19:00:00+03:00
             */
            endedAt?: string | null;
            /** @enum {string} */
            status?: "holding" | "strained" | "precarious" | "collapsed" | "ended";
            statusNote?: string | null;
            /**
             * Format: date-time
             * @description The moment the data describes; a status change is dated here.
             * @example 2016-09-12T19:00:00+03:00
             */
            asOf?: string;
            /**
             * @description The language its text is written in (BCP 47), `en` unless given: the widgets mark its words with it, so a screen reader reads them in their own voice inside a card in another language.
             * @example en
             */
            language?: string;
            /** @description The articles reporting it (replaces the list). */
            articleSlugs?: string[];
            /**
             * @description `required`: from now on every change to it (and its claims, tallies, milestones) waits for a second editor’s approval. Sent alone; desk editors and admins only (403 for anyone else). No `If-Match` needed.
             * @enum {string}
             */
            review?: "required" | "off";
        };
        TallyCreate: {
            /** @description Null when the source does not say who counted. */
            claimant: components["schemas"]["ClaimantInput"] | null;
            count: number;
            /** @enum {string} */
            qualifier: "exact" | "at_least" | "more_than" | "about" | "up_to" | "between";
            /** @example at least 55 */
            asWritten: string;
            excludes?: string | null;
            /**
             * Format: date
             * @example 2016-09-17
             */
            reportedOn: string;
            /**
             * Format: uri
             * @example https://www.syriahr.com/en/
             */
            sourceUrl?: string | null;
        };
        MilestoneCreate: {
            label: string;
            /**
             * Format: date
             * @example 2016-09-17
             */
            dueOn?: string | null;
            /** @enum {string} */
            state?: "pending" | "met" | "missed" | "in_doubt";
            note?: string | null;
        };
        MilestonePatch: {
            label?: string;
            /**
             * Format: date
             * @example 2016-09-17
             */
            dueOn?: string | null;
            /** @enum {string} */
            state?: "pending" | "met" | "missed" | "in_doubt";
            note?: string | null;
            /**
             * Format: date-time
             * @description When the new state began (default: the ceasefire’s `asOf`); drives `?asOf=` reads.
             * @example 2016-09-12T19:00:00+03:00
             */
            at?: string;
        };
        AuditList: {
            data: components["schemas"]["AuditEntry"][];
            nextCursor: string | null;
        };
        AuditEntry: {
            id: number;
            /**
             * Format: date-time
             * @example 2016-09-12T19:00:00+03:00
             */
            at: string;
            editor: {
                name: string;
            };
            /** @example update */
            action: string;
            entity: {
                /** @enum {string} */
                type: "article" | "incident" | "claim" | "ceasefire" | "tally" | "milestone" | "editor";
                /** @description The slug of an article, incident or ceasefire; the id of the rest (an editor’s too). */
                key: string;
            };
            before?: unknown;
            after?: unknown;
            revertedBy: number | null;
            /** @description For a change published on review: who approved it (`editor` proposed it). */
            approvedBy: {
                name: string;
            } | null;
        };
        ChangeList: {
            data: components["schemas"]["PendingChange"][];
            nextCursor: string | null;
        };
        ChangeReject: {
            /** @example The source gives 80, not 90. */
            reason: string;
        };
        Me: {
            name: string;
            /** @enum {string} */
            role: "editor" | "desk" | "admin";
            email: string | null;
            /** @enum {string} */
            signedInWith: "token" | "access";
        };
        EditorList: {
            data: components["schemas"]["Editor"][];
        };
        Editor: {
            id: string;
            name: string;
            email: string | null;
            /** @enum {string} */
            role: "editor" | "desk" | "admin";
            createdAt: string;
            revokedAt: string | null;
        };
        EditorCreated: components["schemas"]["Editor"] & {
            /** @description Their bearer token, shown this once (only its hash is kept). */
            token: string;
        };
        EditorCreate: {
            name: string;
            /**
             * Format: email
             * @description Their single sign-on e-mail, if any.
             * @example jane@newsroom.example
             */
            email?: string | null;
            /**
             * @default editor
             * @enum {string}
             */
            role: "editor" | "desk" | "admin";
        };
        EditorPatch: {
            /**
             * Format: email
             * @example jane@newsroom.example
             */
            email?: string | null;
            /** @enum {string} */
            role?: "editor" | "desk" | "admin";
            /** @description `false` revokes their token and single sign-on, for good for the token (its hash is replaced), and rejects the changes they have held for review. `true` restores single sign-on only: their old token stays dead, and a new one comes from `npm run editor -- rotate "Name"`. */
            active?: boolean;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
