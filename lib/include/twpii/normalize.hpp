// The normalised view detectors match on: full-width digits, letters and the symbols values are
// written with (＃％（）＋－．＠＿) folded to ASCII (Ａ１－ → A1-); Chinese punctuation such as
// ，：。 is kept, since no value contains it;
// ideographic and no-break spaces to ' ', dash variants (U+2010-2015, U+2212, U+FE63) to '-',
// a box table's double and heavy verticals (║ ┃) to '|', zero-width characters removed. Other
// characters are copied unchanged.
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

// Whether normalize() would change `src` (most Chinese text: no).
bool needs_normalizing(std::string_view src);

} // namespace twpii
