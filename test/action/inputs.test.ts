import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/action/inputs.js';
import { UsageError } from '../../src/errors.js';

describe('readInputs', () => {
  it('applies the defaults when nothing is set', () => {
    expect(readInputs({})).toEqual({
      githubToken: '',
      workingDirectory: '.',
      config: undefined,
      migrations: undefined,
      models: undefined,
      database: [],
      failOn: 'error',
      comment: 'auto',
      sarif: undefined,
      base: undefined,
      allowCommands: false,
    });
  });

  it('reads INPUT_ variables the way the runner names them (hyphens kept), trimmed', () => {
    const inputs = readInputs({
      'INPUT_GITHUB-TOKEN': ' ghs_x ',
      'INPUT_WORKING-DIRECTORY': './services/api/',
      INPUT_CONFIG: 'driftcheck.json',
      INPUT_MIGRATIONS: 'db/migrations',
      INPUT_MODELS: 'app/models.py',
      INPUT_DATABASE: 'a.db\nb.db, c.db\n',
      'INPUT_FAIL-ON': 'Warning',
      INPUT_COMMENT: 'always',
      INPUT_SARIF: 'out/driftcheck.sarif',
      INPUT_BASE: 'origin/main',
      'INPUT_ALLOW-COMMANDS': 'True',
    });
    expect(inputs).toEqual({
      githubToken: 'ghs_x',
      workingDirectory: 'services/api',
      config: 'driftcheck.json',
      migrations: 'db/migrations',
      models: 'app/models.py',
      database: ['a.db', 'b.db', 'c.db'],
      failOn: 'warning',
      comment: 'always',
      sarif: 'out/driftcheck.sarif',
      base: 'origin/main',
      allowCommands: true,
    });
  });

  it('takes allow-commands as true or false only', () => {
    expect(readInputs({ 'INPUT_ALLOW-COMMANDS': 'false' }).allowCommands).toBe(false);
    expect(() => readInputs({ 'INPUT_ALLOW-COMMANDS': 'yes' })).toThrow(
      new UsageError("Input 'allow-commands' must be one of true, false; got 'yes'."),
    );
  });

  it('names the input, the allowed values and the value it got', () => {
    expect(() => readInputs({ 'INPUT_FAIL-ON': 'errors' })).toThrow(
      new UsageError("Input 'fail-on' must be one of error, warning, notice, never; got 'errors'."),
    );
    expect(() => readInputs({ INPUT_COMMENT: 'yes' })).toThrow(
      "Input 'comment' must be one of auto, always, never; got 'yes'.",
    );
  });

  it('keeps paths inside the workspace', () => {
    expect(() => readInputs({ 'INPUT_WORKING-DIRECTORY': '../elsewhere' })).toThrow(UsageError);
    expect(() => readInputs({ INPUT_SARIF: '/tmp/x.sarif' })).toThrow(
      "Input 'sarif' must be a path inside the repository; got '/tmp/x.sarif'.",
    );
    expect(readInputs({ 'INPUT_WORKING-DIRECTORY': 'a/../b' }).workingDirectory).toBe('b');
  });
});
