/**
 * Registers every phrase pack, for Node tools, the bench and tests (which read the packs' sources
 * directly instead of fetching their JSON as the extension does).
 */
import { registerPhrasePack } from './index';
import sk from './sk';
import de from './de';
import fr from './fr';
import es from './es';

export const PACKS = [sk, de, fr, es] as const;

for (const pack of PACKS) registerPhrasePack(pack);
