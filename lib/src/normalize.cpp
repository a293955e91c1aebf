// Folding of full-width forms, spaces, dashes and zero-width characters (see normalize.hpp).
#include "text_util.hpp"

#include <twpii/normalize.hpp>

namespace twpii {

namespace {
// The ASCII character `cp` folds to, 0 to drop it, or -1 to keep it unchanged.
int fold(char32_t cp) {
  if (cp >= 0xFF01 && cp <= 0xFF5E) {
    return static_cast<int>(cp - 0xFEE0);
  }
  switch (cp) {
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
