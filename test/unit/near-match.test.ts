/**
 * Near matching (indicator-wording / description-wording) against the dictionary itself, a public
 * copy of it (the ANJAB app's database, test/foreign/anjab-kamus.json) and sentences of other public
 * texts (test/foreign/seed-sentences.json).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { builtinAlias } from '../../server/src/core/dictionary/aliases';
import { builtinDictionary } from '../../server/src/core/dictionary/builtin';
import { editDistance as bandedDistance, indicatorByText, levelOfDescription, nearDescription, nearIndicator, nearLimit, nearSplit } from '../../server/src/core/dictionary/match';
import type { Competency } from '../../server/src/core/dictionary/model';
import { editDistance, looseKey } from '../../server/src/core/dictionary/normalize';
import { wordingChanges } from '../../server/src/core/dictionary/wording-diff';
import { repoRoot } from '../support/paths';

const all: Competency[] = [...builtinDictionary().all()];
const indicators = all.flatMap((c) => [...c.levels.values()].flatMap((lv) => lv.indikator.map((i) => ({ c, level: lv.level, nomor: i.nomor, teks: i.teks }))));
const descriptions = all.flatMap((c) => [...c.levels.values()].map((lv) => ({ c, level: lv.level, teks: lv.deskripsi })));
const foreign = (f: string) => JSON.parse(fs.readFileSync(path.join(repoRoot(), 'test', 'foreign', f), 'utf8'));

describe('near matching over the whole dictionary', () => {
  it('no official indicator is near another official indicator (their near zones do not even touch)', () => {
    const close: string[] = [];
    for (let i = 0; i < indicators.length; i++)
      for (let j = i + 1; j < indicators.length; j++) {
        const a = looseKey(indicators[i].teks);
        const b = looseKey(indicators[j].teks);
        const room = nearLimit(a.length) + nearLimit(b.length);
        if (editDistance(a, b, room) <= room) close.push(`${indicators[i].c.kode} ${indicators[i].nomor} ~ ${indicators[j].c.kode} ${indicators[j].nomor}`);
      }
    assert.deepEqual(close, []);
  });

  it('no official description is near another official description', () => {
    const close: string[] = [];
    for (let i = 0; i < descriptions.length; i++)
      for (let j = i + 1; j < descriptions.length; j++) {
        const a = looseKey(descriptions[i].teks);
        const b = looseKey(descriptions[j].teks);
        const room = nearLimit(a.length) + nearLimit(b.length);
        if (editDistance(a, b, room) <= room) close.push(`${descriptions[i].c.kode} L${descriptions[i].level} ~ ${descriptions[j].c.kode} L${descriptions[j].level}`);
      }
    assert.deepEqual(close, []);
  });

  it('every official text is its own nearest text', () => {
    for (const x of indicators) assert.equal(nearIndicator(x.c, x.teks, x.level)?.indicator.nomor, x.nomor, `${x.c.kode} ${x.nomor}`);
    for (const x of descriptions) assert.equal(nearDescription(x.c, x.teks, x.level)?.level, x.level, `${x.c.kode} L${x.level}`);
  });
});

describe('near matching against a public copy of the dictionary (ANJAB, singgihadis/anjab)', () => {
  const levels: { kode: string; level: number; deskripsi: string; indikator: string[] }[] = foreign('anjab-kamus.json').levels;

  it('holds all 45 levels of M.01–M.08 and SK.01', () => assert.equal(levels.length, 45));

  it('every description is the official one of its level, exactly or near', () => {
    for (const lv of levels) {
      const c = builtinDictionary().get(builtinAlias(lv.kode)!.kode)!;
      const level = levelOfDescription(c, lv.deskripsi) ?? nearDescription(c, lv.deskripsi, lv.level)?.level;
      assert.equal(level, lv.level, `${c.kode} L${lv.level}: ${lv.deskripsi}`);
    }
  });

  it('every indicator is the official one at its position, exactly or near; M.01 2.1 is split in two', () => {
    let exact = 0;
    let near = 0;
    let split = 0;
    for (const lv of levels) {
      const c = builtinDictionary().get(builtinAlias(lv.kode)!.kode)!;
      const official = c.levels.get(lv.level)!.indikator;
      let k = 0;
      for (let i = 0; i < lv.indikator.length; i++, k++) {
        const t = lv.indikator[i];
        const hit = indicatorByText(c, t);
        if (hit) {
          assert.equal(hit.indicator.nomor, official[k].nomor, `${c.kode}: ${t}`);
          exact++;
          continue;
        }
        const n = nearIndicator(c, t, lv.level);
        if (n) {
          assert.equal(n.indicator.nomor, official[k].nomor, `${c.kode}: ${t}`);
          near++;
          continue;
        }
        assert.equal(nearSplit(c, t, lv.indikator[i + 1] ?? '', lv.level)?.nomor, official[k].nomor, `${c.kode} ${lv.level}: "${t}" is neither exact, near nor split`);
        split++;
        i++;
      }
      assert.equal(k, official.length, `${c.kode} L${lv.level}`);
    }
    assert.deepEqual({ exact, near, split }, { exact: 127, near: 7, split: 1 });
  });
});

/** One small edit of a text: a letter, a space or a punctuation mark added, removed or changed. */
const editArb = fc.record({
  kind: fc.constantFrom('insert-letter', 'delete-letter', 'change-letter', 'insert-space', 'delete-space', 'insert-punct', 'delete-punct'),
  at: fc.nat(),
  letter: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'),
  punct: fc.constantFrom(...'.,;:/-()'),
});

function applyEdit(text: string, e: { kind: string; at: number; letter: string; punct: string }): string {
  const positions = (re: RegExp) => [...text.matchAll(re)].map((m) => m.index!);
  const pick = (xs: number[]) => (xs.length ? xs[e.at % xs.length] : undefined);
  const letter = pick(positions(/\p{L}/gu));
  switch (e.kind) {
    case 'insert-letter':
      return letter === undefined ? text : text.slice(0, letter) + e.letter + text.slice(letter);
    case 'delete-letter':
      return letter === undefined ? text : text.slice(0, letter) + text.slice(letter + 1);
    case 'change-letter':
      return letter === undefined ? text : text.slice(0, letter) + e.letter + text.slice(letter + 1);
    case 'insert-space':
      return letter === undefined ? text : text.slice(0, letter) + ' ' + text.slice(letter);
    case 'delete-space': {
      const p = pick(positions(/ /g));
      return p === undefined ? text : text.slice(0, p) + text.slice(p + 1);
    }
    case 'insert-punct':
      return letter === undefined ? text : text.slice(0, letter) + e.punct + text.slice(letter);
    default: {
      const p = pick(positions(/[.,;:/()-]/g));
      return p === undefined ? text : text.slice(0, p) + text.slice(p + 1);
    }
  }
}

describe('near matching, property-based', () => {
  it('a small edit of an official indicator is recognised as that indicator', () => {
    fc.assert(
      fc.property(fc.nat({ max: indicators.length - 1 }), editArb, (i, e) => {
        const x = indicators[i];
        const edited = applyEdit(x.teks, e);
        const found = indicatorByText(x.c, edited)?.indicator ?? nearIndicator(x.c, edited, x.level)?.indicator;
        assert.equal(found?.nomor, x.nomor, `${x.c.kode} ${x.nomor} edited: ${edited}`);
      }),
      { numRuns: 400, seed: 12 },
    );
  });

  it('a small edit of an official description is recognised as that level', () => {
    fc.assert(
      fc.property(fc.nat({ max: descriptions.length - 1 }), editArb, (i, e) => {
        const x = descriptions[i];
        const edited = applyEdit(x.teks, e);
        assert.equal(levelOfDescription(x.c, edited) ?? nearDescription(x.c, edited, x.level)?.level, x.level, `${x.c.kode} L${x.level} edited: ${edited}`);
      }),
      { numRuns: 300, seed: 12 },
    );
  });

  it('other sentences (public texts about competency, not the dictionary) are near no official text', () => {
    const sentences: string[] = foreign('seed-sentences.json').sentences;
    fc.assert(
      fc.property(fc.constantFrom(...sentences), fc.constantFrom(...all), (s, c) => {
        assert.equal(nearIndicator(c, s), undefined, `${c.kode}: ${s}`);
        assert.equal(nearDescription(c, s), undefined, `${c.kode}: ${s}`);
      }),
      { numRuns: 600, seed: 12 },
    );
  });
});

describe('the banded edit distance', () => {
  it('equals Levenshtein whenever it is within the bound, and says "more" otherwise', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[abc ]{0,14}$/), fc.stringMatching(/^[abc ]{0,14}$/), fc.nat({ max: 6 }), (a, b, max) => {
        const full = editDistance(a, b);
        assert.equal(bandedDistance(a, b, max), full > max ? max + 1 : full);
      }),
      { numRuns: 3000, seed: 12 },
    );
  });
});

describe('wording changes as a message shows them', () => {
  it('shows changed, added and left-out words with a neighbour', () => {
    assert.deepEqual(wordingChanges('kemarahan dan frustasi dalam', 'kemarahan dan frustrasi dalam'), [{ written: 'frustasi', official: 'frustrasi' }]);
    assert.deepEqual(wordingChanges('memastikan kebijakan kebijakan pelayanan', 'memastikan kebijakan pelayanan'), [{ written: 'kebijakan kebijakan', official: 'kebijakan' }]);
    assert.deepEqual(wordingChanges('kode etik/ nilai-nilai', 'kode etik/nilai-nilai'), []);
  });
});
