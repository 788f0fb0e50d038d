/**
 * SPF health checks over a walked tree. Each check is data (id, messages with their severity) plus a
 * function, like the content rules; the registry is explicit and sorted. Message ids are
 * '<check id>.<message>' in utils/i18n/<lang>/dns.ts; the meta-test keeps both in step.
 *
 * Findings point at their evidence (field 'dns': the name, the record, the term's range) and carry
 * the fix as data (a suggested record), so every UI can show and explain them the same way.
 */
import type { Advice, Evidence, Finding, MessageData, Severity } from '../../types';
import { byteLength } from '../../dns/names';
import type { ProviderId } from './providers';
import { PROVIDERS } from './providers';
import type { SpfSyntaxCode } from './parse';
import type { SpfLookupTerm, SpfNode, SpfPosture } from './posture';
import { parseSpf } from './parse';
import { splitTxt, withTermAdded } from './suggest';

export interface SpfCheckContext {
  /** Providers the user sends with: only their authorization produces findings. */
  services: ProviderId[];
}

export interface SpfCheck {
  id: string;
  description: string;
  /** Message name → severity. The finding's messageId is `${id}.${name}`. */
  messages: Record<string, Severity>;
  /** Fix message names (advice ids are `${id}.${name}` too). */
  fixes?: readonly string[];
  check(posture: SpfPosture, ctx: SpfCheckContext): Finding[];
}

export const SEVERITY_WEIGHT: Readonly<Record<Severity, number>> = {
  info: 0,
  notice: 5,
  warning: 20,
  danger: 50,
};

function finding(
  check: SpfCheck,
  message: string,
  evidence: Evidence[],
  data?: MessageData,
  fix?: Advice,
): Finding {
  const severity = check.messages[message];
  if (!severity) throw new Error(`check ${check.id} has no message ${message}`);
  return {
    ruleId: check.id,
    severity,
    weight: SEVERITY_WEIGHT[severity],
    messageId: `${check.id}.${message}`,
    ...(data ? { data } : {}),
    evidence,
    ...(fix ? { fix } : {}),
  };
}

function recordEvidence(node: SpfNode, start = 0, end = node.record?.length ?? 0): Evidence {
  return {
    field: 'dns',
    name: node.domain,
    ...(node.record !== undefined ? { record: node.record } : {}),
    start,
    end,
  };
}

function termEvidence(node: SpfNode, t: { start: number; end: number }): Evidence {
  return recordEvidence(node, t.start, t.end);
}

/** Every node of the tree with the include/redirect path that reaches it. */
function nodes(root: SpfNode): Array<{ node: SpfNode; via?: SpfLookupTerm; parent?: SpfNode }> {
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

const zoneText = (record: string): string =>
  splitTxt(record)
    .map((s) => `"${s.replace(/["\\]/g, '\\$&')}"`)
    .join(' ');

const record: SpfCheck = {
  id: 'spf-record',
  description: 'The domain publishes exactly one SPF record that can be read.',
  messages: { missing: 'warning', multiple: 'danger', dnsError: 'warning' },
  fixes: ['publish', 'merge'],
  check(p) {
    const root = p.root;
    if (root.status === 'none') {
      return [
        finding(
          this,
          'missing',
          [{ field: 'dns', name: root.domain, start: 0, end: 0 }],
          { domain: root.domain },
          { messageId: 'spf-record.publish', data: { domain: root.domain, record: 'v=spf1 ~all' } },
        ),
      ];
    }
    if (root.status === 'multiple') {
      const records = root.records ?? [];
      return [
        finding(
          this,
          'multiple',
          records.map((r) => ({
            field: 'dns' as const,
            name: root.domain,
            record: r,
            start: 0,
            end: r.length,
          })),
          { domain: root.domain, count: records.length },
          { messageId: 'spf-record.merge' },
        ),
      ];
    }
    if (root.status === 'error') {
      return [
        finding(this, 'dnsError', [{ field: 'dns', name: root.domain, start: 0, end: 0 }], {
          domain: root.domain,
          reason: root.dnsError ?? '',
        }),
      ];
    }
    return [];
  },
};

const SYNTAX_MESSAGES: Record<SpfSyntaxCode, Severity> = {
  'no-version': 'danger',
  'bad-char': 'danger',
  'unknown-mechanism': 'danger',
  'bad-modifier-name': 'danger',
  'unexpected-argument': 'danger',
  'missing-domain': 'danger',
  'bad-domain-spec': 'danger',
  'ip-as-domain': 'danger',
  'bad-macro': 'danger',
  'bad-ip4': 'danger',
  'bad-ip6': 'danger',
  'bad-cidr': 'danger',
  'duplicate-modifier': 'danger',
};

const syntax: SpfCheck = {
  id: 'spf-syntax',
  description: 'Every term of every record in the tree follows the RFC 7208 grammar (else: permerror).',
  messages: SYNTAX_MESSAGES,
  check(p) {
    return nodes(p.root).flatMap(({ node }) =>
      node.errors.map((e) =>
        finding(this, e.code, [termEvidence(node, e)], {
          domain: node.domain,
          term: e.term,
          detail: e.message,
        }),
      ),
    );
  },
};

const lookupLimit: SpfCheck = {
  id: 'spf-lookup-limit',
  description: 'At most 10 DNS-querying terms over the whole include tree (RFC 7208 §4.6.4).',
  messages: { tooMany: 'danger', nearLimit: 'notice' },
  fixes: ['flatten', 'reduce'],
  check(p) {
    const root = p.root;
    if (root.status !== 'found') return [];
    const evidence = root.terms.map((t) => termEvidence(root, t));
    const top = [...root.terms].sort(
      (a, b) => (b.child?.totalLookups ?? 0) - (a.child?.totalLookups ?? 0),
    )[0];
    const data = {
      domain: p.domain,
      count: p.lookups,
      limit: 10,
      heaviest: top ? top.text : '',
      heaviestCount: top ? 1 + (top.child?.totalLookups ?? 0) : 0,
    };
    if (p.lookups > 10) {
      const fix: Advice = p.flattened
        ? {
            messageId: 'spf-lookup-limit.flatten',
            data: {
              record: p.flattened.record,
              zone: zoneText(p.flattened.record),
              lookups: p.flattened.lookups,
              replaced: p.flattened.replaced.join(' '),
            },
          }
        : { messageId: 'spf-lookup-limit.reduce' };
      return [finding(this, 'tooMany', evidence, data, fix)];
    }
    if (p.lookups >= 9) return [finding(this, 'nearLimit', evidence, data)];
    return [];
  },
};

const voidLookups: SpfCheck = {
  id: 'spf-void-lookups',
  description: 'Terms whose lookup finds nothing: more than 2 is a permerror (RFC 7208 §4.6.4).',
  messages: { tooMany: 'danger', some: 'notice' },
  check(p) {
    // A term's own empty answer, and each of its MX hosts without an address (issue 10), is one
    // void lookup; the term is listed once per void, as a receiver counts them.
    const voids = nodes(p.root).flatMap(({ node }) =>
      node.terms.flatMap((t) =>
        Array.from({ length: (t.void ? 1 : 0) + (t.voidHosts?.length ?? 0) }, () => ({ node, t })),
      ),
    );
    if (!voids.length) return [];
    const data = {
      domain: p.domain,
      count: voids.length,
      terms: [...new Set(voids.map((v) => v.t.text))].join(' '),
    };
    return [
      finding(
        this,
        voids.length > 2 ? 'tooMany' : 'some',
        [...new Map(voids.map((v) => [v.t, v])).values()].map((v) => termEvidence(v.node, v.t)),
        data,
      ),
    ];
  },
};

/** The `all` that ends evaluation: the root's, or through redirect= the target's (RFC 7208 §6.1). */
function effectiveAll(root: SpfNode): { node: SpfNode; qualifier?: string } {
  let node = root;
  for (let i = 0; i < 10 && node.all === undefined && node.hasRedirect; i++) {
    const next = node.terms.find((t) => t.kind === 'redirect')?.child;
    if (!next || next.status !== 'found') break;
    node = next;
  }
  return { node, ...(node.all !== undefined ? { qualifier: node.all } : {}) };
}

const all: SpfCheck = {
  id: 'spf-all',
  description: 'The record ends in -all or ~all, so mail from unlisted hosts is not accepted as authorized.',
  messages: { passAll: 'danger', neutralAll: 'warning', missing: 'warning', redirectIgnored: 'info' },
  fixes: ['useSoftfail'],
  check(p) {
    const root = p.root;
    if (root.status !== 'found' || !root.record) return [];
    const out: Finding[] = [];
    const { node, qualifier } = effectiveAll(root);
    // A fix can only be suggested for the user's own record, not for a redirect target's.
    const suggest = (rec: () => string): Advice | undefined =>
      node === root ? { messageId: 'spf-all.useSoftfail', data: { record: rec() } } : undefined;
    const allMech = node.record ? parseSpf(node.record).all : undefined;
    if (allMech && (qualifier === '+' || qualifier === '?')) {
      const fix = suggest(
        () => `${root.record!.slice(0, allMech.start)}~all${root.record!.slice(allMech.end)}`,
      );
      out.push(
        finding(
          this,
          qualifier === '+' ? 'passAll' : 'neutralAll',
          [termEvidence(node, allMech)],
          { domain: node.domain },
          fix,
        ),
      );
    } else if (qualifier === undefined) {
      out.push(
        finding(
          this,
          'missing',
          [recordEvidence(node)],
          { domain: node.domain },
          suggest(() => `${root.record!.trimEnd()} ~all`),
        ),
      );
    }
    if (root.all !== undefined && root.hasRedirect) {
      out.push(finding(this, 'redirectIgnored', [recordEvidence(root)], { domain: root.domain }));
    }
    return out;
  },
};

const ptr: SpfCheck = {
  id: 'spf-ptr',
  description: 'The ptr mechanism is slow, unreliable and deprecated (RFC 7208 §5.5: SHOULD NOT be used).',
  messages: { deprecated: 'notice' },
  fixes: ['replace'],
  check(p) {
    return nodes(p.root).flatMap(({ node }) =>
      node.terms
        .filter((t) => t.kind === 'ptr')
        .map((t) =>
          finding(
            this,
            'deprecated',
            [termEvidence(node, t)],
            { domain: node.domain, term: t.text },
            { messageId: 'spf-ptr.replace' },
          ),
        ),
    );
  },
};

const include: SpfCheck = {
  id: 'spf-include',
  description: 'Every include and redirect leads to one readable SPF record, without loops.',
  messages: {
    missing: 'danger',
    multiple: 'danger',
    loop: 'danger',
    dnsError: 'warning',
    dependsOnMessage: 'info',
  },
  check(p) {
    const out: Finding[] = [];
    for (const { node } of nodes(p.root)) {
      for (const t of node.terms) {
        const ev = [termEvidence(node, t)];
        const data = { domain: node.domain, term: t.text, target: t.target ?? '' };
        if (t.loop) out.push(finding(this, 'loop', ev, data));
        else if (t.dependsOnMessage && (t.kind === 'include' || t.kind === 'redirect'))
          out.push(finding(this, 'dependsOnMessage', ev, data));
        else if (t.dnsError) out.push(finding(this, 'dnsError', ev, { ...data, reason: t.dnsError }));
        else if (t.child?.status === 'none') out.push(finding(this, 'missing', ev, data));
        else if (t.child?.status === 'multiple')
          out.push(finding(this, 'multiple', ev, { ...data, count: t.child.records?.length ?? 0 }));
      }
    }
    return out;
  },
};

const mxLimit: SpfCheck = {
  id: 'spf-mx-limit',
  description: 'An mx term may look up at most 10 MX names (RFC 7208 §4.6.4).',
  messages: { tooMany: 'danger' },
  check(p) {
    return nodes(p.root).flatMap(({ node }) =>
      node.terms
        .filter((t) => (t.mxCount ?? 0) > 10)
        .map((t) =>
          finding(this, 'tooMany', [termEvidence(node, t)], {
            domain: node.domain,
            term: t.text,
            count: t.mxCount ?? 0,
          }),
        ),
    );
  },
};

const length: SpfCheck = {
  id: 'spf-record-length',
  description:
    'Strings of at most 255 bytes; a record small enough for one UDP answer (RFC 7208 §3.3, §3.4).',
  messages: { stringTooLong: 'warning', over450: 'notice', over512: 'warning' },
  fixes: ['split'],
  check(p) {
    const root = p.root;
    if (root.status !== 'found' || !root.record) return [];
    const out: Finding[] = [];
    let offset = 0;
    for (const s of root.strings ?? []) {
      const bytes = byteLength(s);
      if (bytes > 255) {
        out.push(
          finding(
            this,
            'stringTooLong',
            [termEvidence(root, { start: offset, end: offset + s.length })],
            { domain: root.domain, bytes },
            { messageId: 'spf-record-length.split', data: { zone: zoneText(root.record) } },
          ),
        );
      }
      offset += s.length;
    }
    const bytes = byteLength(root.record);
    if (bytes > 512)
      out.push(finding(this, 'over512', [recordEvidence(root)], { domain: root.domain, bytes }));
    else if (bytes > 450)
      out.push(finding(this, 'over450', [recordEvidence(root)], { domain: root.domain, bytes }));
    return out;
  },
};

const type99: SpfCheck = {
  id: 'spf-type99',
  description: 'The obsolete SPF record type (99) is still published (RFC 7208 §3.1, §14.1).',
  messages: { present: 'notice', differs: 'warning' },
  check(p) {
    if (!p.type99.present) return [];
    const ev = p.type99.records.map((r) => ({
      field: 'dns' as const,
      name: p.domain,
      record: r,
      start: 0,
      end: r.length,
    }));
    return [finding(this, p.type99.sameAsTxt ? 'present' : 'differs', ev, { domain: p.domain })];
  },
};

const provider: SpfCheck = {
  id: 'spf-provider',
  description:
    'The record authorizes the service the user sends with (checked with its own published addresses).',
  messages: { notAuthorized: 'danger', partial: 'warning', evaluationError: 'warning' },
  fixes: ['addInclude'],
  check(p, ctx) {
    const out: Finding[] = [];
    for (const c of p.providers) {
      if (!ctx.services.includes(c.provider)) continue;
      const root = p.root;
      const include = `include:${PROVIDERS[c.provider].include}`;
      const suggested = withTermAdded(root.status === 'found' ? root.record : undefined, include);
      const fix: Advice = {
        messageId: 'spf-provider.addInclude',
        data: { record: suggested, include, service: c.name },
      };
      const ev = [
        root.status === 'found'
          ? recordEvidence(root)
          : { field: 'dns' as const, name: root.domain, start: 0, end: 0 },
      ];
      const data = {
        domain: p.domain,
        service: c.name,
        samples: c.samples.map((s) => `${s.ip}: ${s.result}`).join(', '),
      };
      if (c.status === 'not-authorized') out.push(finding(this, 'notAuthorized', ev, data, fix));
      else if (c.status === 'partial') out.push(finding(this, 'partial', ev, data, fix));
      else if (c.status === 'error') out.push(finding(this, 'evaluationError', ev, data));
    }
    return out;
  },
};

/** Sorted by id. */
export const SPF_CHECKS: readonly SpfCheck[] = [
  all,
  include,
  lookupLimit,
  mxLimit,
  provider,
  ptr,
  record,
  length,
  syntax,
  type99,
  voidLookups,
];

export function runSpfChecks(posture: SpfPosture, ctx: SpfCheckContext): Finding[] {
  return SPF_CHECKS.flatMap((c) => c.check(posture, ctx));
}
