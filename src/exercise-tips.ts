/** Registers <exercise-tips>. Importing this module twice, or next to another copy of Legwise, is safe. */
import { ExerciseTips } from './elements/exercise-tips.js';
import { defineElement } from './internal/define.js';

defineElement('exercise-tips', ExerciseTips);

export { ExerciseTips };
