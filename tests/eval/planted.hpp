// planted: what gen_eval plants in documents (IDs with check digits, phones, e-mails and
// look-alikes), random but reproducible from one seed. Independent of libtwpii on purpose.
#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace eval {

using Tags = std::vector<std::string>;

// Deterministic random source; every draw goes through std::mt19937_64.
class Rng {
public:
  explicit Rng(std::uint64_t seed) : engine_(seed) {}
  int between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(engine_); }
  bool chance(double p) { return between(0, 9999) < static_cast<int>(p * 10000); }
  template <class C> const auto& pick(const C& items) {
    return items[static_cast<std::size_t>(between(0, static_cast<int>(std::size(items)) - 1))];
  }
  char pick_char(std::string_view chars) { return pick(chars); }
  std::string digits(int n) {
    std::string s;
    for (int i = 0; i < n; ++i) {
      s += static_cast<char>('0' + between(0, 9));
    }
    return s;
  }
  std::string number(int lo, int hi, int width = 0) {
    std::string s = std::to_string(between(lo, hi));
    return std::string(s.size() < static_cast<std::size_t>(width) ? width - s.size() : 0, '0') + s;
  }

private:
  std::mt19937_64 engine_;
};

struct Planted {
  std::string text;
  std::string type; // empty for a look-alike
  Tags tags;
};

struct Person {
  std::string name;
  std::string roman; // e.g. "chen.yating"
  bool female = false;
  bool foreign = false;
};

// A look-alike with the text around it: {text before, the look-alike, text after}.
struct LookAlike {
  std::string before;
  Planted item;
  std::string after;
};

Person make_person(Rng& rng, bool foreign = false);
Planted make_national_id(Rng& rng, bool female);
Planted make_resident_id(Rng& rng, bool female); // legacy (2 letters) or new (8/9) format
Planted make_id(Rng& rng, const Person& person); // resident ID for foreigners
Planted make_mobile(Rng& rng);
Planted make_landline(Rng& rng, bool allow_extension = true);
Planted make_phone(Rng& rng);
Planted make_email(Rng& rng, const Person& person);

LookAlike look(std::string before, std::string text, std::string tag, std::string after);
LookAlike make_lookalike(Rng& rng);
std::string roc_year(Rng& rng);

// ASCII 0x21-0x7E -> U+FF01-FF5E, space -> U+3000; other bytes unchanged.
std::string to_fullwidth(std::string_view text);
std::string with_commas(std::string_view digits); // "1234567" -> "1,234,567"

} // namespace eval
