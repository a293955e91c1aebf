// Expansion of PATH arguments into inputs (see walk.hpp).
#include "walk.hpp"

#include <fmt/format.h>

#include <fnmatch.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <system_error>

namespace twpii::walk {

namespace fs = std::filesystem;

namespace {
// A glob with a '/' matches the relative path, one without matches the file name.
bool matches(const std::string& glob, const std::string& relative) {
  const bool whole = glob.find('/') != std::string::npos;
  std::string name = relative.substr(relative.rfind('/') + 1);
  return ::fnmatch(glob.c_str(), whole ? relative.c_str() : name.c_str(), 0) == 0;
}

bool any_match(const std::vector<std::string>& globs, const std::string& relative) {
  return std::any_of(globs.begin(), globs.end(),
                     [&](const std::string& g) { return matches(g, relative); });
}

bool is_vcs_dir(const std::string& name) {
  return name == ".git" || name == ".hg" || name == ".svn";
}

void walk_dir(const fs::path& root, const fs::path& dir, const std::vector<std::string>& include,
              const std::vector<std::string>& exclude, std::vector<Input>& out) {
  std::error_code ec;
  std::vector<fs::directory_entry> entries;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    entries.push_back(*it);
  }
  if (ec) {
    out.push_back(
        Input{dir.string(), "", false, fmt::format("cannot read directory: {}", ec.message())});
    return;
  }
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.path().filename() < b.path().filename(); });
  for (const auto& e : entries) {
    std::string rel = e.path().lexically_relative(root).generic_string();
    std::string name = e.path().filename().string();
    if (e.is_directory(ec) && !e.is_symlink(ec)) {
      if (!is_vcs_dir(name) && !any_match(exclude, rel)) {
        walk_dir(root, e.path(), include, exclude, out);
      }
    } else if (e.is_regular_file(ec)) {
      if ((include.empty() || any_match(include, rel)) && !any_match(exclude, rel)) {
        out.push_back(Input{e.path().string(), rel, false, ""});
      }
    }
  }
}
} // namespace

std::vector<Input> expand(const std::vector<std::string>& args,
                          const std::vector<std::string>& include,
                          const std::vector<std::string>& exclude) {
  std::vector<Input> out;
  if (args.empty()) {
    out.push_back(Input{"-", "stdin", true, ""});
    return out;
  }
  for (const std::string& a : args) {
    if (a == "-") {
      out.push_back(Input{"-", "stdin", true, ""});
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(a, ec);
    if (ec || !fs::exists(st)) {
      out.push_back(Input{a, "", false, ec ? ec.message() : std::strerror(ENOENT)});
    } else if (fs::is_directory(st)) {
      walk_dir(fs::path(a), fs::path(a), include, exclude, out);
    } else {
      out.push_back(Input{a, fs::path(a).filename().string(), false, ""});
    }
  }
  return out;
}

} // namespace twpii::walk
