// Text and JSON records of findings (see report.hpp).
#include "report.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cmath>

namespace twpii::report {

namespace {
// Two decimals, as printed in text and stored in JSON (0.9 → 0.9, 0.85 → 0.85).
double rounded(float c) {
  return std::round(static_cast<double>(c) * 100.0) / 100.0;
}
} // namespace

void append_text(std::string& out, std::string_view path, const Finding& f, bool reveal,
                 bool explain) {
  fmt::format_to(std::back_inserter(out), "{}:{}:{}: {} {:.2f} {}", path, f.line, f.column,
                 type_info(f.type).name, rounded(f.confidence),
                 reveal ? f.value : preview(f.type, f.value));
  if (explain) {
    fmt::format_to(std::back_inserter(out), " [detector={} rule={} cue={}]", f.detector, f.rule,
                   f.cue.empty() ? "none" : f.cue);
  }
  out += '\n';
}

void append_json(std::string& out, std::string_view path, const Finding& f, bool reveal) {
  nlohmann::ordered_json j;
  j["path"] = path;
  j["type"] = type_info(f.type).name;
  j["start"] = f.start;
  j["end"] = f.end;
  j["line"] = f.line;
  j["column"] = f.column;
  j["confidence"] = rounded(f.confidence);
  j["detector"] = f.detector;
  j["rule"] = f.rule;
  if (!f.cue.empty()) {
    j["cue"] = f.cue;
  }
  j["preview"] = preview(f.type, f.value);
  if (reveal) {
    j["value"] = f.value;
  }
  // Paths may hold bytes that are not UTF-8: replace them rather than fail.
  out += j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  out += '\n';
}

} // namespace twpii::report
