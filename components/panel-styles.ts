/**
 * The panel's CSS, injected into its shadow root (the page's CSS and ours never mix). Colours follow
 * Gmail's Material 3 palette so the panel reads as part of the compose without pretending to be Gmail.
 */
export const PANEL_CSS = `
:host { display: block !important; margin: 0 0 6px !important; }
/* WXT mounts into <html><body> inside the shadow root: drop the UA's 8px body margin. */
html, body { margin: 0; padding: 0; }
* { box-sizing: border-box; }
.pf-panel {
  --pf-fg: #1f1f1f; --pf-muted: #5e5e5e; --pf-line: #e3e3e3;
  --pf-ok: #146c2e; --pf-ok-bg: #e6f4ea; --pf-notice: #0b57d0; --pf-notice-bg: #e8f0fe;
  --pf-warning: #8a4b00; --pf-warning-bg: #fef3d6; --pf-danger: #b3261e; --pf-danger-bg: #fce8e6;
  --pf-accent: var(--pf-ok); --pf-accent-bg: var(--pf-ok-bg);
  font: 13px/1.4 "Google Sans Text", "Google Sans", Roboto, "Segoe UI", system-ui, Arial, sans-serif;
  color: var(--pf-fg); background: #fff; border: 1px solid var(--pf-line);
  border-left: 3px solid var(--pf-accent); border-radius: 8px; overflow: hidden;
}
.pf-notice { --pf-accent: var(--pf-notice); --pf-accent-bg: var(--pf-notice-bg); }
.pf-warning { --pf-accent: var(--pf-warning); --pf-accent-bg: var(--pf-warning-bg); }
.pf-danger { --pf-accent: var(--pf-danger); --pf-accent-bg: var(--pf-danger-bg); }
.pf-bar { display: flex; align-items: center; gap: 8px; min-height: 34px; padding: 4px 6px 4px 10px; }
.pf-logo { color: var(--pf-accent); display: inline-flex; }
.pf-name { font-weight: 600; letter-spacing: .1px; }
.pf-badge { display: inline-flex; align-items: center; gap: 5px; padding: 1px 9px 1px 7px; border-radius: 10px;
  font-size: 12px; font-weight: 600; color: var(--pf-accent); background: var(--pf-accent-bg); white-space: nowrap; }
.pf-dot { width: 7px; height: 7px; border-radius: 50%; background: currentColor; }
.pf-summary { color: var(--pf-muted); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.pf-att { margin-left: auto; color: var(--pf-muted); font-size: 12px; white-space: nowrap; }
.pf-att + .pf-toggle { margin-left: 0; }
.pf-toggle { margin-left: auto; border: 0; background: transparent; color: var(--pf-muted); width: 28px; height: 28px;
  border-radius: 50%; display: inline-grid; place-items: center; cursor: pointer; padding: 0; }
.pf-toggle:hover { background: #f1f3f4; color: var(--pf-fg); }
button:focus-visible { outline: 2px solid #0b57d0; outline-offset: 1px; }
.pf-findings { list-style: none; margin: 0; padding: 0 6px 6px; max-height: 168px; overflow: auto; }
.pf-panel .pf-findings { border-top: 1px solid var(--pf-line); padding-top: 4px; }
.pf-finding { display: flex; gap: 8px; align-items: flex-start; padding: 6px 4px; border-radius: 6px; }
.pf-finding + .pf-finding { border-top: 1px solid #f1f3f4; }
.pf-sev { flex: none; width: 8px; height: 8px; margin-top: 6px; border-radius: 50%; background: #80868b; }
.pf-finding.pf-notice .pf-sev { background: var(--pf-notice); }
.pf-finding.pf-warning .pf-sev { background: #e8a100; }
.pf-finding.pf-danger .pf-sev { background: var(--pf-danger); }
.pf-body { flex: 1; min-width: 0; }
.pf-msg { margin: 0; overflow-wrap: anywhere; }
.pf-fix { margin: 2px 0 0; color: var(--pf-muted); font-size: 12px; overflow-wrap: anywhere; }
.pf-link { flex: none; border: 0; background: transparent; color: #0b57d0; font: inherit; font-weight: 600;
  font-size: 12px; padding: 2px 8px; border-radius: 12px; cursor: pointer; }
.pf-link:hover { background: #e8f0fe; }
.pf-backdrop { position: fixed; inset: 0; z-index: 2147483000; background: rgba(32, 33, 36, .45);
  display: grid; place-items: center; }
.pf-dialog { width: min(460px, calc(100vw - 32px)); max-height: calc(100vh - 48px); overflow: auto; background: #fff;
  border-radius: 16px; padding: 22px 24px 18px; box-shadow: 0 12px 32px rgba(0,0,0,.28); color: var(--pf-fg); }
.pf-dialog h2 { margin: 0 0 6px; font: 500 20px/1.3 "Google Sans", Roboto, system-ui, Arial, sans-serif; }
.pf-intro { margin: 0 0 10px; color: var(--pf-muted); }
.pf-dialog .pf-findings { max-height: none; padding: 0; border: 0; background: var(--pf-danger-bg);
  border-radius: 10px; padding: 4px 8px; }
.pf-dialog .pf-finding + .pf-finding { border-top-color: rgba(0,0,0,.06); }
.pf-more { margin: 8px 0 0; color: var(--pf-muted); font-size: 12px; }
.pf-actions { display: flex; justify-content: flex-end; gap: 8px; margin-top: 18px; }
.pf-btn { font: 500 14px/1 "Google Sans", Roboto, system-ui, Arial, sans-serif; border-radius: 18px; padding: 10px 20px;
  cursor: pointer; border: 1px solid transparent; }
.pf-primary { background: #0b57d0; color: #fff; }
.pf-primary:hover { background: #0842a0; }
.pf-secondary { background: transparent; color: var(--pf-danger); border-color: #dadce0; }
.pf-secondary:hover { background: var(--pf-danger-bg); }
.pf-note { margin: 0; padding: 4px 10px 6px; color: var(--pf-muted); font-size: 12px; }
/* Read by screen readers only (the level announcement). */
.pf-sr { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
`;

/** Style for the page (not the shadow root): evidence highlighted in the draft via CSS.highlights. */
export const HIGHLIGHT_CSS = '::highlight(preflight){background-color:#ffe08a;color:inherit}';
