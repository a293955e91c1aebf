// --allow and --deny lists (see policy.hpp).
#include "text_util.hpp"

#include <twpii/normalize.hpp>
#include <twpii/policy.hpp>

#include <fmt/format.h>
#include <re2/re2.h>

#include <algorithm>

namespace twpii {

std::string policy_key(std::string_view value) {
  NormText norm;
  normalize(value, norm);
  std::string key;
  for (char c : norm.text) {
    if (c != ' ' && c != '-' && c != '(' && c != ')') {
      key += util::to_upper(c);
    }
  }
  return key;
}

Policy::~Policy() = default;

namespace {
// Calls fn(line_number, line) for each entry of a list file.
template <typename Fn> Result<void> for_each_entry(std::string_view text, Fn fn) {
  int number = 0;
  while (!text.empty()) {
    auto nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    ++number;
    if (line.ends_with('\r')) {
      line.remove_suffix(1);
    }
    if (line.empty() || line.front() == '#') {
      continue;
    }
    if (auto r = fn(number, line); !r) {
      return r;
    }
  }
  return {};
}
} // namespace

Result<std::shared_ptr<const Policy>> Policy::parse(std::string_view allow_text,
                                                    std::string_view allow_name,
                                                    std::string_view deny_text,
                                                    std::string_view deny_name) {
  std::shared_ptr<Policy> p(new Policy());
  auto allow = for_each_entry(allow_text, [&](int n, std::string_view line) -> Result<void> {
    if (line.starts_with("re:")) {
      RE2::Options o;
      o.set_log_errors(false);
      auto re = std::make_unique<RE2>(re2::StringPiece(line.data() + 3, line.size() - 3), o);
      if (!re->ok()) {
        // RE2's message ("missing ): A12345(6789") quotes the pattern after the colon, which
        // may hold the very value to protect: only what comes before is shown.
        const std::string& why = re->error();
        return make_error(fmt::format("{}:{}: bad pattern: {}", allow_name, n,
                                      std::string_view(why).substr(0, why.find(':'))));
      }
      p->m_allow_patterns.push_back(std::move(re));
    } else {
      p->m_allow_keys.push_back(policy_key(line));
    }
    return {};
  });
  if (!allow) {
    return std::unexpected(allow.error());
  }
  std::sort(p->m_allow_keys.begin(), p->m_allow_keys.end());
  auto deny = for_each_entry(deny_text, [&](int n, std::string_view line) -> Result<void> {
    PiiType type = PiiType::custom;
    if (auto tab = line.find('\t'); tab != std::string_view::npos) {
      auto t = parse_type(line.substr(0, tab));
      if (!t) {
        // Not quoted: a line with the tab in the wrong place puts personal data here.
        return make_error(fmt::format(
            "{}:{}: unknown type before the tab (types: twpii detectors; the value comes after "
            "the tab)",
            deny_name, n));
      }
      type = *t;
      line.remove_prefix(tab + 1);
    }
    if (!line.empty()) {
      p->m_denied.push_back(Denied{type, std::string(line)});
    }
    return {};
  });
  if (!deny) {
    return std::unexpected(deny.error());
  }
  return std::shared_ptr<const Policy>(std::move(p));
}

bool Policy::allowed(std::string_view value) const {
  if (!m_allow_keys.empty() &&
      std::binary_search(m_allow_keys.begin(), m_allow_keys.end(), policy_key(value))) {
    return true;
  }
  if (m_allow_patterns.empty()) {
    return false;
  }
  NormText norm;
  normalize(value, norm);
  return std::any_of(m_allow_patterns.begin(), m_allow_patterns.end(),
                     [&](const auto& re) { return RE2::FullMatch(norm.text, *re); });
}

} // namespace twpii
