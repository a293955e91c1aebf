// SIMD searches (internal): the scanner's candidates (the next place where a value may start),
// the characters next to which names stand, and the surnames of names already found.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace twpii {

// Which candidates the enabled types need besides digits, '@' and full-width digits.
struct Triggers {
  bool hao = false;   // 號 after a Chinese numeral (addresses)
  bool names = false; // the end of a name label or an honorific
  bool birth = false; // dates with a birth cue word near them; 年 after a Chinese numeral
};

// The first position in [p, end) that starts a candidate, or end. `begin` is the start of the
// text: bytes in [begin, p) may be looked at for context. Thread-safe (no state).
//
// Candidates: '@'; a full-width digit or '＠'; with `hao`, a 號 after a Chinese numeral; with
// `birth`, a 年 after a Chinese numeral with a birth cue word near or 次 after it (四十五年次);
// with `names`, a character that ends a name label or starts an honorific; and runs of ASCII
// digits, except those that can be no part of any value on their own (see skip_digit_run in the
// .cpp): money (NT$249,094, 1,656,889), counts and date parts between ideographs (27件, 106年2月),
// document numbers (第1100012345號), and dates without a birth cue word near them.
// Uses AVX2 when the CPU has it, else find_candidate_portable(); both give the same result.
const char* find_candidate(const char* begin, const char* p, const char* end, Triggers t);
// SSE2 (or plain C++) version of find_candidate(), for CPUs without AVX2 and for tests.
const char* find_candidate_portable(const char* begin, const char* p, const char* end, Triggers t);

// Whether the line of text[p] is a chat export's message (after_chat_time) with a birth told
// on it before p or on one of the three lines above (生日, 出生, 生的, 年生, 年次): a date there
// answers a form's date of birth (大哥你報名表出生日期寫錯啦 ⏎ 08:12 阿滿 像我就寫
// 民國39年元月17日). Looks back 200 bytes at most for the line's start.
bool birth_talk(std::string_view text, std::size_t p);

// Appends to `out`, in order, the positions in `s` of characters that may end a name label or
// start an honorific (人 名 者 告 席 錄 假 先 小 女 太 君) and of some others: callers classify
// each with util::name_char_kind(), which sorts the others out. Uses AVX2 when the CPU has it;
// find_name_chars_portable() is the SSE2 version.
void find_name_chars(std::string_view s, std::vector<std::size_t>& out);
void find_name_chars_portable(std::string_view s, std::vector<std::size_t>& out);

struct ShuftiTables;

// A set of BMP code points as a bit set (8 KiB): one load and a shift per test.
class CodePointSet {
public:
  void insert(char32_t cp) { m_bits[(cp >> 6) & 1023] |= std::uint64_t{1} << (cp & 63); }
  bool contains(char32_t cp) const { return cp < 0x10000 && ((m_bits[cp >> 6] >> (cp & 63)) & 1); }
  // Whether p[0..2] is a three-byte UTF-8 character of the set.
  bool contains_at(const char* p) const {
    const auto b0 = static_cast<unsigned char>(p[0]), b1 = static_cast<unsigned char>(p[1]),
               b2 = static_cast<unsigned char>(p[2]);
    return (b0 & 0xF0) == 0xE0 && (b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80 &&
           contains(char32_t{b0 & 0x0Fu} << 12 | char32_t{b1 & 0x3Fu} << 6 | (b2 & 0x3Fu));
  }

private:
  std::uint64_t m_bits[1024] = {};
};

// Finds every occurrence of any of a set of CJK characters (three UTF-8 bytes each; the
// surnames of the names a document has shown so far) in one pass over a text: with AVX2, one
// shufti classification (tables built from the set) and an exact check of each hit; else one
// SIMD pass per character. Immutable after construction; thread-safe.
class CharFinder {
public:
  explicit CharFinder(const std::vector<std::string_view>& chars); // other sizes are ignored
  ~CharFinder();
  // Appends to `out` the start of every occurrence in `s`, in order.
  void find_all(std::string_view s, std::vector<std::size_t>& out) const;
  void find_all_portable(std::string_view s, std::vector<std::size_t>& out) const;

private:
  std::vector<std::uint32_t> m_keys; // the characters' bytes, sorted
  CodePointSet m_set;                // the same characters
  std::unique_ptr<ShuftiTables> m_tables;
};

// Finds every occurrence of any of a set of two-character prefixes (six UTF-8 bytes: 委員, 我叫)
// in one pass: with AVX2, a shufti classification of the six bytes at each position (a
// first character alone would match 15 times as often) and an exact check of each hit; else
// one scalar pass with the same check. Immutable; thread-safe.
class PrefixFinder {
public:
  explicit PrefixFinder(const std::vector<std::string_view>& prefixes); // 6 bytes each
  ~PrefixFinder();
  // Appends to `out` the start of every occurrence in `s`, in order.
  void find_all(std::string_view s, std::vector<std::size_t>& out) const;
  void find_all_portable(std::string_view s, std::vector<std::size_t>& out) const;

private:
  bool is_prefix_at(std::string_view s, std::size_t at) const;
  std::size_t slot_of(std::uint64_t key) const {
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> m_shift);
  }
  std::vector<std::uint64_t> m_keys;  // the prefixes' bytes
  std::vector<std::uint64_t> m_slots; // m_keys hashed (slot_of, linear probing), 0 = empty
  unsigned m_shift = 60;
  CodePointSet m_first_set; // their first characters
  struct Tables;
  std::unique_ptr<Tables> m_tables;
};

} // namespace twpii
