// planted: what gen_eval plants in documents (IDs with check digits, phones, e-mails, street
// addresses, names, dates of birth and look-alikes), random but reproducible from one seed.
// Independent of libtwpii on purpose.
#include "planted.hpp"

#include <algorithm>
#include <array>
#include <fstream>
#include <initializer_list>
#include <set>
#include <sstream>
#include <stdexcept>
#include <tuple>
#include <utility>

namespace eval {
namespace {

// ---- check digits (§1.3 / §2.1 of the format notes, implemented here on purpose) ----

constexpr std::string_view kIdLetters = "ABCDEFGHJKLMNPQRSTUVXYWZIO"; // index + 10 = code

int letter_code(char c) {
  return static_cast<int>(kIdLetters.find(c)) + 10;
}

// Check digit for the first nine characters of a national ID or UI number (old or new format).
char id_check_digit(std::string_view first9) {
  const int code = letter_code(first9[0]);
  const int second = first9[1] >= 'A' ? letter_code(first9[1]) % 10 : first9[1] - '0';
  const std::array<int, 10> digits{
      code / 10,       code % 10,       second,          first9[2] - '0', first9[3] - '0',
      first9[4] - '0', first9[5] - '0', first9[6] - '0', first9[7] - '0', first9[8] - '0'};
  constexpr std::array<int, 10> kWeights{1, 9, 8, 7, 6, 5, 4, 3, 2, 1};
  int sum = 0;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    sum += digits[i] * kWeights[i];
  }
  return static_cast<char>('0' + (10 - sum % 10) % 10);
}

std::string with_check_digit(std::string first9) {
  return first9 + id_check_digit(first9);
}

char isbn13_check(std::string_view twelve) {
  int sum = 0;
  for (std::size_t i = 0; i < twelve.size(); ++i) {
    sum += (twelve[i] - '0') * (i % 2 == 0 ? 1 : 3);
  }
  return static_cast<char>('0' + (10 - sum % 10) % 10);
}

std::string to_lower_ascii(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return s;
}

using Romanised = std::pair<std::string_view, std::string_view>;

// §7.2: the 2023 top 100 surnames of the Ministry of the Interior, in rank order, with common
// Taiwanese romanisations (for e-mail addresses only). 温, 黄 and 凃 have no Big5 code.
constexpr std::array<Romanised, 100> kSurnames{
    {{"陳", "chen"},   {"林", "lin"},   {"黃", "huang"}, {"張", "chang"},  {"李", "li"},
     {"王", "wang"},   {"吳", "wu"},    {"劉", "liu"},   {"蔡", "tsai"},   {"楊", "yang"},
     {"許", "hsu"},    {"鄭", "cheng"}, {"謝", "hsieh"}, {"洪", "hung"},   {"郭", "kuo"},
     {"邱", "chiu"},   {"曾", "tseng"}, {"廖", "liao"},  {"賴", "lai"},    {"徐", "hsu"},
     {"周", "chou"},   {"葉", "yeh"},   {"蘇", "su"},    {"莊", "chuang"}, {"呂", "lu"},
     {"江", "chiang"}, {"何", "ho"},    {"蕭", "hsiao"}, {"羅", "lo"},     {"高", "kao"},
     {"潘", "pan"},    {"簡", "chien"}, {"朱", "chu"},   {"鍾", "chung"},  {"游", "yu"},
     {"彭", "peng"},   {"詹", "chan"},  {"胡", "hu"},    {"施", "shih"},   {"沈", "shen"},
     {"余", "yu"},     {"盧", "lu"},    {"梁", "liang"}, {"趙", "chao"},   {"顏", "yen"},
     {"柯", "ko"},     {"翁", "weng"},  {"魏", "wei"},   {"孫", "sun"},    {"戴", "tai"},
     {"范", "fan"},    {"方", "fang"},  {"宋", "sung"},  {"鄧", "teng"},   {"杜", "tu"},
     {"傅", "fu"},     {"侯", "hou"},   {"曹", "tsao"},  {"薛", "hsueh"},  {"阮", "juan"},
     {"丁", "ting"},   {"卓", "cho"},   {"馬", "ma"},    {"董", "tung"},   {"温", "wen"},
     {"古", "ku"},     {"藍", "lan"},   {"石", "shih"},  {"紀", "chi"},    {"唐", "tang"},
     {"蔣", "chiang"}, {"姚", "yao"},   {"連", "lien"},  {"馮", "feng"},   {"歐", "ou"},
     {"程", "cheng"},  {"湯", "tang"},  {"黄", "huang"}, {"田", "tien"},   {"康", "kang"},
     {"姜", "chiang"}, {"白", "pai"},   {"汪", "wang"},  {"鄒", "tsou"},   {"尤", "yu"},
     {"巫", "wu"},     {"鐘", "chung"}, {"黎", "li"},    {"涂", "tu"},     {"龔", "kung"},
     {"嚴", "yen"},    {"韓", "han"},   {"袁", "yuan"},  {"金", "chin"},   {"童", "tung"},
     {"陸", "lu"},     {"夏", "hsia"},  {"柳", "liu"},   {"凃", "tu"},     {"邵", "shao"}}};

// §7.3: the top five compound/double surnames, then 司徒 and 上官.
constexpr std::array<Romanised, 7> kCompoundSurnames{{{"張簡", "changchien"},
                                                      {"歐陽", "ouyang"},
                                                      {"范姜", "fanchiang"},
                                                      {"周黃", "chouhuang"},
                                                      {"江謝", "chianghsieh"},
                                                      {"司徒", "szutu"},
                                                      {"上官", "shangkuan"}}};

// §7.4: most common given names (MOI 2014/2016) and newer ones.
constexpr std::array<Romanised, 14> kMaleNames{{{"家豪", "chiahao"},
                                                {"志明", "chihming"},
                                                {"俊傑", "chunchieh"},
                                                {"建宏", "chienhung"},
                                                {"俊宏", "chunhung"},
                                                {"志豪", "chihhao"},
                                                {"志偉", "chihwei"},
                                                {"文雄", "wenhsiung"},
                                                {"金龍", "chinlung"},
                                                {"志強", "chihchiang"},
                                                {"承恩", "chengen"},
                                                {"承翰", "chenghan"},
                                                {"宥廷", "yuting"},
                                                {"品睿", "pinjui"}}};
constexpr std::array<Romanised, 13> kFemaleNames{{{"淑芬", "shufen"},
                                                  {"淑惠", "shuhui"},
                                                  {"美玲", "meiling"},
                                                  {"雅婷", "yating"},
                                                  {"美惠", "meihui"},
                                                  {"麗華", "lihua"},
                                                  {"淑娟", "shuchuan"},
                                                  {"淑貞", "shuchen"},
                                                  {"怡君", "yichun"},
                                                  {"淑華", "shuhua"},
                                                  {"詠晴", "yungching"},
                                                  {"子晴", "tzuching"},
                                                  {"品妍", "pinyen"}}};

// Common given-name characters, paired at random; single ones give 2-character names (王偉).
constexpr std::array<Romanised, 24> kMaleChars{
    {{"志", "chih"},  {"家", "chia"}, {"俊", "chun"}, {"建", "chien"}, {"宏", "hung"},
     {"豪", "hao"},   {"明", "ming"}, {"偉", "wei"},  {"傑", "chieh"}, {"文", "wen"},
     {"承", "cheng"}, {"恩", "en"},   {"宥", "yu"},   {"廷", "ting"},  {"品", "pin"},
     {"睿", "jui"},   {"冠", "kuan"}, {"宇", "yu"},   {"柏", "po"},    {"翰", "han"},
     {"彥", "yen"},   {"哲", "che"},  {"凱", "kai"},  {"維", "wei"}}};
constexpr std::array<Romanised, 26> kFemaleChars{
    {{"淑", "shu"},   {"美", "mei"},   {"雅", "ya"},   {"婷", "ting"},  {"惠", "hui"},
     {"玲", "ling"},  {"芬", "fen"},   {"怡", "yi"},   {"麗", "li"},    {"華", "hua"},
     {"佩", "pei"},   {"珊", "shan"},  {"欣", "hsin"}, {"詩", "shih"},  {"涵", "han"},
     {"筱", "hsiao"}, {"嘉", "chia"},  {"慧", "hui"},  {"秀", "hsiu"},  {"英", "ying"},
     {"珍", "chen"},  {"晴", "ching"}, {"妍", "yen"},  {"萱", "hsuan"}, {"宜", "yi"},
     {"靜", "ching"}}};
constexpr std::array<Romanised, 8> kMaleSingle{{{"偉", "wei"},
                                                {"明", "ming"},
                                                {"傑", "chieh"},
                                                {"豪", "hao"},
                                                {"強", "chiang"},
                                                {"勇", "yung"},
                                                {"誠", "cheng"},
                                                {"宏", "hung"}}};
constexpr std::array<Romanised, 8> kFemaleSingle{{{"芳", "fang"},
                                                  {"玲", "ling"},
                                                  {"萍", "ping"},
                                                  {"娟", "chuan"},
                                                  {"婷", "ting"},
                                                  {"慧", "hui"},
                                                  {"靜", "ching"},
                                                  {"珍", "chen"}}};

// Vietnamese-origin spouses (§7.4: 氏香, 氏紅, 氏鳳, 氏翠 ...): a surname of the list, then 氏 or
// 文.
constexpr std::array<Romanised, 7> kVietSurnames{{{"阮", "nguyen"},
                                                  {"黎", "le"},
                                                  {"陳", "tran"},
                                                  {"范", "pham"},
                                                  {"吳", "ngo"},
                                                  {"潘", "phan"},
                                                  {"鄧", "dang"}}};
constexpr std::array<Romanised, 7> kVietFemale{{{"氏香", "thihuong"},
                                                {"氏紅", "thihong"},
                                                {"氏鳳", "thiphuong"},
                                                {"氏翠", "thithuy"},
                                                {"氏蘭", "thilan"},
                                                {"氏梅", "thimai"},
                                                {"氏秋", "thithu"}}};
constexpr std::array<Romanised, 5> kVietMale{{{"文雄", "vanhung"},
                                              {"文強", "vancuong"},
                                              {"文明", "vanminh"},
                                              {"文勇", "vandung"},
                                              {"文海", "vanhai"}}};
// Transliterated names that do not start with a surname (the detector cannot anchor on them).
constexpr std::array<Romanised, 7> kTransliterated{{{"瑪莉亞", "maria.santos"},
                                                    {"西蒂", "siti.aminah"},
                                                    {"頌猜", "somchai.k"},
                                                    {"安娜", "anna.reyes"},
                                                    {"約翰", "john.cruz"},
                                                    {"保羅", "paul.garcia"},
                                                    {"大衛", "david.lim"}}};

// A surname: half the time from the top 20 (more frequent), else from the whole top 100.
const Romanised& pick_surname(Rng& rng) {
  return rng.chance(0.5) ? kSurnames[static_cast<std::size_t>(rng.between(0, 19))]
                         : rng.pick(kSurnames);
}

// A given name: from the §7.4 lists, a random pair of common characters, or one character.
std::pair<std::string, std::string> pick_given(Rng& rng, bool female, Tags& tags) {
  const int form = rng.between(0, 99);
  if (form < 45) {
    const auto& [g, r] = female ? rng.pick(kFemaleNames) : rng.pick(kMaleNames);
    tags.emplace_back("name_given_top");
    return {std::string(g), std::string(r)};
  }
  if (form < 88) {
    const auto& [a, ra] = female ? rng.pick(kFemaleChars) : rng.pick(kMaleChars);
    const auto& [b, rb] = female ? rng.pick(kFemaleChars) : rng.pick(kMaleChars);
    tags.emplace_back("name_given_pair");
    return {std::string(a) + std::string(b), std::string(ra) + std::string(rb)};
  }
  const auto& [g, r] = female ? rng.pick(kFemaleSingle) : rng.pick(kMaleSingle);
  tags.emplace_back("name_given_single");
  return {std::string(g), std::string(r)};
}

std::size_t han_length(std::string_view utf8) {
  std::size_t n = 0;
  for (const char c : utf8) {
    n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  }
  return n;
}

struct Area {
  std::string_view code;  // with trunk 0
  int length;             // subscriber digits
  std::string_view leads; // allowed first subscriber digits
};

// §5.2 area codes with subscriber lengths; first digits kept inside libphonenumber's ranges.
constexpr std::array<Area, 19> kAreas{{{"02", 8, "2345678"},
                                       {"03", 7, "234"},
                                       {"03", 7, "56"},
                                       {"03", 7, "8"},
                                       {"03", 7, "9"},
                                       {"037", 6, "23456"},
                                       {"04", 8, "23"},
                                       {"04", 7, "78"},
                                       {"049", 7, "2567"},
                                       {"05", 7, "23"},
                                       {"05", 7, "567"},
                                       {"06", 7, "23567"},
                                       {"06", 7, "9"},
                                       {"07", 7, "2345678"},
                                       {"08", 7, "78"},
                                       {"082", 6, "3"},
                                       {"0826", 5, "6"},
                                       {"0836", 5, "2"},
                                       {"089", 6, "23"}}};

std::string group_subscriber(const std::string& s, char sep) {
  const std::size_t cut = s.size() == 8 ? 4 : s.size() == 5 ? 2 : 3;
  return s.substr(0, cut) + sep + s.substr(cut);
}

} // namespace

// ---- text helpers ----

// ASCII 0x21-0x7E -> U+FF01-FF5E, space -> U+3000; other bytes unchanged.
std::string to_fullwidth(std::string_view text) {
  std::string out;
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    char32_t cp = 0;
    if (c == ' ') {
      cp = 0x3000;
    } else if (c >= 0x21 && c <= 0x7E) {
      cp = 0xFF01 + (c - 0x21);
    } else {
      out += ch;
      continue;
    }
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return out;
}

std::string with_commas(std::string_view digits) {
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) {
      out += ',';
    }
    out += digits[i];
  }
  return out;
}

// ---- planted items ----

Person make_person(Rng& rng, bool foreign) {
  Person p;
  p.female = rng.chance(0.5);
  p.foreign = foreign;
  if (foreign) {
    if (rng.chance(0.35)) {
      const auto& [name, roman] = rng.pick(kTransliterated);
      p.name = name;
      p.surname = "";
      p.roman = roman;
      p.anchored = false;
      p.tags = {"name_transliterated"};
    } else {
      const auto& [sn, rs] = rng.pick(kVietSurnames);
      const auto& [given, rg] = p.female ? rng.pick(kVietFemale) : rng.pick(kVietMale);
      p.name = std::string(sn) + std::string(given);
      p.surname = sn;
      p.roman = std::string(rs) + "." + std::string(rg);
      p.tags = {"name_foreign_vn"};
    }
  } else {
    const int kind = rng.between(0, 99);
    if (kind < 7) { // 張簡, 歐陽 ... + given
      const auto& [sn, rs] = rng.pick(kCompoundSurnames);
      auto [given, rg] = pick_given(rng, p.female, p.tags);
      p.name = std::string(sn) + given;
      p.surname = sn;
      p.roman = std::string(rs) + "." + rg;
      p.tags.emplace_back("name_compound");
    } else if (kind < 12 && p.female) { // 冠夫姓: husband's surname + own surname + 2 given
      const auto& [husband, rh] = pick_surname(rng);
      const Romanised* own = &pick_surname(rng);
      while (own->first == husband) {
        own = &pick_surname(rng);
      }
      const auto& [g, rg] = rng.chance(0.5) ? rng.pick(kFemaleNames)
                                            : Romanised{"秀英", "hsiuying"}; // the §7.5 example
      p.name = std::string(husband) + std::string(own->first) + std::string(g);
      p.surname = husband;
      p.roman = std::string(rh) + std::string(own->second) + "." + std::string(rg);
      p.tags = {"name_guanfu"};
    } else {
      const auto& [sn, rs] = pick_surname(rng);
      auto [given, rg] = pick_given(rng, p.female, p.tags);
      p.name = std::string(sn) + given;
      p.surname = sn;
      p.roman = std::string(rs) + "." + rg;
    }
  }
  p.tags.push_back("name_len" + std::to_string(han_length(p.name)));
  return p;
}

Person make_surname_only(Rng& rng, bool female) {
  Person p;
  p.female = female;
  const auto& [sn, rs] = rng.chance(0.06) ? rng.pick(kCompoundSurnames) : pick_surname(rng);
  p.name = sn;
  p.surname = sn;
  p.roman = rs;
  p.tags = {"name_surname_only"};
  if (han_length(p.name) == 2) {
    p.tags.emplace_back("name_compound");
  }
  return p;
}

std::string honorific(Rng& rng, bool female) {
  if (rng.chance(0.08)) {
    return "君";
  }
  if (!female) {
    return "先生";
  }
  const int h = rng.between(0, 99);
  return h < 50 ? "小姐" : h < 85 ? "女士" : "太太";
}

Planted make_national_id(Rng& rng, bool female) {
  std::string id =
      with_check_digit(std::string{rng.pick_char(kIdLetters), female ? '2' : '1'} + rng.digits(7));
  if (rng.chance(0.08)) {
    return {to_lower_ascii(id), "national_id", {"national_id", "lower"}};
  }
  return {id, "national_id", {"national_id", "upper"}};
}

Planted make_resident_id(Rng& rng, bool female) {
  const char letter = rng.pick_char(kIdLetters);
  Planted p{"", "resident_id", {"resident_id"}};
  if (rng.chance(0.6)) {
    p.text = with_check_digit(std::string{letter, female ? '9' : '8'} + rng.digits(7));
    p.tags.emplace_back("new_format");
  } else {
    const char sex = female ? rng.pick_char("BD") : rng.pick_char("AC");
    p.text = with_check_digit(std::string{letter, sex} + rng.digits(7));
    p.tags.emplace_back("old_format");
  }
  if (rng.chance(0.06)) {
    p.text = to_lower_ascii(p.text);
    p.tags.emplace_back("lower");
  }
  return p;
}

Planted make_id(Rng& rng, const Person& person) {
  return person.foreign ? make_resident_id(rng, person.female)
                        : make_national_id(rng, person.female);
}

Planted make_mobile(Rng& rng) {
  const std::string a =
      std::string("9") + static_cast<char>('0' + rng.between(1, 8)) + rng.digits(1); // 9xx
  const std::string b = rng.digits(3);
  const std::string c = rng.digits(3);
  struct Form {
    std::string_view tag;
    std::string text;
  };
  const std::array<Form, 10> forms{{{"dash", "0" + a + "-" + b + "-" + c},
                                    {"space", "0" + a + " " + b + " " + c},
                                    {"plain", "0" + a + b + c},
                                    {"dash_4_6", "0" + a + "-" + b + c},
                                    {"intl_dash", "+886-" + a + "-" + b + "-" + c},
                                    {"intl_space", "+886 " + a + " " + b + " " + c},
                                    {"intl_plain", "+886" + a + b + c},
                                    {"886_plain", "886" + a + b + c},
                                    {"886_dash", "886-" + a + "-" + b + "-" + c},
                                    {"intl_paren", "(+886)" + a + "-" + b + "-" + c}}};
  const Form& f = rng.pick(forms);
  return {f.text, "phone", {"mobile", "mobile_" + std::string(f.tag)}};
}

Planted make_landline(Rng& rng, bool allow_extension) {
  const Area& area = rng.pick(kAreas);
  const std::string sub = std::string(1, rng.pick_char(area.leads)) + rng.digits(area.length - 1);
  const std::string code(area.code);
  const std::string nsn_code = code.substr(1);
  struct Form {
    std::string_view tag;
    std::string text;
  };
  const std::array<Form, 9> forms{
      {{"paren_grouped", "(" + code + ")" + group_subscriber(sub, '-')},
       {"paren_compact", "(" + code + ")" + sub},
       {"dash_grouped", code + "-" + group_subscriber(sub, '-')},
       {"dash_compact", code + "-" + sub},
       {"space", code + " " + group_subscriber(sub, ' ')},
       {"intl_dash", "+886-" + nsn_code + "-" + group_subscriber(sub, '-')},
       {"intl_space", "+886 " + nsn_code + " " + group_subscriber(sub, ' ')},
       {"intl_zero", "+886-(0)" + nsn_code + "-" + group_subscriber(sub, '-')},
       {"paren_space", "(" + code + ") " + group_subscriber(sub, ' ')}}};
  const Form& f = rng.pick(forms);
  Planted p{f.text, "phone", {"landline", "area_" + code, "landline_" + std::string(f.tag)}};
  if (allow_extension && rng.chance(0.25)) {
    const std::array<std::pair<std::string_view, std::string_view>, 6> exts{
        {{"ext_fenji", "分機"},
         {"ext_zhuan", "轉"},
         {"ext_hash", "#"},
         {"ext_dot", " ext. "},
         {"ext_fenji_space", " 分機 "},
         {"ext_EXT", " EXT "}}};
    const auto& [tag, marker] = rng.pick(exts);
    p.text += std::string(marker) + rng.number(1, 9) + rng.digits(rng.between(0, 4));
    p.tags.emplace_back(tag);
  }
  return p;
}

Planted make_phone(Rng& rng) {
  return rng.chance(0.55) ? make_mobile(rng) : make_landline(rng);
}

Planted make_email(Rng& rng, const Person& person) {
  const std::array<std::string_view, 9> domains{
      "example.com",    "example.org",     "example.net", "example.com.tw", "example.org.tw",
      "example.edu.tw", "mail.example.tw", "example.tw",  "ms1.example.net"};
  std::string local = person.roman;
  switch (rng.between(0, 4)) {
  case 0:
    break;
  case 1:
    local += rng.number(1, 99);
    break;
  case 2:
    for (char& c : local) {
      c = c == '.' ? '_' : c;
    }
    break;
  case 3:
    for (char& c : local) {
      c = c == '.' ? '-' : c;
    }
    local += "+tw";
    break;
  default:
    local = local.substr(local.find('.') + 1) + rng.number(1960, 2005);
  }
  return {local + "@" + std::string(rng.pick(domains)), "email", {"email"}};
}

// ---- look-alikes ----

LookAlike look(std::string before, std::string text, std::string tag, std::string after) {
  return {
      std::move(before), {std::move(text), "", {"lookalike", std::move(tag)}}, std::move(after)};
}

std::string roc_year(Rng& rng) {
  return rng.number(95, 113);
}

LookAlike make_lookalike(Rng& rng) {
  const std::string y = roc_year(rng);
  const std::string m = rng.number(1, 12);
  const std::string d = rng.number(1, 28);
  const std::string mm = rng.number(1, 12, 2);
  const std::string dd = rng.number(1, 28, 2);
  const std::string year = rng.number(2008, 2025);
  switch (rng.between(0, 17)) {
  case 0: {
    const std::array<std::string_view, 8> words{"府地權字", "府授環空字", "北市工建字", "台內戶字",
                                                "府交工字", "高市府社字", "新北府民字", "中市教字"};
    // 3-digit ROC year + 7 digits; years 090-099 give 10 digits starting 09, shaped like a mobile.
    const std::string num = rng.number(rng.chance(0.4) ? 90 : 100, 113, 3) + rng.digits(7);
    return look("本案前經", std::string(rng.pick(words)) + "第" + num + "號",
                num.starts_with("09") ? "doc_number_09" : "doc_number", "函復在案。");
  }
  case 1:
    return look("陳情人於", "民國" + y + "年" + m + "月" + d + "日", "roc_date_kanji",
                "前往現場查看。");
  case 2:
    return look("系統登錄日期為", y + "." + mm + "." + dd, "roc_date_dot", "，特此說明。");
  case 3:
    return look("系統登錄日期為", y + "/" + mm + "/" + dd, "roc_date_slash", "，特此說明。");
  case 4: {
    const std::array<std::string, 4> forms{year + "-" + mm + "-" + dd, year + "/" + mm + "/" + dd,
                                           year + "." + mm + "." + dd, year + mm + dd};
    return look("根據紀錄，該設施於", rng.pick(forms), "western_date", "完工啟用。");
  }
  case 5: {
    const std::string n = rng.number(1000, 9999999);
    const std::array<std::string, 4> forms{"新臺幣" + with_commas(n) + "元",
                                           "NT$ " + with_commas(n), "新台幣" + n + "元",
                                           "NT$" + with_commas(n) + "元"};
    return look("相關費用共計", rng.pick(forms), "amount", "，已由陳情人先行墊付。");
  }
  case 6: {
    const std::string twelve = "978" + std::string(rng.pick(std::array{"957", "986", "626"})) +
                               rng.digits(2) + rng.digits(4);
    const std::string isbn = "ISBN " + twelve.substr(0, 3) + "-" + twelve.substr(3, 3) + "-" +
                             twelve.substr(6, 2) + "-" + twelve.substr(8, 4) + "-" +
                             isbn13_check(twelve);
    return look("陳情人參閱專書（", isbn, "isbn", "）所載程序辦理。");
  }
  case 7: {
    const std::array<std::string_view, 6> kinds{"上易", "訴", "簡", "重訴", "交易", "家調"};
    return look("本件現由法院以",
                y + "年度" + std::string(rng.pick(kinds)) + "字第" + rng.number(1, 3999) + "號",
                "case_number", "審理中。");
  }
  case 8:
    return look("陳情人所有之寶興段", rng.number(1, 2999, 4) + "-" + rng.number(0, 30, 4) + "地號",
                "land_parcel", "土地遭人占用。");
  case 9: {
    const std::string t = rng.number(0, 23, 2) + ":" + rng.number(0, 59, 2) +
                          (rng.chance(0.3) ? ":" + rng.number(0, 59, 2) : "");
    return look("每日清晨", t, "time", "起即有施工噪音。");
  }
  case 10: {
    std::string letters{rng.pick_char("ABCDEFGHJKLMNPQRSTUVXYWZ"),
                        rng.pick_char("ABCDEFGHJKLMNPQRSTUVWXYZ")};
    std::string tag = "invoice";
    std::string number = letters + rng.digits(8);
    if (rng.chance(0.3)) { // legacy-UI shaped and checksum-valid: context must decide
      number = with_check_digit(letters.substr(0, 1) + rng.pick_char("ABCD") + rng.digits(7));
      tag = "invoice_ui_shaped";
    }
    return look("購買時取得之統一發票號碼", number, tag, "，收據影本如附件。");
  }
  case 11:
    return look("郵遞區號", rng.number(100, 983) + (rng.chance(0.5) ? rng.number(0, 99, 2) : ""),
                "postal_code", "之區域均受影響。");
  case 12:
    return look("承攬廠商（統一編號：", rng.digits(8), "ubn", "）未依約施工。");
  case 13:
    return look("陳情人曾撥打",
                std::string(rng.pick(std::array{"1999", "110", "119", "165", "113", "1966"})),
                "service_number", "專線反映。");
  case 14: {
    const std::string n = rng.digits(6);
    return look("業者之免付費專線",
                std::string(rng.pick(std::array{"0800", "0809"})) + "-" + n.substr(0, 3) + "-" +
                    n.substr(3),
                "toll_free", "始終無人接聽。");
  }
  case 15:
    return look(
        "網購訂單編號",
        rng.pick(std::array{year + mm + dd + rng.digits(6), "PO-" + year + "-" + rng.digits(5)}),
        "order_number", "之商品迄今未送達。");
  case 16: {
    // ID-shaped with a wrong check digit and no cue word nearby: not personal data.
    std::string id = std::string{rng.pick_char(kIdLetters), rng.pick_char("1289")} + rng.digits(7);
    id += static_cast<char>('0' + (id_check_digit(id) - '0' + rng.between(1, 9)) % 10);
    return look(rng.pick(std::array{"網購訂單編號", "產品序號", "包裹追蹤碼"}), id,
                "wrong_check_id", "之商品迄今未送達。");
  }
  default:
    return look("本案業依", "第" + rng.number(1, 200) + "條", "law_article", "規定辦理。");
  }
}

// ---- dates of birth and look-alike dates (§4.9) ----

namespace {

std::string two_digits(int v) {
  return (v < 10 ? "0" : "") + std::to_string(v);
}

// A date in one of the written forms of the birth_date detector; `tags` gets its form.
std::string written_date(Rng& rng, int year, int month, int day, const std::string& prefix,
                         Tags& tags) {
  const std::string roc = std::to_string(year - 1911);
  const bool pad = rng.chance(0.2);
  const std::string m = pad ? two_digits(month) : std::to_string(month);
  const std::string d = pad ? two_digits(day) : std::to_string(day);
  const auto tag = [&](std::string t) { tags.push_back(prefix + t); };
  switch (rng.between(0, 6)) {
  case 0:
    tag(pad ? "minguo_padded" : "minguo");
    return "民國" + roc + "年" + m + "月" + d + "日";
  case 1:
    tag(pad ? "roc_nian_padded" : "roc_nian");
    return roc + "年" + m + "月" + d + "日";
  case 2:
    tag(pad ? "western_nian_padded" : "western_nian");
    return std::to_string(year) + "年" + m + "月" + d + "日";
  case 3:
    tag("roc_dot");
    return roc + "." + two_digits(month) + "." + two_digits(day);
  case 4:
    tag("roc_slash3");
    return std::string(roc.size() < 3 ? 3 - roc.size() : 0, '0') + roc + "/" + two_digits(month) +
           "/" + two_digits(day);
  case 5:
    tag("iso");
    return std::to_string(year) + "-" + two_digits(month) + "-" + two_digits(day);
  default:
    tag("western_slash");
    return std::to_string(year) + "/" + std::to_string(month) + "/" + std::to_string(day);
  }
}

} // namespace

Planted make_birth_date(Rng& rng) {
  Planted p{"", "birth_date", {"birth_date"}};
  p.text = written_date(rng, rng.between(1941, 2010), rng.between(1, 12), rng.between(1, 28),
                        "birth_", p.tags);
  return p;
}

Planted make_birth_date_kanji(Rng& rng) {
  return {"民國" + chinese_number(rng.between(30, 99)) + "年" + chinese_number(rng.between(1, 12)) +
              "月" + chinese_number(rng.between(1, 28)) + "日",
          "birth_date",
          {"birth_date", "birth_kanji"}};
}

std::string recent_date(Rng& rng) {
  Tags ignored;
  return written_date(rng, rng.between(2015, 2024), rng.between(1, 12), rng.between(1, 28), "",
                      ignored);
}

LookAlike make_name_lookalike(Rng& rng) {
  switch (rng.between(0, 13)) {
  case 0:
    return look("該處", "林地", "name_word", "遭人濫墾，水土保持堪虞。");
  case 1:
    return look("本案涉及", "高雄", "name_word", "地區多處工地，影響範圍甚廣。");
  case 2:
    return look("業者迄今未取得", "許可", "name_word", "即擅自施工。");
  case 3:
    return look("該店於", "黃金", "name_word", "時段違規播放廣告。");
  case 4:
    return look("適逢社區成立三十", "周年", "name_word", "，里辦公處舉辦慶祝活動。");
  case 5:
    return look("不知", "何時", "name_word", "才能獲得改善。");
  case 6:
    return look("另一", "方面", "name_word", "，停車問題亦亟待解決。");
  case 7:
    return look("該路段", "曾經", "name_word", "發生多起擦撞事故。");
  case 8:
    return look("陳情人", "曾經", "label_word", "多次反映，惟未獲回應。");
  case 9:
    return look("陳情人", "陳情事項", "label_word", "如下：");
  case 10:
    return look("陳情人", "曾多次", "label_word", "反映此事。");
  case 11:
    return look("被告", "曾於", "label_word", "上月在該處傾倒廢棄物。");
  case 12:
    return look("請告知聯絡人", "何時", "label_word", "方便接聽。");
  default:
    return look("本案申請人",
                std::string(rng.pick(std::array{"高雄市政府", "金門縣政府", "連江縣政府", "林務局",
                                                "高雄港務分公司"})),
                "label_org", "已於日前函復。");
  }
}

LookAlike make_date_lookalike(Rng& rng) {
  const std::string date = recent_date(rng);
  switch (rng.between(0, 5)) {
  case 0:
    return look("本府發文日期為", date, "date_fawen", "，請查照。");
  case 1:
    return look("會議日期：", date, "date_meeting", "，地點另行通知。");
  case 2: // 生於 inside 發生於
    return look("本件事故發生於", date, "date_fasheng_yu", "下午，肇事車輛隨即離去。");
  case 3: // 生於 inside 學生於
    return look("該校學生於", date, "date_xuesheng_yu", "放學途中遭機車擦撞。");
  case 4: // 生 right after the date
    return look("本辦法自", date, "date_shengxiao", "生效。");
  default:
    return look("陳情人於", date, "date_plain", "再次前往現場查看。");
  }
}

} // namespace eval

// ---- addresses (tw-pii-formats §6.3-6.5) ----

namespace eval {
namespace {

constexpr std::array<std::string_view, 10> kCnDigits{"零", "一", "二", "三", "四",
                                                     "五", "六", "七", "八", "九"};

std::string replace_all(std::string s, std::string_view from, std::string_view to) {
  for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) {
    s.replace(at, from.size(), to);
  }
  return s;
}

// 臺 -> 台, the common free-text spelling (§6.1).
std::string tai(std::string s) {
  return replace_all(std::move(s), "臺", "台");
}

bool ends_with_any(std::string_view s, std::initializer_list<std::string_view> suffixes) {
  for (const auto suffix : suffixes) {
    if (s.ends_with(suffix)) {
      return true;
    }
  }
  return false;
}

// Value of a Chinese numeral of 一..十 characters (一, 十, 十一, 二十), or 0.
int small_chinese_value(std::string_view s) {
  int value = 0;
  int digit = 0;
  for (std::size_t i = 0; i + 3 <= s.size(); i += 3) {
    const std::string_view c = s.substr(i, 3);
    if (c == "十") {
      value += (digit == 0 ? 1 : digit) * 10;
      digit = 0;
      continue;
    }
    const auto it = std::find(kCnDigits.begin() + 1, kCnDigits.end(), c);
    if (it == kCnDigits.end()) {
      return 0;
    }
    digit = static_cast<int>(it - kCnDigits.begin());
  }
  return value + digit;
}

// Splits a trailing "X段" (X in Chinese numerals) off a road name: {road, X} or {road, 0}.
std::pair<std::string, int> strip_section(const std::string& road) {
  if (!road.ends_with("段")) {
    return {road, 0};
  }
  std::size_t p = road.size() - 3;
  while (p >= 3 && small_chinese_value(road.substr(p - 3, 3)) > 0) {
    p -= 3;
  }
  const int value = small_chinese_value(std::string_view(road).substr(p, road.size() - 3 - p));
  return value > 0 && p > 0 ? std::pair{road.substr(0, p), value} : std::pair{road, 0};
}

bool has_digit_or_ascii(std::string_view s) {
  for (const char ch : s) {
    if (static_cast<unsigned char>(ch) < 0x80) {
      return true;
    }
  }
  return s.find("０") != std::string_view::npos; // 泰雅一路二０三巷清水
}

std::vector<std::string> split(const std::string& line, char sep) {
  std::vector<std::string> out;
  std::string field;
  std::istringstream in(line);
  while (std::getline(in, field, sep)) {
    out.push_back(field);
  }
  return out;
}

std::string strip_cr(std::string s) {
  if (!s.empty() && s.back() == '\r') {
    s.pop_back();
  }
  return s;
}

// Number in Arabic or Chinese numerals.
std::string num(int n, bool kanji) {
  return kanji ? chinese_number(n) : std::to_string(n);
}

// House or lane number, small ones more often.
int house_number(Rng& rng) {
  return rng.chance(0.75) ? rng.between(1, 200) : rng.between(1, 999);
}

constexpr std::array<std::string_view, 12> kLandSections{"寶興", "福德", "中正", "大安",
                                                         "新生", "頂埔", "仁愛", "三重埔",
                                                         "田心", "下寮", "東興", "福安"};
constexpr std::array<std::string_view, 12> kStations{"中山", "忠孝復興", "市政府", "南京三民",
                                                     "大安", "科技大樓", "善導寺", "西門",
                                                     "古亭", "頂溪",     "景安",   "永安市場"};
constexpr std::array<std::string_view, 8> kCourts{"臺北", "士林", "新北", "桃園",
                                                  "臺中", "臺南", "高雄", "花蓮"};

} // namespace

std::string chinese_number(int n) {
  if (n < 1 || n > 999) {
    throw std::logic_error("chinese_number: out of range");
  }
  const int h = n / 100;
  const int t = n / 10 % 10;
  const int u = n % 10;
  std::string out;
  if (h > 0) {
    out += std::string(kCnDigits[static_cast<std::size_t>(h)]) + "百";
  }
  if (t > 0) {
    out += (h == 0 && t == 1) ? "" : std::string(kCnDigits[static_cast<std::size_t>(t)]);
    out += "十";
  } else if (h > 0 && u > 0) {
    out += "零";
  }
  if (u > 0) {
    out += kCnDigits[static_cast<std::size_t>(u)];
  }
  return out;
}

Gazetteer Gazetteer::load(const std::string& dir) {
  Gazetteer g;
  const std::string roads_path = dir + "/tw-postal-roads-sample.csv";
  std::ifstream roads(roads_path, std::ios::binary);
  if (!roads) {
    throw std::runtime_error("cannot read " + roads_path);
  }
  std::string line;
  std::getline(roads, line); // ZIPCODE,CITY,AREA,ROAD,SCOOP
  if (!strip_cr(line).starts_with("ZIPCODE,CITY,AREA,ROAD")) {
    throw std::runtime_error(roads_path + ": unexpected header");
  }
  std::set<std::tuple<std::string, std::string, std::string>> seen;
  while (std::getline(roads, line)) {
    const auto f = split(strip_cr(line), ',');
    if (f.size() < 4 || f[0].size() != 6 || has_digit_or_ascii(f[3])) {
      continue;
    }
    if (!seen.emplace(f[1], f[2], f[3]).second) {
      continue;
    }
    auto [name, section] = strip_section(f[3]);
    Road r{f[0], f[1], f[2], name, section, Road::Kind::Street};
    if (name.find("段") != std::string::npos && !ends_with_any(name, {"巷", "弄", "衖"})) {
      continue; // named sections (文山路亞東段) and places behind a section
    }
    if (ends_with_any(name, {"路", "街", "大道"})) {
      g.streets.push_back(std::move(r));
    } else if (ends_with_any(name, {"巷", "弄", "衖"})) {
      r.kind = Road::Kind::NamedLane;
      g.lanes.push_back(std::move(r));
    } else if (section == 0) {
      r.kind = Road::Kind::Place;
      g.places.push_back(std::move(r));
    }
  }
  const std::string villages_path = dir + "/tw-villages-sample.txt";
  std::ifstream villages(villages_path, std::ios::binary);
  if (!villages) {
    throw std::runtime_error("cannot read " + villages_path);
  }
  while (std::getline(villages, line)) {
    line = strip_cr(line);
    if (line.ends_with("村")) {
      g.villages_cun.push_back(line);
    } else if (line.ends_with("里")) {
      g.villages_li.push_back(line);
    }
  }
  if (g.streets.empty() || g.lanes.empty() || g.places.empty() || g.villages_cun.empty() ||
      g.villages_li.empty()) {
    throw std::runtime_error("address data in " + dir + " is incomplete");
  }
  return g;
}

Planted make_address(Rng& rng, const Gazetteer& g, const AddressSpec& spec) {
  Planted p{"", "address", {"address"}};
  const auto tag = [&p](std::string t) { p.tags.push_back(std::move(t)); };

  const int which = rng.between(0, 99);
  const Road& road = which < 10   ? rng.pick(g.places)
                     : which < 18 ? rng.pick(g.lanes)
                                  : rng.pick(g.streets);
  const bool street = road.kind == Road::Kind::Street;
  const bool place = road.kind == Road::Kind::Place;
  tag(street ? "street" : place ? "place_name" : "named_lane");
  const bool rural = ends_with_any(road.district, {"鄉", "鎮"});

  // First component: postal code (+ county), county, district, village or road (after a cue).
  enum class Start { Postal, County, District, Village, Road };
  const int s = rng.between(0, 99);
  Start start = Start::Road;
  if (spec.cue_before) {
    start = s < 15   ? Start::Postal
            : s < 45 ? Start::County
            : s < 65 ? Start::District
            : s < 72 ? Start::Village
                     : Start::Road;
  } else {
    start = s < 25 ? Start::Postal : s < 70 ? Start::County : Start::District;
  }
  if (start == Start::Road && !street) {
    start = Start::District; // place names and named lanes only with their district
  }
  const bool county = start == Start::Postal || start == Start::County;
  bool village = start == Start::Village || (start != Start::Road && rng.chance(place   ? 0.8
                                                                                : rural ? 0.55
                                                                                        : 0.12));
  // County without district (臺北市金山南路2段55號) sometimes; never before a village, a place
  // name or a named lane.
  const bool district =
      start == Start::District || (county && (village || !street || !rng.chance(0.08)));
  if (!district && start != Start::Village) {
    village = false; // a village is written after its district, or first after a cue
  }

  const bool use_tai = rng.chance(0.45);
  const auto spell = [use_tai](const std::string& s2) { return use_tai ? tai(s2) : s2; };
  const bool kanji = rng.chance(0.12);
  if (kanji) {
    tag("kanji_numbers");
  }

  std::string t;
  switch (start) {
  case Start::Postal: {
    const int len = rng.pick(std::array{3, 3, 5, 6, 6});
    t += road.zip.substr(0, static_cast<std::size_t>(len));
    tag("start_postal");
    tag("postal" + std::to_string(len));
    break;
  }
  case Start::County:
    tag("start_county");
    break;
  case Start::District:
    tag("start_district");
    break;
  case Start::Village:
    tag("start_village");
    break;
  case Start::Road:
    tag("start_road");
    break;
  }
  if (county) {
    t += spell(road.county);
    if (!district) {
      tag("no_district");
    }
  }
  if (district) {
    t += spell(road.district);
  }
  if (village) {
    t += spell(rng.pick(rural ? g.villages_cun : g.villages_li));
    tag("village");
    if (rng.chance(0.7)) {
      const int lin = rng.chance(0.8) ? rng.between(1, 25) : rng.between(26, 60);
      switch (rng.between(0, 4)) {
      case 0:
      case 1:
        t += std::to_string(lin) + "鄰";
        tag("lin_plain");
        break;
      case 2:
        t += rng.number(lin, lin, 3) + "鄰";
        tag("lin_padded");
        break;
      case 3:
        t += "第" + std::to_string(lin) + "鄰";
        tag("lin_di");
        break;
      default:
        t += chinese_number(lin) + "鄰";
        tag("lin_kanji");
      }
    }
  }
  t += spell(road.name);
  if (road.section > 0) {
    if (rng.chance(0.65)) {
      t += chinese_number(road.section) + "段";
      tag("section_kanji");
    } else {
      t += std::to_string(road.section) + "段";
      tag("section_arabic");
    }
  }
  if (street && rng.chance(0.28)) {
    const bool kanji_lane = kanji && rng.chance(0.4);
    t += num(house_number(rng), kanji_lane) + "巷";
    tag("lane");
    if (rng.chance(0.35)) {
      t += num(rng.between(1, 60), kanji_lane) + "弄";
      tag("alley");
    }
  }

  // 號: 55號, 5之88號, 88-1號, 8號之1 (§6.3).
  const int n = house_number(rng);
  const int sub = rng.between(1, 12);
  const int form = rng.between(0, 99);
  bool hao_zhi = false;
  if (form < 11) {
    t += num(n, kanji) + "之" + num(sub, kanji) + "號";
    tag("num_zhi");
  } else if (form < 18 && !kanji) {
    t += std::to_string(n) + "-" + std::to_string(sub) + "號";
    tag("num_dash");
  } else if (form >= 18 && form < 21) {
    t += num(n, kanji) + "號之" + num(sub, kanji);
    tag("num_hao_zhi");
    hao_zhi = true;
  } else {
    t += num(n, kanji) + "號";
  }
  std::string end = "ends_number";

  // Floor: 3樓, 12之3樓, 6樓之9, 10-3樓, B1, B1F, 地下1樓; room: 5室, A-33室 (§6.3, §6.5).
  bool room_allowed = !spec.end_at_number && !hao_zhi; // not after 8號之1, B1 or 6樓之9
  if (!spec.end_at_number && !hao_zhi && rng.chance(0.55)) {
    const int f = rng.chance(0.8) ? rng.between(1, 12) : rng.between(13, 30);
    const int m = rng.between(1, 9);
    const int ff = rng.between(0, 99);
    end = "ends_floor";
    if (ff < 58 || (ff >= 76 && ff < 80 && kanji)) {
      t += num(f, kanji) + "樓";
      tag("floor");
    } else if (ff < 66) {
      t += num(f, kanji) + "之" + num(m, kanji) + "樓";
      tag("floor_zhi_before");
    } else if (ff < 76) {
      t += num(f, kanji) + "樓之" + num(m, kanji);
      tag("floor_zhi_after");
      room_allowed = false;
    } else if (ff < 80) {
      t += std::to_string(f) + "-" + std::to_string(m) + "樓";
      tag("floor_dash");
    } else if (ff < 88) {
      const bool with_f = rng.chance(0.25);
      t += "B" + std::to_string(rng.between(1, 3)) + (with_f ? "F" : "");
      tag(with_f ? "floor_bf" : "floor_b");
      room_allowed = false;
    } else {
      t += "地下" + num(rng.between(1, 3), kanji) + "樓";
      tag("floor_basement");
    }
  }
  if (room_allowed && rng.chance(0.12)) {
    end = "ends_room";
    if (rng.chance(0.3)) { // no B or F: B12 would read as a basement floor
      t += std::string(1, rng.pick_char("ACDE")) + (rng.chance(0.5) ? "-" : "") +
           std::to_string(rng.between(1, 60)) + "室";
      tag("room_alnum");
    } else if (rng.chance(0.5)) {
      t += num(rng.between(1, 30), kanji) + "室";
      tag("room");
    } else {
      t += std::to_string(rng.between(1, 9) * 100 + rng.between(1, 20)) + "室";
      tag("room");
    }
  }
  tag(end);
  if (use_tai && t != replace_all(t, "台", "臺")) {
    tag("tai");
  }
  p.text = t;
  return p;
}

LookAlike make_address_lookalike(Rng& rng, const Gazetteer& g) {
  const bool use_tai = rng.chance(0.4);
  const auto spell = [use_tai](const std::string& s) { return use_tai ? tai(s) : s; };
  const Road& r = rng.pick(g.streets);
  const Road& r2 = rng.pick(g.streets);
  const auto road_text = [&](const Road& x) {
    std::string text = spell(x.name);
    if (x.section > 0 && rng.chance(0.5)) {
      text += num(x.section, rng.chance(0.6)) + "段";
    }
    return text;
  };
  const std::string y = roc_year(rng);
  switch (rng.between(0, 11)) {
  case 0:
    return look("陳情人騎車行經", road_text(r), "road_alone", "時，發現路面坑洞甚多。");
  case 1:
    return look("位於", road_text(r) + "與" + spell(r2.name), "road_junction",
                rng.chance(0.5) ? "口之號誌故障已久。" : "交叉口之號誌故障已久。");
  case 2:
    return look("請沿", road_text(r), "road_alone", "往北行駛約五分鐘即可抵達。");
  case 3:
    return look("據查", spell(r.county) + spell(r.district) + road_text(r), "road_with_district",
                "一帶近日常有車輛違規停放。");
  case 4:
    return look("陳情人所有之",
                spell(r.district) + "○○段" + rng.number(1, 999) + "-" + rng.number(1, 30) + "地號",
                "land_parcel_masked", "土地遭人占用。");
  case 5:
    return look("坐落",
                std::string(rng.pick(kLandSections)) + "段" + rng.number(1, 2999) +
                    (rng.chance(0.5) ? "-" + rng.number(1, 30) : "") + "地號",
                "land_parcel", "之土地現供公眾通行。");
  case 6:
    return look("申請人就",
                spell(r.county) + spell(r.district) + std::string(rng.pick(kLandSections)) + "段" +
                    num(rng.between(1, 9), rng.chance(0.5)) + "小段" + rng.number(1, 999) + "地號",
                "land_parcel_full", "土地申請分割。");
  case 7:
    return look("該建物領有", y + "建字第" + rng.number(1, 2999) + "號", "permit_number",
                "建造執照。");
  case 8:
    return look("陳情人每日搭乘", rng.number(1, 999) + "號公車行經" + road_text(r), "bus_route",
                "上班。");
  case 9:
    return look("集合地點為捷運",
                std::string(rng.pick(kStations)) + "站" + rng.number(1, 8) + "號出口", "mrt_exit",
                "，敬請準時出席。");
  case 10:
    return look("該處原為", spell(r.district) + "第" + rng.number(1, 15) + "號公園預定地",
                "park_number", "，迄今未開闢。");
  default:
    return look("本件業經",
                spell("臺灣" + std::string(rng.pick(kCourts)) + "地方法院") + y + "年度" +
                    std::string(rng.pick(std::array{"訴", "簡上", "易"})) + "字第" +
                    rng.number(1, 3999) + "號",
                "case_number_court", "判決確定。");
  }
}

} // namespace eval
