// npm run docs:errors — rewrites the README's error-code table from the catalogue.
import { readFileSync, writeFileSync } from 'node:fs';
import { withErrorSection } from '../src/problems/errorCodesMarkdown.ts';

const path = new URL('../README.md', import.meta.url);
writeFileSync(path, withErrorSection(readFileSync(path, 'utf8')));
console.log('README.md: error codes updated');
