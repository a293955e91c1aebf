// Folding of full-width forms, spaces, dashes and zero-width characters (see normalize.hpp).
#include "text_util.hpp"

#include <twpii/normalize.hpp>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace twpii {

namespace {
// The ASCII character `cp` folds to, 0 to drop it, or -1 to keep it unchanged.
int fold(char32_t cp) {
  if ((cp >= 0xFF10 && cp <= 0xFF19) || (cp >= 0xFF21 && cp <= 0xFF3A) ||
      (cp >= 0xFF41 && cp <= 0xFF5A)) {
    return static_cast<int>(cp - 0xFEE0); // digits and letters
  }
  switch (cp) {
  case 0xFF03: // ＃ ％ （ ） ＋ － ． ＠ ＿: the symbols values are written with
  case 0xFF05:
  case 0xFF08:
  case 0xFF09:
  case 0xFF0B:
  case 0xFF0D:
  case 0xFF0E:
  case 0xFF0F: // ／ (dates: １９７２／１２／１４)
  case 0xFF20:
  case 0xFF3F:
    return static_cast<int>(cp - 0xFEE0);
  case 0x3000: // ideographic space
  case 0x00A0: // no-break space
    return ' ';
  case 0x2010:
  case 0x2011:
  case 0x2012:
  case 0x2013:
  case 0x2014:
  case 0x2015:
  case 0x2212: // minus sign
  case 0xFE63: // small hyphen-minus
    return '-';
  case 0x2551: // ║ ┃: a box table's double and heavy verticals, read as its cells' '|'
  case 0x2503:
    return '|';
  case 0x200B: // zero-width space, non-joiner, joiner, word joiner, BOM
  case 0x200C:
  case 0x200D:
  case 0x2060:
  case 0xFEFF:
    return 0;
  default:
    return -1;
  }
}
} // namespace

namespace {
// Whether the character at p (lead byte C2, E2, E3 or EF) folds; mirrors fold().
inline bool folds_at(const unsigned char* p, const unsigned char* end) {
  if (p[0] == 0xC2) {
    return end - p >= 2 && p[1] == 0xA0;
  }
  if (end - p < 3) {
    return false;
  }
  unsigned b1 = p[1], b2 = p[2];
  switch (p[0]) {
  case 0xE2:
    return (b1 == 0x80 && ((b2 >= 0x8B && b2 <= 0x8D) || (b2 >= 0x90 && b2 <= 0x95))) ||
           (b1 == 0x81 && b2 == 0xA0) || (b1 == 0x88 && b2 == 0x92) || (b1 == 0x95 && b2 == 0x91) ||
           (b1 == 0x94 && b2 == 0x83);
  case 0xE3:
    return b1 == 0x80 && b2 == 0x80;
  case 0xEF:
    if (b1 == 0xBC) {
      return b2 == 0x83 || b2 == 0x85 || b2 == 0x88 || b2 == 0x89 || b2 == 0x8B || b2 == 0x8D ||
             b2 == 0x8E || b2 == 0x8F || (b2 >= 0x90 && b2 <= 0x99) || (b2 >= 0xA0 && b2 <= 0xBA) ||
             b2 == 0xBF;
    }
    return (b1 == 0xBD && b2 >= 0x81 && b2 <= 0x9A) || (b1 == 0xBB && b2 == 0xBF) ||
           (b1 == 0xB9 && b2 == 0xA3);
  default:
    return false;
  }
}
} // namespace

bool needs_normalizing(std::string_view src) {
  const auto* p = reinterpret_cast<const unsigned char*>(src.data());
  const auto* end = p + src.size();
#if defined(__SSE2__)
  const __m128i c2 = _mm_set1_epi8(static_cast<char>(0xC2));
  const __m128i e2 = _mm_set1_epi8(static_cast<char>(0xE2));
  const __m128i e3 = _mm_set1_epi8(static_cast<char>(0xE3));
  const __m128i ef = _mm_set1_epi8(static_cast<char>(0xEF));
  for (; end - p >= 16; p += 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, c2), _mm_cmpeq_epi8(v, e2)),
                               _mm_or_si128(_mm_cmpeq_epi8(v, e3), _mm_cmpeq_epi8(v, ef)));
    for (unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(hit)); mask != 0;
         mask &= mask - 1) {
      if (folds_at(p + __builtin_ctz(mask), end)) {
        return true;
      }
    }
  }
#endif
  for (; p < end; ++p) {
    if ((*p == 0xC2 || *p == 0xE2 || *p == 0xE3 || *p == 0xEF) && folds_at(p, end)) {
      return true;
    }
  }
  return false;
}

void normalize(std::string_view src, NormText& out) {
  const std::size_t n = src.size();
  out.text.resize(n);
  out.map.resize(n + 1);
  char* t = out.text.data();
  std::uint32_t* m = out.map.data();
  std::size_t o = 0;
  for (std::size_t i = 0; i < n;) {
    auto b = static_cast<unsigned char>(src[i]);
    if (b < 0x80) {
      t[o] = src[i];
      m[o++] = static_cast<std::uint32_t>(i++);
      continue;
    }
    std::size_t len = std::min(util::utf8_length(src[i]), n - i);
    int f = -1;
    if (b == 0xE2 || b == 0xE3 || b == 0xEF || b == 0xC2) { // the only leads that fold
      std::size_t dlen = 0;
      f = fold(util::utf8_decode(src, i, &dlen));
    }
    if (f > 0) {
      t[o] = static_cast<char>(f);
      m[o++] = static_cast<std::uint32_t>(i);
    } else if (f < 0) {
      for (std::size_t k = 0; k < len; ++k) {
        t[o] = src[i + k];
        m[o++] = static_cast<std::uint32_t>(i);
      }
    }
    i += len;
  }
  m[o] = static_cast<std::uint32_t>(n);
  out.text.resize(o);
  out.map.resize(o + 1);
}

} // namespace twpii
