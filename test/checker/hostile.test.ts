/**
 * The content checker on hostile input (the table in test/checker/cases/hostile.ts says what the
 * report must say about each fixture).
 */
import { describeFixtures } from '../support/fixture.ts';
import { HOSTILE } from './cases/hostile.ts';

describeFixtures('content checker: hostile input', HOSTILE);
