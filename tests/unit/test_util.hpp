// Helpers shared by the unit tests: running detectors or the whole scan on raw text, temporary
// directories.
#pragma once

#include <twpii/detect.hpp>
#include <twpii/normalize.hpp>
#include <twpii/scanner.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

namespace test {

struct Hit {
  twpii::PiiType type;
  std::string text; // the normalised text of the match
  float confidence;
  std::string rule;
};

// Normalises `raw` and runs every detector on it.
inline std::vector<Hit> detect_all(const std::string& raw,
                                   twpii::TypeSet types = twpii::TypeSet::all()) {
  twpii::NormText norm;
  twpii::normalize(raw, norm);
  std::vector<twpii::Match> matches;
  twpii::detect(norm.text, types, matches);
  std::vector<Hit> hits;
  for (const auto& m : matches) {
    hits.push_back(
        Hit{m.type, norm.text.substr(m.start, m.end - m.start), m.confidence, std::string(m.rule)});
  }
  return hits;
}

// What the whole pipeline (twpii::scan, default options unless given) finds in `text` as one
// document, in order. Throws if the scan fails.
struct Found {
  std::string value, rule;
  std::uint64_t line;
  twpii::PiiType type;
};
inline std::vector<Found> scan_text(const std::string& text,
                                    const twpii::ScanOptions& options = {}) {
  twpii::MemorySource src(text);
  std::vector<Found> out;
  auto r = twpii::scan(src, options, [&](const twpii::Block& b) -> twpii::Result<void> {
    for (const auto& f : b.findings) {
      out.push_back(Found{std::string(f.value), std::string(f.rule), f.line, f.type});
    }
    return {};
  });
  if (!r) {
    throw std::runtime_error("scan failed");
  }
  return out;
}
// The values the whole pipeline finds in `text`, in order.
inline std::vector<std::string> scan_values(const std::string& text,
                                            const twpii::ScanOptions& options = {}) {
  std::vector<std::string> out;
  for (const Found& f : scan_text(text, options)) {
    out.push_back(f.value);
  }
  return out;
}

// A fresh directory under the system temp dir, removed when the test ends.
class TempDir {
public:
  TempDir() {
    std::random_device rd;
    m_path = std::filesystem::temp_directory_path() / ("twpii-test-" + std::to_string(rd()));
    std::filesystem::create_directories(m_path);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
  }
  const std::filesystem::path& path() const { return m_path; }
  std::string write(const std::string& name, const std::string& content) const {
    auto p = m_path / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }

private:
  std::filesystem::path m_path;
};

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

} // namespace test
