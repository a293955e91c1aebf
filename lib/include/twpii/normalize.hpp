// The normalised view detectors match on: full-width ASCII forms folded to ASCII (Ａ１－ → A1-),
// ideographic and no-break spaces to ' ', dash variants (U+2010-2015, U+2212, U+FE63) to '-',
// zero-width characters removed. Other characters are copied unchanged.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace twpii {

struct NormText {
  std::string text;
  // map[i]: offset in the source of the character that produced text[i]; map[text.size()] is
  // the source size. A span [a, b) of text covers source bytes [map[a], map[b]).
  std::vector<std::uint32_t> map;
};

// Normalises well-formed UTF-8 `src` into `out` (reusing its storage).
void normalize(std::string_view src, NormText& out);

} // namespace twpii
