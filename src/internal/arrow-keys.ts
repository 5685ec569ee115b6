/**
 * The WAI-ARIA accordion's optional keys: which item a key moves the focus
 * to, among `count` items with the focus on `index`. Down and Up wrap around;
 * Home and End go to the first and the last. `undefined`: not one of them.
 */
export function arrowKeyTarget(key: string, index: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowDown':
      return (index + 1) % count;
    case 'ArrowUp':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
