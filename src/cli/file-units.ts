/**
 * The config's `files` mapping (SPEC §5.1): glob → the unit of files that name none. A glob is
 * matched against the file's path relative to the config's folder and against its bare name;
 * `*` stays within a folder, `**` crosses folders, `?` is one character; case is ignored, as on
 * the Windows machines the files come from.
 */
import path from 'node:path';

export function fileUnitMapper(files: Record<string, string> | undefined, baseDir: string, cwd: string): ((file: string) => string | null) | undefined {
  if (!files || Object.keys(files).length === 0) return undefined;
  const rules = Object.entries(files).map(([glob, unit]) => ({ re: globToRegExp(glob), unit }));
  return (file) => {
    if (file === '-') return null;
    const rel = path.relative(baseDir, path.resolve(cwd, file)).split(path.sep).join('/');
    const name = path.basename(file);
    return rules.find((r) => r.re.test(rel) || r.re.test(name))?.unit ?? null;
  };
}

export function globToRegExp(glob: string): RegExp {
  let re = '';
  const g = glob.replace(/\\/g, '/').replace(/^\.\//, '');
  for (let i = 0; i < g.length; i++) {
    const c = g[i]!;
    if (c === '*' && g[i + 1] === '*') {
      const slash = g[i + 2] === '/';
      re += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 'i');
}
