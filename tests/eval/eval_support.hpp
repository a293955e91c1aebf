// eval_support: encoding and character helpers shared by gen_eval and check_eval.
#pragma once

#include <string>
#include <string_view>

namespace eval {

enum class Encoding { Utf8, Big5 };

// The generator names Big5 files "*.big5.txt"; everything else is UTF-8.
Encoding encoding_for_path(std::string_view path);

// Converts UTF-8 text to `encoding`; throws std::runtime_error if a character has no mapping.
std::string encode_utf8(std::string_view utf8, Encoding encoding);

// Decodes bytes to code points; malformed input becomes U+FFFD.
std::u32string decode(std::string_view bytes, Encoding encoding);

// Converts bytes in `encoding` to UTF-8 (for printing).
std::string to_utf8(std::string_view bytes, Encoding encoding);

// ASCII or full-width (U+FF10-FF19, U+FF21-FF3A, U+FF41-FF5A) digit or Latin letter.
bool is_alnum_any_width(char32_t c);

// A Chinese numeral character: 〇零一二三四五六七八九十百千廿卅 and 壹貳參肆伍陸柒捌玖拾佰仟.
bool is_chinese_numeral(char32_t c);

std::string read_file(const std::string& path);

} // namespace eval
