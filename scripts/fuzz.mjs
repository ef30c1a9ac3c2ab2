#!/usr/bin/env node
/**
 * Fuzzer for the built CLI (issue 7, SPEC §6): mutates the real fixtures (every folder under
 * fixtures/) and runs
 * `summary FILE --format json` and `validate FILE` on each input. A run fails on
 *   crash     an exit code outside 0/1/2 (or death by a signal)
 *   trace     a stack trace or "internal error" on stderr
 *   json      `summary --format json` that exits 0/1 but does not print valid JSON
 *   timeout   a run over --timeout ms (default 10 000) of wall time, or of CPU time with
 *             --clock cpu (for a loaded machine; a run waiting past --wall-limit ms, default 60 000, of
 *             wall time still fails)
 *   memory    a peak RSS over --max-rss-mb (default 1024)
 * Deterministic: input i of seed S depends only on (S, i), so `--seed S --only i` regenerates it.
 * Each failing input is saved under fuzz/failures/ with its reproduction command.
 * `validate` runs the pipeline `summary` runs; after summary refused a whole file (exit 2, before
 * rendering) it runs on every 8th such input only (--both always: on all). --until TIME (or
 * SIGTERM) ends a run early: no new input is taken, the ones begun finish and are reported.
 *
 *   npm run fuzz -- --iterations 1000 --seed 7 [--jobs 2] [--cli bin/reform-report.js] [--mutator NAME] [--fixtures tay-ninh-2024,messy] [--clock wall|cpu] [--progress FILE] [--both differ|always] [--until ISO-TIME] [--wall-limit MS] [--json]
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prng } from './seeded-random.mjs';
import { centralEntries, deflatedPart, rezip, unzip, zipFiles } from './zip-tools.mjs';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));

// ---------------------------------------------------------------- options

function parseArgs(argv) {
  const opts = { iterations: 100, seed: 1, jobs: 1, cli: path.join(repoRoot, 'bin/reform-report.js'), timeout: 10_000, maxRssMb: 1024, out: path.join(repoRoot, 'fuzz/failures'), json: false, only: null, mutator: null, progress: null, clock: 'wall', wallLimit: 60_000, fixtures: null, both: 'differ', until: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--iterations' || a === '-n') opts.iterations = Number(next());
    else if (a === '--seed') opts.seed = Number(next());
    else if (a === '--jobs') opts.jobs = Number(next());
    else if (a === '--cli') opts.cli = path.resolve(next());
    else if (a === '--timeout') opts.timeout = Number(next());
    else if (a === '--max-rss-mb') opts.maxRssMb = Number(next());
    else if (a === '--out') opts.out = path.resolve(next());
    else if (a === '--only') opts.only = Number(next());
    else if (a === '--mutator') opts.mutator = next();
    else if (a === '--progress') opts.progress = path.resolve(next());
    else if (a === '--clock') opts.clock = next();
    else if (a === '--fixtures') opts.fixtures = next().split(',');
    else if (a === '--both') opts.both = next();
    else if (a === '--until') opts.until = Date.parse(next());
    else if (a === '--wall-limit') opts.wallLimit = Number(next());
    else if (a === '--json') opts.json = true;
    else throw new Error(`unknown option ${a}`);
  }
  if (opts.clock !== 'wall' && opts.clock !== 'cpu') throw new Error('--clock is wall or cpu');
  if (opts.until !== null && !Number.isFinite(opts.until)) throw new Error('--until is a date and time, e.g. 2026-12-03T09:05:00Z');
  if (opts.both !== 'differ' && opts.both !== 'always') throw new Error('--both is differ or always');
  for (const k of ['iterations', 'seed', 'jobs', 'timeout', 'maxRssMb', 'wallLimit']) if (!Number.isInteger(opts[k]) || opts[k] < 0) throw new Error(`--${k} must be a whole number`);
  return opts;
}

// ---------------------------------------------------------------- seeded randomness

function rng(seed) {
  const next = prng(seed);
  const int = (n) => Math.floor(next() * n);
  return { next, int, pick: (list) => list[int(list.length)], chance: (p) => next() < p, range: (lo, hi) => lo + int(hi - lo + 1) };
}

const iterationSeed = (seed, i) => (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(i + 1, 0xc2b2ae35)) >>> 0;

// ---------------------------------------------------------------- corpus

/** Every data file under fixtures/ (or under the folders given with --fixtures). */
function corpus(only) {
  const root = path.join(repoRoot, 'fixtures');
  const dirs = (only ?? readdirSync(root).filter((d) => statSync(path.join(root, d)).isDirectory())).map((d) => path.join(root, d)).filter(existsSync);
  const files = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(xlsx|xlsm|csv|tsv|txt|xls|ods)$/i.test(e.name) && !/EXPECTED|README/i.test(e.name)) files.push(p);
    }
  };
  dirs.forEach(walk);
  files.sort();
  if (files.length === 0) throw new Error('no fixtures found under fixtures/');
  const all = files.map((f) => ({ name: path.relative(repoRoot, f), bytes: readFileSync(f) }));
  const isZip = (b) => b[0] === 0x50 && b[1] === 0x4b;
  const zips = all.filter((f) => isZip(f.bytes));
  // Workbooks that unzip whole: the ones whose parts are edited and zipped again.
  const xlsx = zips.filter((f) => unzip(f.bytes).has('xl/workbook.xml') && [...unzip(f.bytes).keys()].some((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n)));
  return { all, zips, xlsx, texts: all.filter((f) => !isZip(f.bytes) && !/\.(xls|ods)$/i.test(f.name)) };
}

// ---------------------------------------------------------------- zip helpers

const sheetNames = (zip) => zip.names().filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n));

async function replaceSheetData(bytes, r, rowsXml, tailXml = '') {
  return rezip(bytes, async (zip) => {
    const name = r.pick(sheetNames(zip));
    let xml = zip.text(name);
    xml = xml.replace(/<sheetData\/>|<sheetData>[\s\S]*<\/sheetData>/, (m) => (rowsXml === null ? m : `<sheetData>${rowsXml}</sheetData>`));
    if (tailXml) xml = xml.replace(/<mergeCells[\s\S]*?<\/mergeCells>/, '').replace('</sheetData>', `</sheetData>${tailXml}`);
    zip.set(name, xml);
  });
}

const headerRow = '<row r="1"><c r="A1" t="inlineStr"><is><t>STT</t></is></c><c r="B1" t="inlineStr"><is><t>Nhiệm vụ</t></is></c><c r="C1" t="inlineStr"><is><t>Đơn vị chủ trì</t></is></c><c r="D1" t="inlineStr"><is><t>Tình trạng</t></is></c></row>';

// ---------------------------------------------------------------- mutators

const hostileTexts = ['__proto__', 'constructor', 'prototype', '=HYPERLINK("http://x","y")', '+1+1', '@SUM(A1)', '<script>alert(1)</script>', '| a | b |', '`code`', '\u0000', '\u202e', 'Ŧ'.repeat(50), '𝔘𝔫𝔦', 'ﾃｽﾄ', '\ud800', '1e309', '-0', 'NaN', '99999999999999999999', '31/02/2024', 'Quý V/2024', '≥ ≥ 80%%', '∞'];

/** Each returns { ext, bytes } from a random generator; `r` is the input's own generator. */
const mutators = {
  truncate: async (r, c) => {
    const f = r.pick(c.all);
    return { ext: ext(f), bytes: f.bytes.subarray(0, r.int(f.bytes.length)) };
  },
  bitflips: async (r, c) => {
    const f = r.pick(c.all);
    const b = Buffer.from(f.bytes);
    for (let k = r.range(1, 16); k > 0; k--) b[r.int(b.length)] ^= 1 << r.int(8);
    return { ext: ext(f), bytes: b };
  },
  zipEntryFlips: async (r, c) => {
    const f = r.pick(c.zips);
    const b = Buffer.from(f.bytes);
    const entries = centralEntries(b).filter((e) => e.dataStart >= 0 && e.compressedSize > 0);
    const e = r.pick(entries);
    for (let k = r.range(1, 8); k > 0; k--) b[e.dataStart + r.int(e.compressedSize)] ^= 1 << r.int(8);
    return { ext: 'xlsx', bytes: b };
  },
  zipHeaderFlips: async (r, c) => {
    const f = r.pick(c.zips);
    const b = Buffer.from(f.bytes);
    const e = r.pick(centralEntries(b));
    const at = r.chance(0.5) ? e.at + r.int(46) : e.local + r.int(30);
    b[at] ^= 1 << r.int(8);
    return { ext: 'xlsx', bytes: b };
  },
  xmlEdits: async (r, c) => {
    const f = r.pick(c.xlsx);
    const bytes = await rezip(f.bytes, async (zip) => {
      const names = zip.names().filter((n) => n.endsWith('.xml') || n.endsWith('.rels'));
      for (let k = r.range(1, 3); k > 0; k--) {
        const name = r.pick(names);
        zip.set(name, mutateText(r, zip.text(name)));
      }
    });
    return { ext: 'xlsx', bytes };
  },
  xmlValues: async (r, c) => {
    const f = r.pick(c.xlsx);
    const bytes = await rezip(f.bytes, async (zip) => {
      const name = r.pick(['xl/sharedStrings.xml', ...sheetNames(zip)].filter((n) => zip.text(n) !== undefined));
      let xml = zip.text(name);
      xml = xml.replace(/(<t[^>]*>)([^<]*)(<\/t>)|(<v>)([^<]*)(<\/v>)|( [rsnt]=")([^"]*)(")/g, (m, ...g) => {
        if (!r.chance(0.15)) return m;
        const [open, , close] = g[0] !== undefined ? g.slice(0, 3) : g[3] !== undefined ? g.slice(3, 6) : g.slice(6, 9);
        return `${open}${escapeXml(r.pick([...hostileTexts, String(r.int(1e9)), '-1', '1048577', 'XFD1048576', 'ZZZZ1', '', 'e', String(2 ** 53 + 1)]))}${close}`;
      });
      zip.set(name, xml);
    });
    return { ext: 'xlsx', bytes };
  },
  lyingSizes: async (r, c) => {
    const f = r.pick(c.zips);
    const b = Buffer.from(f.bytes);
    const e = r.pick(centralEntries(b));
    b.writeUInt32LE(r.pick([0, 1, 100, 0x7fffffff, 0xffffffff, r.int(2 ** 32)]), e.at + r.pick([20, 24]));
    return { ext: 'xlsx', bytes: b };
  },
  zipBomb: async (r, c) => {
    const f = r.pick(c.xlsx);
    const bytes = await rezip(f.bytes, async (zip) => {
      const target = r.pick([...sheetNames(zip), 'xl/sharedStrings.xml', 'xl/styles.xml', 'xl/workbook.xml', 'docProps/core.xml']);
      zip.set(target, bombPart());
    });
    return { ext: 'xlsx', bytes };
  },
  hugeCell: async (r, c) => {
    const size = r.pick([40_000, 1_000_000, 5_000_000]);
    const text = r.pick(['a', 'Nhiệm vụ ', '1 ', '1.', '=', '"', ' ', 'ệ']).repeat(Math.ceil(size / 2)).slice(0, size);
    if (r.chance(0.5)) return { ext: 'csv', bytes: Buffer.from(`STT,Nhiệm vụ,Đơn vị chủ trì,Tình trạng\n1,"${text.replace(/"/g, '""')}",Sở Nội vụ,${r.chance(0.5) ? text.slice(0, 40_000) : 'Hoàn thành'}\n`) };
    const f = r.pick(c.xlsx);
    return { ext: 'xlsx', bytes: await replaceSheetData(f.bytes, r, `${headerRow}<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t>${escapeXml(text)}</t></is></c><c r="D2" t="inlineStr"><is><t>Hoàn thành</t></is></c></row>`) };
  },
  wide: async (r, c) => {
    const n = r.pick([16_384, 16_385, 100_000]);
    if (r.chance(0.5)) {
      const head = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Tình trạng', ...Array.from({ length: n - 4 }, (_, i) => `c${i}`)];
      return { ext: 'csv', bytes: Buffer.from(`${head.join(',')}\n${head.map((_, i) => (i === 3 ? 'Hoàn thành' : i)).join(',')}\n`) };
    }
    const cells = Array.from({ length: Math.min(n, 20_000) }, (_, i) => `<c r="${colLetters(i + 1 + (n > 16_384 ? r.int(1e6) : 0))}2"><v>${i}</v></c>`).join('');
    return { ext: 'xlsx', bytes: await replaceSheetData(r.pick(c.xlsx).bytes, r, `${headerRow}<row r="2">${cells}</row>`) };
  },
  tall: async (r, c) => {
    const n = r.pick([150_000, 1_000_000]);
    if (r.chance(0.5)) return { ext: 'csv', bytes: Buffer.from(`STT,Nhiệm vụ,Đơn vị chủ trì,Tình trạng\n1,A,Sở Nội vụ,Hoàn thành\n${r.pick(['\n', ',,,\n', '\r\n']).repeat(n)}`) };
    const rows = [];
    for (let i = 2; i <= n + 1; i++) rows.push(`<row r="${i}"/>`);
    return { ext: 'xlsx', bytes: await replaceSheetData(r.pick(c.xlsx).bytes, r, headerRow + rows.join('')) };
  },
  expansions: async (r, c) => {
    const f = r.pick(c.xlsx);
    const kind = r.pick(['merges', 'bigMerge', 'validation', 'cols', 'definedName']);
    if (kind === 'definedName') {
      return {
        ext: 'xlsx',
        bytes: await rezip(f.bytes, async (zip) => {
          const xml = zip.text('xl/workbook.xml');
          const sheet = /<sheet [^>]*name="([^"]*)"/.exec(xml)?.[1] ?? 'Sheet1';
          zip.set('xl/workbook.xml', xml.replace(/<definedNames>[\s\S]*?<\/definedNames>/, '').replace('</sheets>', `</sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">'${sheet}'!$A$1:$XFD$1048576</definedName></definedNames>`));
        }),
      };
    }
    const tail = {
      merges: () => `<mergeCells count="20000">${Array.from({ length: 20_000 }, (_, i) => `<mergeCell ref="F${i + 2}:G${i + 2}"/>`).join('')}</mergeCells>`,
      bigMerge: () => `<mergeCells count="1"><mergeCell ref="${r.pick(['A2:XFD1048576', 'E2:E1048576', 'A5:XFD5'])}"/></mergeCells>`,
      validation: () => `<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A2:XFD1048576"><formula1>"Hoàn thành,Đang thực hiện"</formula1></dataValidation></dataValidations>`,
      cols: () => '',
    }[kind]();
    return {
      ext: 'xlsx',
      bytes: await rezip(f.bytes, async (zip) => {
        const name = r.pick(sheetNames(zip));
        let xml = (zip.text(name)).replace(/<mergeCells[\s\S]*?<\/mergeCells>/, '').replace(/<dataValidations[\s\S]*?<\/dataValidations>/, '');
        if (kind === 'cols') xml = xml.replace(/<cols>[\s\S]*?<\/cols>|(?=<sheetData)/, `<cols><col min="1" max="${r.pick([16_384, 100_000_000])}" width="9"/></cols>`);
        else xml = xml.replace('</sheetData>', `</sheetData>${tail}`);
        zip.set(name, xml);
      }),
    };
  },
  sharedStrings: async (r, c) => {
    const f = r.pick(c.xlsx);
    const kind = r.pick(['many', 'nested', 'huge', 'badIndex']);
    return {
      ext: 'xlsx',
      bytes: await rezip(f.bytes, async (zip) => {
        const name = 'xl/sharedStrings.xml';
        const xml = zip.text(name) ?? '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"></sst>';
        const add = {
          many: () => Array.from({ length: 500_000 }, (_, i) => `<si><t>s${i}</t></si>`).join(''),
          nested: () => `<si>${'<r>'.repeat(50_000)}<t>x</t>${'</r>'.repeat(50_000)}</si><si>${'<t>'.repeat(20_000)}y${'</t>'.repeat(20_000)}</si>`,
          huge: () => `<si><t>${'Nội dung '.repeat(400_000)}</t></si>`,
          badIndex: () => '',
        }[kind]();
        zip.set(name, xml.replace(/<\/sst>/, `${add}</sst>`));
        if (kind === 'badIndex' || kind === 'huge') {
          const sheet = r.pick(sheetNames(zip));
          const sx = zip.text(sheet);
          zip.set(sheet, sx.replace(/(<c [^>]*t="s"[^>]*><v>)(\d+)(<\/v>)/g, (m, a, v, b) => (r.chance(0.3) ? `${a}${r.pick(['-1', '99999999', 'x', '1.5', kind === 'huge' ? String(Number(v)) : '0'])}${b}` : m)));
        }
      }),
    };
  },
  encodings: async (r, c) => {
    const f = r.pick(c.texts);
    let text;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(f.bytes);
    } catch {
      text = f.bytes.toString('latin1');
    }
    const kind = r.pick(['utf16le', 'utf16be', 'utf16le-bom', 'latin1-of-utf8', 'nul', 'invalid-utf8', 'nfd', 'cr-only', 'bom-only-prefix', 'mixed']);
    const pick = {
      utf16le: () => Buffer.from(text, 'utf16le'),
      utf16be: () => Buffer.from(text, 'utf16le').swap16(),
      'utf16le-bom': () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le').subarray(0, r.int(text.length * 2))]),
      'latin1-of-utf8': () => Buffer.from(Buffer.from(text, 'utf8').toString('latin1'), 'utf8'),
      nul: () => Buffer.from(text.split('').map((ch) => (r.chance(0.05) ? '\u0000' : ch)).join('')),
      'invalid-utf8': () => Buffer.concat([Buffer.from(text), Buffer.from([0xc3, 0x28, 0xe2, 0x82, 0xff, 0xfe, 0xfd])]),
      nfd: () => Buffer.from(text.normalize('NFD')),
      'cr-only': () => Buffer.from(text.replace(/\r?\n/g, '\r')),
      'bom-only-prefix': () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]), Buffer.from(text)]),
      mixed: () => Buffer.concat([Buffer.from(text.slice(0, text.length / 2)), Buffer.from(text.slice(text.length / 2), 'latin1')]),
    };
    return { ext: r.pick(['csv', 'tsv', 'txt']), bytes: pick[kind]() };
  },
  csvShapes: async (r, c) => {
    const f = r.pick(c.texts);
    let text = f.bytes.toString('utf8');
    for (let k = r.range(1, 6); k > 0; k--) text = mutateText(r, text, ['"', ',', ';', '\t', '\n', '\r', '""', 'sep=;\n', ...hostileTexts]);
    return { ext: 'csv', bytes: Buffer.from(text) };
  },
  hostileHeaders: async (r) => {
    const heads = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Tình trạng', '__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', '__defineGetter__'];
    const rows = [heads.join(','), ...Array.from({ length: r.range(1, 30) }, (_, i) => [i + 1, r.pick(hostileTexts).replace(/[",\n]/g, ' '), 'Sở Nội vụ', r.pick(['Hoàn thành', 'Đang thực hiện', '']), '{"polluted":1}', 'x', 'y', 'z', 'w', 'v'].join(','))];
    return { ext: 'csv', bytes: Buffer.from(rows.join('\n')) };
  },
  zipDirectory: async (r, c) => {
    // Directory disagreements (issue 13): the checks and the readers must see one zip.
    const f = r.pick(c.xlsx);
    const files = unzip(f.bytes);
    const names = [...files.keys()];
    const sheet = r.pick(names.filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n)));
    const kind = r.pick(['hiddenEntry', 'fewerEntries', 'duplicate', 'leadingSlash', 'unanchored', 'junkBetween', 'dotdot']);
    const big = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${'<row/>'.repeat(r.pick([10, 250_000]))}</sheetData></worksheet>`;
    if (kind === 'leadingSlash' || kind === 'dotdot') {
      const content = files.get(sheet);
      files.delete(sheet);
      files.set(kind === 'dotdot' ? `xl/media/../worksheets/${path.basename(sheet)}` : `/${sheet}`, content);
      return { ext: 'xlsx', bytes: zipFiles(files) };
    }
    if (kind === 'unanchored') {
      files.set(`extra/${sheet}`, Buffer.from(big));
      return { ext: 'xlsx', bytes: zipFiles(files) };
    }
    if (kind === 'duplicate') {
      // A name of the same length, renamed in the directory to the sheet's own.
      const twin = `${sheet.slice(0, -1)}Y`;
      files.set(twin, Buffer.from(big));
      const b = zipFiles(files);
      const e = centralEntries(b).find((x) => x.name === twin);
      b.write(sheet, e.at + 46, 'utf8');
      return { ext: 'xlsx', bytes: b };
    }
    if (kind === 'junkBetween') {
      const b = zipFiles(files);
      const eocd = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
      const cd = b.readUInt32LE(eocd + 16);
      const junk = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(r.range(0, 200), r.int(256))]);
      const out = Buffer.concat([b.subarray(0, cd), junk, b.subarray(cd)]);
      out.writeUInt32LE(cd + junk.length, eocd + junk.length + 16);
      return { ext: 'xlsx', bytes: out };
    }
    if (kind === 'hiddenEntry') files.set('xl/worksheets/sheet99.xml', Buffer.from(big));
    const b = zipFiles(files);
    const eocd = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const declared = kind === 'hiddenEntry' ? files.size - 1 : files.size + r.range(1, 5);
    b.writeUInt16LE(declared, eocd + 8);
    b.writeUInt16LE(declared, eocd + 10);
    return { ext: 'xlsx', bytes: b };
  },
  zip64Sizes: async (r, c) => {
    // Lying sizes the zip64 way: 0xFFFFFFFF in the header, any number in the extra field.
    const f = r.pick(c.xlsx);
    const files = unzip(f.bytes);
    const name = r.pick([...files.keys()]);
    const content = files.get(name);
    const part = deflatedPart(r.chance(0.5) ? content : Buffer.concat([content, Buffer.alloc(r.pick([1, 4096, 30 * 1024 * 1024]), 0x20)]));
    files.set(name, { ...part, zip64: true, size: r.pick([part.size, 0, 1, 12 * 1024 ** 3, 2 ** 40, content.length]) });
    return { ext: 'xlsx', bytes: zipFiles(files) };
  },
  longFields: async (r, c) => {
    // Streamed record exports with a stray quote or a field past the record cap.
    const f = r.pick(c.texts.filter((t) => /mot-cua|ho-so|phan-anh/.test(t.name)).concat(c.texts).slice(0, 4));
    const lines = f.bytes.toString('utf8').split('\n');
    const at = r.range(1, Math.max(1, lines.length - 1));
    const kind = r.pick(['strayQuote', 'hugeField', 'hugeQuoted', 'noLineBreak', 'noDelimiter']);
    const filler = 'Nội dung '.repeat(r.pick([1000, 600_000, 2_000_000]));
    // Lines with no delimiter after the header (a pasted note, a one-column tail): each field's search must not run to the chunk's end.
    if (kind === 'noDelimiter') {
      const eol = lines[0].endsWith('\r') ? '\r\n' : '\n';
      return { ext: 'csv', bytes: Buffer.from(`${lines.slice(0, at + 1).join('\n')}\n${`${r.pick(['Ghi chú', 'abcdefghij', '"x"y'])}${eol}`.repeat(r.pick([1000, 300_000, 2_000_000]))}`) };
    }
    if (kind === 'strayQuote') lines[at] = `"${lines[at]}`;
    else if (kind === 'hugeField') lines[at] = `${lines[at]},${filler}`;
    else if (kind === 'hugeQuoted') lines[at] = `"${filler.replace(/ /g, '\n')}",${lines[at]}`;
    else return { ext: 'csv', bytes: Buffer.from(lines.join(',')) };
    const body = lines.join('\n');
    return { ext: 'csv', bytes: Buffer.from(r.chance(0.3) ? body.repeat(r.range(2, 20)) : body) };
  },
  controlChars: async (r, c) => {
    const controls = ['\u0000', '\u0001', '\u001b[2J', '\u001b]0;x\u0007', '\u001f', '\r', '\u007f', '\u009b', '\ufffe', '\uffff', '\ud800', '\udc00'];
    if (r.chance(0.5)) {
      const f = r.pick(c.texts);
      let text = f.bytes.toString('utf8');
      for (let k = r.range(1, 20); k > 0; k--) {
        const at = r.int(text.length + 1);
        text = text.slice(0, at) + r.pick(controls) + text.slice(at);
      }
      return { ext: 'csv', bytes: Buffer.from(text) };
    }
    const f = r.pick(c.xlsx);
    return {
      ext: 'xlsx',
      bytes: await rezip(f.bytes, async (zip) => {
        const name = r.pick(['xl/sharedStrings.xml', ...sheetNames(zip)].filter((n) => zip.text(n) !== undefined));
        const xml = zip.text(name).replace(/(<t[^>]*>)([^<]*)(<\/t>)/g, (m, a, t, b) => (r.chance(0.2) ? `${a}${t}${r.pick(['_x0000_', '_x001B_[2J', '_x001F_', '_xFFFE_', '_xD800_', '_x000D_', '_x005F_x0041_', '&#x1B;', '&#xFFFE;'])}${b}` : m));
        zip.set(name, xml);
      }),
    };
  },
  specialFiles: async (r, c) => {
    // A folder as departments' shares hold them: shortcuts, loops, broken links, named pipes.
    const items = [];
    const f = r.pick(c.all);
    items.push({ name: `a/${path.basename(f.name)}`, bytes: f.bytes });
    for (let k = r.range(1, 4); k > 0; k--) {
      const kind = r.pick(['linkFile', 'linkDir', 'loop', 'broken', 'fifo', 'selfLoop']);
      const n = `x${k}`;
      items.push({
        linkFile: { name: `${n}.csv`, symlink: `a/${path.basename(f.name)}` },
        linkDir: { name: n, symlink: 'a' },
        loop: { name: `a/${n}`, symlink: '..' },
        broken: { name: `${n}.xlsx`, symlink: 'nowhere.xlsx' },
        fifo: { name: `${n}.csv`, fifo: true },
        selfLoop: { name: `${n}.csv`, symlink: `${n}.csv` },
      }[kind]);
    }
    return { ext: 'dir', items };
  },
  randomBytes: async (r) => {
    const n = r.pick([1, 3, 22, 100, 4096, 65_536]);
    const b = Buffer.alloc(n);
    for (let i = 0; i < n; i++) b[i] = r.int(256);
    const prefix = r.pick([[], [0x50, 0x4b, 0x03, 0x04], [0x50, 0x4b, 0x05, 0x06], [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], [0xef, 0xbb, 0xbf], [0xff, 0xfe]]);
    return { ext: prefix[0] === 0x50 ? 'xlsx' : 'csv', bytes: Buffer.concat([Buffer.from(prefix), b]) };
  },
};

function mutateText(r, text, inserts = ['<', '>', '&', '"', '<x>', '</x>', '<![CDATA[', '&#0;', '&bogus;', '<!DOCTYPE x [<!ENTITY a "aaaa">]>', '&a;', ...hostileTexts]) {
  if (text.length === 0) return r.pick(inserts);
  const at = r.int(text.length);
  const len = r.int(Math.min(200, text.length - at) + 1);
  switch (r.int(4)) {
    case 0:
      return text.slice(0, at) + text.slice(at + len);
    case 1:
      return text.slice(0, at) + text.slice(at, at + len).repeat(r.range(2, 50)) + text.slice(at);
    case 2:
      return text.slice(0, at) + r.pick(inserts) + text.slice(at);
    default: {
      const other = r.int(text.length);
      return text.slice(0, at) + text.slice(other, other + len) + text.slice(at + len);
    }
  }
}

let bombCache = null;
/** 200 MB of spaces deflate to ~200 kB; compressed once per run, since every bomb is the same. */
function bombPart() {
  if (!bombCache) {
    const content = Buffer.alloc(200 * 1024 * 1024, 0x20);
    bombCache = deflatedPart(content, 9);
  }
  return bombCache;
}

const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
const ext = (f) => path.extname(f.name).slice(1) || 'csv';
function colLetters(n) {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Input i of the run: which mutator, and its bytes. */
async function makeInput(seed, i, c, only) {
  const r = rng(iterationSeed(seed, i));
  const names = Object.keys(mutators);
  // Cheap mutations of real files most of the time; the expensive giants one input in five.
  const heavy = ['hugeCell', 'wide', 'tall', 'expansions', 'sharedStrings', 'zipBomb', 'longFields'];
  const name = only ?? (r.chance(0.2) ? r.pick(heavy) : r.pick(names.filter((n) => !heavy.includes(n))));
  try {
    const { ext: extension, bytes, items } = await mutators[name](r, c);
    return { mutator: name, ext: extension, bytes, items };
  } catch (err) {
    // A mutation that does not apply to the file it drew (a part missing) still tests something: the file as drawn.
    const f = rng(iterationSeed(seed, i)).pick(c.all);
    return { mutator: `${name}-fallback`, ext: ext(f), bytes: f.bytes, error: err.message };
  }
}

// ---------------------------------------------------------------- running the CLI

const commands = [
  ['summary', '--format', 'json'],
  ['validate'],
];

/** Runs the CLI under /usr/bin/time (peak RSS), killing the process group past the timeout or the memory cap. */
function runOne(opts, file, args) {
  return new Promise((resolve) => {
    const stats = `${file}.${args[0]}.time`;
    const useTime = existsSync('/usr/bin/time');
    const argv = [opts.cli, args[0], file, ...args.slice(1)];
    const child = useTime
      ? spawn('/usr/bin/time', ['-f', '%M %U %S', '-o', stats, process.execPath, ...argv], { detached: true, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' } })
      : spawn(process.execPath, argv, { detached: true, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' } });
    const started = process.hrtime.bigint();
    let stdout = '';
    let stderr = '';
    let killedFor = null;
    let polledRssKb = 0;
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout.length < 4_000_000 ? (stdout += d) : null));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr.length < 200_000 ? (stderr += d) : null));
    const kill = (why) => {
      killedFor ??= why;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
    };
    // Under --clock cpu the verdict is on CPU time (a shared, loaded machine stretches wall time); the wall limit still ends a run that waits forever.
    const timer = setTimeout(() => kill('timeout'), opts.clock === 'wall' ? opts.timeout : opts.wallLimit);
    const poll = setInterval(() => {
      const kb = rssOfGroup(child.pid);
      polledRssKb = Math.max(polledRssKb, kb);
      // A safety cap well above the failure threshold, so one runaway input cannot take the machine down.
      if (kb > opts.maxRssMb * 1024 * 1.5) kill('memory');
    }, 50);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearInterval(poll);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      let rssKb = polledRssKb;
      let cpuMs = null;
      let childSignal = signal;
      let childCode = code;
      if (useTime && existsSync(stats)) {
        const text = readFileSync(stats, 'utf8');
        rmSync(stats, { force: true });
        const m = /(\d+) ([\d.]+) ([\d.]+)\s*$/.exec(text);
        if (m) {
          rssKb = Math.max(rssKb, Number(m[1]));
          cpuMs = (Number(m[2]) + Number(m[3])) * 1000;
        }
        // /usr/bin/time notes a child killed by a signal, and then exits with its own status.
        const killed = /Command terminated by signal (\d+)/.exec(text);
        if (killed) [childSignal, childCode] = [`signal ${killed[1]}`, null];
      }
      resolve({ args, code: childCode, signal: childSignal, ms, cpuMs, rssKb, stdout, stderr, killedFor });
    });
  });
}

function rssOfGroup(pid) {
  let kb = 0;
  const visit = (p, depth) => {
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      kb += Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      if (depth < 2) for (const c of readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)) visit(Number(c), depth + 1);
    } catch {}
  };
  visit(pid, 0);
  return kb;
}

/** The failure kinds of one run (empty when it behaved). */
function judge(opts, run) {
  const kinds = [];
  const time = opts.clock === 'cpu' && run.cpuMs !== null ? run.cpuMs : run.ms;
  if (run.killedFor === 'timeout' || time > opts.timeout) kinds.push('timeout');
  if (run.killedFor === 'memory' || run.rssKb > opts.maxRssMb * 1024) kinds.push('memory');
  if (!run.killedFor && ![0, 1, 2].includes(run.code)) kinds.push('crash');
  if (/^\s+at .+[:(]/m.test(run.stderr) || /internal error/i.test(run.stderr)) kinds.push('trace');
  if (!run.killedFor && run.args[0] === 'summary' && (run.code === 0 || run.code === 1)) {
    try {
      JSON.parse(run.stdout);
    } catch {
      kinds.push('json');
    }
  }
  return kinds;
}

// ---------------------------------------------------------------- main

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.mutator !== null && !mutators[opts.mutator]) throw new Error(`--mutator: one of ${Object.keys(mutators).join(', ')}`);
  if (!existsSync(opts.cli)) throw new Error(`${opts.cli} does not exist: run npm run build first`);
  const c = corpus(opts.fixtures);
  const work = mkdtempSync(path.join(tmpdir(), 'reform-report-fuzz-'));
  const indices = opts.only !== null ? [opts.only] : Array.from({ length: opts.iterations }, (_, i) => i);
  const totals = { seed: opts.seed, inputs: 0, runs: 0, failures: 0, byKind: {}, byMutator: {}, maxMs: 0, maxMsInput: null, maxCpuMs: 0, maxCpuMsInput: null, maxRssMb: 0, maxRssInput: null, exitCodes: {}, saved: [], validateSkipped: 0, byMutatorCost: {} };
  const started = Date.now();
  let cursor = 0;
  // A run that must end by a time (--until, or SIGTERM/SIGINT) takes no new input and reports the ones it finished.
  let stopped = null;
  const stop = (why) => (stopped ??= why);
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  const worker = async () => {
    while (cursor < indices.length) {
      if (opts.until !== null && Date.now() >= opts.until) stop(`--until ${new Date(opts.until).toISOString()}`);
      if (stopped) break;
      const i = indices[cursor++];
      const input = await makeInput(opts.seed, i, c, opts.mutator);
      const file = path.join(work, `input-${i}.${input.ext}`);
      writeInput(file, input);
      totals.inputs++;
      totals.byMutator[input.mutator] = (totals.byMutator[input.mutator] ?? 0) + 1;
      const failures = [];
      let refused = false;
      for (const args of commands) {
        // Both commands run the same pipeline; past a whole-file refusal (summary exits 2 before
        // rendering) validate adds only its text of the same issues, so it runs on every 8th such input.
        if (args !== commands[0] && refused && opts.both !== 'always' && i % 8 !== 0) {
          totals.validateSkipped++;
          continue;
        }
        const run = await runOne(opts, file, args);
        const cost = (totals.byMutatorCost[input.mutator] ??= { runs: 0, cpuMs: 0, maxCpuMs: 0 });
        cost.runs++;
        cost.cpuMs += run.cpuMs ?? run.ms;
        cost.maxCpuMs = Math.max(cost.maxCpuMs, Math.round(run.cpuMs ?? run.ms));
        totals.runs++;
        totals.exitCodes[run.code ?? run.signal ?? 'killed'] = (totals.exitCodes[run.code ?? run.signal ?? 'killed'] ?? 0) + 1;
        if (run.ms > totals.maxMs) [totals.maxMs, totals.maxMsInput] = [Math.round(run.ms), `${i} (${input.mutator}, ${args[0]})`];
        if ((run.cpuMs ?? 0) > totals.maxCpuMs) [totals.maxCpuMs, totals.maxCpuMsInput] = [Math.round(run.cpuMs), `${i} (${input.mutator}, ${args[0]})`];
        if (run.rssKb / 1024 > totals.maxRssMb) [totals.maxRssMb, totals.maxRssInput] = [Math.round(run.rssKb / 1024), `${i} (${input.mutator}, ${args[0]})`];
        const kinds = judge(opts, run);
        if (kinds.length > 0) failures.push({ run, kinds });
        refused = args === commands[0] && run.code === 2 && kinds.length === 0;
      }
      if (failures.length > 0) {
        totals.failures++;
        for (const kind of new Set(failures.flatMap((f) => f.kinds))) totals.byKind[kind] = (totals.byKind[kind] ?? 0) + 1;
        totals.saved.push(save(opts, i, input, failures));
      }
      rmSync(file, { force: true, recursive: true });
      if (opts.progress && totals.inputs % 10 === 0) writeFileSync(opts.progress, `${JSON.stringify({ ...totals, seconds: Math.round((Date.now() - started) / 1000) }, null, 2)}\n`);
      if (!opts.json && totals.inputs % 100 === 0) process.stderr.write(`fuzz: ${totals.inputs}/${indices.length} inputs, ${totals.failures} failing, ${Math.round((Date.now() - started) / 1000)} s\n`);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.jobs) }, worker));
  rmSync(work, { recursive: true, force: true });
  totals.seconds = Math.round((Date.now() - started) / 1000);
  totals.stopped = stopped;
  if (opts.json) process.stdout.write(`${JSON.stringify(totals, null, 2)}\n`);
  else {
    process.stdout.write(
      [
        `seed ${totals.seed}: ${totals.inputs} inputs, ${totals.runs} runs in ${totals.seconds} s${stopped ? ` (stopped by ${stopped} after input ${cursor - 1} of ${indices.length}: inputs 0–${cursor - 1} ran)` : ''}`,
        `failures: ${totals.failures}${totals.failures ? ` (${Object.entries(totals.byKind).map(([k, n]) => `${k} ${n}`).join(', ')})` : ''}`,
        `max wall time ${totals.maxMs} ms (input ${totals.maxMsInput}); max CPU time ${totals.maxCpuMs} ms (input ${totals.maxCpuMsInput}); max RSS ${totals.maxRssMb} MiB (input ${totals.maxRssInput})`,
        `exit codes: ${Object.entries(totals.exitCodes).map(([k, n]) => `${k}×${n}`).join(', ')}`,
        `mutators (inputs, CPU s of their runs, max CPU ms of one run): ${Object.entries(totals.byMutator).map(([k, n]) => `${k} ${n} ${Math.round((totals.byMutatorCost[k]?.cpuMs ?? 0) / 1000)} s ${totals.byMutatorCost[k]?.maxCpuMs ?? 0}`).join(', ')}`,
        `validate runs skipped after a whole-file refusal by summary: ${totals.validateSkipped}`,
        ...totals.saved.map((s) => `saved ${s}`),
      ].join('\n') + '\n',
    );
  }
  process.exitCode = totals.failures > 0 ? 1 : 0;
}

/** A file, or a folder of files, links and named pipes (the specialFiles mutator). */
function writeInput(file, input) {
  if (!input.items) return writeFileSync(file, input.bytes);
  for (const item of input.items) {
    const p = path.join(file, item.name);
    mkdirSync(path.dirname(p), { recursive: true });
    if (item.bytes) writeFileSync(p, item.bytes);
    else if (item.fifo) execFileSync('mkfifo', [p]);
    else symlinkSync(item.symlink, p);
  }
}

/** Keeps the failing input and a note saying how to reproduce it. */
function save(opts, i, input, failures) {
  mkdirSync(opts.out, { recursive: true });
  const base = path.join(opts.out, `seed${opts.seed}-input${i}-${input.mutator}`);
  const file = `${base}.${input.ext}`;
  if (input.items) writeInput(file, input);
  else writeFileSync(file, input.bytes);
  const rel = path.relative(repoRoot, file);
  const note = [
    `input ${i} of seed ${opts.seed}, mutator ${input.mutator}, ${input.items ? `a folder of ${input.items.length} items` : `${input.bytes.length} bytes`}`,
    `regenerate and rerun: node scripts/fuzz.mjs --seed ${opts.seed} --only ${i}${opts.mutator ? ` --mutator ${opts.mutator}` : ''}`,
    ...failures.map(({ run, kinds }) =>
      [
        '',
        `failed (${kinds.join(', ')}): node bin/reform-report.js ${run.args[0]} ${rel} ${run.args.slice(1).join(' ')}`.trimEnd(),
        `exit ${run.code ?? run.signal ?? run.killedFor}, ${Math.round(run.ms)} ms wall, ${run.cpuMs === null ? '?' : Math.round(run.cpuMs)} ms CPU, ${Math.round(run.rssKb / 1024)} MiB`,
        'stderr (first 40 lines):',
        ...run.stderr.split('\n').slice(0, 40).map((l) => `  ${l.slice(0, 300)}`),
      ].join('\n'),
    ),
  ].join('\n');
  writeFileSync(`${base}.txt`, `${note}\n`);
  return path.relative(repoRoot, `${base}.txt`);
}

main().catch((err) => {
  process.stderr.write(`fuzz: ${err.stack}\n`);
  process.exitCode = 2;
});
