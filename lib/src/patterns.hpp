// The pattern data embedded from patterns/*.tsv, parsed once on first use (thread-safe statics).
#pragma once

#include "name_set.hpp"

#include <cstdint>
#include <string_view>
#include <vector>

namespace twpii::patterns {

enum class CueClass : std::uint8_t {
  id,
  phone,
  email,
  address,
  birth,
  passport,
  nhi,
  business,
  sole, // a sole proprietor: their business number is personal data
  plate,
  bank,
  card,
  cert,
  name,    // a role or form label before a person's name: 陳情人, 姓名
  title,   // a title after a surname or before a name: 陳委員, 林姓, 秘書殷芷晴
  intro,   // words that introduce a name in prose: 我叫, 配偶, 之母
  example, // a value given as an example follows: 舉例, 例如, 範例
  animal,  // the line is a pet's record: 寵物, 晶片, 毛色
};

struct Cue {
  CueClass cls;
  bool positive;
  std::string_view word;
};

struct AreaCode {
  std::string_view prefix; // with the trunk 0: "02", "0826", "09"
  bool mobile;
  std::uint8_t lengths[2]; // allowed subscriber digit counts (0 = unused)
};

const std::vector<Cue>& cues();

// Place names for addresses, from patterns/counties.tsv and patterns/gazetteer_*, laid out at
// build time (patterns/gen_gazetteer_tables.cpp).
struct Gazetteer {
  NameSet counties;  // with 台 spellings of 臺 names
  NameSet districts; // 大安區, and the old 板橋市 forms
  NameSet roads;     // roads, streets and place names, without 段
  NameSet villages;  // 村, 里
};
const Gazetteer& gazetteer();

// Surnames (single and compound; rarer ones apart), characters common in given names and the
// words that begin with a surname character but are not names (陳情, 林地), from
// patterns/surnames.txt, surnames_rare.txt, surnames_japanese.txt, given_names.txt and
// name_stopwords.txt.
struct NameData {
  std::vector<std::uint64_t> single;         // 陳: a bit per BMP code point (8 KiB)
  std::vector<std::uint64_t> given;          // 淑, 宏: the same, for given-name characters
  std::vector<std::uint64_t> compound_first; // 歐 of 歐陽: the same, for compound surnames
  std::vector<std::uint64_t> rare; // 翟, 諶: surnames_rare.txt, only where a name is expected
  std::vector<std::uint64_t> japanese_first; // 佐 of 佐藤: the same, for `japanese`
  NameSet surnames;                          // compound: 歐陽, 張簡
  NameSet japanese;                          // 佐藤, 長谷川, 山口: surnames_japanese.txt
  std::vector<std::string_view> japanese_cue_free; // its unmarked ones (佐藤; not 山口)
  NameSet stopwords;                               // two-character words
  // Bytes of the surname `text` starts with at `at` (compound first), or 0.
  std::size_t surname_at(std::string_view text, std::size_t at) const;
  // Bytes of the Japanese surname (patterns/surnames_japanese.txt) `text` starts with at `at`
  // (the longer first), or 0.
  std::size_t japanese_at(std::string_view text, std::size_t at) const {
    return bit_at(japanese_first, text, at) ? japanese_from(text, at) : 0; // (mostly a bit)
  }
  // Whether `text` holds a rarer surname (patterns/surnames_rare.txt) at `at`.
  bool rare_at(std::string_view text, std::size_t at) const { return bit_at(rare, text, at); }
  // Whether `text` holds a character common in given names at `at`.
  bool given_at(std::string_view text, std::size_t at) const { return bit_at(given, text, at); }

private:
  std::size_t japanese_from(std::string_view text, std::size_t at) const;
  static bool bit_at(const std::vector<std::uint64_t>& bits, std::string_view text,
                     std::size_t at) {
    // (at may be an offset that wrapped below 0: at >= size catches it, at + 3 would not.)
    if (at >= text.size() || text.size() - at < 3 ||
        (static_cast<unsigned char>(text[at]) & 0xF0) != 0xE0) {
      return false;
    }
    const auto* p = reinterpret_cast<const unsigned char*>(text.data() + at);
    const char32_t cp = char32_t{p[0] & 0x0Fu} << 12 | char32_t{p[1] & 0x3Fu} << 6 | (p[2] & 0x3Fu);
    return ((bits[cp >> 6] >> (cp & 63)) & 1) != 0;
  }
};
const NameData& name_data();
// Sorted longest prefix first.
const std::vector<AreaCode>& area_codes();

// A cue word found in a text: [start, end) and what it says.
struct CueHit {
  std::uint32_t start;
  std::uint32_t end;
  CueClass cls;
  bool positive;
  std::string_view word; // the cue word as listed in patterns/cues.tsv (static storage)
};

// Appends to `out` every cue word of `text` that starts in [from, to) (ASCII letters compare
// case-insensitively), except those of the classes name, title and intro (the name detector
// finds them its own way).
// Uses AVX2 when the CPU has it; find_cues_portable() is the plain version (same result).
void find_cues(std::string_view text, std::size_t from, std::size_t to, std::vector<CueHit>& out);
void find_cues_portable(std::string_view text, std::size_t from, std::size_t to,
                        std::vector<CueHit>& out);

} // namespace twpii::patterns
