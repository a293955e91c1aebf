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
  out.text.clear();
  out.map.clear();
  out.text.reserve(src.size());
  out.map.reserve(src.size() + 1);
  for (std::size_t i = 0; i < src.size();) {
    auto b = static_cast<unsigned char>(src[i]);
    if (b < 0x80) {
      out.text += src[i];
      out.map.push_back(static_cast<std::uint32_t>(i));
      ++i;
      continue;
    }
    std::size_t len = 0;
    char32_t cp = util::utf8_decode(src, i, &len);
    int f = (b == 0xE2 || b == 0xEF || b == 0xE3 || b == 0xC2) ? fold(cp) : -1;
    if (f > 0) {
      out.text += static_cast<char>(f);
      out.map.push_back(static_cast<std::uint32_t>(i));
    } else if (f < 0) {
      out.text.append(src.substr(i, len));
      for (std::size_t k = 0; k < len; ++k) {
        out.map.push_back(static_cast<std::uint32_t>(i));
      }
    }
    i += len;
  }
  out.map.push_back(static_cast<std::uint32_t>(src.size()));
}

} // namespace twpii
