// I/O seams: a Source of input bytes and a Sink for output bytes, so the scanner and the masker
// run on files, stdin or memory alike. Implementations are not thread-safe; use one per file.
#pragma once

#include <twpii/error.hpp>

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
// removed and the target is untouched. `mode` is the permission bits of the new file.
class AtomicFileSink final : public Sink {
public:
  static Result<std::unique_ptr<AtomicFileSink>> open(const std::string& target, unsigned mode);
  ~AtomicFileSink() override;
  Result<void> write(std::string_view bytes) override;
  Result<void> commit();

private:
  AtomicFileSink(std::string target, std::string temp, int fd)
      : m_target(std::move(target)), m_temp(std::move(temp)), m_fd(fd) {}
  std::string m_target;
  std::string m_temp;
  int m_fd;
};

} // namespace twpii
