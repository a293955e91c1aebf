// National IDs (身分證字號) and resident IDs (統一證號, old and 2021 formats): shape, check digit,
// cue words. Reference: tw-pii-formats §1-2.
#include "detectors.hpp"
#include "patterns.hpp"
#include "text_util.hpp"

#include <array>
#include <string>

namespace twpii {

namespace {
using util::is_alnum;
using util::is_alpha;
using util::is_digit;
using util::to_upper;

// Two-digit region codes of the letters A-Z (I, O, W, X, Y, Z are out of sequence).
constexpr std::array<int, 26> k_letter_code{10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21,
                                            22, 35, 23, 24, 25, 26, 27, 28, 29, 32, 30, 31, 33};

int letter_code(char c) {
  return k_letter_code[static_cast<std::size_t>(to_upper(c) - 'A')];
}

// Weighted sum of the letter code and the nine following digit values `d`.
bool checksum_ok(int code, const int (&d)[9]) {
  int sum = (code / 10) * 1 + (code % 10) * 9;
  static constexpr int k_weights[9] = {8, 7, 6, 5, 4, 3, 2, 1, 1};
  for (int k = 0; k < 9; ++k) {
    sum += d[k] * k_weights[k];
  }
  return sum % 10 == 0;
}

enum class IdKind { none, national, resident_new, resident_old };

// Kind of a 10-character candidate (letters any case).
IdKind classify(std::string_view id) {
  if (id.size() != 10 || !is_alpha(id[0])) {
    return IdKind::none;
  }
  for (std::size_t k = 2; k < 10; ++k) {
    if (!is_digit(id[k])) {
      return IdKind::none;
    }
  }
  char c1 = to_upper(id[1]);
  if (c1 == '1' || c1 == '2') {
    return IdKind::national;
  }
  if (c1 == '8' || c1 == '9') {
    return IdKind::resident_new;
  }
  if (c1 >= 'A' && c1 <= 'D') {
    return IdKind::resident_old;
  }
  return IdKind::none;
}

bool checksum_of(std::string_view id, IdKind kind) {
  int d[9];
  d[0] = kind == IdKind::resident_old ? (letter_code(id[1]) % 10) : id[1] - '0';
  for (int k = 1; k < 9; ++k) {
    d[k] = id[static_cast<std::size_t>(k) + 1] - '0';
  }
  return checksum_ok(letter_code(id[0]), d);
}

// Whether s[start, end) is a field of a row on its own: a comma, a tab or a bar, an HTML tag, a
// fixed-width column's two blanks (or the text's start or end) on either side, quotes aside.
bool whole_field(std::string_view s, std::size_t start, std::size_t end) {
  auto sep = [](char c) { return c == ',' || c == '\t' || c == '|'; };
  std::size_t a = start;
  while (a > 0 && (s[a - 1] == ' ' || s[a - 1] == '"')) {
    --a;
  }
  std::size_t b = end;
  while (b < s.size() && (s[b] == ' ' || s[b] == '"' || s[b] == '\r')) {
    ++b;
  }
  const bool open = a == 0 || sep(s[a - 1]) || s[a - 1] == '>' || start - a >= 2;
  const bool close = b == s.size() || sep(s[b]) || s[b] == '<' || b - end >= 2;
  return open && close && (a > 0 || b < s.size());
}

// Emits a match for a candidate `id` (10 characters, separators removed) at [start, end).
void judge(detectors::Line& line, std::size_t start, std::size_t end, std::string_view id,
           bool spaced, TypeSet types, std::vector<Match>& out) {
  IdKind kind = classify(id);
  if (kind == IdKind::none) {
    return;
  }
  PiiType type = kind == IdKind::national ? PiiType::national_id : PiiType::resident_id;
  if (!types.contains(type)) {
    return;
  }
  using patterns::CueClass;
  if (kind == IdKind::resident_old &&
      !line.cue_near(start, end, CueClass::id, false, 21, 0).empty()) {
    return; // 發票號碼「AB12345678」: an invoice number right after its word, whatever follows
            // (a word between too: 發票號碼如 AB84462362 — set302b)
  }
  std::string_view cue_word = line.cue_near(start, end, CueClass::id, true);
  bool cue = !cue_word.empty();
  bool ok = checksum_of(id, kind);
  // A spaced form with its check digit right as a whole field of a row (14,江秀,P 2 7 3 9 1 3 3 7
  // 7,33年3月3日: a roster typed by hand; <td>L 1049 05891</td>; 鄔佳琳   A 224 571 063 1991/2/28):
  // the row is the cue.
  // (Or every character a blank apart after a fixed-width column's blanks: 0005 陳城勝   Q 1 5 7 2
  // 7 4 4 3 6 58.02.21, where one blank after it is the roster's own spacing.)
  const std::string_view text = line.text();
  const bool letter_spaced =
      end - start == 19 && start >= 2 && text[start - 1] == ' ' && text[start - 2] == ' ';
  // Or between blanks in Chinese text, a number or the line's end next (3. 侯阿滿　H 2427 37682
  // 　2000年6月20日: a roster line whose ideographic spaces the normalised view folds to one
  // blank each) — not a number a word before or after names (型號 A 123 456 789, 編號
  // E 101088790 號, 見附表 A 224 571 063 項).
  const bool between_blanks =
      start >= 4 && text[start - 1] == ' ' && static_cast<unsigned char>(text[start - 2]) >= 0x80 &&
      !util::has_at(text, start - 4, "號") && !util::has_at(text, start - 4, "碼") &&
      (end == text.size() || text[end] == '\r' || text[end] == '\n' ||
       (text[end] == ' ' && end + 1 < text.size() && util::is_digit(text[end + 1])));
  const bool field =
      spaced && ok && !cue && (whole_field(text, start, end) || letter_spaced || between_blanks);
  if (!cue && !field && (spaced || !ok)) {
    return; // spaced forms and failed check digits need a cue word
  }
  if (!ok) {
    // (字號 alone is no person's ID's cue for a failed check digit: 文字號, 字號G214873750 in
    // a notice's notes — 70 look-alikes on sets 1-225, no mistyped ID; 身分證字號 is.)
    if (cue_word == "字號") {
      return;
    }
    // A failed check digit the text itself calls an example (驗證範例Z164932570（檢查碼不符）):
    // no one's mistyped ID.
    const std::string_view s = line.text();
    const std::string_view before =
        s.substr(start >= 12 ? start - 12 : 0, std::min<std::size_t>(start, 12));
    const std::string_view after = s.substr(end, 24);
    for (std::string_view w : {"範例", "示範", "測試"}) {
      if (before.find(w) != std::string_view::npos) {
        return;
      }
    }
    // (Or a list the text says holds invalid numbers: 無效證號（檢查碼錯誤，僅供教育訓練）：
    // E229125900、F255945950.)
    const std::string_view sentence =
        s.substr(start >= 90 ? start - 90 : 0, std::min<std::size_t>(start, 90));
    std::size_t stop = 0; // (the sentence's start)
    for (const std::size_t p : {sentence.rfind("。"), sentence.rfind('\n')}) {
      stop = p != std::string_view::npos ? std::max(stop, p) : stop;
    }
    const std::string_view clause = sentence.substr(stop);
    if (clause.find("無效") != std::string_view::npos ||
        clause.find("碼錯誤") != std::string_view::npos || // (檢查碼錯誤, 查核碼錯誤)
        clause.find("碼不符") != std::string_view::npos ||
        clause.find("錯誤證號") != std::string_view::npos ||
        clause.find("誤植") != std::string_view::npos || // (名冊上誤植為V167503101 — set49b)
        clause.find("誤寫") != std::string_view::npos ||
        clause.find("誤填") != std::string_view::npos ||
        clause.find("誤載") != std::string_view::npos || // (欄誤載為O209676193 — set108b)
        clause.find("誤繕") != std::string_view::npos || // (誤繕之身分證號… — set225a)
        clause.find("有誤") != std::string_view::npos || // (檢查碼有誤之身分證號… — set120a)
        clause.find("不符") != std::string_view::npos || // (號碼與報名表不符（報名表填… — set107a)
        // (An example's: 錯誤示例身分證 V287380365, 範例：身分證 … — set214b's FAQ.)
        clause.find("示例") != std::string_view::npos ||
        clause.find("範例") != std::string_view::npos || before.ends_with("不是") ||
        before.ends_with("而非")) { // (應該是T140903078，不是…)
      return;
    }
    // (Nor the placeholder digits of a format's example: 格式如「AB12345678」 — set108a.)
    if (text.substr(start, end - start).find("12345678") != std::string_view::npos) {
      return;
    }
    // (Or after it: 檢查碼不符, （範例，非有效號碼）, （格式示意，非真實號碼）.)
    if (after.find("不符") != std::string_view::npos ||
        after.find("錯誤") != std::string_view::npos ||
        after.find("範例") != std::string_view::npos ||
        after.find("示意") != std::string_view::npos ||
        after.find("示範") != std::string_view::npos || // (（示範用，檢查碼不正確） — set59a)
        after.find("不正確") != std::string_view::npos ||
        after.find("非真實") != std::string_view::npos ||
        after.find("非有效") != std::string_view::npos) {
      return;
    }
    // (Or later in its clause: 像B234567891、Q299999990這類號碼會被判定無效, 身分證字號
    // 「A123456788」可以測試系統.)
    std::string_view rest = s.substr(end, 72);
    rest = rest.substr(0, std::min({rest.find("。"), rest.find('\n'), rest.size()}));
    // (Or 檢查碼錯誤 there: a guide's table of errors, | 證號「B113762785」，電話「091*-***-019」 |
    // 檢查碼錯誤 | — set48b; 誤植為「E221087552」，經查檢核碼不符 — set47a.)
    if (rest.find("無效") != std::string_view::npos ||
        rest.find("測試") != std::string_view::npos ||
        rest.find("碼錯誤") != std::string_view::npos ||
        rest.find("不符") != std::string_view::npos || // (經查驗與戶役政資料不符 — set50b)
        rest.find("有誤") != std::string_view::npos || // (經檢核碼驗證有誤)
        rest.find("錯誤") != std::string_view::npos || // (…　身分證號檢核錯誤，請重填 — set109a)
        rest.find("寫錯") != std::string_view::npos || // (寫成D137250140，都寫錯)
        rest.find("誤寫") != std::string_view::npos || // (身分證H189166562疑為誤寫 — set121b)
        rest.find("查無") != std::string_view::npos || // (寫成M149440403，查無此號 — set54b)
        rest.find("待查") != std::string_view::npos || // (H139896119 (證號待查) — set120a)
        rest.find("示範") != std::string_view::npos ||
        rest.find("不正確") !=
            std::string_view::npos) { // (如AD08139625、新式如H833664796（示範用，檢查碼不正確）)
      return;
    }
    // (Nor right after a word of another number: 滅火器序號G166439116, 型號.)
    if (!line.cue_near(start, end, CueClass::id, false, 15, 0).empty()) {
      return;
    }
  }
  // (Nor the head of a longer code joined by a hyphen: 食品業者登錄字號H-112345678-00000-3 —
  // set79b.)
  if (end + 1 < text.size() && text[end] == '-' && util::is_digit(text[end + 1])) {
    return;
  }
  std::string_view against_word =
      cue ? std::string_view() : line.cue_near(start, end, CueClass::id, false);
  bool against = !against_word.empty();
  if (against && kind == IdKind::resident_old) {
    return; // 統一發票 numbers share the two-letter shape
  }
  float conf;
  std::string_view rule;
  if (!ok) {
    conf = spaced ? 0.35f : 0.4f;
    rule = spaced ? "separated+checksum-failed+cue" : "checksum-failed+cue";
  } else if (field) {
    conf = 0.8f;
    rule = "separated+checksum+field";
  } else if (spaced) {
    conf = 0.9f;
    rule = "separated+checksum+cue";
  } else if (cue) {
    conf = kind == IdKind::resident_old ? 0.95f : 0.99f;
    rule = "checksum+cue";
  } else {
    conf = kind == IdKind::national ? 0.9f : kind == IdKind::resident_new ? 0.85f : 0.7f;
    rule = "checksum";
  }
  if (against) {
    conf *= 0.6f;
    rule = "checksum+negative-cue";
  }
  std::string_view detector = kind == IdKind::national ? "national_id" : "resident_id";
  out.push_back(Match{type, static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end),
                      conf, detector, rule, cue ? cue_word : against_word});
}
} // namespace

bool national_id_checksum_ok(std::string_view id) {
  IdKind k = classify(id);
  return (k == IdKind::national || k == IdKind::resident_new) && checksum_of(id, k);
}

bool old_resident_id_checksum_ok(std::string_view id) {
  return classify(id) == IdKind::resident_old && checksum_of(id, IdKind::resident_old);
}

namespace detectors {

namespace {
bool is_separator(char c) {
  return c == ' ' || c == '-';
}
} // namespace

void find_ids(Line& line, TypeSet types, std::vector<Match>& out) {
  std::string_view s = line.text();
  const std::size_t n = s.size();
  std::string id;
  // Every ID holds digits: look at the letter-and-digit run around each run of digits.
  for (std::size_t i = next_digit(s, 0); i < n; i = next_digit(s, i)) {
    std::size_t a = i, e = i;
    while (a > 0 && is_alnum(s[a - 1])) {
      --a;
    }
    while (e < n && is_alnum(s[e])) {
      ++e;
    }
    i = e;
    if (e - a == 10) {
      if (is_alpha(s[a])) {
        judge(line, a, e, s.substr(a, 10), false, types, out);
      }
      continue;
    }
    if (e - a > 10) {
      // (Unless an ID's own word is glued to it: ARCCD52565453 — set308b's LINE chat.)
      const std::string_view head = s.substr(a, e - a - 10);
      if (is_alpha(s[e - 10]) && (head == "ARC" || head == "arc" || head == "ID" || head == "UI")) {
        judge(line, e - 10, e, s.substr(e - 10, 10), false, types, out);
      }
      continue;
    }
    // A 123 456 789, A12-345-6789, E 101088790: groups joined by single spaces or hyphens. Back
    // up to the first group, then join groups up to ten characters; judge() wants a cue word for
    // these. (Two groups at least: the run alone was judged above.)
    const std::size_t run = a;
    for (int k = 0; k < 4 && a >= 2 && is_separator(s[a - 1]) && is_alnum(s[a - 2]); ++k) {
      for (--a; a > 0 && is_alnum(s[a - 1]); --a) {
      }
    }
    if (!is_alpha(s[a]) || (a > 0 && is_separator(s[a - 1]) && a >= 2 && is_alnum(s[a - 2]))) {
      continue;
    }
    id.clear();
    std::size_t k = a;
    while (true) {
      std::size_t g = k;
      while (g < n && is_alnum(s[g])) {
        ++g;
      }
      id.append(s.substr(k, g - k));
      k = g;
      if (id.size() >= 10 || k + 1 >= n || !is_separator(s[k]) || !is_alnum(s[k + 1])) {
        break;
      }
      ++k;
    }
    if (id.size() == 10 && (k > e || a < run)) {
      judge(line, a, k, id, true, types, out);
    }
    i = std::max(i, k);
  }
}

void find_spoken_ids(Line& line, TypeSet types, std::vector<Match>& out) {
  const std::string_view s = line.text();
  // (From capital to capital: next_in_range skips 16 bytes at a time; prose has few.)
  for (std::size_t i = util::next_in_range(s, 0, 'A', 'Z'); i < s.size();
       i = util::next_in_range(s, i + 1, 'A', 'Z')) {
    if ((i > 0 && is_alnum(s[i - 1])) || i + 4 > s.size() ||
        (static_cast<unsigned char>(s[i + 1]) < 0xE3 && s[i + 1] != ',' && s[i + 1] != ' ' &&
         s[i + 1] != ':')) {
      continue;
    }
    std::size_t p = i + 1;
    if (p < s.size() && (s[p] == ',' || s[p] == ' ' || s[p] == ':')) {
      ++p;
    } else if (util::has_at(s, p, "，") || util::has_at(s, p, "、") || util::has_at(s, p, "：") ||
               util::has_at(s, p, "　")) {
      p += 3;
    }
    std::string id(1, s[i]);
    // (○, U+25CB, for a zero starts with E2: Big5 has no 〇.)
    while (id.size() < 11 && p + 3 <= s.size() && static_cast<unsigned char>(s[p]) >= 0xE2) {
      const char32_t cp = util::cp3(s.data() + p);
      const int d = cp == U'○' ? 0 : cp == U'幺' ? 1 : util::chinese_digit(cp);
      if (d < 0) {
        // The digits read in groups, a comma or a blank between (Ｆ，一二○，四七六，三三七).
        const std::size_t sep = util::has_at(s, p, "，") || util::has_at(s, p, "、") ? 3
                                : s[p] == ',' || s[p] == ' '                         ? 1
                                                                                     : 0;
        if (sep == 0 || id.size() < 2 || p + sep + 3 > s.size() ||
            static_cast<unsigned char>(s[p + sep]) < 0xE2) {
          break;
        }
        const char32_t next = util::cp3(s.data() + p + sep);
        if ((next == U'○' ? 0 : next == U'幺' ? 1 : util::chinese_digit(next)) < 0) {
          break;
        }
        p += sep;
        continue;
      }
      id.push_back(static_cast<char>('0' + d));
      p += 3;
    }
    if (id.size() != 10 || (p + 3 <= s.size() && util::is_numeral(s.substr(p, 3)))) {
      continue;
    }
    // With its check digit right, the shape is enough (the cue is often lines away in a call
    // transcript); else a cue word must be near, as for spaced forms.
    const IdKind kind = classify(id);
    const PiiType type = kind == IdKind::national ? PiiType::national_id : PiiType::resident_id;
    if (kind != IdKind::none && kind != IdKind::resident_old && checksum_of(id, kind) &&
        types.contains(type)) {
      out.push_back(Match{type, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(p), 0.8f,
                          kind == IdKind::national ? "national_id" : "resident_id",
                          "chinese-numerals+checksum", ""});
    } else {
      judge(line, i, p, id, true, types, out);
    }
  }
}

} // namespace detectors
} // namespace twpii
