/**
 * The content checker on MDX pages: one broken fixture per kind of problem (the table in
 * test/checker/cases/pages.ts says what the report must say about each).
 */
import { describeFixtures } from '../support/fixture.ts';
import { PAGES } from './cases/pages.ts';

describeFixtures('content checker: MDX pages', PAGES);
