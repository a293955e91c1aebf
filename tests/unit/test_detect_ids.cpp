// National and resident IDs: check digits (reference §1.3, §2, §10) and detection in context.
#include "test_util.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using twpii::PiiType;

namespace {
// Whether `id` is found in `text` as a national ID, whole.
bool has(const std::string& text, const std::string& id) {
  for (const auto& h : test::detect_all(text)) {
    if (h.type == PiiType::national_id && h.text == id) {
      return true;
    }
  }
  return false;
}
} // namespace

TEST_SUITE_BEGIN("detect_ids");

TEST_CASE("national_id_checksum_ok: the reference's test vectors") {
  for (const char* id : {"A123456789", "I100000003", "O200000006", "W100000001", "Z212345670",
                         "B123456780", "Y100000000", "A800000014", "A870000015", "A900000016"}) {
    CAPTURE(id);
    CHECK(twpii::national_id_checksum_ok(id));
  }
  CHECK_FALSE(twpii::national_id_checksum_ok("A123456788"));
  CHECK_FALSE(twpii::national_id_checksum_ok("A323456789")); // position 2 is 3
  CHECK(twpii::old_resident_id_checksum_ok("AD12345671"));
  CHECK(twpii::old_resident_id_checksum_ok("FA12345689"));
  CHECK_FALSE(twpii::old_resident_id_checksum_ok("AD12345678"));
}

TEST_CASE("detect: a national ID glued to Chinese text is found whole") {
  auto hits = test::detect_all("身分證字號A123456789，電話另附");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].type == PiiType::national_id);
  CHECK(hits[0].text == "A123456789");
  CHECK(hits[0].confidence > 0.95f); // cue word next to it
}

TEST_CASE("detect: lower-case and full-width IDs") {
  auto lower = test::detect_all("編號 a123456789 ");
  REQUIRE(lower.size() == 1);
  CHECK(lower[0].text == "a123456789");
  auto wide = test::detect_all("Ａ１２３４５６７８９");
  REQUIRE(wide.size() == 1);
  CHECK(wide[0].text == "A123456789");
}

TEST_CASE("detect: no match inside a longer ASCII run") {
  CHECK(test::detect_all("XA123456789").empty());
  CHECK(test::detect_all("A1234567890").empty());
  CHECK(test::detect_all("A123456789B").empty());
}

TEST_CASE("detect: a failed check digit needs a cue word and gets low confidence") {
  CHECK(test::detect_all("訂購 A123456788 一批").empty());
  auto hits = test::detect_all("身分證字號：A224871635");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].confidence < 0.5f);
  CHECK(hits[0].rule == "checksum-failed+cue");
  // ...unless the text calls it an example or wrong.
  CHECK(test::detect_all("另檢附身分證字號驗證範例Z164932570（檢查碼不符），供測試").empty());
  // Or later in the clause calls them invalid or a test's (set38b).
  CHECK(test::detect_all("證號。像B234567891、Q299999990這類號碼會被判定無效。").empty());
  CHECK(test::detect_all("網路上說身分證字號「A123456788」可以測試系統，是真的嗎").empty());
  CHECK(test::detect_all("身分證字號：A224871635。測試完成").size() == 1); // (the next sentence)
  // Or says its check digit is wrong later in the clause (sets 47a, 48b).
  CHECK(
      test::detect_all("| E01 | 證號「B113762785」，電話「091*-***-019」 | 檢查碼錯誤 |").empty());
  CHECK(test::detect_all("之證號於名冊誤植為「E221087552」，經查檢核碼不符，已更正。").empty());
  CHECK(test::detect_all("身分證號J233062701檢查碼有誤，請更正").empty());
  CHECK(test::scan_values("身分證字號名冊上誤植為V167503101，正確是V166863768。") ==
        std::vector<std::string>{"V166863768"});
  CHECK(test::scan_values("身分證號碼寫成D137250140，都寫錯，請一併更正。").empty());
  CHECK(test::scan_values("身分證號B273243195經查驗與戶役政資料不符，請補正。").empty());
  CHECK(test::scan_values("身分證待補（家長寫成M149440403，查無此號）").empty());       // (set54b)
  CHECK(test::scan_values("授權書上所載身分證H189166562疑為誤寫，已請補正。").empty()); // (set121b)
  CHECK(test::scan_values("授權書上所載身分證H189166562，已請補正。").size() == 1);
  // Or says before it that it is wrong (sets 107a, 108b); the right one is still found.
  CHECK(test::scan_values("身分證字號打錯了，應該是T140903078，不是T149844714。") ==
        std::vector<std::string>{"T140903078"});
  CHECK(test::scan_values("因身分證號碼與報名表不符（報名表填M268638996，身分證為M215018526）") ==
        std::vector<std::string>{"M215018526"});
  CHECK(test::scan_values("戶籍謄本之身分證字號欄誤載為O209676193，請其補正。").empty());
  // The placeholder digits of a format's example are no one's (set108a).
  CHECK(test::scan_values("召集號碼格式如「AB12345678」，非身分證字號，無須遮蔽。").empty());
  CHECK(test::scan_values("身分證字號：T149844714").size() == 1);
  CHECK(
      test::scan_values("身分證字號填寫為U130848380，經檢核碼驗證有誤，並非令尊之號碼。").empty());
  CHECK(test::detect_all("身分證號B113762785，已核對。檢查碼錯誤者另案處理").size() == 1);
  // A format given in quotes (set39b): 發票號碼格式「AB12345678」.
  CHECK(test::detect_all("如需報帳，發票號碼格式「AB12345678」僅供參考。").empty());
}

TEST_CASE("detect: resident IDs, old and new formats") {
  auto old_form = test::detect_all("居留證號AD12345671");
  REQUIRE(old_form.size() == 1);
  CHECK(old_form[0].type == PiiType::resident_id);
  auto new_form = test::detect_all("統一證號：A800000014");
  REQUIRE(new_form.size() == 1);
  CHECK(new_form[0].type == PiiType::resident_id);
  CHECK(test::detect_all("A323456789").empty());
}

TEST_CASE("detect: invoice numbers are not resident IDs") {
  // AB12345678 passes the old-format check digit? Either way 發票 rules it out.
  CHECK(test::detect_all("統一發票號碼AB12345678").empty());
  CHECK(test::detect_all("發票字軌 AD12345671").empty());
  // Also when a positive cue follows: the word right before the number decides.
  CHECK(test::detect_all("我的發票號碼「AD12345671」是不是統一證號？").empty());
  CHECK(test::detect_all("統一證號AD12345671").size() == 1);
}

TEST_CASE("detect: spaced or hyphenated IDs only next to a cue word") {
  auto spaced = test::detect_all("身分證字號：A 123 456 789");
  REQUIRE(spaced.size() == 1);
  CHECK(spaced[0].text == "A 123 456 789");
  auto hyph = test::detect_all("身分證 A12-345-6789 ");
  REQUIRE(hyph.size() == 1);
  CHECK(hyph[0].text == "A12-345-6789");
  CHECK(test::detect_all("型號 A 123 456 789").empty());
}

TEST_CASE("detect: --types filters IDs") {
  twpii::TypeSet only_phone = twpii::TypeSet::none();
  only_phone.add(PiiType::phone);
  CHECK(test::detect_all("A123456789", only_phone).empty());
}

TEST_SUITE_END();

TEST_CASE("detect: a value given as an example of a format is no finding (set15a)") {
  CHECK(test::detect_all("舊式證號（格式例：AB12345678）之新住民換發新式證號（格式例：A800000015）")
            .empty());
  CHECK(test::detect_all("統一發票號碼（例：AB10293847）當作證號遮蔽").empty());
  CHECK(test::detect_all("e.g. A123456789").empty());
  CHECK(test::detect_all("統一發票號碼（如 AB-12345678、QC38471620）").empty()); // a list (set16)
  // 病例, 案例, 條例 end in 例 and give no example (session 9 review).
  CHECK(test::detect_all("病例：A123456789").size() == 1);
  CHECK(test::detect_all("本案例 A123456789").size() == 1);
  CHECK(test::detect_all("條例：0912345678").size() == 1);
  CHECK(test::detect_all("身分證字號：A123456789").size() == 1);
  CHECK(test::detect_all("依條例，A123456789").size() == 1); // 例 ends 條例 here, then a comma
}

TEST_CASE("detect: a spaced ID as a whole field of a row needs no cue (set15b)") {
  auto hits = test::detect_all("14,江秀,P 2 7 3 9 1 3 3 7 7,33年3月3日,80");
  bool id = false;
  for (const auto& h : hits) {
    id = id || (h.type == PiiType::national_id && h.text == "P 2 7 3 9 1 3 3 7 7");
  }
  CHECK(id);
  CHECK(test::detect_all("編號 P 2 7 3 9 1 3 3 7 7 號").empty()); // not a field: needs a cue
  CHECK(test::detect_all("14,P 2 7 3 9 1 3 3 7 8,x").empty());    // its check digit fails
}

TEST_CASE("detect: an ID with one blank or hyphen after its letter (set18b)") {
  CHECK(has("身分證字號：E 101088790", "E 101088790"));
  CHECK(has("17,童永誠,E 101088790,48/08/18", "E 101088790")); // a row's whole field
  CHECK_FALSE(has("編號 E 101088790 號", "E 101088790"));      // no cue, no field
}

TEST_CASE("detect: an ID letter-spaced in a fixed-width roster's column (set20a)") {
  bool id = false;
  for (const auto& h :
       test::detect_all("0005 陳城勝   Q 1 5 7 2 7 4 4 3 6 58.02.21   05-247-6064")) {
    id = id || (h.type == PiiType::national_id && h.text == "Q 1 5 7 2 7 4 4 3 6");
  }
  CHECK(id);
  CHECK(test::detect_all("編號 Q 1 5 7 2 7 4 4 3 6 號").empty()); // one blank before: no column
}

TEST_CASE("detect: a grouped ID in an HTML cell or between a fixed-width roster's columns (set22b, "
          "set23b)") {
  CHECK(has("<td>男</td><td>L 1049 05891</td><td>920907</td>", "L 1049 05891"));
  CHECK(has("07 鄔佳琳          A 224 571 063       1991/2/28", "A 224 571 063"));
  CHECK_FALSE(
      has("07 鄔佳琳          A 224 571 064       1991/2/28", "A 224 571 064")); // check digit
  CHECK_FALSE(has("見附表 A 224 571 063 項", "A 224 571 063")); // one blank each side: prose
  CHECK_FALSE(has("<td>L 1049 05891 號</td>", "L 1049 05891")); // not the cell's whole text
}

TEST_CASE("detect: a spaced ID between blanks in Chinese text, with its check digit (set34b)") {
  // (The ideographic spaces around it are one blank each in the normalised view.)
  // (And the date after it is the volunteer's date of birth: a row of a numbered list.)
  CHECK(test::scan_values(" 3. 侯阿滿　H 2427 37682　2000年6月20日\n") ==
        std::vector<std::string>{"侯阿滿", "H 2427 37682", "2000年6月20日"});
  // Not with a failed check digit, nor between blanks in Latin text.
  CHECK(test::scan_values(" 3. 侯阿滿　H 2427 37683　\n") == std::vector<std::string>{"侯阿滿"});
  CHECK(test::scan_values("Form H 2427 37682 filed\n").empty());
}

TEST_CASE("detect: 例如 before someone's own ID is an instance, not a format's example (set42a)") {
  CHECK(test::scan_values("再附居留證號就好 例如妳上次給我的 H918559669\n") ==
        std::vector<std::string>{"H918559669"});
  CHECK(test::scan_values("居留證號欄位例如填寫 H918559669 即可\n").empty());
}

TEST_CASE("detect: a value marked as an example right after it is nobody's (set254a)") {
  CHECK(test::scan_values("範例填寫方式：姓名 王小明、身分證 A123456789（此為範例請勿照填）。\n")
            .empty());
  CHECK(test::scan_values("電話 0912-345-678 (範例)\n").empty());
  CHECK(test::scan_values("身分證 A223456781（正本）\n") == std::vector<std::string>{"A223456781"});
}

TEST_CASE("ids: not the head of a longer code joined by a hyphen (set79b)") {
  CHECK(test::scan_values("■食品業者登錄字號H-112345678-00000-3").empty());
  CHECK(test::scan_values("身分證字號A123456789-").size() == 1);
}

TEST_CASE("ids: a real ID after an example of a masked one and a clause (set163b's chat)") {
  const auto values = test::scan_values(
      "09:02 蔣錦昌: 收到。提醒大家個案身分證只寫後四碼，例如 B23356****，不要像上次整個打 "
      "F209979899 出來\n");
  CHECK(std::find(values.begin(), values.end(), "F209979899") != values.end());
  // (An example's own ID stays quiet: 例如 A123456789 之格式.)
  const auto example = test::scan_values("身分證請填寫完整，例如 F209979899 之格式。\n");
  CHECK(std::find(example.begin(), example.end(), "F209979899") == example.end());
}

TEST_CASE("detect: a wrong-check ID in an example's clause is none (set214b)") {
  CHECK(test::detect_all("相關訴訟111年度易字第9560號；錯誤示例身分證 V287380365，已遮蔽").empty());
  CHECK(test::detect_all("範例：身分證 V287380365").empty());
  CHECK(test::detect_all("身分證 V287380365").size() == 1); // (a mistyped ID is still one)
}

TEST_CASE(
    "ids: a failed check digit after 字號 alone, or told as 誤繕, is none (set225a, set225b)") {
  CHECK(test::scan_values("│備　　註│字號G214873750；2024-05-15\n").empty());
  CHECK(test::scan_values("（誤繕之身分證B251582942已退件）\n").empty());
  const auto v = test::scan_values("身分證字號G214873750\n");
  CHECK(v == std::vector<std::string>{"G214873750"});
}

TEST_CASE("ids: an invoice number a word after 發票號碼 is no resident ID (set302b)") {
  // (AB84462362 passes the old resident ID's check digit.)
  CHECK(test::detect_all("收據統一編號 10458570，發票號碼如 AB84462362。").empty());
  CHECK_FALSE(test::detect_all("居留證號碼 AB84462362").empty());
}

TEST_CASE("ids: a receipt's number after 收據 is no resident ID (set303b)") {
  CHECK(test::detect_all("補助款NT$7610核銷，收據VD87408907，廠商統一編號04337430。").empty());
  CHECK(test::detect_all("收據號碼 JC68400320；對外公告").empty());
}

TEST_CASE("ids: ARC glued to a resident ID is its word, not part of a longer code (set308b)") {
  CHECK(test::scan_values("16:19 鄭筱涵 ARCCD52565453 生日2003/8/26\n") ==
        std::vector<std::string>{"鄭筱涵", "CD52565453", "2003/8/26"});
  CHECK(test::detect_all("XYZCD52565453").empty());
}
