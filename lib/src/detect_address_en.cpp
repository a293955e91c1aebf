// Taiwanese addresses written in English, as Chunghwa Post romanises them for foreigners' forms
// and letters: "2F., No. 6, Aly. 14, Ln. 217, Sec. 2, Xinglong Rd., Wenshan Dist., Taipei City
// 116071" — floor and room, number, alley, lane, section, road or village, district, city or
// county and postal code, comma-separated, smallest first. Found from each "No." with a road or
// a village after it and a district, a city, a county or a postal code after that.
#include "detectors.hpp"
#include "text_util.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace twpii::detectors {

namespace {
constexpr std::size_t npos = std::string_view::npos;

// In the order they are written (smallest first).
enum class Part { none, floor, number, lane, road, neighbourhood, village, district, city, postal };

bool upper(std::string_view s, std::size_t i) {
  return i < s.size() && s[i] >= 'A' && s[i] <= 'Z';
}
bool lower(std::string_view s, std::size_t i) {
  return i < s.size() && s[i] >= 'a' && s[i] <= 'z';
}

// The end of `word` at i, as written or in capitals (forms: NO. 6, LN. 217, XINGLONG RD.),
// with its '.' if one follows, when no letter follows; else npos.
std::size_t word_at(std::string_view s, std::size_t i, std::string_view word) {
  if (i + word.size() > s.size() || lower(s, i + word.size()) || upper(s, i + word.size())) {
    return npos;
  }
  bool as_written = true, capitals = true;
  for (std::size_t k = 0; k < word.size(); ++k) {
    const char c = s[i + k], w = word[k];
    as_written = as_written && c == w;
    capitals = capitals && c == (w >= 'a' && w <= 'z' ? static_cast<char>(w - 32) : w);
  }
  if (!as_written && !capitals) {
    return npos;
  }
  i += word.size();
  return i < s.size() && s[i] == '.' ? i + 1 : i;
}

// The end of one of `words` at i (see word_at), or npos.
template <std::size_t N>
std::size_t any_word_at(std::string_view s, std::size_t i,
                        const std::array<std::string_view, N>& words) {
  for (std::string_view w : words) {
    if (const std::size_t e = word_at(s, i, w); e != npos) {
      return e;
    }
  }
  return npos;
}

// A number (12, 12-3) at i and its end, or npos.
std::size_t number_at(std::string_view s, std::size_t i) {
  std::size_t e = util::digits_end(s, i);
  if (e == i || e - i > 5) {
    return npos;
  }
  if (e + 1 < s.size() && s[e] == '-' && util::is_digit(s[e + 1])) {
    e = util::digits_end(s, e + 1);
  }
  return e;
}

// The end of an ordinal at i (1st, 2nd, 23rd, 4th), or npos.
std::size_t ordinal_at(std::string_view s, std::size_t i) {
  const std::size_t e = util::digits_end(s, i);
  if (e == i) {
    return npos;
  }
  for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
    if (s.substr(e).starts_with(suffix) && !lower(s, e + 2)) {
      return e + 2;
    }
  }
  return npos;
}

// The component of an English address at s[i] and its end (`*part`), or npos.
std::size_t component_at(std::string_view s, std::size_t i, Part* part) {
  static constexpr std::array<std::string_view, 6> k_numbered = {"Aly",   "Ln",   "Sec",
                                                                 "Alley", "Lane", "Section"};
  static constexpr std::array<std::string_view, 11> k_roads = {
      "Rd", "Road", "St", "Street", "Ave", "Avenue", "Blvd", "Boulevard", "Hwy", "Highway", "Expy"};
  static constexpr std::array<std::string_view, 3> k_villages = {"Vil", "Village", "Li"};
  static constexpr std::array<std::string_view, 5> k_districts = {"Dist", "District", "Township",
                                                                  "Twp", "Town"};
  static constexpr std::array<std::string_view, 2> k_cities = {"City", "County"};
  // Floor, room: 2F., 2F.-1, 3rd Fl., Rm. 5, Room 501 (not B1: basements are left out).
  if (util::is_digit(s[i])) {
    std::size_t e = util::digits_end(s, i);
    if (e < s.size() && s[e] == 'F') {
      e = word_at(s, e, "F");
      if (e != npos && e + 1 < s.size() && s[e] == '-' && util::is_digit(s[e + 1])) {
        e = util::digits_end(s, e + 1);
      }
      *part = Part::floor;
      return e;
    }
    if (e - i >= 3 && e - i <= 6 && e - i != 4) {
      *part = Part::postal; // 116, 11607, 116071
      return e;
    }
    // 3rd Fl., 2nd Lane, 10th Neighborhood
    if (const std::size_t o = ordinal_at(s, i); o != npos && o < s.size() && s[o] == ' ') {
      if (const std::size_t f =
              any_word_at(s, o + 1, std::array<std::string_view, 2>{"Fl", "Floor"});
          f != npos) {
        *part = Part::floor;
        return f;
      }
      if (const std::size_t l = any_word_at(s, o + 1, k_numbered); l != npos) {
        *part = Part::lane; // 2nd Lane
        return l;
      }
      if (const std::size_t l = word_at(s, o + 1, "Neighborhood"); l != npos) {
        *part = Part::neighbourhood; // 10th Neighborhood (鄰)
        return l;
      }
    }
    return npos;
  }
  if (const std::size_t e = any_word_at(s, i, std::array<std::string_view, 2>{"Rm", "Room"});
      e != npos && e + 1 < s.size() && s[e] == ' ') {
    std::size_t n = number_at(s, e + 1);
    if (n == npos && e + 2 <= s.size() && s[e + 1] >= 'A' && s[e + 1] <= 'Z' &&
        (e + 2 == s.size() || !util::is_alnum(s[e + 2]))) {
      n = e + 2; // Rm. C: a room named by a letter
    }
    *part = Part::floor;
    return n;
  }
  if (const std::size_t e = word_at(s, i, "No"); e != npos) {
    const std::size_t n = number_at(s, e < s.size() && s[e] == ' ' ? e + 1 : e);
    *part = Part::number;
    return n;
  }
  if (const std::size_t e = any_word_at(s, i, k_numbered); e != npos && e + 1 < s.size()) {
    *part = Part::lane; // Ln. 217, Sec. 2, Lane 5
    return number_at(s, s[e] == ' ' ? e + 1 : e);
  }
  if (const std::size_t e = word_at(s, i, "Neighborhood");
      e != npos && e + 1 < s.size() && s[e] == ' ') {
    *part = Part::neighbourhood; // Neighborhood 10
    return number_at(s, e + 1);
  }
  // A name of capitalised words or ordinals (Xinglong, Zhongshan 1st, Ren'ai), then its kind.
  std::size_t e = i, words = 0;
  while (words < 5) {
    std::size_t w = e;
    if (upper(s, w)) {
      ++w;
      // Capitalised (Xinglong, Ren'ai) or in capitals (XINGLONG).
      const bool caps = upper(s, w);
      // (An apostrophe typeset as ’ too: Da’an — set51b.)
      auto joiner = [&](std::size_t at) -> std::size_t {
        return at < s.size() && (s[at] == '\'' || s[at] == '-') ? 1
               : util::has_at(s, at, "’")                       ? 3
                                                                : 0;
      };
      for (;;) {
        if (caps ? upper(s, w) : lower(s, w)) {
          ++w;
        } else if (const std::size_t j = joiner(w);
                   j != 0 && (caps ? upper(s, w + j) : lower(s, w + j))) {
          w += j;
        } else {
          break;
        }
      }
      if (w == e + 1 && w < s.size() && s[w] == '.' && words > 0) {
        ++w; // Minsheng E. Rd.: a direction
      }
    } else if (const std::size_t o = ordinal_at(s, w); o != npos && words > 0) {
      w = o;
    } else {
      break;
    }
    if (w - e < 2 && words == 0) {
      return npos;
    }
    ++words;
    if (w < s.size() && (s[w] == ' ' || s[w] == '-')) {
      const std::size_t next = w + 1;
      if (const std::size_t k = any_word_at(s, next, k_roads); k != npos) {
        *part = Part::road;
        return k;
      }
      if (const std::size_t k = any_word_at(s, next, k_villages); k != npos) {
        *part = Part::village;
        return k;
      }
      if (const std::size_t k = any_word_at(s, next, k_districts); k != npos) {
        *part = Part::district;
        return k;
      }
      if (const std::size_t k = any_word_at(s, next, k_cities); k != npos) {
        *part = Part::city; // the postal code after it, one blank apart: Taipei City 116071
        if (k + 1 < s.size() && s[k] == ' ' && util::is_digit(s[k + 1])) {
          const std::size_t z = util::digits_end(s, k + 1);
          return z - k - 1 >= 3 && z - k - 1 <= 6 ? z : k;
        }
        return k;
      }
      e = next;
    } else {
      break;
    }
  }
  return npos;
}
} // namespace

void find_english_addresses(Line& line, std::vector<Match>& out) {
  std::string_view s = line.text();
  // Where an address may start: each "No." and each bare house number before a lane or an alley
  // ("12, Ln. 35, Sec. 2, Muzha Rd., …": a form's field that left "No." out), in order.
  static thread_local std::vector<std::size_t> starts;
  starts.clear();
  for (std::size_t k = s.find('N'); k != npos; k = s.find('N', k + 1)) {
    starts.push_back(k);
  }
  // (From each 'L': a search for ", L" stopped at every comma of a CSV row.)
  for (std::size_t l = s.find('L'); l != npos; l = s.find('L', l + 1)) {
    if (l < 3 || s[l - 1] != ' ' || s[l - 2] != ',') {
      continue;
    }
    const std::size_t c = l - 2;
    std::size_t b = c;
    while (b > 0 && util::is_digit(s[b - 1])) {
      --b;
    }
    if (b < c && c - b <= 4 && (b == 0 || !util::is_alnum(s[b - 1])) &&
        (word_at(s, c + 2, "Ln") != npos || word_at(s, c + 2, "Lane") != npos)) {
      starts.insert(std::lower_bound(starts.begin(), starts.end(), b), b);
    }
  }
  std::size_t done = 0; // the end of the last address found
  for (std::size_t k : starts) {
    if (k < done) {
      continue;
    }
    std::size_t end;
    if (util::is_digit(s[k])) {
      end = util::digits_end(s, k); // the bare number
    } else {
      if ((k > 0 && util::is_alnum(s[k - 1])) || k + 1 >= s.size() ||
          (s[k + 1] != 'o' && s[k + 1] != 'O')) {
        continue;
      }
      Part part = Part::none;
      end = component_at(s, k, &part);
      if (end == npos || part != Part::number) {
        continue;
      }
    }
    // Back through the floor and room before the number (2F., Rm. 5, No. …): the nearest start
    // of a word that reads as one and ends at the comma.
    std::size_t start = k;
    while (start >= 4 && s[start - 1] == ' ' && s[start - 2] == ',') {
      std::size_t found = npos;
      for (std::size_t b = start - 3; b + 16 > start && found == npos; --b) {
        Part p = Part::none;
        const char before = b == 0 ? ' ' : s[b - 1];
        if ((before == ' ' || before == ',' || before == '(' || before == ':' || before == '"' ||
             before == '\t' || static_cast<unsigned char>(before) >= 0x80) && // ("7F., No. …": CSV)
            component_at(s, b, &p) == start - 2 &&
            p == Part::floor) {
          found = b;
        }
        if (b == 0) {
          break;
        }
      }
      if (found == npos) {
        break;
      }
      start = found;
    }
    // Forwards through the larger parts, in order.
    bool road = false, place = false, area = false;
    Part last = Part::number;
    for (std::size_t q = end; q + 2 < s.size() && s[q] == ',';) {
      const std::size_t c = s[q + 1] == ' ' ? q + 2 : q + 1;
      Part p = Part::none;
      const std::size_t e = component_at(s, c, &p);
      if (e == npos || p == Part::floor || p == Part::number || p < last) {
        break;
      }
      road = road || p == Part::road;
      place = place || p == Part::village;
      area = area || p == Part::district || p == Part::city || p == Part::postal;
      last = p;
      end = e;
      q = e;
    }
    if ((road || place) && area) {
      out.push_back(Match{PiiType::address, static_cast<std::uint32_t>(start),
                          static_cast<std::uint32_t>(end), 0.85f, "address", "english", ""});
      done = end;
    }
  }
}

} // namespace twpii::detectors
