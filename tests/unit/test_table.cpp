// Table rows and headers: fields by separator, the header that names a date-of-birth column,
// and the cheap filter for rows that may hold a date of their own.
#include "detectors.hpp"
#include "table.hpp"
#include "test_util.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace {
std::vector<std::string> fields(std::string_view row, char sep) {
  std::vector<twpii::table::Field> f;
  twpii::table::split_row(row, sep, f);
  std::vector<std::string> out;
  for (const auto& x : f) {
    out.emplace_back(row.substr(x.start, x.end - x.start));
  }
  return out;
}
using V = std::vector<std::string>;
} // namespace

TEST_SUITE_BEGIN("table");

TEST_CASE("split_row: CSV with quotes, tabs, pipes, fixed-width and HTML rows") {
  CHECK(fields("1,王建民,\"NT$ 10,307\",1968/03/12", ',') ==
        V{"1", "王建民", "NT$ 10,307", "1968/03/12"});
  CHECK(fields("王建民\tA104738257\t1968/03/12", '\t') == V{"王建民", "A104738257", "1968/03/12"});
  CHECK(fields("│申請人　│温淑華　│", '|') == V{"", "申請人", "温淑華", ""});
  CHECK(fields("  廖俊宏    C122086374    74.06.15    0936 172 845", ' ') ==
        V{"廖俊宏", "C122086374", "74.06.15", "0936 172 845"});
  CHECK(fields("姓名　出生日期　電話", ' ') == V{"姓名", "出生日期", "電話"});
  CHECK(fields("<tr><td>王小明</td><td><a href=\"mailto:a@b.tw\">a@b.tw</a></td>"
               "<td>55.10.17</td></tr>",
               '<') == V{"王小明", "a@b.tw", "55.10.17"});
  // An empty cell keeps its column (set5: rows of foreigners with no Chinese name).
  CHECK(fields("<tr><td>8</td><td></td><td>Maricel Santos</td><td>1999-12-25</td></tr>", '<') ==
        V{"8", "", "Maricel Santos", "1999-12-25"});
  CHECK(fields("<tr><TD>8</TD> <TD> </TD><td>1999-12-25</td></tr>", '<') ==
        V{"8", "", "1999-12-25"});
}

TEST_CASE("header: the columns a header names, in any table form") {
  using twpii::table::k_no_column;
  auto h = twpii::table::header("序號,姓名,身分證字號,出生日期,聯絡電話");
  REQUIRE(h);
  CHECK(h->sep == ',');
  CHECK(h->birth == 3);
  CHECK(h->names[0] == 1);
  CHECK(h->fields == 5);
  h = twpii::table::header("姓名      身分證號      出生日期    行動/市話        住址");
  REQUIRE(h);
  CHECK(h->sep == ' ');
  CHECK(h->birth == 2);
  CHECK(h->names[0] == 0);
  h = twpii::table::header("<tr><th>姓名</th><th>生日</th><th>電話</th></tr>");
  REQUIRE(h);
  CHECK(h->sep == '<');
  CHECK(h->birth == 1);
  h = twpii::table::header("name,id,birth_date,phone");
  REQUIRE(h);
  CHECK(h->birth == 2);
  CHECK(h->names[0] == 0);
  h = twpii::table::header("No,Name,Chinese Name,ARC No.,Date of Birth");
  REQUIRE(h);
  CHECK(h->names[0] == 1);
  CHECK(h->names[1] == 2);
  CHECK(h->birth == 4);
  // A name's other forms name a column too, also in a bracketed note (set14's tribal minutes).
  h = twpii::table::header("| 戶別 | 戶代表（族名） | 漢名 | 出席方式 | 備註 |");
  REQUIRE(h);
  CHECK(h->sep == '|');
  CHECK(h->names[0] == 2); // (the bar that opens the row opens an empty field)
  CHECK(h->names[1] == 3);
  CHECK(twpii::detectors::is_name_cell("Tipus"));
  CHECK(twpii::detectors::is_name_cell("Kolas Mayaw"));
  CHECK_FALSE(twpii::detectors::is_name_cell("親自"));
  CHECK_FALSE(twpii::detectors::is_name_cell("Ok"));
  // Letter-spaced column names of a printed roster (set14's clan association): one field each.
  h = twpii::table::header("會員編號  姓　名      出　生            通　訊　地　址      電　話");
  REQUIRE(h);
  CHECK(h->sep == ' ');
  CHECK(h->names[0] == 1);
  CHECK(h->birth == 2);
  CHECK(h->fields == 5);
  // Under a date-of-birth column a year and a month, or a year alone, are a date of birth.
  CHECK(twpii::detectors::is_birth_cell("民國二十九年七月"));
  CHECK(twpii::detectors::is_birth_cell("六十八年"));
  CHECK(twpii::detectors::is_birth_cell("民國50年1月"));
  CHECK(twpii::detectors::is_birth_cell("1946年"));
  CHECK_FALSE(twpii::detectors::is_birth_cell("46年次"));
  // A whole date before the Republic (set50a's grave register).
  CHECK(twpii::detectors::is_birth_cell("民國前13年4月27日"));
  CHECK_FALSE(twpii::detectors::is_birth_cell("民國前13年4月27日之前"));
  CHECK_FALSE(twpii::detectors::is_birth_cell("3鄰"));
  CHECK_FALSE(twpii::detectors::is_birth_cell("民國"));
  // A temple's register (set28b): 農 for 農曆 before the digits; a lunar month and day with the
  // year of the sexagenary cycle in brackets, 閏 for a leap month (the text is normalised: ( )).
  CHECK(twpii::detectors::is_birth_cell("農108.5.22"));
  CHECK(twpii::detectors::is_birth_cell("四月廿二(庚午)"));
  CHECK(twpii::detectors::is_birth_cell("閏十一月初五(丙寅)"));
  CHECK_FALSE(twpii::detectors::is_birth_cell("四月廿二(備註)"));
  CHECK_FALSE(twpii::detectors::is_birth_cell("農會"));
  // Set33's registers: 元月 and a day, a year of the sexagenary cycle, blanks between the parts.
  CHECK(twpii::detectors::is_birth_cell("元月15日"));
  CHECK(twpii::detectors::is_birth_cell("元月廿日"));
  CHECK(twpii::detectors::is_birth_cell("丙戌年"));
  CHECK(twpii::detectors::is_birth_cell("壬寅年八月"));
  CHECK(twpii::detectors::is_birth_cell("民國 41 年 8 月 3 日"));
  CHECK_FALSE(twpii::detectors::is_birth_cell("元月份"));
  CHECK_FALSE(twpii::detectors::is_birth_cell("丙戌"));
  // A grave register's year of one digit (set38a: 5.4.28 is 民國5年4月28日), not a version.
  CHECK(twpii::detectors::is_birth_cell("5.4.28"));
  CHECK(twpii::detectors::is_birth_cell("8/12/3"));
  CHECK_FALSE(twpii::detectors::is_birth_cell("5.4"));
  // A dotted month and day of two digits each, an ROC year and month (set116a, set104b).
  CHECK(twpii::detectors::is_birth_cell("08.14"));
  CHECK(twpii::detectors::is_birth_cell("57.8"));
  CHECK_FALSE(twpii::detectors::is_birth_cell("13.40"));
  CHECK_FALSE(twpii::detectors::is_birth_cell("5.13.28"));
  // Set39a's grave registers: a lunar month and day, an era's first year.
  CHECK(twpii::detectors::is_birth_cell("農曆正月廿三"));
  CHECK(twpii::detectors::is_birth_cell("大正元年"));
  CHECK(twpii::detectors::is_birth_cell("民國元年3月5日"));
  CHECK_FALSE(twpii::detectors::is_birth_cell("元年"));
  CHECK_FALSE(twpii::detectors::is_birth_cell("農曆新年"));
  CHECK_FALSE(twpii::detectors::is_birth_cell("第 3 年"));
  // Phone columns (a spreadsheet's export mangles their numbers: set16).
  h = twpii::table::header("會員編號,姓名,性別,生日,身分證字號,市話,手機,住址");
  REQUIRE(h);
  CHECK(h->phones[0] == 5);
  CHECK(h->phones[1] == 6);
  CHECK(twpii::detectors::is_phone_cell("920300761"));
  CHECK(twpii::detectors::is_phone_cell("371458"));
  CHECK(twpii::detectors::is_phone_cell("089-381567"));
  CHECK_FALSE(twpii::detectors::is_phone_cell("12345"));
  CHECK_FALSE(twpii::detectors::is_phone_cell("無"));
  h = twpii::table::header("序號,姓名,入會日期,電話"); // names, no date of birth
  REQUIRE(h);
  CHECK(h->birth == k_no_column);
  CHECK(h->names[0] == 1);
  // Sentences, two-column lines and headers naming neither are no headers.
  CHECK_FALSE(
      twpii::table::header("陳情人出生於民國74年，自幼居住本里，與鄰居相處融洽，今因道路積水陳情"));
  CHECK_FALSE(twpii::table::header("姓名,出生日期"));
  CHECK_FALSE(twpii::table::header("序號,單位,入會日期,電話"));
  CHECK_FALSE(twpii::table::header("Company Name,Address,Phone"));
}

TEST_CASE("header: trailing blanks of a fixed-width header make no empty column") {
  auto h = twpii::table::header(
      "序號  姓名      性別  出生年月日    身分證統一編號  聯絡電話          \r");
  REQUIRE(h);
  CHECK(h->fields == 6);
  CHECK(h->birth == 3);
}

TEST_CASE("header: a grave register's 生年 and 墓主 (set35b), not 發生年度") {
  auto h = twpii::table::header("<tr><th>墓號</th><th>墓主</th><th>生年</th><th>卒年</th></tr>");
  REQUIRE(h);
  CHECK(h->birth == 2);
  CHECK(h->names[0] == 1);
  h = twpii::table::header("編號,發生年度,地點,處理");
  CHECK((!h || h->birth == twpii::table::k_no_column));
  // 生 and 卒 as column names (set36b): born and died.
  h = twpii::table::header("<tr><th>墓號</th><th>墓主（碑文）</th><th>生</th><th>卒</th></tr>");
  REQUIRE(h);
  CHECK(h->birth == 2);
  // Or 生 and 歿 (set70a's relocation notice).
  h = twpii::table::header(
      "<tr><th>墓號</th><th>墓主</th><th>生</th><th>歿</th><th>認領</th></tr>");
  REQUIRE(h);
  CHECK(h->birth == 2);
  // Not 生 alone (a column of students).
  h = twpii::table::header("編號,姓名,生,備註");
  REQUIRE(h);
  CHECK(h->birth == twpii::table::k_no_column);
}

TEST_CASE("header: a row of ditto marks is no header, and the column above goes on (set33)") {
  CHECK_FALSE(twpii::table::header("│本人　　│同上　　│同上　　│同上　　│　　│").has_value());
  CHECK(twpii::table::header("│稱謂　│姓名　│身分證字號　│出生年月日　│備註　│").has_value());
  const std::string text = "│稱謂　│姓名　│身分證字號　│出生年月日　│備註　│\n"
                           "│本人　│同上　│同上　│同上　│早產兒　│\n"
                           "│配偶　│范氏翠　│B904407530　│1990/04/17　│越南籍　│\n";
  const auto values = test::scan_values(text);
  CHECK(std::find(values.begin(), values.end(), "1990/04/17") != values.end());
}

TEST_CASE("table_line: rows, HTML cells and rules belong to a table, prose and bounds do not") {
  CHECK(twpii::table::table_line("1,洪惠珍,私立明道中學,5000"));
  CHECK(twpii::table::table_line("001   彭明哲    男    30.04.20"));
  CHECK(twpii::table::table_line("01　113/05/03　林阿旺　VZG-9051"));
  CHECK(twpii::table::table_line("    <td>蘇靜儀</td>"));
  CHECK(twpii::table::table_line("--------------------------"));
  CHECK(
      twpii::table::table_line("－－－－－－－－－－－－＝＝＝＝——")); // a full-width print's rule
  CHECK_FALSE(twpii::table::table_line("<table>"));
  CHECK_FALSE(twpii::table::table_line("</table>"));
  CHECK_FALSE(twpii::table::table_line("<p>搭乘高鐵者請於左營站下車。</p>"));
  CHECK_FALSE(twpii::table::table_line(
      "　　學童家長因積水問題支出NT$249,094與1,656,889元，事實上攤商感謝協助。"));
  CHECK_FALSE(twpii::table::table_line(""));
}

TEST_CASE("has_lone_date: a date between separators, not one inside a sentence") {
  CHECK(twpii::table::has_lone_date("王建民,A104738257,1968/03/12,0912-638-274"));
  CHECK(twpii::table::has_lone_date("呂秀英,民國30年4月2日,臺南市"));
  CHECK(twpii::table::has_lone_date("廖俊宏    C122086374    ７４．０６．１５    基隆市"));
  // A date in numerals, no digit in the row (a temple register's 農曆生辰 — set153a).
  CHECK(twpii::table::has_lone_date("太歲燈\t范欣芳\t農曆一百零二年七月初六\t同上"));
  CHECK(twpii::table::has_lone_date("光明燈\t馮思妤\t五十二年五月十七日\t同上"));
  CHECK_FALSE(twpii::table::has_lone_date("光明燈\t本宮於五月十七日起受理\t同上"));
  CHECK_FALSE(twpii::table::has_lone_date("陳情人於106年2月3日前往，1,234元"));
  CHECK_FALSE(twpii::table::has_lone_date("電話0912-345-678，地址臺北市"));
}

TEST_CASE("may_be_row: separators of a table, not the full-width commas of prose") {
  CHECK(twpii::table::may_be_row("王建民,A104738257,1968/03/12"));
  CHECK(twpii::table::may_be_row("廖俊宏    C122086374    74.06.15"));
  CHECK(twpii::table::may_be_row("<tr><td>王小明</td><td>55.10.17</td></tr>"));
  CHECK(twpii::table::may_be_row("│申請人　│温淑華　│"));
  CHECK(twpii::table::may_be_row(std::string(40, 'x') + "\t" + std::string(40, 'y') + "\tz"));
  CHECK_FALSE(
      twpii::table::may_be_row("陳情人於106年2月3日前往，電話0912-345-678，地址臺北市大安區。"));
  CHECK_FALSE(twpii::table::may_be_row("金額NT$1,234元"));
}

TEST_SUITE_END();

TEST_CASE("header: a column of a role's people (區分所有權人, 得獎人) holds names (set18a)") {
  auto h = twpii::table::header(
      "<tr><th>序</th><th>戶別</th><th>區分所有權人</th><th>出席方式</th></tr>");
  REQUIRE(h);
  CHECK(h->names[0] == 2);
  h = twpii::table::header("名次,學校,得獎人,指導老師");
  REQUIRE(h);
  CHECK(h->names[0] == 2);
  CHECK_FALSE(twpii::table::header("序,項目,人數,備註")); // 人數 is no role
  // An election's candidates in a Markdown table (set21a); the rows' names then read as cells.
  h = twpii::table::header("| 序 | 候選人 | 得票數 | 結果 |");
  REQUIRE(h);
  CHECK(h->names[0] == 2); // (after the empty field before the first '|')
  CHECK(
      test::scan_values("| 序 | 候選人 | 得票數 | 結果 |\n|---|---|---|---|\n| 4 | 李黃招治 | 74 | "
                        "當選理事 |\n| 5 | 夏春生 | 72 | 當選理事 |\n") ==
      std::vector<std::string>{"李黃招治", "夏春生"});
  // People by what they are (an award list's fixed-width header).
  h = twpii::table::header("名次    學校                學生        指導老師");
  REQUIRE(h);
  CHECK(h->names[0] == 2);
  CHECK(h->names[1] == 3);
  CHECK(twpii::table::starts_with_serial("甲等    ○○國小              巫信義      江致遠"));
  CHECK_FALSE(twpii::table::starts_with_serial("甲等獎金五千元"));
  // Either side of a slash (set24a: 指導老師／教練), and 教練.
  h = twpii::table::header(
      "<tr><th>組別</th><th>名次</th><th>學校</th><th>指導老師／教練</th></tr>");
  REQUIRE(h);
  CHECK(h->names[0] == 3);
  h = twpii::table::header("序,學校,家長/監護人,電話");
  REQUIRE(h);
  CHECK(h->names[0] == 2);
  CHECK_FALSE(twpii::table::header("序,項目,收入/支出,備註"));
}

TEST_CASE("header: the second line of a two-line header names no columns (set26a's land form)") {
  CHECK_FALSE(twpii::table::header("│義務人　│　　　　│　　　　　│　　　　│"));
  CHECK(twpii::table::header("│權利人或│姓名或名稱│出生年月日│統一編號│"));
  // Its rows' dates are under the first line's 出生年月日.
  CHECK(test::scan_values(
            "│權利人或│姓名或名稱│出生年月日│統一編號│\n│義務人　│　　　　│　　　　　│　　　　│\n"
            "├────┼──────┼────────┼──────────┤\n│權利人│蕭瑋婷│69.12.03│F227115964│\n") ==
        std::vector<std::string>{"蕭瑋婷", "69.12.03", "F227115964"});
}

TEST_CASE("tables: 民 for 民國 in a headerless roster's date of birth (set26a)") {
  CHECK(test::scan_values("9,李水木,男,P100718484,民37年4月3日,05-5870362\n") ==
        std::vector<std::string>{"李水木", "P100718484", "民37年4月3日", "05-5870362"});
  CHECK(test::scan_values("9,李水木,男,P100718484,民眾37人,05-5870362\n") ==
        std::vector<std::string>{"李水木", "P100718484", "05-5870362"});
  // A year and a month under 出生年月日 (set27a's meal sign-up).
  CHECK(test::scan_values(
            "序號 姓名　　 性別 出生年月日　　 電話\n 8　 黃阿桃　女　民26年6月　(08)774-7975\n") ==
        std::vector<std::string>{"黃阿桃", "民26年6月", "(08)774-7975"});
}

TEST_CASE("split_row: a surname and one character padded with U+3000 stay one fixed-width field") {
  std::vector<twpii::table::Field> f;
  const std::string row = "113/05/02  晚上    盧　琴    17:52   21:03";
  twpii::table::split_row(row, ' ', f);
  REQUIRE(f.size() == 5);
  CHECK(row.substr(f[2].start, f[2].end - f[2].start) == "盧　琴");
  const std::string other = "1　2　3";
  twpii::table::split_row(other, ' ', f);
  CHECK(f.size() == 3); // not a surname: the ideographic spaces still separate
}

TEST_CASE("split_row: a full-width Latin name's one ideographic space stays inside its field "
          "(set219a)") {
  CHECK(fields("５　　Ｐａｎａｙ　Ｍａｙａｗ　１０３．０６．２８　　程碧霞", ' ') ==
        V{"５", "Ｐａｎａｙ　Ｍａｙａｗ", "１０３．０６．２８", "程碧霞"});
  // (Not before an ID: a letter and digits is the next column.)
  CHECK(fields("Ｐａｎａｙ　Ｍａｙａｗ　Ｆ２２８４５６７８９", ' ') ==
        V{"Ｐａｎａｙ　Ｍａｙａｗ", "Ｆ２２８４５６７８９"});
}

TEST_CASE("tables: rows that do not line up with their header still give their dates of birth") {
  // A CSV row with a cell left out (set16: no 性別 in three rows): the date a field early.
  CHECK(test::scan_values("班級,座號,學生姓名,性別,身分證字號,出生日期,家長姓名,家長電話\n"
                          "601,1,王柏翰,男,Q124810351,101.03.14,王建宏,0921-445-630\n"
                          "601,2,石宥翔,Q124955202,101.05.02,石美惠,05-2213847\n") ==
        std::vector<std::string>{"王柏翰", "Q124810351", "101.03.14", "王建宏", "0921-445-630",
                                 "石宥翔", "Q124955202", "101.05.02", "石美惠", "05-2213847"});
  // A fixed-width export ruled by dashes, column names one blank apart, a serial one blank
  // before the name (set20a).
  const auto h = twpii::table::header("編號 姓名     身分證統一編號 出生日期   連絡電話");
  REQUIRE(h);
  CHECK(h->fields == 5);
  CHECK(h->names[0] == 1);
  CHECK(h->birth == 3);
  std::vector<twpii::table::Field> f;
  twpii::table::split_row("0003 康　平   Q103174565     063/11/26  05-212-0324", ' ', f);
  CHECK(f.size() == 5);
  CHECK(test::scan_values("編號 姓名     身分證統一編號 出生日期   連絡電話\n"
                          "---- -------- -------------- ---------- ------------\n"
                          "0003 康　平   Q103174565     063/11/26  05-212-0324\n") ==
        std::vector<std::string>{"康　平", "Q103174565", "063/11/26", "05-212-0324"});
  // Letter-spaced single characters stay one column name.
  const auto spaced = twpii::table::header("姓 名    出 生 日 期    電 話");
  REQUIRE(spaced);
  CHECK(spaced->fields == 3);
}

TEST_CASE("tables: a 中文譯名 column holds migrant workers' names in any characters (sets 7-8)") {
  CHECK(test::scan_values("序號\t英文姓名\t中文譯名\t國籍\t居留證統一證號\n"
                          "1\tSRI WAHYUNI\t詩麗\t印尼\tN947399519\n") ==
        std::vector<std::string>{"SRI WAHYUNI", "詩麗", "N947399519"});
  CHECK(twpii::detectors::is_transliterated_cell("頌猜"));
  CHECK(twpii::detectors::is_transliterated_cell("阿布‧斯"));
  CHECK_FALSE(twpii::detectors::is_transliterated_cell("印尼"));
  CHECK_FALSE(twpii::detectors::is_transliterated_cell("臺中市"));
  CHECK_FALSE(twpii::detectors::is_transliterated_cell("A1"));
}

TEST_CASE("tables: a bilingual header's ARC No. is no name; its Date of Birth column (set53b)") {
  CHECK(
      test::scan_values(
          "<tr><th>No.</th><th>Name 姓名</th><th>ARC No. 統一證號</th><th>Date of Birth</th></tr>\n"
          "<tr><td>1</td><td>Nguyen Van Hung</td><td>F800499454</td><td>1980-07-05</td></tr>\n") ==
      std::vector<std::string>{"Nguyen Van Hung", "F800499454", "1980-07-05"});
}

TEST_CASE("tables: a 年次 column holds years of birth (set55b)") {
  CHECK(test::scan_values("收件號\t申請人\t性別\t年次\t身分證字號\n"
                          "113-0004\t巫福來\t男\t72年\tD25932****\n") ==
        std::vector<std::string>{"巫福來", "72年"});
}

TEST_CASE("tables: a 暱稱 column holds what people are called by (set48a)") {
  CHECK(test::scan_values("編號,姓名,暱稱,負責區域,手機\n02,周美惠,小咪,板橋區江子翠,0988750670\n"
                          "06,蕭淑芬,貓姐,三重區重新路市場,0961-541-953\n07,孔德明,無,三重區,\n") ==
        std::vector<std::string>{"周美惠", "小咪", "0988750670", "蕭淑芬", "貓姐", "0961-541-953",
                                 "孔德明"});
  // A troupe's stage names beside 本名, the legal name (set195a's Hakka opera roster).
  CHECK(test::scan_values("<tr><th>編號</th><th>藝名</th><th>本名</th><th>行當</th></tr>\n"
                          "<tr><td>05</td><td>小月桂</td><td>馬志強</td><td>文場</td></tr>\n") ==
        std::vector<std::string>{"小月桂", "馬志強"});
}

TEST_CASE(
    "tables: a name read short inside a name column's cell is widened to the cell (set197a)") {
  // (楊葉金鳳, a married name, read as 楊葉金 by a rule that saw no column; 舞鶴一號茶園 is a tea
  // garden, no address.)
  CHECK(test::scan_values(
            "<tr><th>編號</th><th>姓名</th><th>出生</th><th>電話</th><th>媒合茶園</th></tr>\n"
            "<tr><td>5</td><td>李○英</td><td>63年○月○日</td><td>0925-***-123</td><td>舞鶴一號茶園"
            "</td></tr>\n<tr><td>6</td><td>楊葉金鳳</td><td></td><td>未填</td><td>舞鶴一號茶園</td>"
            "</tr>\n") == std::vector<std::string>{"楊葉金鳳"});
}

TEST_CASE("tables: the first rows under a header of names and years of birth, nothing else found") {
  CHECK(test::scan_values(
            "姓名,出生年,鄰別,備註\n吳林罔腰,民國18年,3鄰,最高壽\n蕭水木,民國19年,7鄰,\n") ==
        std::vector<std::string>{"吳林罔腰", "民國18年", "蕭水木", "民國19年"});
  CHECK(twpii::table::has_lone_date("蕭水木,民國19年,7鄰", true));
  CHECK_FALSE(twpii::table::has_lone_date("蕭水木,民國19年,7鄰"));
}

TEST_CASE("tables: a name column's cell may hold characters no list knows (施又寧, 蕭水木)") {
  CHECK(twpii::detectors::is_name_column_cell("施又寧"));
  CHECK(twpii::detectors::is_name_column_cell("卜蓁"));
  CHECK_FALSE(twpii::detectors::is_name_column_cell("林務局"));
  CHECK_FALSE(twpii::detectors::is_name_column_cell("高雄市"));
  CHECK_FALSE(twpii::detectors::is_name_column_cell("王○明"));
  CHECK_FALSE(twpii::detectors::is_name_column_cell("同上"));
  CHECK(
      test::scan_values("<tr><th>序</th><th>准考證</th><th>姓名</th><th>學校</th></tr>\n"
                        "<tr><td>1</td><td>11300306</td><td>施又寧</td><td>順安國中</td></tr>\n") ==
      std::vector<std::string>{"施又寧"});
}

TEST_CASE("tables: a serial and a name in one tab-separated first column (編號 姓名, set22a)") {
  CHECK(test::scan_values("編號 姓名\t身分證字號\t事由\n 4  酆家\tF12946****\t火災\n") ==
        std::vector<std::string>{"酆家"});
  std::vector<twpii::table::Field> f;
  twpii::table::split_row(" 4  酆家\tF12946****\t火災", '\t', f);
  CHECK(f.size() == 4);
}

TEST_CASE("tables: a phone column beside an ID column is a header (a route list, set22b)") {
  CHECK(test::scan_values(
            "路線,序,長輩,身分證,地址,電話\nA,1,俞伯伯,A100863124,萬大路423巷15號,2303-6615\n") ==
        std::vector<std::string>{"俞", "A100863124", "萬大路423巷15號", "2303-6615"});
}

TEST_CASE("tables: a signature column holds names and stamped surnames (簽章, set22b)") {
  CHECK(test::scan_values("編號,姓名,身分證,領取人,簽章\n003,賴清水,I10094****,本人,賴\n") ==
        std::vector<std::string>{"賴清水", "賴"});
  CHECK(twpii::detectors::is_signature_cell("賴"));
  CHECK_FALSE(twpii::detectors::is_signature_cell("印"));
  // A clerk's given name alone (set199b's counter log under 承辦); not a word or a note.
  CHECK(twpii::detectors::is_signature_cell("欣怡"));
  CHECK(twpii::detectors::is_name_column_cell("月萱")); // a contact's under 聯絡人 (set200b)
  // A column whose name ends in 簽名 holds signatures, surnames alone among them (set203a).
  CHECK(test::scan_values(
            "<tr><th>日期</th><th>申請人</th><th>事由</th><th>調閱人簽名</th></tr>\n"
            "<tr><td>113年2月27日</td><td>熊文雄</td><td>住宅竊盜</td><td>熊</td></tr>\n") ==
        std::vector<std::string>{"熊文雄", "熊"});
  CHECK_FALSE(twpii::detectors::is_name_column_cell("傳真"));
  CHECK_FALSE(twpii::detectors::is_signature_cell("同上"));
  CHECK_FALSE(twpii::detectors::is_signature_cell("已簽"));
  CHECK_FALSE(twpii::detectors::is_signature_cell("本人"));
}

TEST_CASE("tables: a Western year alone under 出生年 (set23)") {
  CHECK(
      test::scan_values(
          "序號,學員姓名,原國籍,證號,出生年,配偶姓名\n1,阮氏玉蘭,越南,B930187278,1988,王俊雄\n") ==
      std::vector<std::string>{"阮氏玉蘭", "B930187278", "1988", "王俊雄"});
  CHECK(twpii::detectors::is_birth_cell("1988"));
  CHECK_FALSE(twpii::detectors::is_birth_cell("2999"));
  CHECK_FALSE(twpii::detectors::is_birth_cell("1234"));
}

TEST_CASE("header: roles ending in 人, 律師 and 對造 name columns, three of them (set31a)") {
  auto h = twpii::table::header("扶助案號,受扶助人,案件類型,扶助律師,對造,准予扶助日");
  REQUIRE(h);
  CHECK(h->names[0] == 1);
  CHECK(h->names[1] == 3);
  CHECK(h->names[2] == 4);
  // Not a company (法人), not an amount per person.
  h = twpii::table::header("編號,法人,每人,金額");
  CHECK((!h || h->names[0] == twpii::table::k_no_column));
}

TEST_CASE("split_row: a <br> inside an HTML cell does not split it (set30b)") {
  std::vector<twpii::table::Field> fields;
  const std::string_view row =
      "<tr><td>1</td><td>詹博堯<br>H122901773</td><td>15/03/1996</td></tr>";
  twpii::table::split_row(row, '<', fields);
  REQUIRE(fields.size() == 3);
  CHECK(row.substr(fields[1].start, fields[1].end - fields[1].start) == "詹博堯<br>H122901773");
  CHECK(row.substr(fields[2].start, fields[2].end - fields[2].start) == "15/03/1996");
}

TEST_CASE("header: 生產者 holds people, 品項 and 檢出藥劑(ppm) things; 犬貓名 and 攤名 things "
          "(sets 72a, 72b, 73a)") {
  auto h =
      twpii::table::header("樣品編號\t抽樣日期\t品項\t生產者\t聯絡電話\t田區\t檢出藥劑(ppm)\t判定");
  REQUIRE(h);
  CHECK(h->names[0] == 3);
  CHECK(h->things[0] == 2);
  CHECK(h->things[1] == 6);
  CHECK(twpii::table::thing_word("犬貓名"));
  CHECK(twpii::table::thing_word("攤名"));
  CHECK_FALSE(twpii::table::thing_word("藥劑師"));
  // Either side of a bilingual header's slash; a workplace's column (set200b's iftar list).
  CHECK(twpii::table::thing_word("Tempat kerja / 工作地點"));
  CHECK(twpii::table::thing_word("Jenis / 品種"));
  CHECK_FALSE(twpii::table::thing_word("Nama / 姓名"));
  CHECK(test::scan_values("No,Nama / 姓名,Negara / 國籍,HP / 手機,Tempat kerja / 工作地點\n"
                          "2,Mega Utami,Malaysia,0959888682,Wuqi Harbor\n") ==
        std::vector<std::string>{"Mega Utami", "0959888682"});
  const auto values = test::scan_values(
      "樣品編號\t抽樣日期\t品項\t生產者\t聯絡電話\t田區\t檢出藥劑(ppm)\t判定\n"
      "P11316515\t113/4/9\t甘藍\t高國峰\t0967-745-609\t田中\t陶斯松 0.05\t合格\n");
  CHECK(std::find(values.begin(), values.end(), "甘藍") == values.end());
  CHECK(std::find(values.begin(), values.end(), "陶斯松") == values.end());
  CHECK(std::find(values.begin(), values.end(), "高國峰") != values.end());
}

TEST_CASE("header: a column of birth years reads years alone (63, 071); 紀念品 is no name in a "
          "header (set74a)") {
  auto h = twpii::table::header("鄰別,姓名,出生年（年次）,簽名,紀念品,備註");
  REQUIRE(h);
  CHECK(h->birth == 2);
  CHECK(h->birth_year);
  h = twpii::table::header("編號,姓名,出生年月日,電話");
  REQUIRE(h);
  CHECK_FALSE(h->birth_year);
  const auto values = test::scan_values("鄰別,姓名,出生年（年次）,簽名,紀念品,備註\n"
                                        "6,田宜蓁,63,（蓋章）,毛巾,\n"
                                        "13,歐俊宏,048,（蓋章）,毛巾,\n"
                                        "14,林志明,112,（簽）,毛巾,\n");
  CHECK(std::find(values.begin(), values.end(), "63") != values.end());
  CHECK(std::find(values.begin(), values.end(), "048") != values.end());
  CHECK(std::find(values.begin(), values.end(), "112") == values.end()); // (too recent)
  CHECK(std::find(values.begin(), values.end(), "紀念品") == values.end());
}

TEST_CASE("header: other dates' and other numbers' columns hold no birth and no ID; 橋 ends a "
          "place (set79a)") {
  auto h = twpii::table::header("團員編號,姓名,綽號,職司,生日,手機,緊急聯絡人,入團日期");
  REQUIRE(h);
  CHECK(h->birth == 4);
  CHECK(h->other_dates[0] == 7);
  const auto roster =
      test::scan_values("團員編號,姓名,綽號,職司,生日,手機,緊急聯絡人,入團日期\n"
                        "LD001,蔣柏翰,阿龍,鑼,4月27日,0981-361-147,蔣秀英,103.04.20\n");
  CHECK(std::find(roster.begin(), roster.end(), "103.04.20") == roster.end());
  CHECK(std::find(roster.begin(), roster.end(), "4月27日") != roster.end());
  const auto receipts =
      test::scan_values("序號,報名日期,收據號碼,姓名,性別,出生日期,手機\n"
                        "5,113/08/22,R113213454,孟志豪,男,73/09/12,0905-658-123\n");
  CHECK(std::find(receipts.begin(), receipts.end(), "R113213454") == receipts.end());
  CHECK(std::find(receipts.begin(), receipts.end(), "73/09/12") != receipts.end());
  const auto bridges = test::scan_values("編號\t姓名\t身分證字號\t負責橋梁\n"
                                         "V001\t卓秋香\tE247464252\t石門橋\n");
  CHECK(std::find(bridges.begin(), bridges.end(), "石門橋") == bridges.end());
}

TEST_CASE("header: 魚種, crop and 手機型號 hold things, not names or phones; a long note under "
          "類別 names people (sets 57a, 82a, 82b)") {
  CHECK(twpii::table::thing_word("魚種"));
  CHECK(twpii::table::thing_word("crop"));
  CHECK(twpii::table::thing_word("手機型號"));
  const auto h =
      twpii::table::header("編號,姓名,性別,出生年月日,身分證字號,聯絡電話,地址,手機型號,備註");
  REQUIRE(h);
  CHECK(h->phones[0] == 5);
  CHECK(h->phones[1] == twpii::table::k_no_column);
  CHECK(h->things[0] == 7);
  const auto fish = test::scan_values("序號\t養殖戶\t出生日期\t魚種\t補助金額(元)\t聯絡電話\n"
                                      "1\t郭家瑜\t民國40年11月22日\t文蛤\t265,000\t0926-111-222\n"
                                      "2\t莊品妍\t民國41年1月2日\t石斑\t130,000\t05-3796201\n"
                                      "3\t黃玉山\t民國42年3月4日\t白蝦\t40,000\t0989-045-271\n");
  CHECK(std::find(fish.begin(), fish.end(), "石斑") == fish.end());
  CHECK(std::find(fish.begin(), fish.end(), "莊品妍") != fish.end());
  const auto phones = test::scan_values(
      "編號,姓名,性別,出生年月日,身分證字號,聯絡電話,地址,手機型號,備註\n"
      "1,鄧玉燕,女,025.02.01,N242148974,(04)7651967,,ASUS Zenfone,\n"
      "2,袁清水,男,民國25年8月22日,,0951552868,505彰化縣鹿港鎮慶安街4號,ASUS Zenfone,\n"
      "3,陸美鳳,女,46/04/28,,0912345678,,ASUS Zenfone,\n");
  CHECK(std::find(phones.begin(), phones.end(), "ASUS Zenfone") == phones.end());
  CHECK(std::find(phones.begin(), phones.end(), "袁清水") != phones.end());
  const auto permits = test::scan_values(
      "案號\t類別\t申請人\t挖掘地點（門牌）\t聯絡電話\n"
      "KH113-0509\t自來水接管\t劉溫美玉\t高雄市鳳山區甲智路83號2樓\t0952-418-377\n"
      "備註\t0509案申請人為劉溫美玉（冠夫姓），原申請書誤寫為「劉溫美」\t\t\t\n");
  CHECK(std::count(permits.begin(), permits.end(), "劉溫美玉") == 2);
}

TEST_CASE("table: a double-lined box form's bars split its cells, and a second header under a "
          "title cell reads its rows; 學員 heads names (sets 86a, 86b)") {
  const auto twins =
      test::scan_values("║配偶姓名    ║歐陽紹安　身分證字號 H154353952　出生 78.11.26     ║\n"
                        "╠═══╦══════════╦════════════╦══════════╦═════════════════════╣\n"
                        "║幼兒資料（多胞胎請逐一填寫）                                    ║\n"
                        "╠═══╦══════════╦════════════╦══════════╦═════════════════════╣\n"
                        "║序 ║姓名        ║身分證字號          ║出生日期  ║備註       ║\n"
                        "╠═══╬══════════╬════════════╬══════════╬═════════════════════╣\n"
                        "║ 1 ║歐陽祐任    ║H106813483          ║112.05.09║早產37週   ║\n"
                        "║ 2 ║歐陽沛瑜    ║H238082898          ║112.05.09║           ║\n");
  CHECK(std::count(twins.begin(), twins.end(), "112.05.09") == 2);
  const auto cpr =
      test::scan_values("場次\t學員\t出生\t服務單位\t聯絡電話\t成績\n"
                        "113/04/12\t沈孟潔\t35年6月27日\t大仁國小\t\t補測\n"
                        "113/04/13\t程素琴\t30.07.24\t長青里辦公處\t0941 905 180\t通過\n");
  CHECK(std::find(cpr.begin(), cpr.end(), "沈孟潔") != cpr.end());
  CHECK(std::find(cpr.begin(), cpr.end(), "35年6月27日") != cpr.end());
}

TEST_CASE("table: 考生 heads names, and the row's dates are its candidate's (set254b)") {
  const auto exam = test::scan_values(
      "<table>\n<tr><th>時間</th><th>考生</th><th>生日</th><th>指定曲</th></tr>\n"
      "<tr><td>9:00</td><td>潘金龍</td><td>2015/8/27</td><td>車爾尼 Op.599</td></tr>\n"
      "<tr><td>10:45</td><td>孫添丁</td><td>2011/11/11</td><td>車爾尼 Op.599</td></tr>\n"
      "</table>\n");
  CHECK(std::find(exam.begin(), exam.end(), "孫添丁") != exam.end());
  CHECK(std::find(exam.begin(), exam.end(), "2011/11/11") != exam.end());
}

TEST_CASE("table: 顧客 heads names, and 收件日 beside it holds no birth (set268a)") {
  const auto shop = test::scan_values(
      "<table>\n<tr><th>#</th><th>顧客</th><th>收件日</th><th>品項</th><th>聯絡電話</th></tr>\n"
      "<tr><td>3</td><td>胡彥廷</td><td>108年10月15日</td><td>石英錶</td><td>0952490470</td></tr>\n"
      "<tr><td>4</td><td>胡彥</td><td>108年10月15日</td><td>石英錶</td><td>0952490470</td></tr>\n"
      "</table>\n");
  CHECK(shop == std::vector<std::string>{"胡彥廷", "0952490470", "胡彥", "0952490470"});
}

TEST_CASE("table: 受傷者 heads names, not a shop under 捐助者 (sets 254a, 26b, 29b)") {
  const auto hurt = test::scan_values(
      "<table>\n<tr><th>案號</th><th>求償人</th><th>受傷者</th><th>館名</th></tr>\n"
      "<tr><td>TC1130002</td><td>翁碧華</td><td>蔣雅</td><td>少林國術館</td></tr>\n"
      "</table>\n");
  CHECK(std::find(hurt.begin(), hurt.end(), "蔣雅") != hurt.end());
  const auto gifts =
      test::scan_values("<table>\n<tr><th>捐助者</th><th>項目</th><th>金額</th></tr>\n"
                        "<tr><td>邱添福先生</td><td>現金</td><td>20,000元</td></tr>\n"
                        "<tr><td>金香餅舖</td><td>壽桃</td><td>120個</td></tr>\n"
                        "<tr><td>林阿土</td><td>白米</td><td>30斤</td></tr>\n</table>\n");
  CHECK(gifts == std::vector<std::string>{"邱添福", "林阿土"});
}

TEST_CASE("header: a row of values is no header, whatever words it holds (set86a)") {
  CHECK_FALSE(twpii::table::header("113/04/14\t游雅婷\t1971/04/01\t宏達保全\t0958018881\t缺席"));
  CHECK(twpii::table::header("場次\t學員\t出生\t服務單位\t聯絡電話\t成績"));
  const auto rows =
      test::scan_values("場次\t學員\t出生\t服務單位\t聯絡電話\t成績\n"
                        "113/04/14\t游雅婷\t1971/04/01\t宏達保全\t0958018881\t缺席\n"
                        "113/04/12\t曾國棟\t民國三十七年二月二十八日\t社區發展協會\t\t缺席\n"
                        "113/04/14\tMaria Santos\tSept. 9, 1988\t看護\t+886 956 604 668\t通過\n");
  CHECK(std::find(rows.begin(), rows.end(), "Sept. 9, 1988") != rows.end());
}

TEST_CASE("table: a year and a month under a birth header; a CSV row short of its last fields "
          "(sets 87b, 88a)") {
  const auto graves = test::scan_values("序號,墓主姓名,墓主出生,家屬姓名,關係,聯絡電話\n"
                                        "4,林阿桃,1945/1,林蔡宜蓁,媳,0911-604-228\n"
                                        "8,古月娥,1939/2,古永福,子,0911-604-229\n");
  CHECK(std::find(graves.begin(), graves.end(), "1945/1") != graves.end());
  const auto reunion =
      test::scan_values("座號,姓名,綽號,生日,手機,E-mail,現居地,身分證（保險用）,備註,繳費日,金額\n"
                        "2,張耀文,胖虎,1975/11/16,0970735790,,台中市,,,113/10/02,800\n"
                        "導師,唐美華,,033/04/01,(04)2681-7300,,台中市,,八十歲\n");
  CHECK(std::find(reunion.begin(), reunion.end(), "033/04/01") != reunion.end());
}

TEST_CASE("table: an English date's year split off by its comma; a date of death after an "
          "amount's comma; a bracketed ditto row; numbers under 單號, places under 區域 "
          "(sets 93a, 93b, 94a, 94b)") {
  CHECK(test::scan_values(
            "序號,姓名,英文名,出生日期,身分證\n9,廖信宏,Sandy,Apr 12, 1998,B251327929\n") ==
        std::vector<std::string>{"廖信宏", "Sandy", "Apr 12, 1998", "B251327929"});
  const auto dead = test::scan_values(
      "編號,亡者姓名,亡者身分證,出生,死亡日期,申請人,關係,申請人電話,補助金額\n"
      "113-007,莊子晴,K226790314,民國31年1月23日,113.3.15,涂永福,配偶,0928884639,35,000\n");
  CHECK(std::find(dead.begin(), dead.end(), "民國31年1月23日") != dead.end());
  CHECK(std::find(dead.begin(), dead.end(), "113.3.15") == dead.end());
  const auto box =
      test::scan_values("│姓名　　│稱謂　　│出生年月日　　　　　│身分證／居留證號　　│\n"
                        "│邱添丁│戶長　　│（同上）　　　　　　│（同上）　　　　　　│\n"
                        "│邱信宏│長子　　│064.09.27　　　　　　│T101561232　　　　│\n");
  CHECK(std::find(box.begin(), box.end(), "064.09.27") != box.end());
  const auto tow = test::scan_values(
      "案號,受理日期,檢舉人,檢舉人電話,車號,車主,車主身分證,停放地點,處理情形,通知單號\n"
      "PT113-0001,113/03/17,巫秀琴,0926501438,MTN-7839,王大明,T844557441,屏東縣內埔鄉壽比路35號,"
      "已張貼通知,0986807618\n");
  CHECK(std::find(tow.begin(), tow.end(), "0926501438") != tow.end());
  CHECK(std::find(tow.begin(), tow.end(), "0986807618") == tow.end());
  const auto area = test::scan_values("序號,姓名,暱稱,負責區域,聯絡電話,出生年,備註\n"
                                      "7,鍾國榮,,江翠,02-2397-2780,,\n"
                                      "13,Lahok Tiway,,文聖,(02)2656-1025,,獸醫院聯絡窗口\n");
  CHECK(std::find(area.begin(), area.end(), "鍾國榮") != area.end());
  CHECK(std::find(area.begin(), area.end(), "江翠") == area.end());
  CHECK(std::find(area.begin(), area.end(), "文聖") == area.end());
}

TEST_CASE("table: Chinese renderings beside the names as written at home; a second birth column "
          "after an English date's comma (set96a)") {
  const auto mothers = test::scan_values(
      "編號,中文姓名,原名,證號,出生日期,行動電話,子女姓名,子女出生\n"
      "8,黛薇,\"Dewi Lestari\",F265206517,May. 27, 1983,0912901744,葉信宏,102.07.10\n");
  CHECK(std::find(mothers.begin(), mothers.end(), "黛薇") != mothers.end());
  CHECK(std::find(mothers.begin(), mothers.end(), "May. 27, 1983") != mothers.end());
  CHECK(std::find(mothers.begin(), mothers.end(), "102.07.10") != mothers.end());
}

TEST_CASE("table: a header's column after 中文名 is no name, so the header holds (set100b)") {
  const auto rows = test::scan_values(
      "No,Name,中文名,居留證號,國籍,出生日期,電話,路考日期,結果\n"
      "5,Rina Kartikasari,,H941007435,印尼,4 Jan 1998,,2024-07-21,不及格\n"
      "2,TRAN THI MAI,陳氏梅,D921908145,越南,January 24, 1980,0979596925,2024-06-18,及格\n");
  CHECK(std::find(rows.begin(), rows.end(), "居留證號") == rows.end());
  CHECK(std::find(rows.begin(), rows.end(), "4 Jan 1998") != rows.end());
  CHECK(std::find(rows.begin(), rows.end(), "January 24, 1980") != rows.end());
}

TEST_CASE("table: a household's members joined by 、 under 家庭成員, each a name; an inspector's "
          "column (set104b)") {
  const auto relief = test::scan_values("領取序,戶長,家庭成員,出生,聯絡電話,地址,物資包,簽收\n"
                                        "2,闕添丁,鳳嬌、文雄,,,,A+B,✔\n");
  CHECK(std::find(relief.begin(), relief.end(), "鳳嬌") != relief.end());
  CHECK(std::find(relief.begin(), relief.end(), "文雄") != relief.end());
  const auto stalls = test::scan_values(
      "攤位號\t店名\t負責人\t負責人生日\t身分證/居留證\t手機\t稽查項目\t結果\t稽查員\n"
      "A-001\t阿宗蚵仔煎\t郭罔市\t62年11月25日\tC161139449\t0983-558-657\t環境\t合格\t麥可\n");
  CHECK(std::find(stalls.begin(), stalls.end(), "麥可") != stalls.end());
}

TEST_CASE("table: a dotted date of Chinese digits under 出生日期 (set106b)") {
  const auto rows = test::scan_values("編號,地段,地號,持分,所有權人,統一編號,出生日期,住址\n"
                                      "2,興豐段,797,1/2,蘇秀英,未提供,五八.三.一七,臺北市\n");
  CHECK(std::find(rows.begin(), rows.end(), "五八.三.一七") != rows.end());
}

TEST_CASE("table: an export's name_en column beside name (set122b)") {
  const auto rows = test::scan_values("name,name_en,id_no,birthday\n"
                                      "楊麗華,Eric,M251377759,91/10/06\n"
                                      "崔子軒,Zoe,G142938953,2001/10/7\n");
  CHECK(std::find(rows.begin(), rows.end(), "Eric") != rows.end());
  CHECK(std::find(rows.begin(), rows.end(), "Zoe") != rows.end());
}

TEST_CASE("table: 發生日期 is no birth column, the 出生日期 after it is (set26a)") {
  const auto rows = test::scan_values(
      "通報編號,事業單位名稱,災害發生日期,罹災者姓名,性別,出生日期,身分證字號\n"
      "113-07-03-01,鋐昇營造有限公司,2024/07/03,邱俊傑,男,1979/11/26,A123456789\n");
  CHECK(std::find(rows.begin(), rows.end(), "2024/07/03") == rows.end());
  CHECK(std::find(rows.begin(), rows.end(), "1979/11/26") != rows.end());
}

TEST_CASE("table: 往生日期 is no birth column either (set106a's bereavement roster)") {
  const auto rows = test::scan_values("編號,家屬姓名,與逝者關係,逝者姓名,逝者出生,往生日期\n"
                                      "1,盧志涵,女兒,阮麗勳,14.07.22,112/8/2\n");
  CHECK(std::find(rows.begin(), rows.end(), "14.07.22") != rows.end());
  CHECK(std::find(rows.begin(), rows.end(), "112/8/2") == rows.end());
}

TEST_CASE("table: 茶種 is a column of teas, 金萱 no name under it (set140a)") {
  const auto rows = test::scan_values("參賽編號,茶農姓名,聯絡電話,茶種,報名日期\n"
                                      "T113-002,蕭聰明,0928-207-529,金萱,113/03/13\n");
  CHECK(std::find(rows.begin(), rows.end(), "蕭聰明") != rows.end());
  CHECK(std::find(rows.begin(), rows.end(), "金萱") == rows.end());
}

TEST_CASE("table: a complaint's 被申訴駕駛 column holds names, given names too; 未知 and 查無 none "
          "(set130b, set129a)") {
  const auto rows = test::scan_values("案號,收件日,申訴人,聯絡電話,被申訴駕駛,駕駛員證號\n"
                                      "BUS1130002,113/6/28,酆先生,0931328122,舒婷,職業駕照18015\n"
                                      "BUS1130003,113/1/22,蔡金龍,0921171439,未知,職業駕照43847\n");
  CHECK(std::find(rows.begin(), rows.end(), "舒婷") != rows.end());
  CHECK(std::find(rows.begin(), rows.end(), "未知") == rows.end());
  const auto cars =
      test::scan_values("編號,車種,車牌,地點,查報人,電話,車主姓名,備註\n"
                        "4,自小客,FPM-261,鼓山區河堤,章芷治,0955127485,查無,公告中\n");
  CHECK(std::find(cars.begin(), cars.end(), "查無") == cars.end());
}

TEST_CASE("table: 蓋章 under a signature column is no name (set138b)") {
  const auto rows = test::scan_values("序號,姓名,出生年,身分證字號,領取方式,簽收\n"
                                      "5,楊淑華,71,O24973****,現金,蓋章\n"
                                      "6,林阿土,21,H20618****,郵局轉帳,林阿土\n");
  CHECK(std::find(rows.begin(), rows.end(), "蓋章") == rows.end());
  CHECK(std::count(rows.begin(), rows.end(), "林阿土") == 2);
}

TEST_CASE("table: an HTML header row after other markup on its line (set145a's winners)") {
  const auto rows = test::scan_values(
      "</ol><h2>二、學生組</h2><table border=\"1\"><tr><th>名次</th><th>姓名</th><th>學校</th>"
      "<th>年級</th></tr>\n<tr><td>6</td><td>方麗華</td><td>成德高中</td><td>九年級</td></tr>\n");
  CHECK(std::find(rows.begin(), rows.end(), "方麗華") != rows.end());
  CHECK(std::find(rows.begin(), rows.end(), "成德高中") == rows.end());
}

TEST_CASE("table: a row holding a found name is no second header (宋江陣⇥團員⇥李華 — set146a)") {
  const auto rows = test::scan_values("陣頭\t職稱\t姓名\t生日\t電話\n"
                                      "宋江陣\t館主\t鄒志明\t\t\n"
                                      "宋江陣\t團員\t李大華\t\t\n"
                                      "八家將\t團員\t楊添丁\t6月2日\t\n");
  CHECK(std::find(rows.begin(), rows.end(), "6月2日") != rows.end());
  CHECK(std::find(rows.begin(), rows.end(), "宋江陣") == rows.end());
}

TEST_CASE("table: 保存者 heads a column of names (a heritage register — set146a)") {
  const auto rows = test::scan_values(
      "<table><tr><th>項目</th><th>保存者</th><th>出生</th><th>登錄日期</th></tr>\n"
      "<tr><td>交趾陶</td><td>胡強</td><td>民國31年12月27日</td><td>100.10.20</td></tr>\n");
  CHECK(std::find(rows.begin(), rows.end(), "胡強") != rows.end());
  CHECK(std::find(rows.begin(), rows.end(), "民國31年12月27日") != rows.end());
}

TEST_CASE("table: 陣頭 is a column of troupes, no names (金龍陣 — set146a's roster)") {
  const auto rows = test::scan_values("陣頭\t職稱\t姓名\t電話\n金龍陣\t館主\t鄒志明\t0912345678\n");
  CHECK(std::find(rows.begin(), rows.end(), "鄒志明") != rows.end());
  CHECK(std::find(rows.begin(), rows.end(), "金龍陣") == rows.end());
}

TEST_CASE("header: a pet's birthday is no person's birth column; a temple's 信眾 is a name's") {
  const auto h = twpii::table::header("號碼,犬種,犬名,晶片號碼,犬隻生日,飼主,手機");
  CHECK((!h || h->birth == twpii::table::k_no_column));
  const auto t = twpii::table::header("燈別\t信眾\t生辰\t住址\t電話");
  REQUIRE(t.has_value());
  CHECK(t->birth == 2);
  CHECK(t->names[0] == 1);
}

TEST_CASE("table: is_age, list_date and list_marker_end") {
  CHECK(twpii::table::is_age("73歲"));
  CHECK(twpii::table::is_age("５歲"));
  CHECK_FALSE(twpii::table::is_age("歲"));
  CHECK_FALSE(twpii::table::is_age("1234歲"));
  CHECK_FALSE(twpii::table::is_age("73歲半"));
  using twpii::table::k_spaced_slash;
  using twpii::table::k_wide_comma;
  CHECK(twpii::table::list_date("（一）黃坤碧，，10月7日，彰化縣和美鎮永東街327號。") ==
        k_wide_comma);
  CHECK(twpii::table::list_date("1972年4月18日，電話留的是+886 924 213 780。") == k_wide_comma);
  CHECK(twpii::table::list_date("- 徐耀瑋，0953246186，August 22, 1973") == k_wide_comma);
  CHECK(twpii::table::list_date("- 李淑惠 / 民國二十八年十二月二十四日 / 0988726229") ==
        k_spaced_slash);
  CHECK(twpii::table::list_date("檢舉人劉瑜冠陳稱，2020年9月12日於住家附近遭遇砂石車") == 0);
  CHECK(twpii::table::list_date("1985-10-01") == 0);
  // (A forum thread's sign-ups split by the full-width slash, whose dates hold ASCII ones —
  // set244b.)
  CHECK(twpii::table::list_date("#7 謝秀蘭／042/03/02／0982-739408") == twpii::table::k_wide_slash);
  CHECK(twpii::table::list_date("甲／乙／丙") == 0);
  CHECK(twpii::table::list_marker_end("#7 謝秀蘭", 0) == 3);
  CHECK(twpii::table::list_marker_end("#7謝秀蘭", 0) == 0);
  CHECK(twpii::table::list_marker_end("  - 李淑惠", 0) == 4);
  CHECK(twpii::table::list_marker_end("（二）上官成詩", 0) == 9);
  CHECK(twpii::table::list_marker_end("2) 周鳳怡", 0) == 3);
  CHECK(twpii::table::list_marker_end("李淑惠", 0) == 0);
}

TEST_CASE("table: year_of reads years in Chinese numerals too (set221b)") {
  CHECK(twpii::table::year_of("八十五年十一月二十三日") == 1996);
  CHECK(twpii::table::year_of("民國六十三年五月三日") == 1974);
  CHECK(twpii::table::year_of("一九八五年三月六日") == 1985);
  CHECK(twpii::table::year_of("63.7.3") == 1974);
  CHECK(twpii::table::year_of("十一月二十三日") == 0);
  CHECK(twpii::table::old_enough("八十五年十一月二十三日", 18));
}

TEST_CASE("tables: a headerless row's Chinese-numeral date after the ID (set221b)") {
  const V v = test::scan_values("9\t尤承恩\tAB42022141\t八十五年十一月二十三日\t腎臟\n");
  CHECK(std::find(v.begin(), v.end(), "八十五年十一月二十三日") != v.end());
}

TEST_CASE("table: 團名 holds a troupe's name, and no part of it is remembered (set270b)") {
  const auto troupe = test::scan_values("團名,姓名,性別,出生日期,職稱\n"
                                        "明興閣,金萱欣,女,民國89年12月12日,二手\n"
                                        "明興閣,楊銘德,男,64.09.28,主演\n");
  CHECK(troupe == std::vector<std::string>{"金萱欣", "民國89年12月12日", "楊銘德", "64.09.28"});
}

TEST_CASE("table: a role ending in 員 heads names; 犬名 beside it holds dogs (set271b)") {
  const auto k9 = test::scan_values("日期   時間   領犬員  犬名   項目      聯絡\n"
                                    "10/01  22:30  彭添丁  小虎   服從訓練  0953556756\n"
                                    "10/04  23:30  潘子晴  Lucky  嗅聞訓練  0923032116\n");
  CHECK(k9 == std::vector<std::string>{"彭添丁", "0953556756", "潘子晴", "0923032116"});
}

TEST_CASE("header: a cosplayer's character (扮演角色) and a work (作品) are things (set295a)") {
  CHECK(twpii::table::thing_word("扮演角色"));
  CHECK(twpii::table::thing_word("角色"));
  CHECK(twpii::table::thing_word("作品"));
  auto h = twpii::table::header("序號,報名編號,姓名,扮演角色,出生年月日,手機");
  REQUIRE(h);
  CHECK(h->names[0] == 2);
  CHECK(h->things[0] == 3);
}

TEST_CASE("header: days as column names are no row of values (7/1⇥7/2⇥7/3⇥7/4 — set305a)") {
  auto h = twpii::table::header("工號\t姓名\t櫃位\t7/1\t7/2\t7/3\t7/4\t手機\t生日");
  REQUIRE(h);
  CHECK(h->names[0] == 1);
  CHECK(h->birth == 8);
  // (A row of values still is: 匯出時間⇥2024-07-03 10:22:41⇥匯出人 — set14.)
  CHECK_FALSE(twpii::table::header("匯出時間\t2024-07-03 10:22:41\t匯出人\ttn_east_sw03"));
}
