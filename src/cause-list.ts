/** Registers <cause-list>. Importing this module twice, or next to another copy of Legwise, is safe. */
import { CauseList } from './elements/cause-list.js';
import { defineElement } from './internal/define.js';

defineElement('cause-list', CauseList);

export { CauseList };
