/** Registers <cause-list>. Importing this module twice, or next to another copy of Legwise, is safe. */
import { CauseList } from './elements/cause-list.js';
import { defineElement } from './elements/legwise-element.js';

defineElement('cause-list', CauseList);

export { CauseList };
