// Sources and sinks over memory and file descriptors, and the atomic file writer.
#include <twpii/io.hpp>

#include <fmt/format.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace twpii {

Result<std::size_t> MemorySource::read(char* buf, std::size_t n) {
  std::size_t k = std::min(n, m_data.size());
  std::memcpy(buf, m_data.data(), k);
  m_data.remove_prefix(k);
  return k;
}

Result<std::size_t> FdSource::read(char* buf, std::size_t n) {
  while (true) {
    ssize_t r = ::read(m_fd, buf, n);
    if (r >= 0) {
      return static_cast<std::size_t>(r);
    }
    if (errno != EINTR) {
      return make_error(fmt::format("read failed: {}", std::strerror(errno)));
    }
  }
}

namespace {
Result<void> write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t w = ::write(fd, bytes.data(), bytes.size());
    if (w < 0) {
      if (errno == EINTR) {
        continue;
      }
      return make_error(fmt::format("write failed: {}", std::strerror(errno)));
    }
    bytes.remove_prefix(static_cast<std::size_t>(w));
  }
  return {};
}
} // namespace

Result<void> FdSink::write(std::string_view bytes) {
  return write_all(m_fd, bytes);
}

Result<std::unique_ptr<AtomicFileSink>> AtomicFileSink::open(const std::string& target,
                                                             unsigned mode) {
  auto slash = target.rfind('/');
  std::string dir = slash == std::string::npos ? "." : target.substr(0, slash);
  std::string name = slash == std::string::npos ? target : target.substr(slash + 1);
  std::string temp = fmt::format("{}/.{}.twpii-XXXXXX", dir, name);
  int fd = ::mkstemp(temp.data());
  if (fd < 0) {
    return make_error(
        fmt::format("cannot create a temporary file in {}: {}", dir, std::strerror(errno)));
  }
  if (::fchmod(fd, static_cast<mode_t>(mode & 07777)) != 0) {
    int e = errno;
    ::close(fd);
    ::unlink(temp.c_str());
    return make_error(fmt::format("cannot set permissions: {}", std::strerror(e)));
  }
  return std::unique_ptr<AtomicFileSink>(new AtomicFileSink(target, temp, fd));
}

AtomicFileSink::~AtomicFileSink() {
  if (m_fd >= 0) {
    ::close(m_fd);
    ::unlink(m_temp.c_str());
  }
}

Result<void> AtomicFileSink::write(std::string_view bytes) {
  return write_all(m_fd, bytes);
}

Result<void> AtomicFileSink::commit() {
  if (::fsync(m_fd) != 0 || ::close(m_fd) != 0) {
    int e = errno;
    m_fd = -1;
    ::unlink(m_temp.c_str());
    return make_error(fmt::format("cannot write {}: {}", m_target, std::strerror(e)));
  }
  m_fd = -1;
  if (::rename(m_temp.c_str(), m_target.c_str()) != 0) {
    int e = errno;
    ::unlink(m_temp.c_str());
    return make_error(fmt::format("cannot replace {}: {}", m_target, std::strerror(e)));
  }
  return {};
}

} // namespace twpii
