/**
 * Propagation: the domain's SPF record (TXT at the domain, v=spf1), DMARC record (TXT at
 * _dmarc.<domain>, v=DMARC1) and MX records, asked of two or three resolvers and compared. Resolvers
 * that disagree usually mean a recent change still spreading: each keeps the old answer until its
 * TTL runs out, so the finding shows every answer with its TTL.
 *
 * pass: every resolver that answered agrees; warn: they differ; unknown: fewer than two resolvers
 * answered any of the three questions (a failed lookup is no answer, not "no record").
 */
import type { Evidence, Finding, MessageData, Severity } from '../../types';
import type { CheckResult } from '../contract';
import { withQueryBudget } from '../../dns/budget';
import { normalizeName } from '../../dns/names';
import type { DnsAnswer, RRType, Resolver } from '../../dns/types';
import { describeAnswer, isFailure, joinedTexts, recordsOf } from '../../dns/types';

export interface PropagationResolver {
  label: string;
  resolver: Resolver;
}

type RecordKind = 'SPF' | 'DMARC' | 'MX';

interface Question {
  kind: RecordKind;
  name: string;
  type: RRType;
  /** The answer as a comparable value: the records that matter, sorted; [] for none. */
  values(a: DnsAnswer): string[];
}

const questions = (domain: string): Question[] => [
  {
    kind: 'SPF',
    name: domain,
    type: 'TXT',
    values: (a) =>
      joinedTexts(a)
        .filter((t) => /^v=spf1(?: |$)/i.test(t))
        .sort(),
  },
  {
    kind: 'DMARC',
    name: `_dmarc.${domain}`,
    type: 'TXT',
    values: (a) =>
      joinedTexts(a)
        .filter((t) => /^v=DMARC1(?:;|\s|$)/i.test(t))
        .sort(),
  },
  {
    kind: 'MX',
    name: domain,
    type: 'MX',
    values: (a) =>
      recordsOf(a, 'MX')
        .map((r) => `${r.preference} ${r.exchange || '.'}`)
        .sort(),
  },
];

/** Message name → severity; message ids are `propagation.<name>` in utils/i18n/<lang>/dns.ts. */
export const PROPAGATION_MESSAGES = {
  differs: 'warning',
  noAnswer: 'info',
  tooFewResolvers: 'info',
} as const satisfies Record<string, Severity>;

export const PROPAGATION_FIXES = ['wait'] as const;

const WEIGHT: Record<Severity, number> = { info: 0, notice: 5, warning: 20, danger: 50 };

function finding(
  message: keyof typeof PROPAGATION_MESSAGES,
  evidence: Evidence[],
  data?: MessageData,
  fix?: { id: (typeof PROPAGATION_FIXES)[number]; data: MessageData },
): Finding {
  const severity: Severity = PROPAGATION_MESSAGES[message];
  return {
    ruleId: 'propagation',
    severity,
    weight: WEIGHT[severity],
    messageId: `propagation.${message}`,
    ...(data ? { data } : {}),
    evidence,
    ...(fix ? { fix: { messageId: `propagation.${fix.id}`, data: fix.data } } : {}),
  };
}

/** An answer value for display: the records, or "(none)". DNS text: shown as text by every UI. */
const show = (values: string[]) => (values.length ? values.map((v) => `"${v}"`).join(', ') : '(none)');

export async function checkPropagation(
  domain: string,
  opts: { resolvers: { label: string; resolver: Resolver }[]; signal?: AbortSignal },
): Promise<CheckResult> {
  const d = normalizeName(domain);
  const qs = questions(d);
  // Each resolver asked through its own budget, so a deadline ends the check for all of them.
  const asked = await Promise.all(
    opts.resolvers.map(async ({ label, resolver }) => {
      const r = withQueryBudget(resolver, opts.signal ? { signal: opts.signal } : {});
      return { label, answers: await Promise.all(qs.map((q) => r(q.name, q.type))) };
    }),
  );
  const findings: Finding[] = [];
  let compared = 0;
  let differs = false;
  for (const [i, q] of qs.entries()) {
    const answered: Array<{ label: string; values: string[]; ttl: number }> = [];
    for (const { label, answers } of asked) {
      const a = answers[i] as DnsAnswer;
      if (isFailure(a)) {
        findings.push(
          finding('noAnswer', [{ field: 'dns', name: q.name, start: 0, end: 0 }], {
            resolver: label,
            record: q.kind,
            name: q.name,
            reason: describeAnswer(a),
          }),
        );
        continue;
      }
      answered.push({ label, values: q.values(a), ttl: 'ttl' in a ? a.ttl : 0 });
    }
    if (answered.length < 2) continue;
    compared++;
    const first = JSON.stringify(answered[0]?.values);
    if (answered.every((x) => JSON.stringify(x.values) === first)) continue;
    differs = true;
    const maxTtl = Math.max(...answered.map((x) => x.ttl));
    findings.push(
      finding(
        'differs',
        [{ field: 'dns', name: q.name, start: 0, end: 0 }],
        {
          record: q.kind,
          name: q.name,
          answers: answered.map((x) => `${x.label}: ${show(x.values)} (TTL ${x.ttl} s)`).join('; '),
        },
        { id: 'wait', data: { ttl: maxTtl } },
      ),
    );
  }
  if (!compared) {
    findings.push(
      finding('tooFewResolvers', [{ field: 'dns', name: d, start: 0, end: 0 }], {
        domain: d,
        count: asked.filter((x) => x.answers.some((a) => !isFailure(a))).length,
      }),
    );
  }
  findings.sort((a, b) => WEIGHT[b.severity] - WEIGHT[a.severity]);
  const records = [
    ...new Set(asked.flatMap((x) => qs.flatMap((q, i) => q.values(x.answers[i] as DnsAnswer)))),
  ];
  return {
    status: !compared ? 'unknown' : differs ? 'warn' : 'pass',
    findings,
    ...(records.length ? { records } : {}),
  };
}
