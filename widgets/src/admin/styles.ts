import { css } from 'lit';

/** The editors' page look: plain, dense, high-contrast, with visible focus. */
export const adminStyles = css`
  :host {
    display: block;
    color: #1a1a1a;
    font: 16px/1.45 system-ui, sans-serif;
  }
  h1, h2, h3 { line-height: 1.2; margin: 1.2em 0 0.5em; }
  h1 { font-size: 1.5rem; }
  h2 { font-size: 1.25rem; }
  h3 { font-size: 1.05rem; }
  a { color: #0b57a4; }
  button {
    font: inherit;
    padding: 0.35em 0.9em;
    border: 1px solid #0b57a4;
    border-radius: 4px;
    background: #0b57a4;
    color: #fff;
    cursor: pointer;
  }
  button.secondary { background: #fff; color: #0b57a4; }
  button.danger { background: #a4160b; border-color: #a4160b; }
  button:disabled { opacity: 0.6; cursor: progress; }
  :is(a, button, input, select, textarea, summary):focus-visible {
    outline: 3px solid #d97706;
    outline-offset: 2px;
  }
  .field { display: grid; gap: 0.2em; margin-bottom: 0.75em; }
  .field label { font-weight: 600; font-size: 0.9rem; }
  .field small { color: #4a4a4a; }
  input, select, textarea {
    font: inherit;
    padding: 0.35em 0.5em;
    border: 1px solid #6b6b6b;
    border-radius: 4px;
    background: #fff;
    color: inherit;
  }
  .has-error :is(input, select, textarea) { border-color: #a4160b; border-width: 2px; }
  .error { color: #a4160b; margin: 0; font-size: 0.9rem; }
  .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); gap: 0 1rem; }
  .columns { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 2rem; align-items: start; }
  @media (max-width: 60rem) { .columns { grid-template-columns: 1fr; } }
  table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
  th, td { text-align: start; padding: 0.4em 0.5em; border-bottom: 1px solid #d4d4d4; vertical-align: top; }
  th { font-size: 0.85rem; color: #3a3a3a; }
  .status { padding: 0.6em 0.9em; border-radius: 4px; margin: 0.75em 0; }
  .status.ok { background: #e7f4ea; border: 1px solid #2d6a3a; }
  .status.bad { background: #fbeaea; border: 1px solid #a4160b; }
  .muted { color: #4a4a4a; }
  .actions { display: flex; gap: 0.5em; flex-wrap: wrap; align-items: center; }
  .bar { justify-content: space-between; }
  .narrow { max-width: 32rem; }
  .preview { position: sticky; top: 1rem; border: 1px dashed #6b6b6b; border-radius: 6px; padding: 1rem; }
  .preview h2 { margin-top: 0; }
  fieldset { border: 1px solid #c4c4c4; border-radius: 6px; margin: 0 0 1rem; padding: 0.75rem 1rem; }
  legend { font-weight: 700; padding: 0 0.3em; }
  .visually-hidden {
    position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap;
  }
  nav ul { list-style: none; padding: 0; display: grid; gap: 0.4em; }
  ol.changes { list-style: none; padding: 0; display: grid; gap: 1rem; }
  .held { border: 1px solid #c4c4c4; border-radius: 6px; padding: 0.75rem 1rem; }
  .held h3 { margin-top: 0; }
  .held .preview { position: static; margin: 0.75rem 0; }
  .held h4 { margin: 0 0 0.5em; font-size: 0.95rem; }
  .review { border-left: 4px solid #d97706; padding-left: 0.75em; }
`;
