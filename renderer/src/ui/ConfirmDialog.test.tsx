import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ConfirmDialog } from './ConfirmDialog';

const noop = () => {};

// Drawn to markup in Node: the dialog notes which element had the focus, so it can give it back.
beforeAll(() => {
  vi.stubGlobal('HTMLElement', class {});
  vi.stubGlobal('document', { activeElement: null });
  return () => vi.unstubAllGlobals();
});

/** The buttons of the dialog's answers row, in order, as `label[classes](disabled)`. */
function buttons(markup: string): string[] {
  const actions = markup.slice(markup.indexOf('modal-actions'));
  return [...actions.matchAll(/<button([^>]*)>([^<]*)<\/button>/g)].map(([, attributes, label]) => {
    const classes = /class="([^"]*)"/.exec(attributes!)?.[1] ?? '';
    return `${label}[${classes}]${/disabled/.test(attributes!) ? '(disabled)' : ''}`;
  });
}

describe('a confirm dialog asks one question the same way everywhere', () => {
  it('is a labelled dialog with the question, Cancel first, then each answer in order with its tone', () => {
    const markup = renderToStaticMarkup(
      <ConfirmDialog
        title="Close Welcome?"
        onCancel={noop}
        choices={[
          { label: "Don't save", tone: 'danger', onChoose: noop },
          { label: 'Save', tone: 'primary', onChoose: noop },
        ]}
      >
        <p>It has unsaved changes.</p>
      </ConfirmDialog>,
    );
    expect(markup).toMatch(/<dialog[^>]*aria-labelledby="([^"]+)"[\s\S]*<h2 id="\1"[^>]*>Close Welcome\?<\/h2>/);
    expect(markup).toContain('<p>It has unsaved changes.</p>');
    expect(buttons(markup)).toEqual(['common.cancel[button]', 'Don&#x27;t save[button button-danger]', 'Save[button button-primary]']);
  });

  it('while an answer runs the answers wait, Cancel stays, and a failure is said as an alert', () => {
    const markup = renderToStaticMarkup(
      <ConfirmDialog title="File changed on disk" onCancel={noop} busy problem="disk full" choices={[{ label: 'Keep mine', onChoose: noop }]}>
        <p>Changed.</p>
      </ConfirmDialog>,
    );
    expect(buttons(markup)).toEqual(['common.cancel[button]', 'Keep mine[button](disabled)']);
    expect(markup).toContain('<p class="error-text" role="alert">disk full</p>');
  });

  it('a view that is closed rather than cancelled names its cancel button so', () => {
    const markup = renderToStaticMarkup(
      <ConfirmDialog title="Compare" onCancel={noop} cancelLabel="Close" choices={[{ label: 'Reload', disabled: true, onChoose: noop }]}>
        <p>Diff.</p>
      </ConfirmDialog>,
    );
    expect(buttons(markup)).toEqual(['Close[button]', 'Reload[button](disabled)']);
  });
});
