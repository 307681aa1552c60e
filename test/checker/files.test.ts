/**
 * The content checker on files: one broken fixture per kind of problem (the table in
 * test/checker/cases/files.ts says what the report must say about each).
 */
import { describeFixtures } from '../support/fixture.ts';
import { FILES } from './cases/files.ts';

describeFixtures('content checker: files', FILES);
