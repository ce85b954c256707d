/**
 * The two elements in React 19's JSX (attributes, the `data` property and the events, typed), from the typed
 * client's package: an app outside this repository imports the same.
 */
import type {} from '@explainer-edge/client/react';
