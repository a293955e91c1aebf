// NameSet: a read-only set of Chinese names (places, surnames) asked "which name ends here?".
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace twpii::patterns {

// Walking back from an end one character at a time, a hash of the bytes seen so far (in
// reverse) is extended and looked up in an open-addressing table, after a bit set of the hashes
// that rules most lengths out; the last two bytes of a name give the most characters worth
// trying. The tables are laid out once, by the constructor that takes names: at run time for
// small sets, or at build time by patterns/gen_gazetteer.cpp, which writes them out as constant
// arrays that the constructor taking Tables views (the gazetteer: no start-up cost).
// Immutable after construction and thread-safe; a set made from Tables does not own them.
class NameSet {
public:
  struct Slot {
    std::uint32_t check; // the high half of the name's hash
    std::uint32_t place; // offset in `names` << 8 | bytes; 0: a free slot
  };
  struct Tables {
    std::span<const Slot> slots;           // size a power of two
    std::span<const std::uint64_t> filter; // a bit per hash (8 per name)
    std::span<const std::uint8_t> longest; // 4,096: the most characters by last two bytes
    std::string_view names;                // the names, one after another
  };
  static constexpr std::size_t k_longest_size = 4096;

  NameSet() = default;
  // Views tables laid out before (they must outlive the set).
  explicit constexpr NameSet(const Tables& t) : m_t(t) {}
  // Lays out the tables for `names` (names of fewer than two bytes and duplicates are ignored;
  // each name must be shorter than 256 bytes, all of them together 16 MiB).
  explicit NameSet(std::span<const std::string_view> names);
  NameSet(const NameSet&) = delete;
  NameSet& operator=(const NameSet&) = delete;
  NameSet(NameSet&&) = default; // vectors keep their buffers: the views stay valid
  NameSet& operator=(NameSet&&) = default;

  // Start of the longest name in the set that ends at `end` in `text`, or npos. Only CJK
  // ideographs are part of names.
  std::size_t longest_ending_at(std::string_view text, std::size_t end) const;
  bool contains(std::string_view name) const;
  const Tables& tables() const { return m_t; }

private:
  Tables m_t;
  // Storage of a set laid out at run time.
  std::vector<Slot> m_slots;
  std::vector<std::uint64_t> m_filter;
  std::vector<std::uint8_t> m_longest;
  std::vector<char> m_names;
};

} // namespace twpii::patterns
