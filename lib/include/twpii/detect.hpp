// Detectors: find personal data in one normalised line of text. They see only text (no files,
// no encodings), keep no state between calls and are safe to call from many threads.
#pragma once

#include <twpii/types.hpp>

#include <cstdint>
#include <string_view>
#include <vector>

namespace twpii {

struct Match {
  PiiType type;
  std::uint32_t start; // [start, end) in the normalised line
  std::uint32_t end;
  float confidence; // in [0, 1]
  // detector, rule and cue have static storage: a Finding keeps them after the line's text is
  // gone (a cue taken from the text would dangle; a unit test runs every rule over the blind
  // sets and checks none points into the line).
  std::string_view detector;
  std::string_view rule; // which rule fired (reported as "rule" in JSON)
  std::string_view cue;  // the cue word that changed the confidence, if any
};

// Appends to `out` the matches of the enabled types in `line`, sorted by start and without
// overlaps. `line` is normalised text (see normalize.hpp) holding no line break.
void detect(std::string_view line, TypeSet types, std::vector<Match>& out);

// Check digits (exposed for tests and for the masking of already-known values).
// `id`: 10 characters, upper-case letter(s) and digits, normalised.
bool national_id_checksum_ok(std::string_view id);     // A123456789 and new resident A800000014
bool old_resident_id_checksum_ok(std::string_view id); // AD12345671

} // namespace twpii
