// The twpii command: parses options with CLI11 and hands them to libtwpii's batch runner.
#include <twpii/batch.hpp>
#include <twpii/io.hpp>
#include <twpii/types.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cstdlib>
#include <iostream>

namespace {

constexpr const char* k_exit_help = R"(
Exit status:
  scan: 0 nothing found, 1 personal data found, 2 an error (other files are still scanned)
  mask: 0 every output written, 2 an error (other files are still masked)
Personal data is never printed raw unless --reveal is given.)";

// Turns the shared options into a TypeSet; false (with a message) on an unknown type.
bool parse_types(const std::string& list, twpii::TypeSet& out) {
  if (list.empty()) {
    out = twpii::TypeSet::all();
    return true;
  }
  out = twpii::TypeSet::none();
  std::size_t start = 0;
  while (start <= list.size()) {
    auto comma = list.find(',', start);
    std::string name = list.substr(start, comma == std::string::npos ? comma : comma - start);
    if (auto t = twpii::parse_type(name)) {
      out.add(*t);
    } else if (!name.empty()) {
      std::cerr << fmt::format("twpii: unknown type '{}' (see 'twpii detectors')\n", name);
      return false;
    }
    if (comma == std::string::npos) {
      break;
    }
    start = comma + 1;
  }
  return true;
}

void add_common(CLI::App* cmd, twpii::BatchOptions& o, std::string& types, std::string& encoding) {
  cmd->add_option("paths", o.paths, "Files, directories (searched recursively) or - for stdin");
  cmd->add_option("--types", types, "Comma-separated types to look for (default: all)");
  cmd->add_option("--min-confidence", o.scan.min_confidence, "Drop findings below this (0-1)")
      ->check(CLI::Range(0.0f, 1.0f))
      ->check(CLI::Validator(
          [](std::string& v) {
            return v.find_first_not_of("0123456789.") == std::string::npos
                       ? std::string()
                       : std::string("must be a number from 0 to 1");
          },
          "", "decimal"));
  cmd->add_option("--include", o.include,
                  "Only the files found under a directory argument that match GLOB (with a /, "
                  "the path relative to that directory; without, the file name); repeatable")
      ->allow_extra_args(false); // --include GLOB PATH: PATH is not a second glob
  cmd->add_option("--exclude", o.exclude,
                  "Skip the files and directories found under a directory argument that match "
                  "GLOB (as for --include); repeatable")
      ->allow_extra_args(false); // --exclude GLOB PATH: PATH is not a second glob
  auto* thorough = cmd->add_flag(
      "--thorough", o.scan.thorough,
      "Also look for names in lines with no digit, label or honorific (titles, kinship words, "
      "common given names) in inputs larger than 1 MiB too (smaller ones always are): about 3x "
      "slower on prose");
  cmd->add_flag_callback(
         "--no-thorough", [&o] { o.scan.thorough_up_to = 0; },
         "Not even in inputs of 1 MiB or less: only around digits, labels and honorifics")
      ->excludes(thorough);
  cmd->add_option("--threads", o.threads, "Worker threads (default: all cores)");
  cmd->add_option("--allow", o.allow_file,
                  "File of values (or re:RE2 patterns) never reported, one per line");
  cmd->add_option("--deny", o.deny_file,
                  "File of values always reported and masked, one per line ([TYPE<TAB>]value)");
  cmd->add_option("--encoding", encoding, "auto, utf-8, utf-16le, utf-16be or big5")
      ->default_val("auto");
}

int print_detectors() {
  for (const auto& t : twpii::all_types()) {
    std::cout << fmt::format("{:<14} {}\n{:<14} example: {} ({})\n", t.name, t.description, "",
                             t.example, t.label);
  }
  return 0;
}

} // namespace

int main(int argc, char** argv) {
  twpii::remove_temporary_files_on_signal(); // an interrupted --in-place leaves no temp file
  CLI::App app{"twpii: finds and masks Taiwanese personal data (IDs, phones, e-mail, addresses, "
               "names and more) in documents",
               "twpii"};
  app.set_version_flag("--version", "twpii " TWPII_VERSION);
  app.require_subcommand(1);
  app.footer(k_exit_help);

  twpii::BatchOptions o;
  std::string types, encoding, format = "text", style = "official";

  CLI::App* scan = app.add_subcommand("scan", "Report personal data");
  add_common(scan, o, types, encoding);
  scan->add_option("--format", format, "text, json or jsonl")
      ->check(CLI::IsMember({"text", "json", "jsonl"}));
  scan->add_flag("--reveal", o.reveal, "Print raw values (personal data!) instead of previews");
  scan->add_flag("--explain", o.explain,
                 "Show the detector, rule and cue word behind each finding (text format)");
  scan->add_flag("--count", o.count, "Print counts per file and type");
  scan->add_flag("-q,--quiet", o.quiet, "Print nothing; exit status only");

  CLI::App* mask = app.add_subcommand("mask", "Write copies with personal data masked");
  add_common(mask, o, types, encoding);
  auto* out_file = mask->add_option("-o,--output", o.output, "Output file (one input)");
  auto* out_dir = mask->add_option("--out-dir", o.out_dir, "Output directory mirroring the inputs");
  auto* in_place = mask->add_flag("--in-place", o.in_place, "Replace the inputs atomically");
  out_file->excludes(out_dir)->excludes(in_place);
  out_dir->excludes(in_place);
  mask->add_option("--style", style, "official, redact, label or pseudonym")
      ->check(CLI::IsMember({"official", "redact", "label", "pseudonym"}));
  mask->add_option("--key", o.mask.key, "Key for --style pseudonym (or TWPII_KEY)");

  app.add_subcommand("detectors", "List the types of personal data twpii finds");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : twpii::exit_error;
  }

  if (app.got_subcommand("detectors")) {
    return print_detectors();
  }
  if (!parse_types(types, o.scan.types)) {
    return twpii::exit_error;
  }
  if (encoding != "auto") {
    o.scan.encoding = twpii::parse_encoding(encoding);
    if (!o.scan.encoding) {
      std::cerr << fmt::format("twpii: unknown encoding '{}'\n", encoding);
      return twpii::exit_error;
    }
  }
  o.format = *twpii::parse_format(format);
  o.mask.style = *twpii::parse_style(style);
  if (o.mask.key.empty()) {
    if (const char* k = std::getenv("TWPII_KEY")) {
      o.mask.key = k;
    }
  }
  std::ios::sync_with_stdio(false);
  return app.got_subcommand("scan") ? twpii::run_scan(o, std::cout, std::cerr)
                                    : twpii::run_mask(o, std::cout, std::cerr);
}
