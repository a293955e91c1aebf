// Decoding input bytes into twpii's internal text (UTF-8) with an exact map back to the input
// bytes, and encoding replacement text back into the input's encoding.
//
// Input is processed in blocks that end on a line break, so every block decodes on its own.
// Supported: UTF-8 (with or without BOM), UTF-16LE/BE with BOM, Big5/CP950 (ICU "windows-950").
#pragma once

#include <twpii/error.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace twpii {

enum class Encoding : std::uint8_t { utf8, utf16le, utf16be, big5 };

std::string_view encoding_name(Encoding e);
// Accepts utf-8, utf8, utf-16le, utf-16be, big5, cp950 (case-insensitive).
std::optional<Encoding> parse_encoding(std::string_view name);

// Size of the byte-order mark `head` starts with for encoding `e` (0 if none).
std::size_t bom_size(std::string_view head, Encoding e);

// What the head of a file says about its contents.
struct Sniff {
  bool binary = false; // NUL bytes without a UTF-16 BOM
  Encoding encoding = Encoding::utf8;
  // The head is valid UTF-8 (a last character cut short allowed unless at_eof): any part of it
  // that ends at a character boundary need not be checked again.
  bool valid_utf8 = false;
};
// Looks at the first block of a file: a BOM decides; else valid UTF-8 is UTF-8; else Big5.
// `at_eof`: the head is the whole file (a truncated last character is then invalid).
Sniff sniff(std::string_view head, bool at_eof);

// True if `s` is well-formed UTF-8. When `allow_truncated_tail`, an incomplete character at the
// very end is accepted. On failure `*bad` (if given) is the offset of the first invalid byte.
bool valid_utf8(std::string_view s, bool allow_truncated_tail, std::size_t* bad = nullptr);

// Where a block of input may be cut so that the part before decodes on its own: just after the
// last line break, or (for a block with no line break) after the last whole character.
// Returns 0 when nothing can be cut yet. `s` starts on a character boundary.
std::size_t safe_cut(std::string_view s, Encoding e);

// One decoded block: `text` is UTF-8; to_input(i) maps a text offset to the input byte offset
// (absolute in the file). to_input(text.size()) is the end of the block.
class DecodedBlock {
public:
  std::string_view text() const { return m_text; }
  std::uint64_t to_input(std::size_t i) const { return m_base + (m_map.empty() ? i : m_map[i]); }

  // UTF-8 input: the text is the input itself, nothing is copied. `bytes` must outlive this.
  void set_identity(std::string_view bytes, std::uint64_t base);
  // Other encodings: decodes `bytes` (a whole block from safe_cut) with ICU.
  Result<void> decode(std::string_view bytes, std::uint64_t base, Encoding e);

private:
  std::string_view m_text;
  std::string m_storage;
  std::vector<std::uint32_t> m_map; // empty = identity; else size text.size()+1
  std::uint64_t m_base = 0;
};

// Encodes UTF-8 `text` into `e`. Characters the encoding lacks become '?'.
std::string encode(std::string_view utf8, Encoding e);

} // namespace twpii
