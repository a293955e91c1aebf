// Table rows and headers (internal): the fields of a row of a CSV, tab-separated, pipe or
// fixed-width text table, and the header row that names a date-of-birth column or name columns,
// so that the dates under 出生日期 and the names under 姓名 are found as a clerk reading the table
// finds them.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace twpii::table {

// A field's bytes in its row, without the spaces, ideographic spaces and quotes around it.
struct Field {
  std::size_t start, end;
};

// Field separators: ',' (double quotes honoured), '\t', '|' (also │ and ｜), ' ' for runs of
// two or more spaces or ideographic spaces (fixed-width text tables), and '<' for the tags
// between the cells of an HTML row written on one line (<tr><td>…</td><td>…</td></tr>).
// Tried in this order: HTML tags before blanks (an indented HTML row has runs of spaces too).
inline constexpr char k_separators[] = {',', '\t', '|', '<', ' '};
// Separators for split_row only (never a header's), of a list written in prose's punctuation:
// the full-width comma "，" (（一）黃坤碧，，10月7日，彰化縣… / - 徐耀瑋，0953246186，1941/6/6)
// a slash between blanks " / " (- 李淑惠 / 民國二十八年十二月二十四日 / 0988726229) and the
// full-width slash "／" (#7 謝秀蘭／042/03/02／0982-739408: a forum thread's sign-ups, whose
// dates hold ASCII slashes).
inline constexpr char k_wide_comma = '\x1f';
inline constexpr char k_spaced_slash = '\x1e';
inline constexpr char k_wide_slash = '\x1d';

// Splits `row` (one line, no line break) into its fields by `sep`, into `out` (cleared first).
// (By a list's separator, k_wide_comma, k_spaced_slash or k_wide_slash, without the item's marker
// before the first field and the closing tags after the last: list_marker_end, without_end_tags.)
void split_row(std::string_view row, char sep, std::vector<Field>& out);

// Whether `row` has what separates three fields: two of , \t | (or cell tags <td, <th), a
// double space, an ideographic space or a box line. One SIMD pass; most prose lines have none
// of these (their commas are full-width).
bool may_be_row(std::string_view row);

// Whether `row` may hold a date (detectors::is_date) with a separator, a quote, a space or the
// row's end on both sides: a date that may be a field of its own. Cheap, and works on the text
// before normalisation (a full-width digit after a separator counts): a filter before split_row.
// `partial`: a year, or a year and a month, counts too (民國18年: a birth cell).
bool has_lone_date(std::string_view row, bool partial = false);

// The separator (k_wide_comma, k_spaced_slash or k_wide_slash) by which a field of `row` may be a
// date of birth (detectors::is_birth_cell): a list's line in prose's punctuation worth splitting
// (（一）黃坤碧，，10月7日，彰化縣…), or 0. Cheap: one look at each separator's next character
// first.
char list_date(std::string_view row);

// Where a list item's marker ends in `row` from `at` (- , * , • , 1) , 1. , （一）, 2) , a forum
// post's #7 and its blanks; the tags that open an HTML list item before it, <li>), or `at` when
// there is none.
std::size_t list_marker_end(std::string_view row, std::size_t at);

// `f` without the HTML tags that close its item at its end (民國41年11月16日</li>).
Field without_end_tags(std::string_view row, Field f);

// Whether `row` starts (after blanks and HTML tags) with a serial number of one to four digits
// or a prize's rank (特優, 佳作, 第一名 …) and a separator: 1,洪惠珍 / 001   彭明哲 /
// <tr><td>4</td> / 甲等    ○○國小    張福來. O(1) for most lines.
bool starts_with_serial(std::string_view row);

inline constexpr std::size_t k_no_column = static_cast<std::size_t>(-1);

// A header row with a date-of-birth column (出生日期, 出生年月日, 生日, 出生, DOB) or name columns
// (姓名, 名字, Name, Chinese Name), or both.
struct Header {
  char sep = ',';
  std::size_t fields = 0;           // number of fields
  std::size_t birth = k_no_column;  // index of the date-of-birth field
  std::size_t birth2 = k_no_column; // a second one (農曆生辰, 國曆生日); separated rows only
  std::string_view birth_cue;       // the birth word (static storage)
  bool birth_year = false; // the birth column holds years (出生年, 年次, 生年): 63 is one
  // The birth column names another date after a slash (出生/檢查日, 出生日期/申請日): only a
  // date five years back at least is a birth there.
  bool birth_shared = false;
  static constexpr std::size_t k_name_columns = 3; // (受扶助人, 扶助律師, 對造)
  std::size_t names[k_name_columns] = {k_no_column, k_no_column, k_no_column}; // name fields
  std::size_t phones[2] = {k_no_column, k_no_column}; // indexes of phone fields (市話, 手機)
  // Fields that name things, not people (船名, 寵物名, 民宿名稱, 店名): no cell under them is a
  // person's name however it reads (連興, 江海, 毛毛).
  std::size_t things[2] = {k_no_column, k_no_column};
  // Fields of other dates (入團日期, 報名日期) and other numbers (收據號碼, 准考證號): no date
  // under them is a birth, no number an ID, whatever row they stand in (set79a's troupe roster).
  std::size_t other_dates[2] = {k_no_column, k_no_column};
  std::size_t id = k_no_column; // the first field of IDs (身分證, 統一證號)
  std::size_t other_numbers[2] = {k_no_column, k_no_column};
  std::string_view name_cue; // the name word (static storage)
  // Whether a name field holds a transliteration (中文譯名, 中文名 beside a Latin name: 詩麗,
  // 努爾) or a nickname (暱稱: 小咪, 貓姐), any ideographs rather than a surname and a given name.
  bool transliterated[k_name_columns] = {false, false, false};
  // Whether a name field is a signature column (簽章): a surname alone may be stamped there.
  bool signature[k_name_columns] = {false, false, false};
  // Fixed-width tables (sep ' '): where those fields start, in display columns (an ideograph is
  // two), for rows whose fields do not match the header's one for one (序號 地段 is one header
  // field, 1    大雅段 two row fields; an empty cell).
  std::size_t birth_at = k_no_column;
  std::size_t birth2_at = k_no_column;
  std::size_t names_at[k_name_columns] = {k_no_column, k_no_column, k_no_column};
  std::size_t phones_at[2] = {k_no_column, k_no_column};
  std::size_t things_at[2] = {k_no_column, k_no_column};
};

// The display column (an East Asian wide character is two) at which row[at] starts.
std::size_t display_column(std::string_view row, std::size_t at);
// The display columns where `fields` of `row` start, into `out` (cleared first): one pass over
// the row, a field at a time (a 3 MB row stays linear).
void field_columns(std::string_view row, const std::vector<Field>& fields,
                   std::vector<std::size_t>& out);

// The header `row` is, if it is one: three fields at least under one separator, all short, one
// of them a birth word or a name word.
std::optional<Header> header(std::string_view row);

// Whether `line` may belong to a table: a row (may_be_row), a line of HTML rows or cells (not
// <table> or </table>, which bound one), or a rule of dashes, equals signs or box lines under a
// header. Blank lines and prose are not.
bool table_line(std::string_view line);
// Whether `field` is a word that heads a column of names (姓名, 申請人, 受文者, 簽章 …): a label,
// never a name, where it stands as a cell.
bool name_header_word(std::string_view field);
// Whether `field` heads a column of things' names (船名, 寵物名, 民宿名稱, 店名, 品名) or of
// organisations and dialects (服務單位, 腔調).
bool thing_word(std::string_view field);

// The header that the line text[ls, le) is, with its offset: header(line), or for an HTML
// header row written a cell per line (<th>…</th> without <tr>) the whole <tr>…</tr> around it.
std::optional<std::pair<std::size_t, Header>> header_at(std::string_view text, std::size_t ls,
                                                        std::size_t le);

// The Gregorian year of the date `field` (detectors::is_date): ROC years (63.7.3, 0540825,
// 350425), Western ones (1974-07-03, 03/07/1974) and years in Chinese numerals (八十五年…);
// 0 when none is read.
int year_of(std::string_view field);

// Whether the date `field` (detectors::is_date) lies `years` back at least: ROC years (63.7.3,
// 0540825, 350425) and Western ones (1974-07-03, 03/07/1974).
// (民國 before the year is skipped.) Reads the system clock once.
bool old_enough(std::string_view field, int years = 10);

// Whether `field` is an age (73歲, ５歲; digits ASCII or full-width): a cell beside which, in the
// same column of the rows around, a date is a date of birth.
bool is_age(std::string_view field);

} // namespace twpii::table
