// Personal names (姓名): after a role or form label (陳情人：王小明, 姓名 王小明), before an
// honorific (王小明先生, 陳小姐, 李大同君), and as a field of a row that holds other personal
// data (王美玲,K223091878,0910-223-344). A name is a surname from the list (patterns/
// surnames.txt) and one or two given characters. Reference: tw-pii-formats §7.
#include "detectors.hpp"
#include "text_util.hpp"

#include <algorithm>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace twpii::detectors {

namespace {
constexpr std::size_t npos = std::string_view::npos;

bool is_ideograph(std::string_view s, std::size_t at) {
  if (at + 3 > s.size()) {
    return false;
  }
  auto lead = static_cast<unsigned char>(s[at]);
  return lead >= 0xE4 && lead <= 0xE9;
}

bool is_one_of(std::string_view c, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), c) != set.end();
}

// Whether the character `c` is one of the characters of `list`.
bool in_list(std::string_view c, std::u32string_view list) {
  if (c.empty()) {
    return false;
  }
  std::size_t len = 0;
  char32_t cp = util::utf8_decode(c, 0, &len);
  return len == c.size() && list.find(cp) != std::u32string_view::npos;
}

// Characters that end a name when they follow it: verbs, particles and function words
// (王小明表示, 陳大文於, 林怡君與) — a given name of two characters is cut before them.
bool stops_name(std::string_view c) {
  return in_list(c, U"於在因的之與及和等表說陳指向自為係已曾並亦即就對把被請所住現身電手地出戶年簽"
                    U"蓋是有以將到要也都還又則而或");
}

// Words before a surname that are not part of a name (向陳小姐說明: 向 is "to").
bool function_word(std::string_view c) {
  return in_list(c, U"向與和及請由被對給跟之的為係即經同令讓叫找問告致");
}

bool honorific_at(std::string_view s, std::size_t at, std::size_t* len) {
  for (std::string_view h : {"先生", "小姐", "女士", "太太", "君"}) {
    if (s.substr(at).starts_with(h)) {
      *len = h.size();
      return true;
    }
  }
  return false;
}

// The end of a name starting at `p`: a surname, then one or two given characters; npos if there
// is none. `honorific_only`: a surname directly followed by an honorific (陳小姐) counts.
std::size_t name_end(std::string_view s, std::size_t p, bool* surname_only) {
  const patterns::NameData& nd = patterns::name_data();
  std::size_t sl = nd.surname_at(s, p);
  if (sl == 0) {
    return npos;
  }
  if (p + 6 <= s.size() && nd.stopwords.contains(s.substr(p, 6))) {
    return npos; // 陳情, 高雄, 林地
  }
  std::size_t g = p + sl, hl = 0;
  *surname_only = false;
  if (honorific_at(s, g, &hl)) {
    *surname_only = true;
    return g;
  }
  if (!is_ideograph(s, g) || stops_name(s.substr(g, 3)) || nd.surname_at(s, g) == 6) {
    return npos;
  }
  std::size_t end = g + 3;
  // A second given character; 君 counts when the name ends there (林怡君（簽章）), not when
  // it is an honorific after a full name (李大同君).
  std::string_view second = is_ideograph(s, end) ? s.substr(end, 3) : std::string_view();
  bool jun_ends = second == "君" && !is_ideograph(s, end + 3);
  if (!second.empty() && !stops_name(second) && (!honorific_at(s, end, &hl) || jun_ends)) {
    end += 3;
  }
  return end;
}

void add(std::vector<Match>& out, std::size_t start, std::size_t end, float conf,
         std::string_view rule, std::string_view cue) {
  out.push_back(Match{PiiType::person_name, static_cast<std::uint32_t>(start),
                      static_cast<std::uint32_t>(end), conf, "person_name", rule, cue});
}

// The name labels of patterns/cues.tsv, found by their last character (人, 名, 者, 告): a few
// SIMD passes instead of a search for every cue word of every class.
struct Label {
  std::size_t end;
  std::string_view word;
};

// Positions of the characters names stand next to — 人 名 者 告 (label ends) and 先 小 女 太 君
// (honorifics) — in one SIMD pass comparing the first two bytes.
std::vector<std::size_t> name_chars(std::string_view s) {
  std::vector<std::size_t> out;
  const char* b = s.data();
  std::size_t i = 0;
#if defined(__SSE2__)
  for (; i + 18 <= s.size(); i += 16) {
    unsigned mask =
        util::name_char_mask(_mm_loadu_si128(reinterpret_cast<const __m128i*>(b + i)),
                             _mm_loadu_si128(reinterpret_cast<const __m128i*>(b + i + 1)),
                             _mm_loadu_si128(reinterpret_cast<const __m128i*>(b + i + 2)));
    for (; mask != 0; mask &= mask - 1) {
      out.push_back(i + static_cast<unsigned>(__builtin_ctz(mask)));
    }
  }
#endif
  for (; i + 3 <= s.size(); ++i) {
    std::string_view c = s.substr(i, 3);
    if (is_one_of(c, {"人", "名", "者", "告", "先", "小", "姐", "女", "士", "太", "君"})) {
      out.push_back(i);
    }
  }
  return out;
}

std::vector<Label> name_labels(std::string_view s, const std::vector<std::size_t>& at_chars) {
  std::vector<Label> out;
  static const std::vector<std::string_view> words = [] {
    std::vector<std::string_view> w;
    for (const auto& c : patterns::cues()) {
      if (c.cls == patterns::CueClass::name && c.positive) {
        w.push_back(c.word);
      }
    }
    std::sort(w.begin(), w.end(), [](auto a, auto b) { return a.size() > b.size(); });
    return w;
  }();
  for (std::size_t at : at_chars) {
    // The character before the label's last one, checked first: 人 of 陳情人, not of 行人.
    std::string_view c = s.substr(at, 3);
    std::string_view before = at >= 3 ? s.substr(at - 3, 3) : std::string_view();
    bool maybe = (c == "人" && in_list(before, U"情請舉訴證理絡表責書件事係權願發結訴")) ||
                 (c == "名" && in_list(before, U"姓簽具")) || (c == "者" && before == "文") ||
                 (c == "告" && in_list(before, U"原被"));
    if (!maybe) {
      continue;
    }
    std::size_t end = at + 3;
    for (std::string_view w : words) { // longest first: 法定代理人 before 代理人
      if (w.size() <= end && s.substr(end - w.size(), w.size()) == w) {
        out.push_back(Label{end, w});
        break;
      }
    }
  }
  return out;
}

// Names after role and form labels: 陳情人：王小明, 姓名 王小明.
void after_cues(Line& line, const std::vector<std::size_t>& at_chars, std::vector<Match>& out) {
  std::string_view s = line.text();
  for (const Label& h : name_labels(s, at_chars)) {
    std::size_t p = h.end;
    while (p < s.size()) { // : ： spaces and 「 between label and name
      if (s[p] == ':' || s[p] == ' ' || s[p] == '\t') {
        ++p;
      } else if (is_one_of(s.substr(p, 3), {"：", "　", "「"})) {
        p += 3;
      } else {
        break;
      }
    }
    bool surname_only = false;
    std::size_t e = name_end(s, p, &surname_only);
    if (e != npos && !surname_only) {
      add(out, p, e, 0.85f, "label", h.word);
    }
  }
}

// Names before honorifics: 王小明先生, 陳小姐, 李大同君.
void before_honorifics(Line& line, const std::vector<std::size_t>& at_chars,
                       std::vector<Match>& out) {
  std::string_view s = line.text();
  const patterns::NameData& nd = patterns::name_data();
  for (std::size_t h : at_chars) {
    std::size_t hon_len = 0;
    if (!honorific_at(s, h, &hon_len)) {
      continue;
    }
    std::string_view hon = s.substr(h, hon_len);
    {
      // The longest surname-led name that ends here: three characters, two, or a surname.
      for (std::size_t len : {9u, 6u, 3u, 12u}) {
        if (h < len) {
          continue;
        }
        std::size_t p = h - len;
        bool surname_only = false;
        if (nd.surname_at(s, p) == 0 || (p >= 3 && len < 12 && function_word(s.substr(p, 3)))) {
          continue;
        }
        if (len == 3 || (len == 6 && nd.surname_at(s, p) == 6)) {
          if (hon == "君") {
            break; // 王君 alone is too common a word ending
          }
          add(out, p, h, 0.5f, "surname+honorific", "");
          break;
        }
        std::size_t e = name_end(s, p, &surname_only);
        if (e == h) {
          add(out, p, h, 0.8f, "name+honorific", "");
          break;
        }
      }
    }
  }
}

// In a window that holds other personal data, a field of its own that is shaped like a name:
// rosters (王美玲,K223091878,…), table cells (<td>王小明</td>).
void row_fields(Line& line, std::vector<Match>& out) {
  std::string_view s = line.text();
  auto separator = [&](std::size_t at, std::size_t* len) {
    char c = s[at];
    if (c == ',' || c == '\t' || c == '|' || c == ';' || c == '"' || c == '<' || c == '>' ||
        c == ' ') {
      *len = 1;
      return true;
    }
    auto lead = static_cast<unsigned char>(c);
    if ((lead == 0xEF || lead == 0xE3) &&
        is_one_of(s.substr(at, 3), {"，", "、", "；", "　", "｜"})) {
      *len = 3;
      return true;
    }
    return false;
  };
  std::size_t field = 0;
  for (std::size_t i = 0, len = 1; i <= s.size(); i += len) {
    len = 1;
    if (i < s.size() && !separator(i, &len)) {
      len = util::utf8_length(s[i]);
      continue;
    }
    const std::size_t bytes = i - field;
    if (bytes >= 6 && bytes <= 12 && bytes % 3 == 0) { // two to four CJK characters
      bool all_ideographs = true;
      for (std::size_t k = field; k < i; k += 3) {
        all_ideographs = all_ideographs && is_ideograph(s, k);
      }
      bool surname_only = false;
      if (all_ideographs && name_end(s, field, &surname_only) == i && !surname_only) {
        std::string_view last = s.substr(i - 3, 3);
        bool place = is_one_of(last, {"市", "縣", "區", "鄉", "鎮", "里", "村", "路", "街", "巷",
                                      "弄", "號", "樓", "室", "段"});
        if (!place) {
          add(out, field, i, 0.7f, "row-field", "");
        }
      }
    }
    field = i + len;
  }
}
} // namespace

void find_names(Line& line, bool row_has_pii, std::vector<Match>& out) {
  std::vector<std::size_t> at_chars = name_chars(line.text());
  if (!at_chars.empty()) {
    after_cues(line, at_chars, out);
    before_honorifics(line, at_chars, out);
  }
  if (row_has_pii) {
    row_fields(line, out);
  }
}

} // namespace twpii::detectors
