// The browser entry: hydrates the page the server rendered, with the same
// props (the card's HTML, which the server wrote into the page as JSON).
import { hydrateRoot } from 'react-dom/client';
import { Advice } from './Advice';

const props = JSON.parse(document.getElementById('props')?.textContent ?? '{}') as { card: string };
hydrateRoot(document.getElementById('root')!, <Advice card={props.card} />, {
  onRecoverableError: (error) => console.error('React hydration error:', error),
});
