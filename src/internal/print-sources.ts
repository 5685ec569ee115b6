import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Prints each widget's sources: a closed `<details>` prints only its summary,
 * so while the page prints (`beforeprint` to `afterprint`) the widget opens
 * the ones the reader left closed, and closes them again after. The list is
 * part of what a clinician signs off, and the footer says the content was
 * checked against it. (Server HTML printed with no script relies on the print
 * rule for `::details-content` in print.styles.ts, where browsers have it.)
 */
export class PrintSourcesController implements ReactiveController {
  private opened: HTMLDetailsElement[] = [];

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.open);
    window.addEventListener('afterprint', this.close);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.open);
    window.removeEventListener('afterprint', this.close);
    this.close();
  }

  private readonly open = (): void => {
    for (const details of this.host.shadowRoot?.querySelectorAll('details:not([open])') ?? []) {
      (details as HTMLDetailsElement).open = true;
      this.opened.push(details as HTMLDetailsElement);
    }
  };

  private readonly close = (): void => {
    for (const details of this.opened) details.open = false;
    this.opened = [];
  };
}
