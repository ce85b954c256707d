import { createRouter } from '../../http/router';
import { ceasefireHandler } from './ceasefires.handlers';
import { getCeasefire } from './ceasefires.routes';

export const ceasefireRoutes = createRouter().openapi(getCeasefire, ceasefireHandler);
