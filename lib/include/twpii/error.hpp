// Error values of libtwpii: every expected failure (unreadable file, undecodable text, failed
// write) comes back as an Error inside a Result; the library never prints and never exits.
#pragma once

#include <expected>
#include <string>

namespace twpii {

struct Error {
  std::string message; // one line, no trailing newline, no personal data
};

template <typename T> using Result = std::expected<T, Error>;

inline std::unexpected<Error> make_error(std::string message) {
  return std::unexpected<Error>(Error{std::move(message)});
}

} // namespace twpii
