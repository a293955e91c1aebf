// detect(): runs the enabled detectors on a line and resolves overlapping matches.
#include "detectors.hpp"

#include <algorithm>

namespace twpii {

void detect(std::string_view line, TypeSet types, std::vector<Match>& out) {
  const std::size_t first = out.size();
  if (types.contains(PiiType::national_id) || types.contains(PiiType::resident_id)) {
    detectors::find_ids(line, types, out);
  }
  if (types.contains(PiiType::phone)) {
    detectors::find_phones(line, out);
  }
  if (types.contains(PiiType::email)) {
    detectors::find_emails(line, out);
  }
  if (out.size() - first < 2) {
    return;
  }
  auto begin = out.begin() + static_cast<std::ptrdiff_t>(first);
  std::sort(begin, out.end(), [](const Match& a, const Match& b) {
    return a.start != b.start ? a.start < b.start : a.end > b.end;
  });
  // Of overlapping matches keep the more confident one (the longer one on a tie).
  auto kept = begin;
  for (auto it = begin + 1; it != out.end(); ++it) {
    if (it->start < kept->end) {
      bool better =
          it->confidence > kept->confidence ||
          (it->confidence == kept->confidence && it->end - it->start > kept->end - kept->start);
      if (better) {
        *kept = *it;
      }
    } else {
      *++kept = *it;
    }
  }
  out.erase(kept + 1, out.end());
}

} // namespace twpii
