/**
 * The default terminal output, laid out as Biome and rustc print diagnostics:
 *
 *   examples/contoso.xtap.yaml:65:7: error: Partner Woodgrove Bank's inbound B2B collaboration app allow
 *     list lacks … [mfa-registration-apps]
 *
 *      65 │       applications:
 *         │       ^^^^^^^^^^^^
 *
 *     why:  Guests must register for MFA in this tenant because …
 *     fix:  Add the apps to the allow list (`xtap-lint --fix` does it).
 *     note: examples/partners/suppliers.xtap.yaml:12:5: …
 *
 * then ESLint's summary line (`✖ 5 problems (3 errors, 2 warnings)`). Every line fits `ctx.width` (80 when not
 * given): prose is wrapped with a hanging indent, and a source line too long for it is cut around the finding.
 * Text from files (paths, names in messages, source lines) goes through visible(), colour or not.
 */
import type { FormatContext } from './format.js';
export declare function stylish(ctx: FormatContext): string;
/** Characters laid out for excerpts since the process started: tests bound the work by it, not by the clock. */
export declare const STYLISH_WORK: {
    chars: number;
};
