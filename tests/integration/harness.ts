/** The unbound harness, as the integration tests import it; it lives in scripts/lib (the bench uses it too). */
export * from '../../scripts/lib/unbound';
