// Parsing of the embedded pattern tables and the cue-word search.
#include "patterns.hpp"

#include "text_util.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace twpii::patterns {

extern const std::string_view k_phone_area_codes_tsv;
extern const std::string_view k_cues_tsv;

namespace {
// Splits `data` into non-comment, non-empty lines of tab-separated fields.
std::vector<std::vector<std::string_view>> parse_tsv(std::string_view data) {
  std::vector<std::vector<std::string_view>> rows;
  while (!data.empty()) {
    auto nl = data.find('\n');
    std::string_view line = data.substr(0, nl);
    data.remove_prefix(nl == std::string_view::npos ? data.size() : nl + 1);
    if (line.empty() || line.front() == '#') {
      continue;
    }
    std::vector<std::string_view> fields;
    while (true) {
      auto tab = line.find('\t');
      fields.push_back(line.substr(0, tab));
      if (tab == std::string_view::npos) {
        break;
      }
      line.remove_prefix(tab + 1);
    }
    rows.push_back(std::move(fields));
  }
  return rows;
}

// The embedded tables are part of the build: a malformed row is a programming error.
[[noreturn]] void bad_row(std::string_view table) {
  throw std::logic_error("malformed row in embedded pattern table " + std::string(table));
}

bool ieq_ascii(std::string_view a, std::string_view b) {
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x != y && !(util::is_alpha(x) && (x | 0x20) == (y | 0x20))) {
      return false;
    }
  }
  return true;
}
} // namespace

const std::vector<Cue>& cues() {
  static const std::vector<Cue> table = [] {
    std::vector<Cue> out;
    for (const auto& f : parse_tsv(k_cues_tsv)) {
      if (f.size() != 3 || (f[1] != "+" && f[1] != "-") || f[2].empty()) {
        bad_row("cues.tsv");
      }
      CueClass cls = f[0] == "id"      ? CueClass::id
                     : f[0] == "phone" ? CueClass::phone
                     : f[0] == "email" ? CueClass::email
                                       : (bad_row("cues.tsv"), CueClass::id);
      out.push_back(Cue{cls, f[1] == "+", f[2]});
    }
    return out;
  }();
  return table;
}

const std::vector<AreaCode>& area_codes() {
  static const std::vector<AreaCode> table = [] {
    std::vector<AreaCode> out;
    for (const auto& f : parse_tsv(k_phone_area_codes_tsv)) {
      if (f.size() != 4 || f[0].size() < 2 || f[0][0] != '0') {
        bad_row("phone_area_codes.tsv");
      }
      AreaCode a{f[0], f[1] == "mobile", {0, 0}};
      std::string_view lens = f[2];
      for (std::size_t k = 0; k < 2 && !lens.empty(); ++k) {
        a.lengths[k] = static_cast<std::uint8_t>(lens[0] - '0');
        lens.remove_prefix(std::min<std::size_t>(2, lens.size()));
      }
      out.push_back(a);
    }
    std::stable_sort(out.begin(), out.end(), [](const AreaCode& x, const AreaCode& y) {
      return x.prefix.size() > y.prefix.size();
    });
    return out;
  }();
  return table;
}

namespace {
// Cues of one class and sign, bucketed by their first byte (ASCII letters folded to lower case),
// so a window is searched in one pass.
struct CueIndex {
  std::vector<std::string_view> by_first[256];
};

const CueIndex& cue_index(CueClass cls, bool positive) {
  static const std::vector<CueIndex> indexes = [] {
    std::vector<CueIndex> out(6);
    for (const Cue& c : cues()) {
      auto& idx = out[static_cast<std::size_t>(c.cls) * 2 + (c.positive ? 1 : 0)];
      auto first = static_cast<unsigned char>(c.word[0]);
      if (util::is_alpha(c.word[0])) {
        first |= 0x20;
      }
      idx.by_first[first].push_back(c.word);
    }
    return out;
  }();
  return indexes[static_cast<std::size_t>(cls) * 2 + (positive ? 1 : 0)];
}

bool window_has(std::string_view w, const CueIndex& idx) {
  for (std::size_t i = 0; i < w.size(); ++i) {
    auto b = static_cast<unsigned char>(w[i]);
    if (util::is_alpha(w[i])) {
      b |= 0x20;
    }
    for (std::string_view word : idx.by_first[b]) {
      if (i + word.size() <= w.size() && ieq_ascii(word, w.substr(i, word.size()))) {
        return true;
      }
    }
  }
  return false;
}
} // namespace

bool has_cue(std::string_view line, std::size_t start, std::size_t end, CueClass cls, bool positive,
             std::size_t before, std::size_t after) {
  const CueIndex& idx = cue_index(cls, positive);
  std::size_t lo = start > before ? start - before : 0;
  std::size_t hi = std::min(line.size(), end + after);
  return window_has(line.substr(lo, start - lo), idx) ||
         window_has(line.substr(end, hi - end), idx);
}

} // namespace twpii::patterns
