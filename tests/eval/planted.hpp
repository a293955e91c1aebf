// planted: what gen_eval plants in documents (IDs with check digits, phones, e-mails, street
// addresses and look-alikes), random but reproducible from one seed. Independent of libtwpii on
// purpose: addresses are built from a sample of the Chunghwa Post road list in tests/eval/data/,
// not from the library's gazetteer.
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

// ---- addresses (tw-pii-formats §6) ----

struct Road {
  std::string zip;      // 6 digits (3+3)
  std::string county;   // 臺北市 ...
  std::string district; // 大安區 ...
  std::string name;     // without a trailing X段
  int section = 0;      // the X of a stripped X段, else 0
  enum class Kind { Street, NamedLane, Place } kind = Kind::Street;
};

// Roads and villages read at run time from tests/eval/data/ (a fixed random sample of the
// Chunghwa Post road list and of the village names; see data/README.md).
struct Gazetteer {
  std::vector<Road> streets; // ... 路 / 街 / 大道
  std::vector<Road> lanes;   // named lanes: 富春路四維巷, 三民路二段正泰二巷
  std::vector<Road> places;  // place names without a street: 草林, 牛埔寮
  std::vector<std::string> villages_cun, villages_li; // 順安村, 成大里
  static Gazetteer load(const std::string& dir);
};

struct AddressSpec {
  bool cue_before = false;    // right after a cue word (住, 地址：...): may start at the road
  bool end_at_number = false; // a locative follows (前, 騎樓 ...): end at 號, no floor or room
};

// A street address; its text runs from the first component written to the last.
Planted make_address(Rng& rng, const Gazetteer& g, const AddressSpec& spec);
// Road names without a number, 地號, 文號-like numbers with 號, bus routes, MRT exits ...
LookAlike make_address_lookalike(Rng& rng, const Gazetteer& g);

std::string chinese_number(int n); // 1..999: 25 -> 二十五, 105 -> 一百零五

LookAlike look(std::string before, std::string text, std::string tag, std::string after);
LookAlike make_lookalike(Rng& rng);
std::string roc_year(Rng& rng);

// ASCII 0x21-0x7E -> U+FF01-FF5E, space -> U+3000; other bytes unchanged.
std::string to_fullwidth(std::string_view text);
std::string with_commas(std::string_view digits); // "1234567" -> "1,234,567"

} // namespace eval
