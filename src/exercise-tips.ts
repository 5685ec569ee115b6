/** Registers <exercise-tips>. Importing this module twice, or next to another copy of Legwise, is safe. */
import { ExerciseTips } from './elements/exercise-tips.js';
import { defineElement } from './elements/legwise-element.js';

defineElement('exercise-tips', ExerciseTips);

export { ExerciseTips };
