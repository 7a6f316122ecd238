// The JSON Schemas in schemas/: they compile, the shared examples are valid, every property is
// documented, and concrete broken files are rejected at the right place with the right keyword.
import * as assert from 'node:assert/strict';
import { RULE_IDS } from '../../server/src/core/rules';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import * as YAML from 'yaml';

function findRepoRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${start}`);
    dir = parent;
  }
}

const ROOT = findRepoRoot(__dirname);
const SHARED_EXAMPLES = path.resolve(ROOT, '..', 'shared', 'examples');
const BASE_ID = 'https://skj-tools.github.io/schemas/';
const SCHEMA_FILES = ['skj.schema.json', 'kamus.schema.json', 'skj-config.schema.json'] as const;
type SchemaFile = (typeof SCHEMA_FILES)[number];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function loadSchema(file: SchemaFile): JsonObject {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', file), 'utf8')) as JsonObject;
}

const validators = new Map<SchemaFile, ValidateFunction>();
function validator(file: SchemaFile): ValidateFunction {
  let v = validators.get(file);
  if (!v) {
    v = new Ajv({ allErrors: true, strict: false }).compile(loadSchema(file));
    validators.set(file, v);
  }
  return v;
}

function errorsOf(file: SchemaFile, data: unknown): ErrorObject[] {
  const v = validator(file);
  return v(data) ? [] : [...(v.errors ?? [])];
}

function assertValid(file: SchemaFile, data: unknown, what: string): void {
  const errors = errorsOf(file, data);
  assert.deepEqual(
    errors.map((e) => `${e.instancePath} ${e.keyword}: ${e.message}`),
    [],
    `${what} should be valid against ${file}`,
  );
}

function assertRejected(
  file: SchemaFile,
  data: unknown,
  instancePath: string,
  keyword: string,
  params?: Record<string, unknown>,
): ErrorObject {
  const errors = errorsOf(file, data);
  assert.ok(errors.length > 0, `expected ${file} to reject the document`);
  const hit = errors.find(
    (e) =>
      e.instancePath === instancePath &&
      e.keyword === keyword &&
      Object.entries(params ?? {}).every(([k, v]) => (e.params as Record<string, unknown>)[k] === v),
  );
  assert.ok(
    hit,
    `expected a "${keyword}" error at "${instancePath}"${params ? ` with ${JSON.stringify(params)}` : ''}, got:\n` +
      errors.map((e) => `  ${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)}`).join('\n'),
  );
  return hit;
}

// ---------------------------------------------------------------- minimal valid documents

function validStandard(): any {
  const codes = ['M.01', 'M.02', 'M.03', 'M.04', 'M.05', 'M.06', 'M.07', 'M.08'];
  return {
    jabatan: {
      nama: 'Analis Sumber Daya Manusia Aparatur Ahli Muda',
      kelompok: 'fungsional',
      jenjang: 'ahli-muda',
      urusan: 'Kepegawaian',
      kode: '309010000012',
      ikhtisar: 'Melakukan kegiatan analisis dan pengembangan sumber daya manusia aparatur.',
    },
    kompetensi: {
      manajerial: codes.map((kode) => ({ kode, level: 2 })),
      sosial_kultural: [{ kode: 'SK.01', level: 2 }],
      teknis: [{ kode: 'KT.KPG.01', nama: 'Analisis Jabatan', level: 3, indikator: ['3.1'] }],
    },
    persyaratan: {
      pendidikan: [{ jenjang: 'S-1', bidang_ilmu: ['Psikologi'], tingkat: 'mutlak' }],
      pelatihan: [{ jenis: 'teknis', uraian: 'Pelatihan Analisis Jabatan', tingkat: 'penting' }],
      pengalaman_kerja: [{ uraian: 'Pengelolaan kepegawaian paling singkat 2 tahun', tingkat: 'penting' }],
      pangkat: 'Penata (III/c)',
      indikator_kinerja: ['Jumlah dokumen analisis jabatan yang diselesaikan tepat waktu'],
    },
  };
}

function validKamus(): any {
  const level = (n: number) => ({ deskripsi: `Deskripsi level ${n}`, indikator: [`Indikator ${n}.1`] });
  return {
    kamus: {
      instansi: 'Badan Kepegawaian Daerah Kabupaten Contoh',
      urusan: 'Kepegawaian',
      kompetensi: [
        {
          kode: 'KT.KPG.01',
          nama: 'Analisis Jabatan',
          definisi: 'Kemampuan melakukan analisis jabatan.',
          level: { 1: level(1), 2: level(2), 3: level(3), 4: level(4), 5: level(5) },
        },
      ],
    },
  };
}

const CONFIG_SAMPLE = `
locale: id            # id | en
rules:                # rule id -> severity or off
  level-tier: off
  education-level: information
tierLevels:           # overrides of the expected managerial & SK.01 level per jenjang (1..5)
  ahli-muda: 3
kamus:                # globs (relative to the config file) of kamus files to load
  - "kamus/**/*.kamus.yaml"
maxFileSize: 5242880  # bytes; larger files are not checked live
inlayHints: true
`;

// ---------------------------------------------------------------- schema-wide checks

/** Calls `visit` for every subschema, with its JSON pointer. */
function walk(node: Json, pointer: string, visit: (schema: JsonObject, pointer: string) => void): void {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
  visit(node, pointer);
  for (const key of ['properties', 'definitions']) {
    const map = node[key];
    if (map && typeof map === 'object' && !Array.isArray(map)) {
      for (const [name, sub] of Object.entries(map)) walk(sub, `${pointer}/${key}/${name}`, visit);
    }
  }
  for (const key of ['items', 'propertyNames', 'additionalProperties']) {
    if (node[key] && typeof node[key] === 'object') walk(node[key], `${pointer}/${key}`, visit);
  }
  for (const key of ['anyOf', 'oneOf', 'allOf']) {
    const list = node[key];
    if (Array.isArray(list)) list.forEach((sub, i) => walk(sub, `${pointer}/${key}/${i}`, visit));
  }
}

describe('JSON Schemas (schemas/*.schema.json)', () => {
  for (const file of SCHEMA_FILES) {
    describe(file, () => {
      it('is a draft-07 schema with a stable $id', () => {
        const schema = loadSchema(file);
        assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
        assert.equal(schema.$id, BASE_ID + file);
        assert.equal(typeof schema.title, 'string');
        assert.equal(typeof schema.description, 'string');
      });

      it('compiles with ajv (allErrors, strict: false)', () => {
        new Ajv({ allErrors: true, strict: false }).compile(loadSchema(file));
      });

      it('compiles with ajv in strict mode (only standard keywords; union types allowed)', () => {
        new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(loadSchema(file));
      });

      it('gives every property a title and an Indonesian description', () => {
        const missing: string[] = [];
        walk(loadSchema(file), '#', (schema, pointer) => {
          const props = schema.properties;
          if (!props || typeof props !== 'object' || Array.isArray(props)) return;
          for (const [name, sub] of Object.entries(props)) {
            const s = sub as JsonObject;
            if (typeof s.title !== 'string' || s.title === '') missing.push(`${pointer}/properties/${name} (title)`);
            if (typeof s.description !== 'string' || s.description.length < 10) {
              missing.push(`${pointer}/properties/${name} (description)`);
            }
          }
        });
        assert.deepEqual(missing, []);
      });

      it('closes every object schema (unknown keys are errors)', () => {
        const open: string[] = [];
        walk(loadSchema(file), '#', (schema, pointer) => {
          if (schema.type !== 'object') return;
          if (schema.additionalProperties !== false && schema.propertyNames === undefined) open.push(pointer);
        });
        assert.deepEqual(open, []);
      });

      it('has examples that are valid against their own subschema', () => {
        const ajv = new Ajv({ allErrors: true, strict: false });
        const schema = loadSchema(file);
        ajv.addSchema(schema);
        const bad: string[] = [];
        walk(schema, '#', (sub, pointer) => {
          if (!Array.isArray(sub.examples)) return;
          const validate = ajv.getSchema(`${BASE_ID}${file}${pointer}`);
          assert.ok(validate, `cannot resolve ${pointer}`);
          for (const example of sub.examples) {
            if (!validate(example)) bad.push(`${pointer}: ${JSON.stringify(example)}`);
          }
        });
        assert.deepEqual(bad, []);
      });
    });
  }

  it('lists, in skj.schema.json, separate item definitions for managerial/socio-cultural and technical competencies', () => {
    const schema = loadSchema('skj.schema.json') as any;
    const umum = schema.definitions.kompetensiUmum;
    const teknis = schema.definitions.kompetensiTeknis;
    assert.deepEqual(Object.keys(umum.properties).sort(), ['deskripsi', 'indikator', 'kode', 'level']);
    assert.deepEqual(Object.keys(teknis.properties).sort(), ['deskripsi', 'indikator', 'kode', 'level', 'nama']);
    assert.equal(schema.properties.kompetensi.properties.manajerial.items.$ref, '#/definitions/kompetensiUmum');
    assert.equal(schema.properties.kompetensi.properties.sosial_kultural.items.$ref, '#/definitions/kompetensiUmum');
    assert.equal(schema.properties.kompetensi.properties.teknis.items.$ref, '#/definitions/kompetensiTeknis');
  });

  it('quotes the form filling guide marks *1 … *20 in skj.schema.json', () => {
    const text = fs.readFileSync(path.join(ROOT, 'schemas', 'skj.schema.json'), 'utf8');
    for (let n = 1; n <= 20; n++) assert.ok(text.includes(`(*${n})`), `(*${n}) is not quoted`);
  });
});

// ---------------------------------------------------------------- shared examples

describe('JSON Schemas accept the shared examples', function () {
  const files = fs.existsSync(SHARED_EXAMPLES)
    ? fs.readdirSync(SHARED_EXAMPLES).filter((f) => /\.(skj|kamus)\.ya?ml$/.test(f)).sort()
    : [];

  it('finds the shared examples', function () {
    if (files.length === 0) this.skip();
    assert.ok(files.some((f) => /\.skj\.ya?ml$/.test(f)));
    assert.ok(files.some((f) => /\.kamus\.ya?ml$/.test(f)));
  });

  for (const f of files) {
    it(f, () => {
      const data = YAML.parse(fs.readFileSync(path.join(SHARED_EXAMPLES, f), 'utf8'));
      assertValid(/\.kamus\.ya?ml$/.test(f) ? 'kamus.schema.json' : 'skj.schema.json', data, f);
    });
  }
});

// ---------------------------------------------------------------- skj.schema.json

describe('skj.schema.json', () => {
  const S = 'skj.schema.json';

  it('accepts a minimal complete standard', () => {
    assertValid(S, validStandard(), 'the minimal standard');
  });

  it('accepts the optional parts left out (kode, teknis, every persyaratan sub-key)', () => {
    const doc = validStandard();
    delete doc.jabatan.kode;
    delete doc.kompetensi.teknis;
    doc.persyaratan = {};
    assertValid(S, doc, 'a draft without kode, teknis and persyaratan details');
  });

  it('requires the three top-level keys', () => {
    for (const key of ['jabatan', 'kompetensi', 'persyaratan']) {
      const doc = validStandard();
      delete doc[key];
      assertRejected(S, doc, '', 'required', { missingProperty: key });
    }
  });

  it('rejects a missing jabatan.nama', () => {
    const doc = validStandard();
    delete doc.jabatan.nama;
    assertRejected(S, doc, '/jabatan', 'required', { missingProperty: 'nama' });
  });

  it('rejects an unknown key jabatan.namaa', () => {
    const doc = validStandard();
    doc.jabatan.namaa = doc.jabatan.nama;
    assertRejected(S, doc, '/jabatan', 'additionalProperties', { additionalProperty: 'namaa' });
  });

  it('rejects kelompok "fungsionil" and an unknown jenjang', () => {
    const doc = validStandard();
    doc.jabatan.kelompok = 'fungsionil';
    doc.jabatan.jenjang = 'ahli-tengah';
    assertRejected(S, doc, '/jabatan/kelompok', 'enum');
    assertRejected(S, doc, '/jabatan/jenjang', 'enum');
  });

  it('accepts all 14 jenjang values', () => {
    const values = [
      'jpt-utama', 'jpt-madya', 'jpt-pratama', 'administrator', 'pengawas', 'pelaksana', 'ahli-utama',
      'ahli-madya', 'ahli-muda', 'ahli-pertama', 'penyelia', 'mahir', 'terampil', 'pemula',
    ];
    const schema = loadSchema(S) as any;
    assert.deepEqual(schema.properties.jabatan.properties.jenjang.enum, values);
  });

  it('rejects level 7, level 0, level 2.5 and level "dua"', () => {
    const doc = validStandard();
    doc.kompetensi.manajerial[0].level = 7;
    doc.kompetensi.manajerial[1].level = 'dua';
    doc.kompetensi.manajerial[2].level = 0;
    doc.kompetensi.sosial_kultural[0].level = 2.5;
    doc.kompetensi.teknis[0].level = 6;
    assertRejected(S, doc, '/kompetensi/manajerial/0/level', 'maximum');
    assertRejected(S, doc, '/kompetensi/manajerial/1/level', 'type');
    assertRejected(S, doc, '/kompetensi/manajerial/2/level', 'minimum');
    assertRejected(S, doc, '/kompetensi/sosial_kultural/0/level', 'type');
    assertRejected(S, doc, '/kompetensi/teknis/0/level', 'maximum');
  });

  it('allows nama only on technical competencies', () => {
    const doc = validStandard();
    doc.kompetensi.manajerial[0].nama = 'Integritas';
    assertRejected(S, doc, '/kompetensi/manajerial/0', 'additionalProperties', { additionalProperty: 'nama' });
  });

  it('requires kode and level on a competency item and keeps kode a plain non-empty string', () => {
    const doc = validStandard();
    doc.kompetensi.manajerial[0] = { level: 2 };
    doc.kompetensi.manajerial[1] = { kode: 'M.02' };
    doc.kompetensi.teknis[0].kode = '';
    assertRejected(S, doc, '/kompetensi/manajerial/0', 'required', { missingProperty: 'kode' });
    assertRejected(S, doc, '/kompetensi/manajerial/1', 'required', { missingProperty: 'level' });
    assertRejected(S, doc, '/kompetensi/teknis/0/kode', 'minLength');
    const unknownCode = validStandard();
    unknownCode.kompetensi.manajerial[0].kode = 'M.99'; // left to the unknown-competency rule
    assertValid(S, unknownCode, 'an unknown but well-formed competency code');
  });

  it('accepts indicator items written as a string or as a YAML number, not as a mapping', () => {
    const doc = YAML.parse(
      'kode: M.01\nlevel: 2\nindikator:\n  - 2.1\n  - "2.2"\n  - Memberikan informasi yang dapat dipercaya.\n',
    );
    const std = validStandard();
    std.kompetensi.manajerial[0] = doc;
    assertValid(S, std, 'indikator with a number item');
    std.kompetensi.manajerial[0].indikator.push({ '2.3': 'x' });
    assertRejected(S, std, '/kompetensi/manajerial/0/indikator/3', 'type');
  });

  it('rejects a jabatan.kode that is not 12 digits, or written as a number', () => {
    const doc = validStandard();
    doc.jabatan.kode = '30901000001';
    assertRejected(S, doc, '/jabatan/kode', 'pattern');
    doc.jabatan.kode = 309010000012;
    assertRejected(S, doc, '/jabatan/kode', 'type');
  });

  it('rejects pendidikan jenjang "S1" and accepts the canonical spellings', () => {
    const doc = validStandard();
    doc.persyaratan.pendidikan[0].jenjang = 'S1';
    assertRejected(S, doc, '/persyaratan/pendidikan/0/jenjang', 'enum');
    for (const jenjang of ['SD', 'SLTP', 'SLTA', 'D-I', 'D-II', 'D-III', 'D-IV', 'S-1', 'S-2', 'S-3']) {
      doc.persyaratan.pendidikan[0].jenjang = jenjang;
      assertValid(S, doc, `jenjang ${jenjang}`);
    }
  });

  it('accepts bidang_ilmu as a list or a single string', () => {
    const doc = validStandard();
    doc.persyaratan.pendidikan[0].bidang_ilmu = 'Ilmu Hukum';
    assertValid(S, doc, 'bidang_ilmu as a string');
    doc.persyaratan.pendidikan[0].bidang_ilmu = 42;
    assertRejected(S, doc, '/persyaratan/pendidikan/0/bidang_ilmu', 'anyOf');
  });

  it('rejects tingkat "wajib" and pelatihan jenis outside manajerial | teknis | fungsional', () => {
    const doc = validStandard();
    doc.persyaratan.pelatihan[0].tingkat = 'wajib';
    doc.persyaratan.pendidikan[0].tingkat = 'wajib';
    doc.persyaratan.pengalaman_kerja[0].tingkat = 'wajib';
    doc.persyaratan.pelatihan.push({ jenis: 'kepemimpinan', uraian: 'Pelatihan Kepemimpinan' });
    assertRejected(S, doc, '/persyaratan/pelatihan/0/tingkat', 'enum');
    assertRejected(S, doc, '/persyaratan/pendidikan/0/tingkat', 'enum');
    assertRejected(S, doc, '/persyaratan/pengalaman_kerja/0/tingkat', 'enum');
    assertRejected(S, doc, '/persyaratan/pelatihan/1/jenis', 'enum');
  });

  it('accepts pangkat as "Name (golongan)" or golongan alone, and rejects other shapes', () => {
    const doc = validStandard();
    for (const pangkat of ['Penata (III/c)', 'III/c', 'Penata Tk. I (III/d)', 'Pembina Utama (IV/e)', 'Juru Muda (I/a)']) {
      doc.persyaratan.pangkat = pangkat;
      assertValid(S, doc, `pangkat ${pangkat}`);
    }
    for (const pangkat of ['Penata (III/f)', 'V/a', 'III/e', 'Penata III/c', 'Penata', '']) {
      doc.persyaratan.pangkat = pangkat;
      assertRejected(S, doc, '/persyaratan/pangkat', 'pattern');
    }
  });
});

// ---------------------------------------------------------------- kamus.schema.json

describe('kamus.schema.json', () => {
  const K = 'kamus.schema.json';

  it('accepts a minimal kamus, parsed from YAML with numeric level keys', () => {
    assertValid(K, validKamus(), 'the minimal kamus');
    const parsed = YAML.parse(
      'kamus:\n  instansi: X\n  kompetensi:\n    - kode: A\n      nama: B\n      definisi: C\n      level:\n' +
        '        1:\n          deskripsi: D\n          indikator: [E]\n',
    );
    assertValid(K, parsed, 'a YAML kamus with level key 1');
  });

  it('does not require all five levels (kamus-incomplete reports that)', () => {
    const doc = validKamus();
    delete doc.kamus.kompetensi[0].level[4];
    delete doc.kamus.kompetensi[0].level[5];
    assertValid(K, doc, 'a kamus competency with levels 1–3');
  });

  it('rejects a kamus without kompetensi, or with an empty list', () => {
    const doc = validKamus();
    delete doc.kamus.kompetensi;
    assertRejected(K, doc, '/kamus', 'required', { missingProperty: 'kompetensi' });
    doc.kamus.kompetensi = [];
    assertRejected(K, doc, '/kamus/kompetensi', 'minItems');
  });

  it('rejects a missing instansi and an unknown key', () => {
    const doc = validKamus();
    delete doc.kamus.instansi;
    doc.kamus.instansii = 'X';
    assertRejected(K, doc, '/kamus', 'required', { missingProperty: 'instansi' });
    assertRejected(K, doc, '/kamus', 'additionalProperties', { additionalProperty: 'instansii' });
  });

  it('requires kode, nama, definisi and level on a competency', () => {
    for (const key of ['kode', 'nama', 'definisi', 'level']) {
      const doc = validKamus();
      delete doc.kamus.kompetensi[0][key];
      assertRejected(K, doc, '/kamus/kompetensi/0', 'required', { missingProperty: key });
    }
  });

  it('rejects level key 6', () => {
    const doc = validKamus();
    doc.kamus.kompetensi[0].level[6] = { deskripsi: 'x', indikator: ['y'] };
    assertRejected(K, doc, '/kamus/kompetensi/0/level', 'propertyNames', { propertyName: '6' });
    assertRejected(K, doc, '/kamus/kompetensi/0/level', 'additionalProperties', { additionalProperty: '6' });
  });

  it('rejects a level with an empty indicator list or an unknown key', () => {
    const doc = validKamus();
    doc.kamus.kompetensi[0].level[2].indikator = [];
    doc.kamus.kompetensi[0].level[3].deskrpsi = 'typo';
    assertRejected(K, doc, '/kamus/kompetensi/0/level/2/indikator', 'minItems');
    assertRejected(K, doc, '/kamus/kompetensi/0/level/3', 'additionalProperties', { additionalProperty: 'deskrpsi' });
  });
});

// ---------------------------------------------------------------- skj-config.schema.json

describe('skj-config.schema.json', () => {
  const C = 'skj-config.schema.json';

  it('accepts the documented sample and an empty configuration', () => {
    assertValid(C, YAML.parse(CONFIG_SAMPLE), 'the sample skj.config.yaml');
    assertValid(C, {}, 'an empty configuration');
  });

  it('knows every rule id of format.md §3', () => {
    const ids = [
      'yaml-syntax', 'schema', 'unknown-competency', 'duplicate-competency', 'missing-competency', 'wrong-section',
      'level-range', 'level-tier', 'description-mismatch', 'indicator-level-mismatch', 'indicator-unknown',
      'kelompok-jenjang', 'job-code-format', 'job-code-mismatch', 'pangkat', 'education-level', 'technical-unknown',
      'technical-mismatch', 'kamus-incomplete', 'kamus-duplicate-code',
    ];
    const rules = Object.fromEntries(ids.map((id) => [id, 'off']));
    assertValid(C, { rules }, 'every rule turned off');
    const schema = loadSchema(C) as any;
    // The schema lists exactly the engine's rule ids: format.md's set plus the engine's own extras.
    assert.deepEqual([...schema.properties.rules.propertyNames.enum].sort(), [...RULE_IDS].sort());
    for (const id of ids) assert.ok(RULE_IDS.includes(id), id);
  });

  it('rejects rule "no-such-rule"', () => {
    assertRejected(C, { rules: { 'no-such-rule': 'off' } }, '/rules', 'propertyNames', { propertyName: 'no-such-rule' });
  });

  it('rejects severity "fatal" and accepts the five severities', () => {
    assertRejected(C, { rules: { 'level-tier': 'fatal' } }, '/rules/level-tier', 'enum');
    for (const severity of ['error', 'warning', 'information', 'hint', 'off']) {
      assertValid(C, { rules: { 'level-tier': severity } }, `severity ${severity}`);
    }
  });

  it('rejects a bad locale, tierLevels outside 1..5 or for an unknown jenjang, and unknown keys', () => {
    assertRejected(C, { locale: 'fr' }, '/locale', 'enum');
    assertRejected(C, { tierLevels: { 'ahli-muda': 6 } }, '/tierLevels/ahli-muda', 'maximum');
    assertRejected(C, { tierLevels: { 'ahli-muda': 2.5 } }, '/tierLevels/ahli-muda', 'type');
    assertRejected(C, { tierLevels: { 'ahli-tengah': 2 } }, '/tierLevels', 'additionalProperties', {
      additionalProperty: 'ahli-tengah',
    });
    assertRejected(C, { kamus: 'kamus/*.kamus.yaml' }, '/kamus', 'type');
    assertRejected(C, { maxFileSize: -1 }, '/maxFileSize', 'minimum');
    assertRejected(C, { inlayHints: 'yes' }, '/inlayHints', 'type');
    assertRejected(C, { locales: 'id' }, '', 'additionalProperties', { additionalProperty: 'locales' });
  });
});
