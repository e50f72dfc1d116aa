// The five real seed documents: the exact model the parser must extract.
import assert from "node:assert/strict";
import { parse } from "../../server/src/core/index.js";
import { outline, type OutlineItem } from "../../server/src/core/outline.js";
import { fixture, SEEDS } from "../helpers.js";

const markers = (items: OutlineItem[]) => items.map((i) => i.marker);

describe("parser on the seeds", () => {
  it("000 — Chỉ thị in a table layout, scrape noise before and after", () => {
    const o = outline(parse(fixture(SEEDS.chiThi)));
    assert.deepEqual(o.noiseBefore, { from: 1, to: 2 });
    assert.deepEqual(o.header, {
      agency: ["ỦY BAN NHÂN DÂN"],
      nationalTitle: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      motto: null, // lost in the scrape
      number: "14/CT-UBND",
      place: "Khánh Hòa",
      date: "2013-09-12",
      dateText: "ngày 12 tháng 09 năm 2013",
      line: 3,
    });
    assert.equal(o.title?.type, "CHỈ THỊ");
    assert.equal(
      o.title?.summary,
      "VỀ VIỆC TẬP TRUNG THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH TRỌNG TÂM THEO CHỈ THỊ SỐ 07/CT-TTG NGÀY 22/5/2013 CỦA THỦ TƯỚNG CHÍNH PHỦ",
    );
    assert.deepEqual(markers(o.items), ["1.", "2.", "3.", "4.", "5.", "6."]);
    assert.deepEqual(markers(o.items[0]!.children), ["a)", "b)"]);
    assert.deepEqual(markers(o.items[4]!.children), ["a)", "b)", "c)", "d)", "đ)", "e)"]);
    assert.deepEqual(markers(o.items[4]!.children[1]!.children), ["-", "-", "-"]);
    // The "- 1Quyết định …" lists after "Nơi nhận:" are the website's related documents.
    assert.deepEqual(o.closing, { recipients: [], signature: ["TM. ỦY BAN NHÂN DÂN"], signer: null, line: 46 });
    assert.deepEqual(o.noiseAfter, { from: 47, to: 71 });
  });

  it("001 — a news article: no header, no structure, nothing thrown", () => {
    const o = outline(parse(fixture(SEEDS.news)));
    assert.equal(o.header, null);
    assert.equal(o.title, null);
    assert.equal(o.closing, null);
    assert.deepEqual(o.noiseAfter, { from: 31, to: 41 });
  });

  it("002 — Quyết định with căn cứ, Điều, and an attached Kế hoạch", () => {
    const o = outline(parse(fixture(SEEDS.quyetDinh)));
    assert.deepEqual(o.header, {
      agency: ["ỦY BAN NHÂN DÂN", "TỈNH LONG AN"],
      nationalTitle: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      motto: "Độc lập - Tự do - Hạnh phúc",
      number: "1346/QĐ-UBND",
      place: "Long An",
      date: "2016-04-06",
      dateText: "ngày 06 tháng 4 năm 2016",
      line: 3,
    });
    assert.equal(o.title?.type, "QUYẾT ĐỊNH");
    assert.equal(o.title?.summary, "Ban hành Kế hoạch thực hiện công tác cải cách hành chính giai đoạn 2016-2020 của tỉnh Long An");
    assert.equal(o.preamble?.authority, "ỦY BAN NHÂN DÂN TỈNH LONG AN");
    assert.equal(o.preamble?.lines.length, 5);
    assert.equal(o.preamble?.lines[0], "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;");
    assert.equal(o.preamble?.lines[4], "Theo đề nghị tại văn bản số 201/SNV-CCHC ngày 25/3/2016 của Sở Nội vụ,");
    assert.equal(o.preamble?.enactment, "QUYẾT ĐỊNH:");
    assert.deepEqual(markers(o.items), ["Điều 1.", "Điều 2.", "Điều 3."]);
    assert.deepEqual(o.closing?.recipients, [
      "Như Điều 3;",
      "Văn phòng Chính phủ;",
      "Bộ Nội vụ;",
      "Vụ CCHC-Bộ Nội vụ;",
      "CQTT phía Nam- Bộ Nội vụ;",
      "TT TU; TT HĐND tỉnh;",
      "CT, các PCTUBND tỉnh;",
      "Phòng NCTH;",
      "Lưu: VT, Linh.",
    ]);
    assert.deepEqual(o.closing?.signature, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]);
    assert.equal(o.closing?.signer, "Lê Tấn Dũng");

    assert.equal(o.attachments.length, 1);
    const plan = o.attachments[0]!;
    assert.equal(plan.header?.place, "Long An");
    assert.equal(plan.header?.date, null); // "ngày tháng 4 năm 2016": the day is blank
    assert.equal(plan.header?.dateText, "ngày … tháng 4 năm 2016");
    assert.equal(plan.title?.type, "KẾ HOẠCH");
    assert.equal(plan.title?.summary, "Thực hiện công tác cải cách hành chính giai đoạn 2016-2020 của tỉnh Long An");
    assert.equal(plan.title?.attachedTo, "(Ban hành kèm theo Quyết định số: 1346 /QĐ-UBND ngày 06 /4/2016 của UBND tỉnh Long An)");
    assert.deepEqual(markers(plan.items), ["I.", "II.", "III.", "IV."]);
    assert.deepEqual(markers(plan.items[1]!.children), ["1.", "2.", "3.", "4.", "5.", "6.", "7."]);
    assert.deepEqual(markers(plan.items[3]!.children[0]!.children), ["a)", "b)", "c)", "d)"]);
    assert.equal(plan.items[3]!.children.length, 12);
    assert.deepEqual(plan.closing?.signature, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]);
    assert.equal(plan.closing?.signer, "Lê Tấn Dũng");
    assert.deepEqual(o.noiseAfter, { from: 306, to: 306 });
  });

  it("003 — Thông báo without a header; 2.1–2.3 without trailing dots", () => {
    const o = outline(parse(fixture(SEEDS.thongBao)));
    assert.equal(o.header, null);
    assert.equal(o.title?.type, "THÔNG BÁO");
    assert.match(o.title?.summary ?? "", /^Kết luận của Chủ tịch Ủy ban nhân dân tỉnh .* của tỉnh Kon Tum$/);
    assert.deepEqual(markers(o.items), ["1.", "2."]);
    assert.deepEqual(markers(o.items[1]!.children), ["2.1", "2.2", "2.3"]);
    assert.deepEqual(o.closing?.recipients, [
      "Thường trực Tỉnh ủy (b/c);",
      "Thường trực HĐND tỉnh (b/c);",
      "Chủ tịch, các PCT UBND tỉnh;",
      "Các sở, ban, ngành, đoàn thể tỉnh;",
      "UBND các huyện, thành phố;",
      "VPUB: + CVP, các PCVP,",
      "Các Phòng Nghiên cứu, Tổng hợp.",
      "Lưu: VT- TH2.",
    ]);
    assert.deepEqual(o.closing?.signature, ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"]);
    assert.equal(o.closing?.signer, "Bùi Thanh Bình");
  });

  it("004 — Công văn in bold Markdown with V/v, Kính gửi and 1.1–1.11", () => {
    const o = outline(parse(fixture(SEEDS.congVan)));
    assert.deepEqual(o.header, {
      agency: ["ỦY BAN NHÂN DÂN", "TỈNH SƠN LA"],
      nationalTitle: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      motto: "Độc lập - Tự do - Hạnh phúc",
      number: "852J /UBND-NC",
      place: "Sơn La",
      date: "2019-10-25",
      dateText: "ngày 25 tháng 10 năm 2019",
      line: 3,
    });
    assert.equal(o.title?.type, "CÔNG VĂN");
    assert.equal(o.title?.summary, "khắc phục những hạn chế, đẩy mạnh công tác cải cách hành chính sau kiểm tra năm 2019");
    assert.deepEqual(o.addressees, ["Các Sở, ban, ngành;", "UBND các huyện, thành phố."]);
    assert.deepEqual(markers(o.items), ["1.", "2."]);
    assert.deepEqual(
      markers(o.items[0]!.children),
      Array.from({ length: 11 }, (_, k) => `1.${k + 1}.`),
    );
    assert.deepEqual(o.closing?.recipients, [
      "TT tỉnh ủy;",
      "TT HĐND tỉnh;",
      "Chủ tịch, các PCT UBND tỉnh;",
      "Như trên;",
      "LĐ VP UBND tỉnh;",
      "Lưu: VT, NC, (D20b).",
    ]);
    assert.deepEqual(o.closing?.signature, ["CHỦ TỊCH"]);
    assert.equal(o.closing?.signer, "Hoàng Quốc Khánh");
    assert.deepEqual(o.noiseAfter, { from: 74, to: 76 });
  });

  it("keeps ranges in the original text: 004's bold agency and its number", () => {
    const d = parse(fixture(SEEDS.congVan));
    // "**ỦY BAN NHÂN DÂN" — the clean text starts after the two asterisks.
    assert.deepEqual(d.header?.agency[0]?.range, { start: { line: 2, character: 2 }, end: { line: 2, character: 17 } });
    assert.deepEqual(d.header?.number?.value?.range, { start: { line: 8, character: 4 }, end: { line: 8, character: 17 } });
    assert.deepEqual(d.header?.number?.parsed, { form: "state", number: "852J", year: null, symbol: "UBND-NC", raw: "852J /UBND-NC" });
  });
});

describe("parser on documents that repeat the header in an attachment", () => {
  it("starts the attachment at its agency lines and reads its title", () => {
    const o = outline(parse(fixture("parser", "quyet-dinh-authority-placeholder-attachment.txt")));
    assert.equal(o.preamble?.authority, "GIÁM ĐỐC BỆNH VIỆN ĐA KHOA TỈNH");
    assert.equal(o.header?.dateText, "ngày … tháng … năm 2025");
    assert.equal(o.attachments.length, 1);
    const a = o.attachments[0]!;
    assert.deepEqual(a.header?.agency, ["SỞ Y TẾ", "BỆNH VIỆN ĐA KHOA TỈNH"]);
    assert.equal(a.title?.type, "QUY CHẾ");
    assert.equal(a.title?.summary, "Chi tiêu nội bộ");
    assert.deepEqual(
      a.items.map((i) => i.marker),
      ["Điều 1."],
    );
    assert.equal(o.noiseAfter, null);
  });
});
