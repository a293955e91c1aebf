// Table rows and headers: fields by separator, headers that name a date-of-birth or a name
// column, and which lines can belong to a table.
#include "table.hpp"

#include "detectors.hpp"
#include "patterns.hpp"
#include "text_util.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstring>
#include <set>
#include <string>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace twpii::table {

namespace {
constexpr std::string_view k_ideographic_space = "\u3000";

// A box table's vertical bar at row[i], in the forms forms are drawn with (│, ┃, ║ — set86b's
// double-lined form — and the full-width ｜).
bool bar_at(std::string_view row, std::size_t i) {
  if (i + 3 > row.size()) {
    return false;
  }
  const auto b0 = static_cast<unsigned char>(row[i]), b1 = static_cast<unsigned char>(row[i + 1]),
             b2 = static_cast<unsigned char>(row[i + 2]);
  return (b0 == 0xE2 &&
          ((b1 == 0x94 && (b2 == 0x82 || b2 == 0x83)) || (b1 == 0x95 && b2 == 0x91))) ||
         (b0 == 0xEF && b1 == 0xBD && b2 == 0x9C); // │ ┃ ║ ｜
}
bool has_bar(std::string_view row) {
  // (One search for the lead byte the three box bars share: it is rare in CJK text.)
  for (const char* p = static_cast<const char*>(std::memchr(row.data(), 0xE2, row.size()));
       p != nullptr; p = static_cast<const char*>(std::memchr(
                         p + 1, 0xE2, row.size() - static_cast<std::size_t>(p + 1 - row.data())))) {
    if (bar_at(row, static_cast<std::size_t>(p - row.data()))) {
      return true;
    }
  }
  return util::find_char3(row, 0, "｜") != std::string_view::npos;
}

// Bytes of the separator at row[i] for `sep`, or 0.
// Whether a full-width Latin letter (Ａ-Ｚ: EF BC A1-BA, ａ-ｚ: EF BD 81-9A) starts at `i`.
bool wide_letter(std::string_view row, std::size_t i) {
  if (i + 3 > row.size() || static_cast<unsigned char>(row[i]) != 0xEF) {
    return false;
  }
  const auto b = static_cast<unsigned char>(row[i + 1]), c = static_cast<unsigned char>(row[i + 2]);
  return (b == 0xBC && c >= 0xA1 && c <= 0xBA) || (b == 0xBD && c >= 0x81 && c <= 0x9A);
}

std::size_t separator_at(std::string_view row, std::size_t i, char sep) {
  if (sep == '<') { // HTML cells: a run of tags (</td><td>, <td><a href="…">) and blanks
    std::size_t p = i;
    // Blanks and line breaks between the tags: a row may be written a cell per line.
    auto blank = [&](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; };
    // Whether the tag at row[at] opens (</ closes) a cell: <td, <th, </td, </th.
    auto cell_tag = [&](std::size_t at, bool closing) {
      const std::size_t t = at + (closing ? 2 : 1);
      return (!closing || (at + 1 < row.size() && row[at + 1] == '/')) && t + 1 < row.size() &&
             (row[t] == 't' || row[t] == 'T') &&
             (row[t + 1] == 'd' || row[t + 1] == 'D' || row[t + 1] == 'h' || row[t + 1] == 'H');
    };
    bool opened = false; // a cell opened in this run: an empty cell (<td></td>) ends it there
    bool cell = false;   // a cell's or a row's tag in the run (not <br> or <b> inside a cell)
    while (p < row.size() && (row[p] == '<' || (p > i && blank(row[p])))) {
      if (blank(row[p])) {
        ++p;
        continue;
      }
      if (opened && cell_tag(p, true)) {
        while (blank(row[p - 1])) {
          --p; // the blank is the empty cell's (<td> </td>)
        }
        break;
      }
      opened = opened || cell_tag(p, false);
      cell = cell || cell_tag(p, false) || cell_tag(p, true) ||
             (p + 2 < row.size() && (row[p + 1] | 0x20) == 't' && (row[p + 2] | 0x20) == 'r') ||
             (p + 3 < row.size() && row[p + 1] == '/' && (row[p + 2] | 0x20) == 't' &&
              (row[p + 3] | 0x20) == 'r');
      const std::size_t close = row.find('>', p);
      if (close == std::string_view::npos) {
        break;
      }
      p = close + 1;
    }
    // (A run of tags inside a cell — 詹博堯<br>H122901773 — is part of it: the cells after it
    // keep their columns.)
    return p > i && row[p - 1] == '>' && (cell || i == 0) ? p - i : 0;
  }
  if (sep == '|') {
    if (row[i] == '|') {
      return 1;
    }
    return bar_at(row, i) ? 3 : 0;
  }
  if (sep == k_wide_comma) {
    return util::has_at(row, i, "，") ? 3 : 0;
  }
  if (sep == k_spaced_slash) {
    return util::has_at(row, i, " / ") ? 3 : 0;
  }
  if (sep == k_wide_slash) {
    return util::has_at(row, i, "／") ? 3 : 0;
  }
  if (sep != ' ') {
    return row[i] == sep ? 1 : 0;
  }
  // Blanks between the columns of a fixed-width table: two spaces or more, or an ideographic
  // space (one ASCII space stays inside a field: 0936 172 845); or a tab, where a row pasted
  // from a spreadsheet sits under a header spaced by hand (  1  Walis Yukan⇥37.12.23⇥D區28號 —
  // set262b's garden waiting list).
  std::size_t p = i, spaces = 0;
  bool wide = false;
  while (p < row.size()) {
    if (row[p] == ' ') {
      ++p, ++spaces;
    } else if (row[p] == '\t') {
      ++p, spaces += 2;
    } else if (util::has_at(row, p, k_ideographic_space)) {
      p += 3, wide = true;
    } else {
      break;
    }
  }
  // (Not the one ideographic space that pads a surname and one character to a three-character
  // column: 盧　琴 between blanks is one name, as a roster of names prints it.)
  if (wide && spaces == 0 && p - i == 3 && i >= 3 && p + 3 <= row.size() &&
      util::ideograph_at(row.data() + i - 3, row.data() + row.size()) &&
      util::ideograph_at(row.data() + p, row.data() + row.size()) &&
      patterns::name_data().surname_at(row, i - 3) == 3 &&
      (i == 3 || row[i - 4] == ' ' || row[i - 4] == '\t' ||
       (i >= 6 && util::has_at(row, i - 6, k_ideographic_space))) &&
      (p + 3 == row.size() || row[p + 3] == ' ' || row[p + 3] == '\r' ||
       util::has_at(row, p + 3, k_ideographic_space))) {
    return 0;
  }
  // (Nor the one between the words of a Latin name printed full-width, the next a word of
  // letters alone: Ｉｐａｙ　Ｗａｄａｎ — set219a's team roster; not before an ID, Ｆ２２….)
  if (wide && spaces == 0 && p - i == 3 && i >= 3 && wide_letter(row, i - 3) &&
      wide_letter(row, p) && static_cast<unsigned char>(row[p + 1]) == 0xBC) { // (a capital)
    std::size_t q = p;
    while (q + 3 <= row.size() && wide_letter(row, q)) {
      q += 3;
    }
    if (q + 3 > row.size() || !util::has_at(row, q, "\xEF\xBC") ||
        static_cast<unsigned char>(row[q + 2]) < 0x90 ||
        static_cast<unsigned char>(row[q + 2]) > 0x99) { // (no full-width digit after it)
      return 0;
    }
  }
  return spaces >= 2 || wide ? p - i : 0;
}

Field trimmed(std::string_view row, std::size_t a, std::size_t b) {
  while (a < b && (row[a] == ' ' || row[a] == '"' || row[a] == '\r' || row[a] == '\n')) {
    ++a;
  }
  while (a + 3 <= b && util::has_at(row, a, k_ideographic_space)) {
    a += 3;
  }
  while (b > a &&
         (row[b - 1] == ' ' || row[b - 1] == '"' || row[b - 1] == '\r' || row[b - 1] == '\n')) {
    --b;
  }
  while (b >= a + 3 && util::has_at(row, b - 3, k_ideographic_space)) {
    b -= 3;
  }
  return Field{a, b};
}
} // namespace

void split_row(std::string_view row, char sep, std::vector<Field>& out) {
  out.clear();
  std::size_t start = 0;
  bool quoted = false;
  if (sep == ' ' || sep == '<') { // indentation, the tags that open a row
    while (start < row.size() && row[start] == ' ') {
      ++start;
    }
    start += separator_at(row, start, sep);
  }
  for (std::size_t i = start; i < row.size();) {
    if (sep == ',' && row[i] == '"') {
      quoted = !quoted;
      ++i;
      continue;
    }
    std::size_t len = quoted ? 0 : separator_at(row, i, sep);
    if (len == 0) {
      ++i;
      continue;
    }
    out.push_back(trimmed(row, start, i));
    i += len;
    start = i;
  }
  // </td></tr> ends a row of cells, and trailing blanks (and a CR) a fixed-width row: no empty
  // field after them.
  const Field last = trimmed(row, start, row.size());
  if ((start < row.size() && (sep != ' ' || last.end > last.start)) ||
      (!out.empty() && sep != '<' && sep != ' ')) {
    out.push_back(last);
  }
  // A list's line in prose's punctuation: the item's marker is no part of its first field (-
  // 李淑惠, （二）上官成詩, <li>), nor the tags that close the item part of its last (…</li>).
  if ((sep == k_wide_comma || sep == k_spaced_slash || sep == k_wide_slash) && !out.empty()) {
    out.front().start = std::min(list_marker_end(row, out.front().start), out.front().end);
    out.back() = without_end_tags(row, out.back());
  }
  // A fixed-width row's serial one blank before a name (0003 康　平   Q103174565): two fields, as
  // its header's column names one blank apart are (編號 姓名).
  // (So in a tab-separated one whose first column is 編號 姓名:  4  酆家<TAB>F12946****.)
  if (sep != '<' && !out.empty()) {
    const Field f = out[0];
    std::size_t d = f.start;
    while (d < f.end && util::is_digit(row[d])) {
      ++d;
    }
    // (Or a list's number: 3. 邱錦堂　0904739905　2004-10-03 — set156b's sign-up list.)
    const std::size_t marker = d > f.start && d < f.end && (row[d] == '.' || row[d] == ')') ? 1 : 0;
    std::size_t q = d + marker;
    while (q < f.end && row[q] == ' ' && (sep != ' ' || q == d + marker)) {
      ++q;
    }
    if (d > f.start && d - f.start <= 5 && q > d + marker && q + 3 <= f.end && row[q] & 0x80) {
      out.insert(out.begin() + 1, Field{q, f.end});
      out[0].end = d + marker;
    }
  }
}

bool starts_with_serial(std::string_view row) {
  std::size_t p = 0;
  while (p < row.size() && p < 64) {
    if (row[p] == ' ' || row[p] == '\t' || (p == 0 && row[p] == '|')) {
      ++p; // (a Markdown table's border before the first cell)
    } else if (row[p] == '<') {
      const std::size_t close = row.find('>', p);
      if (close == std::string_view::npos) {
        return false;
      }
      p = close + 1;
    } else {
      break;
    }
  }
  // Or a prize's rank, as award lists start their rows (特優 / 佳作 / 第一名 …).
  // (Their first characters first: most rows, and most lines of prose, start with none.)
  static constexpr util::CharSet k_rank_firsts(U"特優甲乙丙佳冠亞季第首金銀銅入");
  static constexpr std::string_view k_ranks[] = {
      "特優",   "優等",   "甲等",   "乙等", "丙等", "佳作", "冠軍", "亞軍", "季軍",
      "第一名", "第二名", "第三名", "首獎", "金獎", "銀獎", "銅獎", "優選", "入選"};
  if (p + 3 <= row.size() && static_cast<unsigned char>(row[p]) >= 0xE4 &&
      k_rank_firsts.contains(row.substr(p, 3))) {
    for (std::string_view rank : k_ranks) {
      if (util::has_at(row, p, rank)) {
        const std::size_t q = p + rank.size();
        return q < row.size() &&
               (row[q] == ',' || row[q] == '\t' || row[q] == '|' || row[q] == '<' ||
                row[q] == ' ' || util::has_at(row, q, k_ideographic_space));
      }
    }
  }
  const std::size_t digits = p;
  while (p < row.size() && util::is_digit(row[p]) && p - digits < 5) {
    ++p;
  }
  if (p == digits || p - digits > 4 || p >= row.size()) {
    return false;
  }
  const char c = row[p];
  return c == ',' || c == '\t' || c == '|' || c == '<' || c == ' ' || c == '.' ||
         util::has_at(row, p, k_ideographic_space) || bar_at(row, p) || util::has_at(row, p, "、");
}

bool may_be_row(std::string_view row) {
  std::size_t n = 0, i = 0;
#if defined(__SSE2__)
  const __m128i comma = _mm_set1_epi8(','), tab = _mm_set1_epi8('\t'), bar = _mm_set1_epi8('|'),
                lt = _mm_set1_epi8('<'), space = _mm_set1_epi8(' ');
  for (; i + 17 <= row.size() && n < 2; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(row.data() + i));
    const __m128i w = _mm_loadu_si128(reinterpret_cast<const __m128i*>(row.data() + i + 1));
    const __m128i sep = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, comma), _mm_cmpeq_epi8(v, tab)),
                                     _mm_or_si128(_mm_cmpeq_epi8(v, bar), _mm_cmpeq_epi8(v, lt)));
    const __m128i blanks = _mm_and_si128(_mm_cmpeq_epi8(v, space), _mm_cmpeq_epi8(w, space));
    // Separators counted up to two (all the test needs): without -mpopcnt, __builtin_popcount
    // is a call into libgcc (1 % of the prose bench).
    const auto m = static_cast<unsigned>(_mm_movemask_epi8(sep));
    n += static_cast<std::size_t>(m != 0) + static_cast<std::size_t>((m & (m - 1)) != 0) +
         (_mm_movemask_epi8(blanks) != 0 ? 2 : 0);
  }
#endif
  for (; i < row.size() && n < 2; ++i) {
    const char c = row[i];
    n += c == ',' || c == '\t' || c == '|' || c == '<' ? 1 : 0;
    n += c == ' ' && i + 1 < row.size() && row[i + 1] == ' ' ? 2 : 0;
  }
  return n >= 2 || util::find_char3(row, 0, k_ideographic_space) != std::string_view::npos ||
         has_bar(row);
}

bool has_lone_date(std::string_view row, bool partial) {
  // Whether row[at] may stand next to a field: a separator, a quote or a blank (also in their
  // full-width forms: the row may not be normalised yet).
  auto edge = [&](std::size_t at) {
    const char c = row[at];
    return c == ',' || c == '\t' || c == '|' || c == ' ' || c == '"' || c == '\r' || c == '<' ||
           c == '>' || bar_at(row, at) || util::has_at(row, at, "，") ||
           util::has_at(row, at, k_ideographic_space);
  };
  auto edge_before = [&](std::size_t at) {
    return at == 0 || edge(at - 1) || (at >= 3 && edge(at - 3));
  };
  for (std::size_t i = detectors::next_digit(row, 0); i < row.size();
       i = detectors::next_digit(row, i)) {
    const std::size_t start = i >= 6 && util::has_at(row, i - 6, "民國") ? i - 6
                              : i >= 3 && util::has_at(row, i - 3, "民") ? i - 3 // 民37年4月3日
                                                                         : i;
    if (edge_before(start)) {
      std::size_t end = i;
      while (end < row.size() && !edge(end)) {
        ++end; // to the end of the field-like run
      }
      if (partial ? detectors::is_birth_cell(row.substr(start, end - start))
                  : detectors::is_date(row.substr(start, end - start))) {
        return true;
      }
    }
    while (i < row.size() && util::is_digit(row[i])) {
      ++i;
    }
  }
  // Full-width digits (０-９: EF BC 90-99) after an edge: maybe a date, once normalised.
  for (std::size_t i = row.find("\xEF\xBC"); i != std::string_view::npos;
       i = row.find("\xEF\xBC", i + 2)) {
    const auto b = static_cast<unsigned char>(i + 2 < row.size() ? row[i + 2] : 0);
    if (b >= 0x90 && b <= 0x99 && edge_before(i)) {
      return true;
    }
  }
  // A date in numerals, its month's 月 within a field that starts with a numeral or a
  // calendar's word (農曆五月十七, 九十二年十一月十八, 民國六十三年四月初十日: a temple's
  // register, whose rows under 生辰 may hold nothing else — set153a).
  // (Three bytes at a time: 月's lead byte begins most of prose's characters; and only in a
  // row of a table's length, not a paragraph with a finding in it.)
  for (std::size_t m = row.size() <= 400 ? util::find_char3(row, 0, "月") : row.size();
       m < row.size(); m = util::find_char3(row, m + 3, "月")) {
    std::size_t start = m;
    while (start >= 3 && start + 30 > m && !edge(start - 1) && !edge(start - 3)) {
      start -= 3;
    }
    std::size_t end = m + 3;
    while (end < row.size() && end < m + 30 && !edge(end)) {
      ++end;
    }
    const std::string_view field = row.substr(start, end - start);
    if (edge_before(start) && start < m &&
        (util::is_chinese_numeral(util::cp3(row.data() + start)) ||
         util::starts_with(field, "農曆") || util::starts_with(field, "國曆") ||
         util::starts_with(field, "民國")) &&
        (partial ? detectors::is_birth_cell(field) : detectors::is_date(field))) {
      return true;
    }
  }
  return false;
}

char list_date(std::string_view row) {
  for (const auto& [sep, mark] : {std::pair{k_wide_comma, std::string_view("，")},
                                  std::pair{k_spaced_slash, std::string_view(" / ")},
                                  std::pair{k_wide_slash, std::string_view("／")}}) {
    auto find_mark = [&](std::size_t from) {
      return sep == k_spaced_slash ? row.find(mark, from) : util::find_char3(row, from, mark);
    };
    std::size_t next = find_mark(0);
    if (next == std::string_view::npos) {
      continue;
    }
    // Each field from the row's start (a date may open a line of a list whose name ends the
    // line above) to the last.
    for (std::size_t a = 0;;) {
      const std::size_t b = next == std::string_view::npos ? row.size() : next;
      // (A date starts with a digit, a full-width one, a month's English name, 民國, 農曆, 國曆
      // or a numeral: the one look that turns away most commas of prose. Full-width digits
      // are read once the row is split and its fields normalised.)
      if (a < b && b - a <= 40 &&
          (util::is_digit(row[a]) || (row[a] >= 'A' && row[a] <= 'Z') ||
           util::has_at(row, a, "\xEF\xBC") || util::has_at(row, a, "民") ||
           util::has_at(row, a, "農") || util::has_at(row, a, "國") ||
           (sep != k_wide_comma && b - a >= 3 &&
            util::is_chinese_numeral(util::cp3(row.data() + a))))) {
        std::string_view field = row.substr(a, without_end_tags(row, Field{a, b}).end - a);
        while (!field.empty() && (field.back() == ' ' || field.back() == '\r')) {
          field.remove_suffix(1);
        }
        if (field.ends_with("。")) {
          field.remove_suffix(3);
        }
        if (util::has_at(row, a, "\xEF\xBC") || detectors::is_birth_cell(field)) {
          return sep;
        }
      }
      if (next == std::string_view::npos) {
        break;
      }
      a = next + mark.size();
      next = find_mark(a);
    }
  }
  return 0;
}

Field without_end_tags(std::string_view row, Field f) {
  while (f.end > f.start && row[f.end - 1] == '>') {
    const std::size_t open = row.rfind('<', f.end - 1);
    if (open == std::string_view::npos || open < f.start) {
      break;
    }
    f.end = open;
  }
  return f;
}

std::size_t list_marker_end(std::string_view row, std::size_t at) {
  std::size_t p = at;
  while (p < row.size() && (row[p] == ' ' || row[p] == '<')) { // (blanks and <li>, <p>)
    if (row[p] == '<') {
      const std::size_t close = row.find('>', p);
      if (close == std::string_view::npos) {
        break;
      }
      p = close + 1;
    } else {
      ++p;
    }
  }
  if (p > at && p < row.size() &&
      !(row[p] == '-' || row[p] == '*' || util::is_digit(row[p]) || util::has_at(row, p, "（") ||
        util::has_at(row, p, "•") || util::has_at(row, p, "・"))) {
    return p; // the tags alone
  }
  if (util::has_at(row, p, "（")) { // （一）, （1）
    const std::size_t c = row.find("）", p);
    return c != std::string_view::npos && c - p <= 12 ? c + 3 : at;
  }
  std::size_t d = p;
  while (d < row.size() && util::is_digit(row[d])) {
    ++d;
  }
  if (d > p && d - p <= 3 && d + 1 < row.size() && (row[d] == ')' || row[d] == '.') &&
      row[d + 1] == ' ') {
    p = d + 1; // 1) , 2.
  } else if (d == p && p + 1 < row.size() && (row[p] == '-' || row[p] == '*') &&
             row[p + 1] == ' ') {
    p += 1; // - , *
  } else if (util::has_at(row, p, "•") || util::has_at(row, p, "・")) {
    p += 3;
  } else if (row[p] == '#' && p + 1 < row.size() && util::is_digit(row[p + 1])) {
    // (A forum post's number: #7 謝秀蘭／042/03/02 — set244b's sign-up thread.)
    d = p + 1;
    while (d < row.size() && util::is_digit(row[d])) {
      ++d;
    }
    if (d - p > 4 || d >= row.size() || row[d] != ' ') {
      return at;
    }
    p = d;
  } else {
    return at;
  }
  while (p < row.size() && row[p] == ' ') {
    ++p;
  }
  return p;
}

namespace {
// The birth word `field` (a header cell) holds, or "": 出生日期, 出生年月日, 生日, 出生, 生辰 (a
// temple's 農曆生辰), and
// in any case Birth, DOB (birth_date, Date of Birth).
std::string_view birth_word(std::string_view field) {
  // (年次, a birth cohort's column: 72年 under it is a year of birth — set55b's stall lottery.)
  // (生肖年, a temple register's column of the stem-branch year: 戊寅年 under it — set110a.)
  // (Not 發生日期, an accident's date: 災害發生日期 before 出生日期 — set26a's reports; nor 往生
  // 日期, a death's: a bereavement roster's 逝者出生 then 往生日期 — set106a; nor a pet's: 犬隻生日
  // — set153b.)
  const auto other_event = [&](std::size_t at) {
    return at >= 3 && (util::has_at(field, at - 3, "發") || util::has_at(field, at - 3, "產") ||
                       util::has_at(field, at - 3, "往"));
  };
  for (std::string_view w : {"出生日期", "出生年月日", "生日", "出生", "生辰", "年次", "生肖年"}) {
    if (const std::size_t at = field.find(w); at != std::string_view::npos &&
                                              !(w == "生日" && other_event(at)) &&
                                              !util::animal_before(field, at)) {
      return w;
    }
  }
  // 生年 (a grave register's 生年 and 卒年), not 發生年度, 生產年份 or 往生年月日.
  if (const std::size_t at = field.find("生年");
      at != std::string_view::npos && !other_event(at) && !util::animal_before(field, at)) {
    return "生年";
  }
  std::string lower(field);
  for (char& c : lower) {
    c = util::is_alpha(c) ? static_cast<char>(c | 0x20) : c;
  }
  if (lower.find("birth") != std::string::npos) {
    return "Birth";
  }
  // (Or bday, b-day, as a spreadsheet's header writes it: no,name,area_addr,tel,bday — set168a.)
  if (lower == "bday" || lower == "b-day" || lower == "b_day") {
    return "Birth";
  }
  return lower.find("dob") != std::string::npos ? "DOB" : "";
}

// Whether `field` names a phone column (電話, 市話, 手機, 聯絡電話, 電話(家), Tel, Phone, Mobile).
bool phone_word(std::string_view field) {
  // (Not a phone's make or model: 手機型號 over ASUS Zenfone — set82b's senior IT class.)
  if (field.size() > 30 || field.ends_with("型號") || field.ends_with("品牌")) {
    return false;
  }
  for (std::string_view w : {"電話", "市話", "手機"}) {
    if (field.find(w) != std::string_view::npos) {
      return true;
    }
  }
  std::string lower(field);
  for (char& c : lower) {
    c = util::is_alpha(c) ? static_cast<char>(c | 0x20) : c;
  }
  return lower == "tel" || lower == "phone" || lower == "mobile" || lower == "cell";
}

std::string_view name_word_of(std::string_view field);

// The name word `field` is (姓名, 學生姓名, 名字, 族名, 漢名, Name, Chinese Name), or "": also
// of either side of a slash (指導老師／教練, 家長/監護人).
std::string_view name_word(std::string_view field) {
  if (const std::string_view w = name_word_of(field); !w.empty()) {
    return w;
  }
  for (std::string_view slash : {"／", "/"}) {
    if (const std::size_t at = field.find(slash); at != std::string_view::npos) {
      const std::string_view w = name_word_of(field.substr(0, at));
      return !w.empty() ? w : name_word_of(field.substr(at + slash.size()));
    }
  }
  return "";
}

std::string_view name_word_of(std::string_view field) {
  if (field.find("姓名") != std::string_view::npos && field.size() <= 15) {
    return "姓名";
  }
  // (A note in brackets after it: 英文姓名(同護照), 姓名（正楷）.)
  if (field.size() > 15 && field.size() <= 45 && (field.ends_with(")") || field.ends_with("）"))) {
    const std::size_t open = std::min(field.find('('), field.find("（"));
    if (open != std::string_view::npos && open > 0 && open <= 15 &&
        field.substr(0, open).find("姓名") != std::string_view::npos) {
      return "姓名";
    }
  }
  if (field == "名字" || field == "名") { // (名 alone: 編號 名 綽號 … — set199a)
    return "名字";
  }
  // A temple's register of its believers (燈別⇥信眾⇥生辰⇥住址 — set153a's lamp register).
  if (field == "信眾" || field == "信徒" || field == "善信") {
    return "姓名";
  }
  // A name's other forms (戶代表（族名）, 漢名, 中文名, 英文名): a village's or a school's roster;
  // 譯名, a migrant worker's name in Chinese characters (中文譯名).
  if (field.size() <= 30 && field.find("譯名") != std::string_view::npos) {
    return "譯名";
  }
  // (中文名 alone too: a crew list's Chinese renderings beside Name, 蘇普里亞迪, 阿古斯 — set118a.)
  if (field == "中文名") {
    return "譯名";
  }
  // A nickname's column (編號,姓名,暱稱,負責區域 — set48a's volunteers): what people are called
  // by, read as 譯名's cells are (小咪, 貓姐, 阿桃).
  // (A troupe's stage names too, beside 本名: 藝名 over 小月桂, 胖丑仔 — set195a's Hakka opera.)
  if (field == "暱稱" || field == "綽號" || field == "小名" || field == "外號" || field == "藝名") {
    return "暱稱";
  }
  if (field == "本名") {
    return "姓名";
  }
  // A signature column (簽章, 簽名, 簽收; a supervisor's 主管核章 on a police look-up log):
  // a name or a surname stamped there.
  // (And the clerk who handled the row, a surname often: 經辦, 經手人, 承辦 — set41a's
  // lost-property register.)
  if (field == "簽章" || field == "簽名" || field == "簽收" || field == "簽領" || field == "蓋章" ||
      field == "經辦" || field == "經辦人" || field == "經手" || field == "經手人" ||
      field == "承辦" || field == "藥師" || // (a pharmacy's refill log — set160a)
      // (處理人 over 林, 魏 — set305a's complaint log; 受理人, 值班人 alike; a vaccination
      // station's 醫師 and 護理師 over 尤.)
      field == "處理人" || field == "受理人" || field == "值班人" || field == "承辦人" ||
      field == "醫師" || field == "護理師" || field == "接種醫師" ||
      // (A pupil's guardian or parent, a surname alone often: 監護人 over 柳, 藍 — set314b's
      // xiangqi pairings.)
      field == "監護人" || field == "家長" ||
      (field.size() <= 18 && (field.ends_with("核章") || field.ends_with("簽章") ||
                              field.ends_with("簽名")))) { // (調閱人簽名 — set203a)
    return "簽章";
  }
  // The staff who went out or handled the row (出勤人員, 處理人員 over 上官承翰, 阿龍 — the snake
  // and bee call logs of sets 74b, 86a, 96a): people, and the nicknames a crew calls them by.
  // (Or an inspector's, 稽查員 over 麥可 — set104b's night-market checks; and the members of a
  // household, by their given names: 家庭成員 over 鳳嬌、文雄 — set104b's relief roster.)
  if (field == "稽查員" || field == "訪視員" || field == "調查員" || field == "查核員" ||
      field == "家庭成員" || field == "同住成員" || field == "家屬" || field == "眷屬" ||
      field == "同住家人") {
    return "暱稱";
  }
  // (Or a bus's driver, by any name the complaint gives: 被申訴駕駛 over 施坤山, 舒婷 —
  // set130b's complaints.)
  if (field.size() <= 18 &&
      (field.ends_with("駕駛") || field.ends_with("駕駛員") || field.ends_with("司機"))) {
    return "暱稱";
  }
  if (field.size() == 12 && field.ends_with("人員") &&
      (field.starts_with("出勤") || field.starts_with("處理") || field.starts_with("承辦") ||
       field.starts_with("執勤") || field.starts_with("值班") || field.starts_with("訪視"))) {
    return "暱稱";
  }
  if (field.size() <= 30) {
    for (std::string_view w : {"族名", "漢名", "中文名", "英文名"}) {
      if (field.find(w) != std::string_view::npos) {
        return "姓名";
      }
    }
  }
  // A role whose column holds people (區分所有權人, 申請人, 得獎人, 當選人, 候選人): a name label
  // of patterns/cues.tsv ending in 人 or 者, or these award words, as the whole field.
  if (field.size() >= 6 && field.size() <= 18 && (field.ends_with("人") || field.ends_with("者"))) {
    static const std::vector<std::string_view> k_roles = [] {
      std::vector<std::string_view> w = {"得獎人", "受獎人", "獲獎人", "當選人", "領獎人", "得獎者",
                                         "受獎者", "獲獎者", "當選者", "候選人", "參選人"};
      for (const auto& c : patterns::cues()) {
        if (c.cls == patterns::CueClass::name && c.positive &&
            (c.word.ends_with("人") || c.word.ends_with("者")) && c.word.size() >= 6) {
          w.push_back(c.word);
        }
      }
      return w;
    }();
    for (std::string_view w : k_roles) {
      if (field.ends_with(w)) {
        return "姓名";
      }
    }
  }
  // A role ending in 人 (受扶助人, 被保險人, 收件人: a person's; not 法人, a company), or in 者
  // (受傷者 over a martial-arts hall's injured pupils — set254a; not 業者, a business).
  if (field.size() >= 6 && field.size() <= 15 &&
      ((field.ends_with("人") && !field.ends_with("法人") && !field.ends_with("個人") &&
        !field.ends_with("每人")) ||
       (field.ends_with("者") && !field.ends_with("業者") && !field.ends_with("前者") &&
        !field.ends_with("後者") && !field.ends_with("或者")))) {
    return "姓名";
  }
  // Or any role ending in 員, two to four characters (領犬員 over a patrol's dog handlers —
  // set271b; 稽查員 and 隊員 are listed too).
  if (field.size() >= 6 && field.size() <= 12 && field.ends_with("員") &&
      !field.ends_with("人員") && !field.ends_with("員額")) {
    return "姓名";
  }
  // People by what they are, as award lists and rosters head them (學生, 指導老師, 家長; 扶助律師
  // and 對造 in a legal aid list).
  for (std::string_view w :
       {"學生", "老師", "教師", "導師", "家長", "會員", "志工", "隊員", "組員", "委員", "鄰長",
        "里長", "村長", "教練", "律師", "醫師", "對造", "墓主", "亡者", "飼主", "農友", "屋主",
        "地主", "車主", "船主", "戶長", "生產者", "農民", "農戶",
        // (學員 over a first-aid class's trainees, 養殖戶 over fish farmers — sets 86a, 82b.)
        "學員", "團員", "社員", "學童", "幼生", "選手", "住戶", "養殖戶", "承租戶", "受災戶",
        // (考生 over a piano exam's children, 母親 over a birth register's mothers, 乘客 over a
        // ferry's manifest — sets 254b, 255b.)
        "考生", "母親", "父親", "產婦", "乘客", "旅客",
        // (顧客 over a watch shop's unclaimed repairs — set268a.)
        "顧客", "病患", "患者", "長者"}) {
    if (field.size() <= 15 && field.ends_with(w)) {
      return "姓名";
    }
  }
  // Migrant workers and caregivers, named in Chinese characters as often as not (<th>移工</th>
  // over 瑪麗亞, 布迪 — set59b): read as 譯名's cells.
  for (std::string_view w : {"移工", "外勞", "看護", "外籍看護", "外籍移工"}) {
    if (field == w) {
      return "譯名";
    }
  }
  std::string lower(field);
  for (char& c : lower) {
    c = util::is_alpha(c) ? static_cast<char>(c | 0x20) : c;
  }
  // (And an export's keys: name_en over Eric, Zoe beside name — set122b's intern accounts.)
  for (std::string_view w : {"name", "full name", "chinese name", "english name", "name (chinese)",
                             "name_en", "name_zh", "en_name", "english_name", "chinese_name"}) {
    if (lower == w) {
      return "Name";
    }
  }
  return "";
}
} // namespace

std::optional<Header> header(std::string_view row) {
  if (row.size() > 1024) {
    return std::nullopt; // column names are short: a paragraph is no header
  }
  // An HTML row after other markup on its line (</ol><h2>二、學生組</h2><table><tr><th>名次…):
  // its cells start at its <tr (set145a: the heading had been a column, and 學校 read as 姓名).
  if (const std::size_t tr = row.find("<tr"); tr != std::string_view::npos && tr > 0) {
    row.remove_prefix(tr);
  }
  // A cheap test first: every birth word holds 生, "irth" or "ob" / "OB", every name word 名,
  // 人, 者, 師, 員, 長, 家 (家長), 生 (學生), 主 (飼主, 墓主), 友 (農友), 工 (移工), 勞 (外勞),
  // 護 (看護), 客 (顧客, 乘客), 患 (病患) or "ame" / "AME".
  if (util::find_char3(row, 0, "生") == std::string_view::npos &&
      util::find_char3(row, 0, "客") == std::string_view::npos &&
      util::find_char3(row, 0, "患") == std::string_view::npos &&
      util::find_char3(row, 0, "主") == std::string_view::npos &&
      util::find_char3(row, 0, "友") == std::string_view::npos &&
      util::find_char3(row, 0, "工") == std::string_view::npos &&
      util::find_char3(row, 0, "勞") == std::string_view::npos &&
      util::find_char3(row, 0, "護") == std::string_view::npos &&
      util::find_char3(row, 0, "名") == std::string_view::npos &&
      util::find_char3(row, 0, "人") == std::string_view::npos &&
      util::find_char3(row, 0, "者") == std::string_view::npos &&
      util::find_char3(row, 0, "師") == std::string_view::npos &&
      util::find_char3(row, 0, "員") == std::string_view::npos &&
      util::find_char3(row, 0, "長") == std::string_view::npos &&
      util::find_char3(row, 0, "家") == std::string_view::npos &&
      row.find("irth") == std::string_view::npos && row.find("IRTH") == std::string_view::npos &&
      row.find("ob") == std::string_view::npos && row.find("OB") == std::string_view::npos &&
      row.find("ame") == std::string_view::npos && row.find("AME") == std::string_view::npos) {
    return std::nullopt;
  }
  // A row of values is no header, whatever words it holds (113/04/14⇥游雅婷⇥1971/04/01⇥…⇥
  // 0958018881⇥缺席: 缺席 is a minutes' name word — set86a's first-aid roster): eight digits
  // or more, none of a day and month's (not the days a shift roster names its columns by: 7/1⇥
  // 7/2⇥7/3⇥7/4 — set305a).
  std::size_t value_digits = 0;
  for (std::size_t k = 0; k < row.size();) {
    std::size_t e = k;
    while (e < row.size() && (util::is_digit(row[e]) || row[e] == '/')) {
      ++e;
    }
    const std::string_view token = row.substr(k, e - k);
    const std::size_t slash = token.find('/');
    const bool day = slash != std::string_view::npos && slash >= 1 && slash <= 2 &&
                     token.size() - slash - 1 >= 1 && token.size() - slash - 1 <= 2 &&
                     token.find('/', slash + 1) == std::string_view::npos;
    value_digits +=
        day ? 0
            : static_cast<std::size_t>(std::count_if(token.begin(), token.end(), util::is_digit));
    k = e > k ? e : k + 1;
  }
  if (value_digits >= 8) {
    return std::nullopt;
  }
  // Three fields need two separators of one kind: most lines of prose have none (their commas
  // are full-width), and are not split five ways.
  const auto ascii =
      std::count(row.begin(), row.end(), ',') + std::count(row.begin(), row.end(), '\t') +
      std::count(row.begin(), row.end(), '|') + std::count(row.begin(), row.end(), '<');
  if (ascii < 2 && row.find("  ") == std::string_view::npos &&
      util::find_char3(row, 0, k_ideographic_space) == std::string_view::npos && !has_bar(row)) {
    return std::nullopt;
  }
  std::vector<Field> fields;
  for (char sep : k_separators) {
    split_row(row, sep, fields);
    if (sep == ' ') {
      // A letter-spaced column name (姓　名, 出　生, 通　訊　地　址: a printed roster's header) is
      // one field: single characters one ideographic space apart.
      // (Not a grave register's 生 and 卒, born and died: two columns — set64a.)
      auto single = [&](const Field& f) { return f.end - f.start == 3 && row[f.start] & 0x80; };
      auto born_died = [&](const Field& a, const Field& b) {
        return row.substr(a.start, a.end - a.start) == "生" &&
               (row.substr(b.start, 3) == "卒" || row.substr(b.start, 3) == "歿");
      };
      std::size_t n = 0;
      for (std::size_t k = 0; k < fields.size(); ++k) {
        if (n > 0 && single(fields[k]) && !born_died(fields[n - 1], fields[k]) &&
            fields[k].start == fields[n - 1].end + 3 &&
            util::has_at(row, fields[n - 1].end, k_ideographic_space) &&
            fields[n - 1].end - fields[n - 1].start >= 3 &&
            (fields[n - 1].end - fields[n - 1].start) % 6 == 3 && row[fields[n - 1].start] & 0x80) {
          fields[n - 1].end = fields[k].end; // (the run so far: 姓, 姓　名 …, single characters)
        } else {
          fields[n++] = fields[k];
        }
      }
      fields.resize(n);
      // Column names one ASCII blank apart (編號 姓名     身分證統一編號 出生日期: a fixed-width
      // export ruled by dashes, each column as wide as its widest value) are fields of their own
      // when both are words of two characters or more, not single letter-spaced characters.
      std::vector<Field> split;
      for (const Field& f : fields) {
        std::size_t from = f.start;
        for (std::size_t k = f.start; k < f.end; ++k) {
          if (row[k] == ' ' && k - from >= 6 && k + 7 <= f.end && row[from] & 0x80 &&
              row[k + 1] & 0x80 && row[k + 4] & 0x80 &&
              row.substr(from, k - from).find(' ') == std::string_view::npos) {
            split.push_back(Field{from, k});
            from = k + 1;
          }
        }
        split.push_back(Field{from, f.end});
      }
      fields = std::move(split);
    }
    // A serial's column name one blank before the next one in the first field (編號 姓名<TAB>…):
    // two columns, as the rows' serial and name are split.
    if (sep != ' ' && sep != '<' && !fields.empty()) {
      const Field f = fields[0];
      for (std::string_view serial : {"編號", "序號", "項次", "序"}) {
        if (row.substr(f.start, f.end - f.start).starts_with(serial) &&
            f.start + serial.size() + 4 <= f.end && row[f.start + serial.size()] == ' ' &&
            row[f.start + serial.size() + 1] & 0x80) {
          fields.insert(fields.begin() + 1, Field{f.start + serial.size() + 1, f.end});
          fields[0].end = f.start + serial.size();
          break;
        }
      }
    }
    // (Two column names at least: the second line of a two-line header, │義務人│　│　│, names no
    // columns of its own.)
    auto named = [&](const Field& f) { // (not empty, nor a bar a blank split off: │義務人　│)
      std::string_view v = row.substr(f.start, f.end - f.start);
      while (!v.empty() && (v.front() == '|' || bar_at(v, 0))) {
        v.remove_prefix(v.front() == '|' ? 1 : 3);
      }
      return !v.empty();
    };
    const auto named_fields = std::count_if(fields.begin(), fields.end(), named);
    if (fields.size() < 3 || named_fields < 2) {
      continue;
    }
    // (Nor a form's label and its value between bars, the value a name or a value with a note in
    // brackets: ║姓　　名　║邱慧蘭　║, ║藝　　名　║小刀（Kevin）　║ — set285b's application
    // form, whose other labels were then read as a column of names.)
    if (named_fields == 2) {
      std::string label;
      std::string_view value;
      for (const Field& f : fields) {
        const std::string_view v = row.substr(f.start, f.end - f.start);
        if (!named(f)) {
          continue;
        }
        if (!label.empty()) {
          value = v.substr(0, util::skip_blanks_back(v, v.size()));
          break;
        }
        for (std::size_t k = util::skip_blanks(v, 0); k < v.size();
             k = util::skip_blanks(v, k + 1)) {
          label.push_back(v[k]); // (姓　　名 without its blanks)
        }
      }
      if (!name_word(label).empty() && !value.empty() &&
          (detectors::is_name(value) || ((value.find('(') != std::string_view::npos ||
                                          value.find("（") != std::string_view::npos) &&
                                         name_word(value).empty() && birth_word(value).empty() &&
                                         !phone_word(value) && !thing_word(value)))) {
        continue;
      }
    }
    // A ditto mark is a row's value, no column's name (│本人│同上│同上│同上│: 本人 names no
    // column there, and the table's header is above it; in brackets too, │戶長　　│（同上）　│ —
    // set93a).
    if (std::any_of(fields.begin(), fields.end(), [&](const Field& f) {
          std::string_view v = row.substr(f.start, f.end - f.start);
          if ((v.starts_with("（") || v.starts_with("(")) &&
              v.find("同上") != std::string_view::npos && v.find("同上") <= 3) {
            v = v.substr(v.find("同上"), 6);
          }
          return v == "同上" || v == "仝上" || v == "同前";
        })) {
      return std::nullopt;
    }
    Header h;
    h.sep = sep;
    h.fields = fields.size();
    std::size_t names = 0, phones = 0, things = 0, other_dates = 0, other_numbers = 0;
    bool short_fields = true, id_column = false;
    for (std::size_t i = 0; i < fields.size() && short_fields; ++i) {
      std::string_view f = row.substr(fields[i].start, fields[i].end - fields[i].start);
      // A note in brackets after the name of the column: 出生日期(日/月/年), 姓名（中文）; or the
      // note names it (戶代表（族名）).
      const std::string_view whole = f;
      f = f.substr(0, std::min(f.find('('), f.find("（")));
      // Column names, not sentences: twelve characters at most, and as many in a note
      // (身分證/居留證號（投保用） — set39b).
      short_fields = f.size() <= 36 && whole.size() - f.size() <= 36;
      if (f.size() > 30) { // ten characters: 被看護者出生日期, 受輔導學生姓名
        continue;
      }
      // Letter-spaced (姓　名, 出　生: a printed roster's header): the words without the blanks.
      std::string squeezed;
      if (f.find(' ') != std::string_view::npos ||
          f.find(k_ideographic_space) != std::string_view::npos) {
        for (std::size_t k = 0; k < f.size();) {
          if (f[k] == ' ') {
            ++k;
          } else if (util::has_at(f, k, k_ideographic_space)) {
            k += 3;
          } else {
            squeezed.push_back(f[k++]);
          }
        }
        f = squeezed;
      }
      // (Or the note is the birth word, the column no name's: 收托幼兒（生日） over 章惠華
      // （2024-08-04） — set172a's childcare register, the date in the cell's brackets.)
      std::string_view w = birth_word(f);
      if (const std::size_t open = std::min(whole.find('('), whole.find("（"));
          w.empty() && open != std::string_view::npos && whole.size() - open <= 18 &&
          name_word(f).empty()) {
        w = birth_word(whole.substr(open)); // (the note: 收托幼兒（生日）)
      }
      if (!w.empty() && h.birth == k_no_column) {
        h.birth = i;
        h.birth_cue = w;
        // (A column of years: 出生年（年次） over 63, 071 — set74a's sign-in sheet.)
        h.birth_year = f.find("年次") != std::string_view::npos ||
                       (f.find("生年") != std::string_view::npos &&
                        f.find("生年月") == std::string_view::npos);
        // (Another date after a slash: 出生/檢查日 over a hearing test's days — set206a.)
        const std::size_t slash = std::min(f.find('/'), f.find("／"));
        const std::string_view other =
            slash == std::string_view::npos ? std::string_view() : f.substr(slash);
        h.birth_shared = !other.empty() && birth_word(other).empty() &&
                         (other.find("日") != std::string_view::npos ||
                          other.find("期") != std::string_view::npos);
      } else if (h.birth2 == k_no_column &&
                 (!w.empty() || (h.birth != k_no_column && h.birth + 1 == i &&
                                 (f == "國曆" || f == "國曆日期" || f == "西元")))) {
        // (Or the same birthday in the other calendar right after it, named by the calendar
        // alone: 生日（農曆）, 國曆 — set197a's veterans' home.)
        h.birth2 = i;
      } else if (std::string_view n = name_word(f).empty() ? name_word(whole) : name_word(f);
                 !n.empty() && names < Header::k_name_columns) {
        h.transliterated[names] = n == "譯名" || n == "暱稱";
        h.signature[names] = n == "簽章";
        h.names[names++] = i;
        h.name_cue = n == "譯名" || n == "簽章" || n == "暱稱" ? "姓名" : n;
      } else if (phone_word(f) && phones < 2) {
        h.phones[phones++] = i;
      } else if (thing_word(f) && things < 2) {
        h.things[things++] = i;
      } else if (other_dates < 2 && ((f.size() <= 18 && f.find("日期") != std::string_view::npos) ||
                                     (f.size() >= 6 && f.size() <= 12 && f.ends_with("日")))) {
        // (Or a day's word alone: 報名日, 到職日 — set261b's tennis league.)
        h.other_dates[other_dates++] = i;
      } else if (f.size() <= 18 && other_numbers < 2 &&
                 (f.find("收據") != std::string_view::npos ||
                  f.find("發票") != std::string_view::npos ||
                  f.find("訂單") != std::string_view::npos ||
                  f.find("准考證") != std::string_view::npos ||
                  f.find("單號") != std::string_view::npos || // 通知單號 — set94b
                  f.find("條碼") != std::string_view::npos || // 行李條碼 — set305a
                  f.find("牌號") != std::string_view::npos)) {
        h.other_numbers[other_numbers++] = i;
      } else if (f.find("身分證") != std::string_view::npos ||
                 f.find("證號") != std::string_view::npos) {
        id_column = true;
        h.id = std::min(h.id, i);
      }
    }
    // A column of Chinese names beside one of the names as written at home (中文姓名 and 原名
    // over 黛薇, "Dewi Lestari" — set96a's class of new immigrants) holds renderings: two
    // characters with no surname are names there.
    for (std::size_t k = 0; k < names && short_fields; ++k) {
      const std::string_view f =
          row.substr(fields[h.names[k]].start, fields[h.names[k]].end - fields[h.names[k]].start);
      h.transliterated[k] =
          h.transliterated[k] ||
          (f.starts_with("中文") && std::any_of(fields.begin(), fields.end(), [&](const Field& g) {
             const std::string_view v = row.substr(g.start, g.end - g.start);
             return v == "原名" || v == "外文姓名" || v == "英文姓名" || v == "護照姓名";
           }));
    }
    // A grave register's 生 and 卒 or 歿 (born, died) as column names: the first holds dates of
    // birth.
    if (h.birth == k_no_column) {
      auto named_as = [&](std::string_view w) {
        return std::find_if(
                   fields.begin(), fields.end(),
                   [&](const Field& f) { return row.substr(f.start, f.end - f.start) == w; }) -
               fields.begin();
      };
      const auto born = static_cast<std::size_t>(named_as("生"));
      auto has_column = [&](std::string_view w) {
        return static_cast<std::size_t>(named_as(w)) < fields.size();
      };
      // (Or a terse header's, whose name column is 名 alone: 編號 名 綽號 位置 生 入團 電話 —
      // set199a's lion dancers; 編號,姓名,生,備註 is a column of students.)
      if (born < fields.size() &&
          (has_column("卒") || has_column("歿") || has_column("殁") || has_column("名"))) {
        h.birth = born;
        h.birth_cue = "生";
      }
    }
    // (Or a phone column beside an ID column: 長輩,身分證,地址,電話 — a route list whose people
    // have no name word over them; its phones may have lost their area code.)
    if (short_fields && (h.birth != k_no_column || names != 0 || (phones != 0 && id_column))) {
      if (sep == ' ') {
        auto at = [&](std::size_t i) {
          return i == k_no_column ? k_no_column : display_column(row, fields[i].start);
        };
        h.birth_at = at(h.birth);
        h.birth2_at = at(h.birth2);
        for (std::size_t k = 0; k < Header::k_name_columns; ++k) {
          h.names_at[k] = at(h.names[k]);
        }
        h.phones_at[0] = at(h.phones[0]);
        h.phones_at[1] = at(h.phones[1]);
        h.things_at[0] = at(h.things[0]);
        h.things_at[1] = at(h.things[1]);
      }
      return h;
    }
  }
  return std::nullopt;
}

std::size_t display_column(std::string_view row, std::size_t at) {
  std::size_t column = 0;
  for (std::size_t i = 0; i < at && i < row.size();) {
    std::size_t len = 0;
    const char32_t cp = util::utf8_decode(row, i, &len);
    column += util::is_wide(cp) ? 2 : 1;
    i += len == 0 ? 1 : len;
  }
  return column;
}

void field_columns(std::string_view row, const std::vector<Field>& fields,
                   std::vector<std::size_t>& out) {
  out.clear();
  std::size_t column = 0, at = 0;
  for (const Field& f : fields) {
    column += display_column(row.substr(at), f.start - at);
    at = f.start;
    out.push_back(column);
  }
}

bool thing_word(std::string_view field) {
  // (Either side of a bilingual header's slash: Tempat kerja / 工作地點 — set200b's iftar list.)
  for (std::string_view slash : {"／", "/"}) {
    if (const std::size_t at = field.find(slash); at != std::string_view::npos) {
      const std::string_view a = field.substr(0, util::skip_blanks_back(field, at)),
                             b = field.substr(util::skip_blanks(field, at + slash.size()));
      return (!a.empty() && thing_word(a)) || (!b.empty() && thing_word(b));
    }
  }
  // (Not 名稱 alone: 用戶名稱 and 事業單位名稱 hold people's names too — sets 21, 27; 茶種 over
  // 金萱, a tea — set140a.)
  for (std::string_view w :
       {"船名", "船舶名稱", "漁船名稱", "寵物名", "寵物名字", "犬名", "貓名", "民宿名稱", "店名",
        "商店名稱", "品名", "車名", "產品", "商品", "品項", "服務單位", "服務機關", "任職單位",
        "工作單位", "腔調", "腔別", "犬貓名", "攤名", "攤位名稱", "作物", "農藥", "藥劑",
        "檢出藥劑", "國籍", "班別", "魚種", "樹種", "果樹", "類別", "茶種", "茶類", "品種", "禽種",
        "畜種", "陣頭", "隊名", "隊伍名稱", "工作地點", "team", "crop", "species", "product",
        "model",
        // (A troupe's or a club's name: 團名 over 明興閣 — set270b's puppet troupes.)
        "團名", "團體名稱", "劇團", "劇團名稱", "團隊名稱", "社團名稱",
        // (A work or its character: 扮演角色 over 鏈鋸人・帕瓦 — set295a's cosplay badges.)
        "角色", "作品", "作品名稱", "cos角色"}) {
    // (A unit in brackets after the word: 檢出藥劑(ppm) — set73a's pesticide samples.)
    if (field == w || (field.starts_with(w) && field.size() > w.size() && field[w.size()] == '(' &&
                       field.back() == ')')) {
      return true;
    }
  }
  // Or a column of shops and institutions by its last word (配鏡行, 特約店家, 合作廠商, 就讀學校 —
  // set67b's 高明眼鏡, 林氏光學); not 同行, the people who came along.
  // (And a column of kinds and models by its last word: 養殖種類, 手機型號 — sets 82a, 82b; of
  // places: 負責區域 over 文聖, 江翠 — set94a's volunteers by neighbourhood.)
  for (std::string_view w :
       {"行", "店", "店家", "商家", "廠商", "商號", "公司", "機構", "醫院", "診所", "學校", "種類",
        "品種", "型號", "區域", "地區", "轄區", "角色"}) {
    if (field.size() > w.size() && field.size() <= 18 && field.ends_with(w) && field != "同行") {
      return true;
    }
  }
  return false;
}

bool name_header_word(std::string_view field) {
  // (A name cue word as the whole field, or 姓名 in it: not any word ending in 人, which names
  // end in too — 齊立人.)
  static const std::set<std::string_view, std::less<>> k_labels = [] {
    std::set<std::string_view, std::less<>> w;
    for (const auto& c : patterns::cues()) {
      if (c.cls == patterns::CueClass::name && c.positive) {
        w.insert(c.word);
      }
    }
    return w;
  }();
  return k_labels.contains(field) || field.find("姓名") != std::string_view::npos;
}

bool table_line(std::string_view line) {
  if (line.find('<') != std::string_view::npos) {
    // HTML: the lines of rows and cells; <table> and </table> alone are a table's bounds, and
    // other markup (<p>…</p>) is no row.
    for (std::string_view tag :
         {"<tr", "<td", "<th", "</tr", "</td", "</th", "<tbody", "</tbody"}) {
      if (line.find(tag) != std::string_view::npos) {
        return true;
      }
    }
    return false;
  }
  // A rule between a header and its rows: box-drawing characters (├────┼────┤) or +---+---+.
  {
    std::size_t box = 0, plus = 0, k = 0;
    while (k < line.size()) {
      if (k + 2 < line.size() && line[k] == '\xE2' &&
          (line[k + 1] == '\x94' || line[k + 1] == '\x95')) {
        ++box; // U+2500-U+257F
        k += 3;
      } else if (line[k] == '+' || line[k] == '-' || line[k] == '=' || line[k] == ' ' ||
                 line[k] == '\r') {
        plus += line[k] == '+' ? 1 : 0;
        ++k;
      } else {
        break;
      }
    }
    if (k == line.size() && (box >= 3 || plus >= 2)) {
      return true;
    }
  }
  // Two separators at least after the indentation (prose paragraphs start with ideographic
  // spaces and hold some full-width ones; fields need separators between them).
  std::size_t i = 0, separators = 0;
  while (i < line.size() && (line[i] == ' ' || util::has_at(line, i, k_ideographic_space))) {
    i += line[i] == ' ' ? 1 : 3;
  }
  // Bytes that may start a separator: the rest (ideographs, continuation bytes) are skipped at
  // once (this runs on long prose lines that have a candidate).
  static constexpr auto k_may_start = [] {
    std::array<bool, 256> t{};
    for (unsigned char b : {',', '\t', '|', ' '}) {
      t[b] = true;
    }
    t[0xE3] = t[0xE2] = t[0xEF] = true; // 　 │ ｜
    return t;
  }();
  // Two separators come within the first 512 bytes of a row (no field is that long); a prose
  // paragraph is not read to its end.
  const std::size_t limit = std::min(line.size(), i + 512);
  for (; i < limit && separators < 2; ++i) {
    const char c = line[i];
    if (!k_may_start[static_cast<unsigned char>(c)]) {
      continue;
    }
    // A comma of thousands (1,656,889: a digit before, three and no more after) separates
    // nothing.
    const bool thousands = c == ',' && i > 0 && util::is_digit(line[i - 1]) &&
                           i + 3 < line.size() && util::is_digit(line[i + 1]) &&
                           util::is_digit(line[i + 2]) && util::is_digit(line[i + 3]) &&
                           (i + 4 == line.size() || !util::is_digit(line[i + 4]));
    if (c == '\t' || c == '|' || (c == ',' && !thousands)) {
      ++separators;
    } else if (c == ' ' && i + 1 < line.size() && line[i + 1] == ' ') {
      ++separators;
      while (i + 1 < line.size() && line[i + 1] == ' ') {
        ++i;
      }
    } else if (util::has_at(line, i, k_ideographic_space) || bar_at(line, i)) {
      ++separators;
      i += 2;
    }
  }
  if (separators >= 2) {
    return true;
  }
  // A rule under a header: dashes, equals signs, pluses, box lines and blanks only.
  bool rule = false;
  for (i = 0; i < line.size() && i < 4096;) {
    const char c = line[i];
    if (c == '-' || c == '=' || c == '+' || c == '|' || c == ' ' || c == '\r' || c == '\t') {
      rule = rule || c == '-' || c == '=';
      ++i;
    } else if (util::has_at(line, i, "─") || util::has_at(line, i, "━") ||
               util::has_at(line, i, "┼") || bar_at(line, i) ||
               // (full-width dashes and equals signs, an em dash: a full-width print's rule)
               util::has_at(line, i, "－") || util::has_at(line, i, "＝") ||
               util::has_at(line, i, "—") || util::has_at(line, i, k_ideographic_space) ||
               // (a double-lined form's rules: ╠═══╬═══╣)
               (static_cast<unsigned char>(c) == 0xE2 && i + 2 < line.size() &&
                static_cast<unsigned char>(line[i + 1]) == 0x95 &&
                static_cast<unsigned char>(line[i + 2]) >= 0x90 &&
                static_cast<unsigned char>(line[i + 2]) <= 0xAC)) {
      rule = true;
      i += 3;
    } else {
      return false;
    }
  }
  return rule;
}

std::optional<std::pair<std::size_t, Header>> header_at(std::string_view text, std::size_t ls,
                                                        std::size_t le) {
  const std::string_view line = text.substr(ls, le - ls);
  if (auto h = header(line)) {
    return std::pair{ls, *h};
  }
  if (line.find("<th") == std::string_view::npos || line.find("<tr") != std::string_view::npos) {
    return std::nullopt;
  }
  // A header row written a cell per line (<tr>, <th>姓名</th> …, </tr>, or the same in <thead>
  // without <tr>): the whole row.
  for (auto [opener, closer] :
       {std::pair<std::string_view, std::string_view>{"<tr", "</tr>"}, {"<thead", "</thead>"}}) {
    const std::size_t open = text.substr(0, ls).rfind(opener);
    const std::size_t close = text.find(closer, ls);
    if (open == std::string_view::npos || close == std::string_view::npos || close - open >= 4096 ||
        text.substr(open, ls - open).find(closer) != std::string_view::npos) {
      continue;
    }
    if (auto h = header(text.substr(open, close + closer.size() - open))) {
      return std::pair{open, *h};
    }
  }
  return std::nullopt;
}

int year_of(std::string_view field) {
  if (field.starts_with("民國")) {
    field.remove_prefix(6);
  } else if (field.starts_with("民")) {
    field.remove_prefix(3); // 民38.2.4
  }
  int year = 0;
  std::size_t digits = 0;
  for (std::size_t i = 0; i < field.size(); ++i) { // a run of four digits is the year
    digits = util::is_digit(field[i]) ? digits + 1 : 0;
    if (digits == 4 && (i + 1 == field.size() || !util::is_digit(field[i + 1]))) {
      year = std::stoi(std::string(field.substr(i - 3, 4)));
    }
  }
  if (year != 0) {
    return year;
  }
  std::size_t run = 0;
  while (run < field.size() && util::is_digit(field[run])) {
    ++run;
  }
  // 19850503: a Western year and four digits; 0540825, 350425: the ROC year and four digits
  // of month and day; 63.7.3: the year alone.
  if (run == 8 && (field.starts_with("19") || field.starts_with("20"))) {
    return std::stoi(std::string(field.substr(0, 4)));
  }
  const std::size_t year_digits = run >= 6 ? run - 4 : run;
  if (year_digits == 0) {
    return detectors::numeral_year(field); // (八十五年十一月二十三日 — set221b's donor register)
  }
  if (year_digits > 3) {
    return 0;
  }
  return std::stoi(std::string(field.substr(0, year_digits))) + 1911;
}

bool old_enough(std::string_view field, int years) {
  static const int this_year = [] {
    const std::chrono::year_month_day today{
        std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
    return static_cast<int>(today.year());
  }();
  const int year = year_of(field);
  return year != 0 && year <= this_year - years;
}

bool is_age(std::string_view field) {
  std::size_t i = 0, digits = 0;
  for (; i < field.size(); ++digits) {
    if (util::is_digit(field[i])) {
      ++i;
    } else if (util::has_at(field, i, "\xEF\xBC") && i + 2 < field.size() &&
               static_cast<unsigned char>(field[i + 2]) >= 0x90 &&
               static_cast<unsigned char>(field[i + 2]) <= 0x99) {
      i += 3; // ０-９
    } else {
      break;
    }
  }
  return digits >= 1 && digits <= 3 && field.substr(i) == "歲";
}

} // namespace twpii::table
