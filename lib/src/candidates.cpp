// The SIMD searches of the scanner and the name detector (see candidates.hpp): candidates,
// name-label characters, known surnames.
#include "candidates.hpp"

#include "patterns.hpp"
#include "text_util.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace twpii {

namespace {

using util::is_alnum;
using util::is_digit;

using util::cp3;
using util::ideograph_at;

const char* digits_end(const char* q, const char* end) {
  while (q < end && is_digit(*q)) {
    ++q;
  }
  return q;
}

#if defined(__SSE2__)
// Mask of the positions of a 16-byte block (v, v1, v2 = the block loaded at offsets 0, 1, 2)
// where one of the characters names stand next to starts: 人 名 者 告 席 錄 假 (ends of labels),
// 先 小 女 太 君 (honorifics). All three bytes are compared: their first two bytes are shared
// with very common characters (大 光 同 就).
unsigned name_char_mask(__m128i v, __m128i v1, __m128i v2) {
  auto eq = [](__m128i x, unsigned c) {
    return _mm_cmpeq_epi8(x, _mm_set1_epi8(static_cast<char>(c)));
  };
  auto pair = [&](unsigned b1, unsigned b2) { return _mm_and_si128(eq(v1, b1), eq(v2, b2)); };
  __m128i e5 =
      _mm_or_si128(_mm_or_si128(_mm_or_si128(pair(0x90, 0x8D), pair(0x90, 0x9B)),  // 名 君
                                _mm_or_si128(pair(0x85, 0x88), pair(0xB0, 0x8F))), // 先 小
                   _mm_or_si128(_mm_or_si128(_mm_or_si128(pair(0xA4, 0xAA), pair(0x91, 0x8A)),
                                             pair(0x81, 0x87)),                     // 太 告 假
                                _mm_or_si128(pair(0xA5, 0xB3), pair(0xB8, 0xAD)))); // 女 席
  __m128i e9 = _mm_and_si128(eq(v, 0xE9), pair(0x8C, 0x84));                        // 錄
  __m128i hit = _mm_or_si128(_mm_or_si128(_mm_and_si128(eq(v, 0xE5), e5), e9),
                             _mm_or_si128(_mm_and_si128(eq(v, 0xE4), pair(0xBA, 0xBA)),   // 人
                                          _mm_and_si128(eq(v, 0xE8), pair(0x80, 0x85)))); // 者
  return static_cast<unsigned>(_mm_movemask_epi8(hit));
}
#endif

// Whether a birth cue word may be close enough to a date at [p, q) for the birth-date detector
// (which looks 36 bytes before the date's start and at 出生/生 right after it): every Chinese cue
// word holds 生, the others (DOB, Birth) are ASCII letters; or 男/女 just before it.
bool birth_cue_close(const char* begin, const char* p, const char* q, const char* end) {
  const char* lo = p - begin > 60 ? p - 60 : begin; // 36 + 民國 + the year, month and 月
  const char* hi = end - q > 15 ? q + 15 : end;     // 出生 after the date (or after its 日, or a
                                                // lunar month and day: 臘月初八生 — set92b)
  // (Or after 左右, a year told roughly: 民國70年左右出生.)
  if (end - q >= 15 && std::string_view(q, 15) == "年左右出生") {
    return true;
  }
  // (Or a person's year, as people tell their age: 我媽民國47年的，— detect_numbers' year+born.)
  if (end - q >= 7 && p - begin >= 6 && std::string_view(q, 6) == "年的" &&
      std::string_view(p - 6, 6) == "民國" &&
      (q[6] == ' ' || q[6] == '\r' || q[6] == '\n' || q[6] == ',' ||
       (end - q >= 9 && (std::string_view(q + 6, 3) == "，" || std::string_view(q + 6, 3) == "。" ||
                         std::string_view(q + 6, 3) == "人")))) { // (她是民國57年的人)
    return true;
  }
  // An ASCII letter before the date (DOB, Birth), 16 bytes at a time: dates are the commonest
  // candidates of prose and this ran byte by byte (3 % of the prose bench).
  bool letters = false;
#if defined(__SSE2__)
  auto letter_in_16 = [](const char* at) {
    const __m128i v = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(at)),
                                   _mm_set1_epi8(0x20)); // folded to lower case
    const __m128i d = _mm_sub_epi8(v, _mm_set1_epi8('a'));
    return _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(25)), d)) != 0;
  };
  const char* r = lo;
  for (; p - r >= 16 && !letters; r += 16) {
    letters = letter_in_16(r);
  }
  // (The last bytes as 16 that end at p, not byte by byte: most dates have 60 bytes before.)
  letters = letters ||
            (r < p && (p - lo >= 16 ? letter_in_16(p - 16) : std::any_of(r, p, util::is_alpha)));
#else
  letters = std::any_of(lo, p, util::is_alpha);
#endif
  if (letters) {
    // (Letters that are no e-mail address and no NT$: a birth word, a name, an ID before a date
    // of a roster; a date alone in an HTML cell. The e-mail addresses and amounts of prose before
    // its dates had opened windows on them. Token by token from the date back, a dense roster's
    // ID or name before its date is the first looked at.)
    if (p[-1] == '>') {
      return true;
    }
    auto token_char = [](char c) {
      return util::is_alnum(c) || c == '.' || c == '-' || c == '_' || c == '@' || c == '+' ||
             c == '$';
    };
    for (const char* e = p; e > lo;) {
      if (!token_char(e[-1])) {
        --e;
        continue;
      }
      const char* b = e;
      bool letter = false, at = false;
      while (b > lo && token_char(b[-1])) {
        --b;
        letter = letter || util::is_alpha(*b);
        at = at || *b == '@';
      }
      const std::string_view token(b, static_cast<std::size_t>(e - b));
      if (letter && !at && !token.starts_with("NT$") && !token.starts_with("US$")) {
        return true;
      }
      e = b;
    }
  }
  std::string_view around(lo, static_cast<std::size_t>(hi - lo));
  // 生 of a birth word (出生, 生日, 生於, 生辰, 生年, letter-spaced too: 出 生 日 期) or after the
  // date (74年5月3日生, 生的); not 衛生, 生活, 生意, 發生, 民生路 before a date of prose, which
  // opened a window on a third of the prose bench's dates.
  for (std::size_t k = util::find_char3(around, 0, "生"); k != std::string_view::npos;
       k = util::find_char3(around, k + 3, "生")) {
    if (lo + k >= q) {
      return true; // after the date
    }
    std::size_t b = k;
    while (b > 0 && around[b - 1] == ' ') {
      --b;
    }
    if (b >= 3 && util::has_at(around, b - 3, "出")) {
      return true;
    }
    const std::size_t a = util::skip_blanks(around, k + 3);
    // (A grave notice's 生 glued before the date where a blank opens the field, 歿 after it:
    // 　生民前3年六月一日　歿民國43年 — set91b; the detector's birth_label_before.)
    if (lo + k < p && (b == 0 || around[b - 1] == ' ') &&
        std::string_view(q, static_cast<std::size_t>(std::min<std::ptrdiff_t>(end - q, 30)))
                .find("歿") != std::string_view::npos) {
      return true;
    }
    // (Or 生 alone as a box row's label, bars around it: ║生　║民國32年1月18日║ — set102b's
    // tombstone orders.)
    auto bar = [&](std::size_t at, bool before) {
      return before ? (at >= 1 && around[at - 1] == '|') ||
                          (at >= 3 &&
                           (util::has_at(around, at - 3, "│") || util::has_at(around, at - 3, "║")))
                    : at < around.size() && (around[at] == '|' || util::has_at(around, at, "│") ||
                                             util::has_at(around, at, "║"));
    };
    if (lo + k < p && bar(a, false) && bar(b, true)) {
      return true;
    }
    if (util::has_at(around, a, "日") || util::has_at(around, a, "於") ||
        util::has_at(around, a, "辰") || util::has_at(around, a, "年") ||
        (util::has_at(around, a, "在") && !(b >= 3 && util::has_at(around, b - 3, "發")))) {
      return true; // (生在 too, not 發生在: 我生在中秋，所以身分證上登記37年9月17日 — set84b)
    }
  }
  // A time of day after the date, then 出生 further on (114年1月9日凌晨出生, 晚上11:52，於高雄禾馨
  // 醫院出生): the detector's born_after.
  if (const std::string_view tail(q,
                                  static_cast<std::size_t>(std::min<std::ptrdiff_t>(end - q, 60)));
      util::time_of_day_at(tail, 0)) {
    return util::find_char3(tail, 0, "生") != std::string_view::npos;
  }
  // A mother giving birth at a place after it (於113年2月29日在台中生下龍鳳胎 — set86b), or a
  // birth there after the year of the cycle (民國三十八年己丑年在大陸出生 — set88a): the
  // detector's born_after.
  {
    const char* at = q;
    if (end - at >= 9 && util::stem_branch_at(std::string_view(at, 9), 0) &&
        std::string_view(at + 6, 3) == "年") {
      at += 9;
    }
    if (end - at >= 9 && (std::string_view(at, 3) == "在" || std::string_view(at, 3) == "於")) {
      const std::string_view tail(at,
                                  static_cast<std::size_t>(std::min<std::ptrdiff_t>(end - at, 51)));
      if (tail.find("生下") != std::string_view::npos ||
          tail.find("產下") != std::string_view::npos ||
          (at > q && tail.find("出生") != std::string_view::npos)) {
        return true;
      }
    }
  }
  // Whose birthday it is after a comma and an adverb (1月25日，剛好是我的生日 — set85a): the
  // detector's whose_birthday.
  if (end - q >= 9 && std::string_view(q, 3) == "，" &&
      std::string_view(q, static_cast<std::size_t>(std::min<std::ptrdiff_t>(end - q, 24)))
              .find("生日") != std::string_view::npos) {
    return true;
  }
  // The hour of birth or the zodiac sign right after the date, perhaps after （農曆） or 農 and
  // blanks (a temple's register: 丑時, 吉時, 屬虎): the detector's born_after.
  {
    std::string_view after(q, static_cast<std::size_t>(end - q));
    for (std::string_view lunar : {"（農曆）", "(農曆)", "農"}) {
      if (after.starts_with(lunar)) {
        after.remove_prefix(lunar.size());
        break;
      }
    }
    while (!after.empty() && (after[0] == ' ' || after.starts_with("　"))) {
      after.remove_prefix(after[0] == ' ' ? 1 : 3);
    }
    if (after.size() >= 6 && ideograph_at(after.data(), after.data() + after.size())) {
      const char32_t c0 = cp3(after.data()), c1 = cp3(after.data() + 3);
      if ((c1 == U'時' && std::u32string_view(U"子丑寅卯辰巳午未申酉戌亥吉").find(c0) !=
                              std::u32string_view::npos) ||
          (c0 == U'屬' && std::u32string_view(U"鼠牛虎兔龍蛇馬羊猴雞狗豬").find(c1) !=
                              std::u32string_view::npos)) {
        return true;
      }
    }
  }
  // A sex field just before the date (王大同，男，74.05.03; 男 / 74.05.03): the detector's
  // sex_before, 男 (E7 94 B7) or 女 (E5 A5 B3) four to nine bytes before the date or its 民國.
  const char* d = p - lo >= 6 && std::string_view(p - 6, 6) == "民國" ? p - 6 : p;
  // (Only after a separator: ',' '/' ';' or the last byte of ，／ — most dates follow words.)
  const char* b = d;
  while (b > lo && b[-1] == ' ' && d - b < 2) {
    --b;
  }
  // (Or three or four ideographs, a name perhaps, and a bracket or a comma before the date: the
  // detector's name_before, 游碧霞（37/05/14）, 尹政勳，068/06/14.)
  if (b - lo >= 12 &&
      (b[-1] == '(' || b[-1] == ',' || std::string_view(b - 3, 3) == "（" ||
       std::string_view(b - 3, 3) == "，") &&
      ideograph_at(b - (b[-1] == '(' || b[-1] == ',' ? 1 : 3) - 9, end)) {
    return true;
  }
  // (Or one short field between the name and the date, commas either side: 曾詠晴，國二，民國
  // 100年1月30日 — the detector's name_before_at.)
  if (b - lo >= 15 && std::string_view(b - 3, 3) == "，") {
    const char* f = b - 3;
    while (f - lo >= 3 && f - (b - 3) > -15 && ideograph_at(f - 3, end)) {
      f -= 3;
    }
    if (f != b - 3 && f - lo >= 12 && std::string_view(f - 3, 3) == "，" &&
        ideograph_at(f - 12, end)) {
      return true;
    }
  }
  // (Or blanks between, ' ' or U+3000: 長女　何育琪　102.3.16, 三子　賴建志　　1971.1.9 — the
  // detector's kin_label_before_name; the text here is not normalised yet.)
  const char* e = d;
  while (e - lo >= 3 && d - e < 12 && (e[-1] == ' ' || std::string_view(e - 3, 3) == "\u3000")) {
    e -= e[-1] == ' ' ? 1 : 3;
  }
  if (e != d && e - lo >= 12 && ideograph_at(e - 9, end) && ideograph_at(e - 3, end) &&
      cp3(e - 3) != U'\u3000') {
    return true;
  }
  if (b == lo ||
      (b[-1] != ',' && b[-1] != '/' && b[-1] != ';' && b[-1] != '\x8C' && b[-1] != '\x8F')) {
    return false;
  }
  for (const char* c = d - lo > 9 ? d - 9 : lo; c + 4 <= d; ++c) {
    const auto b0 = static_cast<unsigned char>(c[0]);
    if ((b0 == 0xE7 && c[1] == '\x94' && c[2] == '\xB7') ||
        (b0 == 0xE5 && c[1] == '\xA5' && c[2] == '\xB3')) {
      return true;
    }
  }
  return false;
}

bool birth_cue_near(const char* begin, const char* p, const char* q, const char* end) {
  return birth_cue_close(begin, p, q, end) ||
         birth_talk(std::string_view(begin, static_cast<std::size_t>(end - begin)),
                    static_cast<std::size_t>(p - begin));
}

// For the run of ASCII digits that starts at p: nullptr when it may be part of a value (the
// scanner must look at it), else where the scan goes on (after the run or after the number or
// date it belongs to). Only shapes no detector reports without a cue in the same place are skipped:
// a detector that comes to report one of them (a number between ideographs, a date, money) must
// be taught here too, or its values are never looked at.
const char* skip_digit_run(const char* begin, const char* p, const char* end, Triggers t) {
  const char* q = digits_end(p, end);
  const std::size_t len = static_cast<std::size_t>(q - p);
  const char before = p > begin ? p[-1] : '\n';
  if (is_alnum(before)) {
    return nullptr; // A123456789, B1, AB-1234: letters and digits together
  }
  // Money: NT$249,094 and 1,656,889 (thousands separators are never part of an identifier).
  auto three_digits = [&](const char* r) {
    return end - r >= 4 && r[0] == ',' && is_digit(r[1]) && is_digit(r[2]) && is_digit(r[3]) &&
           (end - r == 4 || !is_digit(r[4]));
  };
  if (before == '$' || (len <= 3 && three_digits(q))) {
    while (three_digits(q)) {
      q += 4;
    }
    return q;
  }
  // Dates: 74.05.03, 074/05/03, 1985-05-03 (a phone's groups after the first are longer).
  if (len >= 2 && len <= 4 && end - q >= 4 && (*q == '.' || *q == '/' || *q == '-')) {
    const char sep = *q;
    const char* m = digits_end(q + 1, end);
    if (m - q >= 2 && m - q <= 3 && m < end && *m == sep) {
      const char* d = digits_end(m + 1, end);
      if (d - m >= 2 && d - m <= 3 && (d == end || (!is_alnum(*d) && *d != sep))) {
        return t.birth && birth_cue_near(begin, p, d, end) ? nullptr : d;
      }
    }
    return nullptr;
  }
  // Between two ideographs.
  if (p - begin < 3 || !util::is_continuation(before) || !ideograph_at(p - 3, end) ||
      !ideograph_at(q, end)) {
    return nullptr;
  }
  const char32_t prev = cp3(p - 3), next = cp3(q);
  if (len >= 5) {
    // 第1100012345號: a document number, its 號 too (a candidate only after a numeral).
    return prev == U'第' && next == U'號' ? q + 3 : nullptr;
  }
  if (std::u32string_view(U"號巷弄衖樓鄰段室之").find(next) != std::u32string_view::npos ||
      prev == U'之') {
    return nullptr; // a part of an address: 25號, 343巷, 7樓, 12鄰, 25之3號, 3樓之1
  }
  if (t.birth && next == U'年' && end - q >= 6 && cp3(q + 3) == U'次') {
    return nullptr; // 46年次: a birth cohort
  }
  if (next == U'年' || next == U'月' || next == U'日' || prev == U'年' || prev == U'月') {
    // 民國74年5月3日: from the year, the whole date is looked at (and skipped) at once, over a
    // calendar's word after the year and a day in 初 (民國48年農曆9月初3出生: the cue is read after
    // the day — set76a's 我太太民國48年農曆9月初3出生 was skipped).
    auto day_end = [&](const char* m) { // m: after 月
      const char* d0 = ideograph_at(m, end) && cp3(m) == U'初' ? m + 3 : m;
      const char* d = digits_end(d0, end);
      if (d - d0 < 1 || d - d0 > 2) {
        return m;
      }
      return ideograph_at(d, end) && cp3(d) == U'日' ? d + 3 : d0 > m ? d : m;
    };
    const char* date_end = next == U'月' ? day_end(q + 3) : q;
    if (next == U'年') {
      const char* m0 = q + 3;
      if (ideograph_at(m0, end) && (cp3(m0) == U'農' || cp3(m0) == U'國') &&
          ideograph_at(m0 + 3, end) && cp3(m0 + 3) == U'曆') {
        m0 += 6;
      }
      const char* m = digits_end(m0, end);
      if (m - m0 >= 1 && m - m0 <= 2 && ideograph_at(m, end) && cp3(m) == U'月') {
        date_end = day_end(m + 3);
      }
    }
    return t.birth && birth_cue_near(begin, p, date_end, end) ? nullptr : date_end;
  }
  return q; // 27件, 約3萬, 95萬6千元, 670宜蘭縣: counts, amounts, a postal code before its address
}

// Whether the candidate byte at p (a digit, '@', 0xEF or a CJK lead byte) really starts
// something to look at, for bytes other than digits: 0xEF must begin a full-width digit
// (EF BC 90-99), '＠' (EF BC A0) or the punctuation between them (：, below); 號 (E8 99 9F) must
// follow a Chinese numeral; other CJK characters must end a name label or start an honorific.
bool real_trigger(const char* begin, const char* p, const char* end, Triggers t) {
  auto b0 = static_cast<unsigned char>(*p);
  if (b0 < 0x80) {
    return true;
  }
  if (end - p < 3) {
    return false;
  }
  auto b1 = static_cast<unsigned char>(p[1]), b2 = static_cast<unsigned char>(p[2]);
  if (b0 == 0xEF) {
    // (EF BC 9A-9F too: ：；＜＝＞？. A full-width colon ends the label of a form's field, 家長：,
    // 電話： — tried without them in session 15, the fast mode lost 2,919 names and 22 phones of
    // sets 1-31.)
    return b1 == 0xBC && b2 >= 0x90 && b2 <= 0xA0;
  }
  if (t.hao && b0 == 0xE8 && b1 == 0x99 && b2 == 0x9F) {
    // 號 after a Chinese numeral (二十五號): after a digit, the digit was the candidate. (○ after
    // a numeral is a zero: Big5 has no 〇, 一八○號.)
    return p - begin >= 3 &&
           (util::is_numeral(std::string_view(p - 3, 3)) ||
            (p - begin >= 6 && cp3(p - 3) == U'○' && util::is_numeral(std::string_view(p - 6, 3))));
  }
  if (t.birth && b0 == 0xE5 && b1 == 0xB9 && b2 == 0xB4) {
    // 年 after a Chinese numeral, a birth cue word near (民國七十四年五月三日生) or 次 after it
    // (四十五年次); or after a year of the sexagenary cycle (生辰：壬戌年四月三十). Most 年 of
    // prose follow neither (本年度, 今年): asked first.
    const std::string_view head(begin, static_cast<std::size_t>(p - begin));
    if (!(p - begin >= 3 && util::is_date_numeral(cp3(p - 3))) &&
        !(head.size() >= 6 && util::stem_branch_at(head, head.size() - 6))) {
      return false;
    }
    // The date after 年 takes up to 21 more bytes (十二月三十一日).
    // (Also 出世 after such a date: 民國三十一年農曆七月初九出世.)
    const char* q = end - p > 24 ? p + 24 : end;
    // (The date's end for the cues after it: past the numerals of month and day.)
    const char* d = p + 3;
    // (農曆 between: 民國四十七年農曆八月十五日出生 — set45a.)
    if (end - d >= 6 && (std::string_view(d, 6) == "農曆" || std::string_view(d, 6) == "舊曆" ||
                         std::string_view(d, 6) == "陰曆")) {
      d += 6;
    }
    while (end - d >= 3 && static_cast<unsigned char>(*d) >= 0xE4) {
      const char32_t c = cp3(d);
      if (!util::is_date_numeral(c) && c != U'月' && c != U'日' && c != U'初' && c != U'正' &&
          c != U'元') {
        break;
      }
      d += 3;
    }
    return (end - p >= 6 && cp3(p + 3) == U'次') || birth_cue_near(begin, p, d, end) ||
           std::string_view(p, static_cast<std::size_t>((end - q > 12 ? q + 12 : end) - p))
                   .find("出世") != std::string_view::npos;
  }
  if (!t.names) {
    return false;
  }
  // A label or an honorific opens a window only with a surname where a name would be:
  // 陳情人表示 does not, 陳情人：王小明 and 王小明先生 do.
  // (Held here: a call to name_data() for each of prose's 人 was 0.7 % of the bench.)
  static const patterns::NameData& nd = patterns::name_data();
  const std::string_view text(begin, static_cast<std::size_t>(end - begin));
  const auto at = static_cast<std::size_t>(p - begin);
  switch (cp3(p)) {
  case U'人':
  case U'名':
  case U'者':
  case U'告':
  case U'席':
  case U'錄':
  case U'假': {
    // The end of a label, a surname after it or two characters on (陳情人之母謝淑貞,
    // 申請人配偶黃志明). The surname is asked first, a bit looked up where the next character
    // is an ideograph and no numeral (after_label stays there): most 人 of prose are no label's
    // (人員, 行人), and this ran for every one of them.
    // (surname_at's first test, a bit, written out here: a NameData helper sharing bit_at's
    // checks cost 0.7 % of the prose bench, measured.)
    auto may_start_surname = [&](std::size_t i) {
      if (i + 3 > text.size() || (static_cast<unsigned char>(text[i]) & 0xF0) != 0xE0) {
        return false;
      }
      const char32_t cp = cp3(begin + i);
      return ((nd.single[cp >> 6] | nd.compound_first[cp >> 6]) >> (cp & 63) & 1) != 0;
    };
    std::size_t name = at + 3;
    const auto n0 = name < text.size() ? static_cast<unsigned char>(text[name]) : 0u;
    if (!(n0 >= 0xE4 && n0 <= 0xE9 && name + 3 <= text.size() &&
          !util::is_chinese_numeral(cp3(begin + name)))) {
      name = util::after_label(text, at + 3);
    }
    if (!may_start_surname(name) && !may_start_surname(name + 6)) {
      return false;
    }
    return (nd.surname_at(text, name) != 0 || nd.surname_at(text, name + 6) != 0) &&
           util::name_char_kind(begin, p, end) == util::NameChar::label_end;
  }
  case U'先':
  case U'小':
  case U'女':
  case U'太':
  case U'君':
    if (util::name_char_kind(begin, p, end) != util::NameChar::honorific) {
      return false;
    }
    for (std::size_t len : {3u, 6u, 9u, 12u}) {
      if (at >= len && nd.surname_at(text, at - len) != 0) {
        return true;
      }
    }
    // 我先生林文雄: the name after it (先生, 小姐, 女士 and 太太 have two characters).
    return nd.surname_at(text, at + (cp3(p) == U'君' ? 3 : 6)) != 0;
  default:
    return false; // another character the SIMD classes let through
  }
}

bool maybe_trigger(char c, Triggers t) {
  auto b = static_cast<unsigned char>(c);
  return is_digit(c) || c == '@' || b == 0xEF || ((t.hao || t.names) && b == 0xE8) ||
         ((t.names || t.birth) && b == 0xE5) || (t.names && (b == 0xE4 || b == 0xE9));
}

// Checks the possible candidate at q. Returns true when it is one; else `resume` may move past
// a digit run that was skipped.
inline bool check(const char* begin, const char* q, const char* end, Triggers t,
                  const char*& resume) {
  if (is_digit(*q)) {
    const char* start = q;
    while (start > begin && is_digit(start[-1])) {
      --start; // a scan that began inside a run
    }
    const char* skip = skip_digit_run(begin, start, end, t);
    if (skip == nullptr) {
      return true;
    }
    resume = skip;
    return false;
  }
  return real_trigger(begin, q, end, t);
}

template <bool kNames>
const char* find_impl(const char* begin, const char* p, const char* end, Triggers t) {
  const char* resume = p; // bytes before it belong to a skipped digit run
#if defined(__SSE2__)
  auto set1 = [](unsigned c) { return _mm_set1_epi8(static_cast<char>(c)); };
  const __m128i zero_char = set1('0'), nine = set1(9), at = set1('@'), ef = set1(0xEF);
  const __m128i hao0 = set1(t.hao ? 0xE8 : 0xEF), hao1 = set1(0x99), hao2 = set1(0x9F);
  const __m128i nian0 = set1(t.birth ? 0xE5 : 0xEF), nian1 = set1(0xB9), nian2 = set1(0xB4);
  while (end - p >= 18) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    __m128i d = _mm_sub_epi8(v, zero_char);
    __m128i hit = _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(d, nine), d),
                               _mm_or_si128(_mm_cmpeq_epi8(v, at), _mm_cmpeq_epi8(v, ef)));
    // 號 = E8 99 9F, compared at three offsets (when addresses are looked for).
    __m128i v1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 1));
    __m128i v2 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 2));
    hit = _mm_or_si128(
        hit, _mm_and_si128(_mm_cmpeq_epi8(v, hao0),
                           _mm_and_si128(_mm_cmpeq_epi8(v1, hao1), _mm_cmpeq_epi8(v2, hao2))));
    // 年 = E5 B9 B4 likewise (when dates of birth are looked for).
    hit = _mm_or_si128(
        hit, _mm_and_si128(_mm_cmpeq_epi8(v, nian0),
                           _mm_and_si128(_mm_cmpeq_epi8(v1, nian1), _mm_cmpeq_epi8(v2, nian2))));
    auto mask = static_cast<unsigned>(_mm_movemask_epi8(hit));
    if constexpr (kNames) {
      mask |= name_char_mask(v, v1, v2); // labels and honorifics names stand next to
    }
    for (; mask != 0; mask &= mask - 1) {
      const char* q = p + __builtin_ctz(mask);
      if (q >= resume && check(begin, q, end, t, resume)) {
        return q;
      }
    }
    p = std::max(p + 16, resume);
  }
#endif
  for (p = std::max(p, resume); p < end; ++p) {
    if (p >= resume && maybe_trigger(*p, t) && check(begin, p, end, t, resume)) {
      return p;
    }
  }
  return end;
}

// The three bytes at p as one number (little-endian, the fourth byte zero).
std::uint32_t key3(const char* p) {
  return static_cast<std::uint32_t>(static_cast<unsigned char>(p[0])) |
         static_cast<std::uint32_t>(static_cast<unsigned char>(p[1])) << 8 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(p[2])) << 16;
}

// The three bytes of a key3() value.
std::array<char, 3> bytes_of(std::uint32_t key) {
  return {static_cast<char>(key & 0xFF), static_cast<char>((key >> 8) & 0xFF),
          static_cast<char>((key >> 16) & 0xFF)};
}

// The name characters in s[i, end) that name_char_kind() classifies, one by one.
void find_name_chars_tail(std::string_view s, std::size_t i, std::vector<std::size_t>& out) {
  const char* b = s.data();
  for (; i + 3 <= s.size(); ++i) {
    if (ideograph_at(b + i, b + s.size()) &&
        util::name_char_kind(b, b + i, b + s.size()) != util::NameChar::none) {
      out.push_back(i);
    }
  }
}

} // namespace

bool birth_talk(std::string_view text, std::size_t p) {
  const std::size_t lo = p > 200 ? p - 200 : 0;
  const void* nl = memrchr(text.data() + lo, '\n', p - lo);
  if (nl == nullptr && lo != 0) {
    return false;
  }
  const std::size_t ls =
      nl == nullptr ? 0 : static_cast<std::size_t>(static_cast<const char*>(nl) - text.data()) + 1;
  const std::size_t m = util::after_chat_time(text.substr(ls, std::max(p - ls, std::size_t{16})));
  if (m == std::string_view::npos) {
    return false;
  }
  auto tells = [](std::string_view t) {
    for (std::size_t k = util::find_char3(t, 0, "生"); k != std::string_view::npos;
         k = util::find_char3(t, k + 3, "生")) {
      if ((k >= 3 && (util::has_at(t, k - 3, "出") || util::has_at(t, k - 3, "年"))) ||
          util::has_at(t, k + 3, "日") || util::has_at(t, k + 3, "的")) {
        return true;
      }
    }
    return t.find("年次") != std::string_view::npos;
  };
  // This message before p, then the three lines above (400 bytes of each at most).
  if (ls + m < p && tells(text.substr(ls + m, p - ls - m))) {
    return true;
  }
  std::size_t e = ls;
  for (int k = 0; k < 3 && e > 0; ++k) {
    const std::size_t b = e - 1 > 400 ? e - 1 - 400 : 0;
    const void* up = memrchr(text.data() + b, '\n', e - 1 - b);
    const std::size_t s =
        up == nullptr ? b
                      : static_cast<std::size_t>(static_cast<const char*>(up) - text.data()) + 1;
    if (tells(text.substr(s, e - 1 - s))) {
      return true;
    }
    if (up == nullptr && b != 0) {
      return false;
    }
    e = s;
  }
  return false;
}

// The AVX2 searches classify 32 positions at once with "shufti" (as in Hyperscan): each byte
// value gets 8 class bits as the AND of two 16-entry tables looked up by its low and high
// nibble (vpshufb), for the byte at offsets 0, 1 and 2 of a candidate; a position is a hit
// when some bit survives all three. A bit stands for a set of three-byte sequences, slightly
// wider than the set it was built from (nibble products): each search checks its hits.
struct ShuftiTables {
  std::uint8_t lo[3][16] = {}, hi[3][16] = {};
};

namespace {

constexpr std::uint8_t k_bit_digit = 1, k_bit_fullwidth = 2, k_bit_hao = 4;
constexpr std::uint8_t k_bits_names = 0xF8;

// Sets `bit` for byte values in [first, last] at offset `at` (their nibble product).
constexpr void add_range(ShuftiTables& t, int at, unsigned first, unsigned last, std::uint8_t bit) {
  for (unsigned b = first; b <= last; ++b) {
    t.lo[at][b & 15] |= bit;
    t.hi[at][b >> 4] |= bit;
  }
}

constexpr void add_char(ShuftiTables& t, const char* utf8, std::uint8_t bit) {
  for (int at = 0; at < 3; ++at) {
    auto b = static_cast<unsigned char>(utf8[at]);
    add_range(t, at, b, b, bit);
  }
}

constexpr ShuftiTables make_tables() {
  ShuftiTables t;
  add_range(t, 0, '0', '9', k_bit_digit); // one byte: any bytes may follow
  add_range(t, 1, 0, 255, k_bit_digit);
  add_range(t, 2, 0, 255, k_bit_digit);
  add_range(t, 0, 0xEF, 0xEF, k_bit_fullwidth); // EF BC 90-A0: ０-９, ：；＜＝＞？ and ＠
  add_range(t, 1, 0xBC, 0xBC, k_bit_fullwidth);
  add_range(t, 2, 0x90, 0xA0, k_bit_fullwidth);
  add_char(t, "號", k_bit_hao); // and 年: their nibble products admit few other characters
  add_char(t, "年", k_bit_hao);
  // The characters names stand next to, grouped so that their nibble products hit few common
  // characters (measured on the prose bench corpus).
  const char* groups[5][3] = {
      {"女", "席", ""}, {"錄", "先", "者"}, {"名", "君", "假"}, {"太", "人", ""}, {"小", "告", ""}};
  for (int g = 0; g < 5; ++g) {
    for (const char* c : groups[g]) {
      if (c[0] != 0) {
        add_char(t, c, static_cast<std::uint8_t>(8 << g));
      }
    }
  }
  return t;
}

constexpr ShuftiTables k_tables = make_tables();

#if defined(__x86_64__)
[[gnu::target("avx2")]] inline __m256i broadcast_table(const std::uint8_t* v) {
  return _mm256_broadcastsi128_si256(_mm_loadu_si128(reinterpret_cast<const __m128i*>(v)));
}

// The class bits of each byte of v (tables lo/hi for its low/high nibble).
[[gnu::target("avx2")]] inline __m256i classes(__m256i v, __m256i lo, __m256i hi) {
  const __m256i nibble = _mm256_set1_epi8(0x0F);
  __m256i l = _mm256_shuffle_epi8(lo, _mm256_and_si256(v, nibble));
  __m256i h = _mm256_shuffle_epi8(hi, _mm256_and_si256(_mm256_srli_epi16(v, 4), nibble));
  return _mm256_and_si256(l, h);
}

// Bit k of the result: position p + k holds a byte sequence of the classes in `wanted`.
[[gnu::target("avx2")]] inline unsigned classify32(const char* p, std::uint8_t wanted,
                                                   const ShuftiTables& t = k_tables) {
  const __m256i lo0 = broadcast_table(t.lo[0]), hi0 = broadcast_table(t.hi[0]);
  const __m256i lo1 = broadcast_table(t.lo[1]), hi1 = broadcast_table(t.hi[1]);
  const __m256i lo2 = broadcast_table(t.lo[2]), hi2 = broadcast_table(t.hi[2]);
  __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
  __m256i v1 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 1));
  __m256i v2 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 2));
  __m256i hit = _mm256_and_si256(
      _mm256_and_si256(classes(v, lo0, hi0), _mm256_set1_epi8(static_cast<char>(wanted))),
      _mm256_and_si256(classes(v1, lo1, hi1), classes(v2, lo2, hi2)));
  return ~static_cast<unsigned>(
      _mm256_movemask_epi8(_mm256_cmpeq_epi8(hit, _mm256_setzero_si256())));
}

[[gnu::target("avx2")]] const char* find_avx2(const char* begin, const char* p, const char* end,
                                              Triggers t) {
  const auto wanted =
      static_cast<std::uint8_t>(k_bit_digit | k_bit_fullwidth | (t.hao || t.birth ? k_bit_hao : 0) |
                                (t.names ? k_bits_names : 0));
  const char* resume = p;
  const __m256i at_sign = _mm256_set1_epi8('@');
  while (end - p >= 34) {
    unsigned mask = classify32(p, wanted) |
                    static_cast<unsigned>(_mm256_movemask_epi8(_mm256_cmpeq_epi8(
                        _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p)), at_sign)));
    while (mask != 0) {
      const char* q = p + __builtin_ctz(mask);
      if (check(begin, q, end, t, resume)) {
        return q;
      }
      mask &= mask - 1;
      if (resume > q) { // a skipped digit run: drop its other digits
        mask = resume - p >= 32 ? 0 : mask & (~0u << (resume - p));
      }
    }
    p = std::max(p + 32, resume);
  }
  return find_candidate_portable(begin, p, end, t);
}

[[gnu::target("avx2")]] void find_name_chars_avx2(std::string_view s,
                                                  std::vector<std::size_t>& out) {
  std::size_t i = 0;
  for (; s.size() - i >= 34; i += 32) {
    for (unsigned mask = classify32(s.data() + i, k_bits_names); mask != 0; mask &= mask - 1) {
      out.push_back(i + static_cast<unsigned>(__builtin_ctz(mask)));
    }
  }
  find_name_chars_tail(s, i, out);
}

[[gnu::target("avx2")]] void find_chars_avx2(const ShuftiTables& tables, const CodePointSet& set,
                                             std::string_view s, std::vector<std::size_t>& out) {
  std::size_t i = 0;
  for (; s.size() - i >= 34; i += 32) {
    for (unsigned mask = classify32(s.data() + i, 0xFF, tables); mask != 0; mask &= mask - 1) {
      // The tables admit only E_ lead bytes and continuation bytes (those of the set's
      // characters): the code point of a hit is that of a three-byte character.
      std::size_t at = i + static_cast<unsigned>(__builtin_ctz(mask));
      if (set.contains(util::cp3(s.data() + at))) {
        out.push_back(at);
      }
    }
  }
  for (; i + 3 <= s.size(); ++i) {
    if (set.contains_at(s.data() + i)) {
      out.push_back(i);
    }
  }
}
#endif

} // namespace

CharFinder::CharFinder(const std::vector<std::string_view>& chars) {
  for (std::string_view c : chars) {
    if (c.size() != 3) {
      continue;
    }
    m_keys.push_back(key3(c.data()));
    m_set.insert(util::cp3(c.data()));
  }
  std::sort(m_keys.begin(), m_keys.end());
  m_keys.erase(std::unique(m_keys.begin(), m_keys.end()), m_keys.end());
  // Eight groups of characters, neighbours in byte order together: their nibble products then
  // admit far fewer other characters (5x fewer hits than dealing them out in turn, for 40
  // surnames on prose).
  std::vector<std::array<char, 3>> sorted;
  for (std::uint32_t key : m_keys) {
    sorted.push_back(bytes_of(key));
  }
  std::sort(sorted.begin(), sorted.end(), [](const auto& x, const auto& y) {
    return std::string_view(x.data(), 3) < std::string_view(y.data(), 3);
  });
  m_tables = std::make_unique<ShuftiTables>();
  for (std::size_t k = 0; k < sorted.size(); ++k) {
    add_char(*m_tables, sorted[k].data(), static_cast<std::uint8_t>(1u << (k * 8 / sorted.size())));
  }
}

CharFinder::~CharFinder() = default;

namespace {
std::uint64_t key6(const char* p) {
  // Two loads combined in registers: a six-byte memcpy into a zeroed word went through the stack
  // and stalled on store forwarding (a third of a --thorough scan's time in PrefixFinder).
  std::uint32_t lo = 0;
  std::uint16_t hi = 0;
  std::memcpy(&lo, p, 4);
  std::memcpy(&hi, p + 4, 2);
  return std::uint64_t{lo} | std::uint64_t{hi} << 32;
}
} // namespace

// Nibble tables for the six bytes of a prefix, eight groups of prefixes.
struct PrefixFinder::Tables {
  std::uint8_t lo[6][16] = {}, hi[6][16] = {};
};

namespace {
// Deals six-byte prefixes into the eight buckets of a shufti filter so that few other byte
// sequences pass it. A bucket admits, at each offset, every byte whose low nibble and high
// nibble some member has there: the product of the two nibble counts, multiplied over the six
// offsets, is the cost minimised. Start from the order of the second characters (those vary
// most within a first character's words), then move single prefixes greedily, four passes.
// On the 227 title and kinship prefixes and Chinese prose: 3x fewer candidates than dealing
// them out in byte order.
std::vector<unsigned> deal_into_buckets(const std::vector<std::string_view>& prefixes) {
  const std::size_t n = prefixes.size();
  std::vector<std::size_t> order(n);
  for (std::size_t k = 0; k < n; ++k) {
    order[k] = k;
  }
  std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
    return std::pair(prefixes[x].substr(3), prefixes[x].substr(0, 3)) <
           std::pair(prefixes[y].substr(3), prefixes[y].substr(0, 3));
  });
  std::vector<unsigned> bucket(n);
  for (std::size_t r = 0; r < n; ++r) {
    bucket[order[r]] = static_cast<unsigned>(r * 8 / n);
  }
  // count[b][at][nibble]: members of bucket b with that low (0-15) or high (16-31) nibble;
  // used[b][at][0 or 1]: how many low or high nibbles have a member there.
  std::vector<std::array<std::array<std::uint16_t, 32>, 6>> count(8);
  std::vector<std::array<std::array<std::uint64_t, 2>, 6>> used(8);
  auto nibbles = [&](std::size_t k, std::size_t at) {
    const auto b = static_cast<unsigned char>(prefixes[k][at]);
    return std::pair<unsigned, unsigned>(b & 15u, 16u + (b >> 4));
  };
  auto move = [&](std::size_t k, unsigned b, int delta) {
    for (std::size_t at = 0; at < 6; ++at) {
      auto [lo, hi] = nibbles(k, at);
      for (unsigned x : {lo, hi}) {
        const int before = count[b][at][x];
        count[b][at][x] = static_cast<std::uint16_t>(before + delta);
        used[b][at][x / 16] += static_cast<std::uint64_t>(before == 0) - (before + delta == 0);
      }
    }
  };
  // The cost of bucket b with prefix k added (delta 1), taken out (-1) or as it is (0).
  auto cost = [&](unsigned b, std::size_t k, int delta) {
    std::uint64_t c = 1;
    for (std::size_t at = 0; at < 6; ++at) {
      auto [lo, hi] = nibbles(k, at);
      std::uint64_t nz[2] = {used[b][at][0], used[b][at][1]};
      for (unsigned x : {lo, hi}) {
        nz[x / 16] += delta > 0 && count[b][at][x] == 0 ? 1 : 0;
        nz[x / 16] -= delta < 0 && count[b][at][x] == 1 ? 1 : 0;
      }
      c *= nz[0] * nz[1];
    }
    return c; // 0 for an empty bucket
  };
  for (std::size_t k = 0; k < n; ++k) {
    move(k, bucket[k], 1);
  }
  for (int pass = 0; pass < 4; ++pass) {
    for (std::size_t k = 0; k < n; ++k) {
      const unsigned from = bucket[k];
      const std::uint64_t without = cost(from, k, -1), with_here = cost(from, k, 0);
      unsigned best = from;
      std::int64_t best_gain = 0;
      for (unsigned to = 0; to < 8; ++to) {
        if (to == from) {
          continue;
        }
        const auto gain = static_cast<std::int64_t>(with_here + cost(to, k, 0)) -
                          static_cast<std::int64_t>(without + cost(to, k, 1));
        if (gain > best_gain) {
          best_gain = gain;
          best = to;
        }
      }
      if (best != from) {
        move(k, from, -1);
        move(k, best, 1);
        bucket[k] = best;
      }
    }
  }
  return bucket;
}
} // namespace

PrefixFinder::PrefixFinder(const std::vector<std::string_view>& prefixes)
    : m_tables(std::make_unique<Tables>()) {
  std::vector<std::string_view> sorted;
  for (std::string_view p : prefixes) {
    if (p.size() == 6) {
      sorted.push_back(p);
    }
  }
  std::sort(sorted.begin(), sorted.end());
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  const std::vector<unsigned> bucket = deal_into_buckets(sorted);
  for (std::size_t k = 0; k < sorted.size(); ++k) {
    m_keys.push_back(key6(sorted[k].data()));
    m_first_set.insert(util::cp3(sorted[k].data()));
    const auto bit = static_cast<std::uint8_t>(1u << bucket[k]);
    for (int at = 0; at < 6; ++at) {
      const auto b = static_cast<unsigned char>(sorted[k][at]);
      m_tables->lo[at][b & 15] |= bit;
      m_tables->hi[at][b >> 4] |= bit;
    }
  }
  // An open-addressing table of the keys, a quarter full: the shufti passes many positions whose
  // first character starts a prefix (主, 委, 老), and a binary search of each took 18 % of a
  // --thorough scan of prose.
  std::size_t slots = 16;
  while (slots < 4 * m_keys.size()) {
    slots *= 2;
  }
  m_slots.assign(slots, 0);
  m_shift = static_cast<unsigned>(64 - std::countr_zero(slots));
  for (std::uint64_t key : m_keys) {
    std::size_t h = slot_of(key);
    while (m_slots[h] != 0 && m_slots[h] != key) {
      h = (h + 1) & (slots - 1);
    }
    m_slots[h] = key; // no key is 0: its bytes are UTF-8 lead and continuation bytes
  }
}

PrefixFinder::~PrefixFinder() = default;

bool PrefixFinder::is_prefix_at(std::string_view s, std::size_t at) const {
  if (s.size() - at < 6) {
    return false;
  }
  const std::uint64_t key = key6(s.data() + at);
  if (key == 0) {
    return false; // six zero bytes: the empty slot's value, in no prefix
  }
  for (std::size_t h = slot_of(key);; h = (h + 1) & (m_slots.size() - 1)) {
    if (m_slots[h] == key) {
      return true;
    }
    if (m_slots[h] == 0) {
      return false;
    }
  }
}

#if defined(__x86_64__)
namespace {
// Bit k: the six bytes at p + k may be a prefix (p[0, 38) readable).
[[gnu::target("avx2")]] unsigned prefix_block(const std::uint8_t (*lo)[16],
                                              const std::uint8_t (*hi)[16], const char* p) {
  const __m256i nibble = _mm256_set1_epi8(0x0F);
  __m256i acc = _mm256_set1_epi8(-1);
  for (int at = 0; at < 6; ++at) {
    const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + at));
    const __m256i l = _mm256_shuffle_epi8(
        _mm256_broadcastsi128_si256(_mm_loadu_si128(reinterpret_cast<const __m128i*>(lo[at]))),
        _mm256_and_si256(v, nibble));
    const __m256i h = _mm256_shuffle_epi8(
        _mm256_broadcastsi128_si256(_mm_loadu_si128(reinterpret_cast<const __m128i*>(hi[at]))),
        _mm256_and_si256(_mm256_srli_epi16(v, 4), nibble));
    acc = _mm256_and_si256(acc, _mm256_and_si256(l, h));
  }
  return ~static_cast<unsigned>(
      _mm256_movemask_epi8(_mm256_cmpeq_epi8(acc, _mm256_setzero_si256())));
}

[[gnu::target("avx2")]] void find_prefixes_avx2(const std::uint8_t (*lo)[16],
                                                const std::uint8_t (*hi)[16], std::string_view s,
                                                std::vector<std::size_t>& hits) {
  auto block = [&](const char* p) { return prefix_block(lo, hi, p); };
  std::size_t i = 0;
  for (; s.size() - i >= 38; i += 32) {
    for (unsigned mask = block(s.data() + i); mask != 0; mask &= mask - 1) {
      hits.push_back(i + static_cast<unsigned>(__builtin_ctz(mask)));
    }
  }
  // The tail (windows and lines are short: most of their bytes are here) in a zero-padded copy:
  // a zero byte is in no prefix, so nothing past the end can pass.
  if (s.size() - i >= 6) {
    alignas(32) char buf[64] = {};
    std::memcpy(buf, s.data() + i, s.size() - i);
    for (unsigned mask = block(buf); mask != 0; mask &= mask - 1) {
      hits.push_back(i + static_cast<unsigned>(__builtin_ctz(mask)));
    }
  }
}
} // namespace
#endif

void PrefixFinder::find_all(std::string_view s, std::vector<std::size_t>& out) const {
#if defined(__x86_64__)
  if (util::cpu_has_avx2() && !m_keys.empty()) {
    const std::size_t first = out.size();
    find_prefixes_avx2(m_tables->lo, m_tables->hi, s, out);
    // Keep the exact hits only (in place).
    auto kept = std::remove_if(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
                               [&](std::size_t at) { return !is_prefix_at(s, at); });
    out.erase(kept, out.end());
    return;
  }
#endif
  find_all_portable(s, out);
}

void PrefixFinder::find_all_portable(std::string_view s, std::vector<std::size_t>& out) const {
  // One pass, each character's lead byte against the first characters' bit set: with 227
  // prefixes (150 first characters), one SIMD search per first character took 28 % of the
  // prose bench without AVX2.
  for (std::size_t at = 0; at + 6 <= s.size(); ++at) {
    if ((static_cast<unsigned char>(s[at]) & 0xF0) == 0xE0 && is_prefix_at(s, at)) {
      out.push_back(at);
    }
  }
}

void CharFinder::find_all(std::string_view s, std::vector<std::size_t>& out) const {
#if defined(__x86_64__)
  if (util::cpu_has_avx2()) {
    find_chars_avx2(*m_tables, m_set, s, out);
    return;
  }
#endif
  find_all_portable(s, out);
}

void CharFinder::find_all_portable(std::string_view s, std::vector<std::size_t>& out) const {
  const std::size_t first = out.size();
  for (std::uint32_t key : m_keys) {
    const std::array<char, 3> c = bytes_of(key);
    const std::string_view w(c.data(), 3);
    for (std::size_t at = util::find_char3(s, 0, w); at != std::string_view::npos;
         at = util::find_char3(s, at + 3, w)) {
      out.push_back(at);
    }
  }
  std::sort(out.begin() + static_cast<std::ptrdiff_t>(first), out.end());
}

void find_name_chars_portable(std::string_view s, std::vector<std::size_t>& out) {
  std::size_t i = 0;
#if defined(__SSE2__)
  const char* b = s.data();
  for (; i + 18 <= s.size(); i += 16) {
    unsigned mask = name_char_mask(_mm_loadu_si128(reinterpret_cast<const __m128i*>(b + i)),
                                   _mm_loadu_si128(reinterpret_cast<const __m128i*>(b + i + 1)),
                                   _mm_loadu_si128(reinterpret_cast<const __m128i*>(b + i + 2)));
    for (; mask != 0; mask &= mask - 1) {
      out.push_back(i + static_cast<unsigned>(__builtin_ctz(mask)));
    }
  }
#endif
  find_name_chars_tail(s, i, out);
}

void find_name_chars(std::string_view s, std::vector<std::size_t>& out) {
#if defined(__x86_64__)
  if (util::cpu_has_avx2()) {
    find_name_chars_avx2(s, out);
    return;
  }
#endif
  find_name_chars_portable(s, out);
}

const char* find_candidate_portable(const char* begin, const char* p, const char* end, Triggers t) {
  return t.names ? find_impl<true>(begin, p, end, t) : find_impl<false>(begin, p, end, t);
}

const char* find_candidate(const char* begin, const char* p, const char* end, Triggers t) {
#if defined(__x86_64__)
  if (util::cpu_has_avx2()) {
    return find_avx2(begin, p, end, t);
  }
#endif
  return find_candidate_portable(begin, p, end, t);
}

} // namespace twpii
