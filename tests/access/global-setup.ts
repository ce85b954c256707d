/** Global setup of the worker suite: the Access key set its single sign-on tests verify against. */
import type { TestProject } from 'vitest/node';
import { startJwksServer } from './jwks-server';

export default async function setup(project: TestProject) {
  const { keys, close } = await startJwksServer();
  project.provide('accessKeys', keys);
  return close;
}
