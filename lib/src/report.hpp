// Formatting of findings for `twpii scan` (internal): grep-like text lines and JSON records.
#pragma once

#include <twpii/scanner.hpp>

#include <string>
#include <string_view>

namespace twpii::report {

// `path:line:col: type confidence preview` (the raw value instead of the preview with reveal);
// with explain, ` [detector=… rule=… cue=…]` follows.
void append_text(std::string& out, std::string_view path, const Finding& f, bool reveal,
                 bool explain);
// One JSON object on one line: path, type, start, end, line, column, confidence, detector,
// rule, cue (when a cue word counted), preview, and value only with reveal.
void append_json(std::string& out, std::string_view path, const Finding& f, bool reveal);

} // namespace twpii::report
