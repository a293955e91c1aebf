// Names with no label, honorific or title before or after them: a surname and two characters
// common in given names standing as a word (common_names), given names alone next to kinship
// words (given_names_by_kin), given names, 阿X and surnames before kinship titles (明德伯, 阿桃姨,
// 陳伯: given_names_before_kin), 小X and 老X (surname_nicknames), and a found name's given name
// or nickname alone elsewhere (given_name_of, nicknames_of, given_name_alone, for the scanner's
// propagation). The riskiest rules of the name detector: each was measured on the circulars and
// the blind sets' look-alikes (tests/eval/blind/README.md).
#include "candidates.hpp"
#include "name_parts.hpp"

#include <algorithm>
#include <set>
#include <string>
#include <unordered_map>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace twpii::detectors {
namespace names {

namespace {
// Whether the character before a surname and the surname make a word (為何, 或許, 對方, 警方,
// 任何): the surname character ends it, no name starts there.
bool word_before(std::string_view s, std::size_t prev, std::size_t start) {
  if (start == 0 || start - prev != 3) {
    return false;
  }
  static const std::set<std::string_view, std::less<>>
      k_words = {"為何", "如何", "任何", "或許", "也許", "允許", "期許", "對方", "女方",
                 "男方", "警方", "官方", "雙方", "各方", "地方", "一方", "他方", "我方",
                 "甲方", "乙方", "資方", "勞方", "校方", "院方", "廠方", "買方", "賣方",
                 "前方", "後方", "上方", "下方", "多方", "軍方", "檢方", "子孫", "工程",
                 "課程", "過程", "流程", "行程", "全程", "半程", "安寧"}; // (工程達建築,
                                                                          // 半程馬拉松, 安寧病房)
  return k_words.contains(s.substr(prev, 6));
}

// Whether a nickname may start at s[at]: at the start, after what is no ideograph, after a role,
// a title or a particle (k_before_title, k_before_name: 的, 叫 …; not 姓: 吳姓老翁), or after one
// of `also` (說: 鄰居說老劉住院了).
bool nickname_starts(std::string_view s, std::size_t at, const CharSet& also) {
  if (at == 0) {
    return true;
  }
  const std::size_t b = util::prev_char(s, at);
  const std::string_view before = s.substr(b, at - b);
  return !is_ideograph(s, b) || also.contains(before) ||
         ((k_before_title.contains(before) || k_before_name.contains(before)) && before != "姓");
}

// What a nickname may start after besides those: 說 (鄰居說老劉); 帶 too before 阿X or 小X.
constexpr CharSet k_say(U"說");
constexpr CharSet k_say_take(U"說帶");

} // namespace

bool after_village_name(std::string_view s, std::size_t p) {
  if (p < 9 || !(util::has_at(s, p - 3, "村") || util::has_at(s, p - 3, "里"))) {
    return false;
  }
  const patterns::Gazetteer& g = patterns::gazetteer();
  for (std::size_t len : {9u, 12u}) {
    if (p >= len && g.villages.contains(s.substr(p - len, len)) && word_starts(s, p - len)) {
      return true;
    }
  }
  return false;
}

// A given name alone next to a kinship word, as families write (大兒子志明在台北, 宥蓁媽媽,
// 父親正雄、二姑洪麗華): two given-name characters (patterns/given_names.txt) right after one of
// these words and before a word end (`none_after`: no whole name was found there), or right
// before 媽媽, 爸爸, 同學 … after a word end. Confidence 0.6.
void given_names_by_kin(std::string_view s, std::size_t start, std::size_t end,
                        std::string_view word, bool none_after, std::vector<Match>& out) {
  const patterns::NameData& nd = patterns::name_data();
  auto given_pair = [&](std::size_t at) {
    return nd.given_at(s, at) && nd.given_at(s, at + 3) && nd.surname_at(s, at) != 6 &&
           !nd.stopwords.contains(s.substr(at, 6)) && !common_word(s.substr(at, 6));
  };
  // After the word, one character common in given names is enough where ICU's dictionary reads
  // no word in the pair and ends one after it (我女兒安琪明年, 台端之子國峰完成: read
  // thoroughly; not 由長子繼承, 子女傳統名字); not a pronoun, a particle, a kinship character (我哥
  // 哥志強) or what stops a name, nor the start of a longer name (我先生郗振宇).
  static constexpr CharSet k_not_given(
      U"您你我他她們好嗎呢吧啊了的是在也都就哥弟姊姐妹婿媳夫妻爸媽阿");
  auto loose_pair = [&](std::size_t at) {
    return (nd.given_at(s, at) || nd.given_at(s, at + 3)) && is_ideograph(s, at) &&
           is_ideograph(s, at + 3) && !k_not_given.contains(s.substr(at, 3)) &&
           !k_not_given.contains(s.substr(at + 3, 3)) && !stops_name(s.substr(at, 3)) &&
           !stops_name(s.substr(at + 3, 3)) && nd.surname_at(s, at) != 6 &&
           !nd.stopwords.contains(s.substr(at, 6)) && !common_word(s.substr(at, 6)) &&
           !k_places.contains(s.substr(at, 3)) &&
           !((nd.surname_at(s, at) != 0 || nd.rare_at(s, at)) && nd.given_at(s, at + 6) &&
             !time_word_at(s, at + 6)) &&
           dictionary_starts(s, at + 6) && dictionary_starts(s, at + 3);
  };
  // 1: the given name follows the word, 2: it comes before (one look-up per title word found).
  static const std::unordered_map<std::string_view, int> k_kin = [] {
    std::unordered_map<std::string_view, int> m;
    for (std::string_view w :
         {"兒子",   "女兒",   "孫子",   "孫女",   "媳婦",   "女婿",   "堂哥",   "堂姊", "堂弟",
          "堂妹",   "表哥",   "表姊",   "表弟",   "表妹",   "哥哥",   "弟弟",   "姊姊", "姐姐",
          "妹妹",   "父親",   "母親",   "長子",   "次子",   "長女",   "次女",   "外孫", "丈夫",
          "妻子",   "老公",   "老婆",   "她叫",   "他叫",   "我叫",   "名叫",   "配偶", "我先生",
          "我太太", "太太",   "我丈夫", "我老公", "三弟",   "二弟",   "大弟",   "小弟", "二哥",
          "三哥",   "二姊",   "三姊",   "大姊",   "小妹",   "二妹",   "三妹",   "我弟", "我哥",
          "我媽",   "我爸",   "我姊",   "我妹",   "老伴",   "大哥",   "大姐",   "小姑", "大姑",
          "小叔",   "老二",   "老三",   "姑丈",   "長媳",   "其兄",   "其弟",   "其姊", "其妹",
          "長男",   "次男",   "三男",   "大嫂",   "二嫂",   "二叔",   "三叔",   "子女", "嫂嫂",
          "我兒子", "我女兒", "小女兒", "我孫子", "我孫女", "她先生", "他太太", "其子", "其女",
          "其妻",   "其夫",   "案妻",   "案夫",   "案子",   "案女",   "三子",   "三女", "長孫",
          "內人",   "外子",   "內子",   "小犬",   "犬子",   "我家",   "我們家", "之子", "之女",
          "老大",   "老妻",   "二姐",   "三姐",   "與先生", "和先生", "兄長",   "朋友", "同事",
          "小孩",   "我孫",   "孩子",   "未婚妻", "未婚夫", "小女",   "小兒"}) {
      // (我孫志豪說要填身分證 — set106b; 孩子秋涵 — set226b; 本人與未婚妻闕承恩 — set256b;
      // a petition's humble 小女: 小女振興電話… — set306a)
      m.emplace(w, 1);
    }
    for (std::string_view w : {"阿嬤", "阿公", "伯伯", "叔叔", "阿姨"}) {
      m.emplace(w, 2);
    }
    // (同學 either side too: 由同學怡春陪同 — set201b's school nurse's log.)
    for (std::string_view w : {"媽媽", "爸爸", "姑姑", "舅舅", "嬸嬸", "同學"}) {
      m.emplace(w, 3); // either side: 宥蓁媽媽; 媽媽佳蓉非常緊張, 爸爸哲瑋半夜打來, 我姑姑美珠
    }
    return m;
  }();
  const auto kin = k_kin.find(word);
  if (kin == k_kin.end()) {
    return;
  }
  if (kin->second != 2) {
    // 太太叫美雲, 女兒是雅婷: the verb between; or one blank, as a form's field writes who the
    // contact is (緊急聯絡人：女兒 雅玲).
    // (Or in brackets, the given name alone: 病人的二女兒（淑娟）為護理師.)
    const bool bracket = end + 8 <= s.size() && s[end] == '(' && s[end + 7] == ')';
    const std::size_t p =
        s.substr(end).starts_with("叫") || s.substr(end).starts_with("是")      ? end + 3
        : (end + 1 < s.size() && s[end] == ' ' && s[end + 1] != ' ') || bracket ? end + 1
                                                                                : end;
    // (Not where a whole name follows, 兒子洪家豪; for 媽媽 and 爸爸, not where a given name
    // comes before it, 宥蓁媽媽: below.)
    const bool after = none_after && !(kin->second == 3 && start >= 6 && given_pair(start - 6));
    if (!after && kin->second == 1) {
      return;
    }
    // Before a word end, or before a word that starts with no given-name character (女兒芷晴補習,
    // 兒子國樑三十幾歲); not 阿美族, nor after 子女 (子女以國民身分證登錄).
    // (Or 會 as "will", not an office's: 我家瑞峰會暈車 — set232a's parents' board.)
    const bool will =
        util::has_at(s, p + 6, "會") &&
        !is_one_of(s.substr(p + 9, 3), {"議", "館", "所", "員", "長", "社", "堂", "場", "計"});
    const bool word_after =
        (!nd.given_at(s, p + 6) && word != "子女" && !util::has_at(s, p + 6, "族")) || will;
    // (The loose pair only after the words that a name mostly follows: 我家祖厝, 女兒返家.)
    auto strong = [&] {
      return is_one_of(word, {"之子", "之女", "其子", "其女", "老大", "老二", "老三", "老妻",
                              "我女兒", "我兒子", "小女兒", "我孫子", "我孫女", "長子", "長女",
                              "次子", "次女", "長孫"});
    };
    // (Or a nickname after the words a child's name mostly follows: 我女兒小魚對蝦過敏, 我們家
    // 阿凱花生過敏 — set94a's allergy chat.)
    // (小X and 阿X only: 我家老伴, 我家老二, 對我女兒大吼 are no names; after 我家 not a
    // colour, which pets are called by: 我家小黑的朋友 — set98b.)
    static constexpr CharSet k_pet_colours(U"黑白花黃灰橘咪");
    if (after && (strong() || word == "我們家" || word == "我家") &&
        (util::has_at(s, p, "小") || util::has_at(s, p, "阿")) && nickname_pair(s, p) &&
        (strong() || !k_pet_colours.contains(s.substr(p + 3, 3))) &&
        (p + 6 >= s.size() || !is_ideograph(s, p + 6) || dictionary_starts(s, p + 6))) {
      add(out, p, p + 6, 0.6f, "given+kin", word);
      return;
    }
    if (after &&
        ((given_pair(p) && (ends_name(s, p + 6) || word_after)) || (strong() && loose_pair(p))) &&
        (!k_places.contains(s.substr(p + 6, 3)) || will) &&
        !is_place(s.substr(p, 6))) { // (我家（鳳山）)
      add(out, p, p + 6, 0.6f, "given+kin", word);
      // The rest of a list of them (子女姿君、再興、碧霞, 子女清水、寶猜、再興 — set59b): two
      // characters joined by 、 that make no word, up to five, the last where a name ends.
      for (std::size_t q = p + 6, n = 0; n < 5 && util::has_at(s, q, "、") && q + 9 <= s.size() &&
                                         is_ideograph(s, q + 3) && is_ideograph(s, q + 6);
           q += 9, ++n) {
        const std::size_t a = q + 3, e = a + 6;
        if (common_word(s.substr(a, 6)) || nd.stopwords.contains(s.substr(a, 6)) ||
            k_kin.contains(s.substr(a, 6)) || // (先生建宏、婆婆還有兩個小孩 — set11)
            is_one_of(s.substr(a, 6), {"婆婆", "公公", "岳父", "岳母", "孩子", "家人"}) ||
            is_place(s.substr(a, 6)) || stops_name(s.substr(a, 3)) ||
            !(e >= s.size() || util::has_at(s, e, "、") || !is_ideograph(s, e) ||
              ends_name(s, e))) {
          break;
        }
        add(out, a, e, 0.6f, "given+kin", word);
      }
      return;
    }
  }
  if (kin->second != 1) {
    // (After 我是 any two characters that make no word: a parent names the child, 我是以諾媽媽
    // — set43a.)
    const bool introduced =
        kin->second == 3 && start >= 12 && util::has_at(s, start - 12, "我是") &&
        is_ideograph(s, start - 6) && is_ideograph(s, start - 3) &&
        !k_not_given.contains(s.substr(start - 6, 3)) &&
        !k_not_given.contains(s.substr(start - 3, 3)) && !common_word(s.substr(start - 6, 6)) &&
        !nd.stopwords.contains(s.substr(start - 6, 6)) &&
        dictionary_starts(s, start - 3) && // (not 班上, a word)
        !is_one_of(s.substr(start - 6, 6),
                   {"單親", "職業", "上班", "二寶", "外籍", "寄養", "年輕"});
    // (Or 阿 and a character: 第一位是阿惜阿嬤 — set141b.)
    const bool nickname = start >= 6 && util::has_at(s, start - 6, "阿") &&
                          nickname_pair(s, start - 6) && !is_one_of(word, {"同學"});
    if (start < 6 || !(given_pair(start - 6) || introduced || nickname)) {
      return;
    }
    const std::size_t p = start - 6;
    const std::size_t prev = p == 0 ? 0 : util::prev_char(s, p);
    const std::string_view b = s.substr(prev, p - prev);
    if ((p == 0 || !is_ideograph(s, prev) || k_before_name.contains(b) || function_word(b)) &&
        !is_place(s.substr(p, 6))) { // not 宜蘭阿嬤, 花蓮同學
      add(out, p, start, 0.6f, "given+kin", word);
    }
  }
}

// A name with no cue: a surname that starts a word and two characters common in given names
// (patterns/given_names.txt: 素月, 建宏, 玲宗), or 冠夫姓 (田陳琴素: a second surname that is no
// given-name character, then two). Not before a place or an organisation (林森|路, 文華國|中).
// On the circulars and the blind sets' negatives this rule alone made no finding.
void common_names(std::string_view s, bool mid_clause, bool ends_line, std::vector<Match>& out,
                  std::vector<Match>& weak) {
  const patterns::NameData& nd = patterns::name_data();
  // One pass over the characters: c0, c1, c2 are the last three three-byte characters before i
  // (npos when something else came between), a candidate is two given-name characters (c2, i)
  // after a surname; dense text holds one in 30 characters.
  std::size_t c0 = npos, c1 = npos, c2 = npos;
  bool given2 = false; // whether c2 is a given-name character
  const std::uint64_t* given = nd.given.data();
  for (std::size_t i = 0; i + 3 <= s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    if ((b & 0xF0) != 0xE0) {
      c0 = c1 = c2 = npos;
      given2 = false;
      i += b < 0xC0 ? 1 : b < 0xE0 ? 2 : 4;
      continue;
    }
    const char32_t cp = util::cp3(s.data() + i);
    const bool g = ((given[cp >> 6] >> (cp & 63)) & 1) != 0 ||
                   (cp == U'市' && given2 && s.substr(c2, 3) == "罔"); // 林罔市
    if (!(g && given2) || c1 == npos) {
      c0 = c1, c1 = c2, c2 = i;
      given2 = g;
      i += 3;
      continue;
    }
    // The surname ends at c2: 歐陽 (c0, c1), 田陳 (冠夫姓: a second surname that is no given-name
    // character), or c1 alone.
    const std::size_t end = i + 3;
    std::size_t start = npos;
    if (c0 != npos &&
        (nd.surname_at(s, c0) == 6 ||
         (nd.surname_at(s, c0) == 3 && nd.surname_at(s, c1) == 3 && !nd.given_at(s, c1) &&
          s.substr(c0, 3) != s.substr(c1, 3) &&         // 馬馬虎虎, 方方正正
          !nd.stopwords.contains(s.substr(c0, 6)) &&    // 任何家庭, 官方宣傳
          !k_before_name.contains(s.substr(c0, 3))))) { // 謝謝雷郁婷: 謝 ends a word
      start = c0;
    } else if (nd.surname_at(s, c1) == 3) {
      start = c1;
    } else if (nd.rare_at(s, c1) && ends_name(s, end) && !(c1 > 0 && util::is_digit(s[c1 - 1])) &&
               !time_word_at(s, i)) {
      start = c1; // 霍郁婷, 邰志明: a rarer surname, the name ending where a word ends (not
                  // 19日清晨: 日 is one; nor before a time word's end: 女兒安琪明年要考)
    }
    const std::size_t prev = start == npos || start == 0 ? 0 : util::prev_char(s, start);
    // (The start of a window cut inside a clause starts no word.)
    // (Or after an office's unit, as minutes list officials: 出席：建設局張若瑜、建設局翁清標
    // — set44b.)
    static constexpr CharSet k_units(U"局處課科室組所隊");
    bool dictionary_start = false; // (the weakest evidence: for `weak`)
    const bool starts_word =
        start == 0
            ? !mid_clause
            : !is_ideograph(s, prev) || k_before_name.contains(s.substr(prev, start - prev)) ||
                  after_village_name(s, start) ||
                  // (A candidate's or a lot's number: 1號林俊宏、2號莊淑芬.)
                  (util::has_at(s, prev, "號") && prev > 0 && util::is_digit(s[prev - 1])) ||
                  (k_units.contains(s.substr(prev, start - prev)) && start == c1 &&
                   ends_name(s, end)) ||
                  // (Or where ICU's dictionary starts a word and a name's end follows: 接獲|歐筱涵
                  // 來電, 交班給日班|范政勳。 — set109b's guard log; a listed surname only.)
                  // (Not after another surname, a 冠夫姓's first (歐陽林秀枝, 吳郭美華), nor an
                  // ancestral trust's name: 祭祀公業陳世興.)
                  // (Nor at a window's end, where what follows is unseen; a line's end is seen:
                  // 緊急聯絡趙德旺⏎ — LF files as CRLF ones, set213a.)
                  (dictionary_start =
                       start == c1 && start > 0 && (end < s.size() || ends_line) &&
                       nd.surname_at(s, start) == 3 && ends_name(s, end) &&
                       nd.surname_at(s, prev) == 0 && !nd.rare_at(s, prev) &&
                       !(prev >= 3 && nd.surname_at(s, prev - 3) == 6) &&
                       // (nor a boat's: 新金福興26號; nor a city's, 胡志明市)
                       (end == s.size() ||
                        (!util::is_digit(s[end]) && !util::has_at(s, end, "市"))) &&
                       s.substr(start >= 24 ? start - 24 : 0, std::min<std::size_t>(start, 24))
                               .find("公業") == std::string_view::npos &&
                       dictionary_starts(s, start));
    // Whether the name is all of its field: nothing ideographic on either side.
    auto whole_field = [&] {
      return (end >= s.size() || !is_ideograph(s, end)) && (start == 0 || !is_ideograph(s, prev));
    };
    // 謝謝阿秋, 感謝美惠姐: 謝 ends the thanks (sets 49b, 58a); the two characters after it are
    // the one thanked where they stand as a name (謝謝秋月，, 謝謝金龍大哥 — sets 28b, 43b).
    const bool thanks = start != npos && util::has_at(s, start, "謝") && start >= 3 &&
                        is_one_of(s.substr(start - 3, 3), {"謝", "感", "多", "致", "答"});
    if (thanks && end == start + 9 &&
        (end >= s.size() || !is_ideograph(s, end) || k_kinship_titles.contains(s.substr(end, 3)) ||
         is_one_of(s.substr(end, 3), {"大", "阿", "的", "幫", "協", "每", "一", "陪"}))) {
      add(out, start + 3, end, 0.6f, "given+thanks", "謝");
    }
    if (start == npos || !starts_word ||
        // 向美國採購, 連英文都不會: 向 is mostly "to", 連 "even" (both are found with a cue);
        // 東方 is a direction more than a surname; 為何, 或許, 對方, 警方: the surname ends a word.
        // (Unless the name is all of its field: <td>向怡婷<br>, 、曾建銘、 — set49a.)
        (start == c1 && is_one_of(s.substr(start, 3), {"向", "連"}) && !whole_field()) ||
        // 應依國家發展委員會: 應 is "should" before a verb.
        (start == c1 && util::has_at(s, start, "應") &&
         k_after_should.contains(s.substr(start + 3, 3))) ||
        s.substr(start, 6) == "東方" || word_before(s, prev, start) ||
        common_word(s.substr(c2, 6)) ||
        // 金鴻福銀樓, 金峰文|教基金會: a shop's or a foundation's name
        (org_word_at(s, end) && title_at(s, end) == 0) ||
        // 時均以○遮蔽: 以 ends no given name (set113a).
        util::has_at(s, i, "以") ||
        // 時依國家發展委員會: 國 before 家, 際, 內 or 外 makes the word (set109a).
        (util::has_at(s, i, "國") && is_one_of(s.substr(end, 3), {"家", "際", "內", "外"})) ||
        // 林家美髮, 陳秀美容院: the last given character begins a trade (set107b).
        (util::has_at(s, i, "美") &&
         is_one_of(s.substr(i, 6), {"美髮", "美容", "美甲", "美語", "美術", "美睫"})) ||
        // 楊梅火車站: 火 begins 火車 (set141a).
        (util::has_at(s, i, "火") && util::has_at(s, end, "車")) ||
        // 林家祖先, 陳家子弟, 張家好味道, 林氏祖厝, 黃氏家廟: a family or a clan
        (is_one_of(s.substr(c2, 3), {"家", "氏"}) &&
         is_one_of(s.substr(i, 3), {"祖", "子", "好", "花", "家", "族", "人", "宗"})) ||
        (start == c1 && nd.stopwords.contains(s.substr(start, 6))) || thanks ||
        (s.substr(start, 3) == "曾" && ceng_once(s, start) && !whole_field()) ||
        (k_places.contains(s.substr(end, 3)) && title_at(s, end) == 0 &&
         !is_one_of(s.substr(end, 6), {"會同", "會勘", "會商", "會辦", "會晤"})) || // 褚淑華會同
        (s.substr(i, 3) == "國" && is_one_of(s.substr(end, 3), {"中", "小"})) ||    // 文華國中
        s.substr(c2, 6) == "氏宗" ||                 // 張簡氏宗親會, 陳氏宗祠: a clan
        is_one_of(s.substr(end, 3), {"語", "族"})) { // 包欽豪語: a language
      c0 = c1, c1 = c2, c2 = i;
      given2 = g;
      i += 3;
      continue;
    }
    // (Four characters a married woman's two surnames and two given ones, the field all of it:
    // 大夜  侯葉君怡   社子 — set220b's duty roster; 葉 is a given-name character too.)
    const bool married = start == c1 && nd.surname_at(s, c2) == 3 && nd.given_at(s, end) &&
                         (end + 3 >= s.size() || !is_ideograph(s, end + 3)) &&
                         (start == 0 || !is_ideograph(s, prev));
    const std::size_t name_end =
        (s.substr(c2, 3) == "氏" && nd.given_at(s, end)) || married ? end + 3 : end;
    add(dictionary_start ? weak : out, start, name_end, 0.7f, "given-name",
        ""); // 阮氏秋姮: four characters
    c0 = c1 = c2 = npos;
    given2 = false;
    i = name_end;
  }
}

// A given name, a nickname or a surname before a kinship title, as neighbours and villages name
// their elders (明德伯, 月嬌姐, 阿桃姨, 阿福哥, 阿興師; 隔壁的陳伯 gives 陳, 0.5): two given-name
// characters that start a word, or 阿 and one character, right before 伯 叔 姨 嬸 姆 嫂 姐 姊 哥
// (阿X also before 師), and before a congregation's 姊妹 and 師母 (怡君姊妹, 淑惠師母). Not 阿公,
// 阿兵哥, 阿拉伯: the character after 阿 is no kinship word; not 阿薩姆語: the title ends a word.
// Confidence 0.6, the title left out.
void given_names_before_kin(std::string_view s, const std::vector<std::size_t>& at,
                            std::vector<Match>& out) {
  const patterns::NameData& nd = patterns::name_data();
  auto free = [&](std::size_t a, std::size_t b) { return !name_overlaps(out, a, b); };
  // A word starts at p, or a quote opens before it (叫他「阿福哥」); or ICU's dictionary starts
  // one there, after no surname (協調|明德伯, read thoroughly).
  auto starts = [&](std::size_t p) {
    return word_starts(s, p) || (p >= 3 && util::has_at(s, p - 3, "「")) ||
           (p >= 3 && dictionary_starts(s, p) && nd.surname_at(s, util::prev_char(s, p)) == 0 &&
            !nd.given_at(s, util::prev_char(s, p))); // (not 范姜彭月|霞宗嫂: a name goes on)
  };
  for (std::size_t k : at) {
    // (Two-character titles a congregation uses: 怡君姊妹, 淑惠師母 — the pastor's wife.)
    const bool church =
        util::has_at(s, k, "姊妹") || util::has_at(s, k, "姐妹") || util::has_at(s, k, "師母");
    const bool master = s.substr(k, 3) == "師" && !church;
    // The title ends a word (明德伯的, 阿桃姨說, 石松伯公過身, 阿珠姨聽到, 金水伯生前; not
    // 阿薩姆語, 伯爵, 姨丈, 姐妹: a character that makes a word with the title).
    const bool gong = !master && s.substr(k + 3, 3) == "公";
    static constexpr CharSet k_title_words(U"爵父母公伯丈媽婆妹姐夫哥們叔嬸語子嫂弟長姊姆");
    const std::size_t e = k + (gong || church ? 6 : 3);
    const bool ends = ends_name(s, e);
    if (!ends && (master || k_title_words.contains(s.substr(e, 3)))) {
      continue;
    }
    // A surname alone before the title (隔壁的陳伯, 翁伯, 林姨說): a word starts at it, and ends
    // after the title (not 侯伯社區, a place).
    for (std::size_t len : {6u, 3u}) {
      if (const std::size_t p = k - std::min<std::size_t>(k, len);
          ends && !master && k >= len && nd.surname_at(s, p) == len && free(p, k) && starts(p) &&
          !function_word(s.substr(p, 3)) && // (上週|徐伯的機車 — set230b)
          (p < 3 || nd.surname_at(s, util::prev_char(s, p)) != 6)) {
        add(out, p, k, 0.5f, "surname+kin", "");
        break;
      }
    }
    // Two given characters before 阿 and the title (秀琴阿嬤, 金龍阿伯): the elder's given name.
    // (Not a place: 冬山阿伯, 鳳山阿姨 are elders of a town; nor X阿 as a given name: A棟阿嬤.)
    if (!master && k >= 3 && util::has_at(s, k - 3, "阿")) {
      if (k >= 9 && nd.given_at(s, k - 9) && nd.given_at(s, k - 6) &&
          nd.surname_at(s, k - 9) != 6 && !nd.stopwords.contains(s.substr(k - 9, 6)) &&
          !common_word(s.substr(k - 9, 6)) && !is_place(s.substr(k - 9, 6)) &&
          (starts(k - 9) || dictionary_starts(s, k - 9)) && free(k - 9, k)) { // (到達時|秀琴阿嬤)
        add(out, k - 9, k - 3, 0.6f, "given+kin", "");
      } else if (ends && k >= 6 && nd.surname_at(s, k - 6) == 3 && free(k - 6, k) &&
                 starts(k - 6) && !function_word(s.substr(k - 6, 3))) {
        add(out, k - 6, k - 3, 0.5f, "surname+kin", ""); // 等金阿姨回覆 (set266b)
      }
      continue; // (no name ends at the 阿 of 阿嬤, 阿姨: A棟阿嬤 is no 棟阿, 高橋由美阿姨 no 美阿
                // — set316b)
    }
    if (k < 6 || !free(k - 6, k)) {
      continue;
    }
    const std::size_t p = k - 6;
    if (s.substr(p, 3) == "阿") {
      if (is_ideograph(s, k - 3) && !k_not_after_a.contains(s.substr(k - 3, 3)) && starts(p)) {
        add(out, p, k, 0.6f, "nickname+kin", "");
      }
    } else if (!master && nd.given_at(s, p) && nd.given_at(s, p + 3) && nd.surname_at(s, p) != 6 &&
               !nd.stopwords.contains(s.substr(p, 6)) && !common_word(s.substr(p, 6)) &&
               starts(p)) {
      add(out, p, k, 0.6f, "given+kin", "");
    }
  }
}

// 小 or 老 and a surname, as colleagues and neighbours call one another (護理師小蔡才說, 同事小鄧
// （鄧家銘）, 對面的老黃，): after 的, a role or what is no ideograph, before punctuation, a
// bracket or a verb that follows a name. Not the words they make (小康, 小金門, 老顧客, 叫小黃: a
// taxi, 小段 of a land register, 老翁). Read only when the input is read thoroughly (小 is too
// common a character for the fast mode).
void surname_nicknames(std::string_view s, std::vector<Match>& out) {
  const patterns::NameData& nd = patterns::name_data();
  static constexpr CharSet k_not_small(U"康白金方葉孫時馬湯江黃龍鐘童石田古段麥");
  static constexpr CharSet k_not_old(U"顧古馬董錢湯林王石連翁");
  for (std::string_view head : {"小", "老"}) {
    for (std::size_t at = util::find_char3(s, 0, head); at != npos;
         at = util::find_char3(s, at + 3, head)) {
      const std::size_t p = at + 3;
      // (A verb a name is told by right after it: 老張建議, 老石也打過 — set205a's minutes and
      // board, 老謝提議; then 老石 and 老王 are people too, not the words.)
      if (nd.surname_at(s, p) != 3) {
        continue;
      }
      const std::string_view next = s.substr(p + 3, 3);
      const bool verb = is_one_of(next, {"說", "也", "建", "提", "表", "反", "打", "問", "認", "幫",
                                         "跟", "還", "又", "送", "連", "交", "講"});
      if (!verb && (head == "小" ? k_not_small : k_not_old).contains(s.substr(p, 3))) {
        continue;
      }
      // (Or after 另外: 另外老洪說 — set43b; or after anything but what makes a word of 老 (古老,
      // 敬老, 長老) when a verb follows: 阿輝和老蔡連夜搶修, 中午老吳送來便當, 跟厝邊老黃講話 —
      // sets 1-217.)
      static constexpr CharSet k_word_before_old(U"古養敬長終元父告遺不衰防年月村耆爺姥最");
      const bool starts =
          nickname_starts(s, at, k_say) || (at >= 6 && util::has_at(s, at - 6, "另外")) ||
          (head == "老" && verb && at >= 3 && !k_word_before_old.contains(s.substr(at - 3, 3)));
      // (Or what a name may end before: 由李委員與老李負責宣導, 交班，老黃交代; 老葉這邊, 老楊換
      // — a chat's, set44b and set45b.)
      const bool ends =
          p + 3 >= s.size() || s[p + 3] == '(' || !is_ideograph(s, p + 3) || verb ||
          is_one_of(next, {"才", "就", "都", "和", "這", "那", "換", "要", "有", "在", "是"}) ||
          ends_name(s, p + 3);
      if (starts && ends) {
        add(out, at, p + 3, 0.6f, "surname-nickname", head);
      }
    }
  }
}

namespace {
// Roles a nickname follows as a title (照服員阿桃): those that are no title of patterns/cues.tsv.
constexpr std::string_view k_roles[] = {
    "照服員", "救生員", "學生", "店員", "志工", "隊員", "司機", "助理", "同事",   "鄰居",
    "室友",   "好友",   "朋友", "學徒", "社工", "看護", "櫃台", "櫃檯", "工讀生", "員工"};
} // namespace

void given_nicknames(std::string_view s, std::vector<Match>& out) {
  const patterns::NameData& nd = patterns::name_data();
  // Verbs and particles a nickname is followed by (阿凱開門, 小宇上課, 明仔說).
  static constexpr CharSet k_after_nickname(
      U"說才也就都跟和還又的在是有會要去來已很被把開先今每上");
  // X仔 of a given-name character or a surname (明仔, 宏仔, 陳仔: Taiwanese), as a word.
  for (std::size_t at = util::find_char3(s, 0, "仔"); at != npos;
       at = util::find_char3(s, at + 3, "仔")) {
    if (at < 3 || !is_ideograph(s, at - 3)) {
      continue;
    }
    const std::size_t p = at - 3, e = at + 3;
    if (!nd.given_at(s, p) && nd.surname_at(s, p) != 3) {
      continue;
    }
    const bool starts = nickname_starts(s, p, k_say);
    const bool ends = e >= s.size() || s[e] == '(' || !is_ideograph(s, e) ||
                      k_after_nickname.contains(s.substr(e, 3));
    if (starts && ends) {
      add(out, p, e, 0.6f, "given-nickname", "仔");
    }
  }
  // Characters after 阿 or 小 that make words, not nicknames (阿公, 阿美族 — k_not_after_a;
  // 小時, 小學, 小心, 小孩, 小姐 — k_not_after_small), and those after 小 that are sizes or
  // parts (小型, 小額, 小量 …, in the same set).
  // Right after a role (照服員阿桃, 救生員小安, 工作人員小莊 — sets 20-57), the character after 阿
  // or 小 may be any that makes no word with it (not only a given name's: 桃, 莊, 黑).
  auto after_role = [&](std::size_t at) {
    const std::string_view before = s.substr(0, at);
    return std::any_of(std::begin(k_roles), std::end(k_roles),
                       [&](std::string_view r) { return before.ends_with(r); }) ||
           (at >= 6 && title_at(s, at - 6) == 6) || (at >= 9 && title_at(s, at - 9) == 9);
  };
  static constexpr CharSet k_not_after_role(U"隊區冊卡費鎮編黃夜物港吃孩一二三四五六七八九十兩幾");
  for (std::string_view head : {"阿", "小"}) {
    for (std::size_t at = util::find_char3(s, 0, head); at != npos;
         at = util::find_char3(s, at + 3, head)) {
      const std::size_t p = at + 3;
      if (p + 3 > s.size() || !is_ideograph(s, p) ||
          (head == "阿" ? k_not_after_a : k_not_after_small).contains(s.substr(p, 3)) ||
          nd.stopwords.contains(s.substr(at, 6))) {
        continue;
      }
      const bool role = (!nd.given_at(s, p) || nd.surname_at(s, p) != 0) && after_role(at) &&
                        !k_not_after_role.contains(s.substr(p, 3)) && !common_word(s.substr(at, 6));
      if (!role && (!nd.given_at(s, p) || nd.surname_at(s, p) != 0)) {
        continue;
      }
      // (Or after 那個, 這個: 那個阿雪說 — set146a's chat.)
      const bool starts =
          role || nickname_starts(s, at, k_say_take) ||
          (at >= 6 && (util::has_at(s, at - 6, "那個") || util::has_at(s, at - 6, "這個")));
      // (阿雄仔: 仔 after it is part of it.)
      const std::size_t e = util::has_at(s, p + 3, "仔") && head == "阿" ? p + 6 : p + 3;
      // (Or, for 阿X, before any character that no given name holds: 室友阿蘭電話, 男友阿賢交往;
      // not 阿凡達, and not 阿強清醒 — 清 may be a third character. Not before a kinship title
      // (阿秀姨: given_names_before_kin's) or a shop's word (阿福水電).)
      static constexpr CharSet k_kin_words(U"師嬤公婆爸媽");
      const bool ends =
          e >= s.size() || s[e] == '(' || !is_ideograph(s, e) ||
          k_after_nickname.contains(s.substr(e, 3)) ||
          ((head == "阿" || role) && !nd.given_at(s, e) && !k_places.contains(s.substr(e, 3)) &&
           !k_kinship_titles.contains(s.substr(e, 3)) && !k_kin_words.contains(s.substr(e, 3)) &&
           !org_word_at(s, e) && !common_word(s.substr(p, 6)) &&
           !nd.stopwords.contains(s.substr(p, 6)));
      // Not the names of textbook examples (小明、小華、小美), nor an account's name in quotes
      // (「財富密碼－助理小雅」: a scammer's persona). After a title in prose it is someone's
      // (照服員阿桃, 同學阿凱, 住戶阿豪: sets 29, 30, 33).
      const bool example = is_one_of(s.substr(at, 6), {"小明", "小華", "小美"});
      // Nor a pet's name (黃金獵犬「阿福」, 我家的貓小花): an animal's word just before.
      const std::size_t lo = at > 12 ? at - 12 : 0;
      const std::string_view near = s.substr(lo, at - lo);
      const bool pet =
          near.find("犬") != npos || near.find("狗") != npos || near.find("貓") != npos;
      const bool handle =
          ((at >= 6 && title_at(s, at - 6) == 6) || (at >= 9 && title_at(s, at - 9) == 9)) &&
          util::has_at(s, e, "」");
      if (starts && ends && !example && !handle && !pet && !common_word(s.substr(at, 6))) {
        add(out, at, e, 0.6f, "given-nickname", head);
      }
    }
  }
  // A given-name character twice (恩恩, 芊芊, 宇宇; 安安 too), as families and kindergartens call
  // children, standing as a word: not an adverb or a kinship word (明明, 好好, 剛剛, 妹妹), nor
  // the middle of a longer word (公文文號) or half of an AABB one (浩浩蕩蕩: the circulars), and
  // where a name may end (恩恩說, 安安媽).
  static constexpr CharSet k_parents(U"媽爸姐姊哥");
  // (The positions of a three-byte character equal to the next found 16 bytes at a time: this
  // runs over every window read thoroughly; a byte loop was +10 % of a thorough scan's
  // instructions on prose.)
  std::size_t next = 0; // past the last nickname found
  auto check = [&](std::size_t at) {
    const std::size_t e = at + 6;
    if (at < next || !is_ideograph(s, at) || !(nd.given_at(s, at) || util::has_at(s, at, "安")) ||
        is_one_of(s.substr(at, 6), {"明明", "好好", "妹妹", "心心", "金金", "紅紅", "進進",
                                    "清清", "文文", "國國", "平平", "靜靜", "亮亮", "滿滿",
                                    "美美", "春春", "寶寶", "星星", "源源", "華華"}) ||
        (at >= 3 && s.compare(at - 3, 3, s, at, 3) == 0) || common_word(s.substr(at, 6)) ||
        // (Nor a date's 月 or 日 first: 5月月費, 十月月底 — set317a.)
        (at >= 1 && util::is_digit(s[at - 1])) ||
        (at >= 3 && util::is_chinese_numeral(util::cp3(s.data() + at - 3))) ||
        (e + 6 <= s.size() && is_ideograph(s, e) && s.compare(e, 3, s, e + 3, 3) == 0) ||
        !nickname_starts(s, at, k_say_take)) {
      return;
    }
    const bool ends = e >= s.size() || s[e] == '(' || !is_ideograph(s, e) ||
                      k_after_nickname.contains(s.substr(e, 3)) ||
                      k_parents.contains(s.substr(e, 3)) ||
                      (!nd.given_at(s, e) && !k_places.contains(s.substr(e, 3)) &&
                       !common_word(s.substr(at + 3, 6)) && !org_word_at(s, e));
    if (ends) {
      add(out, at, e, 0.6f, "given-nickname", "疊字");
      next = e;
    }
  };
  const char* b = s.data();
  std::size_t at = 0;
#if defined(__SSE2__)
  for (; at + 19 <= s.size(); at += 14) {
    const __m128i v0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(b + at));
    const __m128i v3 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(b + at + 3));
    const auto eq = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v0, v3)));
    const auto lead = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_and_si128(v0, _mm_set1_epi8(static_cast<char>(0xF0))),
                                         _mm_set1_epi8(static_cast<char>(0xE0)))));
    for (unsigned m = eq & (eq >> 1) & (eq >> 2) & lead & 0x3FFF; m != 0; m &= m - 1) {
      check(at + static_cast<unsigned>(__builtin_ctz(m)));
    }
  }
#endif
  for (; at + 6 <= s.size(); ++at) {
    if (b[at] == b[at + 3] && (static_cast<unsigned char>(b[at]) & 0xF0) == 0xE0 &&
        b[at + 1] == b[at + 4] && b[at + 2] == b[at + 5]) {
      check(at);
    }
  }
}

void kin_char_names(std::string_view s, std::vector<Match>& out) {
  // Where a field or an item starts: the text's start, a separator, a colon, 、 or a bracket.
  auto field_start = [&](std::size_t i) {
    if (i == 0) {
      return true;
    }
    const char c = s[i - 1];
    return c == ',' || c == '"' || c == '\t' || c == '|' || c == '\n' || c == ':' || c == '(' ||
           c == ';' || (c == ' ' && (i < 2 || s[i - 2] == ' ' || s[i - 2] == ',')) ||
           (i >= 3 && (util::has_at(s, i - 3, "：") || util::has_at(s, i - 3, "、") ||
                       util::has_at(s, i - 3, "；")));
  };
  // (The words found at once, 32 bytes at a time: a look at every character cost a thorough
  // scan 10 %.)
  // (And 故 before the dead, after any blank too: a grave register's 　故梁沛　民國三十九年…生,
  // a donor roll's 　故蔡清河（由子蔡宗霖代捐）, <td>故賴淑惠 — sets 30, 33, 47.)
  static const CharFinder k_finder(
      {"夫", "妻", "父", "母", "兄", "弟", "姊", "姐", "妹", "子", "女", "孫", "故"});
  static thread_local std::vector<std::size_t> at;
  at.clear();
  k_finder.find_all(s, at);
  for (const std::size_t i : at) {
    const bool late = util::has_at(s, i, "故");
    if (i + 6 > s.size() ||
        !(field_start(i) || (late && i > 0 && (s[i - 1] == ' ' || s[i - 1] == '>')))) {
      continue;
    }
    const std::size_t p = s[i + 3] == ' ' ? i + 4 : i + 3;
    // (女方 is the bride's side, no daughter named 方: 女方親友 — set53a's banquet list.)
    if (p == i + 3 && util::has_at(s, i, "女") && util::has_at(s, p, "方")) {
      continue;
    }
    std::size_t e = npos;
    if (p < s.size() && s[p] >= 'A' && s[p] <= 'Z') {
      // A Latin name: two words or more, or one before a phone, a separator or the end
      // (妻 Malai +66 81 …, 母 Sumiati).
      e = latin_name_end(s, p, true, 2, true);
      if (e == npos) {
        const std::size_t one = latin_name_end(s, p, true, 1);
        const std::size_t q = one == npos ? npos : util::skip_blanks(s, one);
        e = one != npos && (q == s.size() || s[q] == '+' || s[q] == ',' || s[q] == '"' ||
                            s[q] == '\r' || s[q] == '\n' || s[q] == '(' || util::is_digit(s[q]))
                ? one
                : npos;
      }
    } else {
      bool surname_only = false;
      e = name_end(s, p, &surname_only, NameContext{true, false, false, true});
      if (e != npos &&
          (surname_only || (e - p < 9 && !(late && e - p == 6 && e < s.size() && s[e] == ' ')) ||
           !(ends_name(s, e) || (e < s.size() && s[e] == '/')))) {
        e = npos;
      }
    }
    if (e != npos && !name_overlaps(out, p, e) && !is_place(s.substr(p, e - p))) {
      // (The cue from the list, not from the text: a match's cue must outlive the window.)
      static constexpr std::string_view k_kin[] = {"夫", "妻", "父", "母", "兄", "弟", "姊",
                                                   "姐", "妹", "子", "女", "孫", "故"};
      const auto kin = std::find(std::begin(k_kin), std::end(k_kin), s.substr(i, 3));
      add(out, p, e, 0.7f, "kin+name", kin != std::end(k_kin) ? *kin : std::string_view("親屬"));
    }
  }
}

void household_surnames(std::string_view s, std::vector<Match>& out) {
  const patterns::NameData& nd = patterns::name_data();
  // A wife or a daughter-in-law by her maiden surname and 氏 in a mourning family's list (孝媳
  // 汪氏、…): after 媳 or 妻 and a blank perhaps, the list's item ending at 氏.
  for (std::size_t f = util::find_char3(s, 0, "氏"); f != npos;
       f = util::find_char3(s, f + 3, "氏")) {
    const std::size_t e = f + 3;
    if (f < 6 || nd.surname_at(s, f - 3) != 3 ||
        !(e == s.size() || !is_ideograph(s, e) || util::has_at(s, e, "、"))) {
      continue;
    }
    std::size_t k = f - 3;
    k = k > 0 && s[k - 1] == ' ' ? k - 1 : k >= 3 && util::has_at(s, k - 3, "\u3000") ? k - 3 : k;
    if (k >= 3 && (util::has_at(s, k - 3, "媳") || util::has_at(s, k - 3, "妻")) &&
        !name_overlaps(out, f - 3, f)) {
      add(out, f - 3, f, 0.6f, "surname+household", "氏");
    }
  }
  for (std::size_t f = util::find_char3(s, 0, "府"); f != npos;
       f = util::find_char3(s, f + 3, "府")) {
    const std::size_t e = f + 3;
    // After it: 闔家 (合家, 全家, 眾弟), 治喪 (郭府治喪委員會 — set175a's funeral baskets) or a
    // field's end.
    const bool family = util::has_at(s, e, "闔家") || util::has_at(s, e, "合家") ||
                        util::has_at(s, e, "全家") || util::has_at(s, e, "眾弟") ||
                        util::has_at(s, e, "治喪");
    const bool field_end = e == s.size() || s[e] == ' ' || s[e] == '\t' || s[e] == ',' ||
                           s[e] == '|' || s[e] == '<' || s[e] == '\r' || s[e] == '\n';
    if (!family && !field_end) {
      continue;
    }
    // Before it: a surname (two characters for a compound one) that starts a field.
    for (std::size_t len : {6u, 3u}) {
      if (f < len || nd.surname_at(s, f - len) != len) {
        continue;
      }
      const std::size_t a = f - len;
      const char c = a == 0 ? '\n' : s[a - 1];
      const bool field_start = c == '\n' || c == ' ' || c == '\t' || c == ',' || c == '|' ||
                               c == '>' || c == '"' || (a >= 3 && util::has_at(s, a - 3, "、"));
      if (field_start && !name_overlaps(out, a, f)) {
        add(out, a, f, 0.6f, "surname+household", "府");
      }
      break;
    }
  }
}

namespace {
// The commonest Japanese surnames of two characters that make no Chinese word or Taiwanese place
// (patterns/surnames_japanese.txt, its unmarked ones; not 中村, 小林, 清水, 中山, 田尾, 山下:
// villages, districts, words and Taiwanese given names), and of three (佐佐木, 長谷川).
const std::vector<std::string_view>& japanese_of(std::size_t bytes) {
  auto of = [](std::size_t n) {
    std::vector<std::string_view> v;
    for (std::string_view w : patterns::name_data().japanese_cue_free) {
      if (w.size() == n) {
        v.push_back(w);
      }
    }
    return v;
  };
  static const std::vector<std::string_view> two = of(6), three = of(9);
  return bytes == 6 ? two : three;
}
} // namespace

std::string_view own_part(std::string_view name) {
  auto ideographs = [](std::string_view part) {
    for (std::size_t i = 0; i < part.size(); i += 3) {
      if (!is_ideograph(part, i)) {
        return false;
      }
    }
    return part.size() >= 6 && part.size() <= 12 && part.size() % 3 == 0 &&
           title_at(part, 0) == 0 && !common_word(part.substr(0, 6)) &&
           !patterns::name_data().stopwords.contains(part.substr(0, 6));
  };
  // 比令·亞布, 伊斯坦大．瓦旦: the part before the dot.
  for (std::string_view dot : {"·", "．", "‧", "・", "•"}) {
    if (const std::size_t d = name.find(dot); d != std::string_view::npos) {
      const std::string_view first = name.substr(0, d);
      return ideographs(first) ? first : std::string_view();
    }
  }
  // 高橋由紀: the given name after a Japanese surname.
  const auto& k_two = japanese_of(6);
  if (name.size() == 12 &&
      std::find(k_two.begin(), k_two.end(), name.substr(0, 6)) != k_two.end() &&
      ideographs(name.substr(6))) {
    return name.substr(6);
  }
  return {};
}

void japanese_names(std::string_view s, std::vector<Match>& out) {
  // The surnames of k_two, found by their first two characters at once (PrefixFinder; a look at
  // every character cost a thorough scan 35 %).
  // Those left out above, but with a given name that ends in 子 as Japanese women's do (小林優子,
  // 中村和子 — set65a): the name and a Chinese name read from the next character (林優子) are
  // one.
  static const std::vector<std::string_view> k_two_ko = {"小林", "中村", "清水", "中山", "山下"};
  const auto& k_two = japanese_of(6);
  const auto& k_three = japanese_of(9);
  static const PrefixFinder k_finder([&] {
    std::vector<std::string_view> v = k_two;
    for (std::string_view w : k_three) {
      v.push_back(w.substr(0, 6)); // 佐佐, 長谷
    }
    v.insert(v.end(), k_two_ko.begin(), k_two_ko.end());
    return v;
  }());
  static thread_local std::vector<std::size_t> at;
  at.clear();
  k_finder.find_all(s, at);
  for (std::size_t i : at) {
    std::size_t len = 0;
    if (std::find(k_two_ko.begin(), k_two_ko.end(), s.substr(i, 6)) != k_two_ko.end()) {
      // (Or any given name of two characters where the name is all of its field: 中村由紀 in a
      // roster's cell or a list — set118a.)
      auto bound = [&](std::size_t q, bool after) {
        if (after ? q >= s.size() : q == 0) {
          return true;
        }
        const char c = s[after ? q : q - 1];
        return c == '\t' || c == ',' || c == '\r' || c == '\n' || c == (after ? '<' : '>') ||
               c == (after ? '(' : ' ') ||
               (after ? util::has_at(s, q, "、") || util::has_at(s, q, "與")
                      : q >= 3 && (util::has_at(s, q - 3, "、") || util::has_at(s, q - 3, "與")));
      };
      // (中村 and 小林 only: 清水, 中山 and 山下 name places, 中山國小, 中山路口.)
      // (One blank between perhaps: 日籍母親中村 由美， — set123a.)
      const std::size_t g = i + 6 < s.size() && s[i + 6] == ' ' ? i + 7 : i + 6;
      if ((util::has_at(s, i, "中村") || util::has_at(s, i, "小林")) && g + 6 <= s.size() &&
          is_ideograph(s, g) && is_ideograph(s, g + 3) && !k_places.contains(s.substr(g, 3)) &&
          !org_word_at(s, g) && (bound(i, false) || g != i + 6) &&
          (bound(g + 6, true) || (g != i + 6 && ends_name(s, g + 6))) &&
          !stops_name(s.substr(g, 3)) && !k_places.contains(s.substr(g + 3, 3)) &&
          // (One of them a given name's character: not 小林煎餃, a stall — set175a.)
          (patterns::name_data().given_at(s, g) || k_japanese_given.contains(s.substr(g, 3)) ||
           patterns::name_data().given_at(s, g + 3) ||
           k_japanese_given.contains(s.substr(g + 3, 3))) &&
          !name_overlaps(out, i, g + 6)) {
        add(out, i, g + 6, 0.7f, "japanese-name", "");
        continue;
      }
      for (std::size_t n : {6u, 9u}) { // 優子, 由美子
        const std::size_t end = i + 6 + n;
        if (end > s.size() || !util::has_at(s, end - 3, "子") || !is_ideograph(s, i + 6) ||
            !ends_name(s, end) || !word_starts(s, i)) {
          continue;
        }
        const auto inner = std::find_if(out.begin(), out.end(), [&](const Match& m) {
          return m.type == PiiType::person_name && m.start == i + 3 && m.end == end;
        });
        if (inner != out.end()) {
          inner->start = static_cast<std::uint32_t>(i);
          inner->rule = "japanese-name";
        } else if (!name_overlaps(out, i, end)) {
          add(out, i, end, 0.7f, "japanese-name", "");
        }
        break;
      }
      continue;
    }
    if (std::find(k_two.begin(), k_two.end(), s.substr(i, 6)) != k_two.end()) {
      len = 6;
    } else if (std::find(k_three.begin(), k_three.end(), s.substr(i, 9)) != k_three.end()) {
      len = 9;
    }
    // (A name found from the surname on that stops short of the given name is taken over:
    // 與先生田中健一 gave 田中健 — set123b.)
    const auto from_here = std::find_if(out.begin(), out.end(), [&](const Match& m) {
      return m.type == PiiType::person_name && m.start == i && m.end - m.start >= len;
    });
    if (len == 0 || !word_starts(s, i) ||
        (from_here == out.end() && name_overlaps(out, i, i + len))) {
      continue;
    }
    const std::size_t e = i + len;
    std::size_t hl = 0;
    if (honorific_at(s, e, &hl) || title_at(s, e) != 0) {
      add(out, i, e, 0.6f, "japanese-surname", ""); // 佐藤先生, 山田委員
      continue;
    }
    // The given name: one blank perhaps (山田 陽菜), two or three ideographs that stop no name and
    // make no place (一 may start one: 田中一郎), the name ending where a word ends.
    std::size_t g = e;
    if (g < s.size() && s[g] == ' ') {
      ++g;
    } else if (util::has_at(s, g, "\u3000")) {
      g += 3;
    }
    std::size_t found = npos;
    // (Each a character Japanese or Taiwanese given names have: not 田中檳榔, a betel-nut stall
    // named after a village — set136b, where 檳榔 spread as a given name 30 times.)
    for (std::size_t n : {6u, 9u}) {
      const std::size_t end = g + n;
      bool ok = end <= s.size();
      for (std::size_t k = g; ok && k < end; k += 3) {
        ok = is_ideograph(s, k) && !stops_name(s.substr(k, 3)) &&
             (patterns::name_data().given_at(s, k) || k_japanese_given.contains(s.substr(k, 3))) &&
             !k_places.contains(s.substr(k, 3)) &&
             !is_one_of(s.substr(k, 3), {"段", "路", "街", "巷"}); // 田中央段 is a land section
      }
      // (Not a title after the surname: 山田委員發言 — set75a.)
      if (ok && ends_name(s, end) && title_at(s, g) == 0 && !common_word(s.substr(g, 6)) &&
          !patterns::name_data().stopwords.contains(s.substr(g, 6)) && !org_word_at(s, end) &&
          !org_word_at(s, g) && !is_one_of(s.substr(g, 6), {"國小", "國中", "高中", "車站"})) {
        found = end;
        break;
      }
    }
    if (found != npos && from_here != out.end() && from_here->end < found &&
        std::none_of(out.begin(), out.end(),
                     [&](const Match& m) { return m.start > i && m.start < found; })) {
      from_here->end = static_cast<std::uint32_t>(found);
      from_here->rule = "japanese-name";
    } else if (found != npos && from_here == out.end() && !name_overlaps(out, i, found)) {
      add(out, i, found, 0.7f, "japanese-name", "");
    }
  }
}

} // namespace names

std::string_view own_name_part(std::string_view name) {
  return names::own_part(name);
}

using namespace names;

std::vector<std::string> nicknames_of(std::string_view name) {
  std::vector<std::string> out;
  if (name.size() < 9 || name.size() > 12 || !is_ideograph(name, name.size() - 3)) {
    return out;
  }
  const std::string_view last = name.substr(name.size() - 3);
  if (!k_not_after_a.contains(last)) {
    out.push_back(std::string("阿").append(last)); // 阿娟
  }
  // 小宇, 睿睿: 小 and the last character, or the last character twice, as families call
  // children — not where that makes a word (小國, 小時, 明明, 常常).
  if (!k_not_after_small.contains(last)) {
    out.push_back(std::string("小").append(last));
  }
  const std::string twice = std::string(last).append(last);
  static const std::set<std::string_view, std::less<>> k_words = {
      "明明", "常常", "剛剛", "天天", "人人", "好好", "慢慢", "漸漸", "偏偏", "往往", "默默",
      "靜靜", "輕輕", "多多", "年年", "平平", "高高", "大大", "小小", "謝謝", "哥哥", "弟弟",
      "姐姐", "姊姊", "妹妹", "爸爸", "媽媽", "寶寶", "星星", "紛紛", "處處", "個個", "家家",
      "連連", "頻頻", "深深", "久久", "遠遠", "早早", "生生", "世世", "代代", "滿滿", "萬萬",
      "正正", "清清", "白白", "長長", "忠忠", "公公", "婆婆", "伯伯", "叔叔", "舅舅", "姑姑"};
  if (patterns::name_data().given_at(name, name.size() - 3) && !k_words.contains(twice)) {
    out.push_back(twice);
  }
  return out;
}

std::string_view given_name_of(std::string_view name, bool loose) {
  const patterns::NameData& nd = patterns::name_data();
  const std::size_t sl = nd.surname_at(name, 0) != 0               ? nd.surname_at(name, 0)
                         : name.size() == 9 && nd.rare_at(name, 0) ? 3
                                                                   : 0;
  // 施志明, 范姜國華, 陳林秀英 (冠夫姓): the last two characters.
  const bool whole = (sl == 3 && name.size() == 9) ||
                     (name.size() == 12 && (sl == 6 || nd.surname_at(name, 3) == 3));
  if (sl == 0 || !whole || !is_ideograph(name, name.size() - 6) ||
      !is_ideograph(name, name.size() - 3)) {
    return {};
  }
  const std::string_view given = name.substr(name.size() - 6);
  // Both characters common in given names (吳健康 → no 健康, 李國民 → no 國民), and no word;
  // `loose`: one of them (柯志成 → 志成), and no word of the lists.
  const bool both = nd.given_at(given, 0) && nd.given_at(given, 3);
  // (Not a greeting or a pronoun a found name ran into: 您好, 你們.)
  static constexpr CharSet k_not_given(U"您你我他她們好嗎呢吧啊了");
  if (!(both ||
        (loose && (nd.given_at(given, 0) || nd.given_at(given, 3)) &&
         !k_not_given.contains(given.substr(0, 3)) && !k_not_given.contains(given.substr(3, 3)) &&
         !stops_name(given.substr(0, 3)) && !stops_name(given.substr(3, 3)))) ||
      common_word(given) || nd.stopwords.contains(given)) {
    return {};
  }
  return given;
}

bool given_name_alone(std::string_view s, std::size_t at, std::size_t end, bool known,
                      bool known_end) {
  const std::size_t prev = at == 0 ? 0 : util::prev_char(s, at);
  const std::string_view before = s.substr(prev, at - prev);
  // (A known name also after 到 and 候: 遇到宥廷, 的時候阿樑; a known nickname of 阿 and a
  // character after anything: no word holds one.)
  // Where ICU's dictionary starts a word (照顧|恩碩, 協調|明德伯: read thoroughly), not after a
  // surname standing as a word of its own (3樓|王|小明 is a whole name's part).
  const auto dictionary = [&] {
    return dictionary_starts(s, at) &&
           !(patterns::name_data().surname_at(s, prev) != 0 && dictionary_boundary(s, prev));
  };
  const bool starts =
      at == 0 || !is_ideograph(s, prev) || k_before_name.contains(before) ||
      function_word(before) ||
      (known && (before == "到" || before == "候" || (end - at == 6 && s.substr(at, 3) == "阿"))) ||
      ((known || known_end) && dictionary());
  // (會 after a known name is mostly "will": 宥廷會去, 小恩會到; not 協會's 會 before 議, 員 ….)
  const bool will = known && util::has_at(s, end, "會") && is_ideograph(s, end + 3) &&
                    !is_one_of(s.substr(end + 3, 3), {"議", "員", "長", "館", "所", "社", "址",
                                                      "計", "場", "堂", "費", "務"});
  if (!starts || (k_places.contains(s.substr(end, 3)) && !will)) {
    return false;
  }
  // A known given name may be followed by any verb (郁婷很有耐心, 子傑會叫他): not by a character
  // of given names (a longer name) or one that makes a word of it (國華人, 志豪工程行).
  static constexpr CharSet k_word_after(
      U"人們族語文字國店行社園館廠公司號氏家工商企實科電診醫藥堂宮寺");
  return ends_name(s, end) ||
         ((known || known_end) && is_ideograph(s, end) && !patterns::name_data().given_at(s, end) &&
          !k_word_after.contains(s.substr(end, 3)) && !org_word_at(s, end)); // (清泉有機農場)
}

std::string_view rare_surname_of(std::string_view name) {
  const patterns::NameData& nd = patterns::name_data();
  return name.size() == 9 && nd.surname_at(name, 0) == 0 && nd.rare_at(name, 0)
             ? name.substr(0, 3)
             : std::string_view();
}

std::string_view surname_of(std::string_view name) {
  const patterns::NameData& nd = patterns::name_data();
  return name.size() == 9 && is_ideograph(name, 3) && is_ideograph(name, 6) &&
                 (nd.surname_at(name, 0) == 3 ||
                  (nd.surname_at(name, 0) == 0 && nd.rare_at(name, 0)))
             ? name.substr(0, 3)
             : std::string_view();
}

bool may_refer(std::string_view text, std::size_t at) {
  static constexpr CharSet k_referring(U"員母某姓家伯叔姨嬸姆嫂姐姊哥");
  return at + 6 <= text.size() && static_cast<unsigned char>(text[at + 3]) >= 0xE4 &&
         k_referring.contains(text.substr(at + 3, 3));
}

bool surname_referred(std::string_view s, std::size_t at) {
  const std::string_view surname = s.substr(at, 3), word = s.substr(at + 3, 3);
  const std::string_view next = at + 9 <= s.size() ? s.substr(at + 6, 3) : std::string_view();
  // 成員, 全員, 官員; 祖母, 岳母, 師母, 雲母: the surname's character makes the word.
  if (word == "員") {
    if (is_one_of(surname, {"成", "全", "官", "海", "黨", "滿", "隨", "伍", "教", "要", "車"}) ||
        is_one_of(next, {"工", "額"})) {
      return false;
    }
  } else if (word == "母") {
    static constexpr CharSet k_mother_words(
        U"祖岳師伯叔姑舅嬸養生繼後老阿聖保褓乳雲酵字分水航父丈義乾外慈賢國之");
    if (k_mother_words.contains(surname) || is_one_of(next, {"語", "校", "體", "乳", "音", "國"})) {
      return false;
    }
  } else if (word == "某") {
    if (is_one_of(next, {"些", "種", "日", "天", "年", "月", "時", "處", "地", "項", "類", "一",
                         "個", "次", "件"})) {
      return false;
    }
  } else if (word == "姓") { // 呂明山（呂姓家族代表）; not a clan's association (江姓宗親會)
    if (is_one_of(next, {"名", "氏", "宗"})) {
      return false;
    }
  } else if (word == "家") { // 蔡美君（同址蔡家兄妹）, 樓上康家一直不肯
    // Not a family's place, shop or troupe (陳家古厝, 林家祖厝, 許家段, 林家花園, 張家麵店,
    // 何家班, 江家滷味), 家具, 家庭; not where the surname's character makes the word (全家, 商家,
    // 管家, 莊家, 成家, 萬家). (Or food a family's shop sells: 江家滷味, 陳家粥, 林家豆花.)
    static constexpr CharSet k_place_after(
        U"具庭電用鄉段古厝祠廟園村莊坑寮店商樂扶齊暴政教境計事務常門花麵祖班滷飯餐粥肉冰茶豆");
    static constexpr CharSet k_word_firsts(U"全商管莊成安萬國皇當名公官百千東親世");
    // (Or a shop's word after it: 紀家蔬果行, 高家大腸包小腸 — set127a's market; or a family
    // chat's title, 吳家大小事 — sets 30a, 56a, 121a; not 宋家小燕, a daughter — set117b.)
    if (k_place_after.contains(next) || k_word_firsts.contains(surname) || org_word_at(s, at + 6) ||
        is_one_of(s.substr(at + 6, 6), {"大小", "大腸"})) {
      return false;
    }
  } else if (k_kinship_titles.contains(word)) { // 劉金水 … 劉伯證稱, 林姐, 江哥
    // Not 師姐, 空姐, 帥哥, 乾哥, 表哥, 堂姐, 世伯, 學姐: the surname's character makes the word.
    static constexpr CharSet k_kin_words(U"師空帥乾表堂世親學");
    if (k_kin_words.contains(surname)) {
      return false;
    }
  } else {
    return false;
  }
  const std::size_t prev = at == 0 ? 0 : util::prev_char(s, at);
  // (Nor the second character of a compound surname: 范姜姓.)
  return !word_before(s, prev, at) && (at < 3 || patterns::name_data().surname_at(s, at - 3) != 6);
}

bool surname_titled(std::string_view s, std::size_t at) {
  const std::size_t t = title_at(s, at + 3);
  std::size_t hl = 0;
  if (t == 0 && !honorific_at(s, at + 3, &hl)) {
    return false;
  }
  if (t != 0 && is_one_of(s.substr(at + 3 + t, 3), {"會", "處", "室", "局", "科", "課", "組"})) {
    return false; // 時委員會: an office
  }
  const std::size_t prev = at == 0 ? 0 : util::prev_char(s, at);
  const std::string_view before = s.substr(prev, at - prev); // ends a word
  return at == 0 || !is_ideograph(s, prev) || k_before_name.contains(before) ||
         k_before_title.contains(before) || function_word(before);
}

} // namespace twpii::detectors
