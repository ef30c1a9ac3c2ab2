export interface Edge {
  from: string;
  to: string;
}
export const stages: readonly string[];
export const barred: Readonly<Record<string, readonly string[]>>;
export function stageOf(file: string): string;
export function importsOf(file: string, text: string): string[];
export function importEdges(srcDir: string): Edge[];
export function upwardArrows(edges: readonly Edge[]): Edge[];
