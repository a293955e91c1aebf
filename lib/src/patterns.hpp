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

// Whether a cue of class `cls` and sign `positive` occurs in `line` within `before` bytes before
// `start` or `after` bytes after `end`. ASCII letters compare case-insensitively.
bool has_cue(std::string_view line, std::size_t start, std::size_t end, CueClass cls, bool positive,
             std::size_t before = 60, std::size_t after = 24);

} // namespace twpii::patterns
