import type { Client, ClientOptions } from 'openapi-fetch';
import type { components, operations, paths } from './openapi.js';

export type { components, operations, paths };

/** A schema of the API by name, e.g. `Schema<'Incident'>`, `Schema<'Problem'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

/** The client: `GET`, `POST`, `PATCH`, … typed by path, parameters, body and response. */
export type ExplainerClient = Client<paths>;

/**
 * A client for one Explainer Edge deployment.
 * @param baseUrl The deployment's origin, e.g. `https://explainers.example.org`.
 * @param options Anything openapi-fetch takes (headers, a custom fetch, middleware is added with `client.use`).
 */
export function createExplainerClient(baseUrl: string, options?: Omit<ClientOptions, 'baseUrl'>): ExplainerClient;
