// Phone numbers: every written form of the reference (§5, §10), whole or not at all, and the
// look-alikes that must stay quiet.
#include "detectors.hpp"
#include "test_util.hpp"

#include <doctest/doctest.h>

using twpii::PiiType;

namespace {
// The single phone found in `text`, or "" when there is not exactly one.
std::string one_phone(const std::string& text) {
  auto hits = test::detect_all(text);
  if (hits.size() != 1 || hits[0].type != PiiType::phone) {
    return "";
  }
  return hits[0].text;
}
} // namespace

TEST_SUITE_BEGIN("detect_phone");

TEST_CASE("detect: a bracket opens a number after a Latin name (Jason Lee（+886-(0)2-…）)") {
  auto hits = test::detect_all("物業管理公司經理Jason Lee（+886-(0)2-2713-5806）");
  std::vector<std::string> phones;
  for (const auto& h : hits) {
    if (h.type == twpii::PiiType::phone) {
      phones.push_back(h.text);
    }
  }
  CHECK(phones == std::vector<std::string>{"+886-(0)2-2713-5806"});
}

TEST_CASE("detect: valid numbers are found whole") {
  for (const char* p :
       {"02-2345-6789",     "(02)2345-6789",     "+886-(0)2-2345-6789", "+886 2 2345 6789",
        "0912-345-678",     "0912 345 678",      "0912345678",          "886-912-345-678",
        "+886 912 345 678", "(+886)912-345-678", "886912345678",        "037-323456",
        "049-2345678",      "082-312345",        "0826-66123",          "0836-22345",
        "089-345678",       "03-3123456",        "04-2234-5678",        "04-7123456",
        "05-2345678",       "06-2345678",        "07-3456789",          "08-7345678",
        "0223456789"}) {
    CAPTURE(p);
    CHECK(one_phone(std::string("聯絡：") + p + "。") == p);
  }
}

TEST_CASE("detect: full-width numbers") {
  CHECK(one_phone("手機０９１２－３４５－６７８") == "0912-345-678");
  CHECK(one_phone("＋８８６ ９１２ ３４５ ６７８") == "+886 912 345 678");
}

TEST_CASE("detect: extensions belong to the number") {
  CHECK(one_phone("02-2720-8889#8545") == "02-2720-8889#8545");
  CHECK(one_phone("電話02-27208889分機8545，") == "02-27208889分機8545");
  CHECK(one_phone("(03)3396789轉1240") == "(03)3396789轉1240");
  CHECK(one_phone("02-27208889 ext. 8545") == "02-27208889 ext. 8545");
  CHECK(one_phone("電話02-27208889分機：123。") == "02-27208889分機：123");
  CHECK(one_phone("TEL 02-27208889 ext：12") == "02-27208889 ext：12");
  CHECK(one_phone("電話 037-569-801轉分機1174，") == "037-569-801轉分機1174"); // set309b
  CHECK(one_phone("(089)349-954轉內線22") == "(089)349-954轉內線22");
  CHECK(one_phone("<a href=\"tel:077995678,1234\">") == "077995678,1234"); // a tel: link's pause
  CHECK(one_phone("0912345678,1234,備註") == "0912345678");                // a CSV field after it
  CHECK(one_phone("02-2720-8889 x12") == "02-2720-8889 x12");
  // A masked ID after the number is no extension (set240a).
  CHECK(one_phone("０９３０－７４６－１３７　Ｘ１７５０２****") == "0930-746-137");
}

TEST_CASE("detect: numbers abroad with + and a country code") {
  CHECK(one_phone("在越南的哥哥電話是+84 912 408 337，如果") == "+84 912 408 337");
  CHECK(one_phone("+1-415-555-0132") == "+1-415-555-0132");
  CHECK(one_phone("+8613812345678") == "+8613812345678");
  CHECK(one_phone("越南家人電話(+84 912 408 337)") == "+84 912 408 337");
  CHECK(one_phone("電話(+84) 912 408 337") == "(+84) 912 408 337");
  CHECK(one_phone("UTC +8 2024-01-15 10:00 開會").empty());
  CHECK(one_phone("聯絡人電話,+84 916 967 278,夜班") == "+84 916 967 278"); // a CSV field
  CHECK(one_phone("成長+12,345,678人").empty());
  // set28b: the next cell of a CSV row after it; an area code in brackets after the country code.
  CHECK(one_phone("友人,同左,+84 912 730 418,1,230") == "+84 912 730 418");
  CHECK(one_phone("本人,同左,+1 (415) 555-0148 / 備註") == "+1 (415) 555-0148");
  CHECK(one_phone("共 +12 345,678 元").empty());
}

TEST_CASE("detect: a home number with no area code after 家裡 or before （家裡） (sets 25-28)") {
  CHECK(one_phone("外公不會用手機，請打家裡5502-617") == "5502-617");
  CHECK(one_phone("電話：家裡8320-416（吉安）") == "8320-416");
  CHECK(one_phone("月曆上寫著5870913（家裡）。") == "5870913");
  CHECK(one_phone("或是打家裡二二四○—七九八一，她會接") == "二二四○-七九八一");
  for (const char* t : {"家裡有5個人，2024-113號", "5870913（備註）", "總共5870913元"}) {
    CAPTURE(t);
    CHECK(one_phone(t).empty());
  }
}

TEST_CASE("detect: mobiles with tildes or underscores between the groups (set28b)") {
  CHECK(one_phone("她的手機是 0912~603~448（常常沒充電）") == "0912~603~448");
  CHECK(one_phone("手機0916＿228＿473（他自己寫的）") == "0916_228_473");
  CHECK(one_phone("手機0916～228～473") == "0916～228～473");
  for (const char* t : {"第3~5號", "0912~0915", "編號 12_345_678"}) {
    CAPTURE(t);
    CHECK(one_phone(t).empty());
  }
}

TEST_CASE("detect: reference numbers shaped like mobiles, mobiles with slashes") {
  for (const char* t : {"（對方還念出一組「案號0921-337-815」）", "病歷號碼：0920148367",
                        "收據號碼：0913305521", "保單號碼0923410078", "客服紀錄編號0968040811"}) {
    CAPTURE(t);
    CHECK(one_phone(t).empty());
  }
  CHECK(one_phone("手機號碼：0913305521") == "0913305521");
  CHECK(one_phone("門號0913305521") == "0913305521");
  CHECK(one_phone("手機0920/118/246，") == "0920/118/246");
  CHECK(one_phone("0920/118/2467").empty());
  for (const char* t :
       {"溫度+12.5度", "+12345 人", "成長+15%", "比分 +3-2", "+84 912 408 337abc", "+84 9124"}) {
    CAPTURE(t);
    CHECK(one_phone(t).empty());
  }
}

TEST_CASE("detect: phones in Chinese numerals, next to a phone cue") {
  CHECK(one_phone("家裡市話〇三－八二六一五四七。") == "〇三-八二六一五四七");
  CHECK(one_phone("手機〇九一二三四五六七八") == "〇九一二三四五六七八");
  CHECK(one_phone("民國一〇九年〇三八二六一五四七").empty()); // no cue
  // A whole landline of nine from its trunk 0, a one-digit area code's (set149a's relief memo).
  CHECK(test::scan_values(
            "關懷9077 周黃品妍，827010高雄市彌陀區溪寮里13鄰鹽港一路一百二十四巷二百三十號，"
            "〇七七〇九九九二四\n")
            .back() == "〇七七〇九九九二四");
  CHECK(one_phone("電話〇三－八二六一").empty()); // too short
  // Big5 has no 〇: ○ stands for it; three in a row are a masked number.
  CHECK(one_phone("他的手機是○九一一-二七七-四三九。") == "○九一一-二七七-四三九");
  CHECK(one_phone("手機○九一一-○○○-○○○").empty());
  CHECK(one_phone("手機○九一一○○○○○○").empty());
  // set28b: Arabic digits inside a group (full-width ones folded), not as a group of their own;
  // a local number, no area code, with a phone cue (as try_local takes Arabic ones).
  CHECK(one_phone("以前那支是零九二八－三三一－二０七嗎") == "零九二八-三三一-二0七");
  CHECK(one_phone("電話：二七○六－五五一八（白天）") == "二七○六-五五一八");
  CHECK(one_phone("二七○六－五五一八（白天）").empty());
  CHECK(one_phone("電話：二〇二四年五月").empty());
  CHECK(one_phone("電話：○二-二三○○-○一二三") == "○二-二三○○-○一二三"); // 02-2300-0123
  // A mobile needs no cue (set5: a forum comment); a landline does.
  CHECK(one_phone("我媽抄的號碼是〇九八四-一七一-七〇八 07/17") == "〇九八四-一七一-七〇八");
  CHECK(one_phone("號碼是〇三八二六一五四七 07/17").empty());
  // A landline's area code, a hyphen, the rest: written as Arabic ones are, no cue needed
  // (set205a's renumbering notice).
  CHECK(one_phone("住戶的 〇四-二五〇四五四四二") == "〇四-二五〇四五四四二");
  CHECK(one_phone("一〇-二〇〇〇").empty());
  // Groups split by a middle dot or a full stop (set24a: a Big5 petition's ○ for zero).
  CHECK(one_phone("手機（次子）：○九三○‧三八五‧五一三") == "○九三○‧三八五‧五一三");
  CHECK(one_phone("手機：〇九三〇.三八五.五一三") == "〇九三〇.三八五.五一三");
  // A letter O typed for the 0 (set24b, a Facebook comment).
  CHECK(one_phone("我的手機 O928-133-504 謝謝版主") == "O928-133-504");
  CHECK(one_phone("代號GO912345678").empty());
  CHECK(one_phone("代號O912345678X").empty());
  // Read aloud with 幺 for 1; Arabic digits, Chinese ones, Arabic again (set24b).
  CHECK(one_phone("民眾：對，零九三二，幺八八，七四五。") == "零九三二，幺八八，七四五");
  CHECK(one_phone("可先打給我0926七七一405（佩君的手機）") == "0926七七一405");
  CHECK(one_phone("共0930七點開會").empty());
  CHECK(one_phone("手機0921-四八七-二〇六（女兒的）") == "0921-四八七-二〇六"); // set25a
  CHECK(one_phone("電話 0921-四樓").empty());
  // Begun in Arabic, said on in Chinese (set23a, a chat).
  CHECK(one_phone("我手機換號碼了 0九七二 三三八 一四五 有事打這支") == "0九七二 三三八 一四五");
  CHECK(one_phone("共10九十人").empty());
  CHECK(one_phone("20九七二三三八一四五").empty()); // the 0 inside a longer number
  // A failed number that runs into the next column of a fixed-width row (set6).
  {
    // (0610907 after 男 is a date of birth.)
    const auto hits = test::detect_all("男    0610907  082-377398        892金門縣");
    REQUIRE(hits.size() == 2);
    CHECK((hits[0].type == PiiType::birth_date && hits[0].text == "0610907"));
    CHECK((hits[1].type == PiiType::phone && hits[1].text == "082-377398"));
  }
  CHECK(one_phone("手機0912  345678") == "0912  345678");
}

TEST_CASE("detect: wrong subscriber lengths and service numbers are not phones") {
  for (const char* p : {"02-2345-678", "1999", "110", "119", "0800-818-001", "070-1234-5678",
                        "02-0234-5678", "0912-345-6789", "12-0912345678"}) {
    CAPTURE(p);
    CHECK(test::detect_all(std::string("請撥") + p + "洽詢").empty());
  }
}

TEST_CASE("detect: look-alikes stay quiet") {
  for (const char* t :
       {"府地權字第1100012345號", "發文字號：第0920063929號", "民國113年2月16日", "113.02.16",
        "113/02/16", "2024-01-01", "新臺幣1,234,567元", "NT$ 45,000", "ISBN 978-957-08-1234-5",
        "ISBN 0-306-40615-2", "111年度上易字第342號", "0123-0004地號", "09:30", "14:05:59",
        "統一編號：04595252", "10603台北市", "訂單0912345678901"}) {
    CAPTURE(t);
    CHECK(test::detect_all(t).empty());
  }
}

TEST_CASE("detect: a number is never left with digits behind") {
  // Joined by hyphens to more digits: ambiguous, so not reported at all.
  CHECK(test::detect_all("0912-345-678-9").empty());
  CHECK(test::detect_all("0912345678a").empty());
}

TEST_CASE("detect: CSV fields after a number are not its continuation") {
  auto hits = test::detect_all("王小明,K223091234,0910-123-456,wang@example.com");
  REQUIRE(hits.size() == 4); // the name is a field of a row with personal data
  CHECK(hits[0].type == PiiType::person_name);
  CHECK(hits[2].text == "0910-123-456");
  CHECK(test::detect_all("新臺幣1,234,567元").empty());
  CHECK(one_phone("1,+886 935 772 104") == "+886 935 772 104");
  CHECK(one_phone("1878,037-351284,") == "037-351284");
}

TEST_CASE("detect: two numbers joined by a slash are both found") {
  for (const char* t : {"電話04-8321957／0922-306-145", "電話04-8321957/0922-306-145",
                        "（082 - 325 614／0911-082-570）"}) {
    CAPTURE(t);
    auto hits = test::detect_all(t);
    REQUIRE(hits.size() == 2);
    CHECK(hits[1].text.find("09") == 0);
  }
  CHECK(test::detect_all("日期2023/09/12").empty()); // a slash after no number stays a date's
}

TEST_CASE("detect: a bracket around a +886 number is not part of it") {
  CHECK(one_phone("聯絡電話（+886-(0)2-2428-6713）") == "+886-(0)2-2428-6713");
  CHECK(one_phone("電話(+886-912-345-678)") == "+886-912-345-678");
  CHECK(one_phone("(+886)912-345-678") == "(+886)912-345-678");
}

TEST_CASE("detect: local numbers without area code need a cue word") {
  CHECK(one_phone("電話：2345-6789") == "2345-6789");
  CHECK(test::detect_all("編號2345-6789").empty());
}

TEST_CASE("detect: local digits alone count right after a phone label (set10's LINE chat)") {
  CHECK(one_phone("10:27\t老爹\t電話29617730  她兒子") == "29617730");
  CHECK(one_phone("市話：2961773。") == "2961773");
  CHECK(one_phone("TEL: 29617730 分機12") == "29617730 分機12");
  // Not after a mere 電 or 分機, not with words between, not 9 digits, not a part of a longer
  // number.
  for (const char* t :
       {"用電29617730度", "分機29617730", "電話費29617730元", "電話號碼有誤，案號29617730",
        "電話296177301", "電話29617730-1", "電話0.29617730", "電話12345678"}) {
    CAPTURE(t);
    CHECK(test::detect_all(t).empty());
  }
}

TEST_CASE("detect: set14's phones — nbsp entities between groups, spoken groups, an export's key") {
  // Raw HTML read as text writes its blanks as entities.
  CHECK(one_phone("<td>0916&nbsp;198&nbsp;481</td>") == "0916&nbsp;198&nbsp;481");
  CHECK(one_phone("<td>02&#160;2345&#160;6789</td>") == "02&#160;2345&#160;6789");
  CHECK(test::detect_all("<td>12&nbsp;345</td>").empty());
  // A call log writes the groups down as the caller says them, with 、 or ，between.
  CHECK(one_phone("民眾：對對，零九三八、五二一、六〇四。") == "零九三八、五二一、六〇四");
  CHECK(one_phone("或打我手機也可以，零九一九，二〇七，五五一。") == "零九一九，二〇七，五五一");
  CHECK(test::detect_all("第一、二、三，〇、一項").empty());
  // (Not across a 、 after a whole number: two phones listed — set167b's petition in Big5.)
  CHECK(test::scan_values("聯絡電話：○三七-三五六三七○、○九五二四○○一九○\n") ==
        std::vector<std::string>{"○三七-三五六三七○", "○九五二四○○一九○"});
  // A JSON export's key, the leading zero lost to a number type.
  CHECK(one_phone("{\"case\":\"x\",\"tel\":\"35712846\",\"email\":\"\"}") == "35712846");
  CHECK(test::detect_all("{\"id\":\"35712846\"}").empty());
}

TEST_CASE("detect: placeholders and examples are no one's number (set15a)") {
  for (const char* t : {"表單範例所用之(03)000-0000、0900-000-000", "請撥打02-2000-0000轉9客服處理",
                        "│行動電話　│0900-000-000　│"}) {
    CAPTURE(t);
    CHECK(test::detect_all(t).empty());
  }
  CHECK(one_phone("電話：02-2960-0001") == "02-2960-0001");
  CHECK(one_phone("電話：0910-000-101") == "0910-000-101"); // four zeros in a row: a number
  CHECK(one_phone("電話：02-2700-0000") == "02-2700-0000"); // six: a switchboard may have them
}

TEST_CASE("detect: groups split by a middle dot (Big5 has ‧: set12a)") {
  for (const char* t : {"0910‧258‧617", "0921·338·605", "02‧2345‧6789", "(02)2345‧6789"}) {
    CAPTURE(t);
    auto hits = test::detect_all(std::string("理事長手機：") + t + "。");
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].type == twpii::PiiType::phone);
    CHECK(hits[0].text == t);
  }
  CHECK(test::detect_all("第3‧4‧5號").empty());
}

TEST_CASE("detect: 412-xxxx is a nationwide service number, not a local one (set19b)") {
  CHECK(test::detect_all("家庭教育諮詢專線 412-8185（手機加02）").empty());
  CHECK(test::detect_all("可以去法律扶助基金會問，電話412-8518，免費").empty());
  CHECK(test::detect_all("電話：2345-6789").size() == 1);
  CHECK_FALSE(twpii::detectors::is_phone_cell("03-0000000")); // a form's placeholder
  // Only zeros after the first group: a form's and a press release's examples (set20b).
  CHECK(test::detect_all("範例「電話：037-000000、手機：09XX」").empty());
  CHECK(test::detect_all("範例電話0912-000-000僅供參考").empty());
  CHECK(test::detect_all("手機0912-345-000").size() == 1);
  CHECK(twpii::detectors::is_phone_cell("03-4567890"));
  CHECK(twpii::detectors::is_phone_cell("2345-6789"));
  CHECK_FALSE(twpii::detectors::is_phone_cell("11447664")); // a lot number (set249b)
  // A cell masked by groups of ○ is no number of zeros (set195a); ○ as a Big5 file's zero is.
  CHECK_FALSE(twpii::detectors::is_phone_cell("0973-○○○-○○○"));
  CHECK_FALSE(twpii::detectors::is_phone_cell("○九七三○○○○○○"));
  CHECK(twpii::detectors::is_phone_cell("○九一一-二七七-四三九"));
  // Ten digits with no trunk 0, and a date, are no phone under the column (set206b).
  CHECK_FALSE(twpii::detectors::is_phone_cell("1130109381"));
  CHECK_FALSE(twpii::detectors::is_phone_cell("2022-10-05"));
  CHECK(twpii::detectors::is_phone_cell("920300761")); // (a mobile whose 0 was dropped)
  CHECK(twpii::detectors::is_phone_cell("0973-200-○○1"));
}

TEST_CASE("detect: a mobile after a slash and a digit is a field of its own (set26b)") {
  CHECK(one_phone("住戶／5F-2／0958 337 120") == "0958 337 120");
  CHECK(one_phone("1/0912345678") == "0912345678");
  CHECK(test::detect_all("2024/09/15").empty()); // a date's month after a slash
  CHECK(test::detect_all("比數 3/0958").empty());
}

TEST_CASE("detect: a landline with its hyphen or a blank after a date and a slash (sets 263a, "
          "288a)") {
  CHECK(one_phone("78.11.17／082-309389") == "082-309389");
  CHECK(one_phone("053/10/08／06 9045607") == "06 9045607");
  CHECK(test::detect_all("日期 113/02-15").empty()); // (no five digits after the hyphen)
}

TEST_CASE("detect: cue words raise confidence") {
  auto plain = test::detect_all("0223456789");
  auto cued = test::detect_all("電話0223456789");
  REQUIRE(plain.size() == 1);
  REQUIRE(cued.size() == 1);
  CHECK(cued[0].confidence > plain[0].confidence);
}

TEST_SUITE_END();

TEST_CASE("detect: dots after +886 (+886.966.423.063, set31b)") {
  auto hits = test::detect_all("聯絡電話：04-22772728 / +886.966.423.063");
  std::vector<std::string> phones;
  for (const auto& h : hits) {
    phones.push_back(h.text);
  }
  CHECK(phones == std::vector<std::string>{"04-22772728", "+886.966.423.063"});
  // Not a dot that ends a sentence before a number.
  CHECK(test::detect_all("國碼+886.").empty());
}

TEST_CASE("detect: an area code in brackets after +886 (+886 (7) 8828003, set38a)") {
  CHECK(one_phone("電話 +886 (2) 2345-6789") == "+886 (2) 2345-6789");
  CHECK(one_phone("1,+886 (89) 398976,台東") == "+886 (89) 398976");
  CHECK(one_phone("+886(7)8828003") == "+886(7)8828003");
  CHECK(one_phone("(+886)(2)2345-6789") == "(+886)(2)2345-6789");
  // Not a number too short for its area code.
  CHECK(test::detect_all("國碼 +886 (2) 123").empty());
}

TEST_CASE("detect: the textbook mobile 0912-345-678 on a line that gives an example (set69b)") {
  CHECK(
      test::detect_all("4。範例申請書填寫示範：申請人「王小明」、電話「0912-345-678」。").empty());
  CHECK(test::detect_all("我的手機 0912-345-678 請回電").size() == 1);
}

TEST_CASE("phone: after 例如 and a person named, a number is that person's (set75b)") {
  const auto v = test::scan_values(
      "長無法登錄（例如Ｋｉｍ Ｓｏｏ－ｍｉｎ家長手機為＋８８６ ９５４２６４６８９）。");
  CHECK(std::find(v.begin(), v.end(), "＋８８６ ９５４２６４６８９") != v.end());
  CHECK(std::find(v.begin(), v.end(), "Ｋｉｍ Ｓｏｏ－ｍｉｎ") != v.end());
  // (A format's number after 例如 stays an example, and so does a textbook name's.)
  CHECK(test::scan_values("手機號碼格式例如王小明的0912345678").empty());
}

TEST_CASE("detect: a whole landline of ten Chinese digits needs no cue (set84a)") {
  CHECK(one_phone("對 ○四九二九八七六五四") == "○四九二九八七六五四");
  CHECK(one_phone("民國一〇九年〇三八二六一五四七二").empty());
}

TEST_CASE(
    "scan: a landline in Chinese numerals after 打, and under a CSV's phone column (sets 97b, "
    "98b)") {
  CHECK(test::scan_values("請你們重新排日子，打零五－六九三一四八二找我，我耳朵不好") ==
        std::vector<std::string>{"零五－六九三一四八二"});
  const auto row =
      test::scan_values("序號,姓名,性別,出生年月日,統一編號,戶籍地址,聯絡電話,應送達文書\n"
                        "3,王大明,男,1992年4月8日,W214757739,324桃園市平鎮區工業一路52巷220號4樓,"
                        "〇八-七五二九三三七,補助撤銷處分\n");
  CHECK(std::find(row.begin(), row.end(), "〇八-七五二九三三七") != row.end());
}

TEST_CASE("phone: a local number a bracket calls another kind of number (set113a's guide)") {
  CHECK(test::scan_values("誤把9752-7241（收據序號）當電話").empty());
  CHECK(test::scan_values("電話：2345-6789（家）") == std::vector<std::string>{"2345-6789"});
}

TEST_CASE("phone: found whole when the area code lost its '(' and after a slash (set186a)") {
  // (Read from 642 before: the area code was left behind.)
  CHECK(test::scan_values("電話：06)642-9990；") == std::vector<std::string>{"06)642-9990"});
  const auto row = test::scan_values("6. 藍俊宏／生日 24/07/1997／+886 953 256 351／金項鍊");
  CHECK(std::find(row.begin(), row.end(), "+886 953 256 351") != row.end());
  // (No other bracket opens a number: a count in brackets stays quiet.)
  CHECK(test::scan_values("共 12)345-6789").empty());
}

TEST_CASE("phone: after 例如, a number of people the sentence named is theirs (set186b)") {
  CHECK(test::scan_values("名單上有 朱雅雯、温天賜 的電話和生日，例如 0913-480-157。") ==
        std::vector<std::string>{"朱雅雯", "温天賜", "0913-480-157"});
  // (With no one's, a format's example.)
  CHECK(test::scan_values("請填寫手機，例如 0913-480-157。").empty());
  CHECK(test::scan_values("小恩媽咪：請填手機，例如 0913-480-157。").empty());
}

TEST_CASE("phone: in Chinese numerals with the area code in brackets (sets 182b, 30, 103)") {
  CHECK(test::scan_values("電話(零二)二二九六三二九九。") ==
        std::vector<std::string>{"(零二)二二九六三二九九"});
  CHECK(test::scan_values("她住台北，電話（〇二）二九四五－七七一六，沒人接") ==
        std::vector<std::string>{"（〇二）二九四五－七七一六"});
  // (A bracket around the whole number is no part of it.)
  CHECK(test::scan_values("(零九一二-三四五-六七八)") ==
        std::vector<std::string>{"零九一二-三四五-六七八"});
}

TEST_CASE(
    "phone: the rest of a number in Arabic digits after a first group in numerals (set188a)") {
  CHECK(test::scan_values("手機：○九六九-077503") == std::vector<std::string>{"○九六九-077503"});
  // (Not a lot number after a whole one, a blank between: two values.)
  CHECK(test::scan_values("○九一○一八○九四五 328-13") ==
        std::vector<std::string>{"○九一○一八○九四五"});
}

TEST_CASE("phone: a whole mobile in numerals before a blank and more numerals (set190b)") {
  CHECK(test::scan_values("有事打我 〇九三九七三一七一三 零九開頭那個") ==
        std::vector<std::string>{"〇九三九七三一七一三"});
}

TEST_CASE("phone: a mobile in numerals after a date and a blank, no mixed number with the date's "
          "day (set230b)") {
  CHECK(one_phone("x 1995-07-07 〇九三八七四六八〇三") == "〇九三八七四六八〇三");
  CHECK(test::scan_values("  3. 阮氏秋姮　1995-07-07　〇九三八七四六八〇三\n").back() ==
        "〇九三八七四六八〇三");
}

TEST_CASE("phone: a toll-free number under a phone column is an office's (set230b)") {
  CHECK_FALSE(twpii::detectors::is_phone_cell("0800-092-000"));
  CHECK_FALSE(twpii::detectors::is_phone_cell("(0800)092000"));
  CHECK(twpii::detectors::is_phone_cell("08-7654321"));
  const std::string csv = "序號,姓名,身分,年齡,電話,備註\n"
                          "009,陳怡君,目擊者,87歲,0800-092-000,\n"
                          "010,詹士豪,里長,54歲,0912345678,\n";
  const auto v = test::scan_values(csv);
  CHECK(std::find(v.begin(), v.end(), "0800-092-000") == v.end());
  CHECK(std::find(v.begin(), v.end(), "0912345678") != v.end());
}

TEST_CASE("phone: a bag's tag number after 行李條碼 or 牌號 is no phone (set305a)") {
  CHECK(test::detect_all("<li>行李條碼：0297987086</li>").empty());
  CHECK(test::detect_all("行李牌號 0297819728").empty());
  CHECK_FALSE(test::detect_all("電話：0297819728").empty());
}

TEST_CASE("phone: a landline in Chinese numerals, blanks and words after it (set306a)") {
  CHECK(test::scan_values("駱詩涵 〇八二－三五四四八六  區間快４４６次\n") ==
        std::vector<std::string>{"駱詩涵", "〇八二－三五四四八六"});
  // (Blanks between groups still join them when digits follow: 〇九三九 七三一 七一三.)
  CHECK(test::scan_values("打我 〇九三九 七三一 七一三\n") ==
        std::vector<std::string>{"〇九三九 七三一 七一三"});
}
