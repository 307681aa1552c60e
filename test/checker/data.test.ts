/**
 * The content checker on YAML and schemas: one broken fixture per kind of problem (the table in
 * test/checker/cases/data.ts says what the report must say about each).
 */
import { describeFixtures } from '../support/fixture.ts';
import { YAML } from './cases/data.ts';

describeFixtures('content checker: YAML and schemas', YAML);
