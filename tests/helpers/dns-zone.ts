/** The zone resolver for tests; it lives in scripts/lib (the bench shares the zone shape). */
export * from '../../scripts/lib/dns-zone';
