// Accessibility of every English page template of the example site in real Chromium: the checks
// of a11y.test.ts (test/support/a11yTemplates.ts), in a file of its own so that it runs beside it.
import { describeTemplates, useBrowser } from '../support/a11yTemplates.ts';

describeTemplates('en', useBrowser());
