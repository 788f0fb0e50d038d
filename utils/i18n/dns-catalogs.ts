/**
 * Registers the domain-health (DNS) messages. Imported for its effect by the code that shows DNS
 * findings: background, popup, CLI. The content script leaves it out to stay small.
 */
import { registerCatalogs } from './index';
import en from './en/dns';
import cs from './cs/dns';

registerCatalogs({ en, cs });
