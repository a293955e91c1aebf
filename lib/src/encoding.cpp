// Encoding sniffing, UTF-8 validation, block cutting and ICU-based decoding (see encoding.hpp).
#include "text_util.hpp"

#include <twpii/encoding.hpp>

#include <fmt/format.h>
#include <unicode/ucnv.h>

#include <algorithm>
#include <cstring>
#include <memory>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace twpii {

std::string_view encoding_name(Encoding e) {
  switch (e) {
  case Encoding::utf8:
    return "utf-8";
  case Encoding::utf16le:
    return "utf-16le";
  case Encoding::utf16be:
    return "utf-16be";
  case Encoding::big5:
    return "big5";
  }
  return "?";
}

std::optional<Encoding> parse_encoding(std::string_view name) {
  std::string n;
  for (char c : name) {
    n += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  if (n == "utf-8" || n == "utf8") {
    return Encoding::utf8;
  }
  if (n == "utf-16le" || n == "utf16le") {
    return Encoding::utf16le;
  }
  if (n == "utf-16be" || n == "utf16be") {
    return Encoding::utf16be;
  }
  if (n == "big5" || n == "cp950" || n == "windows-950") {
    return Encoding::big5;
  }
  return std::nullopt;
}

std::size_t bom_size(std::string_view head, Encoding e) {
  switch (e) {
  case Encoding::utf8:
    return head.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  case Encoding::utf16le:
    return head.starts_with("\xFF\xFE") ? 2 : 0;
  case Encoding::utf16be:
    return head.starts_with("\xFE\xFF") ? 2 : 0;
  case Encoding::big5:
    return 0;
  }
  return 0;
}

namespace {
// The reference validator: byte by byte, with a 16-byte ASCII skip.
bool valid_utf8_scalar(std::string_view s, bool allow_truncated_tail, std::size_t* bad) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  auto fail = [&](std::size_t at) {
    if (bad != nullptr) {
      *bad = at;
    }
    return false;
  };
  while (i < n) {
#if defined(__SSE2__)
    while (i + 16 <= n &&
           _mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i))) == 0) {
      i += 16;
    }
    if (i >= n) {
      break;
    }
#endif
    unsigned char b = p[i];
    if (b < 0x80) {
      ++i;
      continue;
    }
    std::size_t len;
    unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
    if (b >= 0xC2 && b <= 0xDF) {
      len = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
      len = 3;
      if (b == 0xE0) {
        lo = 0xA0;
      } else if (b == 0xED) {
        hi = 0x9F;
      }
    } else if (b >= 0xF0 && b <= 0xF4) {
      len = 4;
      if (b == 0xF0) {
        lo = 0x90;
      } else if (b == 0xF4) {
        hi = 0x8F;
      }
    } else {
      return fail(i);
    }
    if (i + len > n) {
      // Truncated: fine at the end of a block that is not the end of the input.
      for (std::size_t k = i + 1; k < n; ++k) {
        if ((p[k] & 0xC0) != 0x80 || (k == i + 1 && (p[k] < lo || p[k] > hi))) {
          return fail(i);
        }
      }
      return allow_truncated_tail ? true : fail(i);
    }
    if (p[i + 1] < lo || p[i + 1] > hi) {
      return fail(i);
    }
    for (std::size_t k = 2; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) {
        return fail(i);
      }
    }
    i += len;
  }
  return true;
}

#if defined(__x86_64__)
// Keiser & Lemire, "Validating UTF-8 in less than one instruction per byte" (2021): three
// nibble lookups classify every pair of adjacent bytes; a lead byte of 3 or 4 bytes must be
// followed by the right number of continuations. Needs SSSE3 (pshufb) or AVX2, checked at run
// time. The functions return the length of the valid prefix up to the first chunk holding an
// error (at a character boundary); the caller checks the rest byte by byte.
//
// The three nibble tables, for the high nibble of the first byte of a pair, its low nibble, and
// the high nibble of the second byte: each entry holds the error classes that byte may be in.
struct Utf8Tables {
  static constexpr std::uint8_t too_short = 1 << 0, too_long = 1 << 1, overlong_3 = 1 << 2,
                                too_large = 1 << 3, surrogate = 1 << 4, overlong_2 = 1 << 5,
                                too_large_1000 = 1 << 6, overlong_4 = 1 << 6, two_conts = 1 << 7;
  static constexpr std::uint8_t carry = too_short | too_long | two_conts;
  alignas(16) std::uint8_t byte_1_high[16] = {too_long,
                                              too_long,
                                              too_long,
                                              too_long,
                                              too_long,
                                              too_long,
                                              too_long,
                                              too_long,
                                              two_conts,
                                              two_conts,
                                              two_conts,
                                              two_conts,
                                              too_short | overlong_2,
                                              too_short,
                                              too_short | overlong_3 | surrogate,
                                              too_short | too_large | too_large_1000 | overlong_4};
  alignas(16) std::uint8_t byte_1_low[16] = {carry | overlong_3 | overlong_2 | overlong_4,
                                             carry | overlong_2,
                                             carry,
                                             carry,
                                             carry | too_large,
                                             carry | too_large | too_large_1000,
                                             carry | too_large | too_large_1000,
                                             carry | too_large | too_large_1000,
                                             carry | too_large | too_large_1000,
                                             carry | too_large | too_large_1000,
                                             carry | too_large | too_large_1000,
                                             carry | too_large | too_large_1000,
                                             carry | too_large | too_large_1000,
                                             carry | too_large | too_large_1000 | surrogate,
                                             carry | too_large | too_large_1000,
                                             carry | too_large | too_large_1000};
  alignas(16) std::uint8_t byte_2_high[16] = {
      too_short,
      too_short,
      too_short,
      too_short,
      too_short,
      too_short,
      too_short,
      too_short,
      too_long | overlong_2 | two_conts | overlong_3 | too_large_1000 | overlong_4,
      too_long | overlong_2 | two_conts | overlong_3 | too_large,
      too_long | overlong_2 | two_conts | surrogate | too_large,
      too_long | overlong_2 | two_conts | surrogate | too_large,
      too_short,
      too_short,
      too_short,
      too_short};
};
constexpr Utf8Tables k_utf8;

// How far back from `i` the last good chunk may have left a character open: where the valid
// prefix ends.
std::size_t back_to_char_start(const char* p, std::size_t i) {
  std::size_t back = 0;
  while (back < 3 && i > back && util::is_continuation(p[i - back - 1])) {
    ++back;
  }
  if (i > back && static_cast<unsigned char>(p[i - back - 1]) >= 0xC0) {
    ++back;
  }
  return i - std::min(i, back);
}

__attribute__((target("ssse3"))) std::size_t utf8_prefix_ssse3(const char* p, std::size_t n) {
  auto table = [](const std::uint8_t* t) {
    return _mm_load_si128(reinterpret_cast<const __m128i*>(t));
  };
  const __m128i byte_1_high_table = table(k_utf8.byte_1_high);
  const __m128i byte_1_low_table = table(k_utf8.byte_1_low);
  const __m128i byte_2_high_table = table(k_utf8.byte_2_high);
  const __m128i low_nibble = _mm_set1_epi8(0x0F);
  __m128i prev = _mm_setzero_si128();
  std::size_t i = 0;
  for (; i + 16 <= n; i += 16) {
    __m128i in = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    if (_mm_movemask_epi8(_mm_or_si128(in, prev)) == 0) {
      prev = in; // ASCII, and nothing pending from the chunk before
      continue;
    }
    __m128i prev1 = _mm_alignr_epi8(in, prev, 15);
    __m128i prev2 = _mm_alignr_epi8(in, prev, 14);
    __m128i prev3 = _mm_alignr_epi8(in, prev, 13);
    __m128i b1h =
        _mm_shuffle_epi8(byte_1_high_table, _mm_and_si128(_mm_srli_epi16(prev1, 4), low_nibble));
    __m128i b1l = _mm_shuffle_epi8(byte_1_low_table, _mm_and_si128(prev1, low_nibble));
    __m128i b2h =
        _mm_shuffle_epi8(byte_2_high_table, _mm_and_si128(_mm_srli_epi16(in, 4), low_nibble));
    __m128i special = _mm_and_si128(_mm_and_si128(b1h, b1l), b2h);
    __m128i third = _mm_subs_epu8(prev2, _mm_set1_epi8(static_cast<char>(0xE0 - 0x80)));
    __m128i fourth = _mm_subs_epu8(prev3, _mm_set1_epi8(static_cast<char>(0xF0 - 0x80)));
    __m128i must23 =
        _mm_and_si128(_mm_or_si128(third, fourth), _mm_set1_epi8(static_cast<char>(0x80)));
    __m128i err = _mm_xor_si128(must23, special);
    if (_mm_movemask_epi8(_mm_cmpeq_epi8(err, _mm_setzero_si128())) != 0xFFFF) {
      break;
    }
    prev = in;
  }
  return back_to_char_start(p, i);
}

// The errors of the 32 bytes `in`, `prev` being the 32 bytes before them (the previous bytes of
// the high lane come from the low lane, those of the low lane from `prev`).
struct Utf8Avx2 {
  __m256i byte_1_high, byte_1_low, byte_2_high;
};

__attribute__((target("avx2"), always_inline)) inline __m256i
utf8_errors_avx2(const Utf8Avx2& t, __m256i in, __m256i prev) {
  const __m256i low_nibble = _mm256_set1_epi8(0x0F);
  // [prev.high, in.low]: the 16 bytes before each lane of `in`.
  __m256i shifted = _mm256_permute2x128_si256(prev, in, 0x21);
  __m256i prev1 = _mm256_alignr_epi8(in, shifted, 15);
  __m256i prev2 = _mm256_alignr_epi8(in, shifted, 14);
  __m256i prev3 = _mm256_alignr_epi8(in, shifted, 13);
  __m256i b1h =
      _mm256_shuffle_epi8(t.byte_1_high, _mm256_and_si256(_mm256_srli_epi16(prev1, 4), low_nibble));
  __m256i b1l = _mm256_shuffle_epi8(t.byte_1_low, _mm256_and_si256(prev1, low_nibble));
  __m256i b2h =
      _mm256_shuffle_epi8(t.byte_2_high, _mm256_and_si256(_mm256_srli_epi16(in, 4), low_nibble));
  __m256i special = _mm256_and_si256(_mm256_and_si256(b1h, b1l), b2h);
  __m256i third = _mm256_subs_epu8(prev2, _mm256_set1_epi8(static_cast<char>(0xE0 - 0x80)));
  __m256i fourth = _mm256_subs_epu8(prev3, _mm256_set1_epi8(static_cast<char>(0xF0 - 0x80)));
  __m256i must23 =
      _mm256_and_si256(_mm256_or_si256(third, fourth), _mm256_set1_epi8(static_cast<char>(0x80)));
  return _mm256_xor_si256(must23, special);
}

// The same, 64 bytes at a time: the errors of two chunks are tested at once (an error in
// either ends the valid prefix before both), and so is the shortcut for ASCII.
__attribute__((target("avx2"))) std::size_t utf8_prefix_avx2(const char* p, std::size_t n) {
  // (No lambda here: it would not inherit the avx2 target.)
  const Utf8Avx2 t{_mm256_broadcastsi128_si256(
                       _mm_load_si128(reinterpret_cast<const __m128i*>(k_utf8.byte_1_high))),
                   _mm256_broadcastsi128_si256(
                       _mm_load_si128(reinterpret_cast<const __m128i*>(k_utf8.byte_1_low))),
                   _mm256_broadcastsi128_si256(
                       _mm_load_si128(reinterpret_cast<const __m128i*>(k_utf8.byte_2_high)))};
  __m256i prev = _mm256_setzero_si256();
  std::size_t i = 0;
  for (; i + 64 <= n; i += 64) {
    const __m256i a = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + i));
    const __m256i b = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + i + 32));
    if (_mm256_movemask_epi8(_mm256_or_si256(_mm256_or_si256(a, b), prev)) == 0) {
      prev = b; // ASCII, and nothing pending from the chunk before
      continue;
    }
    const __m256i err = _mm256_or_si256(utf8_errors_avx2(t, a, prev), utf8_errors_avx2(t, b, a));
    if (!_mm256_testz_si256(err, err)) {
      break;
    }
    prev = b;
  }
  return back_to_char_start(p, i);
}

bool have_ssse3() {
  static const bool yes = __builtin_cpu_supports("ssse3");
  return yes;
}
#endif
} // namespace

bool valid_utf8(std::string_view s, bool allow_truncated_tail, std::size_t* bad) {
  std::size_t start = 0;
#if defined(__x86_64__)
  if (util::cpu_has_avx2()) {
    start = utf8_prefix_avx2(s.data(), s.size());
  } else if (have_ssse3()) {
    start = utf8_prefix_ssse3(s.data(), s.size());
  }
#endif
  std::size_t local = 0;
  if (valid_utf8_scalar(s.substr(start), allow_truncated_tail, &local)) {
    return true;
  }
  if (bad != nullptr) {
    *bad = start + local;
  }
  return false;
}

namespace {
using ConverterPtr = std::unique_ptr<UConverter, decltype(&ucnv_close)>;

const char* icu_name(Encoding e) {
  switch (e) {
  case Encoding::utf16le:
    return "UTF-16LE";
  case Encoding::utf16be:
    return "UTF-16BE";
  case Encoding::big5:
    return "windows-950";
  case Encoding::utf8:
    break;
  }
  return "UTF-8";
}

ConverterPtr open_converter(Encoding e) {
  UErrorCode status = U_ZERO_ERROR;
  ConverterPtr conv(ucnv_open(icu_name(e), &status), &ucnv_close);
  if (U_FAILURE(status)) {
    return ConverterPtr(nullptr, &ucnv_close);
  }
  return conv;
}

// ICU's windows-950 takes the single bytes 0x80 and 0xFF (as U+0080 and U+F8F8), which are no
// Big5: lead bytes are 0x81-0xFE. The offset of the first such byte where a character starts,
// or npos. (ICU checks the trail bytes.)
std::size_t stray_big5_byte(std::string_view bytes) {
  for (std::size_t i = 0; i < bytes.size();) {
    const auto b = static_cast<unsigned char>(bytes[i]);
    if (b == 0x80 || b == 0xFF) {
      return i;
    }
    i += b < 0x80 ? 1 : 2;
  }
  return std::string_view::npos;
}

bool decodes_as_big5(std::string_view head, bool at_eof) {
  if (stray_big5_byte(head) != std::string_view::npos) {
    return false;
  }
  ConverterPtr conv = open_converter(Encoding::big5);
  if (!conv) {
    return false;
  }
  UErrorCode status = U_ZERO_ERROR;
  ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::vector<UChar> out(head.size() + 1);
  UChar* target = out.data();
  const char* src = head.data();
  ucnv_toUnicode(conv.get(), &target, out.data() + out.size(), &src, head.data() + head.size(),
                 nullptr, at_eof, &status);
  return U_SUCCESS(status);
}
} // namespace

Sniff sniff(std::string_view head, bool at_eof) {
  Sniff s;
  if (head.starts_with("\xFF\xFE")) {
    s.encoding = Encoding::utf16le;
    return s;
  }
  if (head.starts_with("\xFE\xFF")) {
    s.encoding = Encoding::utf16be;
    return s;
  }
  std::string_view probe = head.substr(0, 8192);
  if (probe.find('\0') != std::string_view::npos) {
    s.binary = true;
    return s;
  }
  std::size_t bad = 0;
  if (valid_utf8(head, !at_eof, &bad)) {
    s.encoding = Encoding::utf8;
    s.valid_utf8 = true;
  } else if (util::count_chars(head.substr(0, bad)) + 8 < bad) {
    s.encoding = Encoding::utf8; // UTF-8 text with a broken byte: reported, not reinterpreted
  } else if (std::size_t cut = safe_cut(head, Encoding::big5);
             decodes_as_big5(head.substr(0, cut != 0 ? cut : head.size()), at_eof || cut != 0)) {
    s.encoding = Encoding::big5;
  } else {
    s.encoding = Encoding::utf8; // the scan then reports where the UTF-8 is invalid
  }
  return s;
}

std::size_t safe_cut(std::string_view s, Encoding e) {
  switch (e) {
  case Encoding::utf8:
  case Encoding::big5: {
    // 0x0A is never part of a multi-byte character in UTF-8 or Big5.
    auto nl = s.rfind('\n');
    if (nl != std::string_view::npos) {
      return nl + 1;
    }
    if (e == Encoding::big5) {
      return 0; // Big5 trail bytes look like ASCII: only a line break is a safe cut
    }
    // A line with no break: cut where no value can be, before a space or a CJK ideograph.
    for (std::size_t i = s.size(); i-- > 0;) {
      auto b = static_cast<unsigned char>(s[i]);
      if (b == ' ' || b == '\t' || (b >= 0xE4 && b <= 0xE9)) {
        return i;
      }
    }
    return 0;
  }
  case Encoding::utf16le:
  case Encoding::utf16be: {
    bool le = e == Encoding::utf16le;
    std::size_t units = s.size() / 2;
    for (std::size_t u = units; u > 0; --u) {
      auto lo = static_cast<unsigned char>(s[2 * (u - 1) + (le ? 0 : 1)]);
      auto hi = static_cast<unsigned char>(s[2 * (u - 1) + (le ? 1 : 0)]);
      if (hi == 0 && lo == '\n') {
        return 2 * u;
      }
    }
    // No line break: cut before the last unit unless it is a high surrogate's partner.
    if (units < 2) {
      return 0;
    }
    std::size_t u = units - 1;
    auto hi = static_cast<unsigned char>(s[2 * (u - 1) + (le ? 1 : 0)]);
    return (hi >= 0xD8 && hi <= 0xDB) ? 2 * (u - 1) : 2 * u;
  }
  }
  return 0;
}

void DecodedBlock::set_identity(std::string_view bytes, std::uint64_t base) {
  m_text = bytes;
  m_map.clear();
  m_base = base;
}

Result<void> DecodedBlock::decode(std::string_view bytes, std::uint64_t base, Encoding e) {
  m_base = base;
  if (std::size_t at = e == Encoding::big5 ? stray_big5_byte(bytes) : std::string_view::npos;
      at != std::string_view::npos) {
    return make_error(fmt::format("not valid {} at byte {}", encoding_name(e), base + at));
  }
  ConverterPtr conv = open_converter(e);
  if (!conv) {
    return make_error(fmt::format("no {} converter in ICU", encoding_name(e)));
  }
  UErrorCode status = U_ZERO_ERROR;
  ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::vector<UChar> u16(bytes.size() + 1);
  std::vector<std::int32_t> offsets(bytes.size() + 1);
  UChar* target = u16.data();
  const char* src = bytes.data();
  ucnv_toUnicode(conv.get(), &target, u16.data() + u16.size(), &src, bytes.data() + bytes.size(),
                 offsets.data(), true, &status);
  if (U_FAILURE(status)) {
    // `src` stops just past the offending bytes; report where the bad character starts.
    char errbytes[8];
    std::int8_t errlen = sizeof errbytes;
    UErrorCode st2 = U_ZERO_ERROR;
    ucnv_getInvalidChars(conv.get(), errbytes, &errlen, &st2);
    auto at = static_cast<std::uint64_t>(src - bytes.data()) - (U_SUCCESS(st2) ? errlen : 0);
    return make_error(fmt::format("not valid {} at byte {}", encoding_name(e), base + at));
  }
  std::size_t n16 = static_cast<std::size_t>(target - u16.data());
  m_storage.clear();
  m_map.clear();
  m_storage.reserve(n16 * 2);
  m_map.reserve(n16 * 2 + 1);
  for (std::size_t i = 0; i < n16; ++i) {
    char32_t cp = u16[i];
    std::int32_t off = offsets[i];
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < n16) {
      cp = 0x10000 + ((cp - 0xD800) << 10) + (u16[i + 1] - 0xDC00);
      ++i;
    }
    std::size_t before = m_storage.size();
    util::utf8_append(m_storage, cp);
    m_map.insert(m_map.end(), m_storage.size() - before, static_cast<std::uint32_t>(off));
  }
  m_map.push_back(static_cast<std::uint32_t>(bytes.size()));
  m_text = m_storage;
  return {};
}

std::string encode(std::string_view utf8, Encoding e) {
  if (e == Encoding::utf8) {
    return std::string(utf8);
  }
  ConverterPtr conv = open_converter(e);
  UErrorCode status = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 8, '\0');
  ConverterPtr from_utf8 = open_converter(Encoding::utf8);
  if (!conv || !from_utf8) {
    return std::string(utf8);
  }
  ucnv_setFromUCallBack(conv.get(), UCNV_FROM_U_CALLBACK_SUBSTITUTE, nullptr, nullptr, nullptr,
                        &status);
  char* target = out.data();
  const char* src = utf8.data();
  ucnv_convertEx(conv.get(), from_utf8.get(), &target, out.data() + out.size(), &src,
                 utf8.data() + utf8.size(), nullptr, nullptr, nullptr, nullptr, true, true,
                 &status);
  out.resize(static_cast<std::size_t>(target - out.data()));
  return out;
}

} // namespace twpii
