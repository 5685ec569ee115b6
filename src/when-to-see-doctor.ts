/** Registers <when-to-see-doctor>. Importing this module twice, or next to another copy of Legwise, is safe. */
import { WhenToSeeDoctor } from './elements/when-to-see-doctor.js';
import { defineElement } from './internal/define.js';

defineElement('when-to-see-doctor', WhenToSeeDoctor);

export { WhenToSeeDoctor };
