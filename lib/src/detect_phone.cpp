// Phone numbers: mobiles, landlines by area code and subscriber length, +886 forms, extensions.
// A number is found whole or not at all. Reference: tw-pii-formats §5.
#include "candidates.hpp"
#include "detectors.hpp"
#include "patterns.hpp"
#include "text_util.hpp"

#include <algorithm>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <span>
#include <string>

namespace twpii::detectors {

namespace {
using util::is_alnum;
using util::is_digit;

struct Group {
  std::size_t start, end; // a run of digits
  bool tight_before;      // joined to the previous group by '-', '.' or ')' without space
};

bool starts_with_at(std::string_view s, std::size_t i, std::string_view w) {
  return util::has_at(s, i, w);
}

// Separators allowed between digit groups: up to three of " -._~)", at most one ')' (0916＿228＿473
// and 0912~603~448 are written too: ＿ is folded to '_'); one middle dot (0910‧258‧617: Big5 has
// ‧, and people type it for a dot) or ～; or one &nbsp;.
std::size_t separator_length(std::string_view s, std::size_t p, bool* tight) {
  if (p + 2 < s.size()) {
    const auto b0 = static_cast<unsigned char>(s[p]);
    const auto b1 = static_cast<unsigned char>(s[p + 1]);
    const auto b2 = static_cast<unsigned char>(s[p + 2]);
    if ((b0 == 0xE2 && b1 == 0x80 && (b2 == 0xA7 || b2 == 0xA2)) || // ‧ •
        (b0 == 0xE3 && b1 == 0x83 && b2 == 0xBB) ||                 // ・
        (b0 == 0xEF && b1 == 0xBD && b2 == 0x9E)) {                 // ～
      *tight = true;
      return 3;
    }
    if (b0 == 0xC2 && b1 == 0xB7) { // ·
      *tight = true;
      return 2;
    }
  }
  // A blank as raw HTML writes it (0916&nbsp;198&nbsp;481 in a table cell).
  if (p < s.size() && s[p] == '&' &&
      (util::has_at(s, p, "&nbsp;") || util::has_at(s, p, "&#160;"))) {
    *tight = false;
    return 6;
  }
  std::size_t q = p;
  bool space = false;
  int close = 0;
  while (q < s.size() && q - p < 3) {
    char c = s[q];
    if (c == ' ') {
      space = true;
    } else if (c == ')') {
      if (++close > 1) {
        break;
      }
    } else if (c != '-' && c != '.' && c != '_' && c != '~') {
      break;
    }
    ++q;
  }
  *tight = !space;
  return q - p;
}

// Length of an extension (" 分機 123", "#8545", " ext. 12", "轉45", "轉分機2634") at p, or 0.
std::size_t extension_length(std::string_view s, std::size_t p) {
  std::size_t q = p;
  if (q < s.size() && s[q] == ' ') {
    ++q;
  }
  if (q >= s.size()) {
    return 0;
  }
  std::size_t marker = 0;
  std::string_view rest = s.substr(q);
  switch (s[q]) {
  case '#':
    marker = 1;
    break;
  case 'e':
  case 'E':
    marker = (rest.size() >= 3 && (rest[1] | 0x20) == 'x' && (rest[2] | 0x20) == 't')
                 ? (rest.size() >= 4 && rest[3] == '.' ? 4 : 3)
                 : 0;
    break;
  case 'x':
  case 'X':
    marker = 1;
    break;
  default:
    for (std::string_view m : {"分機", "轉分機", "轉內線", "轉", "內線"}) {
      if (rest.starts_with(m)) {
        marker = m.size();
        break;
      }
    }
  }
  if (marker == 0) {
    return 0;
  }
  q += marker;
  while (q < s.size() && q - p < 12) { // " ", ":" or "：" between marker and digits
    if (s[q] == ' ' || s[q] == ':') {
      ++q;
    } else if (s.substr(q, 3) == "：") {
      q += 3;
    } else {
      break;
    }
  }
  std::size_t d = q;
  while (d < s.size() && is_digit(s[d]) && d - q < 7) {
    ++d;
  }
  // (Nor the digits of a masked ID after a mobile and a blank: 0930-746-137　X17502**** —
  // set240a's roster.)
  if (d == q || d - q > 6 || (d < s.size() && (is_alnum(s[d]) || s[d] == '*'))) {
    return 0;
  }
  return d - p;
}

// Length of an extension after a comma at p, as tel: links dial one (tel:077995678,1234"): the
// digits must end the attribute value. 0 if there is none.
std::size_t comma_extension_length(std::string_view s, std::size_t p) {
  if (p >= s.size() || s[p] != ',') {
    return 0;
  }
  std::size_t d = p + 1;
  while (d < s.size() && is_digit(s[d]) && d - p <= 6) {
    ++d;
  }
  return d > p + 1 && d < s.size() && (s[d] == '"' || s[d] == '\'') ? d - p : 0;
}

// Whether `national` (starting with the trunk 0) is a personal phone number, given that the
// first digit group holds `first_group` digits of it (the area code may not be split).
const patterns::AreaCode* valid_national(std::string_view national, std::size_t first_group) {
  for (const auto& a : patterns::area_codes()) {
    if (!national.starts_with(a.prefix) || first_group < a.prefix.size()) {
      continue;
    }
    std::size_t sub = national.size() - a.prefix.size();
    if (sub == 0 || (sub != a.lengths[0] && sub != a.lengths[1])) {
      continue;
    }
    char lead = national[a.prefix.size()];
    if (!a.mobile && (lead == '0' || lead == '1')) {
      continue;
    }
    return &a;
  }
  return nullptr;
}

// Case numbers and document numbers (第0920063929號), land parcels (0123-0004地號), ISBNs.
bool looks_like_reference(std::string_view s, std::size_t start, std::size_t end) {
  std::string_view after = s.substr(end);
  if (after.starts_with("地號")) {
    return true;
  }
  std::string_view before = s.substr(0, start);
  if (before.ends_with("第") && after.starts_with("號")) {
    return true;
  }
  std::size_t lo = start > 12 ? start - 12 : 0;
  std::string_view near = s.substr(lo, start - lo);
  if (near.find("ISBN") != std::string_view::npos || near.find("isbn") != std::string_view::npos) {
    return true;
  }
  // The label of a reference number right before it (案號「0921-337-815」, 病歷號碼：0920148367,
  // 收據號碼0913305521): a number shaped like a mobile that is none. (Not 手機號碼, 門號, 號碼.)
  std::size_t b = start;
  while (b > 0 && (s[b - 1] == ' ' || s[b - 1] == ':')) {
    --b;
  }
  for (std::string_view punct : {"：", "「", "（"}) {
    if (b >= punct.size() && s.substr(0, b).ends_with(punct)) {
      b -= punct.size();
      break;
    }
  }
  const std::string_view label = s.substr(0, b);
  if (!label.ends_with("號") && !label.ends_with("碼")) {
    return false; // most phones follow 電話, 手機 or a colon after them
  }
  for (std::string_view w : {"案號", "病歷號", "病歷號碼", "收據號碼", "單號", "保單號碼", "編號",
                             "代碼", "字號", "序號", "流水號", "卡號", "帳號", "文號", "批號",
                             "票號", "發票號碼", "訂單號碼", "檔號", "證號",
                             // (A bag's tag: 行李條碼：0297987086 — set305a's lost luggage.)
                             "條碼", "牌號"}) {
    if (label.ends_with(w)) {
      return true;
    }
  }
  return false;
}

// Whether the number's digits hold seven zeros in a row or more (separators aside), or only
// zeros after its first group (037-000000): a form's placeholder (0900-000-000, 02-2000-0000轉9),
// no one's number (02-2700-0000 may be one).
bool placeholder(std::string_view s, std::size_t start, std::size_t end) {
  // The textbook mobile, 0912-345-678, on a line that shows a form or gives an example (電話
  // 「0912-345-678」, 範例號碼; no one's in sets 1-69, eight times an example).
  {
    // (Compared digit by digit, no copy: this runs for every phone found, and dense text has
    // many.)
    constexpr std::string_view k_textbook = "0912345678";
    std::size_t matched = 0;
    for (std::size_t k = start; k < end && matched <= k_textbook.size(); ++k) {
      if (is_digit(s[k])) {
        if (matched == k_textbook.size() || s[k] != k_textbook[matched]) {
          matched = k_textbook.size() + 1;
          break;
        }
        ++matched;
      }
    }
    if (matched == k_textbook.size()) {
      // (Not 條例, a law, nor 案例, 比例: 條例：0912345678 is someone's.)
      static constexpr util::CharSet k_not_example(U"條案比病慣判事實體特");
      for (std::string_view w :
           {"範例", "示範", "例如", "例：", "例:", "(例", "格式", "填寫", "虛構", "假設"}) {
        for (std::size_t at = s.find(w); at != std::string_view::npos; at = s.find(w, at + 1)) {
          if (!w.starts_with("例") || at < 3 || !k_not_example.contains(s.substr(at - 3, 3))) {
            return true;
          }
        }
      }
    }
  }
  // Or every digit after the first group a zero, five at least (037-000000, 0912-000-000).
  {
    std::size_t k = start;
    while (k < end && !is_digit(s[k])) {
      ++k;
    }
    while (k < end && is_digit(s[k])) {
      ++k; // the first group
    }
    int rest = 0;
    bool all_zero = k < end;
    for (; k < end && all_zero; ++k) {
      all_zero = !is_digit(s[k]) || s[k] == '0';
      rest += s[k] == '0' ? 1 : 0;
    }
    if (all_zero && rest >= 5) {
      return true;
    }
  }
  int zeros = 0;
  for (std::size_t k = start; k < end; ++k) {
    if (s[k] == '0') {
      if (++zeros >= 7) {
        return true;
      }
    } else if (is_digit(s[k])) {
      zeros = 0;
    }
  }
  return false;
}

void emit(Line& line, std::size_t start, std::size_t end, float conf, float conf_cue,
          std::string_view rule, std::vector<Match>& out) {
  if (looks_like_reference(line.text(), start, end) || placeholder(line.text(), start, end)) {
    return;
  }
  std::string_view cue = line.cue_near(start, end, patterns::CueClass::phone, true);
  out.push_back(Match{PiiType::phone, static_cast<std::uint32_t>(start),
                      static_cast<std::uint32_t>(end), cue.empty() ? conf : conf_cue, "phone", rule,
                      cue});
}

// Whether a phone label of two characters or more (電話, 市話, TEL, 傳真; not 電 or 分機) ends
// right before p, with at most a colon (: or ：) and blanks between.
bool label_right_before(Line& line, std::size_t p) {
  std::string_view before = line.text().substr(0, p);
  for (bool more = true; more;) {
    more = false;
    if (!before.empty() && (before.back() == ' ' || before.back() == ':' || before.back() == '"')) {
      before.remove_suffix(1);
      more = true;
    } else if (before.ends_with("：")) {
      before.remove_suffix(3);
      more = true;
    }
  }
  // A JSON or CSV export's key ("tel":"35712846", the leading zero lost to a number type).
  for (std::string_view key : {"\"tel", "\"phone", "\"mobile", "\"fax"}) {
    if (before.size() >= key.size() &&
        util::ascii_iequals(before.substr(before.size() - key.size()), key)) {
      return true;
    }
  }
  const std::string_view cue =
      line.cue_near(before.size(), before.size(), patterns::CueClass::phone, true, 12, 0);
  return cue.size() >= 3 && cue != "電" && cue != "分機" && before.ends_with(cue);
}

// Local numbers without an area code (2345-6789, 234-5678, 5502-617) count only next to a phone
// cue (電話, 家裡 …); the digits alone (29617730) only right after a phone label or before a
// bracket that says it is a home's (5870913（家裡）).
// `p` is the first digit; returns the end of what was consumed (> i).
std::size_t try_local(Line& line, std::size_t i, std::size_t p, bool paren,
                      std::vector<Match>& out) {
  std::string_view s = line.text();
  const std::size_t n = s.size();
  std::size_t q = p;
  while (q < n && is_digit(s[q])) {
    ++q;
  }
  // (Or a bracket after it that says it is a home's: 5870913（家裡）.)
  auto home_after = [&] {
    return q + 2 < n && s[q] == '(' &&
           (util::has_at(s, q + 1, "家裡)") || util::has_at(s, q + 1, "家)") ||
            util::has_at(s, q + 1, "住家)") || util::has_at(s, q + 1, "宅)"));
  };
  if (!paren && i == p && (q - p == 7 || q - p == 8) && s[p] >= '2' &&
      (label_right_before(line, p) || home_after()) &&
      (q == n ||
       (!is_alnum(s[q]) && !((s[q] == '-' || s[q] == '.') && q + 1 < n && is_digit(s[q + 1]))))) {
    // 電話29617730, 市話：2961773: the digits alone, right after the label.
    const std::size_t end = q + extension_length(s, q);
    emit(line, p, end, 0.6f, 0.6f, "local+label", out);
    return end;
  }
  if (paren || q == p || s[p] < '2' || (q - p != 3 && q - p != 4) || q + 1 >= n || s[q] != '-') {
    return std::max(q, i + 1);
  }
  std::size_t r = q + 1;
  while (r < n && is_digit(s[r])) {
    ++r;
  }
  bool more = r + 1 < n && (s[r] == '-' || s[r] == '.') && is_digit(s[r + 1]);
  // (Four digits and three too, as a seven-digit number is sometimes split, right after the cue:
  // 家裡5502-617.)
  const bool groups_ok =
      r - q - 1 == 4 || (q - p == 4 && r - q - 1 == 3 && !paren && label_right_before(line, i));
  if (!groups_ok || more || line.cue_near(i, r, patterns::CueClass::phone, true).empty()) {
    return r;
  }
  // 412-xxxx: a nationwide service number dialled from any landline with no area code (家庭教育
  // 諮詢專線 412-8185, 法律扶助 412-8518), no one's own.
  if (q - p == 3 && util::has_at(s, p, "412")) {
    return r;
  }
  std::size_t end = r + extension_length(s, r);
  if (end < n && is_alnum(s[end])) {
    return r;
  }
  // (Nor a number a bracket right after it calls another kind: 9752-7241（收據序號） — set113a.)
  if (end < n && s[end] == '(') {
    const std::string_view note = s.substr(end + 1, 24);
    for (std::string_view w : {"序號", "編號", "單號", "文號", "帳號", "案號", "收據", "發票"}) {
      if (note.find(w) != std::string_view::npos) {
        return r;
      }
    }
  }
  emit(line, i, end, 0.6f, 0.6f, "local+cue", out);
  return end;
}

// Tries a phone number starting at s[i]; returns the end of what was consumed (> i).
// A number abroad, at the '+' at p (+84 912 408 337, +1-415-555-0132, +8613812345678): a
// country code other than 886 and digit groups one blank or '-' apart, 8 to 15 digits in all
// (E.164), ending where no letter or digit follows. Relatives and employers abroad are written
// so in migrant workers' letters. Returns the end of what was consumed.
std::size_t try_foreign(Line& line, std::size_t i, std::size_t p, std::vector<Match>& out) {
  std::string_view s = line.text();
  const std::size_t n = s.size();
  // (+84) 912 408 337: the bracket closes after the country code; (+84 912 408 337): it encloses
  // the number and stays out of it.
  const bool paren = i < p;
  bool closed = false;
  std::size_t q = p + 1, digits = 0, groups = 0;
  while (q < n && is_digit(s[q])) {
    const std::size_t r = util::digits_end(s, q);
    if (groups == 0 && r - q > 3 && r - q < 8) {
      return r; // a country code has one to three digits: +12345 is no phone
    }
    digits += r - q;
    ++groups;
    q = r;
    if (paren && groups == 1 && q + 2 < n && s[q] == ')' && s[q + 1] == ' ' && is_digit(s[q + 2])) {
      closed = true;
      q += 2;
    } else if (q + 1 < n && (s[q] == ' ' || s[q] == '-') && is_digit(s[q + 1])) {
      ++q;
    } else if (groups == 1 && q + 3 < n && s[q] == ' ' && s[q + 1] == '(' && is_digit(s[q + 2])) {
      // An area code in brackets after the country code: +1 (415) 555-0148.
      const std::size_t close = util::digits_end(s, q + 2);
      if (close - q - 2 > 4 || close + 2 >= n || s[close] != ')' || s[close + 1] != ' ' ||
          !is_digit(s[close + 2])) {
        break;
      }
      digits += close - q - 2;
      ++groups;
      q = close + 2;
    } else {
      break;
    }
  }
  // (A comma after it and a digit: the thousands of an amount (+12 345,678), not a CSV row's next
  // cell (+84 912 730 418,1,230).)
  auto thousands = [&](std::size_t c) {
    return c + 3 < n && s[c] == ',' && is_digit(s[c + 1]) && is_digit(s[c + 2]) &&
           is_digit(s[c + 3]) && (c + 4 == n || !is_digit(s[c + 4]));
  };
  // Not a time zone (UTC +8 2024-01-15 10:00): nothing after it is a time or a date, no UTC or
  // GMT before it.
  const std::string_view before = s.substr(0, p);
  const bool zone = (q < n && s[q] == ':') || before.ends_with("UTC") || before.ends_with("UTC ") ||
                    before.ends_with("GMT") || before.ends_with("GMT ");
  if (digits < 8 || digits > 15 || zone ||
      (q < n &&
       (is_alnum(s[q]) || (s[q] == '.' && q + 1 < n && is_digit(s[q + 1])) || thousands(q))) ||
      (groups < 2 && digits < 10)) {
    return std::max(q, i + 1);
  }
  emit(line, closed ? i : p, q, 0.6f, 0.85f, "international", out);
  return q;
}

std::size_t try_phone(Line& line, std::size_t i, std::vector<Match>& out) {
  std::string_view s = line.text();
  const std::size_t n = s.size();
  std::size_t p = i;
  bool paren = false, intl = false, area_paren = false;
  if (s[p] == '(') {
    paren = true;
    ++p;
  }
  if (p < n && s[p] == '+') {
    if (!starts_with_at(s, p + 1, "886")) {
      return try_foreign(line, i, p, out);
    }
    intl = true;
    p += 4;
  } else if (starts_with_at(s, p, "886") && p + 3 < n && !is_digit(s[p + 3]) && s[p + 3] != ',') {
    intl = true; // 886-912-345-678
    p += 3;
  } else if (starts_with_at(s, p, "8869") && i == p) {
    intl = true; // 886912345678
    p += 3;
  }
  if (intl) {
    if (paren && p < n && s[p] == ')') {
      ++p;
    } else if (paren) {
      paren = false; // （+886-(0)2-2428-6713）: a bracket around the number, not (+886)
      ++i;
    }
    // (Or a dot: +886.966.423.063, as some forms print it.)
    while (p < n &&
           (s[p] == ' ' || s[p] == '-' || (s[p] == '.' && p + 1 < n && is_digit(s[p + 1])))) {
      ++p;
    }
    if (starts_with_at(s, p, "(0)")) {
      p += 3;
      while (p < n && (s[p] == ' ' || s[p] == '-')) {
        ++p;
      }
    } else if (p + 1 < n && s[p] == '(' && is_digit(s[p + 1])) {
      area_paren = true; // +886 (2) 2345-6789, +886 (89) 398976: the area code in brackets
      ++p;
    }
  }
  if (!intl && (p >= n || s[p] != '0')) {
    return try_local(line, i, p, paren, out);
  }
  // A mobile with slashes (0920/118/246), as some hand-typed forms have it: four, three and
  // three digits exactly ('/' is no separator of other numbers: 088/05/03 is a date).
  if (!intl && !paren && p + 12 <= n && s[p] == '0' && s[p + 1] == '9' && s[p + 4] == '/' &&
      s[p + 8] == '/' && util::digits_end(s, p) == p + 4 && util::digits_end(s, p + 5) == p + 8 &&
      util::digits_end(s, p + 9) == p + 12 &&
      (p + 12 == n || (!is_alnum(s[p + 12]) && s[p + 12] != '/'))) {
    emit(line, p, p + 12, 0.8f, 0.95f, "mobile", out);
    return p + 12;
  }
  // Digit groups.
  Group groups[8];
  std::size_t ng = 0, total = 0;
  bool tight = false;
  while (p < n && is_digit(s[p]) && ng < 8) {
    std::size_t q = p;
    while (q < n && is_digit(s[q])) {
      ++q;
    }
    groups[ng++] = Group{p, q, tight};
    total += q - p;
    std::size_t sep = separator_length(s, q, &tight);
    // ')' only closes an area code opened by '(' : (02)2345-6789; or one whose '(' was lost,
    // a trunk 0 and one to three digits right after what is no digit (電話：06)642-9990 —
    // set186a's petition: read from 642, the area code was left behind).
    bool closes = s.substr(q, sep).find(')') != std::string_view::npos;
    const bool lost_open = !paren && !intl && ng == 1 && s[p] == '0' && q - p >= 2 && q - p <= 4 &&
                           (p == 0 || !is_alnum(s[p - 1]));
    if (sep == 0 || q + sep >= n || !is_digit(s[q + sep]) || total > 12 ||
        (closes && !((((paren || lost_open) && !intl) || area_paren) && ng == 1))) {
      break;
    }
    p = q + sep;
  }
  if (ng == 0) {
    return i + 1;
  }
  std::size_t consumed = groups[ng - 1].end;
  // The longest run of groups that is a valid number.
  std::string national;
  for (std::size_t k = ng; k > 0; --k) {
    if (k < ng && groups[k].tight_before) {
      continue; // digits joined by '-' would be left behind
    }
    national.clear();
    if (intl) {
      national.push_back('0');
    }
    for (std::size_t g = 0; g < k; ++g) {
      national.append(s.substr(groups[g].start, groups[g].end - groups[g].start));
    }
    std::size_t first = groups[0].end - groups[0].start + (intl ? 1 : 0);
    if (intl && national.starts_with("00")) {
      national.erase(0, 1); // +886 02 ...
      --first;
    }
    const patterns::AreaCode* area = valid_national(national, first);
    if (area == nullptr) {
      continue;
    }
    std::size_t start = i, end = groups[k - 1].end;
    if (paren && !intl && !(k > 1 && s[groups[0].end] == ')')) {
      start = groups[0].start; // "(0912-345-678)": the parenthesis is not part of the number
    }
    const std::size_t ext = extension_length(s, end);
    end += ext != 0 ? ext : comma_extension_length(s, end);
    if (end < n && (is_alnum(s[end]) ||
                    ((s[end] == '-' || s[end] == '.') && end + 1 < n && is_digit(s[end + 1])))) {
      return consumed;
    }
    bool formatted = ng > 1 || intl || paren;
    if (area->mobile) {
      emit(line, start, end, 0.9f, 0.98f, intl ? "mobile+886" : "mobile", out);
    } else if (formatted) {
      emit(line, start, end, 0.8f, 0.95f, intl ? "landline+886" : "landline", out);
    } else {
      emit(line, start, end, 0.6f, 0.9f, "landline-digits", out);
    }
    return end;
  }
  return consumed;
}

// Whether a group of `group` digits of which the last `circles` are ○ masks the number: a group
// all ○ of three or more (○九一一-○○○-○○○), or five ○ in a row (○九一一○○○○○○); not 二三○○.
bool masked_by_circles(std::size_t circles, std::size_t group) {
  return circles >= 5 || (circles == group && group >= 3);
}

// Phones written in Chinese numerals, digit by digit (家裡市話〇三－八二六一五四七), next to a
// phone cue word: a trunk 〇/零, then digits in groups split by '-' or a blank. A mobile (〇九
// and eight more) needs no cue: 號碼是〇九八四-一七一-七〇八 is no other kind of number. Big5
// has no 〇: such files write ○ (U+25CB) for it (○九一一-二七七-四三九); a group all ○ is a
// masked number (○九一一-○○○-○○○), not zeros.
// `mixed`: where a lone 0 before 九 starts a number (find_phones' digit runs know them).
void chinese_numeral_phones(Line& line, std::vector<Match>& out,
                            std::span<const std::size_t> mixed = {}) {
  std::string_view s = line.text();
  auto digit_at = [&](std::size_t p) {
    if (p + 3 > s.size()) {
      return -1;
    }
    const char32_t cp = util::cp3(s.data() + p);
    // (幺 is how a number is read aloud with a 1 in it: 零九三二，幺八八，七四五.)
    return cp == U'○'                                 ? 0
           : cp == U'幺'                              ? 1
           : static_cast<unsigned char>(s[p]) >= 0xE3 ? util::chinese_digit(cp)
                                                      : -1;
  };
  // The zeros 〇 零 ○, in one SIMD pass for the three (a CharFinder pass cost 7x more on the
  // dense bench, three find_char3 passes 1.5x).
  static thread_local std::vector<std::size_t> starts;
  starts.clear();
  std::size_t from = 0;
#if defined(__SSE2__)
  auto eq = [](__m128i v, char c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(c)); };
  for (; s.size() - from >= 18; from += 16) {
    const char* p = s.data() + from;
    const __m128i v0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i v1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 1));
    const __m128i v2 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 2));
    const __m128i hit = _mm_or_si128(
        _mm_or_si128(_mm_and_si128(eq(v0, '\xE3'), _mm_and_si128(eq(v1, '\x80'), eq(v2, '\x87'))),
                     _mm_and_si128(eq(v0, '\xE9'), _mm_and_si128(eq(v1, '\x9B'), eq(v2, '\xB6')))),
        _mm_and_si128(eq(v0, '\xE2'), _mm_and_si128(eq(v1, '\x97'), eq(v2, '\x8B'))));
    for (int mask = _mm_movemask_epi8(hit); mask != 0; mask &= mask - 1) {
      starts.push_back(from + static_cast<unsigned>(__builtin_ctz(mask)));
    }
  }
#endif
  for (; from + 3 <= s.size(); ++from) {
    if (util::has_at(s, from, "〇") || util::has_at(s, from, "零") || util::has_at(s, from, "○")) {
      starts.push_back(from);
    }
  }
  if (!mixed.empty()) { // (both in order: merge)
    const std::size_t n = starts.size();
    starts.insert(starts.end(), mixed.begin(), mixed.end());
    std::inplace_merge(starts.begin(), starts.begin() + static_cast<std::ptrdiff_t>(n),
                       starts.end());
  }
  std::size_t next = 0; // what a number found has consumed
  for (std::size_t at : starts) {
    if (at < next) {
      continue;
    }
    // Inside a longer number: from its start (a local number, 二七○六－五五一八, has no trunk 0).
    bool inside = false;
    while (at >= 3 && digit_at(at - 3) >= 0) {
      at -= 3;
      inside = true;
    }
    if (at < next || (inside && at >= 1 && is_digit(s[at - 1]))) {
      continue;
    }
    std::string national;
    // Masked: masked_by_circles.
    std::size_t p = at, end = at, first = 0, circles = 0, group = 0;
    bool masked = false;
    // (A mixed start is Arabic digits, then Chinese ones, perhaps Arabic again: 0九七二,
    // 0926七七一405.)
    const bool arabic = is_digit(s[at]);
    const bool bracket = !arabic && at >= 1 && s[at - 1] == '(';
    bool closed = false;       // the area code closed by ')' after that '('
    std::size_t whole_end = 0; // where a whole mobile ended before a blank, or 0
    std::size_t groups = 1;
    while (p < s.size() && national.size() < 11) {
      // (Arabic digits in a group after Chinese ones too: 零九二八－三三一－二０七; not a group
      // of their own: ○九一○一八○九四五 328-13 is a phone and a lot number.)
      // (Or Arabic digits after the first group and a hyphen, what is left of the number
      // typed the other way: ○九六九-077503 — set188a's petition.)
      if ((arabic || group != 0 ||
           (national.size() >= 2 && national.size() <= 4 && first == national.size() &&
            s[p - 1] == '-')) &&
          is_digit(s[p])) {
        national.push_back(s[p]);
        end = p += 1;
        ++group;
        continue;
      }
      if (p + 3 > s.size()) {
        break;
      }
      const int d = digit_at(p);
      if (d >= 0) {
        circles = s.substr(p, 3) == "○" ? circles + 1 : 0;
        ++group;
        masked = masked || masked_by_circles(circles, group);
        national.push_back(static_cast<char>('0' + d));
        end = p += 3;
      } else if ((s[p] == '-' || s[p] == ' ') && !national.empty()) {
        // (Not a separator when no digit follows: 〇八二－三五四四八六  區間快 is two groups —
        // set306a's list.)
        std::size_t q = p;
        while (q < s.size() && (s[q] == '-' || s[q] == ' ')) {
          ++q;
        }
        if (q >= s.size() || (!is_digit(s[q]) && (q + 3 > s.size() || digit_at(q) < 0))) {
          break;
        }
        // (A whole mobile before a blank is kept should what follows not go on with it: 打我
        // 〇九三九七三一七一三 零九開頭那個 — set190b's chat; its 零九 made twelve digits.)
        if (s[p] == ' ' && national.size() == 10 && national.starts_with("09") && !masked) {
          whole_end = end;
        }
        first = first == 0 ? national.size() : first;
        groups += group != 0 ? 1 : 0;
        circles = group = 0;
        ++p;
      } else if (s[p] == ')' && bracket && first == 0 && national.size() >= 2 &&
                 national.size() <= 4) {
        // (The area code in brackets: 電話(零二)二二九六三二九九 — set182b's piano teacher,
        // （〇二）二九四五－七七一六 — a typed-up disaster register.)
        first = national.size();
        groups += 1;
        circles = group = 0;
        closed = true;
        ++p;
      } else if (!national.empty() && s[p] == '.') {
        first = first == 0 ? national.size() : first; // ○九三○.三八五.五一三
        circles = group = 0;
        ++p;
      } else if (!national.empty() &&
                 (util::has_at(s, p, "、") || util::has_at(s, p, "，") || util::has_at(s, p, "‧") ||
                  util::has_at(s, p, "・") || util::has_at(s, p, "─"))) {
        // (Not after a whole number: ○三七-三五六三七○、○九五二四○○一九○ lists two — set167b.)
        if ((util::has_at(s, p, "、") || util::has_at(s, p, "，")) && national.size() >= 9 &&
            valid_national(national, first == 0 ? national.size() : first) != nullptr) {
          break;
        }
        first = first == 0 ? national.size() : first; // spoken, as a call log writes it down:
        circles = group = 0; // 零九三八、五二一、六〇四; ○九三○‧三八五; 〇九三二─七一五─四二八 (a
                             // box-drawing line typed for a dash)
        p += 3;
      } else {
        break;
      }
    }
    first = first == 0 ? national.size() : first;
    if (whole_end != 0 && national.size() > 10) {
      national.resize(10); // back to the mobile before the blank
      first = std::min<std::size_t>(first, 10);
      end = whole_end;
      groups = 1;
    }
    const patterns::AreaCode* area = valid_national(national, first);
    const bool mobile = national.size() == 10 && national.starts_with("09");
    // (Nor does a whole landline of ten digits in one run of Chinese ones from its trunk 0, not
    // after a date's 年, 月 or 日: 對 ○四九二九八七六五四, a chat's answer to 您的電話是29開頭
    // 的嗎 — set84a.)
    // (Or of nine, an area code of one digit's: 〇七七〇九九九二四 after an address — set149a.)
    const bool whole =
        !arabic && groups == 1 && (national.size() == 10 || national.size() == 9) &&
        national.starts_with("0") &&
        !(at >= 3 && (util::has_at(s, at - 3, "年") || util::has_at(s, at - 3, "月") ||
                      util::has_at(s, at - 3, "日")));
    // (Or right after a verb that calls it: 打零五－六九三一四八二找我 — set97b's letter.)
    const bool called = at >= 3 && (util::has_at(s, at - 3, "打") || util::has_at(s, at - 3, "撥"));
    // (Or an area code and the number after it, a hyphen between, as Arabic ones are written:
    // 巫秀英（54年次） 〇四-二五〇四五四四二 — set205a's renumbering notice, no cue.)
    const bool dashed = !arabic && groups == 2 && first >= 2 && first <= 4 &&
                        national.starts_with("0") && s[at + first * 3] == '-';
    if (area != nullptr && !masked &&
        (mobile || whole || called || dashed ||
         !line.cue_near(at, end, patterns::CueClass::phone, true).empty())) {
      // (With its opening bracket when the area code is closed by one.)
      emit(line, closed ? at - 1 : at, end, 0.7f, 0.85f, "chinese-numerals", out);
    } else if (!national.starts_with("0") && !masked && groups == 2 &&
               (national.size() == 7 || national.size() == 8) && first >= 3 && first <= 4 &&
               !line.cue_near(at, end, patterns::CueClass::phone, true).empty()) {
      // A local number with a phone cue (電話：二七○六－五五一八, 打家裡二二四○—七九八一), as
      // Arabic digits are taken (try_local): two groups, three or four digits, then four. (Found
      // from its zeros: one with no 〇, 零 or ○ is not looked at.)
      emit(line, at, end, 0.6f, 0.6f, "chinese-numerals-local", out);
    }
    next = end;
  }
}
} // namespace

void find_phones(Line& line, std::vector<Match>& out) {
  std::string_view s = line.text();
  const std::size_t n = s.size();
  // Every number holds digits: start at each run of digits, or at the '+' or '(' before it.
  std::size_t last_end =
      std::string_view::npos; // end of the last number found: 04-8321957/0922-306-145
  // A mobile begun in Arabic, then said in Chinese (0九七二 三三八 一四五 in a chat): a lone 0
  // before 九, for chinese_numeral_phones.
  static thread_local std::vector<std::size_t> mixed;
  mixed.clear();
  for (std::size_t i = next_digit(s, 0); i < n; i = next_digit(s, i)) {
    std::size_t run_end = i;
    while (run_end < n && is_digit(s[run_end])) {
      ++run_end;
    }
    // (Not a run that ends a date or a longer number: 1995-07-07 〇九三八七四六八〇三 is a date
    // and a mobile — set230b's e-mail.)
    const bool continues =
        i >= 2 && (s[i - 1] == '-' || s[i - 1] == '/' || s[i - 1] == '.') && is_digit(s[i - 2]);
    if (s[i] == '0' && !continues && run_end - i <= 4 && run_end + 3 <= n) {
      // (Or after a hyphen or a blank: 0921-四八七-二〇六.)
      const std::size_t c =
          (s[run_end] == '-' || s[run_end] == ' ') && run_end - i >= 2 ? run_end + 1 : run_end;
      if (c + 3 <= n && static_cast<unsigned char>(s[c]) >= 0xE3 &&
          (util::has_at(s, c, "九") ||
           (run_end - i >= 2 && util::chinese_digit(util::cp3(s.data() + c)) >= 0))) {
        mixed.push_back(i); // 0九…, 0926七七一405, 0921-四八七-二〇六
      }
    }
    // A mobile typed with a letter O for its 0 (O928-133-504): nine digits in groups after it.
    if (s[i] == '9' && i > 0 && (s[i - 1] == 'O' || s[i - 1] == 'o') &&
        (i == 1 || !is_alnum(s[i - 2]))) {
      std::size_t q = i, digits = 0;
      while (
          q < n && digits < 9 &&
          (is_digit(s[q]) || ((s[q] == '-' || s[q] == ' ') && q + 1 < n && is_digit(s[q + 1])))) {
        digits += is_digit(s[q]) ? 1 : 0;
        ++q;
      }
      if (digits == 9 && (q == n || !is_alnum(s[q]))) {
        emit(line, i - 1, q, 0.6f, 0.8f, "letter-o", out);
        last_end = q;
        i = q;
        continue;
      }
    }
    std::size_t start = i;
    if (start > 0 && s[start - 1] == '+') {
      --start;
    }
    if (start > 0 && s[start - 1] == '(') {
      --start;
    }
    // (A bracket opens the number: a letter before it is no part of it — Lee(+886-2-…).)
    char prev = start > 0 && s[start] != '(' ? s[start - 1] : ' ';
    // Part of a longer number: 12-0912345678, 3.0912, 1/2, and thousands groups 1,234,567 (a
    // comma before a lone run of three digits; other fields after a comma start afresh).
    bool after_digit = start > 1 && is_digit(s[start - 2]);
    // (Not a mobile's 09xx after a slash: 5F-2／0958 337 120 lists a flat and a phone; a date's
    // month after a slash is two digits.)
    const bool mobile_after_slash =
        prev == '/' && run_end - i >= 4 && s[i] == '0' && s[i + 1] == '9';
    // (Nor an international number after a slash: …生日 24/07/1997／+886 916 951 755 — set186a;
    // no fraction or date goes on with '+'.)
    const bool intl_after_slash = prev == '/' && s[start] == '+';
    // (Nor a landline written with its hyphen or a blank: 章宏勝／78.11.17／082-309389, 杜俊銘／
    // 053/10/08／06 9045607 — sets 263a, 288a; a date's part after a slash has no hyphen and
    // five digits or more after it.)
    auto digits_from = [&](std::size_t k) {
      std::size_t e = k;
      while (e < n && is_digit(s[e])) {
        ++e;
      }
      return e - k;
    };
    const bool landline_after_slash =
        prev == '/' && s[i] == '0' && run_end - i >= 2 && run_end - i <= 4 && run_end < n &&
        (s[run_end] == '-' || s[run_end] == ' ') && digits_from(run_end + 1) >= 5;
    bool continues_number = is_alnum(prev) || prev == '+' ||
                            ((prev == '-' || prev == '.' || prev == '/') && after_digit &&
                             !(prev == '/' && start - 1 == last_end) && !mobile_after_slash &&
                             !intl_after_slash && !landline_after_slash) ||
                            (prev == ',' && after_digit && start == i && run_end - i == 3 &&
                             (run_end == n || (s[run_end] != '-' && s[run_end] != ' ')));
    if (continues_number) {
      i = run_end;
      continue;
    }
    const std::size_t found = out.size();
    std::size_t end = try_phone(line, start, out);
    if (out.size() == found && start < i) {
      end = std::max(end, try_phone(line, i, out)); // "(" or "+" that did not open a number
    }
    if (out.size() > found) {
      last_end = out.back().end;
    } else if (end > run_end) {
      // Nothing found, and the number tried ran on into the next column of a fixed-width table
      // (0610907  082-377398, 063.07.03  0912345678: a date, two spaces, a phone): that column
      // starts afresh.
      if (const std::size_t gap = s.substr(run_end, end - run_end).find("  ");
          gap != std::string_view::npos) {
        end = run_end + gap;
      } else if (const std::size_t zero = s.substr(run_end, end - run_end).find(" 0");
                 zero != std::string_view::npos) {
        end = run_end + zero; // 063.07.03 0912345678: a number starts again at the 0 after a blank
      }
    }
    i = std::max(end, run_end);
  }
  chinese_numeral_phones(line, out, mixed);
}

bool is_phone_cell(std::string_view field) {
  // (Digits in Chinese numerals too, one by one: 〇八-七五二九三三七 under 聯絡電話 — set98b.)
  // (Not a number masked by groups of ○, as chinese_numeral_phones reads them: 0973-○○○-○○○
  // under 手機 — set195a's parking-permit list.)
  static constexpr util::CharSet k_digit_numerals(U"〇零一二三四五六七八九○");
  std::size_t digits = 0, group = 0, circles = 0;
  for (std::size_t i = 0; i < field.size();) {
    const char c = field[i];
    if (is_digit(c)) {
      ++digits, ++group;
      circles = 0;
      ++i;
    } else if (k_digit_numerals.contains(field.substr(i, 3))) {
      circles = field.substr(i, 3) == "○" ? circles + 1 : 0;
      ++digits, ++group;
      if (masked_by_circles(circles, group)) {
        return false;
      }
      i += 3;
    } else if (c != '-' && c != ' ' && c != '(' && c != ')') {
      return false;
    } else {
      group = circles = 0;
      ++i;
    }
  }
  // (Not a form's placeholder under the column: 03-0000000. Nor ten digits with no trunk 0, no
  // number of Taiwan's once its 0 is dropped, nor a date: 1130109381 and 2022-10-05 under
  // 緊急聯絡電話 — set206b's dormitory list.)
  const std::size_t first = field.find_first_not_of(" (");
  // (Nor a toll-free number, an office's: 0800-092-000 under 電話 — set230b's rosters; no
  // blind set's writer counted one as a person's, 314 as look-alikes or neutral.)
  if (first != std::string_view::npos &&
      (util::has_at(field, first, "0800") || util::has_at(field, first, "0809"))) {
    return false;
  }
  // (Nor a number starting with 1, no subscriber's (1 begins the short codes, 119, 1999): a
  // case or lot number under 電話/批號 — 11447664, set249b's vaccination no-shows.)
  if (first != std::string_view::npos && field[first] == '1') {
    return false;
  }
  return digits >= 6 && digits <= 10 && !placeholder(field, 0, field.size()) &&
         !(digits == 10 && first != std::string_view::npos && field[first] != '0' &&
           !util::has_at(field, first, "〇") && !util::has_at(field, first, "零") &&
           !util::has_at(field, first, "○")) &&
         !is_date(field);
}

void find_chinese_numeral_phones(Line& line, std::vector<Match>& out) {
  chinese_numeral_phones(line, out);
}

} // namespace twpii::detectors
