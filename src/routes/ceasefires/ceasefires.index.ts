import { API_V1 } from '../../../shared/contract/paths';
import { createRouter } from '../../http/router';
import { ceasefireHandler } from './ceasefires.handlers';
import { getCeasefire } from './ceasefires.routes';

export const ceasefireRoutes = createRouter().basePath(API_V1).openapi(getCeasefire, ceasefireHandler);
