// The page's component, rendered on the server and hydrated in the browser:
// the widget's HTML from legwise/server, handed to React as HTML that React
// does not own, and a client component that loads the widgets.
import { LegwiseScripts } from './LegwiseScripts';

export function Advice({ card }: { card: string }) {
  return (
    <main>
      <h1>Weak legs: when to get help</h1>
      <div suppressHydrationWarning dangerouslySetInnerHTML={{ __html: card }} />
      <LegwiseScripts />
    </main>
  );
}
