// planted: what gen_eval plants in documents (IDs with check digits, phones, e-mails, street
// addresses, personal names, dates of birth and look-alikes), random but reproducible from one
// seed. Independent of libtwpii on purpose: addresses are built from a sample of the Chunghwa Post
// road list in tests/eval/data/, not from the library's gazetteer.
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

// A person. `name` is written as surname + given name: 陳雅婷, 歐陽志明 (compound surname), 王偉
// (one given character), 陳林秀英 (冠夫姓: husband's + own surname + given), 阮氏香 (Vietnamese-
// origin). `anchored` is false for transliterated names that do not start with a surname (瑪莉亞):
// the person_name detector cannot find those by design.
struct Person {
  std::string name;
  std::string surname; // the first surname written: 陳, 歐陽; 陳 for 陳林秀英
  std::string roman;   // e.g. "chen.yating"
  bool female = false;
  bool foreign = false;
  bool anchored = true;
  Tags tags; // name_len2/3/4, name_compound, name_guanfu, name_foreign_vn, name_given_top ...
};

// A look-alike with the text around it: {text before, the look-alike, text after}.
struct LookAlike {
  std::string before;
  Planted item;
  std::string after;
};

Person make_person(Rng& rng, bool foreign = false);
// A surname alone (for 陳小姐, 林先生): one of the top 100, sometimes a compound one.
Person make_surname_only(Rng& rng, bool female);
std::string honorific(Rng& rng, bool female); // 先生 | 小姐, 女士, 太太 | 君
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

// ---- dates of birth (§4.9) ----

// A date of birth in one of the written forms the birth_date detector documents: 民國74年5月3日,
// 74年5月3日, 1985年5月3日, 74.05.03, 074/05/03, 1985-05-03, 1985/5/3 (tags birth_<form>).
Planted make_birth_date(Rng& rng);
// The same date in Chinese numerals (民國七十四年五月三日): a documented limit of the detector.
Planted make_birth_date_kanji(Rng& rng);
// A recent date (2015-2024) in the same written forms, for non-birth look-alikes.
std::string recent_date(Rng& rng);
// Words that begin with a surname character (林地, 高雄, 曾經 ...), also right after a role label
// (陳情人陳情事項如下, 申請人高雄市政府), and organisations after labels.
LookAlike make_name_lookalike(Rng& rng);
// Dates that are not dates of birth: 發文日期, 會議日期, 發生於 (生於 inside), 學生於, 生效.
LookAlike make_date_lookalike(Rng& rng);

LookAlike look(std::string before, std::string text, std::string tag, std::string after);
LookAlike make_lookalike(Rng& rng);
std::string roc_year(Rng& rng);

// ASCII 0x21-0x7E -> U+FF01-FF5E, space -> U+3000; other bytes unchanged.
std::string to_fullwidth(std::string_view text);
std::string with_commas(std::string_view digits); // "1234567" -> "1,234,567"

} // namespace eval
