// Small character helpers shared by the library's .cpp files (internal, not installed).
#pragma once

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

namespace twpii::util {

#if defined(__x86_64__)
// Whether to run the AVX2 code (the functions with [[gnu::target("avx2")]]): the CPU has it and
// TWPII_NO_AVX2 is not set in the environment (the tests run once with it set, so that the
// SSE2 versions pass the same tests). Checked once.
inline bool cpu_has_avx2() {
  static const bool yes = __builtin_cpu_supports("avx2") && std::getenv("TWPII_NO_AVX2") == nullptr;
  return yes;
}
#endif

inline bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
// The end of the run of ASCII digits that starts at s[p] (p itself if there is none).
inline std::size_t digits_end(std::string_view s, std::size_t p) {
  while (p < s.size() && is_digit(s[p])) {
    ++p;
  }
  return p;
}
// Where a chat export's message line goes on after its time of day (08:12⇥阿滿⇥…, 上午08:12 …,
// [08:12] 阿滿：…; ０８：３０⇥美珠⇥…, whose full-width colon the normalised view keeps — set83a):
// the byte after the time and the tab or blank that follows it; npos when `line` does not open
// with a time of day.
inline std::size_t after_chat_time(std::string_view line) {
  std::size_t p = line.starts_with('[') ? 1 : 0;
  // (A date and a blank before the time: 2024/06/03 07:02 秋月: — set142b's exported group.)
  if (line.size() > p + 11 && (line[p + 4] == '/' || line[p + 4] == '-') &&
      digits_end(line, p) == p + 4 && digits_end(line, p + 5) == p + 7 &&
      line[p + 7] == line[p + 4] && digits_end(line, p + 8) == p + 10 && line[p + 10] == ' ') {
    p += 11;
  }
  for (std::string_view w : {"上午", "下午"}) {
    p += line.substr(p).starts_with(w) ? w.size() : 0;
  }
  const std::size_t colon = digits_end(line, p);
  const std::size_t width = line.substr(colon).starts_with("\xEF\xBC\x9A") ? 3 : 1; // ：
  if (colon == p || colon - p > 2 || colon + width + 3 > line.size() ||
      (width == 1 && line[colon] != ':') || digits_end(line, colon + width) != colon + width + 2) {
    return std::string_view::npos;
  }
  std::size_t e = colon + width + 2;
  e += e < line.size() && line[e] == ']' ? 1 : 0;
  return e < line.size() && (line[e] == '\t' || line[e] == ' ') ? e + 1 : std::string_view::npos;
}
inline bool is_alpha(char c) {
  return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}
inline bool is_alnum(char c) {
  return is_digit(c) || is_alpha(c);
}
inline char to_upper(char c) {
  return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
}
inline bool is_continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Length of the UTF-8 character starting with lead byte `c` (1 for invalid leads).
inline std::size_t utf8_length(char c) {
  auto b = static_cast<unsigned char>(c);
  return b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
}

// Decodes the character at s[i] (well-formed UTF-8 assumed).
inline char32_t utf8_decode(std::string_view s, std::size_t i, std::size_t* len) {
  auto b = static_cast<unsigned char>(s[i]);
  std::size_t n = utf8_length(s[i]);
  if (i + n > s.size()) {
    n = 1;
  }
  *len = n;
  if (n == 1) {
    return b;
  }
  char32_t cp = b & (0xFF >> (n + 1));
  for (std::size_t k = 1; k < n; ++k) {
    cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  }
  return cp;
}

inline void utf8_append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Code point of the three-byte UTF-8 character at q.
inline char32_t cp3(const char* q) {
  return (static_cast<unsigned char>(q[0]) & 0x0F) << 12 |
         (static_cast<unsigned char>(q[1]) & 0x3F) << 6 | (static_cast<unsigned char>(q[2]) & 0x3F);
}

// Whether q starts a CJK ideograph of the BMP's common blocks (lead bytes E4-E9) that ends
// before `end`. (q may be `end`: the length is tested before the byte is read.)
inline bool ideograph_at(const char* q, const char* end) {
  if (end - q < 3) {
    return false;
  }
  const auto lead = static_cast<unsigned char>(*q);
  return lead >= 0xE4 && lead <= 0xE9;
}

// East Asian wide or full-width characters take two columns ('＊' replaces them when redacting).
// So do the dashes, quotes and dots of U+2010-U+2027 (‐ – — ‘ ” … ‧) and the middle dot U+00B7
// of indigenous names (巴奈·吉勒), East Asian "ambiguous", in the CJK fonts of the documents
// masked here; ＊ keeps their byte length (in Big5 also for U+00B7, one byte more in UTF-8).
// So do the letterlike symbols, arrows, operators, enclosed numbers, box lines, shapes and
// dingbats of U+2100-U+27BF (℃ № → ① ─ ○ ★): two bytes in Big5, three in UTF-8, like ＊ (○ is
// how Big5 files write the 〇 of Chinese-numeral numbers). So do the vertical and small forms of
// U+FE10-U+FE19 and U+FE30-U+FE6F (﹣ ﹙ ﹕: two bytes in Big5 — a phone typed with ﹣ in a Big5
// file was masked one byte short per dash, set96a).
inline bool is_wide(char32_t cp) {
  return cp == 0x00B7 || (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2010 && cp <= 0x2027) ||
         (cp >= 0x2100 && cp <= 0x27BF) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
         (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
         (cp >= 0xFE10 && cp <= 0xFE19) || (cp >= 0xFE30 && cp <= 0xFE6F) ||
         (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) ||
         (cp >= 0x20000 && cp <= 0x3FFFD);
}

// Chinese numerals used in addresses and dates: 〇零一二三四五六七八九十百千廿卅 and the
// Bopomofo ㄧ typed for 一. ○ (U+25CB) is not one: it marks digits already masked.
inline bool is_chinese_numeral(char32_t cp) {
  switch (cp) {
  case 0x3007:
  case 0x96F6:
  case 0x4E00:
  case 0x4E8C:
  case 0x4E09:
  case 0x56DB:
  case 0x4E94:
  case 0x516D:
  case 0x4E03:
  case 0x516B:
  case 0x4E5D:
  case 0x5341:
  case 0x767E:
  case 0x5343:
  case 0x5EFF:
  case 0x5345:
  case 0x3127:
    return true;
  default:
    return false;
  }
}

// The digit a Chinese numeral stands for when numbers are written digit by digit (〇三－八二六,
// 一一〇年): 〇/零 0, 一/ㄧ 1 … 九 9; -1 for any other character (十 百 千 are not digits).
inline int chinese_digit(char32_t cp) {
  constexpr std::u32string_view digits = U"〇一二三四五六七八九";
  if (cp == U'零') {
    return 0;
  }
  if (cp == U'ㄧ') {
    return 1;
  }
  const std::size_t d = digits.find(cp);
  return d == std::u32string_view::npos ? -1 : static_cast<int>(d);
}

// Whether the character `c` (one whole UTF-8 character) is an ASCII digit or a Chinese numeral.
inline bool is_numeral(std::string_view c) {
  if (c.size() == 1) {
    return is_digit(c[0]);
  }
  return c.size() == 3 && is_chinese_numeral(cp3(c.data()));
}

// weak_label: a label too common in prose to open a scanner window on its own (本人, 承辦人:
// the name after it is looked for when something else opened the window).
// Where the blanks (spaces, ideographic spaces) that end s[0, at) start.
inline std::size_t skip_blanks_back(std::string_view s, std::size_t at) {
  while (at > 0 && (s[at - 1] == ' ' || (at >= 3 && s.substr(at - 3, 3) == "\u3000"))) {
    at -= s[at - 1] == ' ' ? 1 : 3;
  }
  return at;
}

// The first byte at or after `at` that is no blank (' ' or U+3000).
inline std::size_t skip_blanks(std::string_view s, std::size_t at) {
  while (at < s.size() && (s[at] == ' ' || s.substr(at, 3) == "\u3000")) {
    at += s[at] == ' ' ? 1 : 3;
  }
  return at;
}

// A set of characters asked "is c one of them?" often: a 256-bit filter of their low bits rules
// most characters out before the list is searched. Immutable; constexpr-constructible.
class CharSet {
public:
  constexpr explicit CharSet(std::u32string_view chars) : m_chars(chars) {
    for (char32_t c : chars) {
      m_filter[(c >> 6) & 3] |= std::uint64_t{1} << (c & 63);
    }
  }
  bool contains(char32_t cp) const {
    return ((m_filter[(cp >> 6) & 3] >> (cp & 63)) & 1) != 0 &&
           m_chars.find(cp) != std::u32string_view::npos;
  }
  // Whether `c` (one UTF-8 character, or "") is in the set.
  bool contains(std::string_view c) const {
    if (c.empty()) {
      return false;
    }
    std::size_t len = 0;
    const char32_t cp = utf8_decode(c, 0, &len);
    return len == c.size() && contains(cp);
  }

private:
  std::u32string_view m_chars;
  std::uint64_t m_filter[4] = {};
};

// Whether s[at, at + 6) is a year of the sexagenary cycle, a heavenly stem and an earthly branch
// (壬戌, 庚午), as temple registers and the lunar calendar name years.
inline bool stem_branch_at(std::string_view s, std::size_t at) {
  static constexpr CharSet stems(U"甲乙丙丁戊己庚辛壬癸"), branches(U"子丑寅卯辰巳午未申酉戌亥");
  return at + 6 <= s.size() && stems.contains(s.substr(at, 3)) &&
         branches.contains(s.substr(at + 3, 3));
}

// Whether a word for a time of day starts at s[at] (凌晨, 晚上, 下午 …: all two characters, so
// 6 bytes): a birth told to the hour (114年1月9日凌晨出生). Its second character is tested first:
// this is asked after every date candidate.
inline bool time_of_day_at(std::string_view s, std::size_t at) {
  static constexpr CharSet seconds(U"晨上午晚夜間");
  if (at + 6 > s.size() || !seconds.contains(s.substr(at + 3, 3))) {
    return false;
  }
  for (std::string_view w :
       {"凌晨", "清晨", "早上", "上午", "中午", "下午", "傍晚", "晚上", "深夜", "半夜", "夜間"}) {
    if (s.substr(at, 6) == w) {
      return true;
    }
  }
  return false;
}

// The plain numeral a formal one (大寫, as household registers and cheques write numbers) stands
// for: 壹 一, 貳 二, 參/叁 三, 肆 四, 伍 五, 陸 六, 柒 七, 捌 八, 玖 九, 拾 十, 佰 百, 仟 千; else
// `cp` itself. Only dates read them (民國伍拾玖年拾月拾日): 陸 and 伍 are surnames too.
inline char32_t plain_numeral(char32_t cp) {
  constexpr std::u32string_view formal = U"壹貳參叁肆伍陸柒捌玖拾佰仟",
                                plain = U"一二三三四五六七八九十百千";
  static constexpr CharSet formal_set(formal);
  return formal_set.contains(cp) ? plain[formal.find(cp)] : cp;
}

// Whether `cp` is a Chinese numeral, plain or formal (伍, 拾).
inline bool is_date_numeral(char32_t cp) {
  return is_chinese_numeral(cp) || is_chinese_numeral(plain_numeral(cp));
}

enum class NameChar { none, label_end, weak_label, honorific };

// The characters before 人 in the name labels of patterns/cues.tsv (陳情人, 申請人, 對造人 …).
inline constexpr CharSet k_before_ren(
    U"情請舉訴證理絡表責書件事係權願發結害疑案為租護承駛報務僱信詢印署對訪筆登持託保款述領險議言居"
    U"造復有調映集分紀選問");

// What the character at p (人 名 者 告 席 錄 假 先 小 女 太 君, else none) means next to its
// neighbours: the end of a name label (陳情人, 姓名 also letter-spaced, 受文者, 原告, 主席, 紀錄,
// 請假) or the start of an honorific (先生, 小姐, 女士, 太太, 君). `begin`/`end` bound the text
// around p.
inline NameChar name_char_kind(const char* begin, const char* p, const char* end) {
  if (end - p < 3) {
    return NameChar::none;
  }
  const char32_t c = cp3(p);
  const char32_t before = p - begin >= 3 ? cp3(p - 3) : 0;
  const char32_t after = end - p >= 6 ? cp3(p + 3) : 0;
  // The character before the blanks of a letter-spaced label (紀　　錄, 主 席), or 0.
  auto spaced_before = [&]() -> char32_t {
    const char* q = p;
    while (p - q < 12 && q - begin >= 1 &&
           (q[-1] == ' ' || (q - begin >= 3 && cp3(q - 3) == U'\u3000'))) {
      q -= q[-1] == ' ' ? 1 : 3;
    }
    return q != p && q - begin >= 3 ? cp3(q - 3) : 0;
  };
  auto in = [](char32_t x, std::u32string_view set) {
    return x != 0 && set.find(x) != std::u32string_view::npos;
  };
  bool label = false, honorific = false;
  switch (c) {
  case U'人':
    if (before == U'本' || before == U'辦') {
      return NameChar::weak_label;
    }
    // Also letter-spaced: 陳　情　人, 負 責 人, 對 造 人.
    label = (before != 0 && k_before_ren.contains(before)) ||
            (p - begin >= 4 && (p[-1] == ' ' || p[-1] == '\x80') &&
             k_before_ren.contains(spaced_before())) ||
            (before != 0 && ((end - p >= 4 && p[3] == ':') || after == U'：')); // 受通知人：
    break;
  case U'名': // also letter-spaced: 姓　名, 姓 名; 實名 (a board's real name under a pen name)
    label = in(before, U"姓簽具實") || in(spaced_before(), U"姓簽具");
    break;
  case U'者':
    // (受測者, 受檢者: a licence office's tests; 發問者, 留言者, 回覆者: a message board's —
    // set95a, set234b.)
    // (使用者: a rental's user — set311b.)
    label =
        in(before, U"文信函訪件顧會席測檢問言存覆用"); // (保存者: a heritage register — set146a)
    break;
  case U'告':
    label = in(before, U"原被");
    break;
  case U'席':
    label = in(before, U"主列出缺") || in(spaced_before(), U"主列出缺");
    break;
  case U'錄':
    label = in(before, U"紀記") || in(spaced_before(), U"紀記");
    break;
  case U'假': // 請假： in minutes (set107a: 請假：魏堂（住院）)
    label = before == U'請';
    break;
  case U'先':
    honorific = after == U'生';
    break;
  case U'小':
    honorific = after == U'姐';
    break;
  case U'女':
    honorific = after == U'士';
    break;
  case U'太':
    honorific = after == U'太';
    break;
  case U'君':
    honorific = true;
    break;
  default:
    break;
  }
  return label ? NameChar::label_end : honorific ? NameChar::honorific : NameChar::none;
}

// Whether `s` starts or ends with the literal `w`: its length a constant, no strlen and no call.
// (std::string_view's own take a const char* whose length is counted at run time once GCC stops
// inlining them in a large function: 3 % of the dense bench in the date detectors.)
template <std::size_t N>
[[gnu::always_inline]] inline bool starts_with(std::string_view s, const char (&w)[N]) {
  return s.size() >= N - 1 && std::memcmp(s.data(), w, N - 1) == 0;
}
template <std::size_t N>
[[gnu::always_inline]] inline bool ends_with(std::string_view s, const char (&w)[N]) {
  return s.size() >= N - 1 && std::memcmp(s.data() + s.size() - (N - 1), w, N - 1) == 0;
}

// The length of the era's name that ends `s`, Japanese (明治 大正 昭和, the oldest household
// registers; 平成 令和, residents born in Japan) or the Qing's last two (光緒 宣統: grave
// registers and genealogies — sets 45, 60, 64a; with 清 before them, 清光緒13年 — set88a), or 0.
[[gnu::always_inline]] inline std::size_t era_before(std::string_view s) {
  // (Their first bytes are E4-E6: one test first, for the fields and dates that have none.)
  if (s.size() < 6 || static_cast<unsigned char>(s[s.size() - 6]) < 0xE4 ||
      static_cast<unsigned char>(s[s.size() - 6]) > 0xE6) {
    return 0;
  }
  if (ends_with(s, "光緒") || ends_with(s, "宣統")) {
    return s.size() >= 9 && ends_with(s.substr(0, s.size() - 6), "清") ? 9 : 6;
  }
  return ends_with(s, "昭和") || ends_with(s, "大正") || ends_with(s, "明治") ||
                 ends_with(s, "平成") || ends_with(s, "令和")
             ? 6
             : 0;
}

// Whether `s` holds `w` at byte `at`. For the short words of the detectors: compares bytes
// inline instead of calling memcmp.
inline bool has_at(std::string_view s, std::size_t at, std::string_view w) {
  if (at > s.size() || s.size() - at < w.size()) {
    return false;
  }
  for (std::size_t k = 0; k < w.size(); ++k) {
    if (s[at + k] != w[k]) {
      return false;
    }
  }
  return true;
}

// Whether an animal is named just before byte `at` (犬隻生日, 貓咪生日, 寵物出生日期): the birth
// word after it is a pet's, not a person's (set153b's dog-show entries).
inline bool animal_before(std::string_view s, std::size_t at) {
  for (std::string_view w :
       {"犬", "狗", "貓", "犬隻", "寵物", "毛孩", "貓咪", "狗狗", "愛犬", "愛貓"}) {
    if (at >= w.size() && has_at(s, at - w.size(), w)) {
      return true;
    }
  }
  return false;
}

// The first byte in [lo, hi] at or after `from`, or s.size(): 16 bytes at a time (the digit
// runs the detectors start from; the lower-case letters the thorough passes start from).
inline std::size_t next_in_range(std::string_view s, std::size_t from, char lo, char hi) {
  const char* p = s.data() + from;
  const char* end = s.data() + s.size();
#if defined(__SSE2__)
  const __m128i low = _mm_set1_epi8(lo);
  const __m128i span = _mm_set1_epi8(static_cast<char>(hi - lo));
  while (end - p >= 16) {
    const __m128i t = _mm_sub_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)), low);
    const int mask = _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(t, span), t));
    if (mask != 0) {
      return static_cast<std::size_t>(p - s.data()) + static_cast<unsigned>(__builtin_ctz(mask));
    }
    p += 16;
  }
#endif
  while (p < end && (*p < lo || *p > hi)) {
    ++p;
  }
  return static_cast<std::size_t>(p - s.data());
}

// The first ASCII lower-case letter at or after `from`, or s.size().
inline std::size_t next_lower(std::string_view s, std::size_t from) {
  return next_in_range(s, from, 'a', 'z');
}

// Whether `a` and `b` are equal but for the case of ASCII letters.
inline bool ascii_iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) {
    return false;
  }
  for (std::size_t k = 0; k < a.size(); ++k) {
    if (a[k] != b[k] && !(is_alpha(a[k]) && (a[k] | 0x20) == (b[k] | 0x20))) {
      return false;
    }
  }
  return true;
}

// Start of the character that ends at byte `i` of `s` (i > 0).
inline std::size_t prev_char(std::string_view s, std::size_t i) {
  do {
    --i;
  } while (i > 0 && is_continuation(s[i]));
  return i;
}

// Number of characters in well-formed UTF-8 `s`.
inline std::size_t count_chars(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) {
    n += !is_continuation(c);
  }
  return n;
}

// Position of the 3-byte sequence `w` (one CJK character) in `s` at or after `from`, or npos.
// memchr on a lead byte shared by thousands of characters is slow; this compares all three.
inline std::size_t find_char3(std::string_view s, std::size_t from, std::string_view w) {
  const char* p = s.data() + from;
  const char* end = s.data() + s.size();
#if defined(__SSE2__)
  const __m128i c0 = _mm_set1_epi8(w[0]), c1 = _mm_set1_epi8(w[1]), c2 = _mm_set1_epi8(w[2]);
  auto match = [&](const char* at) {
    return static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(
        _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(at)), c0),
        _mm_and_si128(
            _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(at + 1)), c1),
            _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(at + 2)), c2)))));
  };
  if (end - p >= 18) {
    for (; end - p >= 18; p += 16) {
      if (const unsigned mask = match(p); mask != 0) {
        return static_cast<std::size_t>(p - s.data()) + static_cast<unsigned>(__builtin_ctz(mask));
      }
    }
    // The last bytes in one more search that ends at the end, the positions before p dropped
    // (byte by byte, they were a third of the calls' time: most texts searched are short).
    const char* last = end - 18;
    if (const unsigned mask = match(last) & (~0u << (p - last)); mask != 0) {
      return static_cast<std::size_t>(last - s.data()) + static_cast<unsigned>(__builtin_ctz(mask));
    }
    return std::string_view::npos;
  }
#endif
  for (; end - p >= 3; ++p) {
    if (p[0] == w[0] && p[1] == w[1] && p[2] == w[2]) {
      return static_cast<std::size_t>(p - s.data());
    }
  }
  return std::string_view::npos;
}

// Where a name after a label ending at `p` may start: past a colon, spaces, 「, and the border
// of a table cell when the label is in the cell before (申請人,王小明; <th>申請人</th><td>王小明;
// │姓名　│王小明; | 姓名 | 王小明). At most 64 bytes are skipped.
inline std::size_t after_label(std::string_view s, std::size_t p) {
  const std::size_t limit = std::min(s.size(), p + 64);
  bool cell = false; // one cell border only: 姓名,身分證字號,電話 is a header row
  // A number of the label before its colon: 發言人2：, 證人1:, 見證人一：
  std::size_t d = p;
  while (d < limit && d - p < 2 && is_digit(s[d])) {
    ++d;
  }
  if (d == p && p + 3 <= limit && static_cast<unsigned char>(s[p]) >= 0xE0 &&
      is_chinese_numeral(cp3(s.data() + p))) {
    d = p + 3;
  }
  if (d != p && d < limit && (s[d] == ':' || has_at(s, d, "："))) {
    p = d;
  }
  while (p < limit) {
    const char c = s[p];
    if (c == ':' || c == ' ' || c == '\t' || c == '*') { // (* of Markdown's bold: **王小明**)
      ++p;
    } else if (!cell && (c == ',' || c == '|')) {
      cell = true;
      ++p;
    } else if (c == '<') { // HTML tags between the cells
      const std::size_t q = s.find('>', p);
      if (q == std::string_view::npos || q >= limit ||
          s.substr(p, q - p).find('<', 1) != std::string_view::npos) {
        break;
      }
      cell = true;
      p = q + 1;
    } else if (has_at(s, p, "：") || has_at(s, p, "　") || has_at(s, p, "「") ||
               has_at(s, p, "】")) { // (【姓名】王大明: the bracket closes the label)
      p += 3;
    } else if (c == ']') { // ([姓名] 王大明)
      ++p;
    } else if (!cell && (has_at(s, p, "│") || has_at(s, p, "｜"))) {
      cell = true;
      p += 3;
    } else {
      break;
    }
  }
  return p;
}

} // namespace twpii::util
