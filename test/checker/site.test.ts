/**
 * The content checker on the site as a whole: one broken fixture per kind of problem (the table in
 * test/checker/cases/site.ts says what the report must say about each).
 */
import { describeFixtures } from '../support/fixture.ts';
import { SITE } from './cases/site.ts';

describeFixtures('content checker: the site as a whole', SITE);
