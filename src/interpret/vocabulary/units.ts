/** Unit words: the name of the unassigned unit, and the words that give a unit's level (SPEC §2.4). */
import type { Level } from '../../model/records.js';

/** Where tasks with a blank lead are counted (SPEC §2.2). */
export const unassignedUnit = 'Chưa xác định đơn vị chủ trì';

/** Unit name prefixes (folded by the matcher) and the level they imply. First match wins. */
export const levelByUnitPrefix: readonly [string, Level][] = [
  ['UBND xã', 'commune'], ['UBND phường', 'commune'], ['UBND thị trấn', 'commune'],
  ['Ủy ban nhân dân xã', 'commune'], ['Ủy ban nhân dân phường', 'commune'], ['Ủy ban nhân dân thị trấn', 'commune'],
  ['UBND các xã', 'commune'], ['Xã', 'commune'], ['Phường', 'commune'], ['Thị trấn', 'commune'],
  // Special zones (đặc khu, since 1 July 2025: Phú Quốc, Côn Đảo, Vân Đồn …) are commune level.
  ['UBND đặc khu', 'commune'], ['Ủy ban nhân dân đặc khu', 'commune'], ['Đặc khu', 'commune'],
  ['UBND các huyện', 'district'], ['UBND huyện', 'district'], ['UBND thị xã', 'district'], ['UBND thành phố', 'district'], ['UBND TP', 'district'], ['UBND TX', 'district'],
  ['Ủy ban nhân dân huyện', 'district'], ['Ủy ban nhân dân thị xã', 'district'], ['Ủy ban nhân dân thành phố', 'district'],
  ['Huyện', 'district'], ['Thị xã', 'district'], ['Thành phố', 'district'], ['Phòng', 'district'],
  ['Sở', 'province'], ['Ban', 'province'], ['Văn phòng UBND tỉnh', 'province'], ['Văn phòng Ủy ban nhân dân tỉnh', 'province'],
  ['Công an tỉnh', 'province'], ['Thanh tra tỉnh', 'province'], ['Bộ Chỉ huy', 'province'], ['Cục', 'province'], ['Chi cục', 'province'],
  ['Bảo hiểm xã hội tỉnh', 'province'], ['Trung tâm Phục vụ hành chính công', 'province'], ['UBND tỉnh', 'province'],
];

/** Level words in a `Cấp` column or a group row. */
export const levelWords: Readonly<Record<string, Level>> = {
  'Cấp tỉnh': 'province', 'Tỉnh': 'province', 'Sở, ban, ngành': 'province', 'Sở ban ngành': 'province', 'Các sở, ban, ngành': 'province', 'Province': 'province',
  'Cấp huyện': 'district', 'Huyện': 'district', 'Huyện, thị xã, thành phố': 'district', 'Cấp huyện, thị xã, thành phố': 'district', 'District': 'district',
  'Cấp xã': 'commune', 'Xã': 'commune', 'Xã, phường, thị trấn': 'commune', 'Cấp xã, phường, thị trấn': 'commune', 'Commune': 'commune',
  // Two-tier forms (since 1 July 2025): no district level; communes, wards and special zones sit directly under the province.
  'Xã, phường, đặc khu': 'commune', 'Cấp xã, phường, đặc khu': 'commune', 'Xã, phường': 'commune', 'Xã, phường, thị trấn, đặc khu': 'commune',
  // A two-tier export's Cấp column names the kind of commune-level unit: a ward or a special zone.
  'Phường': 'commune', 'Cấp phường': 'commune', 'Đặc khu': 'commune', 'Cấp đặc khu': 'commune',
};

/**
 * Labels before the unit's name in a form's title block (`Đơn vị báo cáo: Sở Tư pháp`). Not a
 * bare `Đơn vị:`, which forms also use for the unit of measure (`Đơn vị: hồ sơ`).
 */
export const reportingUnitLabels: readonly string[] = ['Đơn vị báo cáo', 'Cơ quan báo cáo', 'Đơn vị thực hiện'];

/** Words of a unit name that stay lower case when a name written in capitals is shown (`UBND huyện Gò Dầu`). */
export const unitNameLowerWords: readonly string[] = ['huyện', 'tỉnh', 'xã', 'phường', 'thị', 'trấn', 'thành', 'phố', 'và', 'các'];

/** Words after the lead unit's name that say it leads (`Sở Nội vụ chủ trì`), dropped with it. */
export const leadRoleWords: readonly string[] = ['chủ trì', 'chủ trì thực hiện', 'là đơn vị chủ trì', 'đầu mối'];


/**
 * First words of a form's title and head lines that never name a unit (SPEC §4.6): `BÁO CÁO…`,
 * `SỐ LIỆU…` (which folds like `Sở`), `BIỂU…`, the national motto, `Số: 12/BC-UBND`. Matched on
 * the lower-case text with its diacritics, so that `Số` is not `Sở`.
 */
export const titleLineWords: readonly string[] = [
  'báo cáo', 'số liệu', 'số', 'biểu', 'tổng hợp', 'kết quả', 'danh mục', 'danh sách', 'kế hoạch', 'phụ lục',
  'tình hình', 'độc lập', 'cộng hòa', 'cộng hoà', 'mẫu', 'bảng', 'thống kê', 'theo dõi', 'về việc', 'v/v',
];

/**
 * First words of an office inside a unit (SPEC §4.6): `Phòng Nội vụ` in a district's file,
 * `Phòng CCHC` in Sở Nội vụ's, a bare `VĂN PHÒNG` under `UBND TỈNH …`. Folded.
 */
export const subOfficeWords: readonly string[] = ['phòng', 'văn phòng', 'bộ phận', 'tổ', 'đội'];

/** A bare office name in a Decree-30 head that is the province's own office when under `UBND TỈNH …`. */
export const provinceOfficeName = 'Văn phòng UBND tỉnh';
/** A head's issuing line meaning "the office" (`VĂN PHÒNG`, `VĂN PHÒNG UBND`), folded. */
export const bareOfficeLines: readonly string[] = ['van phong', 'van phong ubnd', 'van phong uy ban nhan dan'];

/** Words of a unit's name dropped when it is looked for in a file name (`ubnd-huyen-go-dau.xlsx`, `go-dau.xlsx`). */
export const unitNamePrefixesForFiles: readonly string[] = ['UBND', 'Ủy ban nhân dân', 'Uỷ ban nhân dân'];
