/** How a build's run id is written into the workbook (its keywords property) and the brief (a first-line comment). */
export const runIdKeyword = 'reform-report-run:';
export const runIdComment = (id: string) => `<!-- reform-report run ${id} -->`;
