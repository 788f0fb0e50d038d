import type { Catalog } from '../index';
import analysis from './analysis';
import ui from './ui';

export const catalogs: Catalog[] = [analysis, ui];
