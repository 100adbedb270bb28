/**
 * Installs re2js as the pattern engine of the cluster query language (see `installPatternEngine` in
 * cqlPatterns.ts). Import this module wherever `=~` or `!~` may have to be compiled.
 */
import { RE2JS, RE2JSException, RE2JSSyntaxException } from 're2js';
import { installPatternEngine } from './cqlPatterns.ts';

installPatternEngine({
  compile: (source) => RE2JS.compile(source),
  explain: (error) =>
    error instanceof RE2JSException
      ? {
          description: error instanceof RE2JSSyntaxException ? error.getDescription() : error.message,
          fragment: error instanceof RE2JSSyntaxException ? error.getPattern() : null,
        }
      : undefined,
});
