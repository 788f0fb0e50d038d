import { render } from 'preact';

function Popup() {
  return (
    <main>
      <h1>Preflight</h1>
      <p>{browser.i18n.getMessage('popupPlaceholder') || 'Domain health arrives in a later version.'}</p>
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<Popup />, root);
