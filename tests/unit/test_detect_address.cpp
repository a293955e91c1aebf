// Addresses: the reference's test vectors (§6, §10), where an address stops, look-alikes, and
// the official masking (keep up to the road, mask the numbers).
#include "test_util.hpp"

#include <twpii/mask.hpp>

#include <doctest/doctest.h>

using twpii::PiiType;

namespace {
// The single address found in `text`, or "" when there is not exactly one.
std::string one_address(const std::string& text) {
  twpii::TypeSet only = twpii::TypeSet::none();
  only.add(PiiType::address);
  auto hits = test::detect_all(text, only);
  return hits.size() == 1 ? hits[0].text : "";
}
} // namespace

TEST_SUITE_BEGIN("detect_address");

TEST_CASE("detect: full addresses from county to floor") {
  for (const char* a : {"臺北市信義區信義路3段162之37號9樓", "新北市淡水區淡金路6號12之3樓",
                        "花蓮縣新城鄉順安村草林14號", "10603台北市大安區金山南路2段55號",
                        "高雄市三民區建工路612巷8號3樓之1", "台北縣板橋市文化路一段188巷12號5樓",
                        "臺東縣臺東市中華路二段二十五號十三樓", "桃園市中壢區中正路100號B1",
                        "臺中市北區三民路三段129號7樓之2", "新竹市東區光復路二段101號A-33室",
                        "台北市大安區信義路三段1號2F-1"}) {
    CAPTURE(a);
    CHECK(one_address(std::string("地址：") + a + "，謝謝。") == a);
  }
}

TEST_CASE("detect: named lanes and alleys, villages the gazetteer lacks, 台 spellings") {
  for (const char* a :
       {"西屯區西屯路二段市場巷164號7樓", "福樂里二十三鄰大屯路光華二巷168號28-8樓",
        "高雄市彌陀區鹽港二路和平二巷一百九十八號", "社頭鄉文化東巷南一弄八十九之六號八樓",
        "太平區長龍路二段南國八十巷一百四十號六樓", "台東縣台東市常德路126之4號10樓715室",
        "545016南投縣埔里鎮外中村籃城四巷969號", "竹山鎮通霄東村小旗巷15號",
        "32001桃園市中壢區洽溪路一百三十三巷三百五十一號十一樓", "南投縣信義鄉新鄉路四號農路152號",
        "南投縣埔里鎮安八街12號"}) {
    CAPTURE(a);
    CHECK(one_address(std::string("地址：") + a + "，謝謝。") == a);
  }
  CHECK(one_address("住屏東縣來義鄉育英路二十九號之四一帶") == "屏東縣來義鄉育英路二十九號之四");
  // A named lane in a fixed-width row's last column: from its name, not the column's blanks
  // (set205a's household list).
  CHECK(one_address("01  彭秀英  女  0971-***-159  光明巷159號") == "光明巷159號");
  // A community's name after a road's section, a known village ending it (set207a).
  CHECK(one_address("地址是桃園市中壢區龍岡路三段今日新村18鄰50號") ==
        "桃園市中壢區龍岡路三段今日新村18鄰50號");
  // Or one the gazetteer lacks, before N鄰 after a road (set210b).
  CHECK(one_address("戶籍地址：新北市新莊區化成路台貿二村16鄰82號") ==
        "新北市新莊區化成路台貿二村16鄰82號");
  // A postal code after a slash that ends a field of words, not a date's (set215b).
  CHECK(one_address("古春嬌／882澎湖縣望安鄉西嶼坪317號6樓") == "882澎湖縣望安鄉西嶼坪317號6樓");
  CHECK(one_address("2024/882澎湖縣望安鄉西嶼坪317號6樓") == "澎湖縣望安鄉西嶼坪317號6樓");
  CHECK(test::scan_values(
            "1. 古春嬌／田廖淑芬／0970125／882澎湖縣望安鄉西嶼坪317號6樓／新臺幣4,520元\n")
            .back() == "882澎湖縣望安鄉西嶼坪317號6樓");
  // Or after a road's lane (set217a).
  CHECK(one_address("住桃園市中壢區中山東路一段二七六巷中興二村9鄰118號") ==
        "桃園市中壢區中山東路一段二七六巷中興二村9鄰118號");
  // A zone's name between N鄰 and the road: one address (set211b).
  CHECK(one_address("住高雄市楠梓區嘉慶里005鄰楠梓加工出口區第二園區研發路301號12F") ==
        "高雄市楠梓區嘉慶里005鄰楠梓加工出口區第二園區研發路301號12F");
}

TEST_CASE("detect: typed addresses with spaces around their numbers") {
  for (const char* a : {"埔里鎮中山路一段 88 號", "高雄市鳳山區五甲二路 410 巷 26 號",
                        "新北市蘆洲區中正路 118 巷 5 號 3 樓", "雲林縣斗六市大學路一段 318 號",
                        "臺北市大安區復興南路一段 100 號 5 樓 502 室"}) {
    CAPTURE(a);
    CHECK(one_address(std::string("住") + a + "，電話另附。") == a);
  }
  CHECK(one_address("住台北市大安區復興南路一段 100 號 之後再說") ==
        "台北市大安區復興南路一段 100 號");
  // A postal code one blank before the county; not the end of a phone number.
  CHECK(one_address("住址：408 臺中市南屯區文心南三路121巷30弄47-7號9樓。") ==
        "408 臺中市南屯區文心南三路121巷30弄47-7號9樓");
}

TEST_CASE("detect: a rural place after 鄰, and a building before the floor") {
  CHECK(one_address("戶籍地址：嘉義縣番路鄉番路村3鄰瓦厝仔12號，") ==
        "嘉義縣番路鄉番路村3鄰瓦厝仔12號");
  CHECK(one_address("住桃園市觀音區工業三路18號宿舍3樓，") == "桃園市觀音區工業三路18號宿舍3樓");
  CHECK(one_address("住臺北市大安區信義路三段100號A棟5樓，") ==
        "臺北市大安區信義路三段100號A棟5樓");
  CHECK(one_address("住臺北市大安區信義路三段100號大樓管理室") == "臺北市大安區信義路三段100號");
  CHECK(one_address("被檢舉地點：臺南市永康區中正北路127號頂樓") ==
        "臺南市永康區中正北路127號頂樓");
  CHECK(one_address("地點：臺北市萬華區萬大路387巷15號地下層") ==
        "臺北市萬華區萬大路387巷15號地下層");
  // A rural address with no house number: district, village, N鄰 and a hamlet (set59b).
  CHECK(one_address("訪視地點苗栗縣大湖鄉大寮村五鄰八寮灣，電話0912345678") ==
        "苗栗縣大湖鄉大寮村五鄰八寮灣");
  CHECK(one_address("住苗栗縣大湖鄉大寮村5鄰，電話0912345678") == "苗栗縣大湖鄉大寮村5鄰");
  // (A community the gazetteer lacks, after the district or after a road — set282a's register.)
  CHECK(one_address("9\t郭振興\t267宜蘭縣大同鄉自強新村16鄰\t簡訊") ==
        "267宜蘭縣大同鄉自強新村16鄰");
  CHECK(one_address("9\t郭振興\t宜蘭縣五結鄉中正路一段篤行三村11鄰\t簡訊") ==
        "宜蘭縣五結鄉中正路一段篤行三村11鄰");
  // A district's last character is not a village's first (關山鎮山里, not 關山|鎮山里 — set57b).
  CHECK(one_address("住址：臺東縣關山鎮山里9鄰八德路一百六十二號") ==
        "臺東縣關山鎮山里9鄰八德路一百六十二號");
}

TEST_CASE("detect: an address stops where it stops") {
  CHECK(one_address("彰化縣彰化市中山路3段166號前") == "彰化縣彰化市中山路3段166號");
  CHECK(one_address("住新北市淡水區淡金路6號12之3樓，與鄰居") == "新北市淡水區淡金路6號12之3樓");
  CHECK(one_address("新北市淡水區淡金路6號騎樓下") == "新北市淡水區淡金路6號");
}

TEST_CASE("detect: addresses that start at the road need the gazetteer or a cue word") {
  CHECK(one_address("住民安街46號") == "民安街46號");
  CHECK(one_address("住址：鯨豚灣街8號") == "鯨豚灣街8號"); // not in the gazetteer: the cue
  CHECK(one_address("鯨豚灣街8號").empty());
}

TEST_CASE("detect: a village with its 村 left off between the district and N鄰") {
  CHECK(one_address("住花蓮縣秀林鄉民享10鄰67號") == "花蓮縣秀林鄉民享10鄰67號");
  CHECK(one_address("秀林鄉民享10鄰67號3樓") == "秀林鄉民享10鄰67號3樓");
}

TEST_CASE("detect: addresses written in English, as Chunghwa Post romanises them") {
  CHECK(one_address("Address: 2F., No. 6, Aly. 14, Ln. 217, Sec. 2, Xinglong Rd., Wenshan Dist., "
                    "Taipei City 116071, Taiwan (R.O.C.)") ==
        "2F., No. 6, Aly. 14, Ln. 217, Sec. 2, Xinglong Rd., Wenshan Dist., Taipei City 116071");
  CHECK(one_address(
            "No. 67, 10th Neighborhood, Minxiang Vil., Xiulin Township, Hualien County 972") ==
        "No. 67, 10th Neighborhood, Minxiang Vil., Xiulin Township, Hualien County 972");
  CHECK(one_address("Room 501, No. 8-1, Lane 5, Minsheng E. Rd., Songshan Dist., Taipei City") ==
        "Room 501, No. 8-1, Lane 5, Minsheng E. Rd., Songshan Dist., Taipei City");
  CHECK(one_address("No. 5, X").empty()); // (read past the text's end)
  // A typeset apostrophe (set51b).
  CHECK(one_address("I live at 5F., No. 42, Ln. 134, Xinyi Rd., Da’an Dist., Taipei City now") ==
        "5F., No. 42, Ln. 134, Xinyi Rd., Da’an Dist., Taipei City");
  // In capitals, as forms print them.
  CHECK(one_address(
            "ADDRESS: 2F., NO. 6, LN. 217, XINGLONG RD., WENSHAN DIST., TAIPEI CITY 116071") ==
        "2F., NO. 6, LN. 217, XINGLONG RD., WENSHAN DIST., TAIPEI CITY 116071");
  CHECK(one_address("CASE NO. 6, TAIPEI CITY").empty());
  // A number with no road or village, or a road with no district, city or postal code.
  for (const char* t :
       {"Case No. 6, Taipei City", "No. 7, Ren'ai Rd.", "No. 12, Section 3 of it"}) {
    CAPTURE(t);
    CHECK(one_address(t).empty());
  }
  // Officially masked: every digit (no 號 tells where the numbers start).
  CHECK(twpii::preview(PiiType::address, "2F., No. 6, Ln. 217, Xinglong Rd., Taipei City 116071") ==
        "*F., No. *, Ln. ***, Xinglong Rd., Taipei City ******");
}

TEST_CASE("detect: a named lane the gazetteer lacks, right after a district") {
  CHECK(one_address("臺中市西屯區華夏巷東一弄158號5樓之2") ==
        "臺中市西屯區華夏巷東一弄158號5樓之2");
  CHECK(one_address("臺中市西屯區華夏巷2弄158號") == "臺中市西屯區華夏巷2弄158號");
}

TEST_CASE("detect: set7's address look-alikes — a numbered pole, a masked ID before the county") {
  CHECK(one_address("三、巷口21號電桿旁邊和巷子裡路燈壞了兩支").empty());
  CHECK(one_address("5　上官偉賢　B14○○○○526　臺中市清水區民享路279之8號　1130090468") ==
        "臺中市清水區民享路279之8號");
  CHECK(one_address("526 臺中市清水區民享路279之8號") == "526 臺中市清水區民享路279之8號");
  CHECK(one_address("地址：中山路3號倉庫旁") == "中山路3號");
}

TEST_CASE("detect: a postal code after an ID and one blank (set9b's table of signatures)") {
  CHECK(one_address("６　　闕振豐　　S118604125　701台南市東區崇明一街廿三號") ==
        "701台南市東區崇明一街廿三號");
  CHECK(one_address("0912 345 678 臺北市大安區和平東路一段1號") == "臺北市大安區和平東路一段1號");
  // After a whole phone and a roster's column blank, the postal code is the address's (set27b).
  CHECK(one_address("０９７５－３３０－２１８　704臺南市北區北成路６６號３樓") ==
        "704臺南市北區北成路66號3樓");
  CHECK(one_address("（０６）２７４３－５１８　704臺南市北區西門路三段８８號５樓") ==
        "704臺南市北區西門路三段88號5樓");
}

TEST_CASE("detect: ○ for a zero after a Chinese numeral (Big5 has no 〇)") {
  CHECK(one_address("住址：嘉義縣中埔鄉忠義路三二○號") == "嘉義縣中埔鄉忠義路三二○號");
}

TEST_CASE("detect: look-alikes are not addresses") {
  for (const char* t : {"行經中山路時", "府地權字第1100012345號", "新城鄉○○段260-2地號",
                        "地址：臺北市○○區○○○路0段0巷00號1樓", "金山南路二段○○號",
                        "111年度上易字第342號", "帳號12345號", "臺北市信義區", "中山路"}) {
    CAPTURE(t);
    CHECK(one_address(t).empty());
  }
  // A stretch of a road (set12b's roadworks notice).
  CHECK(test::detect_all("施工範圍：文化三路一段100號至388號間東側人行道").empty());
}

TEST_CASE("mask_value: official addresses keep the road and mask the numbers") {
  CHECK(twpii::preview(PiiType::address, "臺北市信義區信義路3段162之37號9樓") ==
        "臺北市信義區信義路3段***之**號*樓");
  CHECK(twpii::preview(PiiType::address, "臺東縣臺東市中華路二段二十五號十三樓") ==
        "臺東縣臺東市中華路二段＊＊＊號＊＊樓");
  CHECK(twpii::preview(PiiType::address, "新北市板橋區文化路一段188巷12號5樓") ==
        "新北市板橋區文化路一段***巷**號*樓");
  CHECK(twpii::preview(PiiType::address, "高雄市三民區建工路612巷8號") ==
        "高雄市三民區建工路***巷*號");
  CHECK(twpii::preview(PiiType::address, "桃園市中壢區中正路３８５號４樓") ==
        "桃園市中壢區中正路＊＊＊號＊樓");
  twpii::MaskOptions redact{twpii::Style::redact, ""};
  CHECK(twpii::mask_value(PiiType::address, "民安街46號", redact) == "＊＊＊**＊");
}

TEST_SUITE_END();

TEST_CASE("detect: no postal code after a blank written as an HTML entity (set15b)") {
  auto hits =
      test::detect_all("  4 林美珍 H248815916 0912&nbsp;760&nbsp;348 平鎮區平東路147巷5弄9號");
  bool phone = false, address = false;
  for (const auto& h : hits) {
    phone = phone || (h.type == twpii::PiiType::phone && h.text == "0912&nbsp;760&nbsp;348");
    address = address || (h.type == twpii::PiiType::address && h.text == "平鎮區平東路147巷5弄9號");
  }
  CHECK(phone);
  CHECK(address);
}

TEST_CASE("detect: 巿 typed for a county's 市, and a floor after a CSV field's quote (set18)") {
  CHECK(one_address("地址：桃園巿八德區會稽里16鄰明光街161號5樓") ==
        "桃園巿八德區會稽里16鄰明光街161號5樓");
  CHECK(one_address("5,\"7F., No. 167, Zhongzheng Rd., Yonghe Dist., New Taipei City 234041\",2") ==
        "7F., No. 167, Zhongzheng Rd., Yonghe Dist., New Taipei City 234041");
}

TEST_CASE("detect: a county's 市 written as the 鎮 it was, and 高市 for 高雄市 (set20b)") {
  CHECK(one_address("最後住頭份鎮自強路88巷6號") == "頭份鎮自強路88巷6號");
  CHECK(one_address("住址：高市小港區宏平路388巷15弄6號") == "高市小港區宏平路388巷15弄6號");
}

TEST_CASE(
    "detect: parts a blank apart, a bracketed postal code, a room named by a letter (set22a)") {
  CHECK(one_address("　住 406 臺中市 北屯區 崇德路三段 288號 7樓之3") ==
        "406 臺中市 北屯區 崇德路三段 288號 7樓之3");
  // Before 鄰 and the village too (set26a's land form; the text is normalised: 　 is a blank).
  CHECK(one_address("│臺北市　大同區　延平里　4鄰　雙連街　　41號　2樓│") ==
        "臺北市 大同區 延平里 4鄰 雙連街  41號 2樓");
  CHECK(one_address("地址：臺北市　大同區　延平里　雙連街41號") ==
        "臺北市 大同區 延平里 雙連街41號");
  CHECK(one_address("地址：(600)嘉義市東區民族路412之3號2樓") ==
        "(600)嘉義市東區民族路412之3號2樓");
  CHECK(one_address("居所：新竹縣湖口鄉仁德路95巷2號3樓C室（宿舍）") ==
        "新竹縣湖口鄉仁德路95巷2號3樓C室");
  CHECK(one_address("住址：臺南市東區立德八路204巷242號15樓之811室，") ==
        "臺南市東區立德八路204巷242號15樓之811室"); // (set38b)
  // 臺 inside a district's name written 台 (霧臺鄉 → 霧台鄉, set40b): the address whole.
  CHECK(one_address("地址：902屏東縣霧台鄉霧台村神山巷15號") == "902屏東縣霧台鄉霧台村神山巷15號");
  CHECK(one_address("住址：臺南市東區立德八路204巷242號15樓之8室內有人") ==
        "臺南市東區立德八路204巷242號15樓之8");
  CHECK(one_address("（英文：Rm. C, 3F., No. 2, Ln. 95, Rende Rd., Hukou Township, Hsinchu County "
                    "303）") ==
        "Rm. C, 3F., No. 2, Ln. 95, Rende Rd., Hukou Township, Hsinchu County 303");
  // Not a phone's digits in brackets before the county, nor two blanks between parts.
  CHECK(one_address("電話(02)臺北市中山區松江路100號") == "臺北市中山區松江路100號");
  CHECK(one_address("臺中市  北屯區崇德路三段288號") == "北屯區崇德路三段288號");
}

TEST_CASE("detect: an English address from a bare house number; a 0 among Chinese numerals") {
  CHECK(one_address("\"12, Ln. 35, Sec. 2, Muzha Rd., Wenshan Dist., Taipei City 116005\"") ==
        "12, Ln. 35, Sec. 2, Muzha Rd., Wenshan Dist., Taipei City 116005");
  CHECK(one_address("No. 12, Ln. 35, Sec. 2, Muzha Rd., Wenshan Dist., Taipei City") ==
        "No. 12, Ln. 35, Sec. 2, Muzha Rd., Wenshan Dist., Taipei City");
  CHECK(one_address("Chapter 12, Ln. 35 is a line of code").empty());
  CHECK(one_address("建物門牌為竹東鎮中興路三段二0三巷十一號，") ==
        "竹東鎮中興路三段二0三巷十一號");
}

TEST_CASE("detect: a hamlet's name between the village and N鄰 (set24b)") {
  CHECK(one_address("住址：雲林縣莿桐鄉大美村大美3鄰45號") == "雲林縣莿桐鄉大美村大美3鄰45號");
  CHECK(one_address("雲林縣莿桐鄉大美村3鄰45號") == "雲林縣莿桐鄉大美村3鄰45號");
}

TEST_CASE("address: a building's name between the road and the number (set36a)") {
  CHECK(one_address("本人歐陽明德，住26030宜蘭縣宜蘭市內門里008鄰中山路三段中央商場118號，電話") ==
        "26030宜蘭縣宜蘭市內門里008鄰中山路三段中央商場118號");
  // Not a road named in a description of where the building stands.
  CHECK(one_address("住宜蘭市中山路旁的中央商場118號") != "宜蘭市中山路旁的中央商場118號");
  // A housing estate's name too (set50a).
  CHECK(one_address("個案,彰化縣彰化市鳳明里彰南路一段台化一莊52之6號,0912345678") ==
        "彰化縣彰化市鳳明里彰南路一段台化一莊52之6號");
  CHECK(one_address("住中正路華城社區12號3樓") == "中正路華城社區12號3樓");
}

TEST_CASE("address: a street named by its number off a road's section (sets 52, 61)") {
  CHECK(one_address("住址：420台中市豐原區豐原大道四段四三九街133巷3號") ==
        "420台中市豐原區豐原大道四段四三九街133巷3號");
  CHECK(one_address("地址：420台中市豐原區豐原大道一段六七七街12號5樓，電話") ==
        "420台中市豐原區豐原大道一段六七七街12號5樓");
  // (Or a place the list names off a road's section, a lane of it after: set198b's campus
  // dormitories, five more such addresses on older sets.)
  CHECK(one_address("車輛於東區光復路二段清大東院101巷153號2樓前遭路樹壓損") ==
        "東區光復路二段清大東院101巷153號2樓");
  CHECK(one_address("抵達宜蘭縣五結鄉五伯村中正路一段篤行三村354號旁的堤防") ==
        "宜蘭縣五結鄉五伯村中正路一段篤行三村354號");
  // Not a lane after a section (文化路一段188巷), which was read so before.
  CHECK(one_address("新北市板橋區文化路一段188巷5號") == "新北市板橋區文化路一段188巷5號");
}

TEST_CASE("address: the air-raid drill's name is no address (萬安47號演習 — set65a)") {
  CHECK(one_address("<p>113年萬安47號演習今（23）日登場</p>").empty());
  CHECK(one_address("住萬安村47號") == "萬安村47號");
}

TEST_CASE("address: a boat's name of a place and a Chinese numeral is no address (set320b)") {
  CHECK(one_address("富基漁港 娛樂漁業漁船「順興六號」").empty());
  CHECK(one_address("順興六號 出港乘客名冊").empty());
  // With a cue, a road's 路 or a floor it is one.
  CHECK(one_address("地址：順興二十五號") == "順興二十五號");
  CHECK(one_address("中山路二十五號前") == "中山路二十五號");
}

TEST_CASE("address: a hamlet after a numbered 鄰 before 附近 (set69b)") {
  CHECK(one_address("塭仔在口湖鄉謝厝村4鄰成龍附近，過黃金橋再右轉就到了。") ==
        "口湖鄉謝厝村4鄰成龍");
}

TEST_CASE("address: a postal code glued before a known road where a cell starts (set71b)") {
  const auto v = test::scan_values("3\t美城村\t許啟銘\t973永興七街198號\t73\t5000");
  CHECK(std::find(v.begin(), v.end(), "973永興七街198號") != v.end());
  const auto w = test::scan_values("共計973永興七街198號");
  CHECK(std::find(w.begin(), w.end(), "永興七街198號") != w.end());
}

TEST_CASE("detect: a road name with a numeral before its 路 after a name (壽山街二路 — set95b)") {
  twpii::TypeSet only = twpii::TypeSet::none();
  only.add(PiiType::address);
  const auto hits = test::detect_all("地址：804 高雄市鼓山區壽山街二路77號。", only);
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].text == "804 高雄市鼓山區壽山街二路77號");
}

TEST_CASE("detect: where someone lives with no house number, after a word of residence (set97b, "
          "set60b); not an office's 地址, nor a masked rest") {
  twpii::TypeSet only = twpii::TypeSet::none();
  only.add(PiiType::address);
  auto values = [&](const char* text) {
    std::vector<std::string> v;
    for (const auto& h : test::detect_all(text, only)) {
      v.push_back(h.text);
    }
    return v;
  };
  CHECK(values("我是住在雲林縣麥寮鄉湖內的蔡萬得，今年八十二，民國31年生的") ==
        std::vector<std::string>{"雲林縣麥寮鄉湖內"});
  CHECK(values("以前住臺北縣板橋市民生路二段，電話12345") ==
        std::vector<std::string>{"臺北縣板橋市民生路二段"});
  CHECK(values("住址：407臺中市西屯區福安十街，2號") ==
        std::vector<std::string>{"407臺中市西屯區福安十街"});
  CHECK(values("機關地址：新竹縣竹北市光明六路，電話03").empty());
  CHECK(values("身分證：A1234*****　住址：臺中市西屯區臺灣大道○段○○號").empty());
  CHECK(values("她住在高雄市前鎮區的時候，電話05").empty());
  // (A district and its village with no county, set99a; not a district alone.)
  CHECK(values("我們溪州鄉溪厝村的人都知道，開怪手5") == std::vector<std::string>{"溪州鄉溪厝村"});
  CHECK(values("我們大安區的人3").empty());
}

TEST_CASE("address: set109-110's postal codes and a village name longer than the gazetteer's") {
  twpii::TypeSet only = twpii::TypeSet::none();
  only.add(PiiType::address);
  auto values = [&](const char* text) {
    std::vector<std::string> v;
    for (const auto& h : test::detect_all(text, only)) {
      v.push_back(h.text);
    }
    return v;
  };
  using V = std::vector<std::string>;
  // A six-digit code after a date of birth and a blank is no phone's last group (set109a); a
  // phone's last group of three digits stays one.
  CHECK(values("　（三）范姜永福　U103935866　0370716　970004花蓮縣花蓮市中華路312號3樓") ==
        V{"970004花蓮縣花蓮市中華路312號3樓"});
  CHECK(values("0912 345 678 臺北市中正區忠孝東路一段1號") == V{"臺北市中正區忠孝東路一段1號"});
  // The code before a rural address of N鄰 without a number (set109b).
  CHECK(values("81121高雄市楠梓區三榮里3鄰") == V{"81121高雄市楠梓區三榮里3鄰"});
  CHECK(values("電話 0912 811 高雄市楠梓區三榮里3鄰") == V{"高雄市楠梓區三榮里3鄰"});
  // 美崙山新村: the gazetteer's 新村 ends it; the address starts at the county (set110b).
  CHECK(values("地點花蓮縣花蓮市美崙山新村11鄰22號") == V{"花蓮縣花蓮市美崙山新村11鄰22號"});
}

TEST_CASE("address: 之N glued to a floor's 樓 (283號之93樓 — set112b's rosters)") {
  const auto v = test::scan_values("桃園市桃園區懷寧二街205巷25弄283號之93樓");
  CHECK(v == std::vector<std::string>{"桃園市桃園區懷寧二街205巷25弄283號之93樓"});
  const auto w = test::scan_values("臺北市大安區信義路三段100號之1，5樓");
  CHECK(w == std::vector<std::string>{"臺北市大安區信義路三段100號之1"});
}

TEST_CASE("address: a known road after N鄰 with no house number (梅山東街（門牌未編） — set103a)") {
  CHECK(test::scan_values("地址：326桃園縣楊梅鎮瑞坪里8鄰梅山東街（門牌未編）") ==
        std::vector<std::string>{"326桃園縣楊梅鎮瑞坪里8鄰梅山東街"});
}

TEST_CASE(
    "address: a village and a number a blank apart with nothing else is a ballot's (set124a)") {
  CHECK(test::scan_values("　永安里　1號伍麗珠　2號董淑惠\n") ==
        std::vector<std::string>{"伍麗珠", "董淑惠"});
  CHECK(test::scan_values("住永安里1號\n") == std::vector<std::string>{"永安里1號"});
  CHECK(test::scan_values("延平里　4鄰　雙連街41號\n") ==
        std::vector<std::string>{"延平里　4鄰　雙連街41號"});
}

TEST_CASE("address: a room's number glued after the floor's F (109號7F8室 — set131b)") {
  CHECK(test::scan_values("住址：花蓮縣吉安鄉山下一街241巷109號7F8室\n") ==
        std::vector<std::string>{"花蓮縣吉安鄉山下一街241巷109號7F8室"});
  CHECK(test::scan_values("住址：臺北市信義區松仁路100號7F2\n") ==
        std::vector<std::string>{"臺北市信義區松仁路100號"});
}

TEST_CASE("address: a numbered thing after 號 is none (中正公園34號樹 — set135a)") {
  CHECK(test::scan_values("<td>黃連木</td><td>中正公園34號樹</td>\n").empty());
  CHECK(test::scan_values("住址：臺北市中正區重慶南路一段122號\n") ==
        std::vector<std::string>{"臺北市中正區重慶南路一段122號"});
}

TEST_CASE("address: a hamlet the gazetteer lacks right after its village (大馬村馬太鞍14號)") {
  CHECK(test::scan_values("那天下午我騎車到花蓮縣光復鄉大馬村馬太鞍14號，\n") ==
        std::vector<std::string>{"花蓮縣光復鄉大馬村馬太鞍14號"});
  // (Not after what is no village: 大馬路邊14號 has no 村.)
  CHECK(test::scan_values("他在大馬路邊14號攤位賣水果\n").empty());
}

TEST_CASE("address: a hamlet of four characters between a township and N鄰 (set161a)") {
  for (const std::string a : {"南投縣信義鄉巴庫拉斯14鄰33號", "嘉義縣六腳鄉蒜頭糖廠17鄰148號"}) {
    CHECK(test::scan_values("住址：" + a + "\n") == std::vector<std::string>{a});
  }
}

TEST_CASE(
    "address: 第 and a numeral before a locality of the road list is an ordinal (第四區42號)") {
  CHECK(one_address("<tr><td>第四區42號</td><td>翁仁承</td><td>99.12.19</td></tr>").empty());
}

TEST_CASE("address: a phone's extension is no postal code (set221b)") {
  const auto v =
      test::scan_values("4   程志偉  A246390339  02-29474016#929 宜蘭縣五結鄉大吉二路5號\n");
  CHECK(std::find(v.begin(), v.end(), "02-29474016#929") != v.end());
  CHECK(std::find(v.begin(), v.end(), "宜蘭縣五結鄉大吉二路5號") != v.end());
}

TEST_CASE("address: a house number of circles alone is masked already (set222b)") {
  CHECK(test::scan_values("地址：臺中市東區港明里12鄰和平街○○號\n").empty());
  CHECK(test::scan_values("地址：中正東路二段三五○號\n") ==
        std::vector<std::string>{"中正東路二段三五○號"});
  CHECK(test::scan_values("地址：臺中市東區港明里12鄰和平街5號\n") ==
        std::vector<std::string>{"臺中市東區港明里12鄰和平街5號"});
}

TEST_CASE("address: a postal code after a plate's digits is the address's (set300b)") {
  CHECK(one_address("連品睿 BSZ-5763 802高雄市苓雅區五權街233巷287號3樓") ==
        "802高雄市苓雅區五權街233巷287號3樓");
  // (After a phone's last group it is no code: 0912 345 678.)
  CHECK(one_address("0912 345 678 臺北市大安區和平東路一段1號") == "臺北市大安區和平東路一段1號");
}

TEST_CASE("address: an extension after ext. and a blank is no postal code (set303b)") {
  const auto v = test::scan_values("（未提供）       037-360231 ext. 686 五結鄉利澤路81號\n");
  CHECK(std::find(v.begin(), v.end(), "037-360231 ext. 686") != v.end());
  CHECK(std::find(v.begin(), v.end(), "五結鄉利澤路81號") != v.end());
}

TEST_CASE("address: a landline's digits after its bracketed area code are no postal code "
          "(set307b)") {
  const auto v = test::scan_values("蕭淑娟　（０３７）４２５０４２　屏東縣新園鄉店口路３３２號\n");
  CHECK(std::find(v.begin(), v.end(), "（０３７）４２５０４２") != v.end());
  CHECK(std::find(v.begin(), v.end(), "屏東縣新園鄉店口路３３２號") != v.end());
}
