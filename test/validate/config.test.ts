import { describe, expect, it } from 'vitest';
import { validateConfigData } from '../../src/validate/validate.js';

describe('validateConfigData', () => {
  it('accepts a complete configuration', () => {
    expect(
      validateConfigData({
        preset: 'strict',
        rules: { 'mfa-registration-apps': 'warning', 'partner-redundant': 'off', 'rms-outbound': 'error', 'direct-connect-in-default': 'info' },
        files: ['tenants/**/*.xtap.yaml'],
        ignore: ['legacy/**'],
        overrides: [{ files: ['lab/**'], rules: { 'default-inbound-open': 'off' } }, { files: ['prod/**'] }],
        limits: { maxFileBytes: 1048576, maxFiles: 1, maxAliasCount: 0, maxDepth: 1 },
      }),
    ).toEqual([]);
  });

  it('accepts an empty file and an empty map', () => {
    expect(validateConfigData(null)).toEqual([]);
    expect(validateConfigData(undefined)).toEqual([]);
    expect(validateConfigData({})).toEqual([]);
  });

  it('reports unknown properties with a suggestion', () => {
    expect(validateConfigData({ presets: 'strict' })).toEqual(['unknown property "presets" (did you mean "preset"?)']);
    expect(validateConfigData({ limits: { maxFileSize: 1 } })).toEqual(['limits: unknown property "maxFileSize" (did you mean "maxFiles"?)']);
    expect(validateConfigData({ plugins: 'x' })).toEqual(['unknown property "plugins" (allowed: extends, policies, preset, rules, files, ignore, overrides, limits)']);
  });

  it('reports bad severities and presets', () => {
    expect(validateConfigData({ rules: { foo: 'warn' } })).toEqual(['rules.foo: must be one of error, warning, info, off']);
    expect(validateConfigData({ rules: { foo: 'Error' } })).toEqual(['rules.foo: must be one of error, warning, info, off (did you mean "error"?)']);
    expect(validateConfigData({ rules: { foo: 2 } })).toEqual(['rules.foo: must be one of error, warning, info, off, found a number']);
    expect(validateConfigData({ preset: 'strct' })).toEqual(['preset: must be one of recommended, strict, all, cisa, zero-trust (did you mean "strict"?)']);
  });

  it('reports rule ids that are not kebab-case, once each', () => {
    expect(validateConfigData({ rules: { Foo_Bar: 'off', 'a/b/c': 'error', 'contoso/direct-connect-approved-only': 'off' } })).toEqual([
      'rules: "Foo_Bar" is not a rule id (rule ids are lowercase words joined by "-", e.g. "mfa-registration-apps")',
      'rules: "a/b/c" is not a rule id (rule ids are lowercase words joined by "-", e.g. "mfa-registration-apps")',
    ]);
  });

  it('names keys with special characters unambiguously (RFC 6901 unescaped)', () => {
    expect(validateConfigData({ rules: { 'a/b~c': 'nope' } })).toEqual([
      'rules: "a/b~c" is not a rule id (rule ids are lowercase words joined by "-", e.g. "mfa-registration-apps")',
      'rules["a/b~c"]: must be one of error, warning, info, off',
    ]);
  });

  it('reports types, bounds and required keys', () => {
    expect(
      validateConfigData({
        files: 'x.xtap.yaml',
        ignore: [1],
        overrides: [{ rules: {} }, { files: ['a'], rule: {} }],
        limits: { maxFileBytes: 0, maxFiles: 1.5, maxAliasCount: -1, maxDepth: '3' },
      }),
    ).toEqual([
      'files: must be a list, found a string',
      'ignore[0]: must be a string, found a number',
      'overrides[0]: missing required property "files"',
      'overrides[1]: unknown property "rule" (did you mean "rules"?)',
      'limits.maxFileBytes: must be >= 1',
      'limits.maxFiles: must be an integer, found a number',
      'limits.maxAliasCount: must be >= 0',
      'limits.maxDepth: must be an integer, found a string',
    ]);
  });

  it('reports a configuration that is not a map', () => {
    expect(validateConfigData(['preset'])).toEqual(['must be a map, found a list']);
    expect(validateConfigData('strict')).toEqual(['must be a map, found a string']);
  });
});
