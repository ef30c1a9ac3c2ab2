import { readFileSync } from 'node:fs';

/** User + system seconds of the children this process has waited for (cutime + cstime), or null off Linux. */
export function childrenCpu() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    // After "pid (comm) ", field 3 is state: cutime and cstime are fields 16 and 17 of stat(5), in clock ticks (100 a second on Linux).
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}
