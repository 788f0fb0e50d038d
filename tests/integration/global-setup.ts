/**
 * Starts one unbound DoH server for the whole integration project (tests/integration/harness.ts)
 * and hands its URL and the test CA to the tests with `inject(...)`. Each test file starts its own
 * fault proxy in front of it when it needs one.
 */
import type { TestProject } from 'vitest/node';
import { FIXTURE_ZONE } from '../fixtures/dns/zone';
import { startUnbound } from './harness';

declare module 'vitest' {
  export interface ProvidedContext {
    /** DoH endpoint of the test unbound. */
    dohUrl: string;
    /** Port of the test unbound, for proxies. */
    dohPort: number;
    /** The throwaway CA that signed unbound's certificate (PEM file), and the server key pair. */
    caPath: string;
    certPath: string;
    keyPath: string;
  }
}

export default async function setup(project: TestProject) {
  const unbound = await startUnbound({ zone: FIXTURE_ZONE });
  project.provide('dohUrl', unbound.url);
  project.provide('dohPort', unbound.port);
  project.provide('caPath', unbound.certs.caPath);
  project.provide('certPath', unbound.certs.certPath);
  project.provide('keyPath', unbound.certs.keyPath);
  return () => unbound.stop();
}
