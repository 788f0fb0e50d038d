/**
 * Renders the options page into a fresh root in happy-dom, for the tests that drive it as a user
 * would. Each test file calls `unmountOptionsPage()` in its `afterEach`.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { Options, type OptionsProps } from '../../components/options/Options';
import { EMPTY_POLICY } from '../../utils/settings/managed';
import type { UserSettings } from '../../utils/storage';

let root: HTMLElement | null = null;

/** Lets the page's pending effects and promises settle. */
export const flush = () => act(async () => new Promise<void>((r) => setTimeout(r, 0)));

export async function mountOptionsPage(
  settings: UserSettings,
  over: Partial<OptionsProps> = {},
): Promise<HTMLElement> {
  root = document.createElement('div');
  document.body.replaceChildren(root);
  const props: OptionsProps = {
    settings,
    policy: EMPTY_POLICY,
    rules: [],
    languages: ['en', 'cs'],
    save: async (next) => next,
    testResolver: async () => ({ ok: true, key: 'options_testOk' }),
    download: () => {},
    ...over,
  };
  const at = root;
  await act(async () => render(<Options {...props} />, at));
  return at;
}

/** The root of the page mounted last, or null after unmounting. */
export const optionsRoot = (): HTMLElement | null => root;

export function unmountOptionsPage(): void {
  if (root) render(null, root);
  root = null;
}
