// E-mail addresses: found from each '@' (or an "(at)" spelled out), local part and domain checked
// by hand (RFC 5321 shape, dot-atom local parts; quoted local parts are not supported).
#include "detectors.hpp"
#include "patterns.hpp"
#include "text_util.hpp"

#include <algorithm>
#include <string>

namespace twpii::detectors {

namespace {
bool is_local_char(char c) {
  return util::is_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}
bool is_domain_char(char c) {
  return util::is_alnum(c) || c == '.' || c == '-';
}

// Whether s is a domain: labels of letters, digits and inner hyphens, an alphabetic TLD.
bool valid_domain(std::string_view d) {
  if (d.empty() || d.find('.') == std::string_view::npos) {
    return false;
  }
  std::size_t label = 0;
  for (std::size_t i = 0; i <= d.size(); ++i) {
    if (i == d.size() || d[i] == '.') {
      if (i == label || d[label] == '-' || d[i - 1] == '-') {
        return false;
      }
      label = i + 1;
    }
  }
  std::string_view tld = d.substr(d.rfind('.') + 1);
  if (tld.size() < 2) {
    return false;
  }
  std::string lower;
  for (char c : tld) {
    if (!util::is_alpha(c)) {
      return false;
    }
    lower.push_back(static_cast<char>(c | 0x20));
  }
  // Image and document names with a scale or version after '@' (logo@2x.png, icon@3x.webp) are
  // files, not addresses: no TLD is a file extension (.zip and .mov are TLDs, but no mail
  // domain here uses them).
  static constexpr std::string_view k_files[] = {"png", "jpg", "jpeg", "gif", "svg",  "webp", "bmp",
                                                 "ico", "pdf", "js",   "css", "zip",  "mov",  "mp4",
                                                 "mp3", "doc", "docx", "xls", "xlsx", "txt"};
  return std::find(std::begin(k_files), std::end(k_files), lower) == std::end(k_files);
}
// Whether local@domain is a placeholder: x's alone, abc123 or example at any domain, or a reserved
// example domain (example.com, .org, .net, .com.tw …) and a local part that names no one
// (name, someone, user, xxx, test …).
bool placeholder_address(std::string_view local, std::string_view domain) {
  // A local part of x's alone, or abc123, is a placeholder at any domain (xxx@gmail.com,
  // xxx@mail.cy.edu.tw: 請把xxx換成導師帳號; abc123@gmail.com 這種範例信箱).
  if (!local.empty() &&
      std::all_of(local.begin(), local.end(), [](char c) { return c == 'x' || c == 'X'; })) {
    return local.size() >= 3;
  }
  // (So is a word that says it is one: example@school.edu.tw — set63b's guide.)
  for (std::string_view w : {"abc123", "example", "yourname", "your.name", "username"}) {
    if (util::ascii_iequals(local, w)) {
      return true;
    }
  }
  // (And test at test.com: 請勿填寫「test@test.com」等範例 — set79b's guide.)
  if (util::ascii_iequals(local, "test") && util::ascii_iequals(domain, "test.com")) {
    return true;
  }
  // (Compared in place, no copy: this runs for every address found, and dense text has many.)
  if (domain.size() < 8 || !util::ascii_iequals(domain.substr(0, 8), "example.")) {
    return false;
  }
  static constexpr std::string_view k_nobody[] = {
      "name",  "someone", "somebody", "user", "username", "xxx",       "xxxx", "test",
      "email", "example", "abc",      "foo",  "yourname", "your.name", "mail", "account"};
  return std::any_of(std::begin(k_nobody), std::end(k_nobody),
                     [&](std::string_view w) { return util::ascii_iequals(local, w); });
}

// The address around an '@' written in `sep` bytes at s[at] (@, &#64; …): the local part
// [*l, at), leading dots left out, and the domain [at + sep, *r), trailing '.' and '-' left out.
void address_around(std::string_view s, std::size_t at, std::size_t sep, std::size_t* l,
                    std::size_t* r) {
  *l = at;
  while (*l > 0 && is_local_char(s[*l - 1])) {
    --*l;
  }
  while (*l < at && s[*l] == '.') {
    ++*l;
  }
  *r = at + sep;
  while (*r < s.size() && is_domain_char(s[*r])) {
    ++*r;
  }
  while (*r > at + sep && (s[*r - 1] == '.' || s[*r - 1] == '-')) {
    --*r;
  }
}

// Whether s holds a spelled-out word in brackets at p ("(at)", "[DOT]", "( at )": one blank
// inside each side or none); its length, or 0.
std::size_t spelled_at(std::string_view s, std::size_t p, std::string_view word) {
  if (p >= s.size() || (s[p] != '(' && s[p] != '[')) {
    return 0;
  }
  const char close = s[p] == '(' ? ')' : ']';
  const std::size_t w = p + 1 < s.size() && s[p + 1] == ' ' ? p + 2 : p + 1;
  if (w + word.size() >= s.size()) {
    return 0;
  }
  for (std::size_t i = 0; i < word.size(); ++i) {
    if ((s[w + i] | 0x20) != word[i]) {
      return 0;
    }
  }
  std::size_t e = w + word.size();
  e += s[e] == ' ' && e + 1 < s.size() ? 1 : 0;
  return s[e] == close && (e - (w + word.size()) == w - (p + 1)) ? e + 1 - p : 0;
}

// Where the spelled "(at)" that ends with the bracket at s[c] opens ("( at )" too), or npos.
std::size_t spelled_at_before(std::string_view s, std::size_t c) {
  if (c >= 3 && spelled_at(s, c - 3, "at") == 4) {
    return c - 3;
  }
  return c >= 5 && spelled_at(s, c - 5, "at") == 6 ? c - 5 : std::string_view::npos;
}
} // namespace

// Mailman's archive spelling (peichun.wu at gmail.com): " at " between a local part that starts
// with a letter and holds a dot, an underscore, a hyphen or a digit (so that no English "Meet John
// at noon" or "version 2.0 at home.com" passes) and a domain in lower case.
void find_word_at_emails(Line& line, std::vector<Match>& out) {
  std::string_view s = line.text();
  // ("at " by find_char3, 16 bytes at a time: not memchr stopping at every blank.)
  for (std::size_t a = util::find_char3(s, 0, "at "); a != std::string_view::npos;
       a = util::find_char3(s, a + 1, "at ")) {
    if (a < 3 || s[a - 1] != ' ') {
      continue;
    }
    const std::size_t p = a - 1; // the blank before "at "
    std::size_t l = p;
    bool marked = false;
    while (l > 0 && is_local_char(s[l - 1])) {
      --l;
      marked = marked || s[l] == '.' || s[l] == '_' || s[l] == '-' || util::is_digit(s[l]);
    }
    if (p - l < 2 || !marked || !util::is_alpha(s[l]) || s[p - 1] == '.') {
      continue;
    }
    std::size_t r = p + 4;
    while (r < s.size() && is_domain_char(s[r]) && !(s[r] >= 'A' && s[r] <= 'Z')) {
      ++r;
    }
    while (r > p + 4 && (s[r - 1] == '.' || s[r - 1] == '-')) {
      --r;
    }
    if ((r < s.size() && util::is_alnum(s[r])) || !valid_domain(s.substr(p + 4, r - p - 4))) {
      continue;
    }
    std::string_view cue = line.cue_near(l, r, patterns::CueClass::email, true);
    out.push_back(Match{PiiType::email, static_cast<std::uint32_t>(l),
                        static_cast<std::uint32_t>(r), 0.85f, "email", "spelled-at", cue});
  }
}

namespace {
// The words that say an address's characters aloud in Taiwan (小老鼠 is '@').
constexpr std::pair<std::string_view, char> k_spoken[] = {
    {"小老鼠", '@'}, {"底線", '_'}, {"點", '.'}, {"dot", '.'}, {"減號", '-'}, {"dash", '-'}};

// The spoken word at s[p] (blanks skipped before it), its character in `*c`; the offset after it
// and the blanks that follow, or 0.
std::size_t spoken_at(std::string_view s, std::size_t p, char* c) {
  while (p < s.size() && s[p] == ' ') {
    ++p;
  }
  for (const auto& [word, ch] : k_spoken) {
    if (util::has_at(s, p, word)) {
      *c = ch;
      p += word.size();
      while (p < s.size() && s[p] == ' ') {
        ++p;
      }
      return p;
    }
  }
  return 0;
}

// A token of letters and digits, perhaps spelled a letter at a time (y-a-h-u-i), at s[p]: its
// end, its characters (hyphens between single letters dropped) appended to `out`.
std::size_t spoken_token(std::string_view s, std::size_t p, std::string& out) {
  std::size_t e = p;
  while (e < s.size() && (util::is_alnum(s[e]) ||
                          (s[e] == '-' && e > p && e + 1 < s.size() && util::is_alnum(s[e + 1])))) {
    if (s[e] != '-') {
      out.push_back(static_cast<char>(util::is_alpha(s[e]) ? s[e] | 0x20 : s[e]));
    }
    ++e;
  }
  return e;
}

// An address said aloud, as a call log writes it down (y-a-h-u-i 底線 n-i 小老鼠 gmail 點 com):
// tokens joined by 底線, 點, 減號 before 小老鼠, and a domain whose labels 點 joins after it.
void spoken_emails(std::string_view s, std::vector<Match>& out) {
  for (std::size_t at = s.find("小老鼠"); at != std::string_view::npos;
       at = s.find("小老鼠", at + 9)) {
    // Right: the domain.
    std::string domain;
    std::size_t r = at + 9;
    while (r < s.size() && s[r] == ' ') {
      ++r;
    }
    std::size_t end = r;
    for (char c = 0;;) {
      const std::size_t e = spoken_token(s, r, domain);
      if (e == r) {
        break;
      }
      end = e;
      const std::size_t q = spoken_at(s, e, &c);
      if (q == 0 || c != '.') {
        break;
      }
      domain.push_back('.');
      r = q;
    }
    if (!domain.empty() && domain.back() == '.') {
      domain.pop_back();
    }
    if (!valid_domain(domain)) {
      continue;
    }
    // Left: the local part, token by token back to one that no spoken word joins.
    std::size_t l = at;
    for (bool first = true;;) {
      std::size_t b = l;
      while (b > 0 && s[b - 1] == ' ') {
        --b;
      }
      if (!first) {
        // (A joining word ends at b: 底線, 點, 減號.)
        bool joined = false;
        for (const auto& [word, ch] : k_spoken) {
          if (ch != '@' && b >= word.size() && s.substr(b - word.size(), word.size()) == word) {
            b -= word.size();
            while (b > 0 && s[b - 1] == ' ') {
              --b;
            }
            joined = true;
            break;
          }
        }
        if (!joined) {
          break;
        }
      }
      std::size_t a = b;
      while (a > 0 && (util::is_alnum(s[a - 1]) ||
                       (s[a - 1] == '-' && a >= 2 && util::is_alnum(s[a - 2])))) {
        --a;
      }
      if (a == b || (a > 0 && s[a - 1] == '-')) {
        break;
      }
      l = a;
      first = false;
    }
    if (l == at) {
      continue;
    }
    out.push_back(Match{PiiType::email, static_cast<std::uint32_t>(l),
                        static_cast<std::uint32_t>(end), 0.8f, "email", "spoken", ""});
  }
}
} // namespace

void find_spoken_emails(Line& line, std::vector<Match>& out) {
  const std::string_view s = line.text();
  // (Lower-case letters first, 16 bytes at a time: most lines of prose have none.)
  if (util::next_lower(s, 0) < s.size() && util::find_char3(s, 0, "鼠") != std::string_view::npos) {
    spoken_emails(s, out);
  }
}

// Addresses with the '@' spelled out so that harvesters miss them (lin.hsiao.ting (at)
// gmail.com, wang[at]example[dot]com): still someone's address. "(at)" or "[at]" in either case,
// one blank or none on each side; the domain's dots may be spelled "(dot)" the same way. Found
// from each closing bracket (memchr: most windows hold none after "at").
void find_spelled_emails(Line& line, std::vector<Match>& out) {
  std::string_view s = line.text();
  // The '@' as raw HTML may write it: cy.shangguan&#64;gmail.com, &#x40;, &commat;.
  if (s.find('&') != std::string_view::npos) {
    for (std::string_view entity : {"&#64;", "&#x40;", "&commat;"}) {
      for (std::size_t at = s.find(entity); at != std::string_view::npos;
           at = s.find(entity, at + 1)) {
        std::size_t l = 0, r = 0;
        address_around(s, at, entity.size(), &l, &r);
        if (l == at || s[at - 1] == '.' ||
            !valid_domain(s.substr(at + entity.size(), r - at - entity.size()))) {
          continue;
        }
        std::string_view cue = line.cue_near(l, r, patterns::CueClass::email, true);
        out.push_back(Match{PiiType::email, static_cast<std::uint32_t>(l),
                            static_cast<std::uint32_t>(r), 0.9f, "email", "html-entity", cue});
      }
    }
  }
  for (char close : {')', ']'}) {
    for (std::size_t c = s.find(close); c != std::string_view::npos; c = s.find(close, c + 1)) {
      const std::size_t p = spelled_at_before(s, c);
      if (p == std::string_view::npos) {
        continue;
      }
      std::size_t l = p > 0 && s[p - 1] == ' ' ? p - 1 : p;
      const std::size_t local_end = l;
      while (l > 0 && is_local_char(s[l - 1])) {
        --l;
      }
      while (l < local_end && s[l] == '.') {
        ++l;
      }
      std::size_t r = c + 1 < s.size() && s[c + 1] == ' ' ? c + 2 : c + 1;
      std::string domain;
      std::size_t end = r;
      while (r < s.size()) {
        if (is_domain_char(s[r])) {
          domain.push_back(s[r++]);
          end = r;
          continue;
        }
        // " (dot) " between two labels.
        std::size_t q = s[r] == ' ' ? r + 1 : r;
        const std::size_t dot = spelled_at(s, q, "dot");
        if (dot == 0 || domain.empty()) {
          break;
        }
        q += dot;
        q = q < s.size() && s[q] == ' ' ? q + 1 : q;
        if (q >= s.size() || !is_domain_char(s[q])) {
          break;
        }
        domain.push_back('.');
        r = q;
      }
      while (!domain.empty() && (domain.back() == '.' || domain.back() == '-')) {
        domain.pop_back();
        --end;
      }
      if (l == local_end || s[local_end - 1] == '.' || !valid_domain(domain)) {
        continue;
      }
      std::string_view cue = line.cue_near(l, end, patterns::CueClass::email, true);
      out.push_back(Match{PiiType::email, static_cast<std::uint32_t>(l),
                          static_cast<std::uint32_t>(end), 0.9f, "email", "spelled-at", cue});
    }
  }
}

void find_emails(Line& line, std::vector<Match>& out) {
  std::string_view s = line.text();
  for (std::size_t at = s.find('@'); at != std::string_view::npos; at = s.find('@', at + 1)) {
    std::size_t l = 0, r = 0;
    address_around(s, at, 1, &l, &r);
    // (A local part may end with its dot, which RFC 5322 forbids but some providers gave out —
    // kao66.@hotmail.com, set254b: still someone's address. Two dots in a row it may not hold.)
    if (l == at || s.substr(l, at - l).find("..") != std::string_view::npos ||
        !valid_domain(s.substr(at + 1, r - at - 1))) {
      continue;
    }
    // A placeholder of a form or a manual (name@example.com, someone@example.org, xxx@…): the
    // reserved example domains with a local part that names no one.
    if (placeholder_address(s.substr(l, at - l), s.substr(at + 1, r - at - 1))) {
      continue;
    }
    // A message's identifier in a mail header (Message-ID: <CAF9x…@mail.gmail.com>) is no one's
    // address.
    if (l > 0 && s[l - 1] == '<') {
      const std::size_t ls = s.rfind('\n', l);
      const std::string_view head = s.substr(ls == std::string_view::npos ? 0 : ls + 1, 16);
      if (head.starts_with("Message-ID") || head.starts_with("Message-Id") ||
          head.starts_with("In-Reply-To") || head.starts_with("References")) {
        continue;
      }
    }
    std::string_view cue = line.cue_near(l, r, patterns::CueClass::email, true);
    out.push_back(Match{PiiType::email, static_cast<std::uint32_t>(l),
                        static_cast<std::uint32_t>(r), cue.empty() ? 0.95f : 0.99f, "email",
                        cue.empty() ? "shape" : "shape+cue", cue});
  }
  find_spelled_emails(line, out);
}

} // namespace twpii::detectors
