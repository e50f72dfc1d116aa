// The wording of the rules' messages (server/src/rules/**, `messages` by id), per locale: every
// template present, well-formed and punctuated as a sentence, the same placeholders in both
// locales; every id the fixtures pin is declared and every declared id is pinned by a fixture
// (or listed below as not covered yet); a few fixtures rendered word for word so that a wording
// regression shows here rather than in the editor. The fixtures themselves pin ids and data only.
import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import {
  DEFAULT_CONFIG,
  INTERNAL_RULE_ID,
  parse,
  placeholders,
  renderMessage,
  runRules,
  type Locale,
  type ResolvedConfig,
  type Rule,
} from "../../server/src/core/index.js";
import { allRules } from "../../server/src/rules/index.js";
import { fixture, FIXTURES } from "../helpers.js";

/** Declared message ids no fixture reports yet: "ruleId messageId". Keep it short; a fixture is better. */
const UNCOVERED = new Set<string>([]);

const LOCALES: readonly Locale[] = ["vi", "en"];
/** Letters only Vietnamese has (ă â đ ê ô ơ ư and the precomposed letters with tone marks). */
const VIETNAMESE = /[ăâđêôơưĂÂĐÊÔƠƯ\u1EA0-\u1EF9]/u;
/** A sentence starts with a capital, a quote or a placeholder (a document's name, a quoted word). */
const STARTS = /^(?:\p{Lu}|[“"{])/u;
const ENDS = /[.!?]$/;

interface Pinned {
  messageId: string;
}

/** The message ids each rule's fixtures pin. */
function pinnedIds(rule: Rule): Set<string> {
  const dir = path.join(FIXTURES, rule.id);
  const ids = new Set<string>();
  if (!existsSync(dir)) return ids;
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".expected.json"))) {
    for (const finding of JSON.parse(fixture(rule.id, f)) as Pinned[]) ids.add(finding.messageId);
  }
  return ids;
}

function rendered(ruleId: string, doc: string, locale: Locale): string[] {
  const rule = allRules.find((r) => r.id === ruleId)!;
  const configPath = path.join(FIXTURES, ruleId, `${doc}.config.json`);
  const config: ResolvedConfig = {
    ...DEFAULT_CONFIG,
    ...(existsSync(configPath) ? (JSON.parse(fixture(ruleId, `${doc}.config.json`)) as Partial<ResolvedConfig>) : {}),
  };
  return runRules(parse(fixture(ruleId, `${doc}.txt`)), [rule], config).map((f) => f.message[locale]);
}

/** A few fixtures, word for word, in each locale. */
const GOLDEN: Record<Locale, { ruleId: string; doc: string; messages: string[] }[]> = {
  vi: [
    {
      ruleId: "basis/punctuation",
      doc: "bad-line-endings",
      messages: [
        "Mỗi căn cứ kết thúc bằng dấu chấm phẩy (;), không phải dấu phẩy (,).",
        "Mỗi căn cứ kết thúc bằng dấu chấm phẩy (;).",
        "Dòng cuối cùng của phần căn cứ kết thúc bằng dấu chấm (.), không phải dấu chấm phẩy (;) (theo Nghị định 30/2020/NĐ-CP).",
      ],
    },
    {
      ruleId: "deadline/non-working-day",
      doc: "bad-quoc-khanh",
      messages: [
        "Ngày cuối của thời hạn “trước ngày 02/9/2025” là ngày nghỉ: Thứ Ba 02/09/2025, Quốc khánh (2/9). Theo Điều 148 Bộ luật Dân sự 2015, hạn sẽ kéo đến hết ngày làm việc tiếp theo (Thứ Tư 03/09/2025); nên ghi hạn vào một ngày làm việc.",
        "Ngày cuối của thời hạn “chậm nhất ngày 01/9/2025” là ngày nghỉ: Thứ Hai 01/09/2025, Quốc khánh (ngày nghỉ liền kề 2/9). Theo Điều 148 Bộ luật Dân sự 2015, hạn sẽ kéo đến hết ngày làm việc tiếp theo (Thứ Tư 03/09/2025); nên ghi hạn vào một ngày làm việc.",
      ],
    },
    {
      ruleId: "numbering/sequence",
      doc: "bad-hierarchical-starts-at-two",
      messages: ['Danh sách bắt đầu từ "1.2."; số thứ tự đầu tiên là "1.1.".'],
    },
    {
      ruleId: "closing/missing-recipients",
      doc: "bad-no-block",
      messages: ["Văn bản thiếu phần “Nơi nhận” (các cơ quan, tổ chức, cá nhân nhận văn bản, dòng cuối là “- Lưu: VT, …”)."],
    },
    {
      ruleId: "citation/expired",
      doc: "bad-replaced-basis",
      messages: [
        "Nghị định số 110/2004/NĐ-CP đã hết hiệu lực từ ngày 05/3/2020, trước ngày ban hành văn bản này (12/01/2021); được thay thế bởi Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư.",
        "Thông tư số 01/2011/TT-BNV đã hết hiệu lực từ ngày 05/3/2020, trước ngày ban hành văn bản này (12/01/2021); được thay thế bởi Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư. Ngày hết hiệu lực trong registry chưa được đối chiếu với văn bản gốc.",
      ],
    },
    {
      ruleId: "style/tone-mark-placement",
      doc: "bad-mixed-uy",
      messages: ['"Uỷ" đặt dấu thanh khác với cách viết "Ủy" được dùng 5 lần trong văn bản; nên viết thống nhất là "Ủy".'],
    },
  ],
  en: [
    {
      ruleId: "basis/punctuation",
      doc: "bad-line-endings",
      messages: [
        "Each căn cứ line ends with a semicolon (;), not a comma (,).",
        "Each căn cứ line ends with a semicolon (;).",
        "The last line of the preamble ends with a full stop (.), not a semicolon (;) (under Nghị định 30/2020/NĐ-CP).",
      ],
    },
    {
      ruleId: "deadline/non-working-day",
      doc: "bad-quoc-khanh",
      messages: [
        "The last day of the deadline “trước ngày 02/9/2025” is a day off: Tuesday 02/09/2025, National Day (2 September). Under Article 148 of the Civil Code 2015 it runs on to the end of the next working day (Wednesday 03/09/2025); set the deadline on a working day.",
        "The last day of the deadline “chậm nhất ngày 01/9/2025” is a day off: Monday 01/09/2025, National Day holiday (the day adjacent to 2 September). Under Article 148 of the Civil Code 2015 it runs on to the end of the next working day (Wednesday 03/09/2025); set the deadline on a working day.",
      ],
    },
    {
      ruleId: "numbering/sequence",
      doc: "bad-hierarchical-starts-at-two",
      messages: ['The list starts at "1.2."; its first number is "1.1.".'],
    },
    {
      ruleId: "closing/missing-recipients",
      doc: "bad-no-block",
      messages: ["The document has no “Nơi nhận” block (the bodies and persons receiving it, ending with “- Lưu: VT, …”)."],
    },
    {
      ruleId: "citation/expired",
      doc: "bad-replaced-basis",
      messages: [
        "Nghị định số 110/2004/NĐ-CP ceased to have effect on 05/3/2020, before this document's date (12/01/2021); replaced by Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư.",
        "Thông tư số 01/2011/TT-BNV ceased to have effect on 05/3/2020, before this document's date (12/01/2021); replaced by Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư. The registry has not checked the expiry date against the official text.",
      ],
    },
    {
      ruleId: "style/tone-mark-placement",
      doc: "bad-mixed-uy",
      messages: ['"Uỷ" places the tone mark differently from "Ủy", the spelling used 5 times in this document; write "Ủy" throughout.'],
    },
  ],
};

describe("rule messages", () => {
  for (const locale of LOCALES) {
    const other: Locale = locale === "vi" ? "en" : "vi";
    describe(`wording (${locale})`, () => {
      for (const rule of allRules) {
        it(rule.id, () => {
          const ids = Object.keys(rule.messages);
          assert.ok(ids.length > 0, "declares no messages");
          for (const id of ids) {
            const text = rule.messages[id]![locale];
            const where = `${rule.id} ${id} (${locale})`;
            assert.ok(typeof text === "string" && text.trim().length > 0, `${where}: empty`);
            assert.equal(text, text.trim(), `${where}: spaces at an end`);
            assert.match(text, STARTS, `${where}: starts with neither a capital, a quote nor a placeholder`);
            assert.match(text, ENDS, `${where}: does not end a sentence`);
            // Placeholders are {name} only; any other brace is a typo.
            assert.ok(!/[{}]/.test(text.replace(/\{[A-Za-z0-9_]+\}/g, "")), `${where}: a brace outside a placeholder`);
            assert.deepEqual(
              [...new Set(placeholders(text))].sort(),
              [...new Set(placeholders(rule.messages[id]![other]))].sort(),
              `${where}: not the same placeholders as in ${other}`,
            );
            if (locale === "vi") assert.match(text, VIETNAMESE, `${where}: no Vietnamese letter`);
            else assert.notEqual(text, rule.messages[id]!.vi, `${where}: same as vi`);
          }
        });
      }

      it("renders representative fixtures word for word", () => {
        for (const g of GOLDEN[locale]) assert.deepEqual(rendered(g.ruleId, g.doc, locale), g.messages, `${g.ruleId}/${g.doc}`);
      });
    });
  }

  describe("coverage by the fixtures", () => {
    for (const rule of allRules) {
      it(rule.id, () => {
        const pinned = pinnedIds(rule);
        for (const id of pinned) assert.ok(Object.hasOwn(rule.messages, id), `a fixture pins "${id}", which ${rule.id} does not declare`);
        for (const id of Object.keys(rule.messages)) {
          const key = `${rule.id} ${id}`;
          if (UNCOVERED.has(key)) assert.ok(!pinned.has(id), `"${key}" is covered now: remove it from UNCOVERED`);
          else assert.ok(pinned.has(id), `no fixture reports "${key}" (add one, or list it in UNCOVERED)`);
        }
      });
    }

    it("lists only declared ids as uncovered", () => {
      for (const key of UNCOVERED) {
        const [ruleId, id] = key.split(" ") as [string, string];
        const rule = allRules.find((r) => r.id === ruleId);
        assert.ok(rule && Object.hasOwn(rule.messages, id), `UNCOVERED names "${key}", which no rule declares`);
      }
    });
  });

  describe("rendering", () => {
    function run(messageId: string, data?: Record<string, string | number>) {
      const rule: Rule = {
        id: "test/messages",
        description: { vi: "Thử", en: "Test" },
        messages: { hello: { vi: "Chào {name}, lần {n}.", en: "Hello {name}, time {n}." }, plain: { vi: "Xong.", en: "Done." } },
        severity: "warning",
        fixable: false,
        source: "test",
        check(context) {
          context.report({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, messageId, ...(data ? { data } : {}) });
        },
      };
      return runRules(parse("x"), [rule], DEFAULT_CONFIG);
    }

    it("fills placeholders in both locales and keeps the id and data on the finding", () => {
      const [f] = run("hello", { name: "An", n: 2 });
      assert.deepEqual(f!.message, { vi: "Chào An, lần 2.", en: "Hello An, time 2." });
      assert.equal(f!.messageId, "hello");
      assert.deepEqual(f!.data, { name: "An", n: 2 });
      const [g] = run("plain");
      assert.equal(g!.data, undefined);
    });

    it("turns an unknown id or a placeholder without data into an internal finding", () => {
      for (const [id, data] of [
        ["nope", undefined],
        ["hello", { name: "An" }],
      ] as const) {
        const findings = run(id, data);
        assert.equal(findings.length, 1);
        assert.equal(findings[0]!.ruleId, INTERNAL_RULE_ID);
        assert.match(findings[0]!.message.en, /test\/messages failed internally/);
      }
    });

    it("renders a LocalizedText value in each locale and leaves text without placeholders alone", () => {
      const r = { id: "t/t", messages: { m: { vi: "Có {x} và {x}.", en: "Has {x} and {x}." }, n: { vi: "Dấu {x.", en: "Mark {x." } } };
      assert.deepEqual(renderMessage(r, "m", { x: { vi: "một", en: "one" } }), { vi: "Có một và một.", en: "Has one and one." });
      assert.deepEqual(renderMessage(r, "n"), { vi: "Dấu {x.", en: "Mark {x." });
      assert.deepEqual(placeholders("{a} {b}{a} {c d} {}"), ["a", "b", "a"]);
    });
  });
});
