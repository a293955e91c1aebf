// NameSet: the longest name ending at a point, sets laid out at run time and viewed from
// tables, and the gazetteer laid out at build time with the spellings added there.
#include "name_set.hpp"
#include "patterns.hpp"

#include <doctest/doctest.h>

#include <array>
#include <string>

using twpii::patterns::NameSet;
constexpr auto npos = std::string_view::npos;

namespace {
// Asks the same questions of a set and of a set that only views its tables.
void check_set(const NameSet& set) {
  const std::string text = "住在台北市大安區和平東路";
  CHECK(set.longest_ending_at(text, text.size()) == text.find("和平東路"));
  CHECK(set.longest_ending_at(text, text.find("東路")) == npos); // 和平 is no name in the set
  CHECK(set.longest_ending_at(text, text.find("大安區")) == text.find("台北市"));
  CHECK(set.longest_ending_at(text, text.find("市")) == npos);
  CHECK(set.contains("大安區"));
  CHECK(set.contains("安區")); // a name of its own, though shorter
  CHECK_FALSE(set.contains("大安"));
  CHECK_FALSE(set.contains("x"));
  CHECK(set.longest_ending_at("abc", 3) == npos); // only ideographs make names
}
} // namespace

TEST_CASE("NameSet: the longest name that ends at a point, laid out at run time or viewed") {
  const std::array<std::string_view, 7> names{"台北市", "大安區", "安區",  "和平東路",
                                              "大安區", "x",      "平東路"};
  const NameSet set(names);
  check_set(set);
  const NameSet view(set.tables()); // as the generated gazetteer does
  check_set(view);
  CHECK(set.tables().names.size() == 9 + 9 + 6 + 12 + 9); // the duplicate and "x" left out
  const NameSet empty;
  CHECK(empty.longest_ending_at("大安區", 9) == npos);
  CHECK_FALSE(empty.contains("大安區"));
}

TEST_CASE("gazetteer: laid out at build time, with the spellings added there") {
  const auto& g = twpii::patterns::gazetteer();
  for (const char* c : {"臺北市", "台北市", "臺東縣", "台東縣", "台北縣", "高雄縣"}) {
    CAPTURE(c);
    CHECK(g.counties.contains(c));
  }
  for (const char* d : {"大安區", "板橋區", "板橋市", "臺東市", "台東市", "鳳山市", "中壢市"}) {
    CAPTURE(d);
    CHECK(g.districts.contains(d));
  }
  CHECK(g.roads.contains("和平東路"));
  CHECK(g.villages.contains("一德里"));
  CHECK_FALSE(g.roads.contains("大安區"));
  CHECK_FALSE(g.districts.contains("臺北市"));
}
