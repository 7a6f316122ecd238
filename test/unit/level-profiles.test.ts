import * as assert from 'node:assert/strict';
import { parseConfig } from '../../server/src/core/config/config';
import { expectedLevelOf, profileFor } from '../../server/src/core/config/profiles';
import { RULE_IDS } from '../../server/src/core/rules';

const CONFIG = `profil:
  Widyaiswara:
    ahli-pertama: 2
    ahli-muda: 3
    ahli-madya: 4
    ahli-utama: { default: 4, M.01: 5, SK.01: 5 }
  Widyaiswara Ahli Utama Khusus:
    ahli-utama: { M.1: 3 }
tierLevels:
  ahli-utama: 2
`;

describe('level profiles (skj.config.yaml → profil)', () => {
  it('reads the shape of the issue, with per-competency levels and code aliases', () => {
    const { config, findings } = parseConfig(CONFIG, 'file:///ws/skj.config.yaml', RULE_IDS);
    assert.deepEqual(findings, []);
    assert.deepEqual(config.profil['Widyaiswara']['ahli-utama'], { default: 4, byCode: { 'M.01': 5, 'SK.01': 5 } });
    assert.deepEqual(config.profil['Widyaiswara']['ahli-pertama'], { default: 2, byCode: {} });
    assert.deepEqual(config.profil['Widyaiswara Ahli Utama Khusus']['ahli-utama'], { byCode: { 'M.01': 3 } });
  });

  it('matches the position by name (whole words, case-insensitive, longest profile first) and says which source it used', () => {
    const { config } = parseConfig(CONFIG, 'file:///ws/skj.config.yaml', RULE_IDS);
    assert.equal(profileFor(config.profil, 'widyaiswara  Ahli Utama'), 'Widyaiswara');
    assert.equal(profileFor(config.profil, 'Widyaiswara Ahli Utama Khusus'), 'Widyaiswara Ahli Utama Khusus');
    assert.equal(profileFor(config.profil, 'Widyaiswaraku'), undefined);
    assert.deepEqual(expectedLevelOf(config, 'ahli-utama', 'Widyaiswara Ahli Utama', 'M.01'), { level: 5, source: { kind: 'profile', profile: 'Widyaiswara', perCode: true } });
    assert.deepEqual(expectedLevelOf(config, 'ahli-utama', 'Widyaiswara Ahli Utama', 'M.02'), { level: 4, source: { kind: 'profile', profile: 'Widyaiswara', perCode: false } });
    // A profile without a default for the tier falls back to tierLevels for the other competencies.
    assert.deepEqual(expectedLevelOf(config, 'ahli-utama', 'Widyaiswara Ahli Utama Khusus', 'M.02'), { level: 2, source: { kind: 'tierLevels' } });
    assert.deepEqual(expectedLevelOf(config, 'ahli-muda', 'Pranata Komputer Ahli Muda', 'M.02'), { level: 2, source: { kind: 'default' } });
    assert.deepEqual(expectedLevelOf(config, 'pengawas', 'Widyaiswara', 'M.02'), { level: 2, source: { kind: 'regulation' } });
  });

  it('reports every wrong part at its key or value and keeps the rest', () => {
    const text = 'profil:\n  Widyaiswara:\n    ahli-pertma: 2\n    ahli-muda: 7\n    ahli-madya: { M.09: 3, default: 4 }\n    ahli-utama: tinggi\n  Penyuluh: 3\n';
    const { config, findings } = parseConfig(text, 'file:///ws/skj.config.yaml', RULE_IDS);
    const at = findings.map((f) => `${f.range.start.line}: ${f.message}`);
    assert.equal(findings.length, 5, at.join('\n'));
    assert.match(at[0], /^2: Jenjang "ahli-pertma" tidak dikenal/);
    assert.match(at[1], /^3: Level harus bilangan bulat 1–5/);
    assert.match(at[2], /^4: "M\.09" bukan kode kompetensi/);
    assert.match(at[3], /^5: Level harus bilangan bulat 1–5, atau \{ default/);
    assert.match(at[4], /^6: Profil "Penyuluh" harus berupa pemetaan/);
    assert.deepEqual(config.profil['Widyaiswara']['ahli-madya'], { default: 4, byCode: {} });
  });
});
