// The user's own lists: --allow (values or RE2 patterns never reported, e.g. the agency's own
// hotline and address) and --deny (values always reported and masked, e.g. a petitioner's name).
// Built once, then immutable and safe to share between threads.
#pragma once

#include <twpii/error.hpp>
#include <twpii/types.hpp>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace re2 {
class RE2;
}

namespace twpii {

class Policy {
public:
  // Parses list files. One entry per line; blank lines and lines starting with '#' are ignored.
  //  allow: a value ("02-2720-8889"; compared ignoring width, case, spaces, hyphens and
  //         parentheses) or "re:PATTERN", an RE2 pattern that must match the whole value.
  //  deny:  a value, optionally "TYPE<TAB>value" with a type name from `twpii detectors`
  //         (default: custom). Deny values are found wherever they occur, as written.
  // Fails with "NAME:LINE: message" on a bad pattern or type; `allow_name`/`deny_name` name the
  // sources in messages.
  static Result<std::shared_ptr<const Policy>> parse(std::string_view allow_text,
                                                     std::string_view allow_name,
                                                     std::string_view deny_text,
                                                     std::string_view deny_name);
  ~Policy();

  // Whether a finding with this value (as written) must not be reported.
  bool allowed(std::string_view value) const;

  struct Denied {
    PiiType type;
    std::string value;
  };
  const std::vector<Denied>& denied() const { return m_denied; }

private:
  Policy() = default;
  std::vector<std::string> m_allow_keys; // sorted
  std::vector<std::unique_ptr<re2::RE2>> m_allow_patterns;
  std::vector<Denied> m_denied;
};

// The comparison key of a value: normalised (full-width folded), ASCII letters upper-cased,
// spaces, hyphens and parentheses removed.
std::string policy_key(std::string_view value);

} // namespace twpii
