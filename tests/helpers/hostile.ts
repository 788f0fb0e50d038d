/**
 * Hostile strings for the "untrusted text is rendered as text" tests: markup that would create an
 * element if it reached innerHTML, control characters, and very long text. The UI renders them
 * verbatim as text: no stripping, no escaping (the components document "rendered as text only"; a
 * control character stays in the text node, where it is inert).
 */
export const HOSTILE: Record<string, string> = {
  img: '<img src=x onerror=alert(1)>',
  script: '<script>globalThis.__pfPwned=1</script>',
  svg: '"><svg onload=alert(1)>',
  iframe: "'><iframe srcdoc='<script>alert(1)</script>'>",
  control: 'a\u0000b\u0007c\u001b[31md\u202ee\u200bf\u0085g',
  long: `<img src=x onerror=alert(1)>${'x'.repeat(5_000)}\u202e`,
};

export const HOSTILE_CASES = Object.entries(HOSTILE);

/** Elements the hostile strings would create if any of them were parsed as HTML. */
const CREATED = 'img, script, svg, iframe, object, embed, style, link';

/**
 * Asserts that nothing under `root` was created from markup: no element of CREATED (except
 * `ownSvgs`, Preflight's own icons, matched by selector) and no inline event handler attribute.
 */
export function expectInert(root: ParentNode, ownSvgs?: string): void {
  const made = [...root.querySelectorAll(CREATED)].filter((el) => !(ownSvgs && el.closest(ownSvgs)));
  if (made.length)
    throw new Error(
      `${made.length} element(s) created from untrusted text, e.g. ${made[0]!.outerHTML.slice(0, 200)}`,
    );
  const handlers = [...root.querySelectorAll('*')].flatMap((el) =>
    [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`),
  );
  if (handlers.length) throw new Error(`inline handlers from untrusted text: ${handlers.join(', ')}`);
}
