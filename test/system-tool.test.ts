import { afterEach, describe, expect, it, vi } from 'vitest';
import { inCi, systemTool } from './helpers/system-tool.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('systemTool (tests that need a tool of the system)', () => {
  it('a tool that runs is available, and require() lets the test run', () => {
    const node = systemTool('node', [process.execPath, '--version'], 'apt-get install nodejs', {});
    expect(node.available).toBe(true);
    const skip = vi.fn();
    node.require({ skip } as never);
    expect(skip).not.toHaveBeenCalled();
  });

  it('a missing tool: one line on stderr naming the install command, and its tests skip', () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const tool = systemTool('chromium', ['xtap-no-such-tool', '--version'], 'bash .ci/run', { CI: 'false' });
    expect(tool.available).toBe(false);
    expect(write.mock.calls).toEqual([['chromium is not installed, so its tests are skipped: install it with `bash .ci/run`\n']]);
    const skip = vi.fn();
    tool.require({ skip } as never);
    expect(skip).toHaveBeenCalledWith(tool.missing);
  });

  it('with CI=true a missing tool fails the test instead', () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const tool = systemTool('chromium', ['xtap-no-such-tool', '--version'], 'bash .ci/run', { CI: 'true' });
    expect(write).not.toHaveBeenCalled();
    const skip = vi.fn();
    expect(() => tool.require({ skip } as never)).toThrow('chromium is not installed, so its tests fail (CI=true): install it with `bash .ci/run`');
    expect(skip).not.toHaveBeenCalled();
    expect([inCi({ CI: 'true' }), inCi({ CI: '1' }), inCi({ CI: 'false' }), inCi({})]).toEqual([true, true, false, false]);
  });
});
