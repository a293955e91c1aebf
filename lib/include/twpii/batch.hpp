// Running `twpii scan` and `twpii mask` over many paths: walking directories, a pool of worker
// threads over files, output in a stable order, one error line per failed file. This is the
// whole behaviour of the CLI minus option parsing, so it is tested without a process.
#pragma once

#include <twpii/mask.hpp>
#include <twpii/scanner.hpp>

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace twpii {

enum class OutputFormat { text, json, jsonl };
std::optional<OutputFormat> parse_format(std::string_view name);

struct BatchOptions {
  std::vector<std::string> paths; // files, directories, or "-" for stdin; empty = stdin
  ScanOptions scan;
  std::vector<std::string> include; // globs on files found under directories
  std::vector<std::string> exclude;
  unsigned threads = 0;   // 0 = all cores
  std::string allow_file; // --allow FILE (see policy.hpp); read before any input
  std::string deny_file;  // --deny FILE

  // scan
  OutputFormat format = OutputFormat::text;
  bool reveal = false;
  bool explain = false; // text format: detector, rule and cue word of each finding
  bool count = false;
  bool quiet = false;

  // mask
  MaskOptions mask;
  std::string output;  // -o FILE
  std::string out_dir; // --out-dir DIR
  bool in_place = false;
};

// Exit statuses, as documented in the man page.
enum ExitStatus : int { exit_clean = 0, exit_found = 1, exit_error = 2 };

// `twpii scan`: findings to `out`, notes and errors to `err`. Returns the exit status.
int run_scan(const BatchOptions& options, std::ostream& out, std::ostream& err);
// `twpii mask`: masked bytes to their destinations (or `out` for stdout), summary to `err`.
int run_mask(const BatchOptions& options, std::ostream& out, std::ostream& err);

} // namespace twpii
