// `twpii scan` and `twpii mask` over many inputs (see batch.hpp): a pool of workers over files,
// each writing into its own buffer; the calling thread prints the buffers in input order.
#include "report.hpp"
#include "walk.hpp"

#include <twpii/batch.hpp>

#include <fmt/format.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <mutex>
#include <ostream>
#include <thread>

namespace twpii {

std::optional<OutputFormat> parse_format(std::string_view name) {
  if (name == "text") {
    return OutputFormat::text;
  }
  if (name == "json") {
    return OutputFormat::json;
  }
  if (name == "jsonl") {
    return OutputFormat::jsonl;
  }
  return std::nullopt;
}

namespace {
namespace fs = std::filesystem;

// What one input produced: report lines (spilled to a temporary file past a few MiB, so a huge
// input with many findings does not hold them all in memory), messages for stderr, status.
class JobOutput {
public:
  JobOutput() = default;
  JobOutput(const JobOutput&) = delete;
  JobOutput& operator=(const JobOutput&) = delete;
  ~JobOutput() {
    if (m_spill != nullptr) {
      std::fclose(m_spill);
    }
  }

  std::string& buffer() { return m_mem; }
  // Moves the buffer to the spill file when it is large.
  void maybe_spill() {
    if (m_mem.size() < (std::size_t{4} << 20)) {
      return;
    }
    if (m_spill == nullptr) {
      m_spill = std::tmpfile();
    }
    if (m_spill != nullptr && std::fwrite(m_mem.data(), 1, m_mem.size(), m_spill) == m_mem.size()) {
      m_mem.clear();
    }
  }
  // Calls `fn` with the report text, in order.
  void replay(const std::function<void(std::string_view)>& fn) {
    if (m_spill != nullptr) {
      std::rewind(m_spill);
      char chunk[1 << 16];
      std::size_t k;
      while ((k = std::fread(chunk, 1, sizeof chunk, m_spill)) > 0) {
        fn(std::string_view(chunk, k));
      }
    }
    fn(m_mem);
  }

  std::string messages; // lines for stderr
  bool error = false;
  std::uint64_t found = 0;

private:
  std::string m_mem;
  std::FILE* m_spill = nullptr;
};

// The output of an input whose work threw (a defect): an error naming the file, no findings.
std::unique_ptr<JobOutput> failed_job(std::string_view path, const char* what) {
  auto job = std::make_unique<JobOutput>();
  job->error = true;
  job->messages = fmt::format("twpii: {}: internal error ({}); please report it\n", path, what);
  return job;
}

// Runs work(i) for every input on `threads` workers; print(i) is called on this thread for
// i = 0, 1, ... as soon as input i is done. An exception out of work(i) (a defect: the library
// reports errors as values) makes that input fail with failed(i, what), not the whole run.
void run_pool(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& work,
              const std::function<void(std::size_t)>& print,
              const std::function<void(std::size_t, const char*)>& failed) {
  std::vector<char> done(count, 0);
  std::mutex mu;
  std::condition_variable cv;
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < count;) {
      try {
        work(i);
      } catch (const std::exception& e) {
        failed(i, e.what());
      } catch (...) {
        failed(i, "unknown exception");
      }
      {
        std::lock_guard lock(mu);
        done[i] = 1;
      }
      cv.notify_all();
    }
  };
  unsigned n = threads != 0 ? threads : std::max(1u, std::thread::hardware_concurrency());
  n = static_cast<unsigned>(std::min<std::size_t>(n, std::max<std::size_t>(count, 1)));
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < n; ++t) {
    pool.emplace_back(worker);
  }
  for (std::size_t i = 0; i < count; ++i) {
    std::unique_lock lock(mu);
    cv.wait(lock, [&] { return done[i] != 0; });
    lock.unlock();
    print(i);
  }
  for (auto& t : pool) {
    t.join();
  }
}

// Opens an input as a file descriptor; stdin is not closed.
struct OpenInput {
  int fd = -1;
  bool owned = false;
  ~OpenInput() {
    if (owned) {
      ::close(fd);
    }
  }
};

Result<void> open_input(const walk::Input& in, OpenInput& out, struct stat* st) {
  if (in.is_stdin) {
    out.fd = 0;
  } else {
    out.fd = ::open(in.path.c_str(), O_RDONLY | O_CLOEXEC);
    if (out.fd < 0) {
      return make_error(std::strerror(errno));
    }
    out.owned = true;
  }
  if (::fstat(out.fd, st) != 0) {
    return make_error(std::strerror(errno));
  }
  if (S_ISDIR(st->st_mode)) {
    return make_error("is a directory");
  }
  return {};
}

std::string counts_line(std::string_view path, const std::uint64_t (&counts)[k_type_count]) {
  std::string out;
  for (const auto& t : all_types()) {
    if (auto c = counts[static_cast<std::size_t>(t.type)]; c != 0) {
      out += fmt::format("{}:{}:{}\n", path, t.name, c);
    }
  }
  return out;
}

std::string masked_summary(const MaskStats& stats) {
  std::string out;
  for (const auto& t : all_types()) {
    if (auto c = stats.masked[static_cast<std::size_t>(t.type)]; c != 0) {
      out += fmt::format("{}{} {}", out.empty() ? "" : ", ", c, t.name);
    }
  }
  return out.empty() ? "nothing" : out;
}
} // namespace

namespace {
Result<std::string> read_list(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return make_error(fmt::format("{}: {}", path, std::strerror(errno)));
  }
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// Reads --allow and --deny into `scan.policy`; false (with a message on `err`) on failure.
bool load_policy(const BatchOptions& options, ScanOptions& scan, std::ostream& err) {
  if (options.allow_file.empty() && options.deny_file.empty()) {
    return true;
  }
  std::string allow, deny;
  for (auto [path, text] : {std::pair{&options.allow_file, &allow}, {&options.deny_file, &deny}}) {
    if (path->empty()) {
      continue;
    }
    auto r = read_list(*path);
    if (!r) {
      err << "twpii: " << r.error().message << '\n';
      return false;
    }
    *text = std::move(*r);
  }
  auto policy = Policy::parse(allow, options.allow_file, deny, options.deny_file);
  if (!policy) {
    err << "twpii: " << policy.error().message << '\n';
    return false;
  }
  scan.policy = *policy;
  return true;
}
} // namespace

int run_scan(const BatchOptions& batch, std::ostream& out, std::ostream& err) {
  BatchOptions options = batch;
  if (!load_policy(batch, options.scan, err)) {
    return exit_error;
  }
  std::vector<walk::Input> inputs = walk::expand(options.paths, options.include, options.exclude);
  std::vector<std::unique_ptr<JobOutput>> jobs(inputs.size());
  auto work = [&](std::size_t i) {
    auto job = std::make_unique<JobOutput>();
    const walk::Input& in = inputs[i];
    if (!in.error.empty()) {
      job->error = true;
      job->messages = fmt::format("twpii: {}: {}\n", in.path, in.error);
      jobs[i] = std::move(job);
      return;
    }
    OpenInput fd;
    struct stat st {};
    std::uint64_t counts[k_type_count] = {};
    auto on_block = [&](const Block& block) -> Result<void> {
      for (const Finding& f : block.findings) {
        ++counts[static_cast<std::size_t>(f.type)];
        ++job->found;
        if (options.quiet || options.count) {
          continue;
        }
        if (options.format == OutputFormat::text) {
          report::append_text(job->buffer(), in.path, f, options.reveal, options.explain);
        } else {
          report::append_json(job->buffer(), in.path, f, options.reveal);
        }
      }
      job->maybe_spill();
      return {};
    };
    Result<ScanResult> r = std::unexpected(Error{});
    if (auto opened = open_input(in, fd, &st); !opened) {
      r = std::unexpected(opened.error());
    } else {
      FdSource source(fd.fd);
      r = scan(source, options.scan, on_block);
    }
    if (!r) {
      job->error = true;
      job->messages = fmt::format("twpii: {}: {}\n", in.path, r.error().message);
    } else if (r->outcome == Outcome::skipped_binary) {
      job->messages = fmt::format("twpii: {}: binary file skipped\n", in.path);
    }
    if (options.count && !options.quiet) {
      job->buffer() += counts_line(in.path, counts);
    }
    jobs[i] = std::move(job);
  };
  bool any_error = false, any_found = false, first_record = true;
  const bool json = options.format == OutputFormat::json && !options.count && !options.quiet;
  if (json) {
    out << "[";
  }
  auto print = [&](std::size_t i) {
    JobOutput& job = *jobs[i];
    any_error = any_error || job.error;
    any_found = any_found || job.found != 0;
    job.replay([&](std::string_view text) {
      if (!json) {
        out << text;
        return;
      }
      // jsonl records → one JSON array
      while (!text.empty()) {
        auto nl = text.find('\n');
        out << (first_record ? "\n" : ",\n") << text.substr(0, nl);
        first_record = false;
        text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
      }
    });
    out.flush();
    err << job.messages;
    jobs[i].reset();
  };
  run_pool(inputs.size(), options.threads, work, print,
           [&](std::size_t i, const char* what) { jobs[i] = failed_job(inputs[i].path, what); });
  if (json) {
    out << (first_record ? "]\n" : "\n]\n");
  }
  out.flush();
  return any_error ? exit_error : any_found ? exit_found : exit_clean;
}

namespace {
// A Sink over a std::ostream (mask to standard output).
class OstreamSink final : public Sink {
public:
  explicit OstreamSink(std::ostream& os) : m_os(os) {}
  Result<void> write(std::string_view bytes) override {
    m_os.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!m_os) {
      return make_error("cannot write to standard output");
    }
    return {};
  }

private:
  std::ostream& m_os;
};

// Where the masked copy of an input goes.
struct Destination {
  std::string path;    // "" for standard output
  bool direct = false; // a device or FIFO (-o /dev/stdout): written to, not replaced
};

Result<Destination> destination(const BatchOptions& o, const walk::Input& in) {
  if (o.in_place) {
    if (in.is_stdin) {
      return make_error("--in-place needs a file, not standard input");
    }
    // A symbolic link is followed: the file it points to is replaced and the link kept.
    std::error_code ec;
    fs::path real = fs::canonical(in.path, ec);
    return Destination{ec ? in.path : real.string()};
  }
  std::string dest;
  if (!o.out_dir.empty()) {
    dest = (fs::path(o.out_dir) / in.relative).string();
  } else if (!o.output.empty() && o.output != "-") {
    dest = o.output;
  } else {
    return Destination{};
  }
  std::error_code ec;
  if (dest.starts_with("/dev/") || dest.starts_with("/proc/")) {
    return Destination{dest, true}; // /dev/stdout, /dev/fd/3: the open file, never replaced
  }
  const fs::file_status link = fs::symlink_status(dest, ec);
  if (fs::is_symlink(link)) {
    const std::string to = fs::read_symlink(dest, ec).string();
    if (to.starts_with("/dev/") || to.starts_with("/proc/")) {
      return Destination{dest, true}; // ../dev/stdout and the like: the open file
    }
    // Written through, as --in-place does: the file the link points to is replaced.
    fs::path real = fs::canonical(dest, ec);
    if (ec) {
      return make_error(fmt::format("{} is a symbolic link to nothing", dest));
    }
    dest = real.string();
  }
  const fs::file_status st = fs::status(dest, ec);
  if (fs::is_directory(st)) {
    return make_error(fmt::format("{} is a directory", dest));
  }
  if (!in.is_stdin && fs::equivalent(in.path, dest, ec)) {
    return make_error(fmt::format("refusing to overwrite the input {} (use --in-place)", dest));
  }
  const bool special = fs::exists(st) && !fs::is_regular_file(st);
  return Destination{dest, special};
}

// For --out-dir: inputs whose copies would land on the same file (a/x.txt and b/x.txt given
// as arguments) get an error after the first, instead of overwriting its copy.
void refuse_collisions(const std::vector<walk::Input>& inputs,
                       std::vector<Result<Destination>>& dests) {
  std::map<std::string, std::size_t> first;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    if (!dests[i] || dests[i]->path.empty() || dests[i]->direct) {
      continue;
    }
    const std::string key = fs::path(dests[i]->path).lexically_normal().string();
    if (auto [it, added] = first.emplace(key, i); !added) {
      dests[i] = make_error(fmt::format("its copy {} would overwrite that of {}: not written",
                                        dests[i]->path, inputs[it->second].path));
    }
  }
}

// Writes to a device or FIFO named by -o, which is not replaced.
class DeviceSink final : public Sink {
public:
  static Result<std::unique_ptr<DeviceSink>> open(const std::string& path) {
    int fd = ::open(path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
      return make_error(fmt::format("cannot open {}: {}", path, std::strerror(errno)));
    }
    return std::unique_ptr<DeviceSink>(new DeviceSink(fd));
  }
  ~DeviceSink() override { ::close(m_fd); }
  Result<void> write(std::string_view bytes) override { return FdSink(m_fd).write(bytes); }

private:
  explicit DeviceSink(int fd) : m_fd(fd) {}
  int m_fd;
};
} // namespace

int run_mask(const BatchOptions& batch, std::ostream& out, std::ostream& err) {
  BatchOptions options = batch;
  if (!load_policy(batch, options.scan, err)) {
    return exit_error;
  }
  std::vector<walk::Input> inputs = walk::expand(options.paths, options.include, options.exclude);
  const bool to_stream = !options.in_place && options.out_dir.empty();
  if (to_stream && inputs.size() > 1) {
    err << "twpii: mask: several inputs need --out-dir DIR or --in-place\n";
    return exit_error;
  }
  if (options.mask.style == Style::pseudonym && options.mask.key.empty()) {
    err << "twpii: mask: --style pseudonym needs --key KEY (or TWPII_KEY in the environment)\n";
    return exit_error;
  }
  std::vector<Result<Destination>> dests;
  for (const walk::Input& in : inputs) {
    dests.push_back(in.error.empty() ? destination(options, in)
                                     : Result<Destination>(make_error(in.error)));
  }
  refuse_collisions(inputs, dests);
  std::vector<std::unique_ptr<JobOutput>> jobs(inputs.size());
  std::mutex out_mu;
  auto work = [&](std::size_t i) {
    auto job = std::make_unique<JobOutput>();
    const walk::Input& in = inputs[i];
    auto fail = [&](std::string_view msg) {
      job->error = true;
      job->messages = fmt::format("twpii: {}: {}\n", in.path, msg);
    };
    OpenInput fd;
    struct stat st {};
    const Result<Destination>& dest = dests[i];
    if (!dest) {
      fail(dest.error().message);
    } else if (auto r = open_input(in, fd, &st); !r) {
      fail(r.error().message);
    } else {
      FdSource source(fd.fd);
      MaskStats stats;
      Result<ScanResult> res;
      std::string shown = dest->path.empty() ? "standard output" : dest->path;
      if (dest->path.empty()) {
        std::lock_guard lock(out_mu);
        OstreamSink sink(out);
        res = mask(source, sink, options.scan, options.mask, stats);
        out.flush();
      } else if (dest->direct) {
        auto sink = DeviceSink::open(dest->path);
        res = sink ? mask(source, **sink, options.scan, options.mask, stats)
                   : Result<ScanResult>(std::unexpected(sink.error()));
      } else {
        std::error_code ec;
        fs::create_directories(fs::path(dest->path).parent_path(), ec);
        unsigned mode = in.is_stdin ? 0644u : static_cast<unsigned>(st.st_mode & 07777);
        // --in-place keeps the file's owner too (where the process may: root).
        auto sink = AtomicFileSink::open(dest->path, mode, options.in_place ? &st : nullptr);
        if (!sink) {
          res = std::unexpected(sink.error());
        } else {
          res = mask(source, **sink, options.scan, options.mask, stats);
          if (res && res->outcome == Outcome::skipped_binary && options.in_place) {
            // leave a binary input as it is; the temporary copy is discarded
          } else if (res) {
            if (auto c = (*sink)->commit(); !c) {
              res = std::unexpected(c.error());
            }
          }
        }
      }
      if (!res) {
        fail(res.error().message);
      } else if (res->outcome == Outcome::skipped_binary) {
        job->messages = fmt::format("twpii: {}: binary file {}\n", in.path,
                                    options.in_place ? "left unchanged" : "copied unchanged");
      } else {
        for (auto c : stats.masked) {
          job->found += c;
        }
        job->messages =
            fmt::format("twpii: {} -> {}: masked {}\n", in.path, shown, masked_summary(stats));
        if (options.in_place && st.st_nlink > 1) {
          job->messages += fmt::format(
              "twpii: {}: warning: {} other hard link(s) to the file still hold the unmasked "
              "text\n",
              in.path, st.st_nlink - 1);
        }
      }
    }
    jobs[i] = std::move(job);
  };
  bool any_error = false;
  std::uint64_t total = 0, files = 0;
  auto print = [&](std::size_t i) {
    any_error = any_error || jobs[i]->error;
    total += jobs[i]->found;
    files += jobs[i]->error ? 0 : 1;
    err << jobs[i]->messages;
    jobs[i].reset();
  };
  run_pool(inputs.size(), options.threads, work, print,
           [&](std::size_t i, const char* what) { jobs[i] = failed_job(inputs[i].path, what); });
  if (inputs.size() > 1) {
    err << fmt::format("twpii: masked {} values in {} files{}\n", total, files,
                       any_error ? " (some files failed)" : "");
  }
  return any_error ? exit_error : exit_clean;
}

} // namespace twpii
