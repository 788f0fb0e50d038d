/**
 * What the SPF checks share: how they are defined, and how they point at nodes and terms of the
 * walked include tree.
 */
import type { Evidence } from '../../../types';
import type { DomainCheck } from '../../check';
import type { ProviderId } from '../providers';
import type { SpfLookupTerm, SpfNode, SpfPosture } from '../posture';
import { splitTxt } from '../suggest';

export interface SpfCheckContext {
  /** Providers the user sends with: only their authorization produces findings. */
  services: ProviderId[];
}

export type SpfCheck<M extends string = string, F extends string = string> = DomainCheck<
  SpfPosture,
  SpfCheckContext,
  M,
  F
>;

/** defineCheck for SPF: input is the walked posture. */
export function defineSpfCheck<M extends string, F extends string = never>(
  check: SpfCheck<M, F>,
): SpfCheck<M, F> {
  return check;
}

export function recordEvidence(node: SpfNode, start = 0, end = node.record?.length ?? 0): Evidence {
  return {
    field: 'dns',
    name: node.domain,
    ...(node.record !== undefined ? { record: node.record } : {}),
    start,
    end,
  };
}

export function termEvidence(node: SpfNode, t: { start: number; end: number }): Evidence {
  return recordEvidence(node, t.start, t.end);
}

/** Every node of the tree with the include/redirect path that reaches it. */
export function nodes(root: SpfNode): Array<{ node: SpfNode; via?: SpfLookupTerm; parent?: SpfNode }> {
  const out: Array<{ node: SpfNode; via?: SpfLookupTerm; parent?: SpfNode }> = [{ node: root }];
  const visit = (n: SpfNode) => {
    for (const t of n.terms) {
      if (t.child && !t.loop) {
        out.push({ node: t.child, via: t, parent: n });
        visit(t.child);
      }
    }
  };
  visit(root);
  return out;
}

/** A record as zone-file text: quoted strings of at most 255 bytes. */
export const zoneText = (record: string): string =>
  splitTxt(record)
    .map((s) => `"${s.replace(/["\\]/g, '\\$&')}"`)
    .join(' ');
