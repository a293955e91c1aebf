// Runs over many files: stable order whatever the thread count, exit statuses, errors that do
// not stop other files, JSON output, and the three ways of writing masked copies.
#include "test_util.hpp"

#include <twpii/batch.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <sys/stat.h>

#include <sstream>

namespace {
struct Run {
  int status;
  std::string out, err;
};

Run scan(twpii::BatchOptions o) {
  std::ostringstream out, err;
  int status = twpii::run_scan(o, out, err);
  return Run{status, out.str(), err.str()};
}

Run mask(twpii::BatchOptions o) {
  std::ostringstream out, err;
  int status = twpii::run_mask(o, out, err);
  return Run{status, out.str(), err.str()};
}

// A small tree: three text files with personal data, one clean file, one binary file.
struct Tree {
  test::TempDir dir;
  Tree() {
    for (int i = 0; i < 12; ++i) {
      dir.write("docs/" + std::to_string(i) + ".txt",
                "陳情人身分證字號A123456789，手機0912-345-678\n第二行 wang@example.com\n");
    }
    dir.write("docs/clean.txt", "本件無個人資料。\n");
    dir.write("docs/sub/img.png", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    dir.write("docs/sub/note.md", "聯絡電話：(02)2345-6789\n");
  }
  std::string root() const { return (dir.path() / "docs").string(); }
};
} // namespace

TEST_SUITE_BEGIN("batch");

TEST_CASE("run_scan: output is the same for 1 and 4 threads, previews are masked") {
  Tree t;
  twpii::BatchOptions o;
  o.paths = {t.root()};
  o.threads = 1;
  Run one = scan(o);
  o.threads = 4;
  Run four = scan(o);
  CHECK(one.status == twpii::exit_found);
  CHECK(one.out == four.out);
  CHECK(one.out.find("A12345****") != std::string::npos);
  CHECK(one.out.find("A123456789") == std::string::npos);
  CHECK(one.out.find("0912-345-678") == std::string::npos);
  CHECK(one.err.find("img.png: binary file skipped") != std::string::npos);
  // 12 files x 3 findings + note.md
  CHECK(std::count(one.out.begin(), one.out.end(), '\n') == 37);
}

TEST_CASE("run_scan: --reveal shows raw values, --count counts, --quiet is silent") {
  Tree t;
  twpii::BatchOptions o;
  o.paths = {t.root() + "/0.txt"};
  o.reveal = true;
  CHECK(scan(o).out.find("A123456789") != std::string::npos);
  o.reveal = false;
  o.count = true;
  Run c = scan(o);
  CHECK(c.out == t.root() + "/0.txt:national_id:1\n" + t.root() + "/0.txt:phone:1\n" + t.root() +
                     "/0.txt:email:1\n");
  o.count = false;
  o.quiet = true;
  Run q = scan(o);
  CHECK(q.out.empty());
  CHECK(q.status == twpii::exit_found);
}

TEST_CASE("run_scan: exit 0 when clean, 2 when a file is missing but others are scanned") {
  Tree t;
  twpii::BatchOptions o;
  o.paths = {t.root() + "/clean.txt"};
  CHECK(scan(o).status == twpii::exit_clean);
  o.paths = {t.root() + "/missing.txt", t.root() + "/0.txt"};
  Run r = scan(o);
  CHECK(r.status == twpii::exit_error);
  CHECK(r.err.find("missing.txt: No such file or directory") != std::string::npos);
  CHECK(r.out.find("0.txt:1:") != std::string::npos);
}

TEST_CASE("run_scan: json is one valid array, jsonl one object per line") {
  Tree t;
  twpii::BatchOptions o;
  o.paths = {t.root()};
  o.format = twpii::OutputFormat::json;
  auto arr = nlohmann::json::parse(scan(o).out);
  REQUIRE(arr.is_array());
  CHECK(arr.size() == 37);
  CHECK(arr[0]["type"] == "national_id");
  CHECK(arr[0]["start"] == 24);
  CHECK(arr[0]["end"] == 34);
  CHECK_FALSE(arr[0].contains("value"));
  o.format = twpii::OutputFormat::jsonl;
  std::istringstream lines(scan(o).out);
  std::string line;
  int n = 0;
  while (std::getline(lines, line)) {
    CHECK(nlohmann::json::parse(line)["preview"].is_string());
    ++n;
  }
  CHECK(n == 37);
  o.paths = {t.root() + "/clean.txt"};
  o.format = twpii::OutputFormat::json;
  CHECK(nlohmann::json::parse(scan(o).out).empty());
}

TEST_CASE("run_scan: --include and --exclude") {
  Tree t;
  twpii::BatchOptions o;
  o.paths = {t.root()};
  o.include = {"*.md"};
  Run r = scan(o);
  CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 1);
  o.include.clear();
  o.exclude = {"sub", "1*.txt"};
  r = scan(o);
  CHECK(r.out.find("note.md") == std::string::npos);
  CHECK(r.out.find("/10.txt") == std::string::npos);
  CHECK(r.out.find("/2.txt") != std::string::npos);
}

TEST_CASE("run_mask: --in-place replaces atomically and keeps permissions") {
  Tree t;
  std::string f = t.root() + "/0.txt";
  ::chmod(f.c_str(), 0640);
  twpii::BatchOptions o;
  o.paths = {f};
  o.in_place = true;
  Run r = mask(o);
  CHECK(r.status == twpii::exit_clean);
  CHECK(test::read_file(f) ==
        "陳情人身分證字號A12345****，手機0912-***-***\n第二行 ****@example.com\n");
  struct stat st {};
  ::stat(f.c_str(), &st);
  CHECK((st.st_mode & 07777) == 0640);
  CHECK(r.err.find("masked 1 national_id, 1 phone, 1 email") != std::string::npos);
  // No temporary file is left behind.
  int entries = 0;
  for ([[maybe_unused]] auto& e : std::filesystem::directory_iterator(t.root())) {
    ++entries;
  }
  CHECK(entries == 14);
}

TEST_CASE("run_mask: --in-place through a symbolic link masks the file and keeps the link") {
  Tree t;
  std::string target = t.root() + "/0.txt";
  std::string link = (t.dir.path() / "link.txt").string();
  std::filesystem::create_symlink(target, link);
  twpii::BatchOptions o;
  o.paths = {link};
  o.in_place = true;
  CHECK(mask(o).status == twpii::exit_clean);
  CHECK(std::filesystem::is_symlink(link));
  CHECK(test::read_file(target).find("A12345****") != std::string::npos);
}

TEST_CASE("run_mask: --out-dir mirrors the tree and copies binary files unchanged") {
  Tree t;
  twpii::BatchOptions o;
  o.paths = {t.root()};
  o.out_dir = (t.dir.path() / "out").string();
  o.mask.style = twpii::Style::label;
  Run r = mask(o);
  CHECK(r.status == twpii::exit_clean);
  CHECK(test::read_file(o.out_dir + "/sub/note.md") == "聯絡電話：[電話]\n");
  CHECK(test::read_file(o.out_dir + "/sub/img.png") == test::read_file(t.root() + "/sub/img.png"));
  CHECK(test::read_file(t.root() + "/0.txt").find("A123456789") != std::string::npos);
}

TEST_CASE("run_mask: refuses to overwrite its input and to mix many inputs into one output") {
  Tree t;
  twpii::BatchOptions o;
  o.paths = {t.root() + "/0.txt"};
  o.output = t.root() + "/0.txt";
  Run r = mask(o);
  CHECK(r.status == twpii::exit_error);
  CHECK(r.err.find("--in-place") != std::string::npos);
  o.output.clear();
  o.paths = {t.root() + "/0.txt", t.root() + "/1.txt"};
  CHECK(mask(o).status == twpii::exit_error);
}

TEST_CASE("run_mask: pseudonym needs a key") {
  Tree t;
  twpii::BatchOptions o;
  o.paths = {t.root() + "/0.txt"};
  o.mask.style = twpii::Style::pseudonym;
  CHECK(mask(o).status == twpii::exit_error);
  o.mask.key = "secret";
  Run r = mask(o);
  CHECK(r.status == twpii::exit_clean);
  CHECK(r.out.find("[身分證字號:") != std::string::npos);
}

TEST_CASE("run_mask: a file that fails does not stop the others, and is not written") {
  Tree t;
  t.dir.write("docs/bad.txt", "A123456789\n\xC3\x28\x81\x20 neither UTF-8 nor Big5\n");
  twpii::BatchOptions o;
  o.paths = {t.root()};
  o.out_dir = (t.dir.path() / "out").string();
  Run r = mask(o);
  CHECK(r.status == twpii::exit_error);
  CHECK(r.err.find("bad.txt: not valid") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(o.out_dir + "/bad.txt"));
  CHECK(std::filesystem::exists(o.out_dir + "/9.txt"));
}

TEST_SUITE_END();
