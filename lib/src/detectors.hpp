// The individual detectors behind detect() (internal). Each appends matches for one family of
// types, in any order and possibly overlapping; detect() sorts and resolves overlaps.
#pragma once

#include <twpii/detect.hpp>

#include <string_view>
#include <vector>

namespace twpii::detectors {

void find_ids(std::string_view line, TypeSet types, std::vector<Match>& out);
void find_phones(std::string_view line, std::vector<Match>& out);
void find_emails(std::string_view line, std::vector<Match>& out);

} // namespace twpii::detectors
