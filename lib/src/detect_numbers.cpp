// Other numbers that identify a person, each found from a run of digits and gated by a cue
// word, a check digit or both: dates of birth, passports, NHI cards, sole proprietors' business
// numbers, licence plates, bank accounts, credit cards, citizen certificates.
// Reference: tw-pii-formats §3, §4.
#include "detectors.hpp"
#include "name_parts.hpp"
#include "table.hpp"
#include "text_util.hpp"

#include <algorithm>
#include <span>

namespace twpii::detectors {

namespace {
using patterns::CueClass;
using util::is_alnum;
using util::is_alpha;
using util::is_digit;

using util::digits_end;

int value_of(std::string_view s, std::size_t a, std::size_t b) {
  int v = 0;
  for (std::size_t i = a; i < b && i < a + 6; ++i) {
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

void add(std::vector<Match>& out, PiiType type, std::size_t start, std::size_t end, float conf,
         std::string_view detector, std::string_view rule, std::string_view cue) {
  out.push_back(Match{type, static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end),
                      conf, detector, rule, cue});
}

// Digit groups joined by single separators from `seps`, starting at the digit run at i.
struct Groups {
  std::size_t start, end;
  std::size_t digits = 0;
  int count = 0;
  std::size_t first_len = 0;
  bool uniform4 = true; // every group but the last has 4 digits
};

Groups digit_groups(std::string_view s, std::size_t i, std::string_view seps) {
  Groups g{i, i};
  std::size_t p = i;
  while (true) {
    std::size_t e = digits_end(s, p);
    g.digits += e - p;
    g.uniform4 = g.uniform4 && (g.count == 0 || g.first_len == 4);
    if (g.count == 0) {
      g.first_len = e - p;
    }
    ++g.count;
    g.end = e;
    if (e + 1 < s.size() && seps.find(s[e]) != std::string_view::npos && is_digit(s[e + 1]) &&
        g.digits < 20) {
      p = e + 1;
    } else {
      break;
    }
  }
  return g;
}

// The sex field right before a date that starts at s[i], as a person is described in one line
// (王大同，男，民國74年5月3日, 林美玲（女／59.03.12）, 王大同 男 74.05.03): "男" or "女" standing
// alone, one separator or blanks after it; or "".
std::string_view sex_before(std::string_view s, std::size_t i) {
  std::size_t b = util::skip_blanks_back(s, i);
  if (b > 0 && (s[b - 1] == ',' || s[b - 1] == '/' || s[b - 1] == ';')) {
    b = util::skip_blanks_back(s, b - 1);
  } else if (b >= 3 && (s.substr(b - 3, 3) == "，" || s.substr(b - 3, 3) == "／")) {
    b = util::skip_blanks_back(s, b - 3);
  } else if (b == i) {
    return ""; // 男74: no separator
  }
  if (b < 3 || (s.substr(b - 3, 3) != "男" && s.substr(b - 3, 3) != "女")) {
    return "";
  }
  // Standing alone, not in an enumeration (分男、女，2008-03-05舉行).
  const std::size_t a = b - 3;
  const bool alone = a == 0 || s[a - 1] == ',' || s[a - 1] == '(' || s[a - 1] == ' ' ||
                     s[a - 1] == '\t' || s[a - 1] == '/' || (a >= 3 && s.substr(a - 3, 3) == "，");
  return !alone ? "" : s.substr(a, 3) == "男" ? "男" : "女";
}

// Whether the name at s[name] follows a kinship label of a household's list (案長子：郭宇軒
// 102.05.19, 次女：, 長女　何育琪　102.3.16, 長子 高子平（102.7.19，國小）, 妹　鄧欣蓁　110.6.21):
// a child's date of birth is recent, and counts there. A colon or blanks between the label and
// the name.
constexpr util::CharSet k_kin_chars(U"子女偶妻夫父母孫兒媳妹弟兄姊姐哥男");
bool kin_label_before(std::string_view s, std::size_t name) {
  if (name == std::string_view::npos || name < 4) {
    return false;
  }
  std::size_t c = name;
  if (s[c - 1] == ':') {
    c -= 1;
  } else if (s.substr(c - 3, 3) == "：") {
    c -= 3;
  } else if (const std::size_t blank = util::skip_blanks_back(s, c); blank != c) {
    c = blank;
  } else if (s[c - 1] != '|' && !util::has_at(s, c - 3, "│")) {
    return false;
  }
  // (Or the label in the box's cell before: │子女　　　　│曾嬌雯　１０３．０８．０８ — set295b.)
  if (c >= 4 && (s[c - 1] == '|' || util::has_at(s, c - 3, "│"))) {
    c = util::skip_blanks_back(s, c - (s[c - 1] == '|' ? 1 : 3));
  }
  return c >= 3 && k_kin_chars.contains(s.substr(c - 3, 3));
}

// Whether a word of twins or triplets (雙胞胎, 三胞胎) stands later on the line after s[end]: the
// dates after the names of the row are the children's births (␣蕭淑君 2014-02-26   蕭福文
// 2014-02-26   雙胞胎 — set295b's multiple-birth families).
bool multiples_after(std::string_view s, std::size_t end) {
  const std::size_t eol = std::min(s.find('\n', end), end + 90);
  const std::size_t at = s.substr(0, std::min(eol, s.size())).find("胞胎", end);
  return at != std::string_view::npos;
}

// The start of a whole name of three or four characters that ends right before the date at s[i],
// one comma between (車主尹政勳，068/06/14，221新北市…: how look-up logs write a person), or npos.
// `*kin`: one short field stands between the name and the date that is a kinship word or a role
// in the household (林育成　戶長　69.01.08, 林宥廷　長男　107/12/03), whose date of birth counts
// at any age, as after a kinship label (kin_label_before).
std::size_t name_before_at(std::string_view s, std::size_t i, bool* kin = nullptr);

// The position before the separator that ends right before s[i] (a comma, 、, a bracket, blanks,
// with an ID between perhaps), or npos.
std::size_t before_separator(std::string_view s, std::size_t i) {
  std::size_t b = i;
  if (b >= 3 && (s.substr(b - 3, 3) == "，" || s.substr(b - 3, 3) == "、")) {
    return b - 3;
  }
  if (b >= 1 && s[b - 1] == ',') {
    b -= 1;
    // An ID between, masked or not (鄭志強,D26268****,0541024: a disbursement list).
    std::size_t q = b;
    while (q > 0 && (util::is_digit(s[q - 1]) || s[q - 1] == '*')) {
      --q;
    }
    if (b - q == 9 && q >= 2 && util::is_alpha(s[q - 1]) && s[q - 2] == ',') {
      b = q - 2;
    }
    return b;
  }
  if (b >= 1 && s[b - 1] == '(') {
    return b - 1; // 游碧霞（37/05/14）: the date in brackets after the name
  }
  if (b >= 1 && s[b - 1] == '\t') {
    return b - 1; // 李詩睿⇥55/10/17: a pasted list of two columns and no header — set123b
  }
  if (b >= 4 && s[b - 1] == '/' && util::is_continuation(s[b - 2])) {
    return b - 1; // 李奕辰／三年級／2015/9/24: fields split by ／ after words — set191b
  }
  // The cells of an HTML row: <td>袁淑娟</td><td>87.09.10</td> — set302a's team rosters.
  if (b >= 9 && s.substr(b - 9, 9) == "</td><td>") {
    return b - 9;
  }
  if (b >= 1 && s[b - 1] == ' ') {
    // Blanks, and an ID between perhaps (車主：葉重光 G100262829 0780307: a look-up log).
    b = util::skip_blanks_back(s, b);
    if (b >= 11 && util::is_alpha(s[b - 10]) && util::digits_end(s, b - 9) == b &&
        (s[b - 11] == ' ' || s[b - 11] == '\t')) {
      b = util::skip_blanks_back(s, b - 10);
    }
    return b;
  }
  return std::string_view::npos;
}

// Whether the `len` bytes before s[b] are a name of ideographs (three characters: 9, four: 12).
bool name_ending_at(std::string_view s, std::size_t b, std::size_t len) {
  return b != std::string_view::npos && b >= len &&
         util::ideograph_at(s.data() + b - len, s.data() + s.size()) &&
         is_name(s.substr(b - len, len));
}

std::size_t name_ending_at(std::string_view s, std::size_t b) {
  for (std::size_t len : {9u, 12u}) {
    if (name_ending_at(s, b, len)) {
      return b - len;
    }
  }
  return std::string_view::npos;
}

std::size_t name_before_at(std::string_view s, std::size_t i, bool* kin) {
  const std::size_t b = before_separator(s, i);
  // (An HTML row's cells: the name's cell right before the date's, and the date's the row's
  // last — <td>4</td><td>袁淑娟</td><td>87.09.10</td></tr>, set302a's team rosters; not a grave
  // register's burial date with the claimant after it — sets 88b, 166a.)
  if (b != std::string_view::npos && util::has_at(s, b, "</td><td>")) {
    const std::size_t close = s.find("</td>", i);
    return close != std::string_view::npos && util::has_at(s, close + 5, "</tr>")
               ? name_ending_at(s, b)
               : std::string_view::npos;
  }
  if (const std::size_t name = name_ending_at(s, b);
      name != std::string_view::npos || b == std::string_view::npos || b < 6 || s[b] == ',') {
    return name; // (not in a CSV row: its header says whose dates its columns hold)
  }
  // One short field between (曾詠晴，國二，民國100年1月30日; 林育成　戶長　69.01.08), or a note in
  // brackets (温淑惠（温，不是溫），57.11.3): one to five ideographs with no word of an event or
  // a deadline, or a bracket of up to 20 characters.
  std::size_t f = b;
  if (s[f - 1] == ')') {
    const std::size_t open = s.rfind('(', f - 1);
    if (open == std::string_view::npos || f - open > 60) {
      return std::string_view::npos;
    }
    // (Or the name is the bracket's: 我媽媽Sayun（黃秀英），民國51年1月2日 — set122b.)
    const std::size_t inner = name_ending_at(s, f - 1);
    return inner == open + 1 ? inner : name_ending_at(s, open);
  }
  // (Punctuation and blanks are no ideographs: the field stops at them.)
  while (f >= 3 && f + 15 > b && util::ideograph_at(s.data() + f - 3, s.data() + s.size())) {
    f -= 3;
  }
  const std::string_view field = s.substr(f, b - f);
  if (field.empty() || b - f > 15) {
    return std::string_view::npos;
  }
  for (std::string_view w :
       {"日", "期", "於", "申", "到", "至", "繳", "辦", "收", "付", "發", "起"}) {
    if (field.find(w) != std::string_view::npos) {
      return std::string_view::npos;
    }
  }
  const std::size_t before = before_separator(s, f);
  if (before == std::string_view::npos || s[before] == ',') {
    return std::string_view::npos;
  }
  const std::size_t name = name_ending_at(s, before);
  if (kin != nullptr && name != std::string_view::npos) {
    // (Or a pupil's grade, whose date after it is a child's birth whatever its year: +1 蘇芷晴
    // 小三 106年3月1日 0937-479-829, 報名：李奕辰／三年級／2015/9/24 — set191b's reading club.)
    static constexpr util::CharSet k_grade_numbers(U"一二三四五六");
    const bool grade =
        (field.size() == 6 && (util::has_at(field, 0, "小") || util::has_at(field, 0, "國")) &&
         k_grade_numbers.contains(field.substr(3, 3))) ||
        (field.size() == 9 && field.ends_with("年級") &&
         k_grade_numbers.contains(field.substr(0, 3))) ||
        field == "大班" || field == "中班" || field == "小班";
    *kin = k_kin_chars.contains(field.substr(field.size() - 3)) || field == "戶長" || grade;
  }
  return name;
}

// Whether two capitalised Latin words or three (names::latin_words_before) end at s[e] and start
// a line or follow a list's number (1. Anna Schmidt（99/9/22）; not 會議於 Grand
// Hotel（2019/9/22）).
bool latin_name_before(std::string_view s, std::size_t e) {
  const std::size_t b = names::latin_words_before(s, e);
  if (b == std::string_view::npos || s.substr(b, e - b).find(' ') == std::string_view::npos) {
    return false;
  }
  // (Or a fixed-width row's first field, blanks or a row's number and two blanks before it:
  // ␠Panay Kacaw 2005-09-21, 11  Tanaka Hiroshi  1970/9/3 — set294's rosters.)
  const std::size_t k = util::skip_blanks_back(s, b);
  std::size_t n = k;
  while (n > 0 && util::is_digit(s[n - 1]) && k - n < 3) {
    --n;
  }
  const bool row_start = (n == 0 || s[n - 1] == '\n') && (k == n ? b > k : b >= k + 2);
  return b == 0 || s[b - 1] == '\n' || s[b - 1] == '\t' || row_start ||
         (b >= 3 && s[b - 1] == ' ' && (s[b - 2] == '.' || s[b - 2] == ')') &&
          util::is_digit(s[b - 3]));
}

// Whether a death is told right before the name at s[name] (已確認罹難：馮偉銘（民國110年2月17日）:
// the date after the name is the fire's — set270b's missing-persons board).
bool death_told_before(std::string_view s, std::size_t name) {
  const std::string_view before =
      s.substr(name > 24 ? name - 24 : 0, std::min<std::size_t>(name, 24));
  static constexpr std::string_view k_deaths[] = {"罹難", "身亡", "遇難", "殉職"};
  return std::any_of(std::begin(k_deaths), std::end(k_deaths),
                     [&](std::string_view w) { return before.find(w) != std::string_view::npos; });
}

bool name_before(std::string_view s, std::size_t i) {
  const std::size_t name = name_before_at(s, i);
  return name != std::string_view::npos && !death_told_before(s, name);
}

// Whether the name before the date at s[i] follows a kinship label, or a kinship word stands
// between them (name_before_at).
bool kin_label_before_name(std::string_view s, std::size_t i) {
  bool kin = false;
  const std::size_t name = name_before_at(s, i, &kin);
  return kin || kin_label_before(s, name);
}

// What an identity document says of the date at s[start] — 身分證, 居留證, 護照, 學籍, 戶籍 or
// 戶口, perhaps 上, then 寫的, 登記, 記載, 誤植為, 是, 為 or a colon, perhaps 「 — where a birth
// was told earlier on the line (出生日期她自己講是「三十四年八月初一，舊曆的」，身分證是34.9.6;
// 民國廿六年出世 的，比身分證上寫的「二十六年三月十八日」還早; 農曆三月初五（身分證：32年4月9日）):
// "身分證", or "". Or what corrects a date of birth told earlier on the line, with no 。 between
// (出生日期為民國38年2月30日，經查戶籍資料應為民國38年3月2日; 我出生年月日之前寫錯了，應該是…;
// 他26年次的，但他身分證上寫…): "更正". (Not what it was miswritten as: 生日寫成41年12月2日.)
std::string_view id_document_date(std::string_view s, std::size_t start) {
  std::size_t b = start;
  if (b >= 3 && util::has_at(s, b - 3, "「")) {
    b -= 3;
  }
  // (The calendar named before it: 身分證上寫的是國曆36年9月29日 — set97a.)
  if (b >= 6 && util::has_at(s, b - 6, "國曆")) {
    b -= 6;
  }
  while (b > 0 && (s[b - 1] == ' ' || s[b - 1] == ':')) {
    --b;
  }
  // (One character's test first: most dates follow none of these words' last characters.)
  static constexpr util::CharSet k_last(U"的記載為是：上證照籍口寫料");
  if (b < 6 || !k_last.contains(s.substr(b - 3, 3))) {
    return "";
  }
  auto birth_told = [&](std::string_view before) {
    const std::size_t stop = before.rfind("。");
    if (stop != std::string_view::npos) {
      before.remove_prefix(stop + 3);
    }
    // (Or a date then 生: 民國三十六年農曆八月十五日生，身分證上寫的是… — set97a.)
    for (std::string_view w : {"出生", "生日", "出世", "生的", "生於", "年次", "日生，"}) {
      if (before.find(w) != std::string_view::npos) {
        return true;
      }
    }
    // (生在 too, not 發生在: 阿爸說我生在中秋，所以身分證上登記37年9月17日 — set84b.)
    for (std::size_t k = before.find("生在"); k != std::string_view::npos;
         k = before.find("生在", k + 6)) {
      if (k < 3 || !util::has_at(before, k - 3, "發")) {
        return true;
      }
    }
    return false;
  };
  static constexpr std::string_view k_corrections[] = {
      "應為",   "應該是", "經查為", "實為",     "更正為", "正確為", "正確是",
      "資料為", "登記為", "上寫",   "不對，是", "不對是"}; // (出生84年2月18日……不對，是84年2月28日
                                                           // — set99b)
  for (std::string_view c : k_corrections) {
    if (s.substr(0, b).ends_with(c)) {
      return birth_told(s.substr(0, b - c.size())) ? "更正" : "";
    }
  }
  static constexpr std::string_view k_verbs[] = {"寫的", "登記", "記載", "誤植為",
                                                 "是",   "為",   "：",   "資料"};
  // (Two of them: 身分證上寫的是 — set97a.)
  for (int twice = 0; twice < 2; ++twice) {
    for (std::string_view v : k_verbs) {
      if (s.substr(0, b).ends_with(v)) {
        b -= v.size();
        break;
      }
    }
  }
  if (b >= 3 && util::has_at(s, b - 3, "上")) {
    b -= 3;
  }
  static constexpr std::string_view k_documents[] = {"身分證", "居留證", "護照", "學籍",
                                                     "戶籍",   "戶口",   "名簿"}; // (戶口名簿)
  const bool document =
      b != start && std::any_of(std::begin(k_documents), std::end(k_documents),
                                [&](std::string_view d) { return s.substr(0, b).ends_with(d); });
  if (!document) {
    return "";
  }
  // A birth told before on the line: a birth word.
  return birth_told(s.substr(0, b)) ? "身分證" : "";
}

// A box form's row whose first cell names a birth, read across for two or three people
// (│出生日期　│民國78年3月9日　│080.11.23　│ — set96a's marriage registration, │出生　│66.02.18
// │民國68年10月2日　│109/06/30　│ — set95b's adoption): "出生日期" for the date at s[start] when
// it opens a cell of such a row, else "". The window holds the row from its start.
std::string_view birth_row_label(std::string_view s, std::size_t start) {
  // The bytes of the bar at s[k], or 0 (║ and ┃ are read as '|' in the normalised text: a
  // double-lined box form).
  auto bar_at = [&](std::size_t k) -> std::size_t {
    return s[k] == '|'                                                                     ? 1
           : util::has_at(s, k, "│") || util::has_at(s, k, "┃") || util::has_at(s, k, "║") ? 3
                                                                                           : 0;
  };
  auto bar_before = [&](std::size_t at) { // at the end of a bar, blanks skipped back
    at = util::skip_blanks_back(s, at);
    return (at >= 1 && bar_at(at - 1) == 1) || (at >= 3 && bar_at(at - 3) == 3);
  };
  if (start < 9 || bar_at(0) == 0 || !bar_before(start)) {
    return "";
  }
  std::string label; // the first cell's characters, blanks left out (出　　生)
  std::size_t k = bar_at(0);
  for (; k < start && bar_at(k) == 0 && label.size() <= 15;) {
    if (s[k] == ' ') {
      ++k;
    } else if (util::has_at(s, k, "　")) {
      k += 3;
    } else if (util::ideograph_at(s.data() + k, s.data() + s.size())) {
      label.append(s.substr(k, 3));
      k += 3;
    } else {
      return "";
    }
  }
  if (k >= start || bar_at(k) == 0 || k + bar_at(k) > start) {
    return "";
  }
  // Each cell between the label and the date a date too (not │出生日期│民國31年元月7日│死亡日期│
  // 113年2月26日│, pairs of labels and values across — set72b).
  for (std::size_t a = k + bar_at(k); a < start;) {
    std::size_t b = a;
    while (b < start && bar_at(b) == 0) {
      ++b;
    }
    if (b >= start) {
      break; // the date's own cell
    }
    std::string_view cell = s.substr(a, b - a);
    while (!cell.empty() && cell.back() == ' ') {
      cell.remove_suffix(1);
    }
    while (cell.ends_with("　")) {
      cell.remove_suffix(3);
    }
    while (!cell.empty() && (cell.front() == ' ' || cell.starts_with("　"))) {
      cell.remove_prefix(cell.front() == ' ' ? 1 : 3);
    }
    if (!is_date(cell)) {
      return "";
    }
    a = b + bar_at(b);
  }
  // (生 alone too, as a tombstone's order writes it: ║生　║民國三十二年元月十八日║ — set102b.)
  return label == "出生" || label == "出生日期" || label == "出生年月日" || label == "生日" ||
                 label == "出生年月" || label == "生" || label == "生辰"
             ? "出生日期"
             : "";
}

// Whether the ten characters `id` are shaped as a person's ID or resident ID, masked digits
// allowed: a letter, 1/2/8/9 or A-D, then eight digits or '*'.
// Whether `c` may follow an ID's letter: 1/2 (a citizen's sex), 8/9 or A-D (a resident's).
bool id_second(char c) {
  return c == '1' || c == '2' || c == '8' || c == '9' || (c >= 'A' && c <= 'D') ||
         (c >= 'a' && c <= 'd');
}

bool id_shaped(std::string_view id) {
  return id.size() == 10 && util::is_alpha(id[0]) && id_second(id[1]) &&
         std::all_of(id.begin() + 2, id.end(), [](char c) { return is_digit(c) || c == '*'; });
}

// Whether an ID (a letter, 1/2/8/9 or A-D, eight digits, masked or not) ends one separator
// before the date at s[i]: a blank, an ideographic space, ， 、 or a bracket (K226107186 61.3.8 in
// a chat, 越南籍，統一證號E904705936，1991.06.22). Not an ASCII comma or a run of blanks: a CSV or
// a fixed-width table has a header that says whose date it is (a payroll's 到職日 — set8); a tab
// only before a date that ends its line (01　鐘德修<TAB>B109378716<TAB>047年04月18日 under a
// header spaced otherwise — set52b; a TSV's admission date goes on to more fields — set36b).
bool id_before(std::string_view s, std::size_t i, std::size_t end) {
  std::size_t b = i;
  if (b >= 3 && (util::has_at(s, b - 3, "，") || util::has_at(s, b - 3, "、") ||
                 util::has_at(s, b - 3, "\xE3\x80\x80"))) {
    b -= 3;
    // (Its bracket closed before the comma: （印尼籍，統一證號M909515349），Jan 5, 1993 — set140b.)
    b -= b >= 1 && s[b - 1] == ')' ? 1 : 0;
  } else if (b >= 3 && util::has_at(s, b - 3, "│")) {
    b -= 3; // (A box form's row: │傅葉罔市│F18917****│79年5月18日│31桌 — set240b.)
  } else if (b >= 2 && (s[b - 1] == '(' || (s[b - 1] == ' ' && s[b - 2] != ' '))) {
    // (Or in brackets: 身分證H120685436（民國54年2月2日） — set51a.)
    b -= 1;
  } else if (b >= 2 && s[b - 1] == '\t' && (end >= s.size() || s[end] == '\r' || s[end] == '\n')) {
    b -= 1;
  } else if (b >= 11 && s[b - 1] == '/' && util::is_alnum(s[b - 2]) &&
             (end >= s.size() || s[end] == '\r' || s[end] == '\n')) {
    b -= 1; // (A list's line of fields between slashes: 1. 林宗翔／F147706138／1952年9月15日 —
            // set224b's insurance list; the date ends the line.)
  } else {
    return false;
  }
  // The ID's nine characters after its letter: digits, or masks ('*', ＊, ○: Ｖ１８３１９○○○○ —
  // set242a's reissue notice).
  std::size_t id = b, chars = 0, masks = 0;
  while (id > 0 && chars < 9) {
    if (is_digit(s[id - 1]) || s[id - 1] == '*') {
      id -= 1;
    } else if (id >= 3 && (util::has_at(s, id - 3, "○") || util::has_at(s, id - 3, "＊"))) {
      id -= 3;
      ++masks;
    } else {
      break;
    }
    ++chars;
  }
  if (chars == 8 && id > 0 && util::is_alpha(s[id - 1]) && id_second(s[id - 1])) {
    --id; // (an old resident ID's second letter: ND36088254)
    ++chars;
  }
  if (chars < 9 || id == 0 || (id > 1 && util::is_alnum(s[id - 2]))) {
    return false;
  }
  --id; // the letter
  // (Not where a date stands right before the ID, blanks between: that one is the birth, this one
  // another day's — 胡美宜　033/12/06　X29342**** 112/01/26 under INTAKE, set239a's roster.)
  std::size_t a = id;
  while (a > 0 && s[a - 1] == ' ') {
    --a;
  }
  if (a < b - 10 && a > 0 && util::is_digit(s[a - 1])) {
    std::size_t d = a;
    while (d > 0 && a - d < 12 && s[d - 1] != ' ') {
      --d;
    }
    if (is_date(s.substr(d, a - d))) {
      return false;
    }
  }
  if (masks == 0) {
    return id_shaped(s.substr(id, 10));
  }
  // (Masked with ○ or ＊: the letter, its 1/2/8/9 or A-D, digits, then three to six masks.)
  return util::is_alpha(s[id]) && id_second(s[id + 1]) && masks >= 3 && masks <= 6;
}

// Whether a list's line holds a name, one blank, a phone and one blank before s[i], the date
// ending it (2. 宋筱豪 +886-960-132-615 2005/7/7 — set207a's helmet list).
bool name_phone_before(std::string_view s, std::size_t i, std::size_t end) {
  // (Blanks may end the line after the date, and dots part the phone's digits: a fixed-width
  // list's 蔣淑芬　　　0988.394.324      一九八五年六月三日 — set281b's emergency contacts.)
  end = util::skip_blanks(s, end);
  if (i < 2 || s[i - 1] != ' ' || !(end >= s.size() || s[end] == '\r' || s[end] == '\n')) {
    return false;
  }
  std::size_t b = i - 1, digits = 0;
  while (b > 0 &&
         (util::is_digit(s[b - 1]) || s[b - 1] == '-' || s[b - 1] == '+' || s[b - 1] == '(' ||
          s[b - 1] == ')' || s[b - 1] == ' ' || s[b - 1] == '.') &&
         i - b < 20) {
    digits += util::is_digit(s[b - 1]) ? 1 : 0;
    --b;
  }
  while (b < i && s[b] == ' ') {
    ++b; // (the blank before the phone)
  }
  // (A mobile's prefix in brackets too: 阮國雄　(0931)455512　50/01/26 — set223b's temple
  // committee.)
  const std::size_t gap = util::skip_blanks_back(s, b); // (where the name ends)
  if (digits < 9 || digits > 12 || b < 2 || gap == b ||
      !(util::has_at(s, b, "09") || util::has_at(s, b, "+886") || util::has_at(s, b, "886-") ||
        util::has_at(s, b, "0") || util::has_at(s, b, "(0"))) {
    return false;
  }
  // (At a list's start: a number and a dot or 、 before the name, or nothing. The name of three
  // characters or four: 巫李貞儀 — set223b — ends in a name of three, 李貞儀.)
  for (std::size_t len : {9u, 12u}) {
    if (!name_ending_at(s, gap, len)) {
      continue;
    }
    std::size_t q = gap - len;
    while (q > 0 && s[q - 1] == ' ') {
      --q;
    }
    if (q >= 1 && (s[q - 1] == '.' || s[q - 1] == ')')) {
      --q;
      while (q > 0 && util::is_digit(s[q - 1])) {
        --q;
      }
    }
    if (q == 0 || s[q - 1] == '\n') {
      return true;
    }
  }
  return false;
}

// Whether a person's ID follows the date that ends at s[end], blanks between (a roster's name,
// date of birth and ID: Kui Tjavalan　77.12.01　V123456788,
// 鄭錦堂（父）民國50年10月1日　F183955753).
bool id_after(std::string_view s, std::size_t end) {
  std::size_t b = end;
  while (b < s.size() && (s[b] == ' ' || s[b] == '\t' || util::has_at(s, b, "\xE3\x80\x80"))) {
    b += s[b] == ' ' || s[b] == '\t' ? 1 : 3;
  }
  // (Or in brackets, its word before it: 民國79年7月7日（身分證M170134692） — set140b.)
  if (b == end && b < s.size() && s[b] == '(') {
    ++b;
    for (std::string_view w : {"身分證字號", "身分證", "統一證號", "居留證號", "居留證", "證號"}) {
      if (util::has_at(s, b, w)) {
        b += w.size();
        break;
      }
    }
    b += b < s.size() && s[b] == ':' ? 1 : 0;
  }
  if (b == end || b + 10 > s.size() || (b + 10 < s.size() && util::is_alnum(s[b + 10]))) {
    return false;
  }
  return id_shaped(s.substr(b, 10));
}

// Whether a word of death follows the date that ends at s[end] (109.07.30 死亡, 歿, 逝世, 過世,
// 往生, 去世, 病逝).
bool death_after(std::string_view s, std::size_t end) {
  const std::string_view next = s.substr(util::skip_blanks(s, end), 6);
  // (Not 歿於, 卒於, 死於: they bring the date of death after them — 生於壬子年三月初三　歿於民國
  // 六十一年, set50a.)
  if (next.size() == 6 && next.substr(3) == "於") {
    return false;
  }
  return util::starts_with(next, "死") || util::starts_with(next, "歿") ||
         util::starts_with(next, "卒") || next == "逝世" || next == "過世" || next == "往生" ||
         next == "去世" || next == "病逝" || next == "辭世";
}

// Whether 是 ends right before the year that starts at s[start] and 的人 follows at s[de] (她是
// 民國57年的人: what a person is), not 的人口, 的人數 … (a count of people).
bool one_of_those_born(std::string_view s, std::size_t start, std::size_t de) {
  return util::has_at(s, de, "的人") && start >= 3 && util::has_at(s, start - 3, "是") &&
         !names::is_one_of(s.substr(de + 3, 6), {"人口", "人數", "人民", "人員", "人次", "人力"});
}

// Whether a mark of death ends right before the date that starts at s[start] (歿：, 卒, 死亡日期:,
// 歿於, 逝世), blanks and a colon between.
bool death_before(std::string_view s, std::size_t start) {
  std::size_t p = start;
  while (p > 0 && (s[p - 1] == ' ' || s[p - 1] == ':')) {
    --p;
  }
  if (p >= 3 && s.substr(p - 3, 3) == "：") {
    p -= 3;
  }
  // (The last character first: most dates follow none of these.)
  static constexpr util::CharSet k_lasts(U"歿卒亡期世於");
  if (p < 3 || !k_lasts.contains(s.substr(p - 3, 3))) {
    return false;
  }
  const std::string_view b = s.substr(0, p);
  for (std::string_view w : {"歿", "卒", "死亡", "死亡日期", "逝世", "歿於", "卒於", "死於"}) {
    if (b.ends_with(w)) {
      return true;
    }
  }
  return false;
}

// Whether a date that ends at s[end] stands as a field of its own or is followed by 生: the end
// of the text, what is no ideograph (，、）), 生 or 出生 — not 2010年3月5日因竊盜案被捕, an event.
bool date_stands_alone(std::string_view s, std::size_t end) {
  // (Not a date of death: 次子 張簡文龍（109.07.30 死亡）.)
  if (death_after(s, end)) {
    return false;
  }
  return end >= s.size() || !util::ideograph_at(s.data() + end, s.data() + s.size()) ||
         util::starts_with(s.substr(end), "生") || util::starts_with(s.substr(end), "出生");
}

// Whether blanks, then an age in digits (1 to 3 of them and 歲) follow the date s[start, end),
// the age a field of its own and the one the date makes (give or take: a document of a few years
// ago, a writer's slip): a roster's row of a name, a date of birth and the age (3  佘慧君
// 102年10月21日  12歲 — set185a's little-league players). Not an age group (65歲以上, 18歲起);
// not a refill's date and its patient's age (2022/04/25  62歲 — set160a).
bool age_after(std::string_view s, std::size_t start, std::size_t end) {
  std::size_t p = end;
  while (p < s.size() && (s[p] == ' ' || s[p] == '\t')) {
    ++p;
  }
  std::size_t d = p;
  while (d < s.size() && d - p < 4 && util::is_digit(s[d])) {
    ++d;
  }
  if (p == end || d == p || d - p > 3 || !util::has_at(s, d, "歲")) {
    return false;
  }
  const std::size_t after = d + 3;
  if (!(after >= s.size() || s[after] == ' ' || s[after] == '\t' || s[after] == '\r' ||
        s[after] == '\n' || util::has_at(s, after, "　") ||
        (!util::ideograph_at(s.data() + after, s.data() + s.size()) &&
         !util::has_at(s, after, "（") && s[after] != '('))) {
    return false;
  }
  const int age = std::stoi(std::string(s.substr(p, d - p)));
  const std::string_view date = s.substr(start, end - start);
  return table::old_enough(date, age - 2) && !table::old_enough(date, age + 6);
}

// Where the HTML tags (up to three, blanks between) that end right before s[p] start
// (<dt>生日</dt><dd>, <th>出生</th><td>), or 0 when one is too long to be a cell's.
[[gnu::noinline]] std::size_t before_tags(std::string_view s, std::size_t p) {
  for (int tags = 0; tags < 3 && p > 0 && s[p - 1] == '>'; ++tags) {
    const std::size_t open = s.rfind('<', p - 1);
    if (open == std::string_view::npos || p - open > 12) {
      return 0;
    }
    p = open;
    while (p > 0 && s[p - 1] == ' ') {
      --p;
    }
  }
  return p;
}

// The birth label that ends right before s[i] (出生日期：, 生日:, a colon and spaces after it),
// also letter-spaced (生　　日：, on the normalised text 生  日:), or "".
std::string_view birth_label_before(std::string_view s, std::size_t i) {
  std::size_t p = i;
  while (p > 0 && (s[p - 1] == ' ' || s[p - 1] == ':')) {
    --p;
  }
  if (p > 0 && s[p - 1] == '>') {
    p = before_tags(s, p); // (the label in the cell or term before: <dt>生日</dt><dd>66年12月)
  }
  if (p >= 3 && s.substr(p - 3, 3) == "：") {
    p -= 3;
    while (p > 0 && s[p - 1] == ' ') {
      --p; // 生　　日　：
    }
  } else if ((p >= 3 && s.substr(p - 3, 3) == "│") || (p >= 1 && s[p - 1] == '|')) {
    p -= s[p - 1] == '|' ? 1 : 3; // a box table's cell border (│出生日期　　│0450416)
    while (p > 0 && s[p - 1] == ' ') {
      --p;
    }
  }
  // vCard's date of birth (BDAY:19850619) at a line's start.
  if (p >= 4 && s.substr(p - 4, 4) == "BDAY" && (p == 4 || s[p - 5] == '\n')) {
    return "BDAY";
  }
  // An export's key ("birthday":"0450312", "dob": "1985-05-03").
  if (p >= 1 && s[p - 1] == '"') {
    std::size_t q = p - 1;
    while (q > 0 && (s[q - 1] == ' ' || s[q - 1] == ':')) {
      --q;
    }
    for (std::string_view key :
         {"\"birthday\"", "\"birth_date\"", "\"birthdate\"", "\"dob\"", "\"date_of_birth\""}) {
      if (q >= key.size() && util::ascii_iequals(s.substr(q - key.size(), key.size()), key)) {
        return "birthday";
      }
    }
  }
  // A grave register's 生： before the birth, 卒： or 歿 after
  // (墓主：張簡阿快　生：明治四十年　卒： 民國六十一年 — set60a): 生 alone as a field's label,
  // where the line tells a death too.
  // (Or 生 glued before the date where a blank opens the field and 歿 or 卒 follows it:
  // 第1區0101號　彭正義　生民前3年六月一日　歿民國43年 — set91b's grave notice.)
  const bool glued =
      p >= 3 && p == i && s.substr(p - 3, 3) == "生" && (p == 3 || s[p - 4] == ' ') &&
      (s.find("歿", i) != std::string_view::npos || s.find("卒", i) != std::string_view::npos);
  if (glued) {
    return "生";
  }
  if (p >= 3 && p < i && s.substr(p - 3, 3) == "生" &&
      (s.substr(p, i - p).find(':') != std::string_view::npos ||
       s.substr(p, i - p).find("：") != std::string_view::npos) && // (not 14.4.15生　74年歿)
      (p == 3 || !util::ideograph_at(s.data() + util::prev_char(s, p - 3), s.data() + s.size())) &&
      (s.find("卒") != std::string_view::npos || s.find("歿") != std::string_view::npos)) {
    return "生";
  }
  // (為 or 是 after the word as its colon: 實際生年為民國2年, 出生年是民國三十六年 — sets 70a,
  // 69b; not in a guide's question: 孩子的生日是2013年1月，屬於哪一學年度？ — set76b.)
  auto question = [&] {
    const std::string_view ahead = s.substr(i, 45);
    return ahead.find("？") != std::string_view::npos ||
           ahead.find('?') != std::string_view::npos || ahead.find("哪") != std::string_view::npos;
  };
  std::size_t copula =
      p >= 3 && (s.substr(p - 3, 3) == "為" || (s.substr(p - 3, 3) == "是" && !question())) ? p - 3
                                                                                            : p;
  // (An adverb before it: 生日剛好是6月10日 — set87a; a correction's 應: 生日應為19520220 —
  // set247a.)
  for (std::string_view w : {"剛好", "正好", "恰好", "應該", "也", "就", "應"}) {
    if (copula != p && copula >= w.size() && s.substr(copula - w.size(), w.size()) == w) {
      copula -= w.size();
      break;
    }
  }
  for (std::string_view w : {"出生日期", "出生年月日", "生日", "出生", "生年"}) {
    // From the word's last character back, blanks allowed between its characters.
    std::size_t q = copula, k = w.size();
    while (k > 0 && q >= 3 && s.substr(q - 3, 3) == w.substr(k - 3, 3)) {
      q -= 3, k -= 3;
      while (k > 0 && q > 0 && s[q - 1] == ' ') {
        --q;
      }
    }
    if (k == 0) {
      return util::animal_before(s, q) ? "" : w; // (犬隻生日： a pet's — set153b)
    }
  }
  return "";
}

bool bounded(std::string_view s, std::size_t start, std::size_t end) {
  return (start == 0 || !is_alnum(s[start - 1])) && (end >= s.size() || !is_alnum(s[end]));
}

// Where the month starts after the 年 that ends at s[p]: after a bracket that gives the same
// year in another calendar (2015年（民國104年）8月19日, 1948年（卅七年）9月2日,
// 乙未年（44）十二月), up to seven characters of digits, numerals, 民國 and 年; else p.
[[gnu::noinline]] std::size_t year_note_end_slow(std::string_view s, std::size_t p) {
  const std::size_t open = util::has_at(s, p, "（") ? 3 : p < s.size() && s[p] == '(' ? 1 : 0;
  if (open == 0) {
    return p;
  }
  for (std::size_t q = p + open; q < s.size() && q - p <= 24;) {
    if (s[q] == ')' || util::has_at(s, q, "）")) {
      // (The calendar too, and a blank after it: 107年(國曆) 8月22日.)
      const std::size_t e = q + (s[q] == ')' ? 1 : 3);
      return q == p + open ? p : e < s.size() && s[e] == ' ' ? e + 1 : e;
    }
    if (is_digit(s[q])) {
      ++q;
    } else if (q + 3 <= s.size() &&
               (util::is_date_numeral(util::cp3(s.data() + q)) || util::has_at(s, q, "民") ||
                util::has_at(s, q, "國") || util::has_at(s, q, "年") || util::has_at(s, q, "曆") ||
                util::has_at(s, q, "農"))) {
      q += 3;
    } else {
      return p;
    }
  }
  return p;
}

[[gnu::always_inline]] inline std::size_t year_note_end(std::string_view s, std::size_t p) {
  // (A bracket's first byte first: 年 is mostly followed by a month.)
  return p < s.size() && (s[p] == '(' || static_cast<unsigned char>(s[p]) == 0xEF)
             ? year_note_end_slow(s, p)
             : p;
}

// The end of the date whose year starts at s[i] (民國 before it is the caller's): 74年5月3日,
// 1985年5月3日, 74.05.03, 074/05/03, 1985-05-03; with `compact`, also 0740503 and 19850503;
// with `era` (a Japanese era's name before it), a year of one digit too (昭和2.8.15, 平成4年7月
// 11日). npos if there is none.
std::size_t date_end(std::string_view s, std::size_t i, bool compact, bool era = false) {
  constexpr std::size_t none = std::string_view::npos;
  if (i > 0 && is_alnum(s[i - 1])) {
    return none;
  }
  const std::size_t run = digits_end(s, i);
  if (run - i <= 2 && run + 1 < s.size() && (s[run] == '/' || s[run] == '.' || s[run] == '-')) {
    // Day (or month) first, as foreign documents write it: 27/02/1994, 5.3.1985.
    const char sep = s[run];
    const std::size_t m_end = digits_end(s, run + 1);
    if (m_end - run >= 2 && m_end - run <= 3 && m_end + 5 <= s.size() && s[m_end] == sep) {
      const std::size_t y_end = digits_end(s, m_end + 1);
      const int a = value_of(s, i, run), b = value_of(s, run + 1, m_end);
      const int year = value_of(s, m_end + 1, y_end);
      // (Also a year of the Buddhist era, as Thai passports print it: 15/08/2531.)
      const bool western = (year >= 1900 && year <= 2100) || (year >= 2443 && year <= 2643);
      if (y_end - m_end == 5 && western && a >= 1 && b >= 1 && a <= 31 && b <= 31 &&
          (a <= 12 || b <= 12) && (y_end >= s.size() || !is_alnum(s[y_end]))) {
        return y_end;
      }
    }
  }
  const bool packed =
      compact && (run - i == 7 || run - i == 8) && (run >= s.size() || !is_alnum(s[run]));
  const std::size_t y_end = packed ? run - 4 : run; // YYYMMDD, YYYYMMDD
  const std::size_t ylen = y_end - i;
  if (ylen < (era ? 1 : 2) || ylen > 4) {
    return none;
  }
  const int year = value_of(s, i, y_end);
  const bool roc = ylen <= 3;
  if ((roc && (year < 1 || year > 150)) || (!roc && (year < 1900 || year > 2100))) {
    return none;
  }
  const std::size_t p = y_end;
  std::size_t m_start = 0, m_end = 0, d_start = 0, d_end = 0, end = 0;
  if (packed) {
    m_start = p, m_end = p + 2, d_start = p + 2, d_end = run, end = run;
  } else if (util::starts_with(s.substr(p), "年") || (util::has_at(s, p, " 年"))) {
    // (One blank either side of 年, 月 and 日, as forms and their scans print them: 102 年 11 月
    // 3 日; all of them spaced or none.)
    const bool spaced = s[p] == ' ';
    const std::size_t b = spaced ? 1 : 0;
    m_start = spaced ? p + 5 : year_note_end(s, p + 3);
    if (spaced && (m_start > s.size() || s[m_start - 1] != ' ')) {
      return none;
    }
    m_end = digits_end(s, m_start);
    if (!util::has_at(s, m_end + b, "月") || (spaced && s[m_end] != ' ')) { // (has_at: in range)
      return none;
    }
    d_start = m_end + 3 + 2 * b;
    if (spaced && (d_start > s.size() || s[d_start - 1] != ' ')) {
      return none;
    }
    d_end = digits_end(s, d_start);
    // (號 for 日 as people say it: 民國30年5月1號生的.)
    const std::size_t u = d_end + b;
    end = (!spaced || (d_end < s.size() && s[d_end] == ' ')) &&
                  (util::has_at(s, u, "日") || util::has_at(s, u, "號"))
              ? u + 3
              : d_end;
  } else if (p < s.size() && (s[p] == '.' || s[p] == '/' || s[p] == '-')) {
    char sep = s[p];
    m_start = p + 1;
    m_end = digits_end(s, m_start);
    if (m_end >= s.size() || s[m_end] != sep) {
      return none;
    }
    d_start = m_end + 1;
    d_end = digits_end(s, d_start);
    end = d_end;
    if (end < s.size() && (is_alnum(s[end]) || s[end] == sep)) {
      return none;
    }
  } else {
    return none;
  }
  std::size_t mlen = m_end - m_start, dlen = d_end - d_start;
  int month = value_of(s, m_start, m_end), day = value_of(s, d_start, d_end);
  if (mlen < 1 || mlen > 2 || dlen < 1 || dlen > 2 || month < 1 || month > 12 || day < 1 ||
      day > 31) {
    return none;
  }
  return end;
}

// The value of the Chinese numerals s[a, b): positional (七十四, 二十, 十, 一百零三, 廿五) or
// digit by digit (一一〇, 七四, 一九八五); -1 if a character is no numeral.
int chinese_value(std::string_view s, std::size_t a, std::size_t b) {
  int total = 0, current = -1, sequence = 0;
  bool positional = false;
  for (std::size_t i = a; i < b; i += 3) {
    if (s[i] == '0') { // a zero typed as a digit among the numerals (民國一０二年: ０ folds to 0)
      current = 0;
      sequence = sequence * 10;
      i -= 2;
      continue;
    }
    if (i + 3 > b) {
      return -1;
    }
    const char32_t c = util::plain_numeral(util::cp3(s.data() + i));
    const int d = c == U'○' ? 0 : util::chinese_digit(c);
    if (d >= 0) {
      current = d;
      sequence = sequence * 10 + d;
      continue;
    }
    const int unit = c == U'十' ? 10 : c == U'百' ? 100 : c == U'千' ? 1000 : 0;
    if (unit != 0) {
      total += (current < 0 ? 1 : current) * unit;
    } else if (c == U'廿' || c == U'卅') {
      total += c == U'廿' ? 20 : 30;
    } else {
      return -1;
    }
    positional = true;
    current = -1;
  }
  return positional ? total + std::max(current, 0) : sequence;
}

// The end of the number at s[p] (ASCII digits, or Chinese numerals when `chinese`) and its value.
std::size_t number_end(std::string_view s, std::size_t p, bool chinese, int* value) {
  if (!chinese) {
    const std::size_t e = digits_end(s, p);
    *value = e - p >= 1 && e - p <= 4 ? value_of(s, p, e) : -1;
    return e;
  }
  std::size_t e = p;
  // (○ after a numeral is a zero too: Big5 has no 〇, 民國一○○年; so is a 0 typed among them,
  // 民國一０二年, when a numeral follows or 年 ends the year.)
  while (true) {
    if (e + 3 <= s.size() && (util::is_date_numeral(util::cp3(s.data() + e)) ||
                              (e > p && util::cp3(s.data() + e) == U'○'))) {
      e += 3;
    } else if (std::size_t z = e; e > p && e < s.size() && s[e] == '0') {
      while (z < s.size() && s[z] == '0') {
        ++z;
      }
      if (z + 3 > s.size() ||
          !(util::is_chinese_numeral(util::cp3(s.data() + z)) || util::has_at(s, z, "年"))) {
        break;
      }
      e = z;
    } else {
      break;
    }
  }
  *value = e > p && e - p <= 15 ? chinese_value(s, p, e) : -1;
  return e;
}

// A date written with 年 whose year starts at s[i], in digits or Chinese numerals (民國 before
// it is the caller's): 七十四年五月三日, 74年5月 and 74年 (parts 3, 2, 1), or the birth cohort
// 74年次 (`cohort`: 年次 is its own cue). `end` is npos if there is none.
struct YearDate {
  std::size_t end = std::string_view::npos;
  int year = 0;
  int parts = 0;
  bool cohort = false;
};
YearDate year_date(std::string_view s, std::size_t i) {
  YearDate d;
  const bool chinese = !is_digit(s[i]);
  int year = 0, month = 0, day = 0;
  const std::size_t y_end = number_end(s, i, chinese, &year);
  d.year = year;
  const bool roc = year >= 1 && year <= 150, western = year >= 1900 && year <= 2100;
  if (y_end == i || (!roc && !western) || !util::starts_with(s.substr(y_end), "年")) {
    return d;
  }
  std::size_t p = year_note_end(s, y_end + 3);
  // One blank between the parts, as a form's boxes leave them (民國四十八年 九月 廿二日).
  auto blank = [&](std::size_t q) {
    return q + 1 < s.size() && s[q] == ' ' && (chinese ? !is_digit(s[q + 1]) : is_digit(s[q + 1]))
               ? q + 1
               : q;
  };
  if (util::starts_with(s.substr(p), "次")) {
    if ((roc && year >= 10) || western) { // also 西元1988年次, as foreign residents write it
      d.end = p + 3;
      d.cohort = true;
    }
    return d;
  }
  d.end = p;
  d.parts = 1;
  // (The year of the cycle right after it, the same year told again: 民國三十八年己丑年在大陸
  // 出生, 民國二十三年甲戌年生的 — set88a.)
  if (util::stem_branch_at(s, p) && util::has_at(s, p + 6, "年")) {
    d.end = p += 9;
  }
  // (元月 is the first month: 五十年元月五日.)
  p = blank(p);
  p += util::has_at(s, p, "閏") ? 3 : 0;        // a leap month (57年閏7月3日)
  const bool yuan = util::has_at(s, p, "元月"); // (also after digits: 民國60年元月1日)
  // (Digits after a year in numerals: 民國一０五年６月３日, typed on a full-width keyboard.)
  const bool md_chinese = chinese && !(p < s.size() && is_digit(s[p]));
  const std::size_t m_end = yuan ? p + 3 : number_end(s, p, md_chinese, &month);
  month = yuan ? 1 : month;
  if (m_end == p || month < 1 || month > 12 || !util::starts_with(s.substr(m_end), "月")) {
    return d;
  }
  d.end = m_end + 3;
  p = blank(d.end);
  d.parts = 2;
  const std::size_t day_end = number_end(s, p, md_chinese, &day);
  if (day_end > p && day >= 1 && day <= 31 &&
      (util::starts_with(s.substr(day_end), "日") || util::starts_with(s.substr(day_end), "號"))) {
    d.end = day_end + 3;
    d.parts = 3;
  }
  return d;
}

// The end of a clock time at s[q] (02:17, 9:52), or q.
std::size_t clock_end(std::string_view s, std::size_t q) {
  const std::size_t h = digits_end(s, q);
  return h > q && h - q <= 2 && h < s.size() && s[h] == ':' && digits_end(s, h + 1) == h + 3 &&
                 (h + 3 == s.size() || !is_alnum(s[h + 3]))
             ? h + 3
             : q;
}

// The end of a time of day at s[q] (凌晨, 晚上11:52, 下午3點20分), or q: a birth announced to
// the minute.
std::size_t time_of_day_end(std::string_view s, std::size_t q) {
  if (!util::time_of_day_at(s, q)) {
    return q;
  }
  q += 6;
  q += q < s.size() && s[q] == ' ' ? 1 : 0; // (上午 09:52)
  std::size_t h = digits_end(s, q);
  if (h > q && h - q <= 2) {
    if (h < s.size() && s[h] == ':' && digits_end(s, h + 1) == h + 3) {
      return h + 3; // 11:52
    }
    if (util::has_at(s, h, "點") || util::has_at(s, h, "時")) {
      h += 3;
      const std::size_t m = digits_end(s, h);
      return m > h && m - h <= 2 && util::has_at(s, m, "分") ? m + 3 : h;
    }
  }
  return q;
}

// 出生 or 生 right after a date (民國74年5月3日生, 於1970年出生), else "": not 生效, 生活.
// Whether a bound's word follows a date ending at s[end] (民國40年以前, 112年9月2日以後出生者):
// a rule's date, not anyone's birth. With `also_amounts`, 以上 and 以下 too (after a year alone).
bool bound_after(std::string_view s, std::size_t end, bool also_amounts) {
  // (含) or (不含) first: 出生於民國95年1月1日（含）以前者 — set260b's flea-market rules.
  for (std::string_view note : {"(含)", "(不含)"}) {
    end += util::has_at(s, end, note) ? note.size() : 0;
  }
  for (std::string_view w : {"以前", "以後", "之前", "之後"}) {
    if (util::has_at(s, end, w)) {
      // (Not 之前 as "earlier", a record's mistake told after it: 生日084/09/19之前登記錯了 —
      // set304b's e-mails.)
      const std::size_t after = end + w.size();
      return !(w == "之前" || w == "以前") ||
             !(util::has_at(s, after, "登記") || util::has_at(s, after, "寫") ||
               util::has_at(s, after, "填") || util::has_at(s, after, "記錯") ||
               util::has_at(s, after, "打錯") || util::has_at(s, after, "誤"));
    }
  }
  return also_amounts && (util::has_at(s, end, "以上") || util::has_at(s, end, "以下"));
}

// Where a month and day with no year at s[p] starts, its calendar's word right before it
// included (生日是農曆八月初十: the lunar calendar's word is part of such a date).
std::size_t with_calendar_word(std::string_view s, std::size_t p) {
  return p >= 6 && (util::has_at(s, p - 6, "農曆") || util::has_at(s, p - 6, "陰曆")) ? p - 6 : p;
}

// Whether 是 and whose birthday it is follow s[end], a blank before perhaps (7月20日是你生日對吧,
// 8/21 是你生日吧 — a chat's, set59a).
bool whose_birthday(std::string_view s, std::size_t end) {
  std::size_t q = end < s.size() && s[end] == ' ' ? end + 1 : end;
  // (Or after a comma and an adverb: 那天是1月25日，剛好是我的生日 — set85a.)
  if (util::has_at(s, q, "，")) {
    q += 3;
    for (std::string_view w : {"剛好", "正好", "恰好", "剛巧", "也", "就"}) {
      q += util::has_at(s, q, w) ? w.size() : 0;
    }
  }
  // (Or 那天 between, then 生日: 諸葛阿伯說他8月15日那天生日 — set169a's chat; not a party's
  // day, 那天生日會.)
  if ((util::has_at(s, q, "那天") || util::has_at(s, q, "當天")) &&
      util::has_at(s, q + 6, "生日") && !util::has_at(s, q + 12, "會") &&
      !util::has_at(s, q + 12, "趴") && !util::has_at(s, q + 12, "派") &&
      !util::has_at(s, q + 12, "快")) {
    return true;
  }
  // (Or with no 是: 每年3月3日她生日那天 — set97b; 每年三月初九我生日 — set96a.)
  for (std::string_view w : {"我生日", "他生日", "她生日", "我的生日", "他的生日", "她的生日"}) {
    if (s.substr(q).starts_with(w)) {
      return true;
    }
  }
  if (!util::has_at(s, q, "是")) {
    return false;
  }
  for (std::string_view w : {"是你生日", "是妳生日", "是您生日", "是我生日", "是他生日", "是她生日",
                             "是你的生日", "是我的生日", "是他的生日", "是她的生日"}) {
    if (s.substr(q).starts_with(w)) {
      return true;
    }
  }
  return false;
}

std::string_view born_after(std::string_view s, std::size_t end) {
  // (A closing quote before it: 他笑著說是「昭和五十年」生的 — set73a.)
  if (util::has_at(s, end, "」") &&
      (util::has_at(s, end + 3, "生") || util::has_at(s, end + 3, "出生"))) {
    end += 3;
  }
  // (A blank around a bracket: February 29, 2000 (ROC 89.02.29) 生.)
  auto blank = [&](std::size_t at) { return at < s.size() && s[at] == ' ' ? at + 1 : at; };
  if (const std::size_t o = blank(end); o < s.size() && s[o] == '(') {
    // 國曆113年10月30日（農曆九月廿八）生: the same day in the lunar calendar between.
    if (const std::size_t close = s.find(')', o);
        close != std::string_view::npos && close - o <= 30 &&
        (util::starts_with(s.substr(blank(close + 1)), "生") ||
         util::starts_with(s.substr(blank(close + 1)), "出生"))) { // (民國前二年（庚戌年）出生)
      end = blank(close + 1);
    }
  } else if (end < s.size() && s[end] == ')' && end >= 8 &&
             s.substr(end >= 30 ? end - 30 : 0, std::min<std::size_t>(end, 30)).find('(') !=
                 std::string_view::npos &&
             util::starts_with(s.substr(blank(end + 1)), "生")) {
    end = blank(end + 1); // and the date in the bracket: (ROC 89.02.29) 生
  }
  // (A blank, then the time: 2024.8.16 上午 09:52 生, 2024/08/11 02:17 出生 — a newborn's record.)
  const std::size_t b = end < s.size() && s[end] == ' ' ? end + 1 : end;
  if (const std::size_t t = std::max(time_of_day_end(s, b), clock_end(s, b)); t > b) {
    // 114年1月9日凌晨出生, 2024年5月20日晚上11:52，於高雄禾馨醫院出生 (a place between, below).
    end = t + (util::has_at(s, t, "，") ? 3 : 0);
    end += end < s.size() && s[end] == ' ' ? 1 : 0;
    if (!util::has_at(s, end, "出生") && !util::has_at(s, end, "生") &&
        !util::has_at(s, end, "在") && !util::has_at(s, end, "於")) {
      return "";
    }
  }
  // (Another's date joined to it, then the word: 二人分別為069.10.10及0720120出生 — set98a.)
  if (util::has_at(s, end, "及") || util::has_at(s, end, "與") || util::has_at(s, end, "、")) {
    const std::size_t e2 = end + 3 < s.size() && is_digit(s[end + 3]) ? date_end(s, end + 3, true)
                                                                      : std::string_view::npos;
    if (e2 != std::string_view::npos &&
        (util::has_at(s, e2, "出生") ||
         (util::has_at(s, e2, "生") && !util::has_at(s, e2, "生效")))) {
      end = e2;
    }
  }
  // (One blank before it: Prasert（1991-06-21 生）.)
  if (end + 4 <= s.size() && s[end] == ' ' &&
      (util::has_at(s, end + 1, "生") || util::has_at(s, end + 1, "出生")) &&
      !util::has_at(s, end + 1, "生效") && !util::has_at(s, end + 1, "生活")) {
    ++end;
  }
  std::string_view after = s.substr(end, 12);
  if (util::starts_with(after, "出生") || util::starts_with(after, "左右出生")) {
    return "出生"; // (民國70年左右出生: a year told roughly)
  }
  // A temple's lamp register: the hour of birth or the zodiac sign after the date, perhaps after
  // （農曆） or 農 and blanks (農曆八十七年九月初三　丑時　屬虎, 63.12.26農　屬虎).
  {
    std::size_t q = end;
    q += util::starts_with(s.substr(q), "(農曆)") ? 8
         : util::starts_with(s.substr(q), "(農)") ? 5
         : util::starts_with(s.substr(q), "農")   ? 3
                                                  : 0;
    while (q < s.size() && s[q] == ' ') {
      ++q;
    }
    // The zodiac sign alone in the next cell (98.6.26(農) | 牛 |, a register typed as a table).
    if (q < s.size() && (s[q] == '|' || s[q] == '\t' || s[q] == ',')) {
      std::size_t c = q + 1;
      while (c < s.size() && s[c] == ' ') {
        ++c;
      }
      static constexpr std::u32string_view k_animals = U"鼠牛虎兔龍蛇馬羊猴雞狗豬";
      if (c + 3 <= s.size() && util::ideograph_at(s.data() + c, s.data() + s.size()) &&
          k_animals.find(util::cp3(s.data() + c)) != std::u32string_view::npos) {
        std::size_t z = c + 3;
        while (z < s.size() && s[z] == ' ') {
          ++z;
        }
        if (z == s.size() || s[z] == '|' || s[z] == '\t' || s[z] == ',' || s[z] == '\r') {
          return "屬相";
        }
      }
    }
    static constexpr std::u32string_view k_hours = U"子丑寅卯辰巳午未申酉戌亥吉";
    static constexpr std::u32string_view k_signs = U"鼠牛虎兔龍蛇馬羊猴雞狗豬";
    if (q + 6 <= s.size() && util::ideograph_at(s.data() + q, s.data() + s.size())) {
      const char32_t c0 = util::cp3(s.data() + q), c1 = util::cp3(s.data() + q + 3);
      if ((k_hours.find(c0) != std::u32string_view::npos && c1 == U'時') ||
          (c0 == U'屬' && k_signs.find(c1) != std::u32string_view::npos)) {
        return c1 == U'時' ? "時辰" : "屬相";
      }
    }
  }
  if (util::starts_with(after, "出世")) {
    return "出世"; // 民國三十一年農曆七月初九出世
  }
  if (util::starts_with(after, "生於") || util::starts_with(after, "生在")) {
    return "生於"; // 民國13年2月8日生於馬太鞍部落, 民國十七年生在山東 (set67b)
  }
  if (util::starts_with(after, "生的") || util::starts_with(after, "生之")) {
    return "生"; // 雅淑是民國100年11月21日生的, 民國27年生之失智長者 (partial_birth_ok: not 之人口)
  }
  if (util::starts_with(after, "生日")) {
    return "生日"; // 小她四歲，2015/3/18生日
  }
  if (util::starts_with(after, "壽誕") || util::starts_with(after, "壽辰")) {
    return "生日"; // 住戶粘淑緯先生（10月10日壽誕） — set126a
  }
  if (whose_birthday(s, end)) {
    return "生日";
  }
  if (util::starts_with(after, "生") &&
      (after.size() < 6 || static_cast<unsigned char>(after[3]) < 0xE4 ||
       static_cast<unsigned char>(after[3]) > 0xE9)) {
    return "生";
  }
  if (util::starts_with(after, "在") || util::starts_with(after, "於")) {
    // 1991年8月19日在越南芹苴出生, 於高雄禾馨婦產科平安出生: a place (and how) of up to nine
    // characters between, no punctuation. (Or a mother giving birth: 於113年2月29日在台中生下
    // 龍鳳胎, 112年8月19日在高雄的醫院剖腹生下三胞胎 — set86b: up to fourteen.)
    for (std::size_t p = end + 3;
         p < end + 45 && p + 3 <= s.size() && util::ideograph_at(s.data() + p, s.data() + s.size());
         p += 3) {
      if (util::starts_with(s.substr(p), "出生") && p < end + 33) {
        return "出生";
      }
      if (util::starts_with(s.substr(p), "生下") || util::starts_with(s.substr(p), "產下")) {
        return "生下";
      }
    }
  }
  return "";
}

// Whether the 生於 at s[at] means "born on", not a word ending in 生 before 於 (學生於, 發生於,
// 研究生於; a company 誕生於 its founding year).
bool born_on_at(std::string_view s, std::size_t at) {
  std::size_t len = 0;
  // (老師生於 is a teacher's birth, not 師生 — set67a. 該生於 is "the pupil, on":
  // 該生於１１２年７月５日 已填報 — set206b.)
  if (at >= 6 && util::has_at(s, at - 6, "老師")) {
    return true;
  }
  return at < 3 || std::u32string_view(U"學發產衛醫先陌考新師男女眾民究業讀習誕衍該")
                           .find(util::utf8_decode(s, util::prev_char(s, at), &len)) ==
                       std::u32string_view::npos;
}

// Whether a year, a year and month, or a cohort (`d`, 民國 from `start`) may
// be a date of birth at all (`era`: an era's name before it, 大正三年, 民前一年): not a small
// number of years (二年生 students under 10, 十年次 and 12年次 instalments: cohorts under 20), not
// one end of a range (民國74年至84年, 50年次至59年次), not a group (出生之人口, 以後出生者).
bool partial_birth_ok(std::string_view s, std::size_t start, const YearDate& d, bool era) {
  // (民國 before a cohort makes it one whatever its year: 民國十九年次 — set42a; so does a
  // bracket or a comma after a person: 賴火旺阿公（13年次）, 陳清水，19年次 — set66a, set67a's
  // centenarians.)
  const bool person_before = start >= 1 && (s[start - 1] == '(' || s[start - 1] == ',' ||
                                            (start >= 3 && util::has_at(s, start - 3, "，")));
  // (A year of the Republic's first ten may be one with 民國 written: 爺爺生於民國九年 — set70a;
  // the caller asks for a birth word then.)
  const bool roc = util::has_at(s, start, "民國");
  if (d.year < (d.cohort && !roc && !person_before ? 20 : era || (roc && !d.cohort) ? 1 : 10)) {
    return false;
  }
  const std::string_view before = s.substr(0, start);
  const std::string_view after = s.substr(d.end, 3);
  // (、 lists years of a statistic, 74、75年, 屬蛇：民國42、54、…、102年次; cohorts listed each
  // with its 年次 are people's: 夫婦兩人（42年次、45年次）— set39b.)
  auto cohort_after = [&](std::size_t q) {
    std::size_t r = q;
    while (r < s.size() && (is_digit(s[r]) || util::is_date_numeral(util::cp3(s.data() + r)))) {
      r += is_digit(s[r]) ? 1 : 3;
    }
    return r > q && util::has_at(s, r, "年次");
  };
  // (Or 、 after a name, not after a number or a year: 登記姓名蕭冠宇、84年次 — set55b; not
  // 民國41年、53年、…、101年次出生者.)
  const bool number_before =
      before.size() >= 4 &&
      (is_digit(before[before.size() - 4]) || before.ends_with("年、") ||
       (before.size() >= 6 && util::is_date_numeral(util::cp3(before.data() + before.size() - 6))));
  // (Nor before 、 and what is no number: 得獎者是34年次、高齡79歲 — set110b.)
  const bool number_after =
      d.end + 6 < s.size() &&
      (is_digit(s[d.end + 3]) || util::is_date_numeral(util::cp3(s.data() + d.end + 3)));
  const bool listed_cohort =
      d.cohort && (!before.ends_with("、") || before.ends_with("年次、") || !number_before) &&
      (!after.starts_with("、") || cohort_after(d.end + 3) || !number_after);
  for (std::string_view range : {"至", "到", "~", "-", "、", "分"}) {
    if ((before.ends_with(range) || after.starts_with(range)) &&
        !(listed_cohort && range == "、")) {
      return false;
    }
  }
  if (d.cohort) {
    // (Not a conscription's: 113年次常備役役男, 替代役, 補充兵 are called up by that year.)
    const std::string_view next = s.substr(d.end, 6);
    return next != "常備" && next != "替代" && next != "補充" && next != "役男";
  }
  // The character after the date, or after 生 or 出生 there: 之 者 的 人 率 數 後 前 make it
  // about a group (生於民國四十年之人, 民國74年出生之人口).
  std::size_t q = d.end;
  q += util::starts_with(s.substr(q), "出生") ? 6 : util::starts_with(s.substr(q), "生") ? 3 : 0;
  const std::string_view rest = s.substr(q, 3);
  if (rest == "的" && !util::ideograph_at(s.data() + q + 3, s.data() + s.size())) {
    return true; // 我是民國二十七年出生的，: a clause ends, not 出生的人
  }
  // (是…的人 says what one is: 她說她是民國57年的人 — set114b; not 民國57年出生的人.)
  if (q == d.end && util::has_at(s, start, "民國") && one_of_those_born(s, start, q)) {
    return true;
  }
  // 之 or 的 before a word for one person, not for a group (民國26年生的老兵, 民國27年生之失智
  // 長者楊耀穎; not 出生之人口, 生的民眾, 生之世代, 出生的孩子們).
  if (rest == "之" && (util::has_at(s, q + 3, "女兒") || util::has_at(s, q + 3, "兒子"))) {
    return true; // 須扶養民國一０四年出生之女兒: one child
  }
  if ((rest == "的" || rest == "之") && q + 6 <= s.size() &&
      util::ideograph_at(s.data() + q + 3, s.data() + s.size()) &&
      std::u32string_view(U"人民族世群者學孩兒嬰新男女各所全國青中年")
              .find(util::cp3(s.data() + q + 3)) == std::u32string_view::npos) {
    return !util::starts_with(s.substr(q + 3), "老人") || // (老兵 is one, 老人 mostly many,
           util::starts_with(s.substr(q + 3), "老人家");  // 老人家 one: set59a)
  }
  return !(rest.size() == 3 &&
           std::u32string_view(U"之者的人率數後前").find(util::cp3(rest.data())) !=
               std::u32string_view::npos);
}

// The end of a date with an English month starting at s[i] — 31 DEC 1996, 3-May-1985,
// 3 March 1985 (passports and residence permits print dates so) — or npos. Day 1-31, the month's
// first three letters in any case or its whole name, a four-digit year 1900-2099.
std::size_t english_date_end(std::string_view s, std::size_t i) {
  std::size_t p = i;
  const std::size_t day = digits_end(s, p) - p;
  const int day_value = day == 0 || day > 2 ? 0 : std::stoi(std::string(s.substr(p, day)));
  if (day_value < 1 || day_value > 31) {
    return std::string_view::npos; // DOB: 35 DEC 1996 is no date
  }
  p += day;
  const char sep = p < s.size() ? s[p] : '\0';
  // (Or none, as airlines and travel agents write it: 12MAR58, 28FEB1990 — two digits, three
  // capitals, a year of two or four digits.)
  const bool compact = day == 2 && sep >= 'A' && sep <= 'Z';
  if (sep != ' ' && sep != '-' && sep != '/' && !compact) { // (1/Mar/1977 too)
    return std::string_view::npos;
  }
  p += compact ? 0 : 1;
  static constexpr std::string_view k_months[] = {"january",   "february", "march",    "april",
                                                  "may",       "june",     "july",     "august",
                                                  "september", "october",  "november", "december"};
  // Indonesian months, as migrant workers' documents write them (17 Agustus 1993).
  static constexpr std::string_view k_bulan[] = {
      "januari", "februari", "maret", "mei", "juni", "juli", "agustus", "oktober", "desember"};
  std::size_t letters = 0;
  while (p + letters < s.size() && util::is_alpha(s[p + letters])) {
    ++letters;
  }
  if (letters < 3) {
    return std::string_view::npos;
  }
  std::string word(s.substr(p, letters));
  for (char& c : word) {
    c = static_cast<char>(c | 0x20);
  }
  const bool month = std::any_of(std::begin(k_months), std::end(k_months),
                                 [&](std::string_view m) {
                                   return word == m || (letters == 3 && m.starts_with(word)) ||
                                          (letters == 4 && word == "sept");
                                 }) ||
                     std::any_of(std::begin(k_bulan), std::end(k_bulan),
                                 [&](std::string_view m) { return word == m; });
  p += letters;
  if (compact) {
    const std::size_t y = digits_end(s, p);
    const bool ok = month && letters == 3 && (y - p == 2 || y - p == 4) &&
                    (y == s.size() || !util::is_alnum(s[y])) &&
                    std::all_of(s.begin() + static_cast<std::ptrdiff_t>(p - 3),
                                s.begin() + static_cast<std::ptrdiff_t>(p),
                                [](char c) { return c >= 'A' && c <= 'Z'; });
    return ok && (y - p == 2 || (value_of(s, p, y) >= 1900 && value_of(s, p, y) <= 2099))
               ? y
               : std::string_view::npos;
  }
  // (An abbreviation's dot after the month: 18 Apr. 2003 — set169a's volunteer e-mail.)
  if (month && sep == ' ' && letters <= 4 && p < s.size() && s[p] == '.') {
    ++p;
  }
  if (!month || p + 5 > s.size() || s[p] != sep || (s[p + 1] != '1' && s[p + 1] != '2') ||
      digits_end(s, p + 1) != p + 5) {
    return std::string_view::npos;
  }
  const int year = std::stoi(std::string(s.substr(p + 1, 4)));
  return year >= 1900 && year <= 2099 ? p + 5 : std::string_view::npos;
}

// Whether an English month name (Aug, August, Sept) and one space end right before s[i]: its
// start, or npos.
std::size_t month_before(std::string_view s, std::size_t i) {
  if (i < 4 || s[i - 1] != ' ') {
    return std::string_view::npos;
  }
  std::size_t a = i - 1;
  const bool dot = s[a - 1] == '.'; // Aug. 17, 1990
  a -= dot ? 1 : 0;
  i -= dot ? 1 : 0;
  while (a > 0 && util::is_alpha(s[a - 1]) && i - 1 - a < 9) {
    --a;
  }
  if ((a > 0 && util::is_alnum(s[a - 1])) || i - 1 - a < 3) {
    return std::string_view::npos;
  }
  std::string word(s.substr(a, i - 1 - a));
  for (char& c : word) {
    c = static_cast<char>(c | 0x20);
  }
  static constexpr std::string_view k_months[] = {"january",   "february", "march",    "april",
                                                  "may",       "june",     "july",     "august",
                                                  "september", "october",  "november", "december"};
  const bool month = std::any_of(std::begin(k_months), std::end(k_months), [&](std::string_view m) {
    return word == m || (word.size() == 3 && m.starts_with(word)) || word == "sept";
  });
  return month ? a : std::string_view::npos;
}

// The end of the day and year of a date written month first, at s[i] (21, 1949 / 21 1949), or
// npos.
std::size_t month_first_date_end(std::string_view s, std::size_t i) {
  const std::size_t d = digits_end(s, i);
  if (d - i < 1 || d - i > 2) {
    return std::string_view::npos;
  }
  const int day = std::stoi(std::string(s.substr(i, d - i)));
  // (The comma full-width too, a blank after it or not: Ｏｃｔｏｂｅｒ　２４，　１９９６, folded
  // to October 24， 1996 — set221a's full-width memo.)
  const bool wide = util::has_at(s, d, "，");
  std::size_t p = d + (wide ? 3 : d < s.size() && s[d] == ',' ? 1 : 0);
  const std::size_t y = wide && p < s.size() && s[p] != ' ' ? p : p + 1;
  if (day < 1 || day > 31 || p >= s.size() || (y == p + 1 && s[p] != ' ') ||
      digits_end(s, y) != y + 4) {
    return std::string_view::npos;
  }
  const int year = std::stoi(std::string(s.substr(y, 4)));
  return year >= 1900 && year <= 2099 ? y + 4 : std::string_view::npos;
}

// Whether the date [start, end) (its year at s[i]) is eighteen years old or more: a date in a
// Japanese era (明治41年7月20日, the oldest household registers) always is; a year in Chinese
// numerals (二十二年十二月八日) is read as the digits would be.
bool adult_date(std::string_view s, std::size_t start, std::size_t i, std::size_t end) {
  const std::string_view date = s.substr(start, end - start);
  if (util::starts_with(date, "明治") || util::starts_with(date, "大正") ||
      util::starts_with(date, "昭和")) {
    return true;
  }
  if (!is_digit(s[i])) {
    const YearDate d = year_date(s, i);
    return d.year > 0 && table::old_enough(std::to_string(d.year) + "年", 18);
  }
  // (The calendar's word before the year is no part of its age: 農曆87年2月26日 — set154b.)
  return table::old_enough(
      util::starts_with(date, "農曆") || util::starts_with(date, "國曆") ? date.substr(6) : date,
      18);
}

// A year of the sexagenary cycle alone, or with its month, told as a birth year: before 生 or
// 出生 (他是丁亥年生的, 辛巳年出生), after a birth label, or after 生 that starts a field
// (│生己未年 （民國8年）歿民國61年, a grave's record). The year and its month.
void stem_branch_year(std::string_view s, std::size_t i, std::vector<Match>& out) {
  if (!util::has_at(s, i + 6, "年")) {
    return;
  }
  std::size_t e = i + 9;
  int month = 0;
  if (const std::size_t m = number_end(s, e, true, &month);
      m > e && month >= 1 && month <= 12 && util::has_at(s, m, "月")) {
    e = m + 3; // 甲子年九月
  }
  std::string_view born = born_after(s, e);
  if (born.empty()) {
    born = birth_label_before(s, i);
  }
  // (Or under 生肖: the zodiac's field given as the year, │生肖　│辛未年（屬羊）, 生肖欄寫庚寅年 —
  // set48a, set48b.)
  if (born.empty()) {
    std::string_view before = s.substr(0, i);
    while (!before.empty() && (before.back() == ' ' || before.back() == ':')) {
      before.remove_suffix(1);
    }
    for (std::string_view sep : {"│", "：", "寫", "欄"}) {
      if (before.ends_with(sep)) {
        before.remove_suffix(sep.size());
      }
      while (!before.empty() && before.back() == ' ') {
        before.remove_suffix(1);
      }
    }
    born = before.ends_with("生肖") ? "生肖" : "";
  }
  if (born.empty() && i >= 3 && util::has_at(s, i - 3, "生") &&
      (i == 3 || !util::ideograph_at(s.data() + util::prev_char(s, i - 3), s.data() + s.size()))) {
    born = "生";
  }
  // (Or after 生於: 墓主柯玉娟　生於丁丑年 — set56b's grave notice.)
  if (born.empty() && i >= 6 && util::has_at(s, i - 6, "生於") && born_on_at(s, i - 6)) {
    born = "生於";
  }
  if (!born.empty()) {
    add(out, PiiType::birth_date, i, e, 0.8f, "birth_date", "cycle-year+born", born);
  }
}

// A date of birth `m` goes on through what completes it (a temple roster's, set71a): the month
// and day after a cohort or a year of the cycle (九十五年次十月二十八, 甲申年七月十二), the hour
// glued after it (丙戌年十一月二十二日寅時), and 農曆 before a year of the cycle (農曆甲申年).
std::size_t month_day_end(std::string_view s, std::size_t p); // below
void widen_birth_date(std::string_view s, Match& m) {
  if (m.type != PiiType::birth_date) {
    return;
  }
  const std::string_view date = s.substr(m.start, m.end - m.start);
  const bool cycle = date.size() == 9 && util::stem_branch_at(s, m.start);
  if (cycle || date.ends_with("年次")) {
    if (const std::size_t e = month_day_end(s, m.end); e != std::string_view::npos) {
      m.end = static_cast<std::uint32_t>(e);
    }
  }
  if (cycle && m.start >= 6 && util::has_at(s, m.start - 6, "農曆")) {
    m.start -= 6;
  }
  // (Not 時間, 時候: 五日子時間 is no hour.)
  static constexpr util::CharSet k_branches(U"子丑寅卯辰巳午未申酉戌亥"),
      k_not_hours(U"間候期段代");
  if (m.end + 6 <= s.size() && util::has_at(s, m.end + 3, "時") &&
      k_branches.contains(util::cp3(s.data() + m.end)) &&
      (m.end + 9 > s.size() || !k_not_hours.contains(util::cp3(s.data() + m.end + 6)))) {
    m.end += 6;
  }
}

// Whether the compact date at s[i] answers a request for a birthday in its sentence: 是 right
// before it, 生日 earlier with no 。 or line break between (保險要生日，何偉是20211226 — set264b's
// kindergarten chat, a child's date of any year).
bool birthday_answered(std::string_view s, std::size_t i) {
  if (i < 3 || !util::has_at(s, i - 3, "是")) {
    return false;
  }
  const std::size_t from = i > 48 ? i - 48 : 0;
  const std::string_view before = s.substr(from, i - from);
  const std::size_t w = before.rfind("生日");
  return w != std::string_view::npos && before.find("。", w) == std::string_view::npos &&
         before.find('\n', w) == std::string_view::npos;
}

// Dates of birth: 民國74年5月3日, 74年5月3日, 1985年5月3日, 74.05.03, 074/05/03, 1985-05-03,
// 31 DEC 1996 (with a cue), and right after a label (出生日期：0740503) the compact forms.
// `bracket`: where a bracket opens right after a date of birth found (find_numbers' last pass):
// a date inside it, within 21 bytes, is the same one in another calendar.
void try_birth_date(Line& line, std::size_t i, std::vector<Match>& out,
                    std::size_t bracket = std::string_view::npos) {
  std::string_view s = line.text();
  // The era before the year is part of the date (民國74年, 西元1991年, 民56.2.14).
  const std::string_view head = s.substr(0, i);
  // (中華民國 whole: 中華民國十年七月二十一日生; 農曆 and 國曆 before the year too:
  // 農曆76年11月廿六. A Japanese era's year, or a year before the Republic's first — 民前3年,
  // 民國前五年 — may be small. Only after an ideograph: most dates follow a blank, a comma or a
  // colon; the commonest era first.)
  std::size_t start = i;
  bool small_year = false;
  if (i >= 3 && static_cast<unsigned char>(s[i - 3]) >= 0xE4) {
    if (util::ends_with(head, "民國")) {
      start = util::ends_with(head, "中華民國") ? i - 12 : i - 6;
      // (農曆 before 民國 too, the year in digits: 農曆民國89年二月十五, a temple's register —
      // set155a. A year in numerals keeps its own way: 農曆民國二十九年三月初八（庚辰年）.)
      const std::string_view era = s.substr(0, start);
      start -=
          is_digit(s[i]) && (util::ends_with(era, "農曆") || util::ends_with(era, "國曆")) ? 6 : 0;
    } else if (util::ends_with(head, "西元") || util::ends_with(head, "農曆") ||
               util::ends_with(head, "國曆")) {
      start = i - 6;
    } else if (util::ends_with(head, "民國前")) {
      start = i - 9, small_year = true;
    } else if (util::ends_with(head, "民前")) {
      start = i - 6, small_year = true;
    } else if (const std::size_t era = util::era_before(head); era != 0) {
      start = i - era, small_year = true;
    } else if (util::ends_with(head, "民")) {
      start = i - 3;
    }
  }
  // (The calendar in brackets before it: (農)17.9.7, (國曆)69年11月21日.)
  if (start > 0 && s[start - 1] == ')') {
    static constexpr std::string_view k_calendars[] = {"(農)", "(國)", "(農曆)", "(國曆)"};
    for (std::string_view cal : k_calendars) {
      if (s.substr(0, start).ends_with(cal)) {
        start -= cal.size();
        break;
      }
    }
  }
  std::size_t end = is_digit(s[i]) ? date_end(s, i, false, small_year) : std::string_view::npos;
  if (end == std::string_view::npos && is_digit(s[i]) && i >= 4 && s[i - 1] == ' ' &&
      util::is_alpha(s[i - 2] == '.' ? s[i - 3] : s[i - 2])) {
    if (const std::size_t m = month_before(s, i); m != std::string_view::npos) {
      end = month_first_date_end(s, i); // DOB Aug 21, 1949
      start = end != std::string_view::npos ? m : start;
    }
  }
  if (end == std::string_view::npos && is_digit(s[i]) && s.size() - i >= 7 &&
      (s[i + 1] == ' ' || s[i + 1] == '-' || s[i + 2] == ' ' || s[i + 2] == '-' ||
       ((s[i + 1] == '/' || s[i + 2] == '/') &&
        util::is_alpha(s[s[i + 1] == '/' ? i + 2 : i + 3])) ||
       (s[i + 2] >= 'A' && s[i + 2] <= 'Z'))) {
    end = english_date_end(s, i); // DOB: 31 DEC 1996, 12MAR58
  }
  if (end == std::string_view::npos && is_digit(s[i])) {
    end = date_end(s, i, true);
    if (end != std::string_view::npos && birth_label_before(s, i).empty() &&
        (sex_before(s, i).empty() || !date_stands_alone(s, end) ||
         !table::old_enough(s.substr(i, end - i))) &&
        (!name_before(s, i) || !date_stands_alone(s, end) ||
         !(table::old_enough(s.substr(i, end - i), 18) || kin_label_before_name(s, i))) &&
        (!id_before(s, i, end) || !date_stands_alone(s, end) ||
         !table::old_enough(s.substr(i, end - i), 1)) &&
        (!line.birth_talk() || !table::old_enough(s.substr(i, end - i))) &&
        (!id_after(s, end) || !table::old_enough(s.substr(i, end - i))) &&
        (!name_phone_before(s, i, end) || !table::old_enough(s.substr(i, end - i), 18)) &&
        born_after(s, end).empty() && !birthday_answered(s, i)) {
      return; // 74.05.03 is a date of birth after 出生日期：, 男, or a name (莫淑芳 0720916), or
              // before 生 (尤小姐（0920305生）)
    }
  }
  if (!is_digit(s[i]) && util::stem_branch_at(s, i)) {
    end = lunar_date_end(s, i); // with its month and day, and a cue below
    if (end == std::string_view::npos) {
      stem_branch_year(s, i, out);
      return;
    }
  }
  if (end == std::string_view::npos && is_digit(s[i])) {
    const std::size_t run = digits_end(s, i);
    // Six digits right after a birth label (生日 760314, <td>生日</td><td>760314): YYMMDD.
    // (Or glued to 出生 or 生日 before it, or 生 after it: 出生680726，住…, 民眾仉振興，470813生
    // — set306a's customs memos.)
    const bool glued = i >= 6 && (util::has_at(s, i - 6, "出生") || util::has_at(s, i - 6, "生日"));
    if (run == i + 6 && i > 0 &&
        (s[i - 1] == ' ' || s[i - 1] == ':' || s[i - 1] == '>' || glued ||
         util::has_at(s, run, "生，") || util::has_at(s, run, "生,")) &&
        (run == s.size() || !is_alnum(s[run]))) {
      const int month = value_of(s, i + 2, i + 4), day = value_of(s, i + 4, i + 6);
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31 &&
          (glued || !birth_label_before(s, i).empty() || !born_after(s, run).empty())) {
        end = run;
      }
    }
    if (end == std::string_view::npos && !util::has_at(s, run, "年")) {
      return; // most digit runs: no date at all (a phone, an ID, an amount)
    }
  }
  if (end == std::string_view::npos) {
    // 七十四年五月三日, 民國40年出生, (1938年生), 46年次: a year, a month or a cohort alone is
    // a date of birth only with 生 right after it, 生於 right before it (or 年次).
    const YearDate d = year_date(s, i);
    // (Not 第N年次, nor an unnamed person's in a press release: 一名40年次的嚴姓婦人 — set63a.)
    if (d.end == std::string_view::npos ||
        (d.cohort && i > 0 &&
         (util::ends_with(s.substr(0, i), "第") || util::ends_with(s.substr(0, start), "一名") ||
          util::ends_with(s.substr(0, start), "1名")))) {
      return;
    }
    // 民國三十一年農曆七月初九, 四十八年正月初五: a day of the lunar calendar.
    if (const std::size_t lunar =
            !d.cohort && d.parts < 3 ? lunar_date_end(s, i) : std::string_view::npos;
        lunar != std::string_view::npos) {
      end = lunar;
    } else if (d.cohort || d.parts < 3) {
      if (!partial_birth_ok(s, start, d, small_year)) {
        return;
      }
      std::string_view born = d.cohort ? "年次" : born_after(s, d.end);
      if (born.empty() && util::ends_with(s.substr(0, start), "生於") && born_on_at(s, start - 6)) {
        born = "生於"; // 先父何柏均生於民國十五年八月
      }
      if (born.empty() && !d.cohort) {
        born = birth_label_before(s, start); // 出生年月日：民國27年6月, 生年：六十八年五月
      }
      // (A year and month standing alone right after a name, an adult's: 康建宏  民國77年3月
      // among 出席人員, <li>李金龍　民國81年3月</li> — set204a's attendance and members' lists;
      // as a whole date there, below. Blanks between, no field: 蘇罔市　民國前二年　民國73年3月
      // is a burial's; nor a day masked after it: 民國064年06月○○日.)
      // (Or a tab before it: 2⇥鄧玲芳⇥民國59年7月⇥(0924)352635 — set295b's class roster.)
      if (born.empty() && !d.cohort && d.parts == 2 && util::has_at(s, start, "民國") &&
          start >= 1 &&
          (s[start - 1] == ' ' || s[start - 1] == '\t' || util::has_at(s, start - 3, "　")) &&
          name_ending_at(s, before_separator(s, start)) != std::string_view::npos &&
          date_stands_alone(s, d.end) && !util::has_at(s, d.end, "○") &&
          table::old_enough(std::to_string(d.year) + "年", 18)) {
        born = "姓名";
      }
      // (The same year in brackets after a cycle year's 生: 丁丑年生（民國26年） — set111a; the
      // cycle's year must be this one, 1937 = 26 + 1911.)
      if (born.empty() && start >= 13 && s[start - 1] == '(' && util::has_at(s, start - 4, "生") &&
          util::has_at(s, start - 7, "年") && util::stem_branch_at(s, start - 13) &&
          d.end < s.size() && s[d.end] == ')' && d.year >= 1) {
        static constexpr std::u32string_view k_stems = U"甲乙丙丁戊己庚辛壬癸";
        static constexpr std::u32string_view k_branches = U"子丑寅卯辰巳午未申酉戌亥";
        const int western = d.year + (util::has_at(s, start, "民國") || d.year < 200 ? 1911 : 0);
        if (k_stems[static_cast<std::size_t>((western - 4) % 10)] ==
                util::cp3(s.data() + start - 13) &&
            k_branches[static_cast<std::size_t>((western - 4) % 12)] ==
                util::cp3(s.data() + start - 10)) {
          born = "生";
        }
      }
      // A person's year, as people tell their age: 我媽民國47年的 今年66了, 甘玉梅，民國廿五年
      // 的，耳朵… — 民國, a year alone, 的 and a clause's end (not 民國九十八年的事了, 110年的
      // 颱風), twenty years back at least. (Digits only open a window so: candidates.cpp.)
      // (Or 的人: 她說她是民國57年的人 — set114b.)
      if (born.empty() && !d.cohort && d.parts == 1 && util::has_at(s, start, "民國") &&
          util::has_at(s, d.end, "的") && d.year >= 10 && d.year <= 93 &&
          (d.end + 3 >= s.size() || s[d.end + 3] == ' ' || s[d.end + 3] == '\r' ||
           one_of_those_born(s, start, d.end) || s[d.end + 3] == '\n' || s[d.end + 3] == ',' ||
           util::has_at(s, d.end + 3, "，") || util::has_at(s, d.end + 3, "。"))) {
        // (Not a thing's year: 我的房子是民國七十二年的 — set37b.)
        std::string_view clause = s.substr(0, start);
        const std::size_t cut =
            std::max(clause.rfind("，") == std::string_view::npos ? 0 : clause.rfind("，") + 3,
                     clause.rfind('\n') == std::string_view::npos ? 0 : clause.rfind('\n') + 1);
        clause.remove_prefix(std::min(cut, clause.size()));
        static constexpr util::CharSet k_things(U"房屋車樓建蓋店廟橋路校廠船機");
        bool thing = false;
        for (std::size_t k = 0; !thing && k + 3 <= clause.size(); ++k) {
          thing = static_cast<unsigned char>(clause[k]) >= 0xE0 &&
                  k_things.contains(clause.substr(k, 3));
        }
        born = thing ? "" : "的";
      }
      // (The year's stem and branch after it: 生年：民國三十九年庚寅.)
      const std::size_t e =
          !d.cohort && d.parts == 1 && util::stem_branch_at(s, d.end) ? d.end + 6 : d.end;
      // (Not a bound: 若相對人出生於民國40年以前, 民國六十年以後出生者; nor a decade: 出生於
      // 民國六十年代.)
      if (!born.empty() && !bound_after(s, e, true) &&
          !(d.parts == 1 && util::has_at(s, e, "代"))) {
        add(out, PiiType::birth_date, start, e, d.cohort ? 0.8f : 0.85f, "birth_date",
            d.cohort ? "cohort" : "year+born", born);
      }
      return;
    } else {
      end = d.end;
    }
  }
  // Every birth cue word holds 生 or is English (DOB, Birth): dates in prose mostly have
  // neither close before them, and then the cue words need not be looked up.
  std::size_t lo = start > 36 ? start - 36 : 0;
  std::string_view before = s.substr(lo, start - lo);
  bool maybe = util::find_char3(before, 0, "生") != std::string_view::npos ||
               std::any_of(before.begin(), before.end(), util::is_alpha);
  std::string_view cue = maybe ? line.cue_near(start, end, CueClass::birth, true, 36, 0) : "";
  if (cue == "生於") {
    const std::size_t at = s.substr(lo, start - lo).rfind("生於");
    if (at != std::string_view::npos && !born_on_at(s, lo + at)) {
      cue = "";
    }
  }
  // (生在 right before it as 生於, not 發生在: 她孫子生在2019年5月20日 — set94b.)
  if (cue.empty() && start >= 6 && util::has_at(s, start - 6, "生在") && born_on_at(s, start - 6)) {
    cue = "生於";
  }
  // (Not a cue of the sentence before: 出生年屬個人資料。製表：113.11.01.)
  if (!cue.empty()) {
    const std::string_view near = s.substr(lo, start - lo);
    const std::size_t at = near.rfind(cue);
    if (at != std::string_view::npos && near.find("。", at) != std::string_view::npos) {
      cue = "";
    }
    // (Nor another date's, right after it, when a word follows this one: 小孩98年4月26日出生，
    // 今年國三，去年113年7月4日在補習班繳費 — set194b's petition; but 麗華是103.09.03出生的，阿滿
    // 是105.02.17， — set197b — tells two births.)
    if (at != std::string_view::npos && lo + at >= 3 &&
        (util::has_at(s, lo + at - 3, "日") || is_digit(s[lo + at - 1])) &&
        !date_stands_alone(s, end)) {
      cue = "";
    }
    // (Nor the cue of a date right after it, this one later: 生日４５．０７．３１）已於
    // １１４．０５．３０繳清 — set300b's toll notices.)
    if (!cue.empty() && at != std::string_view::npos) {
      std::size_t c = lo + at + cue.size();
      c = util::skip_blanks(s, c < s.size() && s[c] == ':' ? c + 1
                               : util::has_at(s, c, "：")  ? c + 3
                                                           : c);
      if (c < start && c < s.size() && is_digit(s[c]) && c + 2 < start &&
          s.substr(c, start - c).find(')') != std::string_view::npos) {
        cue = "";
      }
    }
  }
  // (Nor of a death told after the birth: 民國卅年元月出生，已於113年2月8日過世 — set51b.)
  if (!cue.empty() && death_after(s, end)) {
    cue = "";
  }
  if (cue.empty()) {
    cue = born_after(s, end); // 民國74年5月3日生, 於1970年3月21日出生; not 自110.11.10生效
  }
  if (cue.empty()) {
    cue = birth_label_before(s, start); // 生　　日：９７．１１．０２
  }
  // (Not any age when an ID stands between: a payroll's rows hold name, ID and hire date — set8.)
  // (Or a child's, five years back at least, when the brackets after the name hold the date
  // alone: 謝俊傑（１０２．０５．０６）, <li>朱秉澄（102.05.18）</li> — 31 of 35 such dates in
  // sets 1-148 are dates of birth; the others this year's.)
  // (In Chinese numerals too, and after a Latin name of two words: 4. 易麗華（民國一〇一年三月
  // 十一日）, 1. Anna Schmidt（99/9/22） — set209b's exam notice.)
  const bool bracketed =
      start >= 1 && s[start - 1] == '(' && end < s.size() && s[end] == ')' &&
      (is_digit(s[i]) ? table::old_enough(s.substr(start, end - start), 5)
                      : year_date(s, i).year > 0 &&
                            table::old_enough(std::to_string(year_date(s, i).year) + "年", 5));
  if (cue.empty() && bracketed && latin_name_before(s, start - 1)) {
    cue = "姓名";
  }
  // (Or a list's Latin name of two words and a comma: 3. Laura Fischer，二〇〇二年三月六日，慕道班
  // 結業 — set219a's baptism minutes.)
  if (cue.empty() &&
      (name_before(s, start) ||
       (start >= 3 && util::has_at(s, start - 3, "，") && latin_name_before(s, start - 3)) ||
       (start >= 1 && s[start - 1] == ' ' &&
        latin_name_before(s, util::skip_blanks_back(s, start)))) &&
      date_stands_alone(s, end) &&
      (adult_date(s, start, i, end) || kin_label_before_name(s, start) || bracketed ||
       multiples_after(s, end))) {
    cue = "姓名"; // 尹政勳，068/06/14，: an adult's date of birth after the name
    // The name is one too, whatever the name rules made of it: 6) 白天賜 60年3月21日 F278113432
    // (白天 a word), 5.巫銀河 46.3.19 — set297b's lists.
    // (A list item's: its number and a dot or a bracket open the line, the name right after
    // them and right before the date.)
    const std::size_t b = before_separator(s, start);
    if (const std::size_t n = name_ending_at(s, b); n != std::string_view::npos && s[b] != ',') {
      std::size_t k = util::skip_blanks_back(s, n);
      const bool mark =
          k > 0 && (s[k - 1] == '.' || s[k - 1] == ')' || util::has_at(s, k - 3, "、"));
      k -= !mark ? 0 : s[k - 1] == '.' || s[k - 1] == ')' ? 1 : 3;
      std::size_t d = k;
      while (d > 0 && util::is_digit(s[d - 1]) && k - d < 3) {
        --d;
      }
      if (mark && d < k && util::skip_blanks_back(s, d) == 0) {
        add(out, PiiType::person_name, n, b, 0.7f, "person_name", "list+birth", "出生");
      }
    }
  }
  // The same date in another calendar, in brackets after a date of birth (昭和16年3月8日（戶籍
  // 登載民國三十年三月八日）, 1951/1/5（民國40年）).
  if (cue.empty() && bracket != std::string_view::npos && bracket <= start &&
      start - bracket <= 21 &&
      s.substr(bracket, start - bracket).find(')') == std::string_view::npos) {
    cue = "出生";
  }
  // (In Chinese numerals too, its year read as such: E284482456　民國四十年八月一日 — set43b.)
  auto chinese_old_enough = [&] {
    if (is_digit(s[i])) {
      return false;
    }
    const YearDate yd = year_date(s, i);
    return yd.year >= 1 && table::old_enough(std::to_string(yd.year), 1); // (an ROC year)
  };
  // A whole date as people tell a birth: 他媽媽柳金華是八十九年十一月十八日的 — 是 before it,
  // 的 and a clause's end after it, ten years back at least (set247a's chats; the year alone
  // is read above).
  if (cue.empty() && start >= 3 && util::has_at(s, start - 3, "是") && util::has_at(s, end, "的") &&
      (end + 3 >= s.size() || s[end + 3] == '\r' || s[end + 3] == '\n' || s[end + 3] == ' ' ||
       util::has_at(s, end + 3, "，") || util::has_at(s, end + 3, "。") ||
       util::has_at(s, end + 3, "！")) &&
      (is_digit(s[i]) ? table::old_enough(s.substr(i, end - i)) : chinese_old_enough())) {
    cue = "生";
  }
  // (A list's line of a name, a phone and an adult's date: 2. 宋筱豪 +886-960-132-615 2005/7/7.)
  if (cue.empty() && name_phone_before(s, start, end) &&
      table::old_enough(s.substr(start, end - start), 18)) {
    cue = "姓名";
  }
  if (cue.empty() && id_before(s, start, end) && date_stands_alone(s, end) &&
      (table::old_enough(s.substr(start, end - start), 1) || chinese_old_enough())) {
    cue = "身分證"; // E233155491 104/4/2: the date right after a person's ID
  }
  // (Or before it, blanks between, ten years back at least: a roster's row — not a migrant
  // worker's arrival, 越南　111.08.15　TC25559405, set5.)
  if (cue.empty() && id_after(s, end) &&
      (table::old_enough(s.substr(start, end - start)) || chinese_old_enough())) {
    cue = "身分證";
  }
  if (cue.empty()) {
    cue = id_document_date(s, start); // 身分證上寫的「二十六年三月十八日」, after a birth told
  }
  if (cue.empty()) {
    cue = birth_row_label(s, start); // │出生日期　│民國78年3月9日　│080.11.23　│
  }
  // A chat's message after talk of a birth: a date ten years back at least answers the form's
  // date of birth (大哥你報名表出生日期寫錯啦 ⏎ 08:12 阿滿 像我就寫 民國39年元月17日), unless
  // the message gives it as an example (寫057/06/30這種格式就好).
  if (cue.empty() && line.birth_talk() &&
      (small_year ||
       (is_digit(s[i]) ? table::old_enough(s.substr(i, end - i)) : chinese_old_enough())) &&
      !death_after(s, end)) {
    bool example = false;
    for (std::string_view w : {"例如", "範例", "格式", "舉例", "像這樣"}) {
      example = example || s.find(w) != std::string_view::npos;
    }
    cue = example ? "" : "生日";
  }
  // An age, then the date in brackets: the birth that makes it (剛滿二十歲（2004.03.18）— set40b).
  if (cue.empty() && start >= 4 && s[start - 1] == '(' && util::has_at(s, start - 4, "歲") &&
      end < s.size() && s[end] == ')') {
    cue = "歲";
  }
  // Or an age in digits, a blank, then a date standing alone, ten years back at least: a roster
  // row's age and date of birth (1 莊佩傑 26歲 84.06.09  消防組 — set177a's fireworks crew).
  if (cue.empty() && start >= 5 && s[start - 1] == ' ' && util::has_at(s, start - 4, "歲") &&
      is_digit(s[start - 5]) && is_digit(s[i]) && date_stands_alone(s, end) &&
      table::old_enough(s.substr(start, end - start))) {
    cue = "歲";
  }
  // Or the age after the date, blanks between (age_after): whatever the year, a child's too.
  if (cue.empty() && is_digit(s[i]) && age_after(s, start, end)) {
    cue = "歲";
  }
  // A person and 是, then a date alone, as a chat answers for a form (他是1954/10/02 我也要簽):
  // an adult's date. (Not 我是113年5月3日申請的: a word follows.)
  if (cue.empty() && start >= 6 && util::has_at(s, start - 3, "是") &&
      names::is_one_of(s.substr(start - 6, 3), {"他", "她", "我", "妳", "你", "您"}) &&
      date_stands_alone(s, end) && table::old_enough(s.substr(start, end - start))) {
    cue = "是";
  }
  if (cue.empty()) {
    cue = sex_before(s, start); // a date ten years back after 男 or 女: no appointment
    if (!cue.empty() &&
        (!date_stands_alone(s, end) || !table::old_enough(s.substr(start, end - start)))) {
      cue = "";
    }
  }
  // 事故發生日期：27/02/2024 holds 生日 but is the date of an accident; 環境衛生年報，統計至
  // 112年12月31日 holds 生年 (set64a); 學生年級 too; 往生日期 is a death's (set106a). 生年齡 and
  // 生年紀 are an age's: 考生年齡以113年7月1日計算 is the rule's date (set254b).
  if (cue == "生日" || cue == "生年") {
    static constexpr util::CharSet k_words_ending_sheng(U"發衛學往考");
    const std::size_t at = s.substr(0, start).rfind(cue);
    if (at != std::string_view::npos &&
        ((at >= 3 && k_words_ending_sheng.contains(s.substr(at - 3, 3))) ||
         util::has_at(s, at + 6, "齡") || util::has_at(s, at + 6, "紀") ||
         util::animal_before(s, at))) { // (犬隻生日： a pet's — set153b)
      cue = "";
    }
  }
  // A range of dates is a group's, not a person's (幼兒出生日期110年9月2日至111年9月1日): a
  // range word right after the date, or right before it after a date's end (a digit or 日); one
  // blank may stand on each side of the word (週報（112/12/28 至 113/01/03） — set255b).
  auto range_word = [&](std::size_t at) -> std::size_t {
    if (at < s.size() && s[at] == '~') {
      return 1;
    }
    return util::has_at(s, at, "至") || util::has_at(s, at, "到") || util::has_at(s, at, "～") ? 3
                                                                                               : 0;
  };
  constexpr std::size_t none = std::string_view::npos;
  const std::size_t word_at = start >= 1 && s[start - 1] == ' ' ? start - 1 : start;
  std::size_t range_before = word_at >= 3 && range_word(word_at - 3) == 3   ? word_at - 3
                             : word_at >= 1 && range_word(word_at - 1) == 1 ? word_at - 1
                                                                            : none;
  if (range_before != none && range_before >= 1 && s[range_before - 1] == ' ') {
    --range_before;
  }
  // (Or a bound: 112年9月2日以後出生者, a rule's, not a birth.)
  if (range_word(end) != 0 || (end + 1 < s.size() && s[end] == ' ' && range_word(end + 1) != 0) ||
      bound_after(s, end, false) ||
      (range_before != none && range_before >= 3 &&
       (util::is_digit(s[range_before - 1]) || util::has_at(s, range_before - 3, "日")))) {
    cue = "";
  }
  // (Nor the day an age is reached, 須於113年7月1日年滿65歲 — set69a's guide; nor those born on
  // a day, a rule's group: 1959-12-31出生者，於2024-12-31年滿.)
  // (Nor a day a record is kept until: 建議僅保存至114年12月31日 — set85a; nor the date of death
  // after its mark, in a birth row too: 生日 022年05月28日　歿：113年7月25日 — set107b.)
  if (!cue.empty() &&
      ((start >= 3 && util::has_at(s, start - 3, "至")) || death_before(s, start))) {
    cue = "";
  }
  if (!cue.empty() && (util::has_at(s, end, "年滿") || util::has_at(s, end, "滿65") ||
                       util::has_at(s, end, "滿六十五") || util::has_at(s, end, "出生者") ||
                       util::has_at(s, end, "生者"))) {
    cue = "";
  }
  // The form's own date written into its birth field, told as a mistake (出生日期誤植為113.03.05
  // （為填表日）, 生日填成申請日「113年3月10日」 — sets 64a, 65b): no one's birth. Only a date of
  // these three years: one a day off is still the person's (set65a).
  // (Of any year where the line gave the right date before the mistake: 正確是1990/2/5（表單上
  // 誤植為1985/12/31） — set86b; not the right one after it, 印成2003/7/9（正確是2003/7/19）.)
  static constexpr std::string_view k_mistakes[] = {"誤植", "誤填", "誤寫", "填成",
                                                    "寫成", "印成", "打成", "誤為"};
  static constexpr std::string_view k_rights[] = {"正確", "應為"};
  // (確 or 應 first, one SIMD search each: searching for the words before every date with a cue
  // cost 18 % of the dense bench.)
  if (const std::string_view line_before =
          s.substr(start > 90 ? start - 90 : 0, std::min<std::size_t>(start, 90));
      !cue.empty() && (util::find_char3(line_before, 0, "確") != std::string_view::npos ||
                       util::find_char3(line_before, 0, "應") != std::string_view::npos)) {
    // The last of the words in it (npos + 1 == 0: none).
    auto last = [&](std::span<const std::string_view> words) {
      std::size_t at = 0;
      for (std::string_view w : words) {
        at = std::max(at, line_before.rfind(w) + 1);
      }
      return at;
    };
    const std::size_t mistake = last(k_mistakes), right = last(k_rights);
    if (right != 0 && mistake > right && line_before.size() + 1 - mistake <= 30) {
      cue = "";
    }
  }
  if (!cue.empty() && is_digit(s[i]) && !table::old_enough(s.substr(i, end - i), 3)) {
    const std::string_view lead = s.substr(start > 30 ? start - 30 : 0, start > 30 ? 30 : start);
    const std::string_view tail = s.substr(end, 30);
    for (std::string_view w : k_mistakes) {
      cue = lead.find(w) != std::string_view::npos ? "" : cue;
    }
    for (std::string_view w : {"填表日", "申請日", "送件日", "受理日", "收件日"}) {
      cue = tail.find(w) != std::string_view::npos ? "" : cue;
    }
  }
  if (!cue.empty()) {
    add(out, PiiType::birth_date, start, end, 0.9f, "birth_date", "date+cue", cue);
  }
}

// Luhn check over the digits of [a, b).
bool luhn_ok(std::string_view s, std::size_t a, std::size_t b) {
  int sum = 0;
  bool twice = false;
  for (std::size_t i = b; i-- > a;) {
    if (!is_digit(s[i])) {
      continue;
    }
    int d = s[i] - '0';
    if (twice) {
      d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    }
    sum += d;
    twice = !twice;
  }
  return sum % 10 == 0;
}

// Card brand prefixes: Visa 4, Mastercard 51-55 and 2221-2720, Amex 34/37, JCB 35,
// Discover 6011/65, UnionPay 62.
bool card_prefix(std::string_view s, std::size_t a) {
  int two = (s[a] - '0') * 10 + (s[a + 1] - '0');
  return s[a] == '4' || (two >= 51 && two <= 55) || (two >= 22 && two <= 27) || two == 34 ||
         two == 37 || two == 35 || two == 60 || two == 65 || two == 62;
}

// The 2023 business-number rule: digit sums of the weighted digits divisible by 5 (or, when
// the 7th digit is 7, that sum plus one).
bool business_id_ok(std::string_view d) {
  static constexpr int k_weights[8] = {1, 2, 1, 2, 1, 2, 4, 1};
  int sum = 0;
  for (int k = 0; k < 8; ++k) {
    int p = (d[static_cast<std::size_t>(k)] - '0') * k_weights[k];
    sum += p / 10 + p % 10;
  }
  return sum % 5 == 0 || (d[6] == '7' && (sum + 1) % 5 == 0);
}

// Licence plates: two blocks joined by '-', at least one letter, shapes of the 7th and 8th
// generations (reference §4.5).
bool plate_shape(std::string_view a, std::string_view b) {
  auto letters = [](std::string_view x) {
    int n = 0;
    for (char c : x) {
      n += is_alpha(c);
    }
    return n;
  };
  int la = letters(a), lb = letters(b);
  if (la + lb == 0 || a.size() < 2 || b.size() < 2 || a.size() > 4 || b.size() > 4) {
    return false;
  }
  if (lb == 0 && b.size() >= 3) {
    return a.size() >= 2 && a.size() <= 3 && la >= 1; // ABC-1234, AB-123, A1-1234
  }
  if (la == 0 && a.size() == 4) {
    return b.size() == 2 && lb >= 1; // 1234-AB, 1234-A1
  }
  return a.size() <= 3 && b.size() <= 3; // 3-3, 2-3, 3-2, 2-2 blocks with a letter
}
} // namespace

namespace {
// The Western year of the date of birth s[start, end) (民國17年…, 昭和10年, 1935年, 二十四年), or
// 0 when it holds none that can be read.
int western_year(std::string_view s, std::size_t start, std::size_t end) {
  std::size_t p = start;
  int offset = 0;
  for (const auto& [era, first] : {std::pair<std::string_view, int>{"民國", 1911},
                                   {"西元", 0},
                                   {"昭和", 1925},
                                   {"大正", 1911},
                                   {"明治", 1867},
                                   {"平成", 1988},
                                   {"令和", 2018}}) {
    if (util::has_at(s, p, era)) {
      p += era.size();
      offset = first;
      break;
    }
  }
  int year = 0;
  // (An English date's year is its four digits: June 3, 2003 — set73b.)
  if (p < end && util::is_alpha(s[p])) {
    for (std::size_t q = p; q + 4 <= end; ++q) {
      if (is_digit(s[q]) && digits_end(s, q) - q == 4) {
        return value_of(s, q, q + 4);
      }
      q = is_digit(s[q]) ? digits_end(s, q) : q;
    }
    return 0;
  }
  if (p >= end || number_end(s, p, !is_digit(s[p]), &year) == p || year < 1) {
    return 0;
  }
  if (offset == 0 && year <= 150) {
    offset = 1911; // (an ROC year without 民國)
  }
  return year >= 1000 ? year : year + offset;
}

// Whether the year of the sexagenary cycle at s[at] (戊辰) is `year`'s (1928).
bool cycle_of(std::string_view s, std::size_t at, int year) {
  static constexpr std::u32string_view stems = U"甲乙丙丁戊己庚辛壬癸",
                                       branches = U"子丑寅卯辰巳午未申酉戌亥";
  const int k = ((year - 4) % 60 + 60) % 60;
  return util::cp3(s.data() + at) == stems[k % 10] &&
         util::cp3(s.data() + at + 3) == branches[k % 12];
}
} // namespace

void find_numbers(Line& line, TypeSet types, std::vector<Match>& out) {
  std::string_view s = line.text();
  const std::size_t n = s.size();
  if (types.contains(PiiType::birth_date)) {
    // Years in Chinese numerals: from each 年 back to the year's first numeral.
    for (std::size_t at = util::find_char3(s, 0, "年"); at != std::string_view::npos;
         at = util::find_char3(s, at + 3, "年")) {
      std::size_t y = at;
      // (Each step back lands on a character's start: three bytes across two characters can
      // decode as a numeral — 故-月, 哀G七 — and a finding must not start inside a character.)
      while (y >= 3 && at - y < 15) {
        const bool start = !util::is_continuation(s[y - 3]);
        if (start && (util::is_date_numeral(util::cp3(s.data() + y - 3)) ||
                      (y >= 6 && util::cp3(s.data() + y - 3) == U'○'))) {
          y -= 3;
        } else if (std::size_t z = y; s[y - 1] == '0') {
          while (z > 0 && s[z - 1] == '0') {
            --z;
          }
          if (z < 3 || util::is_continuation(s[z - 3]) ||
              !util::is_chinese_numeral(util::cp3(s.data() + z - 3))) {
            break;
          }
          y = z; // 民國七0年, 一00年: zeros typed as digits among the numerals
        } else {
          break;
        }
      }
      while (y < at && util::cp3(s.data() + y) == U'○') {
        y += 3; // a numeral first (○○年 is a masked year)
      }
      if (y == at && at >= 6 && util::stem_branch_at(s, at - 6)) {
        y = at - 6; // 壬戌年四月三十: a year of the sexagenary cycle (a temple's 生辰)
      }
      if (y != at) {
        try_birth_date(line, y, out);
      }
    }
  }
  for (std::size_t i = next_digit(s, 0); i < n; i = next_digit(s, i)) {
    std::size_t run_end = digits_end(s, i);
    if (types.contains(PiiType::birth_date)) {
      try_birth_date(line, i, out);
      // A month and a day with no year next to 生日 (生日：3/21、11/2): asked of the digit runs
      // that may start one, not by a pass over the window (find_month_days, for text read
      // thoroughly, does that pass and the dates in Chinese numerals).
      if (run_end - i <= 2 && run_end < n &&
          (s[run_end] == '/' || util::has_at(s, run_end, "月")) &&
          (i == 0 ||
           (!is_digit(s[i - 1]) && s[i - 1] != '/' && s[i - 1] != '.' &&
            // (after a year's 年, not 每年, 今年: 媽媽每年3月21日生日那天 — set86b)
            !(i >= 3 && util::has_at(s, i - 3, "年") &&
              !(i >= 6 && (util::has_at(s, i - 6, "每") || util::has_at(s, i - 6, "今") ||
                           util::has_at(s, i - 6, "去") || util::has_at(s, i - 6, "明"))))))) {
        const std::size_t e = month_day_end(s, i);
        // 生日 close by (7 after: 4/27 生日), or 壽星 or 生日 anywhere before a list of them, in
        // brackets after each name (本季壽星：萬福（9/14）、…; 生日的寶貝有：禹安（12/27）、
        // 冠宇（12/20）…; not 壽星慶生會9/14舉行).
        const bool listed =
            i >= 4 && s[i - 1] == '(' && util::ideograph_at(s.data() + i - 4, s.data() + s.size());
        std::string_view cue = e == std::string_view::npos ? std::string_view()
                               : line.cue_near(i, e, CueClass::birth, true, 24, 7) == "生日"
                                   ? std::string_view("生日")
                               : listed ? line.cue_near(i, e, CueClass::birth, true, i, 0)
                                        : std::string_view();
        // (Or a birth label right before it: 姓名：莊淑芬　出生：１２月５日 — set214b's duty card.)
        if (cue.empty() && e != std::string_view::npos && !birth_label_before(s, i).empty()) {
          cue = "生日";
        }
        // (Or 壽星 right before it, perhaps with a colon: 生日包場（壽星11/30） — set84b.)
        if (cue.empty() && e != std::string_view::npos) {
          const std::string_view before = s.substr(0, i);
          for (std::string_view w : {"壽星", "壽星：", "壽星:", "壽星 "}) {
            cue = before.ends_with(w) ? std::string_view("壽星") : cue;
          }
        }
        // (Not the day a correction says it is not: 生日是11/3不是11/13 — set95b.)
        if ((cue != "生日" && cue != "壽星") || (i >= 6 && util::has_at(s, i - 6, "不是"))) {
          cue = {};
        }
        // (Nor a column's note in a fixed-width header, the cue another column's name: No  學員
        // 生日  電話  出席(11/5-11/28) — set207a's attendance sheet.)
        if (listed && !cue.empty()) {
          const std::size_t at = s.substr(0, i).rfind(cue);
          const std::string_view between =
              at == std::string_view::npos ? std::string_view() : s.substr(at, i - at);
          if (between.find("  ") != std::string_view::npos ||
              between.find('\t') != std::string_view::npos) {
            cue = {};
          }
        }
        // (Not the date of the party: 生日會（12/5）, 生日趴(12/5).)
        static constexpr std::string_view k_parties[] = {"會(", "宴(", "趴(", "對("};
        for (std::string_view party : k_parties) {
          if (listed && !cue.empty() && s.substr(0, i).ends_with(party)) {
            cue = {};
          }
        }
        // (Or whose birthday it is right after it, whose_birthday: a greeting before it then
        // says nothing against it.)
        const bool whose = e != std::string_view::npos && whose_birthday(s, e);
        if (whose) {
          cue = "生日";
        }
        // (Nor a rule's bound: 生日在12月31日以前者以當年度計算 — set64b.)
        if (!cue.empty() && !bound_after(s, e, false) &&
            (whose || s.substr(i >= 24 ? i - 24 : 0, std::min<std::size_t>(i, 24) + (e - i) + 12)
                              .find("生日快樂") == std::string_view::npos)) { // (before or after)
          add(out, PiiType::birth_date, i, e, 0.7f, "birth_date", "month-day+label", cue);
        }
      }
    }
    // A Western year alone in brackets after a year of birth in another era (昭和六十三年生
    // （1988）, 生於日本大正十年（1921） — set100a): the same year again.
    if (types.contains(PiiType::birth_date) && run_end - i == 4 && i >= 7 && s[i - 1] == '(' &&
        run_end < n && s[run_end] == ')' && (s[i] == '1' || s[i] == '2')) {
      const std::string_view before = s.substr(0, i - 1);
      const int year = value_of(s, i, run_end);
      const std::size_t from = before.size() >= 30 ? before.size() - 30 : 0;
      if (year >= 1890 && year <= 2100 && // (the words before make it a birth year)
          (before.ends_with("年生") ||
           (before.ends_with("年") &&
            before.substr(from).find("生於") != std::string_view::npos))) {
        add(out, PiiType::birth_date, i, run_end, 0.8f, "birth_date", "year+born", "生");
      }
    }
    // An English month and a day, no year, right after 生日 (我的生日 May 3 要請大家 — set111a's
    // chat): the month's name opens the date.
    if (types.contains(PiiType::birth_date) && run_end - i <= 2 && i >= 4 && s[i - 1] == ' ' &&
        util::is_alpha(s[i - 2]) && (run_end >= n || !util::is_alnum(s[run_end])) &&
        !(run_end + 1 < n && s[run_end] == ',')) {
      if (const std::size_t m = month_before(s, i); m != std::string_view::npos) {
        const int day = value_of(s, i, run_end);
        const std::string_view before = s.substr(0, util::skip_blanks_back(s, m));
        if (day >= 1 && day <= 31 &&
            (before.ends_with("生日") || before.ends_with("生日:") || before.ends_with("生日是"))) {
          add(out, PiiType::birth_date, m, run_end, 0.7f, "birth_date", "month-day+label", "生日");
        }
      }
    }
    // Letters and digits around the run: 2 letters + 14 digits is a citizen certificate.
    std::size_t a = i, e = run_end;
    while (a > 0 && is_alnum(s[a - 1])) {
      --a;
    }
    while (e < n && is_alnum(s[e])) {
      ++e;
    }
    if (types.contains(PiiType::citizen_cert) && e - a == 16 && is_alpha(s[a]) &&
        is_alpha(s[a + 1]) && i == a + 2 && run_end == e) {
      std::string_view cue = line.cue_near(a, e, CueClass::cert, true);
      add(out, PiiType::citizen_cert, a, e, cue.empty() ? 0.6f : 0.9f, "citizen_cert",
          cue.empty() ? "shape" : "shape+cue", cue);
    }
    if (types.contains(PiiType::license_plate)) {
      // The letter-digit block before or after a single '-'.
      std::size_t b1 = a, b1e = e;
      if (a == i && a >= 2 && s[a - 1] == '-' && is_alnum(s[a - 2])) {
        b1e = a - 1;
        for (b1 = b1e; b1 > 0 && is_alnum(s[b1 - 1]); --b1) {
        }
      }
      if (b1e < n && s[b1e] == '-' && b1e + 1 < n && is_alnum(s[b1e + 1])) {
        std::size_t b2 = b1e + 1, b2e = b2;
        while (b2e < n && is_alnum(s[b2e])) {
          ++b2e;
        }
        bool more = b2e < n && s[b2e] == '-';
        if (!more && (b1 == 0 || (s[b1 - 1] != '-' && !is_alnum(s[b1 - 1]))) &&
            plate_shape(s.substr(b1, b1e - b1), s.substr(b2, b2e - b2))) {
          std::string_view cue = line.cue_near(b1, b2e, CueClass::plate, true);
          if (!cue.empty()) {
            add(out, PiiType::license_plate, b1, b2e, 0.85f, "license_plate", "shape+cue", cue);
          }
        }
      }
    }
    if (run_end != e || a != i) {
      i = e; // digits glued to letters: none of the purely numeric kinds below
      continue;
    }
    Groups g = digit_groups(s, i, " -");
    if (!bounded(s, g.start, g.end) ||
        (util::ends_with(s.substr(0, i), "第") && util::starts_with(s.substr(g.end), "號"))) {
      i = g.end; // 第1100012345號: a document or case number
      continue;
    }
    if (g.count == 1 && g.digits == 9 && types.contains(PiiType::passport)) {
      std::string_view cue = line.cue_near(i, g.end, CueClass::passport, true);
      if (!cue.empty()) {
        add(out, PiiType::passport, i, g.end, 0.85f, "passport", "digits+cue", cue);
      }
    }
    if (g.digits == 12 && (g.count == 1 || g.uniform4) && types.contains(PiiType::nhi_card)) {
      std::string_view cue = line.cue_near(i, g.end, CueClass::nhi, true);
      if (!cue.empty()) {
        add(out, PiiType::nhi_card, i, g.end, 0.85f, "nhi_card", "digits+cue", cue);
      }
    }
    if (g.count == 1 && g.digits == 8 && types.contains(PiiType::business_id) &&
        business_id_ok(s.substr(i, 8))) {
      std::string_view cue = line.cue_near(i, g.end, CueClass::business, true);
      std::string_view sole = line.cue_near(i, g.end, CueClass::sole, true, 90, 60);
      if (!cue.empty() && !sole.empty()) {
        add(out, PiiType::business_id, i, g.end, 0.8f, "business_id", "checksum+cue+sole", sole);
      }
    }
    if (g.digits >= 13 && g.digits <= 19 && (g.count == 1 || g.uniform4 || g.count == 3) &&
        types.contains(PiiType::credit_card) && card_prefix(s, i) && luhn_ok(s, i, g.end)) {
      std::string_view cue = line.cue_near(i, g.end, CueClass::card, true);
      add(out, PiiType::credit_card, i, g.end, cue.empty() ? 0.8f : 0.97f, "credit_card",
          cue.empty() ? "luhn" : "luhn+cue", cue);
    }
    if (g.digits >= 10 && g.digits <= 16 && types.contains(PiiType::bank_account)) {
      std::string_view cue = line.cue_near(i, g.end, CueClass::bank, true);
      if (!cue.empty()) {
        add(out, PiiType::bank_account, i, g.end, 0.8f, "bank_account", "digits+cue", cue);
      }
    }
    i = std::max(run_end, g.end);
    // (Unless the groups' last starts a date, a blank before it: 0912345678 2005/7/7, a list's
    // phone then date of birth — set207a; it is read next.)
    if (g.count > 1 && g.end + 1 < n && (s[g.end] == '/' || s[g.end] == '.') &&
        is_digit(s[g.end + 1])) {
      std::size_t last = g.end;
      while (last > 0 && is_digit(s[last - 1])) {
        --last;
      }
      i = last > run_end && last >= 1 && s[last - 1] == ' ' ? last : i;
    }
    // (Or the groups took a date with hyphens whole after a blank: 0952589752 1940-01-23 —
    // set246b's baptism class.)
    if (g.count > 2 && g.end - run_end >= 7 && (s[g.end - 2] == '-' || s[g.end - 3] == '-')) {
      const std::size_t blank = s.rfind(' ', g.end - 1);
      if (blank != std::string_view::npos && blank >= run_end && blank + 1 < g.end &&
          std::count(s.begin() + static_cast<std::ptrdiff_t>(blank + 1),
                     s.begin() + static_cast<std::ptrdiff_t>(g.end), '-') == 2 &&
          date_end(s, blank + 1, true) == g.end) {
        i = blank + 1;
      }
    }
  }
  // The same date in another calendar in brackets after a date of birth, read once the dates of
  // the line are known (昭和16年3月8日（戶籍登載民國三十年三月八日）: the Chinese numerals are read
  // before the digits).
  if (types.contains(PiiType::birth_date)) {
    const std::size_t found = out.size();
    for (std::size_t k = 0; k < found; ++k) {
      widen_birth_date(s, out[k]);
      const Match m = out[k];
      // (Also after 生 or 出生: 民國26年生（丁丑年） — set40b.)
      const std::size_t born = m.type != PiiType::birth_date    ? 0
                               : util::has_at(s, m.end, "出生") ? 6
                               : util::has_at(s, m.end, "生")   ? 3
                                                                : 0;
      if (born != 0 && m.end + born + 10 <= n && s[m.end + born] == '(' &&
          util::stem_branch_at(s, m.end + born + 1) && util::has_at(s, m.end + born + 7, "年") &&
          s[m.end + born + 10] == ')') {
        add(out, PiiType::birth_date, m.end + born + 1, m.end + born + 10, 0.8f, "birth_date",
            "bracketed-year", "出生");
        continue;
      }
      // The year of the cycle later in the sentence when it is the birth year's (民國十七年三月
      // 初八生，屬龍，戊辰年; 民國二十四年閏三月生的，她自己都說是乙亥年 — set49a): the same
      // birth told another way.
      if (m.type == PiiType::birth_date) {
        // (From one 年 to the next, a year of the cycle before it first: a date's end is
        // followed by few; the date's own year is read only then.)
        const std::string_view sentence = s.substr(0, std::min<std::size_t>(n, m.end + 60));
        for (std::size_t y = m.end + 6 < sentence.size()
                                 ? util::find_char3(sentence, m.end + 6, "年")
                                 : std::string_view::npos;
             y != std::string_view::npos; y = util::find_char3(sentence, y + 3, "年")) {
          if (!util::stem_branch_at(s, y - 6)) {
            continue;
          }
          const std::string_view between = s.substr(m.end, y - m.end);
          if (between.find("。") != std::string_view::npos ||
              between.find('\n') != std::string_view::npos) {
            break;
          }
          if (const int year = western_year(s, m.start, m.end);
              year >= 1800 && cycle_of(s, y - 6, year)) {
            add(out, PiiType::birth_date, y - 6, y + 3, 0.8f, "birth_date", "cycle-year-of-birth",
                "出生");
            widen_birth_date(s, out.back()); // (農曆甲申年七月十二 — set71a)
          }
          break;
        }
        // (So is the date a register gives later in the sentence — 生日：民國25年農曆7月初3，
        // 身分證上寫的是25年8月19日 — and the year in another era after a comma — 平成7年6月21日，
        // 民國84年。 — set74b.)
        for (std::string_view w : {"寫的是", "登記的是", "登記為"}) {
          const std::size_t at = sentence.find(w, m.end);
          if (at == std::string_view::npos ||
              sentence.substr(m.end, at - m.end).find("。") != std::string_view::npos) {
            continue;
          }
          const std::string_view before = s.substr(m.end, at - m.end);
          if (before.find("身分證") == std::string_view::npos &&
              before.find("戶籍") == std::string_view::npos &&
              before.find("戶口") == std::string_view::npos &&
              before.find("證件") == std::string_view::npos) {
            continue;
          }
          std::size_t q = at + w.size();
          const std::size_t start = q;
          q += util::has_at(s, q, "民國") ? 6 : 0;
          if (q < n && is_digit(s[q])) {
            if (const std::size_t e = date_end(s, q, true);
                e != std::string_view::npos && date_stands_alone(s, e)) {
              add(out, PiiType::birth_date, start, e, 0.8f, "birth_date", "registered-date",
                  "出生");
            }
          } else if (q + 3 <= n && util::is_date_numeral(util::cp3(s.data() + q))) {
            // (In numerals too: 身分證上寫的是民國三十三年二月十四日 — set87a.)
            if (const YearDate yd = year_date(s, q);
                yd.parts == 3 && date_stands_alone(s, yd.end)) {
              add(out, PiiType::birth_date, start, yd.end, 0.8f, "birth_date", "registered-date",
                  "出生");
            }
          }
          break;
        }
        if (const std::size_t q = util::has_at(s, m.end, "，")   ? m.end + 3
                                  : m.end < n && s[m.end] == ',' ? m.end + 1
                                                                 : std::string_view::npos;
            q != std::string_view::npos && q + 6 < n) {
          const std::size_t y = util::find_char3(s.substr(0, std::min(n, q + 21)), q, "年");
          if (y != std::string_view::npos &&
              (y + 3 == n || s[y + 3] == ',' || s[y + 3] == ')' || util::has_at(s, y + 3, "。") ||
               util::has_at(s, y + 3, "，"))) {
            if (const int year = western_year(s, q, y + 3);
                year >= 1800 && year == western_year(s, m.start, m.end)) {
              add(out, PiiType::birth_date, q, y + 3, 0.8f, "birth_date", "other-era-year", "出生");
            }
          }
        }
        // (So is a lunar month and day there, with 農曆 before it: 生日我寫了國曆39年11月2日，她
        // 自己都記農曆九月廿二 — set71b.)
        if (const std::size_t l = sentence.find("農曆", m.end);
            l != std::string_view::npos &&
            sentence.substr(m.end, l - m.end).find("。") == std::string_view::npos &&
            sentence.substr(m.end, l - m.end).find('\n') == std::string_view::npos &&
            !util::has_at(s, m.end, "(")) {
          // (Where the sentence or its clause ends: not 農曆三月初五要拜拜.)
          if (const std::size_t e = lunar_month_day_end(s, l + 6);
              e != std::string_view::npos &&
              (e == n || s[e] == '\r' || s[e] == '\n' || s[e] == ',' || s[e] == ')' ||
               util::has_at(s, e, "。") || util::has_at(s, e, "，") || util::has_at(s, e, "生"))) {
            // (With its year when one comes right before 農曆: 家屬稱實際為民國21年農曆4月初6.)
            // (農曆 is the date's, as with_calendar_word has it: writers write it inside the span
            // or out, and a span over it covers both — sets 71b, 77b.)
            std::size_t from = l;
            if (l >= 6 && util::has_at(s, l - 3, "年")) {
              std::size_t y = l - 3;
              while (y > 0 && (is_digit(s[y - 1]) ||
                               (y >= 3 && util::is_date_numeral(util::cp3(s.data() + y - 3))))) {
                y -= is_digit(s[y - 1]) ? 1 : 3;
              }
              if (y < l - 3) {
                from = y >= 6 && util::has_at(s, y - 6, "民國") ? y - 6 : y;
              }
            }
            add(out, PiiType::birth_date, from, e, 0.8f, "birth_date", "lunar-of-birth", "出生");
          }
        }
      }
      // (A bracket after 生 as after the date itself: 昭和10年生（民國24年） — set49a.)
      // (Or a blank before it: 民國９８年１１月２７日　（即西元２００９/１１/２７） — set87a.)
      std::size_t open =
          born != 0 && m.end + born < n && s[m.end + born] == '(' ? m.end + born : m.end;
      open += open + 1 < n && s[open] == ' ' && s[open + 1] == '(' ? 1 : 0;
      if (m.type != PiiType::birth_date || open >= n || s[open] != '(') {
        continue;
      }
      // The calendar in brackets after the date is part of it (73.4.19（農）: a lamp register).
      if (const std::string_view tail = s.substr(m.end);
          util::starts_with(tail, "(農)") || util::starts_with(tail, "(國)") ||
          util::starts_with(tail, "(農曆)") || util::starts_with(tail, "(國曆)")) {
        out[k].end = static_cast<std::uint32_t>(m.end + tail.find(')') + 1);
        continue;
      }
      // The year of the cycle or the lunar month and day in brackets after it (民國十九年八月七日
      // （庚午年）, 民國41年4月11日（農曆五月十二）): the same birth told another way.
      if (std::size_t q = m.end + 1 + (util::has_at(s, m.end + 1, "農曆") ? 6 : 0);
          util::stem_branch_at(s, q) && util::has_at(s, q + 6, "年") &&
          util::has_at(s, q + 9, ")")) {
        add(out, PiiType::birth_date, q, q + 9, 0.8f, "birth_date", "bracketed-year", "出生");
        continue;
      } else if (q > m.end + 1) {
        if (const std::size_t e = month_day_end(s, q);
            e != std::string_view::npos && e < n && s[e] == ')') {
          add(out, PiiType::birth_date, q, e, 0.8f, "birth_date", "bracketed-lunar", "出生");
          continue;
        }
      }
      // A year alone in the bracket, the birth year's in another era (昭和10年生（民國24年）).
      if (const std::size_t close = s.find(')', open); close != std::string_view::npos &&
                                                       close - open <= 16 &&
                                                       util::ends_with(s.substr(0, close), "年")) {
        const int year = western_year(s, open + 1, close);
        if (year >= 1800 && year == western_year(s, m.start, m.end)) {
          add(out, PiiType::birth_date, open + 1, close, 0.8f, "birth_date", "bracketed-year",
              "出生");
          continue;
        }
      }
      for (std::size_t q = open + 1; q < n && q <= open + 30 && s[q] != ')'; ++q) {
        const bool numeral = !util::is_continuation(s[q]) && q + 3 <= n &&
                             util::is_chinese_numeral(util::cp3(s.data() + q));
        if (is_digit(s[q]) || numeral) {
          const bool known = std::any_of(out.begin(), out.end(), [&](const Match& o) {
            return o.type == PiiType::birth_date && o.start <= q && q < o.end;
          });
          if (!known) {
            try_birth_date(line, q, out, open);
          }
          break;
        }
      }
    }
  }
}

namespace {
bool one_of_at(std::string_view s, std::size_t at, std::u32string_view set) {
  return at + 3 <= s.size() && (static_cast<unsigned char>(s[at]) & 0xF0) == 0xE0 &&
         set.find(util::cp3(s.data() + at)) != std::u32string_view::npos;
}
} // namespace

std::size_t lunar_month_day_end(std::string_view s, std::size_t p) {
  // The month: 正 and 元 (the first), 冬 and 臘 (the last two) or numerals (閏 before a leap
  // month).
  p += util::starts_with(s.substr(p), "閏") ? 3 : 0;
  int month = 0;
  std::size_t m = p;
  if (one_of_at(s, p, U"正元冬臘")) {
    m = p + 3;
    month = 1;
  } else {
    m = number_end(s, p, p < s.size() && !is_digit(s[p]), &month); // (11月廿六: digits too)
  }
  if (m == p || month < 1 || month > 12 || !util::starts_with(s.substr(m), "月")) {
    return std::string_view::npos;
  }
  p = m + 3;
  // The day: 初一 to 初十, then numerals (十五, 廿六, 三十), 日 or not.
  int day = 0;
  const bool chu = util::starts_with(s.substr(p), "初");
  // (Digits too: 初9, as a temple's register types it; 元月20日.)
  const std::size_t q = chu ? p + 3 : p;
  const std::size_t d = number_end(s, q, !(q < s.size() && is_digit(s[q])), &day);
  if (d == (chu ? p + 3 : p) || day < 1 || day > 30 || (chu && day > 10)) {
    return std::string_view::npos;
  }
  // (號 for 日, as people say it: 四月二號.)
  return util::starts_with(s.substr(d), "日") || util::starts_with(s.substr(d), "號") ? d + 3 : d;
}

std::size_t lunar_date_end(std::string_view s, std::size_t i) {
  // The year: digits, Chinese numerals (an ROC or a Western year) or a stem and a branch (壬辰).
  std::size_t p = i;
  int year = 0;
  if (util::stem_branch_at(s, p)) {
    p += 6;
  } else {
    const bool chinese = p < s.size() && !is_digit(s[p]);
    p = number_end(s, p, chinese, &year);
    if (p == i || !((year >= 1 && year <= 150) || (year >= 1900 && year <= 2100))) {
      return std::string_view::npos;
    }
  }
  if (!util::starts_with(s.substr(p), "年")) {
    return std::string_view::npos;
  }
  p = year_note_end(s, p + 3);
  // 民國三十一年農曆七月初九, 昭和十二年舊曆八月初五 (blanks around it: 61年 農曆 3月8日)
  const std::size_t w = p < s.size() && s[p] == ' ' ? p + 1 : p;
  const bool lunar = util::starts_with(s.substr(w), "農曆") ||
                     util::starts_with(s.substr(w), "舊曆") ||
                     util::starts_with(s.substr(w), "陰曆");
  p = lunar ? w + 6 : p;
  p += lunar && p < s.size() && s[p] == ' ' ? 1 : 0;
  const std::size_t e = lunar_month_day_end(s, p);
  // (After 農曆 also digits: 68年農曆4月11日, a temple's register.)
  return e == std::string_view::npos && lunar && p < s.size() && is_digit(s[p])
             ? month_day_end(s, p)
             : e;
}

namespace {
// The end of a month and a day with no year at s[p] (3/21, 10月9號, 5月20日, 七月七日, 正月初五),
// or npos.
std::size_t month_day_end(std::string_view s, std::size_t p) {
  if (p < s.size() && is_digit(s[p])) {
    const std::size_t m = digits_end(s, p);
    if (m - p > 2 || m >= s.size()) {
      return std::string_view::npos;
    }
    const int month = value_of(s, p, m);
    std::size_t d = m + (s[m] == '/' ? 1 : util::has_at(s, m, "月") ? 3 : 0);
    const std::size_t e = d > m ? digits_end(s, d) : d;
    if (d == m || e == d || e - d > 2 || month < 1 || month > 12) {
      return std::string_view::npos;
    }
    const int day = value_of(s, d, e);
    const std::size_t end = e + (util::has_at(s, e, "日") || util::has_at(s, e, "號") ? 3 : 0);
    const bool more = end < s.size() && (is_digit(s[end]) || s[end] == '/');
    return day >= 1 && day <= 31 && !more ? end : std::string_view::npos;
  }
  return lunar_month_day_end(s, p);
}
} // namespace

void find_month_days(Line& line, std::vector<Match>& out) {
  std::string_view s = line.text();
  // A lunar month and day with no year as a row's field right after a name (003  尤振興  農曆八月
  // 二十二  臺東縣…: a temple's lamp register with no header — set154b): the name's birthday.
  // (So is one of the solar calendar named as such: 邵文雄　國曆2月10日（(05)375-4035）, 沈崇德
  // 國曆1/3 — set210a's birthday list.)
  // (From 曆, rarer than 農 and far rarer than 國: a search for 國 was 0.8 % of a thorough scan.)
  for (std::size_t li = util::find_char3(s, 0, "曆"); li != std::string_view::npos;
       li = util::find_char3(s, li + 3, "曆")) {
    const std::size_t at = li >= 3 ? li - 3 : 0;
    const bool solar_word = util::has_at(s, at, "國");
    // (Or right after a birth label: 出生：農曆十一月初七, │出生日期│ 農曆六月初四 — set214b.)
    const bool labelled = li >= 3 && !birth_label_before(s, at).empty();
    if (li < 3 || !(solar_word || util::has_at(s, at, "農")) || at == 0 ||
        (s[at - 1] != ' ' && s[at - 1] != '\t' && !labelled)) {
      continue;
    }
    std::size_t e = at + 6;
    while (e < s.size() && s[e] != ' ' && s[e] != '\t' && s[e] != '\r' && s[e] != ',' &&
           s[e] != '(' && e < at + 36) {
      ++e;
    }
    const std::string_view date = s.substr(at, e - at);
    const bool solar = solar_word && month_day_end(s, at + 6) == e;
    if (date.find("年") == std::string_view::npos &&
        ((date.find("月") != std::string_view::npos && is_birth_cell(date)) || solar) &&
        (e == s.size() || s[e] != ',') && (labelled || name_before(s, at)) &&
        std::none_of(out.begin(), out.end(),
                     [&](const Match& m) { return m.start < e && at < m.end; })) {
      add(out, PiiType::birth_date, at, e, 0.7f, "birth_date",
          labelled ? "month-day+label" : "month-day+name", labelled ? "出生" : "姓名");
    }
  }
  for (std::size_t at = util::find_char3(s, 0, "生"); at != std::string_view::npos;
       at = util::find_char3(s, at + 3, "生")) {
    // Also 出生 or a time of day and 生 (孔昱廷、孔昱安（１月３０日凌晨生）, 5月20日出生): the
    // date ends there.
    std::size_t word = at; // where the date before it ends
    std::string_view cue = "生日";
    // After 生於 or 出生 a lunar month and day with no year (家母卓余淑芬生於農曆五月初八, 出生
    // 農曆一月初一 — sets 215, 247): its calendar's word says it is a day of someone's life, not
    // 學生於3月5日前 or 發生於農曆七月.
    if (const std::size_t p = at + (util::has_at(s, at + 3, "於") ? 6 : 3);
        (p == at + 6 || (at >= 3 && util::has_at(s, at - 3, "出"))) &&
        (util::has_at(s, p, "農曆") || util::has_at(s, p, "陰曆")) && born_on_at(s, at)) {
      if (const std::size_t e = lunar_month_day_end(s, p + 6);
          e != std::string_view::npos && std::none_of(out.begin(), out.end(), [&](const Match& m) {
            return m.start < e && p < m.end;
          })) {
        add(out, PiiType::birth_date, p, e, 0.7f, "birth_date", "month-day+label",
            p == at + 6 ? "生於" : "出生");
        continue;
      }
    }
    if (!util::has_at(s, at + 3, "日")) {
      word = at >= 3 && util::has_at(s, at - 3, "出") ? at - 3 : at;
      word -= word >= 6 && time_of_day_end(s, word - 6) == word ? 6 : 0; // (two characters)
      // (Or 生 alone before 的 or what is no ideograph: 婆婆碧霞是 2/29 生的, 8月15日生　今晨
      // — not 生效, 生活.)
      const bool alone = util::has_at(s, at + 3, "的") ||
                         !util::ideograph_at(s.data() + at + 3, s.data() + s.size());
      if (word == at && !alone) {
        continue;
      }
      cue = word == at ? "生" : "出生";
      // (A clock time between, blanks around it: 08/11 02:17 出生, a newborn's record.)
      const std::size_t w = word > 0 && s[word - 1] == ' ' ? word - 1 : word;
      for (std::size_t c = w >= 5 ? w - 5 : 0; c + 4 <= w; ++c) {
        if (clock_end(s, c) == w && (c == 0 || !is_digit(s[c - 1]))) {
          word = c;
          break;
        }
      }
    } else if (util::has_at(s, at + 6, "快樂")) {
      continue;
    }
    // Before the word: 她是10月28日生日. (The longest first: 十二月一號, not 二月一號 — set39b.)
    // (Or whose it is between: 12月3日她生日要出國, 今天7月25日是阿德生日 — set75a; a pronoun,
    // or 是 and up to three characters that name no school, shop or country.)
    std::size_t whose = std::string_view::npos;
    if (cue == "生日" && word >= 3) {
      // (Her lunar one: 二月初八是她的農曆生日 — set144a.)
      std::size_t w = word;
      w -= w >= 6 && (util::has_at(s, w - 6, "農曆") || util::has_at(s, w - 6, "國曆")) ? 6 : 0;
      w -= w >= 6 && util::has_at(s, w - 3, "的") ? 3 : 0;
      for (std::string_view pronoun : {"她", "他", "我"}) {
        whose = w >= 3 && util::has_at(s, w - 3, pronoun) ? w - 3 : whose;
      }
      // (是 before the pronoun: 三月初三是她生日.)
      if (whose != std::string_view::npos && whose >= 3 && util::has_at(s, whose - 3, "是")) {
        whose -= 3;
      }
      static constexpr util::CharSet k_not_people(U"校國司店廟會院局");
      for (std::size_t k = 3; whose == std::string_view::npos && k <= 9 && word >= k + 3; k += 3) {
        const std::string_view between = s.substr(word - k, k);
        bool people = true;
        for (std::size_t c = 0; c < k; c += 3) {
          people = people && util::ideograph_at(between.data() + c, between.data() + k) &&
                   !k_not_people.contains(between.substr(c, 3));
        }
        if (!people) {
          break;
        }
        whose = util::has_at(s, word - k - 3, "是") ? word - k - 3 : whose;
      }
    }
    const std::size_t anchor = whose != std::string_view::npos ? whose : word;
    for (std::size_t len = std::min<std::size_t>(15, anchor); len >= 4; --len) {
      const std::size_t b = anchor - len;
      // (b must start a character: three bytes across two can decode as a numeral, and a
      // finding starting inside a character would be masked into invalid UTF-8.)
      if (util::is_continuation(s[b]) ||
          (b > 0 && (is_digit(s[b - 1]) || s[b - 1] == '.' || s[b - 1] == '/'))) {
        continue;
      }
      // (One blank between: 承翰 4/27 生日.)
      const std::size_t e = month_day_end(s, b);
      // (Not after a year's 年, but after 每年, 今年: 每年三月初九我生日 — set96a.)
      if ((e == anchor || (e + 1 == word && s[e] == ' ')) &&
          (b < 3 || !util::has_at(s, b - 3, "年") ||
           (b >= 6 && (util::has_at(s, b - 6, "每") || util::has_at(s, b - 6, "今"))))) {
        add(out, PiiType::birth_date, with_calendar_word(s, b), e, 0.7f, "birth_date",
            "month-day+label", cue); // (農曆八月十五生日)
        break;
      }
    }
    if (cue != "生日") {
      continue;
    }
    // After it: 生日：3/21、11/2, 生日：農曆正月初五, 生日是10月9號.
    std::size_t p = at + 6;
    for (bool more = true; more;) {
      more = false;
      while (p < s.size() && (s[p] == ' ' || s[p] == ':')) {
        ++p;
      }
      // (Or an adverb, or a dash: 生日剛好是六月十日, 只過農曆生日——農曆正月廿一 — set87a.)
      // (Or 在: 今年七十歲生日在農曆九月初九 — set121b; or a quote: 生日是「農曆十二月初六」 —
      // set139a.)
      // (Or a chat's particle and an emoji: 今天老游生日喔🎂 農曆十月十一 — set320b.)
      for (std::string_view w :
           {"：",   "是",   "為",   "在",   "「", "農曆", "國曆", "陰曆", "不", "好像", "應該",
            "大概", "剛好", "正好", "恰好", "也", "就",   "-",    "喔",   "囉", "哦"}) {
        if (util::has_at(s, p, w)) {
          p += w.size();
          more = true;
        }
      }
      if (p + 4 <= s.size() && static_cast<unsigned char>(s[p]) == 0xF0) {
        p += 4; // an emoji
        more = true;
      }
    }
    // (Or a few words before 是: 生日我只知道是農曆八月十五 — set44b; a comma among them and
    // 過 after: 媽媽的生日，我們家一直是過農曆三月初八 — set72b; or before 農曆 with no 是:
    // 阿嬤生日她只知道農曆八月十五 — set93a.)
    if (month_day_end(s, p) == std::string_view::npos) {
      std::size_t q = p + (p < s.size() && s[p] == ',' ? 1 : util::has_at(s, p, "，") ? 3 : 0);
      for (const std::size_t from = q; q < from + 21 && q + 3 <= s.size() &&
                                       util::ideograph_at(s.data() + q, s.data() + s.size());
           q += 3) {
        const std::string_view between = s.substr(from, q - from);
        const bool is = util::has_at(s, q, "是");
        if ((is || util::has_at(s, q, "農曆")) &&
            (between.find("知道") != std::string_view::npos ||
             between.find("記得") != std::string_view::npos ||
             between.find("好像") != std::string_view::npos ||
             between.find("聽說") != std::string_view::npos ||
             between.find("一直") != std::string_view::npos)) { // (not 生日禮物是…)
          p = q + (is ? 3 : 0);
          p += util::has_at(s, p, "過") ? 3 : 0;
          p += util::has_at(s, p, "農曆") || util::has_at(s, p, "國曆") ? 6 : 0;
          break;
        }
      }
    }
    while (p < s.size()) {
      const std::size_t e = month_day_end(s, p);
      // (Not a rule's bound: 生日在12月31日以前者 — set64b's guide.)
      if (e == std::string_view::npos || bound_after(s, e, false)) {
        break;
      }
      add(out, PiiType::birth_date, with_calendar_word(s, p), e, 0.7f, "birth_date",
          "month-day+label", "生日");
      if (!util::has_at(s, e, "、")) {
        break;
      }
      p = e + 3;
    }
  }
}

bool is_birth_year_cell(std::string_view field) {
  if ((field.size() == 2 || field.size() == 3) && digits_end(field, 0) == field.size()) {
    const int year = value_of(field, 0, field.size());
    return year >= 1 && year <= 105; // (ten years back at least: 115 is this year)
  }
  // (A cohort under the column, of the Republic's first twenty years too, which prose reads as
  // instalments: 19年次 under 年次 — set211a's military-village roster.)
  if (const std::size_t d = digits_end(field, 0); d >= 1 && d <= 3 && field.substr(d) == "年次") {
    const int year = value_of(field, 0, d);
    return year >= 1 && year <= 105;
  }
  return is_birth_cell(field);
}

bool is_birth_cell(std::string_view field) {
  // The year of the sexagenary cycle in brackets after a lunar month and day (四月廿二（庚午）,
  // 閏十一月初五（丙寅）: a temple's register), a leap month's 閏 before it.
  if (field.size() > 8 && field.back() == ')' && field[field.size() - 8] == '(' &&
      util::stem_branch_at(field, field.size() - 7)) {
    field.remove_suffix(8);
    if (util::starts_with(field, "閏")) {
      field.remove_prefix(3);
    }
  }
  if (is_date(field)) {
    return true;
  }
  // A dotted date of Chinese digits, one numeral a digit (五八.三.一七 under 出生日期 — set106b's
  // landowners): read as its digits.
  if (field.size() >= 15 && field.find('.') != std::string_view::npos) {
    std::string digits;
    bool ok = true;
    for (std::size_t i = 0; ok && i < field.size();) {
      if (field[i] == '.') {
        digits.push_back('.');
        ++i;
        continue;
      }
      const int d = i + 3 <= field.size() ? util::chinese_digit(util::cp3(field.data() + i)) : -1;
      ok = d >= 0 && d <= 9;
      digits.push_back(static_cast<char>('0' + d));
      i += 3;
    }
    if (ok && is_date(digits)) {
      return true;
    }
  }
  // A Western year and a month under a birth header (1945/1, 1939-02: a grave roster's dead —
  // set88a).
  if (field.size() >= 6 && field.size() <= 7 && digits_end(field, 0) == 4 &&
      (field[0] == '1' || field[0] == '2') &&
      (field[4] == '/' || field[4] == '-' || field[4] == '.') &&
      digits_end(field, 5) == field.size()) {
    const int month = field.size() == 6 ? field[5] - '0' : (field[5] - '0') * 10 + field[6] - '0';
    if (month >= 1 && month <= 12) {
      return true;
    }
  }
  // A year of one digit under a birth header (5.4.28, 民國5年: a grave register's dead).
  if (!field.empty() && is_digit(field[0]) && field.size() >= 5 && !is_digit(field[1]) &&
      date_end(field, 0, true, true) == field.size()) {
    return true;
  }
  // A month and a day alone under 生日 (5月23日, 7/28, 元月15日): a volunteer roster's birthdays;
  // of the lunar calendar too (農曆正月廿三: a grave register's — set39a).
  if (!field.empty() && month_day_end(field, 0) == field.size()) {
    return true;
  }
  // (Or dotted, a month and a day or an ROC year and a month: 08.14, 12.23 under 生日（慶生用）
  // — set116a's youth team; 57.8 under 出生年月 — set104b.)
  if (const std::size_t dot = field.find('.');
      dot != std::string_view::npos && dot >= 1 && dot <= 3 && digits_end(field, 0) == dot &&
      field.size() - dot - 1 >= 1 && field.size() - dot - 1 <= 2 &&
      digits_end(field, dot + 1) == field.size()) {
    const int a = value_of(field, 0, dot), b = value_of(field, dot + 1, field.size());
    // (Two digits each for a month and a day: 5.4 is a version's.)
    if ((dot == 2 && field.size() == 5 && a >= 1 && a <= 12 && b >= 1 && b <= 31) ||
        (dot >= 2 && a >= 10 && a <= 113 && b >= 1 && b <= 12)) {
      return true;
    }
  }
  // (In English too, under a heading of birthdays: Oct. 19, Dec 26 — set68b.)
  if (field.size() >= 5 && is_digit(field.back())) {
    std::size_t d = field.size();
    while (d > 0 && is_digit(field[d - 1])) {
      --d;
    }
    const int day = field.size() - d <= 2 ? value_of(field, d, field.size()) : 0;
    if (day >= 1 && day <= 31 && month_before(field, d) == 0) {
      return true;
    }
  }
  for (std::string_view cal : {"農曆", "陰曆"}) {
    if (field.size() > cal.size() && field.starts_with(cal) &&
        lunar_month_day_end(field, cal.size()) == field.size()) {
      return true;
    }
  }
  if (util::starts_with(field, "元月")) {
    int day = 0;
    const bool chinese = field.size() > 6 && !is_digit(field[6]); // (元月廿日)
    const std::size_t e = number_end(field, 6, chinese, &day);
    return e > 6 && day >= 1 && day <= 31 && field.substr(e) == "日";
  }
  // A year of the sexagenary cycle, its month perhaps (丙戌年, 甲子年九月): a register's.
  if (util::stem_branch_at(field, 0) && util::has_at(field, 6, "年")) {
    int month = 0;
    const std::size_t m = number_end(field, 9, true, &month);
    return field.size() == 9 || (m > 9 && month >= 1 && month <= 12 && field.substr(m) == "月");
  }
  // Blanks between the parts, as a form's boxes are typed (民國 41 年 8 月 3 日).
  if (field.find(' ') != std::string_view::npos && field.find("年") != std::string_view::npos &&
      field.size() <= 40) {
    std::string squeezed(field);
    std::erase(squeezed, ' ');
    return squeezed.size() < field.size() && is_birth_cell(squeezed);
  }
  // A Western year alone under 出生年 (1988): a class roster of new immigrants.
  if (field.size() == 4 && digits_end(field, 0) == 4) {
    const int year = value_of(field, 0, 4);
    return year >= 1900 && table::old_enough(field, 0);
  }
  // Three groups of digits with blanks between (44 09 01, 1944 09 01), under a birth header.
  if (const std::size_t y = digits_end(field, 0);
      (y == 2 || y == 3 || y == 4) && field.size() == y + 6 && field[y] == ' ' &&
      field[y + 3] == ' ' && digits_end(field, y + 1) == y + 3 &&
      digits_end(field, y + 4) == y + 6) {
    const int year = value_of(field, 0, y), month = value_of(field, y + 1, y + 3),
              day = value_of(field, y + 4, y + 6);
    return (y < 4 || year >= 1900) && month >= 1 && month <= 12 && day >= 1 && day <= 31;
  }
  // A year and a month, or a year, as a roster of elders has them (民國二十九年七月, 六十八年,
  // 民國50年1月, 1946年; 大正三年, 民前3年, 民國前五年).
  const std::size_t i = util::starts_with(field, "民國前")                                     ? 9
                        : util::starts_with(field, "民前")                                     ? 6
                        : field.size() > 6 && util::era_before(field.substr(0, 6)) != 0        ? 6
                        : field.size() > 9 && util::era_before(field.substr(0, 9)) == 9        ? 9
                        : util::starts_with(field, "民國") || util::starts_with(field, "西元") ? 6
                        : util::starts_with(field, "民") && field.size() > 3 && is_digit(field[3])
                            ? 3 // 民26年6月
                            : 0;
  // An era's or the Republic's first year (大正元年, 民國元年十月), a month and a day perhaps.
  if (i > 0 && util::has_at(field, i, "元年")) {
    const std::string_view rest = field.substr(i + 6);
    return rest.empty() || month_day_end(rest, 0) == rest.size() ||
           lunar_month_day_end(rest, 0) == rest.size();
  }
  if (i >= field.size() ||
      !(is_digit(field[i]) ||
        (i + 3 <= field.size() && util::is_date_numeral(util::cp3(field.data() + i))))) {
    return false;
  }
  const YearDate d = year_date(field, i);
  // (Its day too before the Republic, which is_date does not read: 民國前13年4月27日 — set50a.)
  const bool before_roc = util::starts_with(field, "民國前") || util::starts_with(field, "民前");
  return !d.cohort && d.parts >= 1 && (d.parts <= 2 || before_roc) && d.end == field.size();
}

int numeral_year(std::string_view field) {
  if (field.starts_with("民國")) {
    field.remove_prefix(6);
  }
  if (field.empty() || is_digit(field[0])) {
    return 0;
  }
  const YearDate d = year_date(field, 0);
  if (d.parts == 0 || d.year < 1) {
    return 0;
  }
  return d.year <= 150 ? d.year + 1911 : d.year;
}

bool is_date(std::string_view field) {
  if (const std::size_t h = hour_suffix(field); h != field.size()) {
    field = field.substr(0, h); // 壬辰年四月廿六日 戌時: the hour of birth after the date
  }
  for (std::string_view prefix : {"農曆", "國曆", "陰曆"}) {
    if (field.starts_with(prefix)) {
      field.remove_prefix(prefix.size());
    }
  }
  // 農 or 國 for the calendar before the year's digits (農108.5.22, a temple's register), in
  // brackets too ((農)17.9.7, a veterans' roster).
  if (!field.empty() && (field[0] == '(' || static_cast<unsigned char>(field[0]) == 0xEF)) {
    static constexpr std::string_view k_calendars[] = {"(農)", "(國)", "（農）", "（國）"};
    for (std::string_view cal : k_calendars) {
      if (field.starts_with(cal)) {
        field.remove_prefix(cal.size());
        break;
      }
    }
  }
  if ((util::starts_with(field, "農") || util::starts_with(field, "國")) && field.size() > 3 &&
      util::is_digit(field[3])) {
    field.remove_prefix(3);
  }
  // A Japanese era's name: its year may have one digit (昭和2.8.15, 大正14年3月2日).
  const std::size_t era_size = field.size() > 9 && util::era_before(field.substr(0, 9)) == 9   ? 9
                               : field.size() > 6 && util::era_before(field.substr(0, 6)) != 0 ? 6
                                                                                               : 0;
  const bool era = era_size != 0;
  field.remove_prefix(era_size);
  // 民37年4月3日: 民 for 民國, as a roster abbreviates it.
  if (util::starts_with(field, "民") && !util::starts_with(field, "民國") && field.size() > 3 &&
      util::is_digit(field[3])) {
    field.remove_prefix(3);
  }
  const std::size_t roc = util::starts_with(field, "民國") ? 6 : 0;
  if (roc < field.size() && lunar_date_end(field, roc) == field.size()) {
    return true; // 民國六十三年四月初十日, 85年八月廿七日, 庚午年十一月初十
  }
  if (field.size() == 6 && digits_end(field, 0) == 6) { // 800809: YYMMDD of an ROC year
    const int month = value_of(field, 2, 4), day = value_of(field, 4, 6);
    return value_of(field, 0, 2) >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
  }
  const std::size_t i = util::starts_with(field, "民國") ? 6 : 0;
  if (i + 3 <= field.size() && util::is_date_numeral(util::cp3(field.data() + i))) {
    const YearDate d = year_date(field, i); // 三十四年二月二十三日 under 出生日期
    return d.parts == 3 && d.end == field.size();
  }
  if (i == 0 && !field.empty() && util::is_alpha(field[0])) { // January 30, 1994
    const std::size_t sp = field.find(' ');
    return sp != std::string_view::npos && sp + 1 < field.size() &&
           month_before(field, sp + 1) == 0 && month_first_date_end(field, sp + 1) == field.size();
  }
  if (i >= field.size() || !is_digit(field[i])) {
    return false;
  }
  if (date_end(field, i, true, era) == field.size() ||
      (i == 0 && english_date_end(field, 0) == field.size())) {
    return true;
  }
  // (Blanks between the parts: 1987年 2月 5日.)
  if (!util::starts_with(field.substr(digits_end(field, i)), "年")) {
    return false;
  }
  const YearDate d = year_date(field, i);
  return d.parts == 3 && d.end == field.size();
}

std::size_t hour_suffix(std::string_view field) {
  // A blank (ASCII or ideographic), a branch or 吉, 時.
  if (field.size() < 7 || !util::ends_with(field, "時")) {
    return field.size();
  }
  const std::size_t b = field.size() - 6;
  const char32_t branch = util::cp3(field.data() + b);
  if (std::u32string_view(U"子丑寅卯辰巳午未申酉戌亥吉").find(branch) ==
      std::u32string_view::npos) {
    return field.size();
  }
  std::size_t e = b;
  while (e > 0 && (field[e - 1] == ' ' || (e >= 3 && field.substr(e - 3, 3) == "　"))) {
    e -= field[e - 1] == ' ' ? 1 : 3;
  }
  return e < b && e > 0 ? e : field.size();
}

namespace {
// Where a roster line's date starts after one or two short fields that follow a name (1. 沈奕辰
// 小提琴 六年級 101.08.19; 蘇黃玉蘭 （同上，添福的牽手） 33.2.17): each field between blanks
// or after a comma, no digit in it, no colon, no word of another date (日期, 到職, 歿 …), up to
// eight characters or a bracket; npos when no date-shaped digit starts after them.
std::size_t date_after_fields(std::string_view s, std::size_t p) {
  static constexpr util::CharSet k_other_dates(U"日期時間歿卒逝亡故婚職任退入到繳申辦登收簽核發");
  const std::string_view ahead = s.substr(p, 90);
  if (std::none_of(ahead.begin(), ahead.end(), [](char c) { return is_digit(c); })) {
    return std::string_view::npos; // (most names: no digit follows soon)
  }
  for (int fields = 0; fields < 2; ++fields) {
    const std::size_t start = p;
    if (s[p] == '(') {
      const std::size_t close = s.find(')', p);
      if (close == std::string_view::npos || close - p > 60) {
        return std::string_view::npos;
      }
      p = close + 1;
    } else {
      while (p < s.size() && s[p] != ' ' && s[p] != '\t' && s[p] != ',' && s[p] != '(' &&
             !util::has_at(s, p, "\u3000") && !util::has_at(s, p, "，") && p - start <= 24) {
        p += util::utf8_length(s[p]);
      }
      if (p == start || p - start > 24) {
        return std::string_view::npos;
      }
    }
    const std::string_view field = s.substr(start, p - start);
    if (std::any_of(field.begin(), field.end(), [](char c) { return is_digit(c) || c == ':'; }) ||
        field.find("：") != std::string_view::npos) {
      return std::string_view::npos;
    }
    for (std::size_t i = 0; i + 3 <= field.size(); i += util::utf8_length(field[i])) {
      if (k_other_dates.contains(field.substr(i, 3))) {
        return std::string_view::npos;
      }
    }
    const std::size_t field_end = p;
    const std::size_t q = util::has_at(s, p, "，")      ? p + 3
                          : p < s.size() && s[p] == ',' ? p + 1
                                                        : p;
    p = util::skip_blanks(s, q);
    while (p < s.size() && s[p] == '\t') {
      ++p;
    }
    if (p >= s.size() || (p == field_end && s[p] != '(')) {
      return std::string_view::npos; // (the line's end; or fields not separated)
    }
    if (is_digit(s[p])) {
      return p;
    }
  }
  return std::string_view::npos;
}

// The end of a lifespan's first year or date at s[p], inside brackets (1948–2019, 1931年2月－
// 2023年11月, 民國20年－98年): a year (four digits, or an ROC year and 年, a month perhaps) or a
// date, a dash, 至 or ~, another fifteen years later at least (not a term of office: 理事長
// 王大明（2018-2022）), then ')' — or npos.
std::size_t lifespan_end(std::string_view s, std::size_t p) {
  auto part = [&](std::size_t at, int* western) -> std::size_t {
    at += util::has_at(s, at, "民國") ? 6 : 0;
    if (at < s.size() && !is_digit(s[at])) {
      // In Chinese numerals (民國二十七年元月一日—民國一一二年 — set48a): a year and 年, a month
      // and a day perhaps.
      const YearDate d = year_date(s, at);
      if (d.end == std::string_view::npos || d.cohort || d.year < 1 || d.year > 2030) {
        return std::string_view::npos;
      }
      *western = d.year > 150 ? d.year : d.year + 1911;
      return d.end;
    }
    std::size_t y = util::digits_end(s, at);
    const int year = y > at && y - at <= 4 ? value_of(s, at, y) : 0;
    *western = y - at == 4 ? year : year + 1911;
    if (const std::size_t d = date_end(s, at, true); d != std::string_view::npos) {
      return y - at == 4 || (y - at <= 3 && s[y] != ':') ? d : std::string_view::npos;
    }
    if (!(y - at == 4 && year >= 1850 && year <= 2030) &&
        !(y - at <= 3 && year >= 1 && year <= 120 && util::has_at(s, y, "年"))) {
      return std::string_view::npos;
    }
    if (util::has_at(s, y, "年")) {
      y += 3;
      const std::size_t m = util::digits_end(s, y);
      y = m > y && m - y <= 2 && util::has_at(s, m, "月") ? m + 3 : y;
    }
    return y;
  };
  int born = 0, died = 0;
  const std::size_t a = part(p, &born);
  if (a == std::string_view::npos) {
    return a;
  }
  std::size_t q = util::skip_blanks(s, a);
  if (q < s.size() && (s[q] == '-' || s[q] == '~')) {
    ++q;
  } else if (util::has_at(s, q, "至") || util::has_at(s, q, "～")) {
    q += 3;
  } else {
    return std::string_view::npos;
  }
  const std::size_t b = part(util::skip_blanks(s, q), &died);
  return b != std::string_view::npos && b < s.size() && s[b] == ')' && died - born >= 15
             ? a
             : std::string_view::npos;
}

// Whether a roster line is a pupil's (1. 沈奕辰 小提琴 六年級 101.08.19): a recent date of birth.
// Whether s holds an HTML list's item that is a name and its date in brackets alone, from `name`
// to the bracket closing at `end` (<li>朱秉澄（102.05.18）</li>: a camp's children — set104a):
// any age then, as in a numbered list of them.
bool list_item(std::string_view s, std::size_t name, std::size_t end) {
  std::size_t a = name;
  while (a > 0 && s[a - 1] == ' ') {
    --a;
  }
  return a >= 4 && s.substr(a - 4, 4) == "<li>" && end < s.size() && s[end] == ')' &&
         s.substr(end + 1).starts_with("</li>");
}

bool pupil(std::string_view s) {
  if (s.find("年級") != std::string_view::npos) {
    return true;
  }
  // (Or a class, 九年八班 or 3年2班: 九年八班 劉怡萱（099/08/31） — set87b's truancy cases.)
  const std::size_t ban = util::find_char3(s, 0, "班");
  if (ban == std::string_view::npos || ban < 5) {
    return false;
  }
  const std::size_t nian = s.substr(0, ban).rfind("年");
  return nian != std::string_view::npos && ban - nian <= 6 && nian >= 1 &&
         (is_digit(s[nian - 1]) ||
          (nian >= 3 && util::is_chinese_numeral(util::cp3(s.data() + nian - 3))));
}
} // namespace

void name_date_lists(Line& line, std::vector<Match>& out) {
  const std::string_view s = line.text();
  if (s.find("、") == std::string_view::npos) {
    return;
  }
  const patterns::NameData& nd = patterns::name_data();
  struct Item {
    std::size_t name, name_end, date, date_end;
    bool year;
  };
  static thread_local std::vector<Item> items;
  items.clear();
  std::size_t bad = 0;
  for (std::size_t a = 0; a < s.size();) {
    std::size_t b = s.find("、", a);
    b = b == std::string_view::npos ? s.size() : b;
    // The date ends the item (blanks, \r, 。 after it perhaps); the name is the run of
    // ideographs right before the blank before the date.
    std::size_t de = b;
    while (de > a && (s[de - 1] == ' ' || s[de - 1] == '\r')) {
      --de;
    }
    de -= de >= a + 3 && util::has_at(s, de - 3, "。") ? 3 : 0;
    std::size_t sp = s.rfind(' ', de);
    Item it{};
    bool ok = sp != std::string_view::npos && sp > a && sp + 1 < de;
    if (ok) {
      it.date = sp + 1;
      it.date_end = de;
      std::size_t ne = sp;
      while (ne > a && s[ne - 1] == ' ') {
        --ne;
      }
      std::size_t ns = ne;
      while (ns >= a + 3 && ne - ns < 12 && util::ideograph_at(s.data() + ns - 3, s.data() + ne)) {
        ns -= 3;
      }
      it.name = ns;
      it.name_end = ne;
      bool surname_only = false;
      const std::string_view name = s.substr(ns, ne - ns);
      ok = (ne - ns >= 6 && ne - ns <= 12 && !names::is_place(name) &&
            names::name_end(s, ns, &surname_only, names::NameContext{true, false, true}) == ne &&
            !surname_only) ||
           (ne - ns == 6 && nd.given_at(s, ns) && nd.given_at(s, ns + 3) &&
            !names::common_word(name) && !nd.stopwords.contains(name));
      // The date: a whole one (67.5.20, 民國30年9月9日), a month and a day (7/2, 7月15日, 九月十八,
      // 9.1) or one of the lunar calendar (農曆六月初九).
      std::size_t d = it.date + (util::has_at(s, it.date, "民國") ? 6 : 0);
      const std::size_t whole = is_digit(s[d]) || util::has_at(s, it.date, "民國")
                                    ? date_end(s, d, true)
                                    : std::string_view::npos;
      it.year = whole == de && table::old_enough(s.substr(d, de - d), 0);
      d = it.date + (util::has_at(s, it.date, "農曆") ? 6 : 0);
      const std::size_t dot = is_digit(s[d]) ? util::digits_end(s, d) : d;
      const bool dotted = dot > d && dot - d <= 2 && dot < de && s[dot] == '.' &&
                          util::digits_end(s, dot + 1) == de && de - dot - 1 <= 2 &&
                          value_of(s, d, dot) >= 1 && value_of(s, d, dot) <= 12 &&
                          value_of(s, dot + 1, de) >= 1 && value_of(s, dot + 1, de) <= 31;
      ok = ok && (it.year || month_day_end(s, d) == de || dotted);
    }
    if (ok) {
      items.push_back(it);
    } else {
      ++bad;
    }
    a = b + 3;
    if (b == s.size()) {
      break;
    }
  }
  const bool years = std::all_of(items.begin(), items.end(), [](const Item& i) { return i.year; });
  if (items.size() < (years ? 2u : 3u) || bad > 1) {
    return;
  }
  auto overlaps = [&](std::size_t a, std::size_t b) {
    return std::any_of(out.begin(), out.end(),
                       [&](const Match& m) { return m.start < b && a < m.end; });
  };
  for (const Item& it : items) {
    if (!overlaps(it.name, it.name_end)) {
      names::add(out, it.name, it.name_end, 0.7f, "name-date-list", "");
    }
    if (!overlaps(it.date, it.date_end)) {
      add(out, PiiType::birth_date, it.date, it.date_end, 0.75f, "birth_date", "name-date-list",
          "");
    }
  }
}

void numeral_dates_after_names(Line& line, std::vector<Match>& out, std::size_t first) {
  const std::string_view s = line.text();
  const std::size_t n = out.size();
  for (std::size_t k = first; k < n; ++k) {
    const Match m = out[k];
    if (m.type != PiiType::person_name || m.end + 1 >= s.size() || s[m.end] != '(') {
      continue;
    }
    const std::size_t a = m.end + 1, close = s.find(')', a);
    if (close == std::string_view::npos || close - a > 45) {
      continue;
    }
    std::string_view field = s.substr(a, close - a);
    if (field.ends_with("生")) {
      field.remove_suffix(3);
    }
    // (A lunar date leaves out 日: 農曆八十四年七月十三 — set236a's recruits.)
    std::string lunar;
    if (field.starts_with("農曆") && !field.ends_with("日")) {
      lunar.assign(field).append("日");
    }
    const std::string_view date = lunar.empty() ? field : std::string_view(lunar);
    const std::string_view year = date.starts_with("農曆") ? date.substr(6) : date;
    if (is_date(date) && table::old_enough(year, 18) &&
        std::none_of(out.begin(), out.end(), [&](const Match& o) {
          return o.start < a + field.size() && a < o.end && o.type != PiiType::person_name;
        })) {
      add(out, PiiType::birth_date, a, a + field.size(), 0.8f, "birth_date", "date-after-name",
          "姓名");
    }
  }
}

void years_after_names(Line& line, std::vector<Match>& out, std::size_t line_first,
                       std::size_t first) {
  const std::string_view s = line.text();
  const std::size_t n = out.size();
  // Another person's value on the line (an ID, a phone, an address, an e-mail): a row of people.
  const bool row =
      std::any_of(out.begin() + static_cast<std::ptrdiff_t>(line_first),
                  out.begin() + static_cast<std::ptrdiff_t>(first), [](const Match& m) {
                    return m.type == PiiType::national_id || m.type == PiiType::resident_id ||
                           m.type == PiiType::phone || m.type == PiiType::address ||
                           m.type == PiiType::email;
                  });
  if (!row) {
    return;
  }
  // Past one separator at s[p] (a comma, a tab, blanks, an ideographic one too), or npos.
  auto separator_end = [&](std::size_t p) {
    if (p >= s.size()) {
      return std::string_view::npos;
    }
    if (util::has_at(s, p, "，")) {
      return p + 3;
    }
    if (s[p] == ',' || s[p] == '\t') {
      return p + 1;
    }
    const std::size_t q = util::skip_blanks(s, p);
    return q == p ? std::string_view::npos : q;
  };
  for (std::size_t k = first; k < n; ++k) {
    const Match m = out[k];
    if (m.type != PiiType::person_name || m.end >= s.size()) {
      continue;
    }
    std::size_t p = separator_end(m.end);
    if (p == std::string_view::npos) {
      continue;
    }
    // (Or the person's ID between: 施阿豪　M229121214　64年　0977-234-896 — set276b's minutes.
    // Looked up only where a letter starts the field: most names are followed by no ID.)
    if (util::is_alpha(s[p])) {
      const auto line_end = out.begin() + static_cast<std::ptrdiff_t>(first);
      const auto id = std::find_if(
          out.begin() + static_cast<std::ptrdiff_t>(line_first), line_end, [&](const Match& o) {
            return o.start == p &&
                   (o.type == PiiType::national_id || o.type == PiiType::resident_id);
          });
      p = id == line_end ? std::string_view::npos : separator_end(id->end);
      if (p == std::string_view::npos) {
        continue;
      }
    }
    const std::size_t y = digits_end(s, p);
    if (y - p < 2 || y - p > 4 || !util::has_at(s, y, "年")) {
      continue;
    }
    const std::size_t e = y + 3;
    // The year alone as a field: a separator or the line's end after 年.
    if (!(e == s.size() || s[e] == ',' || s[e] == '\t' || s[e] == ' ' || s[e] == '\r' ||
          util::has_at(s, e, "，") || util::has_at(s, e, "\u3000"))) {
      continue;
    }
    const int v = value_of(s, p, y);
    const bool roc = y - p <= 3 && v >= 10 && v <= 100, western = y - p == 4 && v >= 1920;
    if ((!roc && !western) || !table::old_enough(s.substr(p, e - p), 18)) {
      continue;
    }
    if (std::none_of(out.begin() + static_cast<std::ptrdiff_t>(line_first), out.end(),
                     [&](const Match& o) { return o.start < e && p < o.end; })) {
      add(out, PiiType::birth_date, p, e, 0.75f, "birth_date", "year-after-name", "姓名");
    }
  }
}

void dates_after_names(Line& line, std::vector<Match>& out, std::size_t first) {
  const std::string_view s = line.text();
  const std::size_t n = out.size();
  // Names listed each with a date in brackets (1. 施志偉（100.7.14）2. 鍾文雄（99.3.2）: a troupe's
  // children — set44b): any age then, not an adult's only.
  // (Brackets counted once each: a name may be found twice by two rules here.)
  std::size_t bracketed = 0;
  for (std::size_t k = first; k < n; ++k) {
    const std::size_t e = out[k].end;
    bracketed += out[k].type == PiiType::person_name && e + 1 < s.size() && s[e] == '(' &&
                         is_digit(s[e + 1]) &&
                         std::none_of(out.begin() + static_cast<std::ptrdiff_t>(first),
                                      out.begin() + static_cast<std::ptrdiff_t>(k),
                                      [&](const Match& o) {
                                        return o.type == PiiType::person_name && o.end == e;
                                      })
                     ? 1
                     : 0;
  }
  for (std::size_t k = first; k < n; ++k) {
    const Match m = out[k];
    if (m.type != PiiType::person_name) {
      continue;
    }
    std::size_t p = m.end;
    if (p < s.size() && s[p] == ')') {
      ++p; // 阿美（潘美玉） 82.06.30: the name in brackets after a nickname
    }
    // (A closing tag of bold or emphasis between: <b>藍哲瑋</b>（2003-04-17） — set267a's
    // injury report.)
    for (std::string_view tag : {"</b>", "</strong>", "</em>", "</span>", "</u>"}) {
      if (p >= s.size() || s[p] != '<') {
        break; // (most names are followed by no tag)
      }
      if (s.substr(p, tag.size()) == tag && p + tag.size() < s.size() && s[p + tag.size()] == '(') {
        p += tag.size();
        break;
      }
    }
    // (A title or an honorific between: 何金枝阿嬤（1930/12/05）, 黃正雄 老師（1948–2019）.)
    // (A bracket within a few bytes first: most names have none after them.)
    if (p == m.end && p < s.size() && s[p] != '(' &&
        s.substr(p, 16).find('(') != std::string_view::npos) {
      std::size_t t = util::skip_blanks(s, p), hl = 0;
      if (names::honorific_at(s, t, &hl)) {
        t += hl;
      } else if (const std::size_t tl = names::title_at(s, t); tl != 0) {
        t += tl;
      } else if (util::has_at(s, t, "姊妹") || util::has_at(s, t, "姐妹") ||
                 util::has_at(s, t, "弟兄")) {
        t += 6; // (a church's members: 賴秀妍姊妹（1941年3月2日－2024年9月28日） — set132a)
      }
      t = util::skip_blanks(s, t);
      p = t > m.end && t < s.size() && s[t] == '(' ? t : p;
    }
    // A lifespan in brackets: its first year or date is the birth (杜進財先生（1941－2024）).
    if (p < s.size() && s[p] == '(') {
      const std::size_t q = p + 1;
      if (const std::size_t e = lifespan_end(s, q); e != std::string_view::npos) {
        add(out, PiiType::birth_date, q, e, 0.8f, "birth_date", "lifespan", "姓名");
        continue;
      }
    }
    // (One blank between the name and the bracket too: <li>鄭俊傑　（73年10月31日）</li> —
    // set283b's results; not the bracket right after one that closed on the name.)
    const bool bracket = p < s.size() && s[p] == '(' && !(p == m.end + 1 && s[m.end] == ')');
    if (bracket && death_told_before(s, m.start)) {
      continue;
    }
    // A year alone in the bracket, where other names on the line have dates in theirs (李品睿
    // （69.6.24）　林美惠（81年）　宋耀宗（40年） — set281a's staff list): an adult's year of
    // birth.
    if (const std::size_t y = bracket && bracketed >= 2 ? digits_end(s, p + 1) : p;
        y > p + 2 && y <= p + 4 && util::has_at(s, y, "年)") &&
        table::old_enough(s.substr(p + 1, y + 3 - p - 1), 18)) {
      add(out, PiiType::birth_date, p + 1, y + 3, 0.75f, "birth_date", "year-after-name", "姓名");
      continue;
    }
    // A child's date after a name a kinship word introduced (長子謝家豪（106.11.20）); else an
    // adult's only (所長核章：田志強（113.03.19）: the date of a signature).
    const bool child =
        m.cue.find("子") != std::string_view::npos || m.cue.find("女") != std::string_view::npos ||
        m.cue.find("兒") != std::string_view::npos || m.cue.find("孫") != std::string_view::npos;
    p = bracket ? p + 1 : util::skip_blanks(s, p);
    // (民國 first in the bracket: 莊漢卿伯伯（民國34年10月7日） — set110b.)
    if (bracket && util::has_at(s, p, "民國") && p + 6 < s.size() && is_digit(s[p + 6])) {
      p += 6;
    }
    // (Or a comma after the bracket that held the name: 施老師（施俊傑），74.09.09，國中美術教師 —
    // set75b.)
    if (!bracket && p > m.end && p + 1 < s.size() && (s[p] == ',' || util::has_at(s, p, "，"))) {
      p += s[p] == ',' ? 1 : 3;
    }
    bool later = false; // after other fields of the row
    if (p < s.size() && !is_digit(s[p]) && (p > m.end || bracket)) {
      // (The last of the bracket's notes first: Kanya Srisuk（甘雅，泰籍，1987.02.11）, Amelia
      // Scott（加拿大，1993-06-21） — sets 74b, 75b.)
      // (Only where the bracket holds a comma and a digit: most hold a single note.)
      const std::size_t close = bracket ? s.find(')', p) : std::string_view::npos;
      const std::string_view note =
          close == std::string_view::npos ? std::string_view() : s.substr(p, close - p);
      const bool notes = note.find("，") != std::string_view::npos &&
                         std::any_of(note.begin(), note.end(), [](char c) { return is_digit(c); });
      const std::size_t inner = notes ? date_after_fields(s, p) : std::string_view::npos;
      p = inner != std::string_view::npos && inner < close
              ? inner
              : date_after_fields(s, bracket ? p - 1 : p);
      later = true;
    }
    if (p >= s.size() || !is_digit(s[p]) || (!bracket && !later && p == m.end)) {
      continue;
    }
    const std::size_t start = p >= 6 && util::has_at(s, p - 6, "民國") ? p - 6 : p;
    const std::size_t end = date_end(s, p, true);
    if (end == std::string_view::npos || !date_stands_alone(s, end) ||
        // (A note may follow the date inside the bracket: 湯雅（71.12.05，駕照同身分證…） —
        // set264b.)
        (bracket && !later &&
         (end >= s.size() || !(s[end] == ')' || s[end] == ',' || util::has_at(s, end, "，")))) ||
        !table::old_enough(s.substr(p, end - p),
                           (bracket && !later &&
                            (child || bracketed >= 2 || pupil(s) || list_item(s, m.start, end))) ||
                                   (later && pupil(s))
                               ? 1
                               : 18)) {
      continue;
    }
    if (std::none_of(out.begin(), out.end(), [&](const Match& o) {
          return o.start < end && start < o.end && o.type != PiiType::person_name;
        })) {
      add(out, PiiType::birth_date, start, end, 0.8f, "birth_date", "date-after-name", "姓名");
    }
  }
}

} // namespace twpii::detectors
