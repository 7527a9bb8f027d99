/** The report as the locker's panels show it: every name, reason and problem escaped; what was only counted, said. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { verifyBundleBlob } from '@jikim/device/verify-bundle-blob';
import { afterAll, describe, expect, it } from 'vitest';
import { writeRawZip } from '../../../evidence/test/fixtures.js';
import { reportForDisplay } from './verify-report-display.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-verify-display-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('reportForDisplay', () => {
  it('escapes names, reasons and problems, and says what was only counted', async () => {
    const hostile = path.join(dir, 'hostile.zip');
    writeRawZip(hostile, [
      { name: 'manifest.json', data: Buffer.from('{"\\u001b[2J\\u202e":1}') },
      { name: 'files/evil\u202egpj.exe', data: Buffer.from('MZ') },
    ]);
    const shown = reportForDisplay(await verifyBundleBlob(new Blob([fs.readFileSync(hostile)])));
    expect(shown.files.map((f) => f.path)).toContain('files/evil\\u202egpj.exe');
    expect(shown.problems).toContain('manifest.json (root): Unrecognized key: "\\x1b[2J\\u202e"');
    expect(JSON.stringify(shown)).not.toMatch(/\u202e|\\u001b/u);
    const counted = reportForDisplay({ ok: false, files: [], problems: ['a'], omitted: { missing: 5, problems: 7, manifestCheckStopped: true } });
    expect(counted.problems).toEqual(['a', '… and 5 more files the manifest lists are missing', '… and at least 7 more problems (manifest.json was not checked to its end)']);
  });
});
