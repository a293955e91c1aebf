// Masking styles: pure functions from (type, value) to the replacement text.
#pragma once

#include <twpii/types.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace twpii {

enum class Style { official, redact, label, pseudonym };

std::optional<Style> parse_style(std::string_view name);

struct MaskOptions {
  Style style = Style::official;
  std::string key; // HMAC key for Style::pseudonym; must not be empty for that style
};

// The replacement for `value` (UTF-8, as it stands in the input, not normalised).
//  official:  ID A12345****; phone keeps the area code or mobile prefix (0912-***-***);
//             e-mail keeps the domain (****@example.com). Separators are kept.
//  redact:    every character replaced, width kept: '*' for half-width, '＊' for full-width.
//  label:     [身分證字號], [統一證號], [電話], [電子郵件].
//  pseudonym: [label:token], token = first 10 hex digits of HMAC-SHA256(key, canonical value);
//             the canonical value ignores case, width and separators, so 0912-345-678 and
//             ０９１２３４５６７８ give the same token.
std::string mask_value(PiiType type, std::string_view value, const MaskOptions& options);

// The masked preview shown in reports: the official style.
inline std::string preview(PiiType type, std::string_view value) {
  return mask_value(type, value, MaskOptions{});
}

} // namespace twpii
