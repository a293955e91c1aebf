// Turning the PATH arguments into the list of inputs (internal): files as given, directories
// walked recursively in sorted order, --include/--exclude globs, "-" for stdin.
#pragma once

#include <string>
#include <vector>

namespace twpii::walk {

struct Input {
  std::string path;     // as shown in reports ("-" for stdin)
  std::string relative; // path below the argument it came from (for --out-dir), or file name
  bool is_stdin = false;
  std::string error; // non-empty: the argument could not be read (shown, exit 2)
};

std::vector<Input> expand(const std::vector<std::string>& args,
                          const std::vector<std::string>& include,
                          const std::vector<std::string>& exclude);

} // namespace twpii::walk
