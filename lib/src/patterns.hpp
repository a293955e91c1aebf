// The pattern data embedded from patterns/*.tsv, parsed once on first use (thread-safe statics).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace twpii::patterns {

enum class CueClass : std::uint8_t { id, phone, email };

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
// Sorted longest prefix first.
const std::vector<AreaCode>& area_codes();

// A cue word found in a text: [start, end) and what it says.
struct CueHit {
  std::uint32_t start;
  std::uint32_t end;
  CueClass cls;
  bool positive;
};

// Appends every cue word in `text` to `out` (ASCII letters compare case-insensitively).
void find_cues(std::string_view text, std::vector<CueHit>& out);

} // namespace twpii::patterns
