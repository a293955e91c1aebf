// The parts the name rules share: see name_parts.hpp.
#include "name_parts.hpp"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <set>
#include <string>

namespace twpii::detectors::names {

bool word_starts(std::string_view s, std::size_t p) {
  if (p == 0) {
    return true;
  }
  const std::size_t b = util::prev_char(s, p);
  const std::string_view before = s.substr(b, p - b);
  if ((before == "謝" && s.substr(p, 3) == "謝") || before == "○") {
    return false; // inside 謝謝; the rest of a masked name (曾○華)
  }
  return !is_ideograph(s, b) || k_before_name.contains(before) || k_before_title.contains(before) ||
         function_word(before);
}

namespace {
// Whether the dictionary may be asked in this thread's current window (use_dictionary).
thread_local bool t_dictionary = true;
} // namespace

void use_dictionary(bool on) {
  t_dictionary = on;
}

bool dictionary_starts(std::string_view s, std::size_t p) {
  return t_dictionary && dictionary_boundary(s, p);
}

bool dictionary_word(std::string_view s, std::size_t p) {
  if (!t_dictionary) {
    return false;
  }
  // Not characters that are mostly words of their own, nor after what comes before a name only
  // when it is no name (19日爸爸, 曾○華).
  if (p + 3 > s.size() || k_single_words.contains(s.substr(p, 3)) ||
      (p > 0 && (util::is_digit(s[p - 1]) || util::has_at(s, p - 3, "○"))) ||
      (p >= 3 && patterns::name_data().given_at(s, p - 3) &&
       patterns::name_data().given_at(s, p))) {
    // (淑惠女士: two given-name characters, the end of a given name)
    return false;
  }
  return dictionary_boundary(s, p) && dictionary_boundary(s, p + 3);
}

bool dictionary_boundary(std::string_view s, std::size_t p) {
  if (!t_dictionary) {
    return true; // (no evidence against a boundary: the lists decide alone)
  }
  // ICU's word iterator (its Chinese dictionary for Han), one per thread, made on first use.
  thread_local const std::unique_ptr<icu::BreakIterator> words = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    return U_SUCCESS(status) ? std::move(it) : nullptr;
  }();
  if (words == nullptr || p == 0 || p >= s.size()) {
    return p == 0 || p >= s.size();
  }
  std::size_t a = p, e = p;
  for (int n = 0; n < 4 && a > 0; ++n) {
    a = util::prev_char(s, a);
  }
  for (int n = 0; n < 4 && e < s.size(); ++n) {
    const auto b = static_cast<unsigned char>(s[e]);
    e = std::min(s.size(), e + (b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4));
  }
  const icu::UnicodeString before =
      icu::UnicodeString::fromUTF8(icu::StringPiece(s.data() + a, static_cast<int32_t>(p - a)));
  const icu::UnicodeString text =
      icu::UnicodeString::fromUTF8(icu::StringPiece(s.data() + a, static_cast<int32_t>(e - a)));
  words->setText(text); // (kept by reference until the next setText: `text` outlives the use)
  const bool boundary = words->isBoundary(before.length()) != 0;
  words->setText(icu::UnicodeString());
  return boundary;
}

bool honorific_at(std::string_view s, std::size_t at, std::size_t* len) {
  // All honorifics start with E5 but 老先生 and 老太太 (E8): a cheap test before the comparisons.
  // (曹添財老太太（八十七歲） — set257b's tree-pruning petition.)
  if (at + 3 > s.size() ||
      (static_cast<unsigned char>(s[at]) != 0xE5 && static_cast<unsigned char>(s[at]) != 0xE8)) {
    return false;
  }
  for (std::string_view h : {"先生", "小姐", "女士", "太太", "君", "老先生", "老太太"}) {
    if (s.substr(at).starts_with(h)) {
      *len = h.size();
      return true;
    }
  }
  return false;
}

const TitleWords& title_words() {
  static const TitleWords words = [] {
    CodePointSet firsts;
    std::map<char32_t, std::vector<const patterns::Cue*>> by_first;
    std::vector<std::string_view> chars;
    for (const patterns::Cue& c : patterns::cues()) {
      if (c.cls != patterns::CueClass::title && c.cls != patterns::CueClass::intro) {
        continue;
      }
      const char32_t first = util::cp3(c.word.data());
      firsts.insert(first);
      by_first[first].push_back(&c);
      chars.push_back(c.word.substr(0, 6)); // every word has two characters at least
    }
    std::vector<std::pair<char32_t, std::vector<const patterns::Cue*>>> lists(by_first.begin(),
                                                                              by_first.end());
    for (auto& [first, list] : lists) {
      // Longest first; a word listed both as a title and to introduce a name (代表, 老闆娘,
      // 司機) is a title first, whatever its place in the file.
      std::stable_sort(list.begin(), list.end(), [](const auto* a, const auto* b) {
        const bool at = a->cls == patterns::CueClass::title;
        const bool bt = b->cls == patterns::CueClass::title;
        return a->word.size() != b->word.size() ? a->word.size() > b->word.size() : at && !bt;
      });
    }
    return TitleWords{firsts, std::move(lists), PrefixFinder(chars)};
  }();
  return words;
}

// Bytes of the title (patterns/cues.tsv class `title`: 委員, 經理) at s[at], or 0. (林姓男子 is
// no title: a surname with 姓 is how documents already hide a name.)
std::size_t title_at(std::string_view s, std::size_t at) {
  return title_word_at(s, at).size();
}

bool rank_word_listed(std::string_view word) {
  return is_one_of(word, {"高階", "中階", "基層", "直屬", "部門", "單位", "業務", "相關",
                          "權責", "各級", "資深", "一級", "財務", "總務", "監察", "常務",
                          "候補", "執行", "公關", "文書", "會計", "榮譽", "名譽"});
}

bool school_rank(std::string_view s, std::size_t at, std::string_view word) {
  static constexpr CharSet k_school_words(U"友長區內園方外門舍務規車慶史歌訓刊隊際");
  return word.ends_with("校") &&
         ((at >= 3 && (util::has_at(s, at - 3, "高") || util::has_at(s, at - 3, "國"))) ||
          k_school_words.contains(s.substr(at + word.size(), 3)));
}

std::string_view title_word_at(std::string_view s, std::size_t at) {
  if (at + 3 > s.size() || !is_ideograph(s, at)) {
    return {};
  }
  const auto* list = title_words().starting_at(s.data() + at);
  if (list == nullptr) {
    return {};
  }
  for (const patterns::Cue* c : *list) {
    if (c->cls == patterns::CueClass::title && util::has_at(s, at, c->word)) {
      return school_rank(s, at, c->word) ? std::string_view() : c->word;
    }
  }
  return {};
}

bool org_word_at(std::string_view s, std::size_t at) {
  // (The first characters first: one test for most positions.)
  static constexpr CharSet k_firsts(
      U"銀商公基診醫藥協企實工建營科國人仲事文教書餐飯有股水汽機五電冷製貿食行法彩農茶果牧蔬當"
      U"清客紙資抽外分派雜早漁鋼塑紡印物運天禮婚攝檳米餅歌劇");
  static const std::set<std::string_view, std::less<>> k_words = {
      "銀樓", "銀行", "商行", "商號", "商店", "公司", "基金", "診所", "醫院", "藥局", "藥房",
      "協會", "企業", "實業", "工業", "工程", "工作", "建設", "營造", "科技", "國際", "人力",
      "仲介", "事務", "文教", "教育", "書局", "餐廳", "飯店", "有限", "股份", "水電", "汽車",
      "機車", "五金", "電器", "電機", "冷凍", "製造", "貿易", "食品", "行號", "法律", "彩券",
      "農場", "茶園", "果園", "牧場", "蔬果", "有機", "國宅", "當舖", "當鋪", "清潔", "餐飲",
      "客運", "紙行", "資源", "抽水", "外燴", "分駐", "派出", "水肥", "雜貨", "早餐", "水產",
      "電子", "漁業", "鋼鐵", "工廠", "塑膠", "紡織", "印刷", "物流", "運輸", "天然", "禮儀",
      "婚紗", "攝影", "檳榔", "米行", "餅舖", "餅鋪", "餅店", "歌仔", "劇團"};
  // (清泉有機農場, 振興蔬果行: set35a; 江翠國宅: set37b; 金旺旺彩券行, 洪福彩|券行: lottery
  // retailers, set34a; 「金滿福」當舖: set38b; 金山清|潔社, 林記餐飲: set45a; 欣欣客運, 龍山金
  // 紙行: set73a; 振興資源回收行, 江子翠抽水站, 金滿堂外燴: sets 74a, 75a; 卓蘭分駐所: set80b;
  // 金龍水肥社: set88b; 阿滿雜貨店, 湯媽媽早餐店: set93a; 金泰水產公司, 金龍電子股份有限公司:
  // sets 121a, 30a; 欣欣天然氣公司: set123a; 福田禮儀社, a funeral parlour: set69a; 巴黎婚紗,
  // 花漾攝影, bridal studios: set177a; 金龍米行, 金香餅舖 under 主祭者 and 捐助者: sets 26b, 29b;
  // 金鳳凰歌仔戲團, an opera troupe: set319b.)
  static constexpr CharSet k_seconds(
      U"樓行號店司金所院局房會業程作設造技際力介務教育書廳限份電車器機凍易品律券場園果宅舖鋪潔飲"
      U"運燴駐出肥貨餐產子鐵廠膠織刷流輸然儀紗影仔團");
  // (A shop's name in quotes before its word: 「金滿福」當舖, set38b.)
  if (util::has_at(s, at, "」") && at + 9 <= s.size() && k_firsts.contains(s.substr(at + 3, 3)) &&
      k_words.contains(s.substr(at + 3, 6))) {
    return true;
  }
  if (at + 3 > s.size() || !is_ideograph(s, at)) {
    return false; // (most names end before punctuation)
  }
  // 工作 is an office's word only as 工作室, 工作站, 工作坊; else the work a person does
  // (我先生蘇錦堂工作很忙 — set38a).
  if (util::has_at(s, at, "工作") && !is_one_of(s.substr(at + 6, 3), {"室", "站", "坊"})) {
    return false;
  }
  if (!k_seconds.contains(s.substr(at, 3))) {
    // (Then no word ends at s[at]: only one that starts there.)
    return at + 6 <= s.size() && k_firsts.contains(s.substr(at, 3)) &&
           k_words.contains(s.substr(at, 6));
  }
  return (at + 6 <= s.size() && k_firsts.contains(s.substr(at, 3)) &&
          k_words.contains(s.substr(at, 6))) ||
         (at >= 3 && k_firsts.contains(s.substr(at - 3, 3)) &&
          k_words.contains(s.substr(at - 3, 6)));
}

bool time_word_at(std::string_view s, std::size_t at) {
  return is_one_of(s.substr(at, 6),
                   {"明年", "明天", "明日", "今年", "今天", "今日", "去年", "昨天"});
}

// Whether a name may end just before s[at]: at what is no ideograph, a character that stops a
// name (表示, 於) or often follows one (來電), an honorific or a title (王李秀英女士, 陳委員).
bool ends_name(std::string_view s, std::size_t at) {
  static constexpr CharSet k_death_firsts(U"過去逝病往");
  std::size_t hl = 0;
  if (!is_ideograph(s, at) || honorific_at(s, at, &hl) || title_at(s, at) != 0) {
    return true;
  }
  // An age or a year after the name (我爸爸林水木八十幾歲了, 王大同七十二歲, 我先生何添丁十年前
  // 過世, 林福生在七十一年): numerals, 幾, then 歲 or 年; or 民國 and a year (蔡進來民國一〇五年).
  if (util::is_chinese_numeral(util::cp3(s.data() + at))) {
    std::size_t q = at;
    while (q - at < 15 && q + 3 <= s.size() &&
           (util::is_chinese_numeral(util::cp3(s.data() + q)) || util::has_at(s, q, "幾"))) {
      q += 3;
    }
    if (util::has_at(s, q, "歲") || util::has_at(s, q, "年")) {
      return true;
    }
  }
  if (util::has_at(s, at, "民國") && at + 6 < s.size() &&
      (util::is_digit(s[at + 6]) ||
       (at + 9 <= s.size() && util::is_chinese_numeral(util::cp3(s.data() + at + 6))))) {
    return true;
  }
  return ((stops_name(s.substr(at, 3)) || k_after_name.contains(s.substr(at, 3))) &&
          !org_word_at(s, at)) ||
         util::has_at(s, at, "處理") || // 其子張簡承翰處理 (a verb, not 秘書處)
         // (An obituary's honorific of a dead mother: 顯妣林陳秀英太夫人 — set311b. Not yet 府君:
         // 府 after a name reads as a place's, 大明府.)
         util::has_at(s, at, "太夫人") ||
         // (我先生陸勇過世以後 — set105a: a death.)
         (k_death_firsts.contains(s.substr(at, 3)) &&
          is_one_of(s.substr(at, 6), {"過世", "去世", "逝世", "病逝", "往生"})) ||
         util::has_at(s, at, "謝謝") || // 家屬陳文彬謝謝宗親: thanks, not a 冠夫姓's 謝
         // (A school year after it: 子軒國一, 品妍高三 — set140a.)
         (is_one_of(s.substr(at, 3), {"國", "高", "小", "大"}) &&
          is_one_of(s.substr(at + 3, 3), {"一", "二", "三", "四", "五", "六"}) &&
          !is_ideograph(s, at + 6)) ||
         // (A time after the name: 先父歐勇那一代 — set139b; not 那邊, a place's too: 江子翠那邊.)
         (util::has_at(s, at, "那") &&
          is_one_of(s.substr(at, 6), {"那一", "那時", "那年", "那天", "那個"}));
}

// The end of a name starting at `p`: a surname, then one or two given characters; npos if there
// is none. `*surname_only`: a surname directly followed by an honorific (陳小姐), which ends there.
std::size_t name_end(std::string_view s, std::size_t p, bool* surname_only, NameContext ctx) {
  const patterns::NameData& nd = patterns::name_data();
  // A Japanese name where a name is expected (配偶：山口健二, <td>佐藤美和子</td>): before the
  // Chinese reading of its first character as a surname (田中康弘 is no 田 and 中康).
  if (ctx.label || ctx.rare) {
    if (const std::size_t e = japanese_name_end(s, p); e != npos) {
      *surname_only = false;
      return e;
    }
  }
  std::size_t sl = nd.surname_at(s, p);
  const bool rare = sl == 0 && ctx.rare && nd.rare_at(s, p);
  if (sl == 0 && !rare) {
    return npos;
  }
  sl = rare ? 3 : sl;
  // 那 before a measure word is "that" (我先生那段時間, 那個人 — set44a); 官 after 長 ends 長官
  // (各村長官協助 — set45a).
  static constexpr CharSet k_measures(U"段個些時種位邊裡樣麼天年次陣間回");
  if ((util::has_at(s, p, "那") && k_measures.contains(s.substr(p + 3, 3))) ||
      (util::has_at(s, p, "官") && p >= 3 && util::has_at(s, p - 3, "長"))) {
    return npos;
  }
  // 第五 before 鄰, 里, 屆 … is an ordinal (第五鄰 in a chiefs' table — set69a), not the
  // compound surname of 第五恩慈.
  static constexpr CharSet k_ordinal_nouns(U"鄰里屆次條章名號區組排期項款節批梯");
  if (util::has_at(s, p, "第五") && k_ordinal_nouns.contains(s.substr(p + 6, 3))) {
    return npos;
  }
  // A year of the sexagenary cycle (丁丑年, 甲申年: 丁 and 甲 are surnames too) — set40b.
  if (util::has_at(s, p + 6, "年") && util::stem_branch_at(s, p)) {
    return npos;
  }
  // (A compound surname that is a word too, where a name is expected and two given characters
  // follow that end it: 陳情人：東方嘉玲, 我是東方嘉玲，住在 — set71a.)
  // (Or one given character, then no ideograph: a list's 東方宏、令狐冠宇 — set124a.)
  const bool compound_name =
      sl == 6 && (ctx.label || ctx.cued) && nd.given_at(s, p + 6) &&
      ((nd.given_at(s, p + 9) && (p + 12 >= s.size() || !is_ideograph(s, p + 12) ||
                                  stops_name(s.substr(p + 12, 3)) || title_at(s, p + 12) != 0)) ||
       (p + 9 < s.size() && !is_ideograph(s, p + 9) && !util::is_alnum(s[p + 9])));
  if (!ctx.form_field && !compound_name && p + 6 <= s.size() &&
      nd.stopwords.contains(s.substr(p, 6))) {
    // 陳情, 高雄, 林地; but where a name is expected (names_after: a label, a title), a third
    // character common in given names and then no more ideographs make a name (申復人王國榮，,
    // 長子萬家豪（, 應受送達人：許可欣).
    // (Or a character that stops a name after it where both given characters are common in
    // given names: 我先生黃金龍的農保 — set44a; not 民眾陳情書於: 情 is none.)
    // (Or a title after it, where a title follows the name: 雇主林立群經理 — set44a.)
    // (Not a thing the word makes with 品: 簽名,紀念品 — set74a's header.)
    // (Nor 陳情 or 陳述 at all: 住戶陳情書（…） — set83a; 家屬陳述書 — set93b.)
    // (Nor after a rare surname that is a word more often: 照顧阿公和妹妹。 — set41a.)
    if (!ctx.cued || sl != 3 || rare || !nd.given_at(s, p + 6) || util::has_at(s, p + 6, "品") ||
        util::has_at(s, p, "陳情") || util::has_at(s, p, "陳述") || p + 9 > s.size() ||
        (is_ideograph(s, p + 9) && !(stops_name(s.substr(p + 9, 3)) && nd.given_at(s, p + 3)) &&
         title_at(s, p + 9) == 0) ||
        k_places.contains(s.substr(p + 6, 3))) {
      return npos;
    }
  }
  // 應 before a verb or 如 is "should" (申請人應如何認定, 應依規定 — set148a), not a person named
  // 應.
  if (!ctx.form_field && s.substr(p, 3) == "應" && k_after_should.contains(s.substr(p + 3, 3))) {
    return npos;
  }
  // 曾 is also "once": 陳情人曾注意到, 曾目睹, 曾建議 are not people named 曾.
  if (!ctx.form_field && s.substr(p, 3) == "曾" && ceng_once(s, p)) {
    return npos;
  }
  std::size_t g = p + sl, hl = 0;
  // (Nor a surname's character before 生日: 阿嬤連生日都記農曆 is "even her birthday" — set82a.)
  if (util::has_at(s, g, "生日")) {
    return npos;
  }
  *surname_only = false;
  // Characters of places and organisations are not given names (申請人連江縣政府).
  auto given_ok = [&](std::size_t at) {
    if (at >= 3 && (s.substr(at - 3, 6) == "罔市" || s.substr(at - 3, 6) == "雅各")) {
      return true; // a name of the grandmothers' generation, not a city; Jacob's (涂雅各 — set246b)
    }
    if (s.substr(at, 9) == "派出所" || s.substr(at, 9) == "分駐所") {
      return false; // 萬芳派出所, 卓蘭分駐所: a police post (set80b)
    }
    if (s.substr(at, 3) == "老" &&
        (util::has_at(s, at + 3, "先生") || util::has_at(s, at + 3, "太太"))) {
      return false; // 姜老先生: 老 is the honorific's
    }
    // 以 first in a given name (涂以樂, 陳以恩 — set72a), not in its words (以前, 以及, 以為 …):
    // before a given-name character.
    // 有 too where a name is expected (陳情人：朱有德, 有財, 有福 of the grandfathers'
    // generation — set242b), before a given-name character and the name's end.
    if (at == g && ctx.label && util::has_at(s, at, "有") && nd.given_at(s, at + 3) &&
        ends_name(s, at + 6)) {
      return true;
    }
    static constexpr CharSet k_yi_words(U"前後為及上下外內來便免致利供資期至往後備");
    if (at == g && util::has_at(s, at, "以") && nd.given_at(s, at + 3) &&
        !k_yi_words.contains(s.substr(at + 3, 3))) {
      return true;
    }
    return is_ideograph(s, at) && !stops_name(s.substr(at, 3)) && !honorific_at(s, at, &hl) &&
           !k_places.contains(s.substr(at, 3)) && s.substr(at, 6) != "政府" && title_at(s, at) == 0;
  };
  // 君 starts a given name too (阮君英, 陳君豪表示) when a given character and the name's end
  // follow; else it is an honorific (王君表示).
  const bool jun_first = s.substr(g, 3) == "君" && given_ok(g + 3) && ends_name(s, g + 6);
  if (!jun_first && (honorific_at(s, g, &hl) || title_at(s, g) != 0)) {
    if (rare && (title_at(s, g) != 0 || s.substr(g, 3) == "君")) {
      return npos; // 時委員會, 利君: words
    }
    *surname_only = true; // 陳小姐, 陳委員
    return g;
  }
  // 冠夫姓: a second surname and two given characters after a label (姓名：王李秀英), where the
  // name ends: before what is no ideograph, stops a name or is an honorific (王李秀英表示,
  // 王李秀英女士), not before more words (出租人黃文彬拒退押金 is 黃文彬: 文 is a surname too).
  // (The fourth character no verb or numeral that follows a name: 爸爸鄭金水今年, 翁文雄十年前.)
  // (君 ends a given name there too: 田林佩君, 江倪怡君 — as an honorific it follows a whole name.)
  // (Nor the first of a verb a speaker's name is followed by: 觀護人蘇文德報告, 說明, 建議.)
  auto fourth_ok = [&](std::size_t at) {
    return (given_ok(at) || util::has_at(s, at, "君")) && !k_after_name.contains(s.substr(at, 3)) &&
           !util::is_chinese_numeral(util::cp3(s.data() + at)) &&
           !is_one_of(s.substr(at, 6), {"報告", "說明", "指出", "提出", "反映", "建議", "回覆",
                                        "答覆", "補充", "發言", "詢問", "認為", "同意", "主持"});
  };
  if (ctx.label && nd.surname_at(s, g) == 3 && given_ok(g + 3) && fourth_ok(g + 6) &&
      ends_name(s, g + 9)) {
    return g + 9; // also 范姜彭月霞 (a compound husband's surname), 邢劉阿妹 (a rare one)
  }
  if (ctx.label && sl == 3 && nd.surname_at(s, g) == 6 && given_ok(g + 6) && fourth_ok(g + 9) &&
      ends_name(s, g + 12)) {
    return g + 12; // 侯歐陽素貞: the wife's own surname compound
  }
  if (ctx.label && sl == 6 && nd.surname_at(s, g) == 3 && !nd.given_at(s, g) && given_ok(g + 3) &&
      fourth_ok(g + 6) && ends_name(s, g + 9)) {
    return g + 9; // 歐陽鍾碧霞: the husband's surname compound
  }
  if (rare) { // 甄立群: three characters standing alone, a given-name character among them
    // (Not a time word's first character as the second: 我女兒安琪明年要考 — 安琪, a given name.)
    return given_ok(g) && (given_ok(g + 3) || s.substr(g + 3, 3) == "君") && // 冉怡君
                   !time_word_at(s, g + 3) && (nd.given_at(s, g) || nd.given_at(s, g + 3)) &&
                   ends_name(s, g + 6) && !k_places.contains(s.substr(g + 6, 3))
               ? g + 6
               : npos;
  }
  if ((!given_ok(g) && !jun_first) || nd.surname_at(s, g) == 6) {
    return npos;
  }
  // 工程科鍾股長: a unit, then the name (登科 ends a given name, it starts none); 局長官鈞鑒: a
  // letter's salutation (長官 鈞鑒), no name.
  static constexpr CharSet k_not_first_given(U"科股課鈞台惠");
  if (k_not_first_given.contains(s.substr(g, 3)) &&
      (is_one_of(s.substr(g, 3), {"科", "股", "課"}) ||
       is_one_of(s.substr(g, 6), {"鈞鑒", "鈞鑑", "鈞啟", "台鑒", "惠鑒"}))) {
    return npos;
  }
  // Words of organisations after a surname character (健康中心, 石膏板 is the caller's).
  static constexpr CharSet k_org_firsts(U"中公協學醫診大國高銀商企");
  if (k_org_firsts.contains(s.substr(g, 3)) &&
      is_one_of(s.substr(g, 6), {"中心", "公司", "協會", "學會", "醫院", "診所", "大學", "國小",
                                 "國中", "高中", "學校", "銀行", "商行", "企業"})) {
    return npos;
  }
  std::size_t end = g + 3;
  // A second given character. 君 is one too (林怡君): as an honorific it follows a surname
  // (王君) or a whole name (李大同君), which has its two given characters already.
  // (Not 來 of 來電, 來函: 民眾石磊來電 is 石磊; nor a death's first: 我先生陸勇過世; nor a
  // time's: 我媽彭婷今年八十了, 先父歐勇那一代 — set139b.)
  static constexpr CharSet k_not_second_firsts(U"來過去逝病往今那火");
  if ((given_ok(end) || s.substr(end, 3) == "君") &&
      !(k_not_second_firsts.contains(s.substr(end, 3)) &&
        is_one_of(s.substr(end, 6), {"來電", "來函", "來信", "來文", "來所", "過世", "去世",
                                     "逝世", "病逝", "往生", "今年", "今天", "今日", "今晚",
                                     "那一", "那時", "那年", "那天", "那邊", "那裡", "那個"}))) {
    end += 3;
  } else if (is_one_of(s.substr(end, 3), {"年", "和", "地"}) && !is_ideograph(s, end + 3) &&
             !util::is_chinese_numeral(util::cp3(s.data() + g))) {
    end += 3; // 豐年, 振和, 坤地 end given names too, where the name stands alone (局長　許豐年)
  } else if (is_one_of(s.substr(end, 3), {"村", "里"}) &&
             // (木村 too, an old Taiwanese given name — 許木村, 馮木村: set205b, set210a's six;
             // 木 is no given character alone: 林木, 苗木.)
             (nd.given_at(s, g) || (util::has_at(s, g, "木") && util::has_at(s, end, "村"))) &&
             title_at(s, end) == 0 && ends_name(s, end + 3) &&
             !is_one_of(s.substr(end + 3, 3), {"民", "長", "辦", "內", "外", "落", "里", "村"}) &&
             !patterns::gazetteer().villages.contains(s.substr(p, end + 3 - p))) {
    end += 3; // 柏村, 美里: a name's, where it stands alone and is no village (里長林柏村已將)
  }
  // A surname and 記 is a shop's name (林記, 陳記麵店 — set45a), a name ending in 灣 a bay's
  // (白沙灣 in a lifeguards' roster — set44a), not a person's.
  if ((end == g + 3 && util::has_at(s, g, "記")) || util::has_at(s, end - 3, "灣")) {
    return npos;
  }
  // Vietnamese names: 阮氏 and two more (阮氏秋姮); the last as Vietnamese names have it, any
  // character that does not follow a name or stop one (陳氏美幸, 范氏紅絨 — set129a).
  if (s.substr(g, 3) == "氏" && end == g + 6 &&
      (fourth_ok(end) ||
       (is_ideograph(s, end) && !k_after_name.contains(s.substr(end, 3)) &&
        !stops_name(s.substr(end, 3)) && !function_word(s.substr(end, 3)) &&
        !k_places.contains(s.substr(end, 3)) && // (陳氏古厝, 謝氏家廟: a clan's buildings)
        !util::is_chinese_numeral(util::cp3(s.data() + end)))) &&
      ends_name(s, end + 3)) {
    end += 3;
  }
  if ((util::has_at(s, end + 6, "教會") || util::has_at(s, end + 9, "教會")) &&
      title_at(s, end) != 0 && util::has_at(s, end + title_at(s, end), "教會")) {
    return npos; // 文蘭長老教會: a church, not a name and a title
  }
  // (會 before a verb is "will": 聯絡人游佩琪會先以電話聯繫, 會來, 會再 — set39b.)
  static constexpr CharSet k_will_verbs(U"先來去再幫陪帶通聯回盡準親到負安繼轉送打處");
  // (Nor a district's or a town's head after a name that is no place: 主席：袁添丁區長 —
  // set85a; not 文山|區長大.)
  auto head = [&] {
    return is_one_of(s.substr(end, 3), {"區", "鎮", "鄉", "市", "縣"}) && title_at(s, end) != 0 &&
           !util::has_at(s, end + 3, "長大") && !is_place(s.substr(p, end - p));
  };
  if (k_places.contains(s.substr(end, 3)) && !head() &&
      !(is_one_of(s.substr(end, 3), {"里", "村", "校", "院", "館", "站", "所", "隊", "處", "局",
                                     "組", "課", "科", "室", "部"}) &&
        title_at(s, end) != 0) &&
      !(util::has_at(s, end, "會") && k_will_verbs.contains(s.substr(end + 3, 3))) &&
      !(util::has_at(s, end, "處") && is_one_of(s.substr(end + 3, 3), {"理", "置", "方"}))) {
    // (其子張簡承翰處理, 值班醫師張簡正雄處置: a verb, not an office — set43a, set105b.)
    // 連江|縣政府: the start of a place or an organisation. 蔡碧霞|里民 is a name and a title,
    // but 管委|會長期 and 文山|區長大 are not.
    return npos;
  }
  // 向 is mostly "to" (檢舉人向警方報案): as a surname after a label, the name must end there.
  if (ctx.label && !ctx.form_field && function_word(s.substr(p, 3)) && !ends_name(s, end)) {
    return npos;
  }
  // A school's name: 羅東|高中, 員林|國小 (the last given character starts 高中, 國中 …).
  static constexpr CharSet k_school_firsts(U"高國大");
  if (end == g + 6 && k_school_firsts.contains(s.substr(end - 3, 3)) &&
      is_one_of(s.substr(end - 3, 6),
                {"高中", "國中", "國小", "高工", "高商", "高職", "高農", "國校", "大學"})) {
    return npos;
  }
  return end;
}

void add(std::vector<Match>& out, std::size_t start, std::size_t end, float conf,
         std::string_view rule, std::string_view cue) {
  out.push_back(Match{PiiType::person_name, static_cast<std::uint32_t>(start),
                      static_cast<std::uint32_t>(end), conf, "person_name", rule, cue});
}

// Whether `name` is a place with its 縣, 市, 鄉, 鎮 or 區 left off (我是羅東的游小姐).
bool is_place(std::string_view name) {
  const patterns::Gazetteer& g = patterns::gazetteer();
  std::string with;
  for (std::string_view suffix : {"縣", "市", "鄉", "鎮", "區"}) {
    with.assign(name).append(suffix);
    if (g.districts.contains(with) || g.counties.contains(with)) {
      return true;
    }
  }
  return false;
}

// The end of a name in Latin letters starting at p — two to four words of two letters or more,
// one space apart, in capitals (NGUYEN THI HOA, SANTOS JOSE REYES: migrant workers' names in
// rosters and forms) or, with `mixed`, also capitalised (Maria Santos, Siti Rahayu: only after
// a label or an introducing word) — or npos.
char32_t accented_at(std::string_view s, std::size_t at, std::size_t* len) {
  if (at >= s.size() || static_cast<unsigned char>(s[at]) < 0xC3) {
    return 0;
  }
  const char32_t cp = util::utf8_decode(s, at, len);
  const bool letter =
      (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) || (cp >= 0x1E00 && cp <= 0x1EFF);
  return letter || (cp >= 0x300 && cp <= 0x36F) ? cp : 0;
}

bool common_latin_word(std::string_view word) {
  if (word.size() < 2 || word.size() > 11) {
    return false;
  }
  std::string up(word);
  std::transform(up.begin(), up.end(), up.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  static const std::set<std::string_view, std::less<>> k_words = {
      // Apps, sites and devices.
      "APP", "APPS", "EMAIL", "MAIL", "GMAIL", "HOTMAIL", "YAHOO", "OUTLOOK", "LINE", "FACEBOOK",
      "INSTAGRAM", "TELEGRAM", "TWITTER", "THREADS", "YOUTUBE", "GOOGLE", "SKYPE", "WHATSAPP",
      "MESSENGER", "WECHAT", "DCARD", "PODCAST", "ZOOM", "TEAMS", "MEET", "WEBEX", "EXCEL", "WORD",
      "PDF", "USB", "SIM", "WIFI", "QR", "ANDROID", "IPHONE", "IPAD", "WINDOWS", "CHROME", "SAFARI",
      // Brands and services.
      "UBER", "UBIKE", "YOUBIKE", "GOGORO", "COSTCO", "IKEA", "NETFLIX", "SPOTIFY", "SHOPEE",
      "PCHOME", "FOODPANDA", "APPLE", "SAMSUNG", "SONY", "ASUS", "ACER", "TOYOTA", "HONDA",
      "NISSAN", "BENZ", "TESLA", "YAMAHA", "VISA", "PAYPAL", "ATM", "FORD", "MAZDA", "MITSUBISHI",
      "LEXUS", "HYUNDAI", "VOLKSWAGEN", "VOLVO", "KYMCO", "SUBARU", "MERCEDES", "AUDI", "PORSCHE",
      "KIA", "LUXGEN", "PEUGEOT", "BMW",
      // Papers, bodies and places.
      "ARC", "APRC", "DOB", "NGO", "NPO", "ILO", "TIWA", "MOL", "NIA", "HR", "CEO", "SOP", "TW",
      "ROC", "UN", "TEL", "FAX", "EXT", "NO", "COVID", "LEQ",
      // A screening's results (雙耳Refer, 右耳Pass — set95b's newborn hearing tests).
      "REFER", "PASS", "FAIL",
      // Roles a signature gives after a name (許俊明　Sales — set43b).
      "SALES", "MANAGER", "DIRECTOR", "STAFF", "ADMIN", "SERVICE", "SUPPORT", "ASSISTANT", "INTERN",
      "ENGINEER", "OFFICER", "TEAM", "EMERGENCY", "CONTACT",
      // A convention's roles (未成年Coser需監護人同意書 — set295a's cosplay badges).
      "COSER", "COSPLAY", "COSPLAYER", "CAST", "VIP",
      // Words of a chat.
      "OK", "NG", "HELLO", "BYE", "SORRY", "THANKS", "YES", "OKAY", "DEAR", "HI",
      // A letter's closing (Best, — set98b).
      "BEST", "REGARDS", "CHEERS", "SINCERELY"};
  return k_words.contains(up) || latin_country(word);
}

bool latin_country(std::string_view word) {
  std::string up(word);
  std::transform(up.begin(), up.end(), up.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return is_one_of(up,
                   {"TAIPEI", "TAIWAN", "INDONESIA", "VIETNAM", "VIET", "PHILIPPINES", "THAILAND"});
}

namespace {

// Whether s[i] starts a Hangul syllable (U+AC00-U+D7A3: EA B0 80 - ED 9E A3).
bool hangul_at(std::string_view s, std::size_t i) {
  const auto lead = static_cast<unsigned char>(i < s.size() ? s[i] : 0);
  if (i + 3 > s.size() || lead < 0xEA || lead > 0xED) {
    return false;
  }
  const char32_t cp = util::cp3(s.data() + i);
  return cp >= 0xAC00 && cp <= 0xD7A3;
}

} // namespace

std::size_t hangul_name_end(std::string_view s, std::size_t p) {
  if (!hangul_at(s, p) || (p >= 3 && hangul_at(s, p - 3))) {
    return npos;
  }
  std::size_t q = p, syllables = 0;
  while (hangul_at(s, q)) {
    q += 3;
    ++syllables;
  }
  // (A blank between surname and given name: 김 민준.)
  if (syllables == 1 && q < s.size() && s[q] == ' ' && hangul_at(s, q + 1)) {
    for (q += 1; hangul_at(s, q); q += 3) {
      ++syllables;
    }
  }
  return syllables >= 2 && syllables <= 4 ? q : npos;
}

bool english_month(std::string_view w) {
  static constexpr std::string_view k_months[] = {
      "Jan",   "Feb",  "Mar",  "Apr",    "May",       "Jun",     "Jul",      "Aug",
      "Sep",   "Sept", "Oct",  "Nov",    "Dec",       "January", "February", "March",
      "April", "June", "July", "August", "September", "October", "November", "December"};
  return std::find(std::begin(k_months), std::end(k_months), w) != std::end(k_months);
}

std::size_t latin_name_end(std::string_view s, std::size_t p, bool mixed, std::size_t min_words,
                           bool booked) {
  if (const std::size_t h = hangul_name_end(s, p); h != npos) {
    return h;
  }
  // Letters with diacritics (Nguyễn Thị Hương, Võ, ĐỖ): Latin-1 to Latin Extended Additional,
  // and combining marks after a letter (decomposed text); their bytes in `*len`.
  auto accented = [&](std::size_t i, bool want_upper, std::size_t* len) {
    const char32_t cp = accented_at(s, i, len);
    if (cp == 0) {
      return false;
    }
    if (cp >= 0x300 && cp <= 0x36F) {
      return !want_upper && i > p; // a combining mark continues a word
    }
    return want_upper ? u_isupper(static_cast<UChar32>(cp)) != 0
                      : u_islower(static_cast<UChar32>(cp)) != 0;
  };
  // Bytes of the capital or small letter at i, or 0.
  auto upper_len = [&](std::size_t i) -> std::size_t {
    std::size_t len = 0;
    return i < s.size() && s[i] >= 'A' && s[i] <= 'Z' ? 1 : accented(i, true, &len) ? len : 0;
  };
  auto lower_len = [&](std::size_t i) -> std::size_t {
    std::size_t len = 0;
    return i < s.size() && s[i] >= 'a' && s[i] <= 'z' ? 1 : accented(i, false, &len) ? len : 0;
  };
  auto upper = [&](std::size_t i) { return upper_len(i) != 0; };
  auto lower = [&](std::size_t i) { return lower_len(i) != 0; };
  // Capitalised words of organisations and places (申請人：Taipei City Government).
  static const std::set<std::string_view, std::less<>> k_not_names = {
      "City", "County", "Government", "Company", "Co", "Ltd", "Inc", "Corp", "Bank", "University",
      "College", "School", "Hospital", "Center", "Centre", "Office", "Department", "Bureau",
      "Taiwan", "Taipei", "Road", "Street", "Section", "District", "Sent", "From", "Dear",
      "Association", "National", "Health", "Insurance", "Administration", "Ministry", "Council",
      "Agency", "Institute", "Foundation", "Museum", "Library", "Service", "Services",
      "International", "Corporation", "Group", "Limited", "Big", "Data", "Team",
      // A bilingual form's labels (配偶 Spouse, 承辦人 Officer:, 關係 Relationship).
      "Name", "Spouse", "Officer", "Reviewer", "Applicant", "Relationship", "Signature", "Address",
      "Nationality", "Date", "Birth", "Phone", "Mobile", "Email", "Male", "Female", "Father",
      "Mother", "Husband", "Wife", "Daughter", "Passport", "Resident", "Gender", "Dr", "Mr", "Ms",
      "Mrs", "Hotline", "Citizen", "ARC", "No", // (ARC No. 統一證號 — set53b's header)
      // An agenda's and an office's words (09:00<TAB>Opening Remarks<TAB>Hall, Manager（陳大文）).
      "Opening", "Remarks", "Break", "Lunch", "Welcome", "Closing", "Session", "Panel", "Keynote",
      "Registration", "Manager", "Director", "Teacher", "Doctor", "Staff", "Boss", "Hall", "Lobby",
      // Ways to pay and to ship in an order export (LINE Pay, Apple Pay, Cash on Delivery).
      "Pay", "LINE", "Line", "Apple", "Google", "Cash", "Card", "Credit", "Transfer", "Delivery",
      // Makes of cars and scooters on a rental contract (廠牌：Toyota Corolla Cross), and a chat
      // export's own messages (System).
      "Toyota", "Honda", "Nissan", "Mazda", "Mitsubishi", "Suzuki", "Lexus", "Ford", "Hyundai",
      "Volkswagen", "Volvo", "Tesla", "Yamaha", "Kymco", "Subaru", "Mercedes", "Benz", "Audi",
      "Porsche", "Kia", "Luxgen", "Peugeot", "System",
      // A book's title in a library's export (Taiwanese Temple Architecture).
      "Taiwanese", "Chinese", "English", "Temple", "Architecture", "History", "Guide",
      "Introduction", "Culture", "Art", "Arts", "Design", "Studies", "Society", "Press",
      // A darts league's column (High Ton — set313a), songs of a ukulele recital (Blue Hawaii,
      // Aloha Oe) and a sewing machine's make (Janome) — set318b.
      "High", "Blue", "Hawaii", "Aloha", "Janome", "Singer"};
  std::size_t words = 0, q = p, sep_start = p;
  bool slashed = false;
  while (upper(q)) {
    std::size_t w = q + upper_len(q);
    if (mixed && (lower(w) || (w + 1 < s.size() && s[w] == '\'' && upper(w + 1)))) {
      // Hsiao-Ming, O'Neil: a hyphen or an apostrophe between letters stays in the word.
      while (lower(w) || (w + 1 < s.size() && (s[w] == '-' || s[w] == '\'') &&
                          (lower(w + 1) || upper(w + 1)))) {
        w += lower(w) ? lower_len(w) : 1 + std::max(lower_len(w + 1), upper_len(w + 1));
      }
      if (k_not_names.contains(s.substr(q, w - q))) {
        return npos;
      }
    } else {
      while (upper(w) || (w < s.size() && (s[w] == '-' || s[w] == '\'') && upper(w + 1))) {
        w += upper(w) ? upper_len(w) : 1;
      }
    }
    // A middle initial between two words (Emily R. Thompson).
    if (w - q == 1 && words >= 1 && w + 2 < s.size() && s[w] == '.' && s[w + 1] == ' ' &&
        upper(w + 2)) {
      ++words;
      q = w + 2;
      sep_start = w + 1;
      continue;
    }
    if (w - q < 2 || (w < s.size() && util::is_alnum(s[w]))) {
      // A short word, or letters and digits (A123456789): no name; or the end of one of two
      // words or more, one blank before its ID (Yapit Tanapima P141477368 — set168a).
      if (words >= 2 && q == sep_start + 1 && w < s.size() && util::is_digit(s[w])) {
        q = sep_start;
        break;
      }
      return npos;
    }
    // A field label after the name (WEN, PIN-YEN　DOB：): the name ends before it.
    if (words >= 2 || (words == 1 && q > p)) {
      const std::string_view word = s.substr(q, w - q);
      // An airline's title ends a booked name and is part of it (CHEN/MEILING MS); after any
      // other it starts what follows.
      const bool airline = airline_title(word);
      if (airline && slashed) {
        q = w;
        break;
      }
      if (word == "DOB" || word == "TEL" || word == "FAX" || word == "ARC" || word == "SEX" ||
          word == "ID" || word == "NO" || airline) {
        q = sep_start;
        break;
      }
      // A date's month after the name (Siti Aminah　Oct 24, 1965 — set316b): the name ends
      // before it.
      const std::size_t d = w < s.size() && s[w] == '.' ? w + 1 : w;
      if (d + 1 < s.size() && s[d] == ' ' && util::is_digit(s[d + 1]) && english_month(word)) {
        q = sep_start;
        break;
      }
    }
    ++words;
    q = w;
    sep_start = q;
    // A family name's particle in small letters between capitalised words (Jocelyn dela Cruz,
    // Ludwig van Beethoven, Maria da Silva — set39a), as a mixed name writes it.
    std::size_t particle = 0;
    // (Their first letters first: most small letters after a blank start no particle.)
    if (mixed && q + 1 < s.size() && s[q] == ' ' && words < 4 &&
        (s[q + 1] == 'd' || s[q + 1] == 'v' || s[q + 1] == 'l' || s[q + 1] == 'b')) {
      // (And a Malay patronymic's: Siti Nurhaliza binti Ahmad — set210b.)
      for (std::string_view pw : {"dela", "de", "del", "da", "dos", "van", "von", "der", "di", "la",
                                  "binti", "bint", "bin"}) {
        if (util::has_at(s, q + 1, pw) && q + 2 + pw.size() < s.size() &&
            s[q + 1 + pw.size()] == ' ' && upper(q + 2 + pw.size())) {
          particle = pw.size() + 1;
          break;
        }
      }
    }
    if (particle != 0) {
      q += particle + 1;
    } else if (q + 1 < s.size() && s[q] == ' ' && upper(q + 1) && words < (slashed ? 5u : 4u)) {
      ++q;
    } else if (words == 1 && q + 2 < s.size() && s[q] == ',' && s[q + 1] == ' ' && upper(q + 2)) {
      q += 2; // as passports write it: SANTOS, MARIA LOURDES; CHOU, YU-HSUAN
    } else if (booked && !slashed && words <= 2 && q + 3 < s.size() && s[q] == '/' &&
               upper(q + 1) && upper(q + 2) && upper(q + 3)) {
      q += 1; // as airlines book it: CHEN/MEILING, CHEN CHIU/SHU CHEN
      slashed = true;
    } else {
      break;
    }
  }
  if (words == 1 && words >= min_words && common_latin_word(s.substr(p, q - p))) {
    return npos; // one word alone: not the apps, brands and papers a migrant worker's letter names
  }
  // Nor a business or a congregation by its last word (Siam Spice Kitchen — set85b's halal
  // audits; Christian Fellowship).
  if (words >= 2) {
    const std::size_t last = s.substr(p, q - p).rfind(' ');
    const std::string_view word = s.substr(p + last + 1, q - p - last - 1);
    for (std::string_view w :
         {"KITCHEN", "RESTAURANT", "CAFE",        "BAKERY",     "STORE",    "SHOP",
          "MART",    "HOTEL",      "FELLOWSHIP",  "CHURCH",     "MINISTRY", "MISSION",
          "COMPANY", "LTD",        "INC",         "CORP",       "CLINIC",   "HOSPITAL",
          "SCHOOL",  "ACADEMY",    "ASSOCIATION", "FOUNDATION", "CENTER",   "CENTRE"}) {
      if (util::ascii_iequals(word, w)) {
        return npos;
      }
    }
  }
  // A make and a model in capitals, as a dealer's list writes a car (TOYOTA ALTIS, FORD FOCUS).
  if (words >= 2 && s[p + 1] >= 'A' && s[p + 1] <= 'Z') {
    const std::size_t sp = s.find(' ', p);
    if (sp < q && is_one_of(s.substr(p, sp - p),
                            {"TOYOTA",   "HONDA",   "NISSAN",     "FORD",  "MAZDA",  "MITSUBISHI",
                             "LEXUS",    "HYUNDAI", "VOLKSWAGEN", "VOLVO", "KYMCO",  "SUBARU",
                             "MERCEDES", "AUDI",    "PORSCHE",    "KIA",   "LUXGEN", "PEUGEOT",
                             "BMW",      "TESLA",   "BENZ",       "YAMAHA"})) {
      return npos;
    }
  }
  return words >= min_words && q - p >= 3 ? q : npos;
}

// The end of an indigenous or transliterated name starting at p: one to five ideographs, a
// middle dot (．, ‧, ・, ·), one to five more (巴奈．拉娃, 撒韻‧武荖) — or npos.
std::size_t dotted_name_end(std::string_view s, std::size_t p) {
  // A cheap test first: '.' (．folded) or a dot character within the first six characters.
  const std::string_view head = s.substr(p, 18);
  if (head.find('.') == std::string_view::npos && head.find("\xC2\xB7") == std::string_view::npos &&
      head.find("\xE2\x80") == std::string_view::npos &&
      head.find("\xE3\x83\xBB") == std::string_view::npos) {
    return npos;
  }
  // A run of one to five ideographs before the dot, eight after (比令‧達給斯菲萊南); a stop or
  // a place character ends it after two (伊將 is a name, 哈勇也說 ends at 也).
  // (A character that often follows a name is the name's last where a list's item ends after
  // it: 伊斯坦大·貝雅夫、Michael, 　伊斯坦大·貝雅夫⏎ — set70b.)
  // (Or where the dot follows it: 烏杜夫‧亞布, whose 夫 may follow a name — set167b; not a
  // numeral's decimal point, 面積約一．二公頃.)
  auto item_ends = [&](std::size_t at) {
    if (at >= s.size()) {
      return true;
    }
    const bool dot = s[at] == '.' || util::has_at(s, at, "‧") || util::has_at(s, at, "・") ||
                     util::has_at(s, at, "·");
    return s[at] == ' ' || s[at] == '\t' || s[at] == '\r' || s[at] == '\n' || s[at] == ')' ||
           s[at] == '<' || util::has_at(s, at, "、") ||
           (dot && at >= 3 && !util::is_chinese_numeral(util::cp3(s.data() + at - 3)));
  };
  auto run_end = [&](std::size_t i, std::size_t most = 15) {
    std::size_t e = i;
    while (e - i < most && is_ideograph(s, e) &&
           (e - i < 6 || (!stops_name(s.substr(e, 3)) && !k_places.contains(s.substr(e, 3)) &&
                          (!k_after_name.contains(s.substr(e, 3)) || item_ends(e + 3))))) {
      e += 3;
    }
    return e;
  };
  const std::size_t a = run_end(p);
  if (a == p) {
    return npos;
  }
  std::size_t dot = 0;
  for (std::string_view d : {".", "‧", "・", "·", "•"}) {
    if (s.substr(a).starts_with(d)) {
      dot = d.size();
    }
  }
  // 王小明‧林小華: two names listed with a dot, not one indigenous name; a given name of
  // characters common in given names first (古拉斯．馬紹 is one — set73b).
  bool surname_only = false;
  const patterns::NameData& nd = patterns::name_data();
  if (dot != 0 && name_end(s, p, &surname_only) == a && nd.surname_at(s, a + dot) != 0 &&
      (nd.given_at(s, a - 3) || (a - p == 12 && nd.given_at(s, a - 6)))) {
    return npos;
  }
  std::size_t b = dot != 0 ? run_end(a + dot, 24) : a;
  // (A character that often follows a name inside a long second half, the item going on to its
  // end: 尤哈尼‧伊斯卡卡夫特 — set258a's tribal council.)
  // (Not a function word: 巴奈‧馬耀跟阿英 is two people.)
  if (dot != 0 && b < s.size() && k_after_name.contains(s.substr(b, 3)) &&
      !function_word(s.substr(b, 3)) && is_ideograph(s, b + 3)) {
    std::size_t c = b + 3;
    while (c - (a + dot) < 24 && is_ideograph(s, c) && !stops_name(s.substr(c, 3)) &&
           !k_places.contains(s.substr(c, 3)) && !function_word(s.substr(c, 3))) {
      c += 3;
    }
    if (c - (a + dot) <= 24 && !is_ideograph(s, c) && item_ends(c)) {
      b = c;
    }
  }
  // (Not an ordinal after the dot: 民眾版・第三版, a guide's edition — set93a.)
  return dot != 0 && b > a + dot && !util::has_at(s, a + dot, "第") &&
                 (!is_ideograph(s, b) || stops_name(s.substr(b, 3)) ||
                  k_after_name.contains(s.substr(b, 3)))
             ? b
             : npos;
}

std::size_t japanese_name_end(std::string_view s, std::size_t p) {
  const std::size_t sl = patterns::name_data().japanese_at(s, p);
  if (sl == 0) {
    return npos;
  }
  std::size_t g = p + sl;
  g += g < s.size() && s[g] == ' ' ? 1 : util::has_at(s, g, "　") ? 3 : 0;
  // A given character: an ideograph that neither stops a name nor starts a title, an honorific
  // or a place's word; or a kana (ひらがな, カタカナ: U+3041-30FA).
  auto given = [&](std::size_t at) {
    if (at + 3 > s.size()) {
      return false;
    }
    const char32_t cp = util::cp3(s.data() + at);
    std::size_t hl = 0;
    return (cp >= 0x3041 && cp <= 0x30FA) ||
           (is_ideograph(s, at) && !stops_name(s.substr(at, 3)) &&
            !k_after_name.contains(s.substr(at, 3)) && !honorific_at(s, at, &hl) &&
            title_at(s, at) == 0 && !k_places.contains(s.substr(at, 3)));
  };
  static constexpr CharSet k_third(U"子郎美香奈代江恵惠乃里也介助彦平夫雄樹太人一二三之実實");
  // (One of them a character of given names, Chinese or Japanese, or a kana: not 田中檳榔, a
  // betel-nut stall.)
  const patterns::NameData& nd = patterns::name_data();
  auto name_like = [&](std::size_t a, std::size_t b) {
    for (std::size_t k = a; k < b; k += 3) {
      if (nd.given_at(s, k) || k_japanese_given.contains(s.substr(k, 3)) || !is_ideograph(s, k)) {
        return true;
      }
    }
    return false;
  };
  if (org_word_at(s, g)) {
    return npos; // 福田禮儀: a funeral parlour
  }
  std::size_t e = g;
  while (e - g < 6 && given(e)) {
    e += 3;
  }
  if (e - g == 6 && given(e) && k_third.contains(s.substr(e, 3)) && ends_name(s, e + 3)) {
    return e + 3;
  }
  for (; e > g; e -= 3) {
    if (ends_name(s, e)) {
      return name_like(g, e) ? e : npos;
    }
  }
  return npos;
}

// Two given-name characters that are mostly a word, not a given name: adjectives a kinship word
// is followed by (哥哥英俊, 妹妹美麗), countries (美國), road and place words (信義, 中正).
bool common_word(std::string_view pair) {
  static const std::set<std::string_view, std::less<>> k_words = {
      "招標", "英俊", "美麗", "賢慧", "清潔", "美好", "美滿", "秀麗", "英明", "明亮", "文雅",
      "志工", "監護", "凌晨", "正義", "信義", "和平", "光明", "自由", "中正", "建國", "國家",
      "文化", "成功", "勝利", "英雄", "美國", "英國", "德國", "泰國", "法國", "韓國", "中國",
      "祖國", "家園", "家鄉", "華僑", "清明", "興盛", "昌盛", "富貴", "吉祥", "如意", "平安",
      "溫柔", "溫馨", "真心", "心中", "心情", "開心", "安心", "誠信", "忠誠", "勇敢", "永遠",
      "進步", "發達", "剛剛", "剛好", "正好", "明明", "真好", "真美", "好美", "好強", "好勝",
      "好心", "賢淑", "剛毅", "剛強", "嬌美", "嬌柔", "英勇", "文靜", "智慧", "美金", "英文",
      "英美", "家庭", "宣傳", "真如", "正如", "好像", "明白", "如此", "真正", "正在", "美德",
      "家人", "家裡", "家中", "寶寶", "寶貝", // (我家寶寶一直哭 — set64a)
      "晨光"}; // (晨光媽媽, a school's morning story-time volunteers — set271a)
  return k_words.contains(pair);
}

bool nickname_pair(std::string_view s, std::size_t at) {
  if (at + 6 > s.size() || !is_ideograph(s, at + 3)) {
    return false;
  }
  const std::string_view first = s.substr(at, 3), second = s.substr(at + 3, 3);
  return ((first == "阿" && !k_not_after_a.contains(second)) ||
          ((first == "小" || first == "老") && !k_not_after_small.contains(second)) ||
          (first == "大" && !k_not_after_big.contains(second))) &&
         !stops_name(second) && !k_places.contains(second) && !common_word(s.substr(at, 6)) &&
         title_at(s, at) == 0;
}

// The start of one to three capitalised Latin words (Wang, Maria Santos, Rosa Dela Cruz — set95b)
// that end at `e`, where a word starts (not inside iPhone or ABC), or npos.
std::size_t latin_words_before(std::string_view s, std::size_t e) {
  std::size_t start = npos, p = e;
  for (int words = 0; words < 3; ++words) {
    std::size_t q = p;
    while (q > 0 && s[q - 1] >= 'a' && s[q - 1] <= 'z') {
      --q;
    }
    if (q == p || q == 0 || s[q - 1] < 'A' || s[q - 1] > 'Z' ||
        (q >= 2 && util::is_alnum(s[q - 2]))) {
      break;
    }
    start = q - 1;
    // (O'Connor, D'Souza: a capital and an apostrophe before the word — set311b.)
    if (start >= 2 && s[start - 1] == '\'' && s[start - 2] >= 'A' && s[start - 2] <= 'Z' &&
        (start == 2 || !util::is_alnum(s[start - 3]))) {
      start -= 2;
    }
    if (start < 2 || s[start - 1] != ' ' || !util::is_alpha(s[start - 2])) {
      break;
    }
    p = start - 1; // a blank, then perhaps a first name
  }
  return start;
}

} // namespace twpii::detectors::names
