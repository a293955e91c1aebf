// I/O seams: a Source of input bytes and a Sink for output bytes, so the scanner and the masker
// run on files, stdin or memory alike. Implementations are not thread-safe; use one per file.
#pragma once

#include <twpii/error.hpp>

#include <sys/stat.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace twpii {

class Source {
public:
  virtual ~Source() = default;
  // Reads up to `n` bytes into `buf`; returns 0 at end of input.
  virtual Result<std::size_t> read(char* buf, std::size_t n) = 0;
};

class Sink {
public:
  virtual ~Sink() = default;
  virtual Result<void> write(std::string_view bytes) = 0;
};

class MemorySource final : public Source {
public:
  explicit MemorySource(std::string_view data) : m_data(data) {}
  Result<std::size_t> read(char* buf, std::size_t n) override;

private:
  std::string_view m_data;
};

class StringSink final : public Sink {
public:
  Result<void> write(std::string_view bytes) override {
    data.append(bytes);
    return {};
  }
  std::string data;
};

// Reads a file descriptor (a file or stdin). Does not own the descriptor.
class FdSource final : public Source {
public:
  explicit FdSource(int fd) : m_fd(fd) {}
  Result<std::size_t> read(char* buf, std::size_t n) override;

private:
  int m_fd;
};

// Writes to a file descriptor (stdout). Does not own the descriptor.
class FdSink final : public Sink {
public:
  explicit FdSink(int fd) : m_fd(fd) {}
  Result<void> write(std::string_view bytes) override;

private:
  int m_fd;
};

// Writes `target` atomically: bytes go to a temporary file beside it, which replaces the target
// by rename() on commit(). Without commit() (an error, an exception) the temporary file is
// removed and the target is untouched; after remove_temporary_files_on_signal(), also when the
// process is interrupted or terminated. `mode` is the permission bits of the new file; with
// `owner`, its user and group are set to those of *owner where the process may (root).
class AtomicFileSink final : public Sink {
public:
  static Result<std::unique_ptr<AtomicFileSink>> open(const std::string& target, unsigned mode,
                                                      const struct ::stat* owner = nullptr);
  ~AtomicFileSink() override;
  Result<void> write(std::string_view bytes) override;
  Result<void> commit();

private:
  AtomicFileSink(std::string target, std::string temp, int fd);
  std::string m_target;
  std::string m_temp;
  int m_fd;
};

// Installs handlers for SIGINT, SIGTERM and SIGHUP that remove the temporary files of the
// AtomicFileSinks still open, then end the process as the signal would have. For programs (the
// CLI calls it once at start); a library user with handlers of its own need not.
void remove_temporary_files_on_signal();

} // namespace twpii
