import type { Catalog } from '../index';
import analysis from './analysis';
import dns from './dns';
import ui from './ui';

export const catalogs: Catalog[] = [analysis, dns, ui];
