/** How a build's run id is written into the workbook (a custom property, and its keywords) and the brief (a first-line comment). */
export const runIdKeyword = 'reform-report-run:';
export const runIdProperty = 'reform-report-run';
export const runIdComment = (id: string) => `<!-- reform-report run ${id} -->`;
