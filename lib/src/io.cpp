// Sources and sinks over memory and file descriptors, and the atomic file writer.
#include <twpii/io.hpp>

#include <fmt/format.h>

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
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

namespace {
// The temporary files of the open AtomicFileSinks, for the signal handler: lock-free atomics are
// async-signal-safe, and so is unlink().
constexpr std::size_t k_max_temps = 512;
std::atomic<const char*> g_temps[k_max_temps];

void register_temp(const char* path) {
  for (auto& slot : g_temps) {
    const char* none = nullptr;
    if (slot.compare_exchange_strong(none, path)) {
      return;
    }
  }
}

void unregister_temp(const char* path) {
  for (auto& slot : g_temps) {
    const char* mine = path;
    if (slot.compare_exchange_strong(mine, nullptr)) {
      return;
    }
  }
}

extern "C" void remove_temps_and_die(int sig) {
  for (auto& slot : g_temps) {
    if (const char* p = slot.load()) {
      ::unlink(p);
    }
  }
  ::signal(sig, SIG_DFL);
  ::raise(sig);
}
} // namespace

void remove_temporary_files_on_signal() {
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) {
    struct sigaction sa {};
    sa.sa_handler = remove_temps_and_die;
    sigemptyset(&sa.sa_mask);
    ::sigaction(sig, &sa, nullptr);
  }
}

AtomicFileSink::AtomicFileSink(std::string target, std::string temp, int fd)
    : m_target(std::move(target)), m_temp(std::move(temp)), m_fd(fd) {
  register_temp(m_temp.c_str());
}

Result<std::unique_ptr<AtomicFileSink>>
AtomicFileSink::open(const std::string& target, unsigned mode, const struct ::stat* owner) {
  auto slash = target.rfind('/');
  std::string dir = slash == std::string::npos ? "." : target.substr(0, slash);
  std::string name = slash == std::string::npos ? target : target.substr(slash + 1);
  std::string temp = fmt::format("{}/.{}.twpii-XXXXXX", dir, name);
  int fd = ::mkstemp(temp.data());
  if (fd < 0) {
    return make_error(
        fmt::format("cannot create a temporary file in {}: {}", dir, std::strerror(errno)));
  }
  auto sink = std::unique_ptr<AtomicFileSink>(new AtomicFileSink(target, temp, fd));
  // The owner first: chown() may clear the set-user-ID and set-group-ID bits that fchmod() sets.
  // Only root may give a file away; for others the new file is theirs, as with any editor.
  if (owner != nullptr && (owner->st_uid != ::geteuid() || owner->st_gid != ::getegid()) &&
      ::fchown(fd, owner->st_uid, owner->st_gid) != 0 && errno != EPERM) {
    return make_error(fmt::format("cannot keep the owner of {}: {}", target, std::strerror(errno)));
  }
  if (::fchmod(fd, static_cast<mode_t>(mode & 07777)) != 0) {
    return make_error(fmt::format("cannot set permissions: {}", std::strerror(errno)));
  }
  return sink;
}

AtomicFileSink::~AtomicFileSink() {
  if (m_fd >= 0) {
    ::close(m_fd);
    ::unlink(m_temp.c_str());
  }
  unregister_temp(m_temp.c_str());
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
  unregister_temp(m_temp.c_str());
  return {};
}

} // namespace twpii
