/**
 * The content checker on facts in one place: one broken fixture per kind of problem (the table in
 * test/checker/cases/facts.ts says what the report must say about each).
 */
import { describeFixtures } from '../support/fixture.ts';
import { FACTS } from './cases/facts.ts';

describeFixtures('content checker: facts in one place', FACTS);
