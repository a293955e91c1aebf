// gen_gazetteer_tables: lays out the gazetteer's name sets at build time and writes them out as
// constant arrays, so that twpii spends no start-up time on 34,000 place names.
//
// usage: gen_gazetteer_tables PATTERNS_DIR OUT.cpp
// Reads counties.tsv and gazetteer_{districts.tsv,roads.txt,villages.txt} from PATTERNS_DIR,
// adds the spellings documents use besides (台 for 臺, 巿 for a county's 市, 高市 and the other
// short forms, the districts' names before the 2010 and 2014 mergers and the 鎮 of a county's
// 市) and writes OUT.cpp, which defines patterns::gazetteer(). A missing file or a malformed row
// is an error: a message on stderr and exit status 1 (the build stops).
#include "name_set.hpp"

#include <cstdio>
#include <deque>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

namespace {

using twpii::patterns::NameSet;

[[noreturn]] void fail(const std::string& what) {
  std::fprintf(stderr, "gen_gazetteer_tables: %s\n", what.c_str());
  std::exit(1);
}

// The non-empty, non-comment lines of a file, split at tabs.
std::vector<std::vector<std::string>> rows(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    fail("cannot read " + path);
  }
  std::vector<std::vector<std::string>> out;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') {
      continue;
    }
    std::vector<std::string> fields;
    std::istringstream ls(line);
    for (std::string f; std::getline(ls, f, '\t');) {
      fields.push_back(f);
    }
    out.push_back(std::move(fields));
  }
  return out;
}

// Names kept alive for the string_views a NameSet is made from.
class Names {
public:
  void add(std::string name) { m_views.push_back(m_store.emplace_back(std::move(name))); }
  const std::vector<std::string_view>& views() const { return m_views; }

private:
  std::deque<std::string> m_store; // never moves its strings
  std::vector<std::string_view> m_views;
};

void write_set(std::ostream& out, const std::string& id, const NameSet& set) {
  const NameSet::Tables& t = set.tables();
  out << "constexpr NameSet::Slot k_" << id << "_slots[] = {";
  for (std::size_t i = 0; i < t.slots.size(); ++i) {
    out << (i % 8 == 0 ? "\n" : " ") << '{' << t.slots[i].check << "u," << t.slots[i].place
        << "u},";
  }
  out << "};\nconstexpr std::uint64_t k_" << id << "_filter[] = {";
  for (std::size_t i = 0; i < t.filter.size(); ++i) {
    out << (i % 8 == 0 ? "\n" : " ") << t.filter[i] << "ull,";
  }
  out << "};\nconstexpr std::uint8_t k_" << id << "_longest[] = {";
  for (std::size_t i = 0; i < t.longest.size(); ++i) {
    out << (i % 32 == 0 ? "\n" : "") << static_cast<unsigned>(t.longest[i]) << ',';
  }
  // The names as one literal of octal escapes: any byte is safe in it.
  out << "};\nconstexpr char k_" << id << "_names[] =";
  for (std::size_t i = 0; i < t.names.size(); ++i) {
    if (i % 32 == 0) {
      out << (i == 0 ? "" : "\"") << "\n\"";
    }
    char buf[8];
    std::snprintf(buf, sizeof buf, "\\%03o", static_cast<unsigned char>(t.names[i]));
    out << buf;
  }
  out << (t.names.empty() ? "\"\"" : "\"") << ";\n";
  out << "constexpr NameSet::Tables k_" << id << "{k_" << id << "_slots, k_" << id << "_filter, k_"
      << id << "_longest, std::string_view(k_" << id << "_names, sizeof k_" << id
      << "_names - 1)};\n\n";
}

// `name` with every 臺 written 台, as most documents write it (霧臺鄉 → 霧台鄉).
std::string with_tai(std::string name) {
  for (std::size_t at = name.find("臺"); at != std::string::npos; at = name.find("臺", at + 3)) {
    name.replace(at, 3, "台");
  }
  return name;
}

} // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    fail("usage: gen_gazetteer_tables PATTERNS_DIR OUT.cpp");
  }
  const std::string dir = argv[1];
  Names counties, districts, roads, villages;
  for (const auto& f : rows(dir + "/counties.tsv")) {
    if (f.size() != 2) {
      fail("malformed row in counties.tsv");
    }
    counties.add(f[0]);
    if (f[0].starts_with("臺")) {
      counties.add("台" + f[0].substr(3));
    }
    // 巿 (U+5DFF) typed for 市, a mistake Big5 and input methods make easy (桃園巿).
    if (f[0].ends_with("市")) {
      const std::string typo = f[0].substr(0, f[0].size() - 3) + "巿";
      counties.add(typo);
      if (typo.starts_with("臺")) {
        counties.add("台" + typo.substr(3));
      }
    }
  }
  // The short forms of the municipalities and cities case notes and forms use (高市小港區,
  // 北市大安區, 竹市東區).
  for (const char* abbreviation :
       {"北市", "新北", "桃市", "中市", "南市", "高市", "基市", "竹市", "嘉市"}) {
    counties.add(abbreviation);
  }
  for (const auto& f : rows(dir + "/gazetteer_districts.tsv")) {
    if (f.size() != 2) {
      fail("malformed row in gazetteer_districts.tsv");
    }
    districts.add(f[1]);
    if (const std::string tai = with_tai(f[1]); tai != f[1]) {
      districts.add(tai); // 台東市, 台西鄉, 霧台鄉
    }
    // A county's 市 was a 鎮 before its upgrade (頭份鎮 → 頭份市 in 2015, 員林鎮 → 員林市), and
    // old papers and people still write the 鎮.
    if (!f[0].ends_with("市") && f[1].ends_with("市") && f[1].size() > 6) {
      districts.add(f[1].substr(0, f[1].size() - 3) + "鎮");
    }
    // Districts of the merged counties were 市, 鎮 or 鄉 before (板橋市 → 板橋區).
    const bool merged = f[0] == "新北市" || f[0] == "臺中市" || f[0] == "臺南市" ||
                        f[0] == "高雄市" || f[0] == "桃園市";
    if (merged && f[1].ends_with("區") && f[1].size() > 6) {
      const std::string base = f[1].substr(0, f[1].size() - 3);
      for (const char* suffix : {"市", "鎮", "鄉"}) {
        districts.add(base + suffix);
      }
    }
  }
  for (const auto& f : rows(dir + "/gazetteer_roads.txt")) {
    roads.add(f[0]);
    if (const std::string tai = with_tai(f[0]); tai != f[0]) {
      roads.add(tai);
    }
  }
  for (const auto& f : rows(dir + "/gazetteer_villages.txt")) {
    villages.add(f[0]);
    if (const std::string tai = with_tai(f[0]); tai != f[0]) {
      villages.add(tai);
    }
  }

  std::ostringstream out;
  out << "// Generated by patterns/gen_gazetteer_tables.cpp from patterns/counties.tsv and\n"
         "// patterns/gazetteer_*. Do not edit.\n"
         "#include \"patterns.hpp\"\n\nnamespace twpii::patterns {\nnamespace {\n";
  write_set(out, "counties", NameSet(counties.views()));
  write_set(out, "districts", NameSet(districts.views()));
  write_set(out, "roads", NameSet(roads.views()));
  write_set(out, "villages", NameSet(villages.views()));
  out << "} // namespace\n\nconst Gazetteer& gazetteer() {\n"
         "  static const Gazetteer g{NameSet(k_counties), NameSet(k_districts), "
         "NameSet(k_roads),\n                          NameSet(k_villages)};\n"
         "  return g;\n}\n\n} // namespace twpii::patterns\n";
  std::ofstream file(argv[2], std::ios::binary);
  file << out.str();
  if (!file.flush()) {
    fail(std::string("cannot write ") + argv[2]);
  }
  return 0;
}
