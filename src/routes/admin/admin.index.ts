/** Editors' routes under /api/v1/admin and the /admin page. */
import { createRouter } from '../../http/router';

export const adminRoutes = createRouter();
