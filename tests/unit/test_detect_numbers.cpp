// Dates of birth and the other identifiers (reference §3, §4): found with their cue word or
// check digit, quiet without them.
#include "detectors.hpp"
#include "test_util.hpp"

#include <twpii/mask.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <memory>

using twpii::PiiType;

namespace {
// "type:text" of every finding in `text`.
std::vector<std::string> found(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& h : test::detect_all(text)) {
    out.push_back(std::string(twpii::type_info(h.type).name) + ":" + h.text);
  }
  return out;
}
using V = std::vector<std::string>;
} // namespace

TEST_SUITE_BEGIN("detect_numbers");

TEST_CASE("detect: a year right at the text's end reads no byte past it (ASan, session 8 review)") {
  // An ASan build of this test caught partial_birth_ok reading the byte after …年的 through
  // ideograph_at; the text is copied into a buffer of exactly its size so that the sanitizer sees
  // such a read (an ordinary build cannot).
  for (std::string_view t : {"民國40年的", "八十七年的", "生於民國40年"}) {
    CAPTURE(t);
    twpii::NormText norm;
    twpii::normalize(t, norm);
    const std::unique_ptr<char[]> exact(new char[norm.text.size()]);
    std::copy(norm.text.begin(), norm.text.end(), exact.get());
    std::vector<twpii::Match> matches;
    twpii::detect(std::string_view(exact.get(), norm.text.size()), twpii::TypeSet::all(), matches);
    // (民國40年的 at a clause's end is a person's year, as people tell their age.)
    CHECK(matches.size() == (t.starts_with("生於") || t.starts_with("民國") ? 1u : 0u));
  }
}

TEST_CASE("detect: dates of birth need a cue word") {
  CHECK(found("出生年月日：民國74年5月3日") == V{"birth_date:民國74年5月3日"});
  CHECK(found("生日 074/05/03。") == V{"birth_date:074/05/03"});
  CHECK(found("1985-05-03生") == V{"birth_date:1985-05-03"});
  CHECK(found("生於1985年5月3日") == V{"birth_date:1985年5月3日"});
  CHECK(found("發文日期：民國113年2月16日").empty());
  CHECK(found("其子於1970年3月21日出生") == V{"birth_date:1970年3月21日"});
  CHECK(found("出生年月日：１９７２／１２／１４") == V{"birth_date:1972/12/14"});
  CHECK(found("本辦法自110.11.10生效").empty());
  CHECK(found("該校學生於民國107年02月01日放學").empty());
  CHECK(found("出生 113.13.02").empty()); // no 13th month
  // A cue right after a date is that date's, not the next one's (set194b).
  CHECK(found("小孩98年4月26日出生，今年國三，去年113年7月4日在補習班繳費") ==
        V{"birth_date:98年4月26日"});
  // (But a date standing alone after it is told the same way: two children's births — set197b.)
  CHECK(found("長女是103.09.03出生的，次女是105.02.17，兩個都很乖") ==
        V{"birth_date:103.09.03", "birth_date:105.02.17"});
}

TEST_CASE("detect: dates with an English month, as passports print them") {
  CHECK(found("DOB: 31 DEC 1996") == V{"birth_date:31 DEC 1996"});
  CHECK(found("Born 3 May 1985") == V{"birth_date:3 May 1985"});
  CHECK(found("出生日期：3-Mar-1985") == V{"birth_date:3-Mar-1985"});
  CHECK(found("Date of Birth: 03 September 1990") == V{"birth_date:03 September 1990"});
  for (const char* t : {"會議 3 May 2024 舉行", "DOB: 41 DEC 1996", "DOB: 3 Dec 96",
                        "DOB: 3 Decx 1996", "DOB: 3 DEC-1996"}) {
    CAPTURE(t);
    CHECK(found(t).empty());
  }
  CHECK(twpii::detectors::is_date("31 DEC 1996"));
  CHECK(!twpii::detectors::is_date("31 DEC"));
}

TEST_CASE("detect: a date eighteen years back right after a name and a comma") {
  CHECK(found("527\t車籍\t車號 KNK-3206\t車主尹政勳，068/06/14，221新北市") ==
        V{"license_plate:KNK-3206", "person_name:尹政勳", "birth_date:068/06/14"});
  CHECK(found("報案人王小明，100/05/03，至本所報案") == V{"person_name:王小明"}); // too recent
  CHECK(found("會議於林口，1975/05/03，舉行").empty());                           // no name
  // Chinese numerals read as the digits would be; a Japanese era is always old enough (set11-12).
  CHECK(found("　4. 賀金水　二十二年十二月八日") ==
        V{"person_name:賀金水", "birth_date:二十二年十二月八日"});
  CHECK(found("2　羅雅雯　明治41年7月20日") ==
        V{"person_name:羅雅雯", "birth_date:明治41年7月20日"});
  CHECK(found("4. 賀金水　一百一十二年十二月八日") == V{"person_name:賀金水"}); // too recent
  // A child's recent date after a kinship label of a household's list (set14).
  CHECK(found("案長子：郭宇軒　102.05.19　大里國小五年級") ==
        V{"person_name:郭宇軒", "birth_date:102.05.19"});
  CHECK(found("承辦人：郭語彤　113.11.02　") == V{"person_name:郭語彤"});
  // Blanks or a bracket between the label, the name and the date (set18).
  CHECK(found("長女　何育琪　102.3.16　國小") == V{"person_name:何育琪", "birth_date:102.3.16"});
  CHECK(found("子女：長子 高子平（102.7.19，國小）") ==
        V{"person_name:高子平", "birth_date:102.7.19"});
  CHECK(found("次子 張簡文龍（109.07.30 死亡）") == V{"person_name:張簡文龍"}); // a death
  // One short field between the name and the date (set28): a kinship word or a household role
  // (any age), a school grade or a note in brackets (an adult's date).
  CHECK(found("1. 林育成　戶長　69.01.08") == V{"person_name:林育成", "birth_date:69.01.08"});
  CHECK(found("4. 林宥廷　長男　107/12/03") == V{"person_name:林宥廷", "birth_date:107/12/03"});
  CHECK(found("⑹ 温淑惠（温，不是溫），57.11.3，寡居") ==
        V{"person_name:温淑惠", "birth_date:57.11.3"});
  CHECK(found("姓名：王小明，到場，113.5.3") == V{"person_name:王小明"});    // no adult, no kin
  CHECK(found("姓名：王小明，申請日期，73.5.3") == V{"person_name:王小明"}); // an event's field
}

TEST_CASE("detect: a conscription's year is no cohort of birth (set28a)") {
  CHECK(found("<p>主旨：公告本區113年次常備役役男抽籤結果</p>").empty());
  CHECK(found("出生：46年次") == V{"birth_date:46年次"});
}

TEST_CASE("detect: a year of birth before 生的 or 生之 and a word for one person, not a group") {
  CHECK(found("我是民國26年生的老兵的太太") == V{"birth_date:民國26年"});
  CHECK(found("失蹤者為民國27年生之失智長者") == V{"birth_date:民國27年"});
  CHECK(found("民國74年出生之人口").empty());
  CHECK(found("民國50年生的民眾均可申請").empty());
}

TEST_CASE("detect: set14's dates of birth — an export's key, Indonesian months") {
  CHECK(found("{\"id\":\"x\",\"birthday\":\"0450312\",\"x\":1}") == V{"birth_date:0450312"});
  CHECK(found("{\"date\":\"0450312\"}").empty());
  CHECK(found("性別：女　　出生：17 Agustus 1993") == V{"birth_date:17 Agustus 1993"});
  CHECK(found("出生：17 Agustusan 1993").empty());
}

TEST_CASE("detect: a range of dates of birth is a group's") {
  CHECK(found("一、3歲班（幼兒出生日期110年9月2日至111年9月1日）錄取名單").empty());
  CHECK(found("新生兒出生通報週報（112/12/28 至 113.01.03）").empty());      // (set255b: blanks)
  CHECK(found("2. 出生於民國95年1月1日（含）以前者，得單獨申請。").empty()); // (set260b)
}

TEST_CASE("detect: a compact date after 是 answers a birthday asked in its sentence (set264b)") {
  CHECK(found("保險要生日，何偉是20211226") == V{"birth_date:20211226"});
  CHECK(found("保險要生日，吳玲是1091227") == V{"birth_date:1091227"});
  CHECK(found("生日快樂。訂單號碼是20211226").empty()); // (not past the sentence's end)
  CHECK(found("出生日期 1985/05/03~1990/01/01").empty());
  CHECK(found("出生日期：110年9月2日，住") == V{"birth_date:110年9月2日"});
}

TEST_CASE("detect: 生的 and 生日 right after a date") {
  CHECK(found("是民國100年11月21日生的，現在") == V{"birth_date:民國100年11月21日"});
  CHECK(found("小她四歲，2015/3/18生日，小名") == V{"birth_date:2015/3/18"});
  CHECK(found("我女兒是民國八十八年十二月二十四日生的，她") ==
        V{"birth_date:民國八十八年十二月二十四日"});
  CHECK(found("113年5月3日發生的事故").empty());
  CHECK(found("國曆113年10月30日（農曆九月廿八）生") ==
        V{"birth_date:國曆113年10月30日", "birth_date:九月廿八"});
}

TEST_CASE("detect: a date ten years back right after a sex field is a date of birth") {
  CHECK(found("王小明(男,74.05.03)") == V{"person_name:王小明", "birth_date:74.05.03"});
  CHECK(found("王大同，男，民國74年5月3日，住台北市") ==
        V{"person_name:王大同", "birth_date:民國74年5月3日"});
  CHECK(found("林美玲（女／59.03.12）") == V{"person_name:林美玲", "birth_date:59.03.12"});
  CHECK(found("王大同 男 1985-05-03") == V{"person_name:王大同", "birth_date:1985-05-03"});
  // Not a date of last year (an appointment), not 男 inside a word, not without a separator.
  CHECK(found("報案人，男，19850503，住台北") == V{"birth_date:19850503"});
  for (const char* t : {"這次比賽分男、女，2008-03-05舉行。", "，男，2010年3月5日因竊盜案被捕",
                        "DOB: 35 DEC 1996", "DOB: 0 DEC 1996"}) {
    CAPTURE(t);
    CHECK(found(t).empty());
  }
  for (const char* t : {"報案人，男，113年5月3日到案說明", "少男，74.05.03", "男女74年5月3日",
                        "男74年5月3日", "參加者：男，2020年1月1日報到"}) {
    CAPTURE(t);
    CHECK(found(t).empty());
  }
}

TEST_CASE("detect: dates of birth in Chinese numerals, as a year or a month, and cohorts") {
  CHECK(found("出生年月日：民國七十二年八月十四日") == V{"birth_date:民國七十二年八月十四日"});
  CHECK(found("男　民國八十一年一月二十日生") == V{"birth_date:民國八十一年一月二十日"});
  CHECK(found("生於一九八五年五月三日") == V{"birth_date:一九八五年五月三日"});
  CHECK(found("（民國40年出生）") == V{"birth_date:民國40年"});
  CHECK(found("母親（1938年生）") == V{"birth_date:1938年"});
  CHECK(found("長子（民國101年8月生，國小六年級）") == V{"birth_date:民國101年8月"});
  CHECK(found("其母（民國五十六年生）") == V{"birth_date:民國五十六年"});
  CHECK(found("先父生於民國十五年八月，於民國一○九年過世") == V{"birth_date:民國十五年八月"});
  CHECK(found("該校學生於100年8月入學").empty());
  CHECK(found("次子，46年次，") == V{"birth_date:46年次"});
  CHECK(found("今年六十八歲，四十五年次") == V{"birth_date:四十五年次"});
  // A year alone needs 生 right after it; 生效, 生活 and a plan's 第5年次 are no births.
  CHECK(found("民國110年生效的規定").empty());
  CHECK(found("這三年來生活困苦").empty());
  CHECK(found("第15年次的計畫").empty());
  // Nor an unnamed person's in a press release (set63a).
  CHECK(found("<p>羅東鎮一名40年次的婦人，日前接獲").empty());
  CHECK(found("警方逮捕1名70年次男子").empty());
  CHECK(found("一年生植物").empty());
  CHECK(found("民國74年至民國84年出生之育齡人口").empty()); // statistics
  CHECK(found("1990年以後出生者").empty());
  CHECK(found("出生於民國六十年代的管理權人").empty()); // a decade (set38b)
  // Set39b: cohorts listed each with its 年次 (not the years of a zodiac sign, each without);
  // 十二月 before 生 read whole.
  CHECK(found("謝姓夫婦兩人（42年次、45年次），") ==
        V{"person_name:謝", "birth_date:42年次", "birth_date:45年次"});
  CHECK(found("屬蛇：民國42、54、66、78、90、102年次").empty());
  // A cohort after a name and 、 is the person's (set55b); not the last of a list of years.
  CHECK(found("登記姓名蕭冠宇、84年次，") == V{"person_name:蕭冠宇", "birth_date:84年次"});
  CHECK(found("沖太歲：民國47年、59年、71年、83年、95年次出生者").empty());
  CHECK(found("老二宥恩是十二月一號生的") == V{"person_name:宥恩", "birth_date:十二月一號"});
  // An age, then the date in brackets (set40b); not another date in brackets.
  CHECK(found("年輕人剛滿二十歲（2004.03.18），想申請") == V{"birth_date:2004.03.18"});
  CHECK(found("活動於113年（113.05.01）舉行").empty());
  // The same date in the other calendar in brackets, blanks around it (set38b).
  CHECK(found("訴願人February 29, 2000 (ROC 89.02.29) 生，現居") ==
        V{"birth_date:February 29, 2000", "birth_date:89.02.29"});
  CHECK(found("即「50年次至59年次」占總人口17.2%").empty());
  // From a review: a crash on 生於 near the end of a line, and small numbers of years.
  CHECK(found("先父何大同生於民國十五年八月。") ==
        V{"person_name:何大同", "birth_date:民國十五年八月"});
  CHECK(found("本公司誕生於1985年，").empty());
  CHECK(found("凡生於民國四十年之人").empty());
  CHECK(found("本班為二年生，").empty());
  CHECK(found("我是民國二十七年出生的，今年八十六歲了") == V{"birth_date:民國二十七年"}); // set5
  CHECK(found("民國七十年出生的人口").empty());
  CHECK(found("耆老巴奈‧卡照民國13年2月8日生於馬太鞍部落") ==
        V{"birth_date:民國13年2月8日"}); // set6
  CHECK(found("研究生於112年入學，畢業生於113年6月離校").empty());
  CHECK(found("本工程預算分十年次編列，貸款分12年次攤還").empty());
  CHECK(found("生　　日　：74.05.03") == V{"birth_date:74.05.03"});
  CHECK(found("事故發生日期：27/02/2024").empty());
  CHECK(found("往生日期：113年1月2日").empty());    // a death's (set106a)
  CHECK(found("民國七十四年五月三日到職").empty()); // a full date needs a cue as in digits
  CHECK(found("生　　日：９７．１１．０２") == V{"birth_date:97.11.02"});
  CHECK(found("生日：27/02/1994。") == V{"birth_date:27/02/1994"});
  CHECK(found("於19/08/1991在越南出生") == V{"birth_date:19/08/1991"});
  CHECK(found("於31/31/1991出生").empty()); // no month
  CHECK(found("生日：12/05/19945").empty());
}

TEST_CASE("detect: passport, NHI card and citizen certificate") {
  CHECK(found("護照號碼：312345678") == V{"passport:312345678"});
  CHECK(found("編號312345678").empty());
  CHECK(found("健保卡號 0000 1234 5678") == V{"nhi_card:0000 1234 5678"});
  CHECK(found("自然人憑證：AB12345678901234") == V{"citizen_cert:AB12345678901234"});
}

TEST_CASE("detect: business numbers only for sole proprietors") {
  CHECK(found("統一編號04595252，負責人蔡秀鳳即昇隆工程行") ==
        V{"business_id:04595252", "person_name:蔡秀鳳"});
  CHECK(found("承攬廠商（統一編號：23783964）").empty());
  CHECK(found("統一編號12345678，負責人王君") == V{"person_name:王"}); // check digit fails
  CHECK(found("統一編號10458574，獨資") == V{"business_id:10458574"}); // 7th-digit rule
}

TEST_CASE("detect: dates of birth in the lunar calendar") {
  CHECK(found("草民今年八十二歲，民國三十一年農曆七月初九出世，住在斗六") ==
        V{"birth_date:民國三十一年農曆七月初九"});
  CHECK(found("他是四十八年正月初五生的。") == V{"birth_date:四十八年正月初五"});
  // A lunar month and day with no year next to 生日 (session 9; looked for only when the text is
  // read thoroughly, as detect() does here: a search in every window costs the fast scan).
  CHECK(found("真正的生日是農曆七月初七，所以") == V{"birth_date:農曆七月初七"}); // (with 農曆)
  CHECK(found("農曆七月初七是七夕，中元節在農曆七月十五日").empty());             // no birth cue
  CHECK(twpii::detectors::is_date("壬辰年四月廿六日 戌時"));
  CHECK(twpii::detectors::is_date("民國一百零二年三月初五"));
  CHECK(!twpii::detectors::is_date("壬辰年四月卅五日"));
  // A year of the sexagenary cycle with a cue in the line (a temple's 生辰, set21), through the
  // scanner's candidate gate too; not a cycle year with no month and day, nor with no cue.
  CHECK(test::scan_values("02. 信女　李怡婷　生辰：壬戌年四月三十 戌時生（屬狗）　文昌燈\n") ==
        std::vector<std::string>{"李怡婷", "壬戌年四月三十"});
  CHECK(found("出生：己亥年十二月廿一日") == V{"birth_date:己亥年十二月廿一日"});
  CHECK(found("生辰：甲子年").empty());
  CHECK(found("甲辰年正月初九開工大吉，恭祝新春").empty());
}

TEST_CASE("detect: a compact ROC date after a name and an ID in a look-up log") {
  CHECK(found("查詢結果　車主：葉重光 G100262829 0780307 宜蘭縣") ==
        V{"person_name:葉重光", "national_id:G100262829", "birth_date:0780307"});
  CHECK(found("戶役政　莫淑芳 0720916 現住") == V{"person_name:莫淑芳", "birth_date:0720916"});
  CHECK(found("收件 1130307 號").empty()); // no name before, and recent
}

TEST_CASE("detect: set9b's dates of birth — eras, English month first, ○ for zero") {
  CHECK(found("75-year-old male, DOB Aug 21, 1949, with HTN") == V{"birth_date:Aug 21, 1949"});
  CHECK(found("照顧者出生日期：Aug. 17, 1990") == V{"birth_date:Aug. 17, 1990"});
  CHECK(found("出生：民56.2.14") == V{"birth_date:民56.2.14"});
  CHECK(found("出生年月日：西元1991年2月14日") == V{"birth_date:西元1991年2月14日"});
  CHECK(found("民國一○○年三月五日生") == V{"birth_date:民國一○○年三月五日"});
  CHECK(found("市民1999專線").empty());
  CHECK(found("先祖父（大正十四年三月五日生）") == V{"birth_date:大正十四年三月五日"});
  CHECK(found("她是民國30年5月1號生的") == V{"birth_date:民國30年5月1號"});
  CHECK(found("民國○○年○月○日出生").empty()); // a masked date
  CHECK(twpii::detectors::is_date("800809"));
  CHECK(!twpii::detectors::is_date("801309"));
  CHECK(twpii::detectors::is_date("國曆2011/06/18"));
}

TEST_CASE(
    "detect, scan: set12's dates of birth — 中華民國 whole, a date in brackets after a name") {
  CHECK(found("出生日期：中華民國74年5月3日") == V{"birth_date:中華民國74年5月3日"});
  CHECK(found("先祖父張簡水木（中華民國十年七月二十一日生，民國九十八年二月十日歿）") ==
        V{"person_name:張簡水木", "birth_date:中華民國十年七月二十一日"});
  // The line has no other candidate: the candidate filter must let the date through.
  CHECK(test::scan_values("我媽媽游碧霞（37/05/14）申請的中低收入老人生活津貼\n") ==
        V{"游碧霞", "37/05/14"});
  CHECK(test::scan_values("王大同，74.05.03\n") == V{"王大同", "74.05.03"});
  CHECK(test::scan_values("會議紀錄（113/05/14）\n").empty());
  CHECK(test::scan_values("陳情人王小明（112年3月5日來函）\n") == V{"王小明"});
}

TEST_CASE("detect, scan: a temple's lamp register — 生辰, the hour of birth, the zodiac sign") {
  CHECK(found("生辰：民國59年11月20日") == V{"birth_date:民國59年11月20日"});
  CHECK(found("BDAY:1979-08-23") == V{"birth_date:1979-08-23"}); // vCard
  CHECK(found("BDAY:19850619") == V{"birth_date:19850619"});
  CHECK(test::scan_values("　　古博彬　農曆八十七年九月初三　丑時　屬虎　點：光明燈\n") ==
        V{"古博彬", "農曆八十七年九月初三"});
  CHECK(test::scan_values("　　巫俊軒　63.12.26農　屬虎　點：文昌燈\n") == V{"巫俊軒", "63.12.26"});
  CHECK(test::scan_values("　　戴家安　農曆四十四年一月二十三　酉時　屬羊\n") ==
        V{"戴家安", "農曆四十四年一月二十三"});
  CHECK(test::scan_values("會議於113年5月3日下午2時召開\n").empty());
  CHECK(test::scan_values("經查113年5月3日屬實\n").empty());
}

TEST_CASE("detect: licence plates next to 車牌 or 車號") {
  CHECK(found("車牌號碼ABC-1235號") == V{"license_plate:ABC-1235"});
  CHECK(found("車號1234-AB，自用小客車") == V{"license_plate:1234-AB"});
  CHECK(found("型號ABC-1235").empty());
  CHECK(found("車號2024-01-01").empty()); // no letter, three blocks
}

TEST_CASE("detect: bank accounts and credit cards") {
  CHECK(found("匯款帳號：004-12345678901") == V{"bank_account:004-12345678901"});
  CHECK(found("信用卡號 4111 1111 1111 1111") == V{"credit_card:4111 1111 1111 1111"});
  CHECK(found("卡號 4111111111111112").empty()); // Luhn fails
  CHECK(found("訂單 9111111111111111").empty()); // no card brand starts with 9
}

TEST_CASE("mask_value: official styles of the other identifiers") {
  CHECK(twpii::preview(PiiType::birth_date, "民國74年5月3日") == "民國**年*月*日");
  CHECK(twpii::preview(PiiType::credit_card, "4111 1111 1111 1111") == "**** **** **** 1111");
  CHECK(twpii::preview(PiiType::license_plate, "ABC-1235") == "***-****");
  CHECK(twpii::preview(PiiType::bank_account, "004-12345678901") == "***-*******8901");
}

TEST_SUITE_END();

TEST_CASE("detect: a month and a day with no year next to a birthday word (set15)") {
  CHECK(found("   生日：3/21、11/2　　受洗：") == V{"birth_date:3/21", "birth_date:11/2"});
  // In Chinese numerals, on a line with no candidate: read thoroughly (a small input is).
  for (auto [t, v] : {std::pair{"   生日：農曆正月初五　獨居\n", "農曆正月初五"},
                      std::pair{"   生日：七月七日（自述，未確認）\n", "七月七日"},
                      // 元 names the first month too, and the day may be typed (sets 36, 41).
                      std::pair{"補充：她生日是元月廿日，下次帶蛋糕\n", "元月廿日"},
                      std::pair{"他的生日是元月15日對吧？\n", "元月15日"}}) {
    CAPTURE(t);
    const auto f = test::scan_text(t);
    REQUIRE(f.size() == 1);
    CHECK(f[0].value == v);
    CHECK(f[0].type == PiiType::birth_date);
  }
  CHECK(found("她是10月28日生日，想邀請") == V{"birth_date:10月28日"});
  CHECK(found("祝你生日快樂，5月20日見").empty());
  // After 生於 or 出生 with the lunar calendar's word (sets 215, 247); not an event's 發生於.
  CHECK(found("家母生於農曆五月初八，今年已49歲\n") == V{"birth_date:農曆五月初八"});
  CHECK(found("女兒出生農曆一月初一，住中山路\n") == V{"birth_date:農曆一月初一"});
  CHECK(found("火災發生於農曆七月初三晚間\n").empty());
  CHECK(found("學生於農曆七月初三前返校\n").empty());
  CHECK(found("生日：13/21").empty());
}

TEST_CASE("detect: zeros typed as digits among Chinese numerals; 民 before a short ROC date") {
  CHECK(found("出生日期：民國一０二年八月十九日") ==
        V{"birth_date:民國一0二年八月十九日"}); // (normalised)
  CHECK(found("出生日期：民國七0年五月二十九日") == V{"birth_date:民國七0年五月二十九日"});
  CHECK(found("出生：民國一00年五月二十六日") == V{"birth_date:民國一00年五月二十六日"});
  CHECK(found("13,鄒榮發,p184007600,民38.2.4,75,東仁里") ==
        V{"person_name:鄒榮發", "national_id:p184007600", "birth_date:民38.2.4"});
  // A hire date after a name and an ID is no date of birth: eighteen years at least there.
  CHECK(found("王小明  J259451652  2012/06/05  22") ==
        V{"person_name:王小明", "national_id:J259451652"});
}

TEST_CASE("detect: no finding starts inside a character (session 9 review)") {
  // Three bytes across two characters can decode as a numeral (故-月, 哀G七): a finding there
  // would be masked into invalid UTF-8.
  for (std::string_view t : {"故-月初一生日", "哀G七0年生", "x哀G七年七月七日生"}) {
    CAPTURE(t);
    twpii::NormText norm;
    twpii::normalize(t, norm);
    std::vector<twpii::Match> matches;
    twpii::detect(norm.text, twpii::TypeSet::all(), matches);
    for (const auto& m : matches) {
      CHECK((static_cast<unsigned char>(norm.text[m.start]) & 0xC0) != 0x80);
    }
  }
  CHECK(found("3/21生日快樂！").empty());
  CHECK(found("祝你3/21生日快樂").empty());
  CHECK(found("v1.3/21生日").empty());
}

TEST_CASE(
    "detect: set19's dates of birth — lahir, ngày sinh, 4/27 生日, 1988年次, a register's cells") {
  CHECK(found("nama Budi Santoso, tanggal lahir 3 November 1996. Saya") ==
        V{"birth_date:3 November 1996"});
  CHECK(found("Ho ten: Nguyen Van A, sinh ngày 08/05/1985, số thẻ") == V{"birth_date:08/05/1985"});
  CHECK(found("西元1988年次") == V{"birth_date:西元1988年次"});
  CHECK(found("1 | 張簡哲維 | 98.6.26(農) | 牛 | 雲林縣") ==
        V{"person_name:張簡哲維", "birth_date:98.6.26(農)"});
  CHECK(found("4 | 徐秀琴 | 68年農曆4月11日 | 羊 | 台北市") ==
        V{"person_name:徐秀琴", "birth_date:68年農曆4月11日"});
  CHECK(found("112年農曆4月11日舉行法會").empty());
  CHECK(found("1 | 報名 | 113.6.26 | 牛肉麵 |").empty()); // no zodiac cell
  CHECK(found("大家好，4/27 生日，想在家辦小小的派對") == V{"birth_date:4/27"});
  {
    const V f = found("本季壽星：萬福（9/14）、阿雄（9/6）");
    CHECK(std::count(f.begin(), f.end(), "birth_date:9/14") == 1);
    CHECK(std::count(f.begin(), f.end(), "birth_date:9/6") == 1);
  }
  CHECK(found("本月壽星慶生會訂於9/14舉行").empty());
  // (Nor a column's note in a fixed-width header, 生日 another column's name — set207a.)
  CHECK(found("No  學員           生日                      電話              出席(11/5-11/28)")
            .empty());
}

TEST_CASE("detect: a date one separator after a person's ID is the date of birth (sets 16-20)") {
  CHECK(found("黎小萍\tK226107186 61.3.8") ==
        V{"person_name:黎小萍", "national_id:K226107186", "birth_date:61.3.8"});
  CHECK(found("統一證號E904705936，1991.06.22）") ==
        V{"resident_id:E904705936", "birth_date:1991.06.22"});
  CHECK(found("睿哲的：V123058978，1040517") == V{"national_id:V123058978", "birth_date:1040517"});
  // Not a column of a table (a payroll's 到職日 under its header), not a date with a word after
  // it, not a date of the future.
  CHECK(found("K10494  衛宥蓁          J259451652       2012/06/05        22") ==
        V{"person_name:衛宥蓁", "national_id:J259451652"});
  CHECK(found("1,J259451652,2012/06/05,22") == V{"national_id:J259451652"});
  CHECK(found("身分證J259451652 108/07/01換發") == V{"national_id:J259451652"});
  CHECK(found("J259451652 2099/01/01") == V{"national_id:J259451652"});
}

TEST_CASE("detect: set22a's dates of birth (元月, 大寫 numerals, the same date in brackets, 生日 "
          "cells)") {
  CHECK(found("聲請人：柯志雄（五十年元月五日生）") ==
        V{"person_name:柯志雄", "birth_date:五十年元月五日"});
  CHECK(found("出生日期：民國伍拾玖年拾月拾日　出生地：臺灣省宜蘭縣") ==
        V{"birth_date:民國伍拾玖年拾月拾日"});
  CHECK(found("出生：昭和16年3月8日（戶籍登載民國三十年三月八日）") ==
        V{"birth_date:昭和16年3月8日", "birth_date:民國三十年三月八日"});
  CHECK(found("出生日期：1984/07/19（護照記載：19 JUL 1984）") ==
        V{"birth_date:1984/07/19", "birth_date:19 JUL 1984"});
  CHECK(test::scan_values("編號,姓名,性別,生日,手機\n4,鄧雅雯,女,5月23日,0912345678\n") ==
        std::vector<std::string>{"鄧雅雯", "5月23日", "0912345678"});
  // Not a formal numeral's year with no cue, nor a date in brackets after a date of no one's birth.
  CHECK(found("陸年前的事，伍月拾日再議").empty());
  CHECK(found("會議：113年3月8日（補開會議113年3月15日）").empty());
}

TEST_CASE(
    "detect: a date of birth right after a name found (a ledger's columns, a child's bracket)") {
  CHECK(test::scan_values("0903 0905 糾紛　　　　阿美（潘美玉）　82.06.30　　　V215602393\n") ==
        std::vector<std::string>{"阿美", "潘美玉", "82.06.30", "V215602393"});
  CHECK(test::scan_values("家暴　　　　NGUYEN THI HOA　90.04.04　AC41684167\n") ==
        std::vector<std::string>{"NGUYEN THI HOA", "90.04.04", "AC41684167"});
  CHECK(test::scan_values("長子謝家豪（106.11.20）。\n") ==
        std::vector<std::string>{"謝家豪", "106.11.20"});
  // Not a signature's date, nor a recent date after a name in prose.
  CHECK(test::scan_values("所長核章：田志強（113.03.19）\n") == std::vector<std::string>{"田志強"});
  CHECK(test::scan_values("主席：王大明 113.03.01 到場\n") == std::vector<std::string>{"王大明"});
}

TEST_CASE("detect: a date of birth one or two fields after a name in a roster line (session 16)") {
  CHECK(test::scan_values("3. 蘇黃玉蘭　（同上，添福的牽手）　33.2.17　素食\n") ==
        std::vector<std::string>{"蘇黃玉蘭", "33.2.17"});
  CHECK(test::scan_values("02　趙先生之子 承翰　蛇　90年7月23日(國曆)\n") ==
        std::vector<std::string>{"趙", "承翰", "90年7月23日"});
  // A pupil's date (a school grade on the line) may be recent.
  CHECK(test::scan_values("　1. 沈奕辰　小提琴I　六年級　101.08.19\n") ==
        std::vector<std::string>{"沈奕辰", "101.08.19"});
  // Not after a field of another date, not a recent date, not fields glued to the date.
  CHECK(test::scan_values("林建宏　到職　78.03.01\n") == std::vector<std::string>{"林建宏"});
  CHECK(test::scan_values("林建宏　小提琴　109.03.01\n") == std::vector<std::string>{"林建宏"});
  CHECK(test::scan_values("林建宏　已歿　35.07.14\n") == std::vector<std::string>{"林建宏"});
}

TEST_CASE(
    "detect: a year of the sexagenary cycle told as a birth year; 元月 after digits (set33)") {
  CHECK(found("他是丁亥年生的，跟我同一年") == V{"birth_date:丁亥年"});
  CHECK(found("他是辛巳年出生的") == V{"birth_date:辛巳年"});
  CHECK(found("│墓主生歿　│生己未年（民國8年）歿民國61年　│") == V{"birth_date:己未年"});
  CHECK(found("生日：甲子年九月") == V{"birth_date:甲子年九月"});
  CHECK(found("生日：民國60年元月1日") == V{"birth_date:民國60年元月1日"});
  // Not a year of the cycle with no birth told, nor 生 of another word.
  CHECK(found("今年是甲辰年，生意興隆").empty());
  CHECK(found("發生丙午年的事").empty());
  // After 生於 (a grave notice, set56b), not after 發生於 or 學生於.
  CHECK(found("墓位第3區212號　墓主　生於丁丑年") == V{"birth_date:丁丑年"});
  CHECK(found("此事發生於丁丑年，學生於己卯年入學").empty());
  CHECK(found("會議：113年元月5日召開").empty());
}

TEST_CASE("detect: a year, or a year and a month, after a birth label (生年：, 出生年月日：)") {
  CHECK(found("生年：民國三十九年庚寅生　籍貫：福建省") == V{"birth_date:民國三十九年庚寅"});
  CHECK(found("生年：六十八年五月　現居：新北市") == V{"birth_date:六十八年五月"});
  CHECK(found("出生年月日：民國27年6月\n") == V{"birth_date:民國27年6月"});
  CHECK(found("創立年：民國27年6月").empty());
}

TEST_CASE("detect: a month and a day after 生日 and a hedge (不是, 好像是, set22b)") {
  CHECK(found("她生日不是四月十七嗎") == V{"birth_date:四月十七"});
  CHECK(found("她的生日好像是3/21吧") == V{"birth_date:3/21"});
  // (A chat's particle and an emoji between: set320b.)
  CHECK(found("今天老游生日喔🎂 農曆十月十一 要記得") == V{"birth_date:農曆十月十一"});
}

TEST_CASE("detect: a date after Vietnamese sinh (born, set23)") {
  CHECK(found("Hai con: 蔡承恩 (sinh 2015/3/8)") == V{"person_name:蔡承恩", "birth_date:2015/3/8"});
}

TEST_CASE("detect: a birth told to the hour, or in a form's boxes (set22b, set23)") {
  CHECK(found("長孫於114年1月9日凌晨出生，體重3,280公克") == V{"birth_date:114年1月9日"});
  CHECK(found("已經在2024年5月20日晚上11:52，於高雄禾馨婦產科平安出生啦") ==
        V{"birth_date:2024年5月20日"});
  CHECK(found("已經在2024年5月20日晚上11:52，於高雄禾馨婦產科完成手術").empty());
  CHECK(found("會議於114年1月9日下午3點20分召開").empty());
  CHECK(found("喜獲雙胞胎（１月３０日凌晨生）") == V{"birth_date:1月30日"});
  CHECK(found("老三是5月20日出生的") == V{"birth_date:5月20日"});
  CHECK(found("自5月20日生效").empty());
  CHECK(found("生日：民國四十八年 九月 廿二日") == V{"birth_date:民國四十八年 九月 廿二日"});
  CHECK(found("須扶養民國一０四年出生之女兒等一切情狀") == V{"birth_date:民國一0四年"});
  CHECK(found("民國一〇四年出生之女性人數").empty());
}

TEST_CASE("detect: a temple's lunar dates with digits (初9, 11月廿六) and 農曆 before the year; "
          "airline dates (12MAR58)") {
  // (The hour after a blank is not the date's; glued, it is — seven times in sets 23-71.)
  CHECK(found("生辰：57年2月初9 辰時") == V{"birth_date:57年2月初9"});
  CHECK(found("生辰：57年2月初9辰時") == V{"birth_date:57年2月初9辰時"});
  CHECK(found("生辰：農曆76年11月廿六") == V{"birth_date:農曆76年11月廿六"});
  CHECK(found("生辰：國曆2008.05.20") == V{"birth_date:國曆2008.05.20"});
  CHECK(found("DOB: 12MAR58") == V{"birth_date:12MAR58"});
  CHECK(found("DOB: 28FEB1990") == V{"birth_date:28FEB1990"});
  CHECK(found("DOB: 28FOO1990").empty());
  CHECK(found("生日：1/Mar/1977") == V{"birth_date:1/Mar/1977"}); // a web form's answer
  CHECK(found("生日：1/Foo/1977").empty());
  CHECK(found("航班 12MAR 起飛").empty());
}

TEST_CASE("detect: a date spaced as forms print it; 生 one blank after or right after a compact "
          "date (sets 15-16)") {
  CHECK(found("出生日期：102 年 11 月 3 日") == V{"birth_date:102 年 11 月 3 日"});
  CHECK(found("出生日期：1999 年 4 月 26 日") == V{"birth_date:1999 年 4 月 26 日"});
  CHECK(found("會議於 113 年 5 月 3 日 召開").empty());
  CHECK(found("報案人：尤小姐（0920305生）") == V{"person_name:尤", "birth_date:0920305"});
  CHECK(found("訪談 Prasert（1991-06-21 生）及 Anan") == V{"birth_date:1991-06-21"});
  CHECK(found("本辦法自 113-01-01 生效").empty());
}

TEST_CASE("detect: 號 for 日 in Chinese numerals; 舊曆 after the year (set24b's interviews)") {
  CHECK(found("子晴的生日是四月二號，到時候") == V{"birth_date:四月二號"});
  CHECK(found("我是昭和十二年舊曆八月初五出世的啦") == V{"birth_date:昭和十二年舊曆八月初五"});
  CHECK(found("他說民國三十六年十月十號出生") == V{"birth_date:民國三十六年十月十號"});
}

TEST_CASE("detect: the calendar in brackets after a date of birth is part of it (set26b)") {
  CHECK(found("生日：73.4.19（農）") ==
        V{"birth_date:73.4.19(農)"}); // (found() reads the normalised text)
  CHECK(found("出生：民國73年4月19日（國曆）") == V{"birth_date:民國73年4月19日(國曆)"});
  CHECK(found("出生：73.4.19（男）") == V{"birth_date:73.4.19"});
}

TEST_CASE("detect: a spaced date cut short at the text's end reads no byte past it (review)") {
  // (A substr past the end had thrown: 出生日期：102 年 11 at the end of a file.)
  const std::string whole = "出生日期：102 年 11 月 3 日";
  for (std::size_t n = 0; n <= whole.size(); ++n) {
    const std::string cut = whole.substr(0, n);
    CAPTURE(n);
    if (n > 0 && (static_cast<unsigned char>(cut.back()) & 0xC0) == 0x80 && n < whole.size() &&
        (static_cast<unsigned char>(whole[n]) & 0xC0) == 0x80) {
      continue; // inside a character
    }
    CHECK_NOTHROW(found(cut));
  }
  CHECK(found("出生日期：102 年 11 月 3") == V{"birth_date:102 年 11 月 3"});
}

TEST_CASE(
    "detect: eras and calendars of set28-30's dates of birth (平成, 民前, a year in brackets, "
    "the Buddhist era)") {
  // A Japanese era's year of one digit; 平成 and 令和 as well as the registers' older eras.
  CHECK(found("出生日期：平成4年7月11日") == V{"birth_date:平成4年7月11日"});
  CHECK(found("出生：昭和2.8.15") == V{"birth_date:昭和2.8.15"});
  CHECK(found("皇考謝公之墓　生於大正三年") == V{"birth_date:大正三年"});
  // Years before the Republic's first (1912).
  CHECK(found("阿嬤是民前一年生的") == V{"birth_date:民前一年"});
  CHECK(found("祖父大約民國前五年生") == V{"birth_date:民國前五年"});
  // The same year in another calendar in brackets after 年.
  CHECK(found("出生：2015年（民國104年）8月19日") == V{"birth_date:2015年(民國104年)8月19日"});
  CHECK(found("出生：1948年（卅七年）9月2日") == V{"birth_date:1948年(卅七年)9月2日"});
  CHECK(found("生辰：乙未年（44）十二月十二") == V{"birth_date:乙未年(44)十二月十二"});
  // 農曆 between the year and the month, blanks around it; (農) before the year.
  CHECK(found("生辰：61年 農曆 3月8日 辰時") == V{"birth_date:61年 農曆 3月8日"});
  CHECK(found("生日：（農）17.9.7") == V{"birth_date:(農)17.9.7"});
  // A Thai passport's Buddhist year (2531 = 1988).
  CHECK(found("出生日期：15/08/2531") == V{"birth_date:15/08/2531"});
  // Not a bracket that holds no year, not a small year without an era, not 民前 alone.
  CHECK(found("出生：2015年（補登）8月19日") == V{"birth_date:2015年"});
  CHECK(found("出生後3年內").empty());
  CHECK(found("民前出生者").empty());
}

TEST_CASE(
    "detect: birthdays in brackets after names, 生日 or 壽星 anywhere before them on the line "
    "(set28)") {
  auto sorted = [](V v) {
    std::sort(v.begin(), v.end());
    return v;
  };
  CHECK(
      sorted(found("本學期十到十二月生日的寶貝有：禹安（12/27）、冠宇（12/20）、子睿（10/17）、羽彤"
                   "（11/19）、恩碩（12/5）。")) ==
      sorted(V{"birth_date:12/27", "birth_date:12/20", "birth_date:10/17", "birth_date:11/19",
               "birth_date:12/5", "person_name:冠宇", "person_name:子睿", "person_name:羽彤"}));
  CHECK(sorted(
            found("恭喜本月壽星：范振福阿伯（6/2）、溫秀蘭阿姨（六月十一日）、姜添旺阿伯（6月18日，"
                  "今年滿八十八歲）")) ==
        sorted(V{"person_name:范振福", "birth_date:6/2", "person_name:溫秀蘭", "person_name:姜添旺",
                 "birth_date:6月18日"}));
  // Not the party's date, not a bracket after no name.
  CHECK(found("生日會（12/5）舉行").empty());
  CHECK(found("本月壽星慶生會，地點：活動中心 (12/5)").empty());
}

TEST_CASE("detect: set31's dates of birth — a newborn's clock time, 生 alone, 閏, (國曆), 左右, "
          "YYMMDD after a label, a label in the cell before") {
  CHECK(found("【301】張簡雅婷之女　08/11 02:17 出生") ==
        V{"person_name:張簡雅婷", "birth_date:08/11"});
  CHECK(found("【310】蕭簡宜蓁之子　2024.8.16 上午 09:52 生") ==
        V{"person_name:蕭簡宜蓁", "birth_date:2024.8.16"});
  CHECK(found("【309】岳欣妤之女　8月15日生　今晨入住") ==
        V{"person_name:岳欣妤", "birth_date:8月15日"});
  CHECK(found("婆婆碧霞是 2/29 生的") == V{"birth_date:2/29"});
  CHECK(found("生辰：57年閏7月3日") == V{"birth_date:57年閏7月3日"});
  CHECK(found("生辰：107年(國曆) 8月22日") == V{"birth_date:107年(國曆) 8月22日"});
  CHECK(found("大概民國70年左右出生") == V{"birth_date:民國70年"});
  CHECK(found("生日 760314　受益人") == V{"birth_date:760314"});
  CHECK(found("<dt>生日</dt><dd>66年12月</dd>") == V{"birth_date:66年12月"});
  // Not 生效, not a six-digit number with no label or no valid month, not a clock time alone.
  CHECK(found("自3月5日生效").empty());
  CHECK(found("編號 760314").empty());
  CHECK(found("生日 761314").empty());
  CHECK(found("08/11 02:17 到院").empty());
}

TEST_CASE("detect: what an identity document says of a birth told earlier on the line (set29)") {
  CHECK(found("出生日期她自己講是「三十四年八月初一，舊曆的」，身分證是34.9.6。") ==
        V{"birth_date:三十四年八月初一", "birth_date:34.9.6"});
  CHECK(found("生日：她自己說「中秋節那天」，查學籍為１００年９月１２日") ==
        V{"birth_date:100年9月12日"}); // (found() reads the normalised text)
  // Not a document's other dates where no birth was told.
  CHECK(found("身分證上寫的113年1月1日到期").empty());
  CHECK(found("護照是2030/01/01到期").empty());
}

TEST_CASE("detect: a person's year as people tell their age (我媽民國47年的，, sets 14-56)") {
  CHECK(found("謝謝 我媽民國47年的 今年66了") == V{"birth_date:民國47年"});
  CHECK(found("甘玉梅，民國廿五年的，耳朵不好，電話0912345678") ==
        V{"person_name:甘玉梅", "birth_date:民國廿五年", "phone:0912345678"});
  // Not an event's year, a recent one, one without 民國, or a thing's.
  CHECK(found("那是民國九十八年的事了，電話0912345678") == V{"phone:0912345678"});
  CHECK(found("民國110年的，颱風") == V{});
  CHECK(found("我是1988年的，電話0912345678") == V{"phone:0912345678"});
  CHECK(found("我的房子是民國七十二年的，算老舊嗎？電話0912345678") == V{"phone:0912345678"});
}

TEST_CASE("detect: a grave register's 生： where the line tells a death too (set60a)") {
  auto has = [](const V& v, const std::string& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
  };
  CHECK(has(found("二、墓主：張簡阿快（祖父）　生：明治四十年　卒：民國六十一年，電話0912345678"),
            "birth_date:明治四十年"));
  CHECK(found("生：民國20年3月1日　卒：民國80年") == V{"birth_date:民國20年3月1日"});
  // Not 學生： nor a death year after 生 with no colon (14.4.15生　74年歿).
  CHECK(found("學生：民國20年3月1日報到，卒業").empty());
  const V grave = found("02　連阿桃　14.4.15生　74年歿");
  CHECK(has(grave, "birth_date:14.4.15"));
  CHECK(!has(grave, "birth_date:74年"));
}

TEST_CASE("detect: set59a — whose birthday a date is, 生的老人家, an ID a guide calls 示範") {
  auto has = [](const V& v, const std::string& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
  };
  CHECK(has(found("阿忠 下禮拜 8/21 是你生日吧 要不要順便慶生"), "birth_date:8/21"));
  CHECK(has(found("阿宗生日快樂🎂 7月20日是你生日對吧"), "birth_date:7月20日"));
  CHECK(found("我是曾金龍，民國40年生的老人家，騎車都很小心。") ==
        V{"person_name:曾金龍", "birth_date:民國40年"});
  // (老人 stays many: 民國74年生的老人很多.)
  CHECK(found("民國40年生的老人很多").empty());
  CHECK(found("舊式統一證號如AD08139625、新式如H833664796（示範用，檢查碼不正確）。").empty());
}

TEST_CASE("detect: the date that corrects a date of birth told earlier on the line (sets 52-55)") {
  CHECK(found("出生日期為民國38年2月30日，經查戶籍資料應為民國38年3月2日，推薦單位誤繕") ==
        V{"birth_date:民國38年2月30日", "birth_date:民國38年3月2日"});
  CHECK(found("他出生在戊辰年三月初七，戶籍上卻登記為民國17年3月7日") ==
        V{"birth_date:戊辰年三月初七", "birth_date:民國17年3月7日"});
  CHECK(found("我出生年月日之前寫錯了，應該是民國57年8月3日") == V{"birth_date:民國57年8月3日"});
  CHECK(found("伯伯說他26年次的，但他身分證上寫民國26年2月24日") ==
        V{"birth_date:26年次", "birth_date:民國26年2月24日"});
  // (Or a document's record: 出生欄寫「卅七年元月十二日」，與戶籍資料037/01/21不符 — set56a.)
  CHECK(found("推薦表出生欄寫「卅七年元月十二日」，與戶籍資料037/01/21不符") ==
        V{"birth_date:卅七年元月十二日", "birth_date:037/01/21"});
  // Not where no birth was told in the sentence.
  CHECK(found("申請日期誤填，應為113年5月2日").empty());
  CHECK(found("依戶籍資料113/01/21辦理").empty());
  CHECK(found("出生證明已附。收件日應為113年5月2日").empty());
}

TEST_CASE("detect: set33's look-alikes and forms — 序號, a bound year, ─ between numerals") {
  CHECK(found("手機：〇九三二─七一五─四二八") == V{"phone:〇九三二─七一五─四二八"});
  CHECK(found("身分證號G166439116").size() == 1); // a mistyped ID after its word
  // Not a failed check digit after a word of another number, nor a year that bounds a range.
  CHECK(found("滅火器序號G166439116（序號非證號）").empty());
  CHECK(found("若相對人出生於民國40年以前，戶籍資料可能為手寫").empty());
  CHECK(found("民國六十年以後出生者").empty());
  CHECK(found("他生於民國40年，") == V{"birth_date:民國40年"});
}

TEST_CASE("detect: failed check digits in a list the text calls invalid (set34b)") {
  CHECK(found("5. 無效證號（檢查碼錯誤，僅供教育訓練）：E229125900、F255945950").empty());
  // A sentence before says nothing of the number after it.
  CHECK(found("這是無效的。身分證號G166439116").size() == 1);
}

TEST_CASE("detect: 農曆 before a birthday with no year; digits after a year in numerals (set35b)") {
  CHECK(found("他的生日是農曆八月初十，我們全班幫他慶生") == V{"birth_date:農曆八月初十"});
  CHECK(found("我的女兒（民國一０五年６月３日生）") == V{"birth_date:民國一0五年6月3日"});
}

TEST_CASE(
    "detect: set36a's dates — a box table's border after the label, the same birth in brackets") {
  CHECK(found("│出生日期　　│0450416　　　　│") == V{"birth_date:0450416"});
  CHECK(found("│出生年月日　│民國41年4月11日（農曆五月十二）　│") ==
        V{"birth_date:民國41年4月11日", "birth_date:五月十二"});
  CHECK(found("│出生年月日　　　│民國十九年八月七日（庚午年）　│") ==
        V{"birth_date:民國十九年八月七日", "birth_date:庚午年"});
  // Not a cycle year or a month and day in brackets after a date of no one's birth.
  CHECK(found("會議日期：113年4月11日（農曆三月初三）").empty());
}

TEST_CASE("detect: the birth year told again — its cycle year, or in brackets after 生 (set49a)") {
  CHECK(found("我阿公許水金（民國十七年三月初八生，屬龍，戊辰年）上個月過世") ==
        V{"person_name:許水金", "birth_date:民國十七年三月初八", "birth_date:戊辰年"});
  CHECK(found("媽媽（民國二十四年閏三月生的，她自己都說是乙亥年）今年過世") ==
        V{"birth_date:民國二十四年閏三月", "birth_date:乙亥年"});
  CHECK(found("個案杜阿土，男，昭和10年生（民國24年），T100396428") ==
        V{"person_name:杜阿土", "birth_date:昭和10年", "birth_date:民國24年",
          "national_id:T100396428"});
  CHECK(found("杜阿土，昭和10年3月8日生（民國24年3月8日）") ==
        V{"person_name:杜阿土", "birth_date:昭和10年3月8日", "birth_date:民國24年3月8日"});
  // Another year of the cycle (this year's) or another year in brackets is not the birth's.
  CHECK(found("他民國74年生，今年甲辰年") == V{"birth_date:民國74年"});
  CHECK(found("他1935年生（民國40年）來台") == V{"birth_date:1935年"});
}

TEST_CASE("detect: a lifespan in Chinese numerals; a cycle year under 生肖 (set48a, set48b)") {
  CHECK(found("謝謝已經過世的廖俊賢伯伯（民國二十七年元月一日—民國一一二年），") ==
        V{"person_name:廖俊賢", "birth_date:民國二十七年元月一日"});
  CHECK(found("│生肖　　│辛未年（屬羊）　　│農曆生日│農曆八十二年") ==
        V{"birth_date:辛未年", "birth_date:農曆八十二年"});
  CHECK(found("49785為小寫，已改正；生肖欄寫庚寅年。") == V{"birth_date:庚寅年"});
  // The same birth in brackets after a few words (身分證登記為), its digits 25 bytes in.
  CHECK(found("出生：民國四十一年農曆八月初九（身分證登記為民國41年9月27日）") ==
        V{"birth_date:民國四十一年農曆八月初九", "birth_date:民國41年9月27日"});
  // This year's cycle year is no one's birth.
  CHECK(found("今年是甲辰年，生肖屬龍").empty());
  // A death told after the birth is no birth (set51b).
  CHECK(found("家母涂黃玉蘭，民國卅年元月出生，已於113年2月8日過世。") ==
        V{"person_name:涂黃玉蘭", "birth_date:民國卅年元月"});
  // 歿於 brings the death's date after it: the date before is the birth (set50a).
  CHECK(found("墓主 廖文雄（祖父）　生於壬子年三月初三　歿於民國六十一年") ==
        V{"person_name:廖文雄", "birth_date:壬子年三月初三"});
  // A date after a mark of death is none, in a birth row too (set107b); 卒於 brings a death.
  CHECK(found("┃罹難者生日　　　┃022年05月28日　　歿：113年7月25日　　┃") ==
        V{"birth_date:022年05月28日"});
  CHECK(found("生於民國20年3月1日，卒於民國90年5月2日") == V{"birth_date:民國20年3月1日"});
}

TEST_CASE("detect: a lifespan in brackets after a name; a title between a name and its date") {
  CHECK(found("獻給創團指揮 黃正雄 老師（1948–2019）。") ==
        V{"person_name:黃正雄", "birth_date:1948"});
  CHECK(found("另追贈已故志工杜進財先生（1941－2024）榮譽獎牌") ==
        V{"person_name:杜進財", "birth_date:1941"});
  CHECK(found("紀念先父歐陽正雄（1931年2月－2023年11月）捐贈輪椅") ==
        V{"person_name:歐陽正雄", "birth_date:1931年2月"});
  CHECK(found("家中長輩何金枝阿嬤（1930/12/05）住在嘉義") ==
        V{"person_name:何金枝", "birth_date:1930/12/05"});
  // A term of office is no lifespan.
  CHECK(found("委員王大明（2020-2024）") == V{"person_name:王大明"});
}

TEST_CASE("detect: a closing tag between a name and its dated bracket (set267a)") {
  CHECK(found("<li><b>藍哲瑋</b>（2003-04-17）左膝前十字韌帶撕裂</li>") ==
        V{"person_name:藍哲瑋", "birth_date:2003-04-17"});
}

TEST_CASE("detect: a note after the date in a name's bracket (set264b)") {
  CHECK(found("駕駛：湯雅（71.12.05，駕照同身分證）") ==
        V{"person_name:湯雅", "birth_date:71.12.05"});
  // A signature's date is still no birth: too recent for an adult.
  CHECK(found("所長核章：田志強（113.03.19，已核）") == V{"person_name:田志強"});
}

TEST_CASE("detect: names listed each with a date are a list of birthdays (sets 42b, 43b)") {
  CHECK(test::scan_values("　　紀玉梅 7/2、連振興 7月15日、石清水 農曆六月初九、\n") ==
        V{"紀玉梅", "7/2", "連振興", "7月15日", "石清水", "農曆六月初九"});
  CHECK(test::scan_values("10:02\tJenny\t怡君 67.5.20、承恩 96.11.3、子晴 100.1.1\n") ==
        V{"Jenny", "怡君", "67.5.20", "承恩", "96.11.3", "子晴", "100.1.1"});
  // Two days of a duty roster are no birthdays: a month and a day alone need three items.
  CHECK(test::scan_values("值班：王小明 7/2、陳大文 7/9\n") == V{"王小明"});
}

TEST_CASE("detect: a pronoun and 是, then a date alone: a chat's answer for a form (set42a)") {
  CHECK(found("他是1954/10/02 我也要簽") == V{"birth_date:1954/10/02"});
  CHECK(found("我是113年5月3日申請的").empty());
}

TEST_CASE("detect: 民國 before a cohort under 20; a birthday after 生日 and what one knows of it "
          "(sets 42a, 44b)") {
  CHECK(found("（林阿土，民國十九年次）") == V{"person_name:林阿土", "birth_date:民國十九年次"});
  CHECK(found("第十年次繳款").empty());
  const auto f = test::scan_values("生日我只知道是農曆八月十五，她說跟中秋同一天。\n");
  CHECK(f == V{"農曆八月十五"});
}

TEST_CASE("detect: a date right before a person's ID, blanks between (sets 17, 29b, 60)") {
  auto has = [](const V& f, const std::string& v) {
    return std::find(f.begin(), f.end(), v) != f.end();
  };
  CHECK(has(found("113.07.03 2210 酒醉　　　　Kui Tjavalan　　　77.12.01　　　V123456788 無"),
            "birth_date:77.12.01"));
  CHECK(has(found("　2.Husung Takiludun（乎文雄）　五十八年七月十九日　V120385165"),
            "birth_date:五十八年七月十九日"));
  CHECK(has(found("1.鄭錦堂（父）民國50年10月1日　F183955753　"), "birth_date:民國50年10月1日"));
  // Not a date of these ten years (a migrant worker's arrival, set5), not one glued to the ID.
  CHECK(
      !has(found("3　Joseph DELA CRUZ　菲律賓　112.01.09　　K816988331"), "birth_date:112.01.09"));
  CHECK(!has(found("受理 77.12.01V123456788"), "birth_date:77.12.01"));
}

TEST_CASE("detect: a date in Chinese numerals right after a person's ID (sets 43b, 45a)") {
  const V f = found("　3. 柳姐（柳麗雲）　E284482456　民國四十年八月一日");
  CHECK(std::find(f.begin(), f.end(), "birth_date:民國四十年八月一日") != f.end());
  CHECK(std::find(f.begin(), f.end(), "national_id:E284482456") != f.end());
  // Not a date of this year's: an appointment's, not a birth.
  CHECK(found("E284482456　一一五年一月二日").size() == 1);
  // In brackets after the ID (set51a); not a date of what was done with the card.
  CHECK(found("身分證H120685436（民國54年2月2日）；") ==
        V{"national_id:H120685436", "birth_date:民國54年2月2日"});
  CHECK(found("身分證H120685436（113年2月2日換發）") == V{"national_id:H120685436"});
  // After a tab where the date ends the line (set52b), not where more fields follow (set36b).
  CHECK(found("　01　　鐘德修\tB109378716\t047年04月18日\n") ==
        V{"person_name:鐘德修", "national_id:B109378716", "birth_date:047年04月18日"});
  const V admitted = found("秀英\t女\t34年3月4日\tU227126058\t110.2.9\t李淑華\t姪\n");
  CHECK(std::find(admitted.begin(), admitted.end(), "birth_date:110.2.9") == admitted.end());
}

TEST_CASE("detect: dates that are no one's birth in set64a, set64b and set65b's guides and memos") {
  // The form's own date written into the birth field, told as a mistake; not the corrected one.
  const V memo = found("游品妍：出生日期誤植為113.03.05（為填表日），正確為50.03.05。");
  CHECK(std::count(memo.begin(), memo.end(), "birth_date:50.03.05") == 1);
  CHECK(std::count(memo.begin(), memo.end(), "birth_date:113.03.05") == 0);
  CHECK(found("（檢核碼不符），生日填成申請日「113年3月10日」").empty());
  CHECK(found("申請書上「出生日期」欄填「113年9月1日」者（填成申請日）計3件").empty());
  CHECK(found("寶寶出生日期：113年3月10日") == V{"birth_date:113年3月10日"});
  // 生年 of 衛生年報, a rule's bound after a birthday, an example after 。例.
  CHECK(found("（資料來源：本局112年度環境衛生年報，統計至112年12月31日）").empty());
  // 生年 of 考生年齡: an age's rule, its date no one's birth (set254b).
  CHECK(found("註：考生年齡以113年7月1日計算。").empty());
  CHECK(found("生日在12月31日以前者以當年度計算年齡。例：民國48年次之市民，113年已符合資格。")
            .empty());
}

TEST_CASE("detect: a year of the Qing's last eras before 生 (光緒, 宣統 — sets 45, 60, 64a)") {
  CHECK(found("我的曾祖母（光緒二十五年生）葬在竹山") == V{"birth_date:光緒二十五年"});
  CHECK(found("阿祖宣統三年出生") == V{"birth_date:宣統三年"});
}

TEST_CASE(
    "detect: centenarians' small cohorts, 生在, 老師生於, a cycle year in brackets before 出生 "
    "(sets 66a, 67a, 67b)") {
  const V elder = found("(1) 賴火旺阿公（13年次），看護");
  CHECK(std::count(elder.begin(), elder.end(), "birth_date:13年次") == 1);
  CHECK(found("第12年次的計畫").empty()); // (an instalment, as before)
  CHECK(found("伯伯民國十七年生在山東") == V{"birth_date:民國十七年"});
  const V teacher = found("施老師生於民國二十三年，去年十月辭世");
  CHECK(std::count(teacher.begin(), teacher.end(), "birth_date:民國二十三年") == 1);
  CHECK(found("師生於民國一一二年合影").empty());
  CHECK(found("四、經查該生於１１２年７月５日已填報蝦蟹過敏").empty()); // the pupil (set206b)
  const V twice = found("阿嬤，民國前二年（庚戌年）出生，今年一百一十四歲");
  CHECK(std::count(twice.begin(), twice.end(), "birth_date:民國前二年") == 1);
  // Two that touch are one (set66a's obituary).
  CHECK(found("距生於民國十八年農曆己巳年五月初三，享壽") ==
        V{"birth_date:民國十八年農曆己巳年五月初三"});
}

TEST_CASE(
    "detect: a guide's example dates (set69a): after 例如 and a textbook name, the day an age "
    "is reached, those born on a day") {
  CHECK(found("例如王小明於民國48年7月1日出生，須於113年7月1日年滿65歲後始得申請。").size() <= 1);
  const V guide = found("例如王小明於民國48年7月1日出生，須於113年7月1日年滿65歲後始得申請。");
  CHECK(std::none_of(guide.begin(), guide.end(),
                     [](const std::string& v) { return v.starts_with("birth_date"); }));
  CHECK(found("1959-12-31出生者，於2024-12-31年滿。").empty());
  CHECK(found("我是1959-12-31出生的") == V{"birth_date:1959-12-31"});
}

TEST_CASE("detect: what completes a date of birth (set70a, set71a, set71b)") {
  // The month and day after a cohort or a year of the cycle, the hour glued after it.
  CHECK(found("Ａ００６　張簡金龍　九十五年次十月二十八　同上") ==
        V{"person_name:張簡金龍", "birth_date:九十五年次十月二十八"});
  const V hour = found("Ａ００１　韋宇軒　丙戌年十一月二十二日寅時　同上");
  CHECK(std::count(hour.begin(), hour.end(), "birth_date:丙戌年十一月二十二日寅時") == 1);
  const V lunar = found("生日民國33年1月1日，其實是農曆甲申年七月十二，戶口登記晚報了");
  CHECK(std::count(lunar.begin(), lunar.end(), "birth_date:農曆甲申年七月十二") == 1);
  // A lunar month and day later in the sentence, where its clause ends.
  const V told = found("她的生日我寫了國曆39年11月2日，她自己都記農曆九月廿二。");
  CHECK(std::count(told.begin(), told.end(), "birth_date:農曆九月廿二") == 1);
  CHECK(found("出生日期：民國60年3月2日，農曆三月初五要拜拜") == V{"birth_date:民國60年3月2日"});
  // A year of the Republic's first ten with 民國 and a birth word; 為 as the label's colon.
  CHECK(found("爺爺生於民國九年，在我出生前就過世了") == V{"birth_date:民國九年"});
  CHECK(found("實際生年為民國2年，請更正公告") == V{"birth_date:民國2年"});
  CHECK(found("民國2年生效的法律").empty());
  CHECK(found("那是民國五年的，電話0912345678") == V{"phone:0912345678"});
}

TEST_CASE("detect: a date of birth the sentence calls made up (set72b's guide)") {
  twpii::ScanOptions o;
  o.thorough = true;
  CHECK(test::scan_values(
            "Q22：約僱人員甲君（民國80年次之青年，僅為說明年齡計算方式之虛構例子）休假日數", o)
            .empty());
  CHECK(test::scan_values("Q22：約僱人員甲君（民國80年次之青年）休假日數", o) == V{"民國80年次"});
}

TEST_CASE("detect: a lunar date with its year, an English date's year in brackets, a quote "
          "before 生, 生日 then a clause and 是過 (sets 72b, 73a, 73b)") {
  const V lunar = found("男，民國廿一年五月十日生（戶籍登記；家屬稱實際為民國21年農曆4月初6），");
  CHECK(std::count(lunar.begin(), lunar.end(), "birth_date:民國21年農曆4月初6") == 1);
  CHECK(found("生日：June 3, 2003（民國92年）") ==
        V{"birth_date:June 3, 2003", "birth_date:民國92年"});
  CHECK(found("生日：June 3, 2003（民國93年）") == V{"birth_date:June 3, 2003"});
  CHECK(found("他笑著說是「昭和五十年」生的") == V{"birth_date:昭和五十年"});
  twpii::ScanOptions o;
  o.thorough = true;
  CHECK(test::scan_values("附記：媽媽的生日，我們家一直是過農曆三月初八，今年", o) ==
        V{"農曆三月初八"});
  CHECK(test::scan_values("附記：媽媽的生日，我們家一直是在餐廳過", o).empty());
}

TEST_CASE("detect: dates of birth in a person's note, whose birthday it is, the register's date, "
          "the year in another era (sets 74b, 75a, 75b)") {
  twpii::ScanOptions o;
  o.thorough = true;
  auto has = [](const V& v, const std::string& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
  };
  CHECK(
      has(test::scan_values("　負責人：Kanya Srisuk（甘雅，泰籍，1987.02.11）", o), "1987.02.11"));
  CHECK(
      has(test::scan_values("　　1. Amelia Scott（加拿大，1993-06-21）　88.6分", o), "1993-06-21"));
  CHECK(
      has(test::scan_values("　　（三）施老師（施俊傑），74.09.09，國中美術教師", o), "74.09.09"));
  CHECK(has(test::scan_values("伍月娥評審下次無法出席（12月3日她生日要出國）", o), "12月3日"));
  CHECK(has(test::scan_values("辛苦了 今天7月25日是阿德生日 晚上請大家吃", o), "7月25日"));
  CHECK(test::scan_values("10月10日是學校生日", o).empty());
  CHECK(has(test::scan_values("生日：民國25年農曆7月初3，身分證上寫的是25年8月19日", o),
            "25年8月19日"));
  CHECK(has(test::scan_values("我的生日是平成7年6月21日，民國84年。", o), "民國84年"));
  CHECK(!has(test::scan_values("生日：民國70年3月5日，民國84年搬到台北。", o), "民國84年"));
}

TEST_CASE("detect: 是 as a label's colon, not in a guide's question; 農曆 inside a later lunar "
          "date (sets 69b, 76b, 77b)") {
  CHECK(found("出生年是民國三十六年，耳朵不好") == V{"birth_date:民國三十六年"});
  CHECK(found("**Q1. 孩子的生日是2013年1月，屬於哪一學年度？**").empty());
}

TEST_CASE("scan: a year before 農曆 opens a window read to the cue after the lunar date (set76a)") {
  CHECK(test::scan_values("我太太民國48年農曆9月初3出生，今年中風") == V{"民國48年農曆9月初3"});
  CHECK(test::scan_values("太民國48年農曆9月初3出生") == V{"民國48年農曆9月初3"});
}

TEST_CASE("scan: 壽星 right before a birthday; 生在 told before 身分證上登記; whose birthday "
          "after a comma (sets 84b, 85a)") {
  CHECK(test::scan_values("1,800,PL46865542,生日包場（壽星11/30）") == V{"11/30"});
  CHECK(test::scan_values("本月壽星慶生會訂於11/30舉行").empty());
  CHECK(test::scan_values("阿爸說我生在中秋，所以身分證上登記37年9月17日，其實是國曆換算的。") ==
        V{"37年9月17日"});
  CHECK(test::scan_values("事故發生在中秋，所以身分證上登記37年9月17日").empty());
  CHECK(test::scan_values("那天是1月25日，剛好是我的生日，本來想一個人走到山屋") == V{"1月25日"});
}

TEST_CASE("scan: a mother giving birth on the date at a place (生下, 產下); a birthday after 每年 "
          "(set86b)") {
  CHECK(test::scan_values("我太太於113年2月29日在台中生下龍鳳胎，但戶籍還在彰化") ==
        V{"113年2月29日"});
  CHECK(test::scan_values("去年112年8月19日在高雄的醫院剖腹生下三胞胎，老大") == V{"112年8月19日"});
  CHECK(test::scan_values("他於113年2月29日在台中開會").empty());
  CHECK(test::scan_values("媽媽每年3月21日生日那天還是照樣下田。") == V{"3月21日"});
}

TEST_CASE("scan: no birth in a day a record is kept until, nor a mistyped date the line corrects; "
          "no phone a note calls none (sets 84b, 85a, 86b)") {
  CHECK(test::scan_values("說明：名冊含身分證字號及出生日期，子翔建議僅保存至114年12月31日。")
            .empty());
  CHECK(test::scan_values("生日打錯了，正確是1990/2/5（表單上誤植為1985/12/31）") == V{"1990/2/5"});
  CHECK(test::scan_values("傳票號碼如0912-345678號（內部編號，非電話）。").empty());
  CHECK(test::scan_values("手機0912-345678，非電話號碼者請勿填寫此欄位以外的資料，謝謝").empty());
}

TEST_CASE("scan: the right date after a mistake told stays a birth (sets 51a, 77a, 87a)") {
  CHECK(test::scan_values("推薦表出生日期欄誤植為「2025/3/5」（應為98年3月5日），學籍資料已更正") ==
        V{"98年3月5日"});
  const V v = test::scan_values("生日也印成2003/7/9（正確是2003/7/19）。");
  CHECK(std::find(v.begin(), v.end(), "2003/7/19") != v.end());
}

TEST_CASE(
    "scan: 生日剛好是, 生日——; 清光緒; the year of the cycle after the year; a bracket after a "
    "blank; a registered date in numerals; a pupil's bracketed date (sets 87a, 87b, 88a)") {
  CHECK(test::scan_values("另外品妍的生日剛好是六月十日，就是典禮那天") == V{"六月十日"});
  CHECK(test::scan_values("可是他一輩子都只過農曆生日——農曆正月廿一。每年那天") ==
        V{"農曆正月廿一"});
  CHECK(test::scan_values("他生於清光緒13年3月2日") == V{"清光緒13年3月2日"});
  CHECK(test::scan_values("他是民國三十八年己丑年在大陸出生，跟著部隊來臺灣。") ==
        V{"民國三十八年己丑年"});
  const V west = test::scan_values("出生年月日：民國98年11月27日　（即西元2009/11/27）");
  CHECK(west.size() == 2);
  const V id =
      test::scan_values("阿公是甲申年生的，屬猴，身分證上寫的是民國三十三年二月十四日，可是");
  CHECK(std::find(id.begin(), id.end(), "民國三十三年二月十四日") != id.end());
  const V pupil = test::scan_values("　個案三：九年八班 劉怡萱（099/08/31）");
  CHECK(std::find(pupil.begin(), pupil.end(), "099/08/31") != pupil.end());
  CHECK(test::scan_values("所長核章：田志強（113.03.19）") == V{"田志強"});
}

TEST_CASE("scan: a birthday list under a heading, each day in brackets after the name; a grave "
          "notice's 生 glued before the date; 臘月 before 生 (sets 91b, 92b)") {
  const V list = test::scan_values("貳、本月壽星（慶生會於9月29日舉行）\n"
                                   "杜子軒（9月3日）、樊惠如（9月11日）、阮淑娟（9月17日）\n");
  CHECK(std::find(list.begin(), list.end(), "9月11日") != list.end());
  CHECK(std::find(list.begin(), list.end(), "9月29日") == list.end());
  const V grave =
      test::scan_values("第1區0101號　彭正義　生民前3年六月一日　歿民國43年　立碑：謝淑華\n");
  CHECK(std::find(grave.begin(), grave.end(), "民前3年六月一日") != grave.end());
  CHECK(std::find(grave.begin(), grave.end(), "民國43年") == grave.end());
  CHECK(test::scan_values("說她母親是民國二十七年臘月初八生的，老人家去年走了") ==
        V{"民國二十七年臘月初八"});
}

TEST_CASE("scan: 生在 right before a date; a birthday's lunar day after 只知道 with no 是 "
          "(sets 93a, 94b)") {
  CHECK(test::scan_values("鄰居說，她孫子生在2019年5月20日，從出生到會走路") == V{"2019年5月20日"});
  CHECK(test::scan_values("那起事故發生在108年5月20日，").empty());
  CHECK(test::scan_values("阿嬤生日她只知道農曆八月十五，說是中秋節那天生的") == V{"農曆八月十五"});
}

TEST_CASE("scan: a box form's row of dates under its birth label, read across; not a date after "
          "another label in the row; not the day a correction says it is not (sets 95b, 96a, "
          "72b)") {
  const V pair = test::scan_values(
      "│出生日期　│民國78年3月9日　　　　　　　　│080.11.23　　　　　　　　　　　 │\n");
  CHECK(std::find(pair.begin(), pair.end(), "080.11.23") != pair.end());
  const V three =
      test::scan_values("│出生　　│66.02.18　　　　│民國68年10月2日　　│109/06/30　　　　│\n");
  CHECK(std::find(three.begin(), three.end(), "109/06/30") != three.end());
  CHECK(test::scan_values(
            "│出生日期　　│民國31年元月7日　　　　　　　│死亡日期　　│113年2月26日　　　　│\n") ==
        V{"民國31年元月7日"});
  const V fixed = test::scan_values("@阿嬌姨 我爸說他的生日是11/3不是11/13 怕你寫錯\n");
  CHECK(std::find(fixed.begin(), fixed.end(), "11/13") == fixed.end());
}

TEST_CASE("scan: whose birthday with no 是 after a month-day, 每年 before one in numerals; "
          "身分證上寫的是國曆; two dates joined before 出生 (sets 96a, 97a, 97b, 98a)") {
  CHECK(test::scan_values("只有每年3月3日她生日那天會去海邊") == V{"3月3日"});
  CHECK(test::scan_values("只有每年三月初三她生日那天會去海邊") == V{"三月初三"});
  CHECK(test::scan_values("阿公生前最疼我，每年三月初九我生日，他都會煮豬腳麵線。") ==
        V{"三月初九"});
  const V card = test::scan_values("民國三十六年農曆八月十五日生，身分證上寫的是國曆36年9月29日。");
  CHECK(card.size() == 2);
  const V two = test::scan_values("二人分別為069.10.10及0720120出生，");
  CHECK(std::find(two.begin(), two.end(), "069.10.10") != two.end());
  CHECK(test::scan_values("申請日113.05.01及113.05.20生效").empty());
}

TEST_CASE("scan: the date a writer corrects a date of birth to, after 不對，是 (set99b)") {
  const V fixed = test::scan_values("出生84年2月18日……不對，是84年2月28日。請問要怎麼處理？");
  CHECK(std::find(fixed.begin(), fixed.end(), "84年2月28日") != fixed.end());
}

TEST_CASE("scan: 生 alone as a double-lined box row's label (set102b's tombstone order)") {
  CHECK(test::scan_values("║生　　　　　　　║民國32年1月18日　　　　　　　　　║\n") ==
        V{"民國32年1月18日"});
  CHECK(test::scan_values("║卒　　　　　　　║民國98年1月18日　　　　　　　　　║\n").empty());
}

TEST_CASE("scan: an HTML list's item of a name and its date in brackets alone, any age (set104a)") {
  const V camp = test::scan_values(
      "<ul>\n<li>朱秉澄（102.05.18）</li>\n<li>闕美玲（100.11.20）</li>\n</ul>\n");
  CHECK(std::find(camp.begin(), camp.end(), "102.05.18") != camp.end());
  CHECK(std::find(camp.begin(), camp.end(), "100.11.20") != camp.end());
  // (Not a child's date anywhere else: a signature's date after a name.)
  CHECK(test::scan_values("所長核章：田志強（113.03.19）") == V{"田志強"});
}

TEST_CASE(
    "scan: set110's dates of birth — a cohort before 、 and words, 生肖年, 民國 in brackets") {
  CHECK(test::scan_values("今年最年長的得獎者是34年次、高齡79歲") == V{"34年次"});
  CHECK(test::scan_values("民國41年、53年、101年次出生者").empty());
  const V temple = test::scan_values("收據編號,芳名,捐款金額,農曆生辰,生肖年,地址\n"
                                     "B113008,林欣怡,10000,三十九年農曆十月廿三,庚寅年,嘉義縣朴子市"
                                     "吉祥七街174之1號2樓\n");
  CHECK(std::find(temple.begin(), temple.end(), "庚寅年") != temple.end());
  CHECK(test::scan_values("<li>莊漢卿伯伯（民國34年10月7日），最愛吃壽桃</li>") ==
        V{"莊漢卿", "民國34年10月7日"});
}

TEST_CASE("scan: set111's dates of birth — an English month and day after 生日, a year in "
          "brackets after 年生") {
  CHECK(test::scan_values("my number is C-11, 我的生日 May 3 要請大家喝珍奶") == V{"May 3"});
  CHECK(test::scan_values("May 3 開會").empty());
  const V mother = test::scan_values("我母親徐游子晴，丁丑年生（民國26年），今年已經87歲");
  CHECK(std::find(mother.begin(), mother.end(), "民國26年") != mother.end());
  CHECK(test::scan_values("學生（民國26年）").empty());
  CHECK(test::scan_values("丁丑年生（民國27年）") == V{"丁丑年"}); // (not the cycle's year)
  // A Western year alone in brackets after another era's year of birth (set100a).
  const V era = test::scan_values("・配偶：山口健二，昭和六十三年生（1988），居留證 Z887734330");
  CHECK(std::find(era.begin(), era.end(), "1988") != era.end());
  CHECK(test::scan_values("創立於民國60年（1971）").empty());
  // 是…的人 tells a person's year (set114b), not a count of people.
  CHECK(test::scan_values("她說她是民國57年的人其實不老") == V{"民國57年"});
  CHECK(test::scan_values("這是民國57年的人口統計").empty());
}

TEST_CASE("scan: set121-122's dates of birth — 生日在 a lunar day, a date after a name in "
          "brackets") {
  CHECK(test::scan_values("今年七十歲生日在農曆九月初九，學員幫她辦了展覽") == V{"農曆九月初九"});
  CHECK(test::scan_values("生日在12月31日以前者以當年度計算年齡").empty()); // (a rule's bound)
  const V mother = test::scan_values("我媽媽Sayun（黃秀英），民國51年1月2日，她不太會用手機");
  CHECK(std::find(mother.begin(), mother.end(), "民國51年1月2日") != mother.end());
  CHECK(test::scan_values("會議（第三次），民國51年1月2日，開會").empty());
}

TEST_CASE("scan: a date of birth after a name and a tab, a pasted list with no header (set123b)") {
  const V rows = test::scan_values("(補充保險資料)\n任國美\t84年12月23日\n涂睿玉\t57年5月3日\n");
  CHECK(std::find(rows.begin(), rows.end(), "84年12月23日") != rows.end());
  CHECK(std::find(rows.begin(), rows.end(), "57年5月3日") != rows.end());
  CHECK(test::scan_values("報名\t113年12月23日\n").empty());
}

TEST_CASE("scan: an HTML table's rows all on one line under a header on its own line (set125b)") {
  const V rows = test::scan_values(
      "<table border=\"1\"><tr><th>墓號</th><th>亡者姓名</th><th>出生</th><th>卒年</th></tr>\n"
      "<tr><td>第9區179號</td><td>李麗宗</td><td>民國17年1月28日</td><td>82年</td></tr><tr><td>"
      "第8區24號</td><td>賀蓁宏</td><td>民國14年11月23日</td><td>86年</td></tr>\n");
  CHECK(std::find(rows.begin(), rows.end(), "民國17年1月28日") != rows.end());
  CHECK(std::find(rows.begin(), rows.end(), "民國14年11月23日") != rows.end());
  CHECK(std::find(rows.begin(), rows.end(), "82年") == rows.end()); // (卒年: a death's)
  CHECK(test::scan_values("之住戶粘淑緯先生（民國20年10月10日壽誕）特致謝函") ==
        V{"粘淑緯", "民國20年10月10日"});
}

TEST_CASE("scan: one blank line between a table's header and its first row (set127a)") {
  const V rows = test::scan_values(
      "燈別｜姓名｜生辰（農曆）｜時辰｜地址｜電話\n\n"
      "光明燈｜巫淑芬｜農曆61年7月6日｜子時｜248新北市五股區芳洲七路296號｜\n"
      "太歲燈｜黃佩珊｜民國二十八年六月十日｜午時｜同上｜\n"
      "光明燈｜黃國棟｜農曆54年2月3日｜子時｜新北市淡水區新市六路一段19巷24弄18號｜\n");
  CHECK(std::find(rows.begin(), rows.end(), "農曆61年7月6日") != rows.end());
  CHECK(std::find(rows.begin(), rows.end(), "農曆54年2月3日") != rows.end());
  // (Not over a blank line whose line above is a row: the header must stand right there.)
  const V two = test::scan_values("姓名,出生日期\n王小明,63.07.03\n\n"
                                  "店名,開幕日期,電話\n好吃店,63.07.03,0912345678\n");
  CHECK(std::count(two.begin(), two.end(), "63.07.03") == 1);
}

TEST_CASE("scan: a lifespan in brackets after a church's 姊妹 or 弟兄 (set132a)") {
  const V v =
      test::scan_values("懷念上週安息主懷的賴秀妍姊妹（1941年3月2日－2024年9月28日），她在廚房");
  CHECK(std::find(v.begin(), v.end(), "1941年3月2日") != v.end());
  CHECK(std::find(v.begin(), v.end(), "2024年9月28日") == v.end());
}

TEST_CASE("scan: a year and month alone after a name in a list, an adult's (set204a)") {
  const V v = test::scan_values("出席人員：\n  康建宏  民國77年3月\n  陳子晴  036373963\n");
  CHECK(std::find(v.begin(), v.end(), "民國77年3月") != v.end());
  // (Not a child's, nor with a field between, nor a masked day after it.)
  CHECK(test::scan_values("  康建宏  民國110年3月\n").size() == 1);
  const V burial = test::scan_values("14　第1區156號　蘇罔市　民國前二年　民國73年3月\n");
  CHECK(std::find(burial.begin(), burial.end(), "民國73年3月") == burial.end());
  const V masked = test::scan_values("  古德政  民國064年06月○○日\n");
  CHECK(std::find(masked.begin(), masked.end(), "民國064年06月") == masked.end());
}

TEST_CASE("scan: a birth column that names another date after a slash holds births only years "
          "back (set206a)") {
  const V v = test::scan_values("工號    姓名        出生/檢查日 身分證      聯絡\n"
                                "T1844   洪金龍      113.09.03   M201669391  03-4878521\n"
                                "T7260   錢雅惠      0800828     Q24791****  —\n");
  CHECK(std::find(v.begin(), v.end(), "113.09.03") == v.end());
  CHECK(std::find(v.begin(), v.end(), "0800828") != v.end());
  // (A column of births alone takes this year's too: a baby's.)
  const V b = test::scan_values("工號    姓名        出生日期    身分證\n"
                                "T1844   洪金龍      113.09.03   M201669391\n");
  CHECK(std::find(b.begin(), b.end(), "113.09.03") != b.end());
}

TEST_CASE("scan: a fixed-width cell one blank before the birth column's start is split there "
          "(set209b)") {
  const V v = test::scan_values(
      "准考證  姓名        組別   出生日期      就讀學校        家長手機     繳費日\n"
      "T8717   上官雅婷    初段組 102/08/13     大有國小        +886-972-358-635 112.10.26\n"
      "T2344   范姜冠宇    二段組 2015-05-04    大有國小        　           114年2月9日\n");
  CHECK(std::find(v.begin(), v.end(), "102/08/13") != v.end());
  CHECK(std::find(v.begin(), v.end(), "2015-05-04") != v.end());
  CHECK(std::find(v.begin(), v.end(), "112.10.26") == v.end()); // (the fee's day)
  CHECK(std::find(v.begin(), v.end(), "114年2月9日") == v.end());
}

TEST_CASE("scan: a date alone in brackets after a list's Latin name or in Chinese numerals "
          "(set209b)") {
  const V v =
      test::scan_values("1. Anna Schmidt（99/9/22）\n4. 易麗華（民國一〇一年三月十一日）\n");
  CHECK(std::find(v.begin(), v.end(), "99/9/22") != v.end());
  CHECK(std::find(v.begin(), v.end(), "民國一〇一年三月十一日") != v.end());
  CHECK(test::scan_values("會議於 Grand Hotel（2019/9/22）舉行\n").empty());
}

TEST_CASE("scan: 國曆 and a month and day after a name; a cohort under 年次 of the first twenty "
          "years (set210a, set211a)") {
  const V v = test::scan_values("邵文雄　國曆2月10日（(05)375-4035）\n沈崇德　國曆1/3\n");
  CHECK(std::find(v.begin(), v.end(), "國曆2月10日") != v.end());
  CHECK(std::find(v.begin(), v.end(), "國曆1/3") != v.end());
  CHECK(test::scan_values("會議　國曆2月10日舉行\n").empty());
  const V c =
      test::scan_values("戶號  原眷戶      年次    狀態      承受人      承受人ID      聯絡\n"
                        "MD002 鄭信宏　  19年次  健在      于詩涵　  K243534436  0921653563\n");
  CHECK(std::find(c.begin(), c.end(), "19年次") != c.end());
}

TEST_CASE("scan: a fixed-width cell one blank after the birth column's start, the cell before "
          "it too wide (set212b)") {
  const V v = test::scan_values("社員號  姓名        入社日      出生      股數 股金     地址\n"
                                "M9431   游振興      114.11.26   95.11.24  20   700元\n"
                                "M4002   白瑞麟      111年12月9日 89.01.14  20   1100元\n");
  CHECK(std::find(v.begin(), v.end(), "89.01.14") != v.end());
  CHECK(std::find(v.begin(), v.end(), "111年12月9日") == v.end());
}

TEST_CASE("scan: a month and day right after a birth label (set214b)") {
  const V v = test::scan_values("姓名：莊淑芬　出生：１２月５日\n");
  CHECK(std::find(v.begin(), v.end(), "１２月５日") != v.end());
  CHECK(test::scan_values("申請日期：12/5\n").empty());
  const V lunar = test::scan_values("│出生日期│ 農曆六月初四\n");
  CHECK(std::find(lunar.begin(), lunar.end(), "農曆六月初四") != lunar.end());
}

TEST_CASE("scan: a list's line of a name, a phone and an adult's date, one blank apart (set207a)") {
  const V v = test::scan_values("2. 宋筱豪 +886-960-132-615 2005/7/7\n"
                                "3. 蔣宇樹 +886 996278435 民國34年4月1日\n");
  CHECK(std::find(v.begin(), v.end(), "2005/7/7") != v.end());
  CHECK(std::find(v.begin(), v.end(), "民國34年4月1日") != v.end());
  const V recent = test::scan_values("4. 王小明 0912345678 2023/5/1\n");
  CHECK(std::find(recent.begin(), recent.end(), "2023/5/1") == recent.end());
  // (A date with hyphens, which the phone's digit groups read on into — set246b.)
  const V hyphen = test::scan_values("３．蔣凱文　０９５２５８９７５２　１９４０－０１－２３\n"
                                     "4. 吳明德 0952-589-752 1950-1-3\n");
  CHECK(std::find(hyphen.begin(), hyphen.end(), "１９４０－０１－２３") != hyphen.end());
  CHECK(std::find(hyphen.begin(), hyphen.end(), "1950-1-3") != hyphen.end());
  CHECK(std::find(hyphen.begin(), hyphen.end(), "0952-589-752") != hyphen.end());
  // (Fixed-width: blanks of both widths between, dots in the phone, blanks after the date —
  // set281b's emergency contacts.)
  const V fixed = test::scan_values("蔣淑芬　　　0988.394.324      一九八五年六月三日     \r\n"
                                    "董永福　　　0984522924      1945-12-14    \r\n");
  CHECK(std::find(fixed.begin(), fixed.end(), "一九八五年六月三日") != fixed.end());
  CHECK(std::find(fixed.begin(), fixed.end(), "1945-12-14") != fixed.end());
}

TEST_CASE("scan: a child's date between a name and another person by surname and title "
          "(set216b)") {
  const V v = test::scan_values(
      "０１  彭雅婷     １０９／０２／２７  陸沛晴  桃園市觀音區富河路４巷７２號２樓\n"
      "０２  田文雄     １０９.０３.１２  歐先生  ０９７４５５２５５２  ７－１１前\n");
  CHECK(std::find(v.begin(), v.end(), "１０９.０３.１２") != v.end());
}

TEST_CASE("scan: a fixed-width row that does not line up under its header: the date right after "
          "its ID (set218b)") {
  // (The header padded by hand: 出生日期 starts 14 display columns before the rows' dates.)
  const std::string header =
      "序　　姓名　　　　　　　　　　　　　　　　　　　統一證號　　　　出生日期"
      "　　　　　手機\n";
  const V v =
      test::scan_values(header + "１　　　Ｎｇｕｙｅｎ　Ｔｈｉ　Ｈｏａ　　　　　　　　　Ｂ９１４"
                                 "６５１４７９　　６４年４月２３日　　０９３６－０９０－９４４\n"
                                 "３　　　Ｓｉｔｉ　Ｒａｈａｙｕ　　　　　　　　　　　　Ｅ９２６"
                                 "８５７８６８　　８６．０６．１３\n");
  CHECK(std::find(v.begin(), v.end(), "６４年４月２３日") != v.end());
  CHECK(std::find(v.begin(), v.end(), "８６．０６．１３") != v.end());
  // (Not a date that is no neighbour of the ID: a column of loans beside an empty birth cell.)
  const V loans = test::scan_values("樂器編號     樂器      團員        生日        家長        "
                                    "行動電話        借出日\n"
                                    "HC-2016-010  大提琴　  林國華　　              葉徐靜宜　  "
                                    "0937-705-399  113/02/25\n");
  CHECK(std::find(loans.begin(), loans.end(), "113/02/25") == loans.end());
}

TEST_CASE("scan: a Chinese-numeral date after a list's Latin name and a comma (set219a)") {
  const V v = test::scan_values("3. Laura Fischer，二〇〇二年三月六日，慕道班結業。\n");
  CHECK(std::find(v.begin(), v.end(), "二〇〇二年三月六日") != v.end());
  CHECK(test::scan_values("3. 慕道班，二〇二四年三月六日，結業。\n").empty());
}

TEST_CASE("scan: a fixed-width birth cell wider than its column, one blank before the next "
          "column's text (set218a)") {
  const std::string t = "序號 姓名              身分證字號  出生年月日            地址\n"
                        "14   ROSALIE BAUTISTA  D148765488  民國四十六年八月十一日 "
                        "88000澎湖縣馬公市永和街250號\n";
  const V v = test::scan_values(t);
  CHECK(std::find(v.begin(), v.end(), "民國四十六年八月十一日") != v.end());
  // (Not the first of two dates: a date of joining wider than its column — set212b.)
  const V two = test::scan_values("社員號  姓名        入社日      出生      股數\n"
                                  "M9405   曾素貞      民國111年8月3日 43.03.02  6\n");
  CHECK(std::find(two.begin(), two.end(), "民國111年8月3日") == two.end());
}

TEST_CASE("scan: an English date's comma full-width, and a date after a list's Latin name and "
          "a blank (set221a)") {
  const V v =
      test::scan_values("（三）簡宗翰，Ｏｃｔｏｂｅｒ　２４，　１９９６生，Ｆ１５＊＊＊＊８０３\n");
  CHECK(std::find(v.begin(), v.end(), "Ｏｃｔｏｂｅｒ　２４，　１９９６") != v.end());
  const V w = test::scan_values("│母出生日期　│Ｄｅｃｅｍｂｅｒ　１５，　１９９４\n");
  CHECK(std::find(w.begin(), w.end(), "Ｄｅｃｅｍｂｅｒ　１５，　１９９４") != w.end());
  const V l = test::scan_values("5. SUDARAT PHROMMA 1972-05-03 M1230XXXXX\n");
  CHECK(std::find(l.begin(), l.end(), "1972-05-03") != l.end());
  CHECK(test::scan_values("會議於October 24，共50人出席\n").empty());
}

TEST_CASE("scan: a list line's date after a name and a mobile with its prefix in brackets "
          "(set223b)") {
  const V v = test::scan_values("阮國雄　(0931)455512　50/01/26\n");
  CHECK(std::find(v.begin(), v.end(), "50/01/26") != v.end());
  // (A married woman's four characters, whose last three are a name too.)
  const V four = test::scan_values("巫李貞儀　0978-816-030　34/09/13\n");
  CHECK(std::find(four.begin(), four.end(), "34/09/13") != four.end());
}

TEST_CASE("scan: a list line's fields between slashes, the date after the ID (set224b)") {
  const V v = test::scan_values("1. 林宗翔／F147706138／1952年9月15日\n"
                                "5. 司馬俊娟／E171152465／19870316\n");
  CHECK(std::find(v.begin(), v.end(), "1952年9月15日") != v.end());
  CHECK(std::find(v.begin(), v.end(), "19870316") != v.end());
  // (Not a day less than a year back after an ID: a form's date; one in the future is.)
  const V recent = test::scan_values("1. 林宗翔／F147706138／2099/10/02\n");
  CHECK(std::find(recent.begin(), recent.end(), "2099/10/02") == recent.end());
}

TEST_CASE("scan: the date after an ID masked with ○ or ＊, or in a box form's row (set240b, "
          "set242a)") {
  const V v =
      test::scan_values("１． 文啟明　Ｖ１８３１９○○○○　６２．０９．２４　補發１８，４００元\n"
                        "│傅葉罔市│F18917****│79年5月18日│31桌\n"
                        "│鄭惠美│Q247562029│0660726│53桌\n");
  CHECK(std::find(v.begin(), v.end(), "６２．０９．２４") != v.end());
  CHECK(std::find(v.begin(), v.end(), "79年5月18日") != v.end());
  CHECK(std::find(v.begin(), v.end(), "0660726") != v.end());
  // (An old resident ID's two letters, the date after it in brackets.)
  const V res = test::scan_values("（泰籍，居留證EB90591035，2 Jun 1985），請外僑股協處\n");
  CHECK(std::find(res.begin(), res.end(), "2 Jun 1985") != res.end());
  // (Too few masks, or a letter before the ID: no ID.)
  const V no = test::scan_values("編號ＡＶ１８３１９○○○○　６２．０９．２４　補發\n"
                                 "Ｖ１８３１９１２３○○　６２．０９．２４　補發\n");
  CHECK(std::find(no.begin(), no.end(), "６２．０９．２４") == no.end());
}

TEST_CASE("scan: a birth told as 是 DATE 的, and a correction's 生日應為 (set247a)") {
  const V v = test::scan_values("11:22\tKolas\t他媽媽石瑞廷是八十六年二月九日的\n"
                                "他媽媽藍卿是１９５０／１２／４的\n"
                                "杜婷英的生日應為19520220，不是本人\n");
  CHECK(std::find(v.begin(), v.end(), "八十六年二月九日") != v.end());
  CHECK(std::find(v.begin(), v.end(), "１９５０／１２／４") != v.end());
  CHECK(std::find(v.begin(), v.end(), "19520220") != v.end());
  // (Not a recent day, nor one that goes on: 會議是113年5月1日的下午.)
  const V no = test::scan_values("會議是113年5月1日的\n他是1950年1月4日的下午到的\n");
  CHECK(std::find(no.begin(), no.end(), "113年5月1日") == no.end());
  CHECK(std::find(no.begin(), no.end(), "1950年1月4日") == no.end());
}

TEST_CASE("detect: a date after a name a death was told before is no birth (set270b)") {
  CHECK(found("已確認罹難：馮偉銘（民國110年2月17日），家屬請洽社工。") == V{"person_name:馮偉銘"});
  CHECK(found("已確認平安：馮偉銘（民國50年2月17日）。") ==
        V{"person_name:馮偉銘", "birth_date:民國50年2月17日"});
}

TEST_CASE("detect: a year of birth alone right after a name in a row of people (sets 272a, 272b)") {
  CHECK(found("(五) 程淑貞，27年，O196640876，苗栗縣南庄鄉石坑57號。") ==
        V{"person_name:程淑貞", "birth_date:27年", "national_id:O196640876",
          "address:苗栗縣南庄鄉石坑57號"});
  CHECK(found("11. 駱金英　34年　0939-068218") ==
        V{"person_name:駱金英", "birth_date:34年", "phone:0939-068218"});
  // Not a recent year, and not with no one's value on the line.
  CHECK(found("11. 駱金英　112年　0939-068218") == V{"person_name:駱金英", "phone:0939-068218"});
  CHECK(found("11. 駱金英　34年　到職") == V{"person_name:駱金英"});
  // The person's ID may stand between (set276b's minutes).
  CHECK(found("施阿豪　M229121214　64年　0977-234-896") ==
        V{"person_name:施阿豪", "national_id:M229121214", "birth_date:64年", "phone:0977-234-896"});
}

TEST_CASE("detect: children's dates after names (twins in a row, 子女 in a box's cell) and a "
          "year and month after a tab (set295b)") {
  CHECK(found("     蕭淑君 2014-02-26   蕭福文 2014-02-26   雙胞胎") ==
        V{"person_name:蕭淑君", "birth_date:2014-02-26", "person_name:蕭福文",
          "birth_date:2014-02-26"});
  // (No twins' word: a recent date after a name is no birth.)
  CHECK(found("     蕭淑君 2014-02-26   蕭福文 2014-02-26   值班") ==
        V{"person_name:蕭淑君", "person_name:蕭福文"});
  CHECK(found("│子女　　　　│曾嬌雯　１０３．０８．０８") ==
        V{"person_name:曾嬌雯", "birth_date:103.08.08"});
  CHECK(found("│承辦　　　　│曾嬌雯　１０３．０８．０８") == V{"person_name:曾嬌雯"});
  CHECK(found("2\t鄧玲芳\t民國59年7月\t(0924)352635\t\t志工") ==
        V{"person_name:鄧玲芳", "birth_date:民國59年7月", "phone:(0924)352635"});
}

TEST_CASE("detect: 生日 and its date in brackets give no cue to a date after them (set300b)") {
  CHECK(found("（I183120579，生日45.07.31）已於114.05.30繳清，免予轉知。") ==
        V{"national_id:I183120579", "birth_date:45.07.31"});
  CHECK(found("出生年月日：民國74年5月3日") == V{"birth_date:民國74年5月3日"});
}

TEST_CASE("detect: a list item's name before an adult's date of birth is a name (set297b)") {
  CHECK(found("6) 白天賜 60年3月21日 F278113432") ==
        V{"person_name:白天賜", "birth_date:60年3月21日", "national_id:F278113432"});
  CHECK(found("5.巫銀河 46.3.19") == V{"person_name:巫銀河", "birth_date:46.3.19"});
  // (Not a CSV's field: its header says what the columns hold.)
  const V row = found("001,蔣榮發,高三忠,96.08.12,蔣語彤");
  CHECK(std::find(row.begin(), row.end(), "person_name:高三忠") == row.end());
}

TEST_CASE("detect: an HTML row's last cell, an adult's date after the name's cell (set302a)") {
  CHECK(found("<tr><td>4</td><td>袁淑娟</td><td>87.09.10</td></tr>") ==
        V{"person_name:袁淑娟", "birth_date:87.09.10"});
  // (Not a date with cells after it: a grave register's burial date, the claimant after it.)
  CHECK(
      found(
          "<tr><td>第三公墓-1867</td><td>賴哲維</td><td>民國71年3月6日</td><td>卓宜蓁</td></tr>") ==
      V{"person_name:賴哲維", "person_name:卓宜蓁"});
}

TEST_CASE("detect: 之前 as \"earlier\" after a date of birth, a record's mistake (set304b)") {
  CHECK(found("生日084/09/19之前登記錯了。") == V{"birth_date:084/09/19"});
  CHECK(found("出生於民國40年1月1日之前者").empty()); // (a bound)
}

TEST_CASE("detect: six digits glued to 出生, or 生 after them, are a date of birth (set306a)") {
  CHECK(found("民眾仉振興，470813生，地址不詳") == V{"person_name:仉振興", "birth_date:470813"});
  CHECK(found("呂博文，出生680726，住臺南市") == V{"person_name:呂博文", "birth_date:680726"});
  CHECK(found("單號 680726，出貨").empty());
}
