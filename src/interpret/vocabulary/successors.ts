/**
 * The 2025 mergers of the provinces' specialised agencies (sở): which department took over
 * which, from what date, on what legal basis. docs/successors.md explains each line and how a
 * config replaces one (`units[].formerNames`). Names are matched after folding, so
 * `SỞ THÔNG TIN VÀ TRUYỀN THÔNG` and `Sở Thông tin và Truyền thông` are one former name.
 *
 * Decree 45/2025/NĐ-CP (28/02/2025, in force 01/3/2025) fixes the departments every province
 * has; each province's People's Council then dissolved, merged and renamed its own by a
 * resolution of February 2025, and the merged departments began work on 01/3/2025. A province
 * whose resolution took effect on another day gives that day in its config.
 */
import type { IsoDate } from '../../model/records.js';

export interface BuiltInSuccession {
  /** The department's name before the change. */
  former: string;
  /** Abbreviations offices wrote for it (`Sở TT&TT`). */
  aliases: readonly string[];
  /** The department that took over its work (the whole of it, or the main part where it was split). */
  successor: string;
  /** The first day under the successor. */
  date: IsoDate;
  basis: string;
}

const decree45 = 'Nghị định 45/2025/NĐ-CP ngày 28/02/2025 của Chính phủ; nghị quyết của HĐND tỉnh về thành lập, tổ chức lại các cơ quan chuyên môn (tháng 02/2025)';

export const departmentSuccessions: readonly BuiltInSuccession[] = [
  { former: 'Sở Thông tin và Truyền thông', aliases: ['Sở TT&TT', 'Sở TTTT', 'STTTT', 'Sở TT-TT'], successor: 'Sở Khoa học và Công nghệ', date: '2025-03-01', basis: decree45 },
  { former: 'Sở Kế hoạch và Đầu tư', aliases: ['Sở KH&ĐT', 'Sở KHĐT', 'SKHĐT', 'Sở KH-ĐT'], successor: 'Sở Tài chính', date: '2025-03-01', basis: decree45 },
  { former: 'Sở Tài nguyên và Môi trường', aliases: ['Sở TN&MT', 'Sở TNMT', 'STNMT', 'Sở TN-MT'], successor: 'Sở Nông nghiệp và Môi trường', date: '2025-03-01', basis: decree45 },
  { former: 'Sở Nông nghiệp và Phát triển nông thôn', aliases: ['Sở NN&PTNT', 'Sở NNPTNT', 'SNNPTNT', 'Sở NN-PTNT'], successor: 'Sở Nông nghiệp và Môi trường', date: '2025-03-01', basis: decree45 },
  // Split three ways: labour, wages, employment, people with meritorious services and social
  // insurance to Sở Nội vụ (the main part, and the default here); social protection, children and
  // social-evil prevention to Sở Y tế; vocational education to Sở Giáo dục và Đào tạo.
  { former: 'Sở Lao động - Thương binh và Xã hội', aliases: ['Sở LĐ-TB&XH', 'Sở LĐTB&XH', 'Sở LĐTBXH', 'SLĐTBXH'], successor: 'Sở Nội vụ', date: '2025-03-01', basis: decree45 },
  { former: 'Sở Giao thông vận tải', aliases: ['Sở GTVT', 'SGTVT', 'Sở Giao thông - Vận tải'], successor: 'Sở Xây dựng', date: '2025-03-01', basis: decree45 },
];

/**
 * The departments every province has under Decree 45/2025/NĐ-CP (Art. 8), with the provincial
 * police and the public-service centre that one-stop-shop forms list beside them: the unit list
 * `init` writes for a two-tier province to complete with its own communes and wards.
 */
export const provincialUnits2025: readonly { name: string; code: string }[] = [
  { name: 'Văn phòng UBND tỉnh', code: 'VPUBND' }, { name: 'Sở Nội vụ', code: 'SNV' }, { name: 'Sở Tư pháp', code: 'STP' },
  { name: 'Sở Tài chính', code: 'STC' }, { name: 'Sở Công Thương', code: 'SCT' }, { name: 'Sở Nông nghiệp và Môi trường', code: 'SNNMT' },
  { name: 'Sở Xây dựng', code: 'SXD' }, { name: 'Sở Khoa học và Công nghệ', code: 'SKHCN' }, { name: 'Sở Văn hóa, Thể thao và Du lịch', code: 'SVHTTDL' },
  { name: 'Sở Giáo dục và Đào tạo', code: 'SGDĐT' }, { name: 'Sở Y tế', code: 'SYT' }, { name: 'Thanh tra tỉnh', code: 'TTr' },
  { name: 'Công an tỉnh', code: 'CAT' }, { name: 'Trung tâm Phục vụ hành chính công tỉnh', code: 'TTPVHCC' },
];
