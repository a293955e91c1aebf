// Personal names (姓名): after a role or form label (陳情人：王小明, 姓名 王小明), before an
// honorific (王小明先生, 陳小姐, 李大同君), and as a field of a row that holds other personal
// data (王美玲,K223091878,0910-223-344). A name is a surname from the list (patterns/
// surnames.txt) and one or two given characters. Reference: tw-pii-formats §7.
// The rules with no cue are in detect_name_nocue.cpp, those for chats, exports and Latin or dotted
// script in detect_name_informal.cpp, the parts they share in name_parts.hpp.
#include "name_parts.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace twpii::detectors {

using namespace names;

namespace {

// Whether the surname character at s[p] ends the word the character before it starts, so that
// no name starts there: 處方|醫師, 任何|人員, 課程|講師, 感謝|璩怡君, 第三方|技師, 獎學金|評審.
bool surname_ends_word(std::string_view s, std::size_t p) {
  if (p < 3) {
    return false;
  }
  // (謝謝警察先生 is no 謝警察; 感謝謝志明先生 thanks 謝志明 — set158b.)
  if (util::has_at(s, p - 3, "謝謝")) {
    return !(p >= 6 && is_one_of(s.substr(p - 6, 3), {"感", "多", "致", "答", "道"}));
  }
  return is_one_of(s.substr(p - 3, 6),
                   {"經紀", "世紀", "年紀", "賣方", "買方", "對方", "處方", "藥方", "院方",
                    "校方", "警方", "雙方", "三方", "資方", "勞方", "甲方", "乙方", "官方",
                    "配方", "宮方", "廟方", "館方", "府方", "廠方", "園方", "會計", "統計",
                    "主計", "審計", "設計", "任何", "如何", "為何", "幾何", "奈何", "課程",
                    "工程", "過程", "流程", "行程", "議程", "療程", "章程", "全程", "外包",
                    "承包", "紅包", "感謝", "多謝", "致謝", "答謝", "白方", "藍方", "紅方",
                    "黑方", "水門", "學金", "獎金", "基金", "資金", "現金", "租金", "押金",
                    "罰金", "主張", "照顧", "英文", "日文", "華文", "公文", "原文", "全文",
                    "內文", "國文", "作文", "論文", "條文", "隊伍", "入伍", "退伍"}) ||
         // (許 after an hour: 上午10時許受理客戶 is "about ten o'clock" — set222b.)
         (util::has_at(s, p - 3, "時許") && p >= 4 && util::is_digit(s[p - 4]));
}

// The name labels of patterns/cues.tsv, found by their last character (人, 名, 者, 告): a few
// SIMD passes instead of a search for every cue word of every class.
struct Label {
  std::size_t end;
  std::string_view word;
};

// The word of a label that is in no list: any word ending in 人 before a colon.
constexpr std::string_view k_any_label = "人：";

std::vector<Label> name_labels(std::string_view s, const std::vector<std::size_t>& at_chars) {
  std::vector<Label> out;
  // The name labels of patterns/cues.tsv by their last two characters, longest first
  // (法定代理人 before 代理人).
  static const std::unordered_map<std::string_view, std::vector<std::string_view>> words = [] {
    std::unordered_map<std::string_view, std::vector<std::string_view>> w;
    for (const auto& c : patterns::cues()) {
      if (c.cls == patterns::CueClass::name && c.positive && c.word.size() >= 6) {
        w[c.word.substr(c.word.size() - 6)].push_back(c.word);
      }
    }
    for (auto& [key, list] : w) {
      std::sort(list.begin(), list.end(), [](auto a, auto b) { return a.size() > b.size(); });
    }
    return w;
  }();
  for (std::size_t at : at_chars) { // label ends (util::name_char_kind)
    std::size_t b = at;             // letter-spaced labels: 姓　　名, 紀　　錄, 主　席
    while (b >= 1 && at - b < 12 && (s[b - 1] == ' ' || (b >= 3 && s.substr(b - 3, 3) == "　"))) {
      b -= s[b - 1] == ' ' ? 1 : 3;
    }
    std::size_t end = at + 3;
    if (b != at) {
      // Every character followed by blanks (陳　情　人, 姓　　名): the characters alone, up to
      // four, must end with a label word of its own.
      std::string compact(s.substr(at, 3));
      for (std::size_t q = b; compact.size() < 12 && q >= 3 && is_ideograph(s, q - 3);) {
        compact.insert(0, s.substr(q - 3, 3));
        const std::size_t r = util::skip_blanks_back(s, q - 3);
        if (r == q - 3) {
          break;
        }
        q = r;
      }
      if (auto spaced = words.find(std::string_view(compact).substr(compact.size() - 6));
          spaced != words.end()) {
        for (std::string_view w : spaced->second) {
          if (std::string_view(compact).ends_with(w)) {
            out.push_back(Label{end, w}); // the word with static storage, not `compact`
            break;
          }
        }
      }
      continue;
    }
    auto it = end >= 6 ? words.find(s.substr(end - 6, 6)) : words.end();
    bool listed = false;
    for (std::size_t k = 0; it != words.end() && k < it->second.size() && !listed; ++k) {
      const std::string_view w = it->second[k];
      if (w.size() <= end && util::has_at(s, end - w.size(), w)) {
        out.push_back(Label{end, w});
        listed = true;
      }
    }
    // A label of a form's own, ending in 人 and a colon (受通知人：, 受款人：): k_any_label.
    if (!listed && (util::has_at(s, end, ":") || util::has_at(s, end, "：")) &&
        util::has_at(s, at, "人")) {
      out.push_back(Label{end, k_any_label});
    }
  }
  return out;
}

using util::after_label;

// After a surname with an honorific or a title, the whole name in brackets with the same
// surname: 薛先生(薛宇翔), 藍村長(藍正雄) (the text is normalised: （） are ( ); ， is not).
void bracketed_name(std::string_view s, std::size_t surname, std::size_t surname_len,
                    std::size_t after, std::vector<Match>& out) {
  if (after >= s.size() || s[after] != '(' ||
      s.substr(after + 1, surname_len) != s.substr(surname, surname_len)) {
    return;
  }
  // (As a form's field: the bracket says a name follows, which may begin like a word — 卓主委
  // （卓越群）; a comma may end it — 吳阿公（吳再發，八十七歲）, sets 72b, 73b.)
  bool surname_only = false;
  const std::size_t e = name_end(s, after + 1, &surname_only, NameContext{true, true});
  if (e != npos && !surname_only && e < s.size() &&
      (s[e] == ')' || s[e] == ',' || util::has_at(s, e, "，"))) {
    add(out, after + 1, e, 0.8f, "name-in-brackets", "");
  }
}

// The end of a name at p whose surname is not in the list (記錄：豆惠雯, 出席：日秀蘭、郭婉婷;
// rare surnames of small communities), or npos: three characters standing alone right after a
// colon or a 、, the last two common in given names, the first no place, numeral or particle.
std::size_t unlisted_surname_end(std::string_view s, std::size_t p) {
  const patterns::NameData& nd = patterns::name_data();
  if (!nd.given_at(s, p + 3) || !nd.given_at(s, p + 6) || !is_ideograph(s, p) ||
      is_ideograph(s, p + 9)) {
    return npos;
  }
  const std::size_t b = util::skip_blanks_back(s, p);
  if (!(util::has_at(s, b - std::min<std::size_t>(b, 3), "：") ||
        util::has_at(s, b - std::min<std::size_t>(b, 3), "、") || (b > 0 && s[b - 1] == ':'))) {
    return npos;
  }
  const std::string_view first = s.substr(p, 3);
  if (stops_name(first) || k_places.contains(first) || function_word(first) ||
      util::is_chinese_numeral(util::cp3(s.data() + p)) || common_word(s.substr(p + 3, 6)) ||
      nd.stopwords.contains(s.substr(p, 6)) || title_at(s, p) != 0) {
    return npos;
  }
  return p + 9;
}

// Words that look like nicknames but name no one in particular (阿姨, 老師, 小姐).
bool what_anyone_is_called(std::string_view two) {
  return is_one_of(two,
                   {"阿姨", "阿嬤", "阿公", "阿伯", "阿婆", "阿叔", "阿姑", "阿兄", "阿姐", "阿姊",
                    "阿母", "阿爸", "阿嬸", "阿哥", "阿弟", "阿妹", "小姐", "小妹", "小弟", "老師",
                    "老闆", "老婆", "老公", "老大", "老爸", "老媽", "老兄", "老人", "小孩", "小鬼",
                    "小時", "小心", "老家", "小組", "小學", "老舊", "老化", "小型", "小額"});
}

// The end of a nickname of 阿 or 老 and one character at p where a name ends (師傅老吳, 保全阿輝;
// not 小: 助理小雅 was a scammer's alias), or npos.
[[gnu::noinline]] std::size_t short_nickname_end(std::string_view s, std::size_t p) {
  // (Not a child's place among siblings: 我家老二, 我是老么 — after an intro word too since
  // session 19.)
  static constexpr CharSet k_birth_order(U"一二三四五六七八九十么大小");
  if (!is_one_of(s.substr(p, 3), {"阿", "老"}) || !is_ideograph(s, p + 3) ||
      what_anyone_is_called(s.substr(p, 6)) || !ends_name(s, p + 6) ||
      (util::has_at(s, p, "老") && k_birth_order.contains(s.substr(p + 3, 3)))) {
    return npos;
  }
  return p + 6;
}

// The end of a letter-spaced name at p (朱 佩 君, 李　永　福, 宋　柏霖, 方　睿: two to four
// characters in groups of one or two, one blank between groups) that is a name once its blanks
// are taken out, or npos.
[[gnu::noinline]] std::size_t spaced_name_end(std::string_view s, std::size_t p, NameContext ctx) {
  // (A blank after the first character first: most names are not spaced.)
  if (!is_ideograph(s, p) || !(util::has_at(s, p + 3, " ") || util::has_at(s, p + 3, "\u3000"))) {
    return npos;
  }
  std::array<std::size_t, 4> ends{}; // ends[k]: where the name of k + 1 characters ends
  std::string compact;
  std::size_t n = 0;
  for (std::size_t q = p; n < 4 && is_ideograph(s, q);) {
    std::size_t g = q; // a group of one or two characters
    while (g - q < 9 && is_ideograph(s, g)) {
      g += 3;
    }
    if (g - q > 6 || n + (g - q) / 3 > 4) {
      return npos; // a word of three characters, or more than four in all: no spaced name
    }
    for (std::size_t c = q; c < g; c += 3) {
      compact.append(s.substr(c, 3));
      ends[n++] = c + 3;
    }
    const std::size_t b = g < s.size() && s[g] == ' '    ? g + 1
                          : util::has_at(s, g, "\u3000") ? g + 3
                                                         : npos;
    if (b == npos || !is_ideograph(s, b)) {
      break;
    }
    q = b;
  }
  // (Not before a colon: 初審：温　複審：, a surname alone and the next label.)
  auto label_follows = [&](std::size_t e) {
    e = util::skip_blanks(s, e);
    return e < s.size() && (s[e] == ':' || util::has_at(s, e, "："));
  };
  for (; n >= 2; --n) {
    bool surname_only = false;
    const std::string_view name = std::string_view(compact).substr(0, 3 * n);
    // (Not inside a group: 宋　柏|霖.)
    if ((n == 4 || ends[n - 1] != ends[n] - 3) && ends[n - 1] - p > 3 * n &&
        !label_follows(ends[n - 1]) && name_end(name, 0, &surname_only, ctx) == name.size() &&
        !surname_only && ends_name(s, ends[n - 1])) {
      return ends[n - 1];
    }
  }
  return npos;
}

} // namespace

// The name at p after a label, title or introducing word, and the names listed after it
// (列席：謝志明、劉冠恩; 家長委員 方怡君 紀文龍). `strict`: the name must end there (ends_name),
// and a place is no name (我是羅東的…).
void names::names_after(std::string_view s, std::size_t p, NameContext ctx, bool strict,
                        std::string_view rule, std::string_view cue, std::vector<Match>& out,
                        bool continued) {
  ctx.rare = true; // a name is expected here: 警務員甄立群
  ctx.cued = true;
  // After a label or an introducing word: 申訴人姓名：NGUYEN THI HOA, 看護工Siti Rahayu,
  // 病人姓名：巴奈．拉娃.
  // Migrant workers go by one name (看護工Siti, 印尼籍的Wartini, 漁工AGUS): after these words a
  // single capitalised word of three letters or more is one; so after words for the people
  // close to someone (同事Agus, 我的朋友 Wulan, 和太太Umav).
  auto migrant = [&] {
    return is_one_of(
        cue, {"看護", "看護工", "移工", "漁工", "外勞", "印尼籍", "越南籍", "菲律賓籍", "泰國籍"});
  };
  // (Tested only before a capital: names_after runs for every title word of a window.)
  auto single = [&] {
    // (After the words for close people not an abbreviation of up to four capitals: 病人MRI.)
    std::size_t caps = p;
    while (caps < s.size() && s[caps] >= 'A' && s[caps] <= 'Z') {
      ++caps;
    }
    const bool abbreviation = caps - p <= 4 && (caps == s.size() || !util::is_alpha(s[caps]));
    if (s.substr(p, 1).find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") != 0) {
      return false;
    }
    if (migrant()) {
      return true;
    }
    // After a title or a role (人資Cindy, 隊長Ipay帶領, 社工Yapit與您聯繫, 通譯：Dewi): one word,
    // capitalised, not all capitals; not a label or an abbreviation (學生姓名 Student：, 秘書：Rtn.
    // Jerry, 聯絡人：Suami / 丈夫), nor an alias in quotes (助理「Alice」).
    if (!abbreviation && (rule == "title" || rule == "label") && caps == p + 1) {
      std::size_t w = p;
      while (w < s.size() && util::is_alpha(s[w])) {
        ++w;
      }
      w = util::skip_blanks(s, w);
      const bool quoted = (p >= 1 && s[p - 1] == '"') || (p >= 3 && util::has_at(s, p - 3, "「"));
      return !quoted && (w == s.size() || (s[w] != ':' && s[w] != '.' && s[w] != '/' &&
                                           !util::has_at(s, w, "："))); // (not folded)
    }
    return !abbreviation &&
           is_one_of(cue, {"同事",   "朋友", "友人",   "室友",   "鄰居", "太太", "丈夫", "妻子",
                           "老公",   "老婆", "女兒",   "兒子",   "配偶", "雇主", "僱主", "員工",
                           "病人",   "病患", "患者",   "我叫",   "名叫", "她叫", "他叫", "名字叫",
                           "名字是", "女友", "男友",   "房客",   "租客", "媳婦", "族名", "原名",
                           "叫我",   "本名", "英文名", "小名",   "綽號", "暱稱", "其女", "其子",
                           "其妻",   "其夫", "其母",   "其父",   "孫子", "孫女", "外孫", "哥哥",
                           "姊姊",   "弟弟", "妹妹",   "女婿",   "母親", "父親", "姪子", "姪女",
                           "外甥",   "案主", "看護",   "看護工", "移工", "司機", "家屬"});
  };
  if (s.substr(p).starts_with("的") && migrant()) {
    p += 3;
  }
  // 族名是巴奈．卡照, 原名為…, 父親是瓦旦．尤命, 我們里長叫黃金福: the verb between the word and
  // the name.
  // (Or 好像是, 應該是 after 本名 or 名字: 本名好像是嚴清水 — set42b.)
  if (cue.ends_with("名") || cue.starts_with("名字")) {
    for (std::string_view w : {"好像是", "應該是", "大概是"}) {
      p += util::has_at(s, p, w) ? w.size() - 3 : 0;
    }
  }
  if (s.substr(p).starts_with("是") || (cue.ends_with("名") && s.substr(p).starts_with("為")) ||
      (util::has_at(s, p, "叫") && rule == "title")) {
    p += 3;
  }
  // The names listed after one of these go on in the loop below (與會者：Lahok Mayaw、尤瑪·達陸).
  bool first = !continued;
  // One word alone is a name only where a name ends after it (看護工Siti說, 印尼籍的Wartini，),
  // not before more words (移工 Ramadan 期間, COVID-19, 漁工 ILO 公約).
  auto single_ends = [&](std::size_t e) {
    std::size_t q = e;
    while (q < s.size() && s[q] == ' ') {
      ++q;
    }
    if (q == s.size() || (s[q] == '-' && q + 1 < s.size() && util::is_alnum(s[q + 1]))) {
      return q == s.size();
    }
    // (Or a surname alone after it, the other half of the name: 科長：Vivian 邱　— set41a.)
    if (q > e && patterns::name_data().surname_at(s, q) == 3 && !is_ideograph(s, q + 3) &&
        (q + 3 == s.size() || !util::is_alnum(s[q + 3]))) {
      return true;
    }
    // (Or, after blanks, the next field's label or the whole name in characters: 留言人：Lily
    // 留言日期：…, 聯絡人：Lily 謝郁婷 05-… — set95a.)
    if (q > e) {
      std::size_t w = q;
      while (w < s.size() && w - q < 15 && is_ideograph(s, w)) {
        w += 3;
      }
      bool surname_only = false;
      if (w > q && w < s.size() && (s[w] == ':' || util::has_at(s, w, "："))) {
        return true;
      }
      const std::size_t n = name_end(s, q, &surname_only, NameContext{true, false, true});
      if (n != npos && !surname_only && n - q >= 6 && !is_ideograph(s, n)) {
        return true;
      }
    }
    return !is_ideograph(s, q) ? !util::is_alnum(s[q]) : ends_name(s, q);
  };
  for (std::size_t e;
       ((e = latin_name_end(s, p, true, 2, true)) != npos ||
        (single() && (e = latin_name_end(s, p, true, 1)) != npos && single_ends(e))) ||
       (e = dotted_name_end(s, p)) != npos;) {
    add(out, p, e, 0.8f, s[p] >= 'A' && s[p] <= 'Z' ? "latin-name" : "dotted-name", cue);
    if (!s.substr(e).starts_with("、")) {
      return;
    }
    p = e + 3;
    first = false;
  }
  // (Character sets, not lists of strings: this runs for every title and label found.)
  static constexpr CharSet k_rank_ends(U"課組室科股處員長師");
  static constexpr CharSet k_kin_chars(U"母父妻夫兄弟姊妹孫");
  // What people are called after 叫他, 叫她, 叫我 is a nickname (nickname_after), or a kinship
  // form (叫他「石松伯」): no name of the usual shape is read there.
  if (cue.starts_with("叫") && cue != "叫做") { // 叫他, 叫她, 叫我, 叫孩子; 叫做 names one
    return;
  }
  // 承辦人：建設課 羅振銘, 陪同檢查：廠長　秦志遠: a unit or a rank of up to five characters and
  // a blank between a label and the name.
  if (!strict) {
    std::size_t w = p;
    while (w < p + 15 && is_ideograph(s, w)) {
      w += 3;
    }
    if (w > p + 3 && k_rank_ends.contains(s.substr(w - 3, 3))) {
      if (const std::size_t q = after_label(s, w); q > w && q - w <= 6) {
        bool surname_only = false;
        const std::size_t e = name_end(s, q, &surname_only, ctx);
        if (e != npos && !surname_only && ends_name(s, e)) {
          p = q;
        }
      }
    }
  }
  // 家長：母邱淑惠, 聯絡人：子辜政達: one kinship character between a label and the name (孫
  // and 夫 are surnames too: a name that starts there comes first).
  // (Not 女, 子, 男: 女方代表, 子女 are words.)
  if (k_kin_chars.contains(s.substr(p, 3))) {
    bool surname_only = false;
    const std::size_t e = name_end(s, p, &surname_only, ctx);
    if (e == npos || !ends_name(s, e)) {
      p += 3;
    }
  }
  // A whole name right after a title whose end the character lists leave open (局長楊志成核閱,
  // 里長廖啟東遴報): a listed surname and two given characters, one of them common in given
  // names, where ICU's dictionary ends a word (read thoroughly). (A rare surname's name must end
  // where the lists say: name_end.)
  const patterns::NameData& nd = patterns::name_data();
  // (A compound or a rare surname's too: 里長諸葛裕民協助, 鄰長符國樑長期 — set63b.)
  auto word_ends = [&](std::size_t a, std::size_t e) {
    const std::size_t sl = nd.surname_at(s, a) != 0 ? nd.surname_at(s, a)
                           : nd.rare_at(s, a)       ? 3
                                                    : 0;
    return first && sl != 0 && e - a == sl + 6 && rule == "title" &&
           (nd.given_at(s, e - 6) || nd.given_at(s, e - 3) ||
            (dictionary_starts(s, a + sl) && !common_word(s.substr(a + sl, 6)) &&
             !nd.stopwords.contains(s.substr(a, 6)) && is_ideograph(s, e) &&
             !util::is_chinese_numeral(util::cp3(s.data() + e)))) && // (not 林土木八十元)
           dictionary_starts(s, e) &&
           nd.surname_at(s, a + sl) == 0; // (not 蔡游秀|枝: 冠夫姓)
  };
  // After a kinship word a whole name of three characters is read whatever follows it when both
  // its given characters are common in given names (女兒施美如會來, 他媳婦阮氏紅處理): a family
  // member is named in full.
  static constexpr CharSet k_kin_word_ends(U"子女婦夫妻父母親兒孫哥姊姐弟妹舅叔伯姨姑嬸媳婿");
  const bool kin = rule == "intro" && cue.size() >= 6 &&
                   (k_kin_word_ends.contains(cue.substr(cue.size() - 3)) || cue.ends_with("先生"));
  auto kin_name = [&](std::size_t a, std::size_t e) {
    return first && kin && e - a == 9 && nd.surname_at(s, a) == 3 && nd.given_at(s, e - 6) &&
           nd.given_at(s, e - 3) && nd.surname_at(s, a + 3) == 0 &&
           !common_word(s.substr(e - 6, 6)) && !nd.stopwords.contains(s.substr(a, 6));
  };
  for (;; first = false) {
    bool surname_only = false;
    // (A kinship character before a later item too: 家長：父塗國樑、母塗吳美玲.)
    if (!first && k_kin_chars.contains(s.substr(p, 3))) {
      const std::size_t e = name_end(s, p, &surname_only, ctx);
      if (e == npos || !ends_name(s, e)) {
        p += 3;
      }
    }
    // Items after the first may be dotted or Latin names (出席：胡瑄偉、瓦旦．伊將、Tjuku
    // Ruljiang).
    const std::size_t latin = first ? npos : latin_name_end(s, p, true);
    const std::size_t dotted = first || latin != npos ? latin : dotted_name_end(s, p);
    std::size_t e = dotted != npos ? dotted : name_end(s, p, &surname_only, ctx);
    if (e == npos && kin_name(p, p + 9)) {
      e = p + 9; // (女兒施美如會來: 會 starts no association here)
    }
    std::size_t hl = 0;
    if (dotted != npos) {
      add(out, p, e, 0.8f, latin != npos ? "latin-name" : "dotted-name", cue);
    } else if (e != npos && surname_only) {
      // 夏學姊、柳宗翰: a surname with a title or an honorific (found as such elsewhere) is an
      // item of the list too.
      const std::size_t t = title_at(s, e);
      if (t == 0 && !honorific_at(s, e, &hl)) {
        return;
      }
      e += t != 0 ? t : hl;
    } else if (e == npos && (e = spaced_name_end(s, p, ctx)) != npos) {
      add(out, p, e, 0.75f, "spaced-name", cue);
    } else if (e == npos && first && (rule == "title" || rule == "intro") &&
               (e = short_nickname_end(s, p)) != npos) {
      add(out, p, e, 0.6f, "nickname", cue); // 師傅老吳, 社區保全阿輝
    } else if (e == npos && !strict && (e = unlisted_surname_end(s, p)) != npos) {
      add(out, p, e, 0.6f, "unlisted-surname", cue);
    } else if (e == npos ||
               ((strict || !first) && !ends_name(s, e) && !word_ends(p, e) && !kin_name(p, e)) ||
               (strict && is_place(s.substr(p, e - p))) ||
               (org_word_at(s, e) && title_at(s, e) == 0)) { // 仲介：高源人|力仲介公司
      return;
    } else if ((util::has_at(s, e, "村長") || util::has_at(s, e, "里長")) &&
               patterns::gazetteer().villages.contains(s.substr(p, e - p + 3))) {
      return; // 出席：古民村長, 大潭村長　鄧順宇　古民村長: a village's chief, not 古民 (set83b)
    } else if (strict && function_word(s.substr(p, 3)) && is_ideograph(s, e) &&
               !honorific_at(s, e, &hl)) {
      return; // 友人向車主謊稱: 向 is "to" unless the name stands alone
    } else if (e - p == 9 && nd.surname_at(s, p) == 3 && rank_word(s.substr(p + 3, 6)) &&
               title_at(s, e) != 0) {
      // 出席委員：許常務委員、黃錦堂: a surname and a ranked title, not 許常務 (set51a).
      add(out, p, p + 3, 0.5f, "surname+title", cue);
      e += title_at(s, e);
    } else {
      add(out, p, e, strict ? 0.75f : 0.85f, rule, cue);
    }
    std::size_t q = e;
    // A note in brackets after an item (湯淑婷（八年七班）、孟繁宇): the list goes on after it.
    if (q < s.size() && s[q] == '(') {
      const std::size_t close = s.find(')', q);
      if (close != npos && close - q <= 30 && util::has_at(s, close + 1, "、")) {
        q = close + 1;
      }
    }
    if (s.substr(q).starts_with("、") || s.substr(q).starts_with("‧") ||
        s.substr(q).starts_with("・")) {
      q += 3;
    } else {
      while (q < s.size() && q - e < 4 && s[q] == ' ') {
        ++q;
      }
      if (q == e || q - e > 3) {
        return;
      }
    }
    p = q;
  }
}

namespace {

// Whether a cell after s[from], cells split by `sep`, is a header's column name (出生日期,
// 身分證字號, 聯絡電話 …): the line is a header row (會員編號,姓名,段級位,等級分,出生日期 —
// set166a: 段級位 after 姓名 is a column's name, no person's).
bool header_cell_after(std::string_view s, std::size_t from, char sep) {
  for (std::size_t a = s.find(sep, from); a != npos && a < s.size();) {
    const std::size_t b = std::min(s.find(sep, a + 1), s.find('\n', a + 1));
    std::string_view cell = s.substr(a + 1, (b == npos ? s.size() : b) - a - 1);
    while (!cell.empty() && (cell.back() == '\r' || cell.back() == ' ' || cell.back() == '"')) {
      cell.remove_suffix(1);
    }
    while (!cell.empty() && (cell.front() == ' ' || cell.front() == '"')) {
      cell.remove_prefix(1);
    }
    if (cell.size() >= 6 && cell.size() <= 18) {
      for (std::string_view w : {"日期", "電話", "號碼", "字號", "地址", "住址", "性別", "備註",
                                 "生日", "出生", "手機", "信箱"}) {
        if (cell.ends_with(w)) {
          return true;
        }
      }
    }
    a = b == npos || s[b] == '\n' ? npos : b;
  }
  return false;
}

// Whether two given-name characters at p stand alone as a name (紀錄：佩君): no ideograph after
// them, no word, no surname's start, no place, no title.
bool given_name_alone(std::string_view s, std::size_t p) {
  if (p + 6 > s.size() || !is_ideograph(s, p) || !is_ideograph(s, p + 3) ||
      is_ideograph(s, p + 6) || s.substr(p + 6, 1) == "*") {
    return false;
  }
  const patterns::NameData& nd = patterns::name_data();
  return nd.given_at(s, p) && nd.given_at(s, p + 3) && nd.surname_at(s, p) == 0 &&
         !common_word(s.substr(p, 6)) && !nd.stopwords.contains(s.substr(p, 6)) &&
         !is_place(s.substr(p, 6)) && title_at(s, p) == 0;
}

// Names after role and form labels: 陳情人：王小明, 姓名 王小明.
void after_cues(Line& line, const std::vector<std::size_t>& at_chars, std::vector<Match>& out) {
  std::string_view s = line.text();
  const std::vector<Label> labels = name_labels(s, at_chars);
  for (const Label& h : labels) {
    std::size_t end = h.end;
    // A note in brackets between the label and its colon: 英文姓名(同護照)：
    if (end < s.size() && s[end] == '(') {
      const std::size_t q = s.find(')', end);
      if (q != npos && q - end <= 48 && q + 1 < s.size() &&
          (s[q + 1] == ':' || util::has_at(s, q + 1, "："))) {
        end = q + 1;
      }
    }
    // 受託人簽章：, 立書人簽名: — the signature's word between the label and its colon.
    if (util::has_at(s, end, "簽") || util::has_at(s, end, "蓋")) {
      for (std::string_view w : {"簽章", "簽名", "簽字", "蓋章"}) {
        if (util::has_at(s, end, w) &&
            (s.substr(end + 6).starts_with(":") || s.substr(end + 6).starts_with("："))) {
          end += 6;
        }
      }
    }
    std::size_t p = after_label(s, end);
    // What a label says (收件人寫郭秉宏, 寄件人寫著洪志偉: a parcel's label read out in a chat).
    if (util::has_at(s, p, "寫")) {
      p += util::has_at(s, p + 3, "著") || util::has_at(s, p + 3, "的") ? 6 : 3;
      p += util::has_at(s, p, "是") ? 3 : 0;
    }
    // 為 after the label, as a colon (該店登記負責人為范姜振綱，): a name that ends there only.
    if (p == end && util::has_at(s, p, "為")) {
      names_after(s, p + 3, NameContext{true}, true, "label", h.word, out);
      continue;
    }
    // Minutes roles are also verbs and nouns (拍照記錄高架橋, 主席台): only with a colon.
    bool role = h.word == "主席" || h.word == "列席" || h.word == "出席" || h.word == "缺席" ||
                h.word == "紀錄" || h.word == "記錄" || h.word == "請假";
    // (A cell border after the role counts as its colon: <th>紀錄</th><td>祝欣怡.)
    const bool cell = end < s.size() && (s[end] == '<' || s[end] == '\t' || s[end] == '|');
    // (The minutes' 紀錄 starts its field: 就醫紀錄：林口長庚, 通話紀錄： hold no one's name —
    // set140a.)
    if ((h.word == "紀錄" || h.word == "記錄") && h.end >= 9 && s.substr(h.end - 6, 6) == h.word &&
        is_ideograph(s, util::prev_char(s, h.end - 6))) {
      continue;
    }
    if (role && !cell && !(s.substr(end).starts_with("：") || s.substr(end).starts_with(":"))) {
      if (const std::size_t e = dotted_name_end(s, p); e != npos) {
        add(out, p, e, 0.8f, "dotted-name", h.word); // 部落會議主席比令．哈勇也說
      } else if (const std::size_t l = latin_name_end(s, p, true); l != npos) {
        add(out, p, l, 0.8f, "latin-name", h.word); // 部落會議主席 Sawmah Ofad
      }
      continue;
    }
    // (Not another label's word right after it: 主席：管理人 趙國榮 — set167b; the name is the
    // second label's.)
    if (std::any_of(labels.begin(), labels.end(), [&](const Label& k) {
          return &k != &h && k.end > p && k.end - k.word.size() == p;
        })) {
      continue;
    }
    const std::size_t before = out.size();
    const bool any = h.word == k_any_label;
    if (any) { // a name only that stands alone: 見證人:本里里長 is none
      names_after(s, p, NameContext{true}, true, "any-label", h.word, out);
    } else {
      // (A form's field only after a colon, a blank or a cell's border: 學員姓名方式 is a
      // sentence, where 方式 stays a word.)
      names_after(s, p, NameContext{true, h.word == "姓名" && p > end}, false, "label", h.word,
                  out);
    }
    // (Nor the next header cell of an HTML table: <th>姓名</th><th>金額</th> — set108a.)
    if (out.size() > before && end < s.size() && s[end] == '<' &&
        s.substr(end, p - end).find("<th") != npos) {
      out.resize(before);
    }
    // After a label and a CSV or TSV border, the name fills its cell: not the next header cell's
    // first word (顧客姓名,顧客Email,… is a header row).
    if (out.size() > before && end < s.size() && (s[end] == ',' || s[end] == '\t')) {
      const std::size_t e = out[before].end;
      if ((e < s.size() && std::string_view(",\t\r\n\"").find(s[e]) == std::string_view::npos) ||
          header_cell_after(s, e, s[end])) {
        out.resize(before);
      }
    }
    // 申復人：王國榮，: a name that begins like a word (王國, 高雄) counts after a label and a
    // colon when it is three characters standing alone.
    const bool colon = s.substr(end).starts_with("：") || s.substr(end).starts_with(":");
    if (out.size() == before && colon && h.word != "姓名" && !any) {
      bool surname_only = false;
      const std::size_t e = name_end(s, p, &surname_only, NameContext{true, true});
      if (e == p + 9 && !surname_only && !is_ideograph(s, e)) {
        add(out, p, e, 0.8f, "label", h.word);
      }
    }
    // A given name alone after a label and a colon, all of its field (紀錄：佩君 — set108a's
    // minutes): two given-name characters that make no word and no surname's start.
    // (Or glued to a role's label ending in 人 and then a comma: 聯絡人昱辰，電話… — set228a's
    // minutes and memos, held out.)
    const bool glued = !colon && p == end && h.word.ends_with("人") &&
                       (util::has_at(s, p + 6, "，") || util::has_at(s, p + 6, "、"));
    // (Or a blank after the label and a colon after the name, a board's reply header: #1 回覆者
    // 淑蘭： — set234b.)
    const bool spaced = !colon && p > end && p - end <= 3 &&
                        (util::has_at(s, p + 6, "：") || util::has_at(s, p + 6, ":"));
    if (out.size() == before && (colon || glued || spaced) && !any && given_name_alone(s, p)) {
      add(out, p, p + 6, 0.7f, "label-given", h.word);
    }
    // The list goes on after a given name or a nickname as its first item (請假：阿嬌、Lisin
    // Kacaw, 請假：小芳、哈勇·烏來 — set320b's minutes).
    if (colon && !any && util::has_at(s, p + 6, "、") &&
        ((out.size() == before + 1 && out.back().start == p && out.back().end == p + 6) ||
         (out.size() == before && (util::has_at(s, p, "小") || util::has_at(s, p, "阿")) &&
          is_ideograph(s, p + 3)))) {
      names_after(s, p + 9, NameContext{true}, false, "label", h.word, out, true);
    }
    // A name printed spaced, a blank between surname and given name, after the label and its
    // colon or a blank (承辦人：呂　靜宜　分機, 導師簽章：章　文彬 — set60b's signature blocks):
    // two characters after the blank that are no title, no label and make no word, and end there.
    if (out.size() == before && (colon || p > end)) {
      const patterns::NameData& nd = patterns::name_data();
      const std::size_t len = nd.surname_at(s, p) != 0 ? nd.surname_at(s, p)
                              : nd.rare_at(s, p)       ? 3
                                                       : 0;
      const std::size_t q = p + len + 1;
      if (len != 0 && !function_word(s.substr(p, 3)) && p + len < s.size() && s[p + len] == ' ' &&
          q + 6 <= s.size() && is_ideograph(s, q) && is_ideograph(s, q + 3) &&
          (q + 6 == s.size() || !is_ideograph(s, q + 6)) && !util::has_at(s, q + 6, "：") &&
          !util::has_at(s, q + 6, ":") && title_at(s, q) == 0 &&
          (nd.given_at(s, q) || nd.given_at(s, q + 3)) && !common_word(s.substr(q, 6)) &&
          !nd.stopwords.contains(s.substr(q, 6)) && !is_place(s.substr(q, 6))) {
        add(out, p, q + 6, 0.7f, "label+spaced", h.word);
      }
    }
    // A surname alone after the label and its colon, the field ending there (承辦人：簡　　課長：
    // …, a signature block's stamp): two blanks, an ideographic space or the line's end after it.
    // (A blank may stand before the colon: 承辦人 ：管, an OCR'd form.)
    const std::size_t colon_at = util::skip_blanks(s, end);
    if (out.size() == before &&
        (colon || util::has_at(s, colon_at, "：") || util::has_at(s, colon_at, ":"))) {
      const patterns::NameData& nd = patterns::name_data();
      const std::size_t len = nd.surname_at(s, p) != 0 ? nd.surname_at(s, p)
                              : nd.rare_at(s, p)       ? 3
                                                       : 0;
      const std::size_t e = p + len;
      const std::size_t after = util::skip_blanks(s, e); // (blanks, then the line's end)
      // (Or one blank, then the next field's label: 承辦人：邢　課長：閻, whose ideographic space
      // the normalised text holds as one blank; or a bracket: 核對：溫（分機213）; or a cell's
      // end: 承辦人：溫,,,, 里幹事：邵</td>.)
      auto next_label = [&] {
        for (std::size_t q = after; q < s.size() && q < after + 15 && is_ideograph(s, q); q += 3) {
          if (util::has_at(s, q + 3, "：") || util::has_at(s, q + 3, ":")) {
            return true;
          }
        }
        return false;
      };
      if (len != 0 && !function_word(s.substr(p, 3)) &&
          (e == s.size() || s[e] == '\r' || s[e] == '\n' || s[e] == '(' || s[e] == ',' ||
           s[e] == '\t' || s[e] == '|' || s[e] == '<' || util::has_at(s, e, "  ") ||
           util::has_at(s, e, "　") ||
           (after > e && (after == s.size() || s[after] == '\n' || s[after] == '\r')) ||
           (after == e + 1 && next_label()))) {
        add(out, p, e, 0.5f, "label+surname", h.word);
      }
    }
  }
}

// Characters that make kinship words and adverbs doubled (哥哥, 太太, 快快, 慢慢, 好好).
constexpr CharSet k_doubled_words(
    U"哥姐姊弟妹爸媽爺奶叔伯姑舅嬸婆公太寶快慢好常天剛早偏乖漸輕靜默多大小明往處人個謝看試想");

// The nickname after 小名, 綽號, 暱稱 or 外號 (小名小棟, 綽號「阿凱」, 小名是阿土): two or three
// characters up to where a name ends. Confidence 0.6.
void nickname_after(std::string_view s, std::size_t end, std::string_view word,
                    std::vector<Match>& out) {
  std::size_t p = end; // no cell border crossed: 暱稱<TAB>性別 is a header
  while (p < s.size() && (s[p] == ' ' || s[p] == ':')) {
    ++p;
  }
  p = s.substr(p).starts_with("：") ? p + 3 : p;
  for (std::string_view skip : {"叫做", "「", "『", "是", "叫", "為"}) {
    if (s.substr(p).starts_with(skip)) {
      p += skip.size();
      break;
    }
  }
  const bool quoted = s.substr(p).starts_with("「") || s.substr(p).starts_with("『") ||
                      (p >= 3 && (util::has_at(s, p - 3, "「") || util::has_at(s, p - 3, "『")));
  p = s.substr(p).starts_with("「") || s.substr(p).starts_with("『") ? p + 3 : p;
  std::size_t e = p;
  // (A kinship title after two characters is not part of it: 叫我「阿福哥」 → 阿福.)
  while (e < p + 9 && is_ideograph(s, e) && !stops_name(s.substr(e, 3)) &&
         !(e - p >= 6 && k_kinship_titles.contains(s.substr(e, 3)))) {
    e += 3;
  }
  // What a nickname looks like unless quoted: 阿X, 小X, 老X, X仔, or given-name characters (not
  // 綽號很多, 小名欄位, 暱稱不詳).
  const patterns::NameData& nd = patterns::name_data();
  // (Or X仔 of a given-name character or a surname: 旺仔, 彭仔, as Taiwanese calls people.)
  const bool shaped = is_one_of(s.substr(p, 3), {"阿", "小", "老"}) ||
                      (nd.given_at(s, e - 6) && nd.given_at(s, e - 3)) ||
                      (e - p == 6 && util::has_at(s, e - 3, "仔") &&
                       (nd.given_at(s, p) || nd.surname_at(s, p) == 3)) ||
                      // (A character twice, then punctuation: 我們都叫她巧巧。 — set38a; not
                      // kin, 叫他哥哥, nor how to do it, 叫他快快，.)
                      (e - p == 6 && s.substr(p, 3) == s.substr(p + 3, 3) && e < s.size() &&
                       !is_ideograph(s, e) && !k_doubled_words.contains(s.substr(p, 3)));
  // What families call anyone (叫她阿姨, 叫他老師, 叫我小姐): no nickname; nor what a class calls
  // a helper or a child it praises (小幫手彤彤, 小天使).
  // (Whatever follows: 別再叫她阿嬤了.)
  if (what_anyone_is_called(s.substr(p, 6)) ||
      is_one_of(s.substr(p, 9), {"小幫手", "小天使", "小寶貝", "小公主", "小王子", "小可愛",
                                 "小甜心", "小太陽", "小老師", "小隊長", "小組長"})) {
    return;
  }
  // After 叫他, 叫她 a quote alone is no sign: taunts are quoted too (叫他「娘娘腔」).
  const bool calls = word == "叫他" || word == "叫她" || word == "叫我" || word == "叫孩子";
  if (e - p >= 6 && e - p <= 9 && ends_name(s, e) && ((quoted && !calls) || shaped)) {
    add(out, p, e, 0.6f, "nickname", word);
  }
}

// A name quoted alone, as notes quote what is written or said (墓碑寫「蕭金水」的墓, 誤植為
// 「溫土成」, 名牌只寫「鄒」, 叫一個名字「翠蓮」, 名牌寫「Wendy」), where the word before the quote
// names someone: a whole name after 寫, 簽, 植, 應為, 登記為 or after what calls someone (叫, 找,
// 名字, 稱, 稱其為; there with a given-name character, as places are called too); a surname alone
// after 寫 or 簽; two given characters, a nickname or a capitalised word after a call. Not what
// things are called (俗稱), a taunt (稱其為「錢多多」) or a pet's name. (A whole name quoted
// anywhere was tried: 30 look-alikes, 「林班地」, 「池王爺」.) Only when the input is read
// thoroughly. Confidence 0.7 for a whole name, 0.6 for the rest.
[[gnu::noinline]] void quoted_names(std::string_view s, std::vector<Match>& out) {
  const patterns::NameData& nd = patterns::name_data();
  // (A pet's name: 一隻柴犬叫「阿福」, 貓咪叫「小米」.)
  auto pet_before = [&](std::size_t at) {
    const std::string_view w = s.substr(at >= 15 ? at - 15 : 0, std::min<std::size_t>(at, 15));
    for (std::string_view a : {"犬", "狗", "貓", "牠", "鳥", "兔"}) {
      if (w.find(a) != npos) {
        return true;
      }
    }
    return false;
  };
  for (std::size_t o = s.find("「"); o != npos; o = s.find("「", o + 3)) {
    const std::size_t q = o + 3;
    const std::size_t c = s.substr(0, std::min(s.size(), q + 24)).find("」", q);
    if (c == npos || c == q || std::any_of(out.begin(), out.end(), [&](const Match& m) {
          return m.type == PiiType::person_name && m.start < c && q < m.end;
        })) {
      continue;
    }
    const std::string_view before = o >= 3 ? s.substr(util::prev_char(s, o), 3) : "";
    // 稱 names someone, not what things are called (俗稱「池王爺」, 又稱, 簡稱, 名稱).
    static constexpr CharSet k_not_before_cheng(U"俗又簡通統名合總亦或舊號改宣聲堪");
    auto calls = [&](std::size_t at) {
      return util::has_at(s, at, "叫") ||
             (util::has_at(s, at, "稱") &&
              !(at >= 3 && k_not_before_cheng.contains(s.substr(at - 3, 3))));
    };
    // What names someone right before the quote: 叫, 找, 名字, 稱, or 為 after 稱 or 叫 within
    // three characters (稱其為「小米」).
    bool names_one = is_one_of(before, {"叫", "找", "字"}) || (before == "稱" && calls(o - 3));
    for (std::size_t k = 6; !names_one && before == "為" && k <= 12 && k <= o; k += 3) {
      names_one = calls(o - k);
    }
    // A whole name after those, or after 寫, 簽, 誤植 or 應為, 登記為 (not a shop's or a
    // place's name: 名稱為「林田山居」, 道路是「林班地」).
    const bool names_whole =
        names_one || is_one_of(before, {"寫", "植", "簽"}) ||
        (before == "為" && o >= 6 && is_one_of(s.substr(o - 6, 3), {"植", "應", "記"}));
    if (!names_whole) {
      continue;
    }
    if (s[q] >= 'A' && s[q] <= 'Z') { // Wendy, Yuni: one capitalised word
      std::size_t e = q + 1;
      while (e < c && s[e] >= 'a' && s[e] <= 'z') {
        ++e;
      }
      if (e == c && c - q >= 3 && (names_one || before == "寫") &&
          !common_latin_word(s.substr(q, c - q))) {
        add(out, q, c, 0.6f, "quoted-name", "「」");
      }
      continue;
    }
    // (Not a taunt of a doubled character: 稱其為「錢多多」.)
    bool surname_only = false;
    // (After 叫 or 稱 a given-name character among the last two: places are called so too,
    // 以前這邊叫「石壁下」 — set47b.)
    if (c - q >= 9 && c - q <= 15 &&
        name_end(s, q, &surname_only, NameContext{true, false, false, true}) == c &&
        !surname_only && !is_place(s.substr(q, c - q)) &&
        s.substr(c - 6, 3) != s.substr(c - 3, 3) &&
        (!names_one || nd.given_at(s, c - 3) || nd.given_at(s, c - 6))) {
      add(out, q, c, 0.7f, "quoted-name", "「」");
    } else if (std::size_t hl = 0; c - q == nd.surname_at(s, q) &&
                                   is_one_of(before, {"寫", "簽"}) &&
                                   !honorific_at(s, c + 3, &hl) && title_at(s, c + 3) == 0) {
      add(out, q, c, 0.6f, "quoted-surname", "「」");
    } else if (c - q == 6 && names_one && !what_anyone_is_called(s.substr(q, 6)) &&
               !pet_before(o) && !common_word(s.substr(q, 6)) &&
               !nd.stopwords.contains(s.substr(q, 6)) &&
               ((util::has_at(s, q, "阿") && !k_not_after_a.contains(s.substr(q + 3, 3))) ||
                (util::has_at(s, q, "小") && !k_not_after_small.contains(s.substr(q + 3, 3))) ||
                (nd.given_at(s, q) && nd.given_at(s, q + 3)))) {
      add(out, q, c, 0.6f, "nickname", "「」"); // (a pet's too: about_an_animal drops it)
    }
  }
}

// A whole name standing as an entry before its title in brackets (　　白聰明　（副教授）, a
// committee's list): from the start of the line or after blanks, up to `bracket`.
void name_before_bracketed_title(std::string_view s, std::size_t bracket, std::string_view word,
                                 std::vector<Match>& out) {
  const std::size_t e = util::skip_blanks_back(s, bracket);
  for (std::size_t len : {9u, 12u}) {
    if (e < len) {
      continue;
    }
    const std::size_t p = e - len;
    bool surname_only = false;
    if ((p == 0 || s[p - 1] == ' ' || s[p - 1] == '\t' ||
         util::has_at(s, p - std::min<std::size_t>(p, 3), "　")) &&
        name_end(s, p, &surname_only, NameContext{true, false}) == e && !surname_only) {
      add(out, p, e, 0.7f, "name+title", word);
      return;
    }
  }
}

// Surnames before titles (陳委員, 林姓檢舉人, 建設處盧技士) and names after titles and the words
// that introduce a name in prose (秘書殷芷晴, 委員 沈家瑋, 我叫王美玲, 配偶黃志明): the cue words
// of classes `title` and `intro`.
void around_titles(std::string_view s, std::vector<Match>& out) {
  const patterns::NameData& nd = patterns::name_data();
  const TitleWords& tw = title_words();
  static thread_local std::vector<std::size_t> at_chars;
  at_chars.clear();
  tw.prefixes.find_all(s, at_chars);
  for (std::size_t at : at_chars) {
    const patterns::Cue* cue = nullptr;
    for (const patterns::Cue* c : *tw.starting_at(s.data() + at)) {
      if (util::has_at(s, at, c->word)) {
        cue = c;
        break;
      }
    }
    if (cue == nullptr) {
      continue;
    }
    const std::string_view word = cue->word;
    // 先生 introduces a husband's name only after what is no name (的先生, 帶先生, a cell's
    // start); 王先生 is the honorific, 我先生 and 與先生 cue words of their own.
    static constexpr CharSet k_before_husband(U"的帶為跟陪同及、｜");
    if (word == "先生" && at >= 3 && is_ideograph(s, util::prev_char(s, at)) &&
        !k_before_husband.contains(s.substr(util::prev_char(s, at), 3))) {
      continue;
    }
    // (Nor is 理事 of a verb ending in 理: 辦理事項, 處理事宜 — set64b.)
    static constexpr CharSet k_li_verbs(U"辦處管受審整清經代協護料修治");
    if (word == "理事" && at >= 3 && k_li_verbs.contains(s.substr(at - 3, 3))) {
      continue;
    }
    if (school_rank(s, at, word)) {
      continue;
    }
    // (孩子 introduces a child, not inside 小孩子 (小孩子賴床), nor before 的, 們 or an adverb:
    // 孩子連英文都不會.)
    if (word == "孩子" &&
        ((at >= 3 && util::has_at(s, at - 3, "小")) ||
         is_one_of(s.substr(at + 6, 3), {"的", "們", "連", "都", "也", "就", "還", "才", "很"}))) {
      continue;
    }
    // (本名單 is "this list": 本名單依考生報名資料排序 — set63b.)
    if (word == "本名" && util::has_at(s, at + word.size(), "單")) {
      continue;
    }
    // (會員 introduces a name in prose; before a colon it is a speaker's title, as minutes write
    // it: 林立會員：….)
    // (Not a party's label before it: 家屬會員：.)
    const bool title =
        cue->cls == patterns::CueClass::title ||
        (word == "會員" &&
         (util::has_at(s, at + word.size(), "：") || util::has_at(s, at + word.size(), ":")) &&
         !(at >= 3 && is_one_of(s.substr(at - 3, 3), {"人", "者", "方", "屬", "長"})));
    // 副會長, 分隊長, 副分局長: a rank before the title is part of it (read here, not listed:
    // each word with new first characters costs the search for titles).
    std::size_t start = at;
    if (title && start >= 3 && (word == "隊長" || word == "局長") &&
        is_one_of(s.substr(start - 3, 3), {"分", "小", "中", "大"})) {
      start -= 3;
    }
    if (title && start >= 3 && s.substr(start - 3, 3) == "副") {
      start -= 3;
    }
    const std::size_t end = at + cue->word.size();
    // (會 after 里長, 主任 … is "will": 邱里長會來; not 里長會議, 家長會.)
    const bool hui = util::has_at(s, end, "會") &&
                     (word.ends_with("員") || word.ends_with("事") || word == "家長" ||
                      util::has_at(s, end + 3, "議") || util::has_at(s, end + 3, "報"));
    // (處理, 處置 after a title are verbs: 請林主任處理 — set107a.)
    if (title && (hui ||
                  (is_one_of(s.substr(end, 3), {"處", "室", "局", "科", "課", "組"}) &&
                   !util::has_at(s, end, "處理") && !util::has_at(s, end, "處置")) ||
                  util::has_at(s, end, "教會") || util::has_at(s, end, "股份") ||
                  util::has_at(s, end, "公司") || util::has_at(s, end, "有限"))) {
      // (金城保全股份有限公司: a company named by its trade — set109b.)
      continue; // 委員會, 秘書處, 長老教會: offices and churches, not people
    }
    // 理監事 (the board: 第五次理監事聯席會議), 張老師專線 (a hotline): no person's title.
    // (Also past a closing quote or a blank: 「張老師」專線, 張老師 1980.)
    std::size_t after_title = end;
    while (util::has_at(s, after_title, "」") || util::has_at(s, after_title, "』") ||
           util::has_at(s, after_title, " ")) {
      after_title += s[after_title] == ' ' ? 1 : 3;
    }
    if (title && ((word == "監事" && at >= 3 && util::has_at(s, at - 3, "理")) ||
                  util::has_at(s, after_title, "專線") || util::has_at(s, after_title, "1980"))) {
      continue;
    }
    if (end >= 3 && title_at(s, end - 3) > 3) {
      continue; // 工地主任: 地主 ends where 主任 begins, the title is that one
    }
    // (And 長老 after a unit's character: 志工隊長老葉 is 隊長 then 老葉 — set121a, 鄰長老曾 —
    // set124b; 教會長老林大山 is an elder.)
    if (word == "長老" && at >= 3 &&
        is_one_of(s.substr(at - 3, 3), {"隊", "組", "科", "局", "課", "處", "股", "班", "村", "里",
                                        "鄰", "校", "院", "所", "站", "館", "室"})) {
      continue;
    }
    // (副 before the title is its rank: （副教授）.)
    if (const std::size_t b = at >= 3 && util::has_at(s, at - 3, "副") ? at - 3 : at;
        title && b >= 1 && s[b - 1] == '(') {
      name_before_bracketed_title(s, b - 1, word, out);
    }
    if ((word == "里民" || word == "村民") &&
        is_one_of(s.substr(end, 6), {"活動", "大會", "中心", "辦公", "集會", "會議", "代表"})) {
      continue; // 吳厝里民活動中心: a village's hall, not a person of 吳厝
    }
    if (title && is_one_of(word.substr(0, 3), {"市", "縣", "鎮", "鄉", "區"}) &&
        ((end + 3 <= s.size() && is_one_of(s.substr(end + 3, 3), {"路", "街"})) ||
         is_one_of(s.substr(end, 3), {"路", "街"}))) {
      continue; // 員林市長安路, 新市鎮長興街: a place and a road, not a mayor
    }
    // 古寧村長: the village's name before 村長, 里長, 里幹事 (古寧村 is in the gazetteer).
    bool village = false;
    if (title && (word.starts_with("村") || word.starts_with("里"))) {
      const patterns::Gazetteer& g = patterns::gazetteer();
      std::string v;
      for (std::size_t len : {6u, 9u, 12u}) {
        if (start >= len) {
          v.assign(s.substr(start - len, len)).append(word.substr(0, 3));
          // (Starting a word: 賴金水里民 is a person of 金水里 named 賴金水.)
          village = village || (g.villages.contains(v) && word_starts(s, start - len));
        }
      }
    }
    // 工程科科長: a unit and its head, no name before the title (許登科 is a name elsewhere).
    const bool unit_head =
        title && start >= 3 && s.substr(start - 3, 3) == word.substr(0, 3) &&
        is_one_of(word.substr(0, 3), {"科", "股", "課", "組", "室", "處", "局", "隊", "所"});
    bool name_before = false; // a whole name found glued before the title
    // (代表 is a title: 列席：李議員、吳代表, 已經通知潘代表 — set226a, set227b's minutes; but not
    // as a verb before what is represented: 曾代表本會 is "once represented" — set149.)
    const bool represents =
        word == "代表" && is_one_of(s.substr(end, 3), {"本", "該", "全", "貴", "我", "敝"});
    if (title && !represents && start >= 3 && !village && !unit_head) {
      // A surname, or a whole name, before the title.
      bool found = false;
      // 高階主管, 直屬 主管: a rank or a unit before the title, not a given name.
      const std::size_t nb = util::skip_blanks_back(s, start);
      const bool modified = nb >= 6 && rank_word(s.substr(nb - 6, 6));
      // 施嘉慧 醫師, 周黃筑亭　醫師: a whole name standing alone, a blank, the title.
      if (nb != start && start - nb <= 6 && !modified) {
        for (std::size_t len : {12u, 9u, 6u}) {
          bool surname_only = false;
          const std::size_t p = nb - std::min(nb, len);
          if (nb >= len && (p == 0 || !is_ideograph(s, util::prev_char(s, p))) &&
              name_end(s, p, &surname_only, NameContext{true, false}) == nb && !surname_only) {
            add(out, p, nb, 0.8f, "name+title", word);
            found = true;
            break;
          }
        }
      }
      // Titles that also end common words (資訊人員, 業務主管, 學生代表, 高齡住戶) need the name to
      // start a word: 各機關資訊人員 is no 關資訊.
      const bool generic = is_one_of(word, {"人員", "主管", "代表", "助理", "住戶", "老闆", "志工",
                                            "隊員", "組員", "董事", "員警"});
      // A village's name ends at p (興東里|韓里長, 松竹里|蔡哲里長, 本里|吳里長): its chief or a
      // person of it follows, the village named first.
      auto after_village = [&](std::size_t p) {
        // (Also after a district the gazetteer knows: 白河區宋區長, 貴賓致詞.)
        if (p >= 9 && (util::has_at(s, p - 3, "區") || util::has_at(s, p - 3, "鄉") ||
                       util::has_at(s, p - 3, "鎮"))) {
          const patterns::Gazetteer& g = patterns::gazetteer();
          for (std::size_t len : {9u, 12u}) {
            if (p >= len && g.districts.contains(s.substr(p - len, len))) {
              return true;
            }
          }
        }
        if (p < 6 || !(util::has_at(s, p - 3, "里") || util::has_at(s, p - 3, "村"))) {
          return false;
        }
        return is_one_of(s.substr(p - 6, 3), {"本", "該", "貴", "全", "各"}) ||
               after_village_name(s, p);
      };
      auto starts_word = [&](std::size_t p) {
        const std::size_t b = p == 0 ? 0 : util::prev_char(s, p);
        const std::string_view before = s.substr(b, p - b);
        return p == 0 || !is_ideograph(s, b) || k_before_title.contains(before) ||
               function_word(before) || after_village(p);
      };
      for (std::size_t len : {15u, 12u, 9u, 6u}) {
        bool surname_only = false;
        const std::size_t p = start - std::min<std::size_t>(start, len);
        // Four characters: a compound surname and two, or 冠夫姓 (陳林秀英代表); five: both
        // (范姜古滿妹委員).
        // 擔任財務委員: 任 ends a word there (擔任, 主任, 現任, 連任, 委任 …).
        if (s.substr(start - std::min<std::size_t>(start, len), 3) == "任" && start >= len + 3 &&
            std::u32string_view(U"擔主責信歷首前現接兼新上就出留連調升派聘續繼委")
                    .find(util::cp3(s.data() + start - len - 3)) != std::u32string_view::npos) {
          continue;
        }
        // 感謝志工隊長: 謝 ends 感謝 (and 志工 is a word), no 謝志工 before the title;
        // 黃金海岸保全: 金 ends 黃金, a stop word, no 金海岸 before 保全.
        if (len == 9 && p >= 3 &&
            (((util::has_at(s, p - 3, "感") || util::has_at(s, p - 3, "多")) &&
              util::has_at(s, p, "謝")) ||
             nd.stopwords.contains(s.substr(p - 3, 6)))) {
          continue;
        }
        const bool guanfu =
            nd.surname_at(s, p) != 0 && nd.surname_at(s, p + nd.surname_at(s, p)) == 3;
        // 冠夫姓 must start a word: 謝謝雷郁婷個管師 is no 謝雷郁婷.
        // (Nor a class before its teacher: 游泳班教練, 舞蹈班老師 — set54b.)
        // (令 is "make" unless 令狐 starts the name: 另令狐志豪小隊長 — set139a.)
        if (!modified && start >= len &&
            (!function_word(s.substr(p, 3)) || nd.surname_at(s, p) == 6) &&
            !util::has_at(s, start - 3, "班") && (!(generic || len == 6) || starts_word(p)) &&
            // (A word and a third character no given name has before a generic title: 高風險住戶
            // — set75b; not 黃金城總幹事.)
            !(len == 9 && generic && nd.stopwords.contains(s.substr(p, 6)) &&
              !nd.given_at(s, p + 6)) &&
            (!guanfu || len < 12 || word_starts(s, p)) &&
            name_end(s, p, &surname_only,
                     NameContext{guanfu,
                                 len == 9 && starts_word(p) && !util::has_at(s, p, "謝謝") &&
                                     !(util::has_at(s, p, "曾") &&
                                       k_after_ceng.contains(s.substr(p + 3, 3))), // 曾經罵媽媽
                                 len == 9 && word_starts(s, p), len == 9 && starts_word(p)}) ==
                start && // (林立群經理)
            !surname_only &&
            (len != 12 || nd.surname_at(s, p) == 6 || guanfu) &&
            (len != 15 || (nd.surname_at(s, p) == 6 && guanfu)) &&
            // (Nor a surname character that ends a word: 處方箋上醫師 — set116b.)
            !surname_ends_word(s, p) &&
            // (Nor a rarer surname right after a digit: 10月15日義消評審 — set121b.)
            !(p >= 1 && util::is_digit(s[p - 1]) && nd.surname_at(s, p) == 0) &&
            // (Nor from a title's last character: 抓漏師傅鄭師傅 is 鄭, not 傅鄭 — set208b.)
            !(p >= 3 && title_at(s, p - 3) == 6) && !(p >= 6 && title_at(s, p - 6) == 9) &&
            // (Nor a veteran's or a vehicle's driver: 古董車老司機群組 — set216b.)
            !(word == "司機" &&
              (util::has_at(s, start - 3, "老") || util::has_at(s, start - 3, "車"))) &&
            // (Nor a count of them, a family's or a grandchild's: 黎三位代表, 陳家代表, 由其
            // 長孫毛彬婷代表 — set1, set67, set115.)
            !(util::is_chinese_numeral(util::cp3(s.data() + start - 6)) &&
              is_one_of(s.substr(start - 3, 3), {"位", "名", "人", "個"})) &&
            !(word == "代表" && len == 6 && util::has_at(s, p + 3, "家")) &&
            !(guanfu && p >= 3 && util::has_at(s, p, "孫") &&
              is_one_of(s.substr(p - 3, 3), {"長", "外", "內", "曾", "嫡", "愛", "賢"}))) {
          add(out, p, start, 0.8f, "name+title", word);
          found = name_before = true;
          break;
        }
      }
      for (std::size_t len : {6u, 3u}) {
        // A rarer surname only after another title or a blank (導師晏老師, 委員　車委員).
        // (Or where ICU's dictionary starts a word: 經查|靳醫師, 工務處|梅技佐.)
        // (Or at the line's start before a speaker's title and colon: 　　龐技正：….)
        const bool speaker_start = start >= 3 && util::skip_blanks_back(s, start - 3) == 0 &&
                                   (util::has_at(s, end, "：") || util::has_at(s, end, ":"));
        const bool rare_listed =
            !found && len == 3 && start >= 3 && nd.rare_at(s, start - 3) &&
            (speaker_start ||
             (start >= 6 &&
              (k_before_title.contains(s.substr(start - 6, 3)) || s[start - 4] == ' ' ||
               s.substr(start - 6, 3) == "　" || s[start - 4] == '(' || s[start - 4] == ':' ||
               s.substr(start - 6, 3) == "：" || s.substr(start - 6, 3) == "、"))) &&
            nd.surname_at(s, start - 3) == 0;
        // (Not 宮 after a word: 天后宮主委 is a temple's — set84a added 宮.)
        const bool rare_dictionary = !found && len == 3 && start >= 6 && !rare_listed &&
                                     nd.rare_at(s, start - 3) && nd.surname_at(s, start - 3) == 0 &&
                                     !generic && !util::has_at(s, start - 3, "宮") &&
                                     dictionary_word(s, start - 3);
        // (Not a village's or a firm's last character: 湖口鄉長安村長, 信安保全 — sets 83b, 36b.)
        const bool rare_word =
            word == "保全" ||
            ((word == "村長" || word == "里長") && start >= 6 &&
             (patterns::gazetteer().villages.contains(s.substr(start - 6, 9)) ||
              (start >= 9 && patterns::gazetteer().villages.contains(s.substr(start - 9, 12)))));
        const bool rare = (rare_listed || rare_dictionary) && !rare_word;
        if (found || start < len || (nd.surname_at(s, start - len) != len && !rare)) {
          continue;
        }
        const std::size_t p = start - len;
        // What comes before the surname ends a word: not 主任|委員 (任 is a surname too).
        const std::size_t b = p == 0 ? 0 : util::prev_char(s, p);
        const std::string_view before = s.substr(b, p - b);
        // Also after kinship, role and verb characters (案祖母鍾奶奶, 主管洪課長, 跟王老闆), not
        // after all of k_before_name (主|任委員); after pronouns (叫他黃大哥). A rarer surname
        // or a title that ends common words (人員, 代表) needs one of these.
        static constexpr CharSet k_kin_ends(
            U"母父親兒子管闆娘婆嬤媽奶孫妹弟姊哥叔伯姨姑嫂婿姪甥友居"
            U"事學班找給問讓叫替幫陪是的他她您你到見過了另知席絡繫"); // (主席侯鄉長 — set56b;
                                                                      // 聯絡詹村長 — set228a)
        // After any other character, unless the surname character often ends the word before
        // (主任, 照管, 感謝, 相關, 連江, 照顧, 警方, 國文老師, 歷史老師, 會計師, 工程師, 山莊主委,
        // 風紀股長, 安全主任, 設施, 村民, 健康, 兒童): 那天蘇主任, 隔壁詹媽媽, 建議馮阿姨.
        // (萬里長城, 第一金董事長, 時段里長 too.) Not before the titles of places (雲林縣長,
        // 士林區長): the character may end the place's name. And only where ICU's dictionary
        // starts a word (not 三山國王爐主: 國王 is one).
        static constexpr CharSet k_word_tails(U"任管謝關江顧葉方于文史計程莊紀全施民康童段金萬");
        static constexpr CharSet k_place_units(U"縣市鄉鎮區里村鄰");
        // (After 感謝, 多謝 and 謝謝 too: 感謝洪里長, 謝謝江理事; but 謝謝老師 holds no 謝.)
        const bool thanks =
            p >= 6 && (util::has_at(s, p - 6, "感謝") || util::has_at(s, p - 6, "多謝") ||
                       util::has_at(s, p - 6, "謝謝"));
        // A character of k_word_tails starts a word where ICU's dictionary says so (改掛|方醫師;
        // not 賣方, 主任).
        // (Also after another title, a second hat the person wears (管委會主委傅里長), and after
        // a forum's 樓上 and 樓下, the posters above and below (樓上邱里長說的沒錯) — set240b.)
        auto second_title = [&] {
          return (p >= 6 && title_at(s, p - 6) == 6) || (p >= 9 && title_at(s, p - 9) == 9) ||
                 (p >= 6 && !util::has_at(s, p, "方") && // (頂樓下方住戶)
                  (util::has_at(s, p - 6, "樓上") || util::has_at(s, p - 6, "樓下")));
        };
        const bool boundary =
            p == 0 || !is_ideograph(s, b) || k_before_title.contains(before) ||
            k_kin_ends.contains(before) || function_word(before) || thanks || rare_dictionary ||
            after_village(p) || second_title() ||
            (len == 3 && generic && dictionary_word(s, p)) || // 那個|游|老闆, 調查|凃|員警
            (len == 6 && dictionary_starts(s, p)) ||          // 自稱|歐陽經理 (set107a)
            (len == 3 && !rare && !generic && !k_place_units.contains(word.substr(0, 3)) &&
             (k_word_tails.contains(s.substr(p, 3)) ? dictionary_word(s, p)
                                                    : dictionary_boundary(s, p)));
        // 向議員反映: 向 is "to" there. (經紀人員, 世紀, 處方醫師, 任何人員, 課程講師: the surname
        // character ends a word.)
        const bool word_end = b + 3 == p && surname_ends_word(s, p);
        // (特別感謝家長會長龔志強 — set76a; 白方教練, a go game's side — set84a; 水門管理員, a
        // flood gate's keeper — set94b; 獎助學金評審委員會 — set96b)
        // (那 before a title is "then" or "that": 訪：那阿嬤小時候, 那同學; 董監事 is the board.)
        if (boundary && !word_end && !function_word(s.substr(p, 3)) && !util::has_at(s, p, "那") &&
            !(util::has_at(s, p, "董") && word == "監事") &&
            // 車隊長: a fleet's captain; 校車司機, 公車司機: a vehicle's driver.
            !(util::has_at(s, p, "車") && (word == "隊長" || word == "司機")) &&
            // 王道長照據點: 長照 (long-term care) is the word, not the title 道長.
            !(word.ends_with("長") && util::has_at(s, start + word.size(), "照")) &&
            // (Nor a family word's shop or foundation: 湯媽媽早餐店 — set93a, 崔媽媽基金會;
            // a professional's office keeps the surname, 陳律師事務所 — set45a.)
            !(is_one_of(word, {"媽媽", "爸爸", "阿姨", "阿嬤", "阿公", "老師"}) &&
              org_word_at(s, end)) &&
            (p < 3 || nd.surname_at(s, p - 3) != 6)) {
          // (Two surnames, a married woman's, her husband's first: 交由劉陳主委 — set203b; the
          // first no function word, 向陳主委報告, and starting a word.)
          const std::size_t q = p >= 3 ? util::prev_char(s, p) : p;
          const bool married =
              len == 3 && q + 3 == p && nd.surname_at(s, q) == 3 && !nd.rare_at(s, q) &&
              !function_word(s.substr(q, 3)) &&
              (q == 0 || !is_ideograph(s, util::prev_char(s, q)) ||
               k_kin_ends.contains(s.substr(util::prev_char(s, q), q - util::prev_char(s, q))) ||
               function_word(s.substr(util::prev_char(s, q), q - util::prev_char(s, q))));
          add(out, married ? q : p, start, 0.5f, "surname+title", word);
          bracketed_name(s, p, len, end, out);
          // The given name after the title (甘里長寶珠, 聶教授承睿: a name split by its title):
          // two given-name characters that make no word, where a name ends.
          if (nd.given_at(s, end) && nd.given_at(s, end + 3) && !common_word(s.substr(end, 6)) &&
              !nd.stopwords.contains(s.substr(end, 6)) && nd.surname_at(s, end) != 6 &&
              ends_name(s, end + 6)) {
            add(out, end, end + 6, 0.6f, "given+title", word);
          }
        }
        break;
      }
      // A given name alone before the title where a sentence or a line starts (。正雄課長吃了,
      // 　　秉宏會長表示: how a newsletter names a volunteer it knows — sets 44a, 45b): two
      // given-name characters that make no word, what is no ideograph before them.
      // (Not a place's or an office's head: 宜蘭縣長, 苓雅分局長, 衛福部長.)
      static constexpr CharSet k_office_firsts(U"縣市區鄉鎮部局分處署院所校館站隊");
      if (!found && start >= 6 && !generic && !k_office_firsts.contains(word.substr(0, 3)) &&
          nd.given_at(s, start - 6) &&
          !is_one_of(s.substr(start - 6, 6),
                     {"國文", "英文", "數學", "歷史", "地理", "音樂", "美術", "體育", "自然",
                      "社會", "公民", "生物", "理化", "化學", "物理", "資訊", "輔導"}) &&
          nd.given_at(s, start - 3) && nd.surname_at(s, start - 6) == 0 &&
          !common_word(s.substr(start - 6, 6)) && !nd.stopwords.contains(s.substr(start - 6, 6)) &&
          (start == 6 || !is_ideograph(s, util::prev_char(s, start - 6))) &&
          !is_place(s.substr(start - 6, 6)) && // (last: a look-up in the gazetteer)
          std::none_of(out.begin(), out.end(),
                       [&](const Match& m) { return m.start < start && start - 6 < m.end; })) {
        add(out, start - 6, start, 0.6f, "given+title", word);
      }
    }
    const std::size_t before = out.size();
    // With a colon the word is a label (出席村民：日秀蘭、…): what follows need not end there.
    const bool colon = s.substr(end).starts_with("：") || s.substr(end).starts_with(":");
    // After the words that say a name follows, a name may begin like a word (漢名黃金城).
    // (Intro words ending in 名 or 叫, and 名字是: a cheap test for every title word found.)
    // So may a name after a field's label (父：黃金龍) and the first of a list after a colon
    // (出席里民：黃金龍、林哲維); not speech after a speaker's title and colon
    // (何俊毅里民：何時可以).
    std::size_t first = after_label(s, end);
    // (新娘 and 值班 only with a colon: 外籍新娘管太多, 值班日誌上 — a bride's and a duty's
    // words; 同行 not before 的: 同行的朋友巴奈‧庫穗 is read after 朋友.)
    if ((!colon && (word == "新娘" || word == "值班")) ||
        (word == "同行" && util::has_at(s, first, "的"))) {
      continue;
    }
    // (A school year only before the name glued to it: 四年級王承恩, not 五年級,魯凱族 of a
    // roster — set14.)
    if (word == "年級" && first != end) {
      continue;
    }
    // (係 between a title and the name, as reports write it: 授課教練係蔡宗霖.)
    if (title && util::has_at(s, first, "係") && nd.surname_at(s, first + 3) != 0) {
      first += 3;
    }
    const bool naming =
        (!title && (word.ends_with("名") || word.ends_with("叫") || word.starts_with("名字")) &&
         word != "小名" && word != "族名" && word != "英文名") ||
        word.ends_with("：") || word.ends_with(":") ||
        (colon && (util::has_at(s, first + 9, "、") || util::has_at(s, first + 12, "、")));
    // (Not right after a title glued to a name found before it: 谷俊緯技正查明後回覆 — set72b;
    // a signature's 科長　石德明 has blanks between.)
    if (name_before && !colon && is_ideograph(s, end)) {
      continue;
    }
    names_after(s, first, NameContext{true, naming}, !colon, title ? "title" : "intro", word, out);
    // A given name alone after the word and its colon, all of its field (師傅：志豪　尾款,
    // 經辦：家豪 — set309b's order cards and forms), as after a label; or with no colon where
    // the field ends after it, two blanks, a tab or the line's end (員工昱萍␠␠␠␠不明, 客服專員
    // 立雄⏎ — set314b's lost-property log and e-mails).
    auto field_ends = [&](std::size_t q) {
      return q >= s.size() || s[q] == '\r' || s[q] == '\n' || s[q] == '\t' ||
             util::has_at(s, q, "  ") || util::has_at(s, q, "　");
    };
    if ((colon ? first > end : field_ends(first + 6)) && out.size() == before &&
        given_name_alone(s, first)) {
      add(out, first, first + 6, 0.6f, "title-given", word);
    }
    // A name in Chinese characters after 中文名, 漢名 or 日本名 need not start with a surname
    // (中文名瑪莉, 中文名安明福, 日本名柳川太郎 — sets 72a, 73a): two to four characters that end
    // where the clause or the bracket does.
    // (Glued to the word: not a header's 漢名,性別; nor what a form says of the field: 中文名未填,
    // 漢名加族名; nor a question, 中文名字是什麼啦 — set33a.)
    static constexpr CharSet k_not_names(
        U"未無不欄及或與和的加名族填登什啥寫拼怎"); // (寫法 — set144a)
    if (!title && out.size() == before && first == end &&
        (word == "中文名" || word == "漢名" || word == "日本名")) {
      // (字 and 是 after it: 中文名字莎蒂, 中文名字是黛薇.)
      std::size_t from = first + (util::has_at(s, first, "字") ? 3 : 0);
      from += util::has_at(s, from, "是") || util::has_at(s, from, "為") ? 3 : 0;
      std::size_t e = from;
      while (e < s.size() && e - from < 15 && is_ideograph(s, e) && !stops_name(s.substr(e, 3)) &&
             !k_not_names.contains(s.substr(e, 3))) {
        e += 3;
      }
      if (e - from >= 6 && e - from <= 12 && (e >= s.size() || !is_ideograph(s, e))) {
        add(out, from, e, 0.7f, "intro", word);
      }
    }
    // A surname alone after a title, standing as a word (巡佐潘, 郵務士楊（M2217）, 檢查員 易 附記,
    // 偵查佐溫、警員章佳穎): how duty logs and signatures name officers; so after an intro word
    // and its colon (初審：曾　　複審：江).
    if ((title || colon) && out.size() == before && first < s.size()) {
      const patterns::NameData& names = patterns::name_data();
      const std::size_t e = first + 3;
      // (Also before a verb or an adverb that follows a subject, after a title: 護理長喬還在嗎,
      // 店長邱說 — not any character that stops a name: 代書費及規費, 阿嬤周年; and before a
      // comma where the title starts a CSV field: ,店長邱,(04)2522-….)
      static constexpr CharSet k_after_lone_surname(U"說還也就都又講回來去才會");
      // (A rarer surname glued to the title with nothing of a sentence after it is none: 社工司
      // is a ministry's department.)
      const bool surname =
          names.surname_at(s, first) == 3 ||
          (names.rare_at(s, first) && names.surname_at(s, first) == 0 &&
           !k_single_words.contains(s.substr(first, 3)) &&
           (first != end || colon || k_after_lone_surname.contains(s.substr(e, 3))));
      const bool field_title = start == 0 || s[start - 1] == ',' || s[start - 1] == '"';
      // (陳 and 曾 stop a name in prose; a field after a colon holds them as surnames: 初審：曾.)
      // (費 after a title is its fee: 講師費 — set44a.)
      if (surname && e <= s.size() && !function_word(s.substr(first, 3)) &&
          !(first == end && util::has_at(s, first, "費")) &&
          (!stops_name(s.substr(first, 3)) || colon) &&
          (e == s.size() || s[e] == ' ' || s[e] == '\t' || s[e] == '\r' || s[e] == '\n' ||
           s[e] == '(' || ((colon || field_title) && s[e] == ',') || (colon && s[e] == '<') ||
           is_one_of(s.substr(e, 3), {"、", "，", "。", "　", "｜"}) ||
           (title && first == end && k_after_lone_surname.contains(s.substr(e, 3))))) {
        // (Not a letter-spaced word or label: 委員 高 雄 市 政府, 主　席：…　紀　錄：.)
        const std::size_t q = util::skip_blanks(s, e);
        const bool spaced_label =
            q != e && util::name_char_kind(s.data(), s.data() + q, s.data() + s.size()) ==
                          util::NameChar::label_end;
        if (!spaced_label && (q == e || !is_ideograph(s, q) ||
                              !(q + 3 == s.size() || util::skip_blanks(s, q + 3) != q + 3))) {
          add(out, first, e, 0.5f, "title+surname", word);
        }
      }
    }
    // A Chinese name given to a foreigner after 中文名 (瑪莉瑟, 努兒): any two to four ideographs
    // up to punctuation or a bracket; also after 中文名字是, 中文名叫 (我叫Dewi Lestari，中文名字是
    // 黛薇，現在住在).
    std::size_t chinese_name = first;
    if (word == "中文名" && out.size() == before && first == end) {
      chinese_name += util::has_at(s, chinese_name, "字") ? 3 : 0;
      chinese_name += util::has_at(s, chinese_name, "是") || util::has_at(s, chinese_name, "叫") ||
                              util::has_at(s, chinese_name, "為")
                          ? 3
                          : 0;
      chinese_name = chinese_name == end ? end : util::skip_blanks(s, chinese_name);
    }
    if (word == "中文名" && out.size() == before && chinese_name > end && chinese_name < s.size()) {
      std::size_t e = chinese_name;
      while (e < chinese_name + 12 && is_ideograph(s, e)) {
        e += 3;
      }
      // (Not what a sentence goes on with: 她中文名字我不知道, 中文名為本人自取.)
      // (Nor a header's next column: 中文名,居留證號,國籍 — set100b.)
      static constexpr CharSet k_not_in_name(U"我你他她不沒是的了也都人證號籍期話址欄");
      bool sentence = false;
      for (std::size_t k = chinese_name; k < e; k += 3) {
        sentence = sentence || k_not_in_name.contains(s.substr(k, 3));
      }
      if (e - chinese_name >= 6 && e - chinese_name <= 12 && !is_ideograph(s, e) && !sentence &&
          !is_place(s.substr(chinese_name, e - chinese_name)) &&
          (e == s.size() || s[e] == ')' || s[e] == ',' || util::has_at(s, e, "，") ||
           util::has_at(s, e, "、") || util::has_at(s, e, "）"))) {
        add(out, chinese_name, e, 0.75f, "intro", word);
      }
    }
    // 叫做 names things as well (這種病叫做高血壓): a name after it needs a given-name character.
    if (word == "叫做" && out.size() > before) {
      const patterns::NameData& names = patterns::name_data();
      const Match& m = out.back();
      if (!names.given_at(s, m.end - 3) && !names.given_at(s, m.end - 6)) {
        out.pop_back();
      }
    }
    // A child's whole name right before 家長 (一年四班　黃梓晴家長　黃國榮: a class's list of
    // parents), standing as a word.
    if (word == "家長") {
      for (std::size_t len : {12u, 9u}) {
        bool surname_only = false;
        const std::size_t p = start - std::min<std::size_t>(start, len);
        const std::size_t prev = p == 0 ? 0 : util::prev_char(s, p);
        if (start >= len &&
            (p == 0 || !is_ideograph(s, prev) ||
             is_one_of(s.substr(prev, p - prev), {"班", "、", "，", "："})) &&
            name_end(s, p, &surname_only, NameContext{true, false, true}) == start &&
            !surname_only &&
            (len == 9 || nd.surname_at(s, p) == 6 ||
             nd.surname_at(s, p + nd.surname_at(s, p)) == 3)) {
          add(out, p, start, 0.7f, "name+kin", word);
          break;
        }
      }
    }
    given_names_by_kin(s, start, end, word, out.size() == before, out);
    if (out.size() == before &&
        is_one_of(word, {"小名", "綽號", "暱稱", "外號", "叫他", "叫她", "叫我", "叫孩子"})) {
      nickname_after(s, end, word, out);
    }
  }
}

// The name a letter is signed with: 王小明　敬上, 陳林秀英謹啟 (`at` is 敬 or 謹), standing alone
// after a blank, punctuation or the start of the line.
void before_signature(std::string_view s, std::size_t at, std::vector<Match>& out) {
  const std::size_t e = util::skip_blanks_back(s, at);
  for (std::size_t len : {12u, 9u, 6u}) {
    if (e < len) {
      continue;
    }
    const std::size_t p = e - len;
    bool surname_only = false;
    if ((p == 0 || !is_ideograph(s, util::prev_char(s, p))) &&
        name_end(s, p, &surname_only, NameContext{true, false, true}) == e && !surname_only) {
      std::string_view word = "敬上"; // the cue as a literal: `s` does not outlive the match
      for (std::string_view w : {"敬啟", "謹上", "謹啟"}) {
        word = s.substr(at, 6) == w ? w : word;
      }
      add(out, p, e, 0.8f, "signature", word);
      return;
    }
  }
}

// A surname given alone after 姓 (她姓游，, 據悉姓黃）): how a neighbour or an official names
// someone whose full name is not known; and before 姓 followed by who the person is (吳姓男子,
// 林姓老婦, 張簡姓女子): how news and replies half hide a name, still a part of it that every
// blind set's writer counted (the surname is masked, 姓男子 kept). Not 百姓, 同姓, 貴姓, 姓名,
// 姓氏, 冠姓權, 林姓宗親會, 陳姓家族, 祭祀公業蘇姓福德祠.
void after_xing(std::string_view s, std::size_t at, std::vector<Match>& out) {
  const patterns::NameData& nd = patterns::name_data();
  for (std::size_t len : {6u, 3u}) {
    const std::size_t p = at - std::min<std::size_t>(at, len);
    // (Also in brackets: 負責人（蔡姓）; and 盧姓人士.)
    const bool bracketed = p > 0 && s[p - 1] == '(' && at + 3 < s.size() && s[at + 3] == ')';
    // (A rarer surname too where it starts a word: 現場操作之卜姓男子.)
    const bool rare = len == 3 && at >= 3 && nd.surname_at(s, p) == 0 && nd.rare_at(s, p) &&
                      word_starts(s, p) &&
                      is_one_of(s.substr(at + 3, 3), {"男", "女", "婦", "老", "少", "民", "學"});
    if (at >= len && (nd.surname_at(s, p) == len || rare) && s.substr(p, 3) != "冠" &&
        (bracketed || util::has_at(s, at + 3, "人士") ||
         (is_ideograph(s, at + 3) &&
          !is_one_of(s.substr(at + 3, 3),
                     {"名", "氏", "的", "之", "與", "及", "和", "或", "權", "宗",
                      "家", "族", "人", "者", "為", "是", "不", "何", "什", "啥"}))) &&
        // (Nor a clan's trust: 祭祀公業蘇姓福德祠 — set73b.)
        !(p >= 12 && util::has_at(s, p - 12, "祭祀公業"))) {
      add(out, p, at, 0.5f, "surname+姓", "姓");
      break;
    }
  }
  // (國姓 is a township too: 國姓段712-3地號 — set119a.)
  if (at >= 3 && is_one_of(s.substr(at - 3, 3),
                           {"百", "同", "貴", "複", "單", "冠", "改", "老", "雙", "國"})) {
    return;
  }
  const std::size_t p = at + 3;
  const std::size_t len = nd.surname_at(s, p) != 0 ? nd.surname_at(s, p) : nd.rare_at(s, p) ? 3 : 0;
  if (len == 0 || is_one_of(s.substr(p, 3), {"名", "氏"})) {
    return;
  }
  const std::size_t e = p + len;
  if (e == s.size() || !is_ideograph(s, e) || is_one_of(s.substr(e, 3), {"的", "先", "小", "女"})) {
    add(out, p, e, 0.6f, "after-xing", "姓");
    // And the nickname whose surname it tells, where a clause starts (大頭姓戴，, 阿坤姓林 —
    // set74b): nickname_pair.
    if (at >= 6 &&
        (at == 6 || !is_ideograph(s, util::prev_char(s, at - 6)) ||
         function_word(
             s.substr(util::prev_char(s, at - 6), at - 6 - util::prev_char(s, at - 6)))) &&
        nickname_pair(s, at - 6)) {
      add(out, at - 6, at, 0.6f, "nickname", "姓");
    }
  }
}

// A student named by the surname and 生 in school records (潘生與同學柯宇軒相撞, 致司徒生鼻部流血,
// 劉生表示): the surname starts a word and what follows 生 is punctuation, a particle or a verb
// that follows a subject (not 生活, 生日, 生產, and not 生於: born in).
void student(std::string_view s, std::size_t at, std::vector<Match>& out) {
  const patterns::NameData& nd = patterns::name_data();
  const std::size_t p = at >= 6 && nd.surname_at(s, at - 6) == 6   ? at - 6
                        : at >= 3 && nd.surname_at(s, at - 3) == 3 ? at - 3
                                                                   : npos;
  if (p == npos ||
      is_one_of(s.substr(p, 3), {"余", "高", "方", "甘", "蘇", "金", "畢", "武", "丁"})) {
    return; // 余生, 高生產, 方生方死, 蘇生, 武生: words; 甲生 乙生 丙生 丁生: students A-D
  }
  const std::size_t prev = p == 0 ? 0 : util::prev_char(s, p);
  const bool starts_word =
      p == 0 || !is_ideograph(s, prev) || k_before_name.contains(s.substr(prev, p - prev));
  const std::string_view next = s.substr(at + 3, 3);
  const bool ends =
      !is_ideograph(s, at + 3) ||
      ((stops_name(next) || k_after_name.contains(next) ||
        is_one_of(next, {"無", "跌", "鼻", "頭", "手", "腳", "臉", "哭", "受", "遭", "被"})) &&
       next != "於" && next != "生" && next != "日" && next != "產" &&
       next != "前"); // (生前: before a death — 沈主任生前曾交代, set114b)
  if (starts_word && ends) {
    add(out, p, at, 0.5f, "surname+生", "生");
  }
}

// A death notice's list of the family, a line each (孝　孫　冠宇　冠廷　品妍, 外　孫　蕭宇辰,
// 孝　男　龔建國　龔建民): after its kinship label, letter-spaced or not, given names of two
// characters and whole names, blanks between. Only labels no other text starts a line with
// (孝男, 孝孫, 外孫, 曾孫, 護喪妻, 孤哀子 …).
void death_notice_family(std::string_view s, std::vector<Match>& out) {
  const patterns::NameData& nd = patterns::name_data();
  std::size_t p = util::skip_blanks(s, 0);
  std::string label;
  static constexpr CharSet k_label(U"孝男女孫媳婿外曾護喪妻夫孤哀子姪甥胞兄弟姊妹");
  while (p < s.size() && k_label.contains(s.substr(p, 3)) && label.size() < 12) {
    label.append(s.substr(p, 3));
    p += 3;
    // 孝　孫: one blank inside the label, before a single character (not 曾　孫　子翔's 子).
    if (p + 5 <= s.size() && s[p] == ' ' && s[p + 1] != ' ' &&
        k_label.contains(s.substr(p + 1, 3)) && label.size() < 9 &&
        (p + 4 == s.size() || !is_ideograph(s, p + 4))) {
      ++p;
    }
  }
  static constexpr std::string_view k_labels[] = {
      "孝男",   "孝女", "孝媳",   "孝婿",   "孝孫",   "孝孫女", "孝孫媳", "孝曾孫", "外孫",
      "外孫女", "曾孫", "曾孫女", "護喪妻", "護喪夫", "孤哀子", "孤子",   "哀子",   "孝姪"};
  // Plain kinship words label such a list too, with the notice's wide spacing after them (孫　　洪
  // 志豪　志明, 婿　　林正義　張國棟): two blanks at least, where other text has one or none.
  static constexpr std::string_view k_plain[] = {"孫", "孫女", "婿",   "孫婿", "女婿", "媳",
                                                 "子", "女",   "長子", "次子", "長女", "次女"};
  // Or the labels glued to the names in a list that 、 or ， joins, after a colon perhaps (孝眷：
  // 孝孫古雅婷、孝女陸睿恩、孝男連添丁 — set270a's road-occupation application for a funeral).
  if (s.find("、孝") != npos || s.find("：孝") != npos) {
    for (std::size_t q = 0; q < s.size();) {
      std::size_t best = 0;
      for (std::string_view w : k_labels) {
        best = util::has_at(s, q, w) && w.size() > best ? w.size() : best;
      }
      const std::size_t a = q + best;
      bool surname_only = false;
      const std::size_t e =
          best == 0 ? npos : name_end(s, a, &surname_only, NameContext{true, true, true});
      if (e != npos && !surname_only && e - a >= 6 &&
          (e == s.size() || s[e] == '\r' || s[e] == '\n' || s[e] == '(' ||
           util::has_at(s, e, "、") || util::has_at(s, e, "，") || util::has_at(s, e, "。")) &&
          !name_overlaps(out, a, e)) {
        add(out, a, e, 0.7f, "death-notice", "孝");
      }
      // The next item: after 、, ， or ：.
      std::size_t next = npos;
      for (std::string_view sep : {"、", "，", "："}) {
        const std::size_t f = s.find(sep, q + 1);
        next = f != npos && (next == npos || f < next) ? f + sep.size() : next;
      }
      q = next == npos ? s.size() : next;
    }
  }
  const bool plain = std::find(std::begin(k_plain), std::end(k_plain), label) != std::end(k_plain);
  if ((std::find(std::begin(k_labels), std::end(k_labels), label) == std::end(k_labels) &&
       !(plain && util::skip_blanks(s, p) >= p + 2)) ||
      p >= s.size() || s[p] != ' ') {
    return;
  }
  for (p = util::skip_blanks(s, p); p < s.size() && is_ideograph(s, p);) {
    std::size_t e = p;
    while (e < s.size() && is_ideograph(s, e) && e - p <= 12) {
      e += 3;
    }
    bool surname_only = false;
    const bool whole =
        e - p >= 9 && name_end(s, p, &surname_only, NameContext{true, true, true}) == e;
    const bool given =
        e - p == 6 && (nd.given_at(s, p) || nd.given_at(s, p + 3)) && !common_word(s.substr(p, 6));
    if (whole || given) {
      add(out, p, e, whole ? 0.7f : 0.6f, "death-notice", label == "外孫" ? "外孫" : "孝");
    }
    if (e >= s.size() || s[e] != ' ') {
      break; // (a bracket after a name ends the list: 龔淑芬（適蕭）)
    }
    p = util::skip_blanks(s, e);
  }
}

// A death notice's names (訃聞, 謝啟), in forms no other text uses: the given name after 諱 and
// the surname before 公諱 (林公諱金水府君), the married and the maiden surname before 太夫人
// (陳母林太夫人), a married daughter's husband's surname (林美玲（適王）) and the children's given
// names after 不孝 (不孝志明等隨侍在側). Given names 0.6, surnames 0.6.
void death_notice(std::string_view s, std::vector<Match>& out) {
  const patterns::NameData& nd = patterns::name_data();
  // The surname ending at `e` (two characters first: 歐陽), where a word starts, or npos.
  auto surname_before = [&](std::size_t e) {
    for (std::size_t len : {6u, 3u}) {
      if (e >= len && nd.surname_at(s, e - len) == len) {
        return e - len;
      }
    }
    return npos;
  };
  // One or two given-name characters at p up to a name's end, or npos (諱秀琴, 諱金水府君; `any`
  // ideograph but a stop after 諱, which names no one else: 金 and 水 are in no list).
  auto given_end = [&](std::size_t p, bool any) {
    std::size_t e = p;
    while (e < p + 6 && (any ? is_ideograph(s, e) && !stops_name(s.substr(e, 3)) &&
                                   !is_one_of(s.substr(e, 3), {"府", "公"})
                             : nd.given_at(s, e))) {
      e += 3;
    }
    const bool ends = !is_ideograph(s, e) || stops_name(s.substr(e, 3)) ||
                      is_one_of(s.substr(e, 3), {"府", "老", "公", "先", "女", "字", "號", "罪"});
    return e > p && ends ? e : npos;
  };
  for (std::size_t h = s.find("諱"); h != npos; h = s.find("諱", h + 3)) {
    // (After the deceased, or standing alone: not 忌諱, 避諱, 直言不諱.)
    const std::size_t prev = h == 0 ? 0 : util::prev_char(s, h);
    if (h > 0 && is_ideograph(s, prev) &&
        !is_one_of(s.substr(prev, h - prev), {"公", "人", "君", "翁", "氏", "母", "媼"})) {
      continue;
    }
    if (const std::size_t e = given_end(h + 3, true); e != npos) {
      add(out, h + 3, e, 0.6f, "death-notice", "諱");
    }
    if (h >= 3 && util::has_at(s, h - 3, "公")) {
      if (const std::size_t b = surname_before(h - 3); b != npos) {
        add(out, b, h - 3, 0.6f, "death-notice", "公諱");
      }
    }
  }
  for (std::size_t t = s.find("太夫人"); t != npos; t = s.find("太夫人", t + 9)) {
    const std::size_t y = surname_before(t); // 陳母林太夫人: 林 her own, 陳 her husband's
    if (y == npos) {
      continue;
    }
    if (y >= 3 && util::has_at(s, y - 3, "母")) {
      if (const std::size_t x = surname_before(y - 3); x != npos) {
        add(out, x, y - 3, 0.6f, "death-notice", "太夫人");
      }
    } else if (y > 0 && is_ideograph(s, util::prev_char(s, y))) {
      continue; // (a word that ends in a surname character: not a name)
    }
    add(out, y, t, 0.6f, "death-notice", "太夫人");
  }
  for (std::size_t a = s.find("(適"); a != npos; a = s.find("(適", a + 4)) {
    const std::size_t len = nd.surname_at(s, a + 4);
    if (len != 0 && a + 4 + len < s.size() && s[a + 4 + len] == ')') {
      add(out, a + 4, a + 4 + len, 0.6f, "death-notice", "適");
    }
  }
  for (std::size_t b = s.find("不孝"); b != npos; b = s.find("不孝", b + 6)) {
    // (Also a list, blanks between: 不孝　建國　建民　等罪孽深重.)
    for (std::size_t p = util::skip_blanks(s, b + 6); p < s.size();) {
      const std::size_t e = given_end(p, false);
      if (e != p + 6 || !(util::has_at(s, e, "等") || !is_ideograph(s, e))) {
        break; // (not 不孝子孫: 子 and 孫 are no given name)
      }
      add(out, p, e, 0.6f, "death-notice", "不孝");
      if (e >= s.size() || s[e] != ' ') {
        break;
      }
      p = util::skip_blanks(s, e);
    }
  }
}

// A surname and the word news, police and court papers half hide a person with (林婦信以為真,
// 逮捕王嫌, 魏女表示, 賴男稱, 鄭董): the surname is the name there, as with 林姓. Not in words
// (孫女, 古董), and not before what makes 女/男 a word (女性, 男方, 婦女, 董事, 嫌疑). Not X員:
// that is how agencies name their own staff in what they publish (陳員, 林員 in the circulars),
// and set1's writer counted it a look-alike where set8's counted it a name.
void shorthand(std::string_view s, std::size_t at, std::vector<Match>& out) {
  const patterns::NameData& nd = patterns::name_data();
  const std::size_t p = at >= 6 && nd.surname_at(s, at - 6) == 6   ? at - 6
                        : at >= 3 && nd.surname_at(s, at - 3) == 3 ? at - 3
                                                                   : npos;
  if (p == npos || (p >= 3 && nd.surname_at(s, p - 3) == 6)) {
    return;
  }
  const char32_t c = util::cp3(s.data() + at);
  const std::string_view surname = s.substr(p, at - p);
  const std::string_view next = s.substr(at + 3, 3);
  switch (c) {
  case U'女':
  case U'男':
    // (高女, 高男 alone in a cell are a contest's high-school groups — set173b's archery; not
    // 高女（29歲）, the news's.)
    if (is_one_of(surname, {"孫", "龍", "石", "宋"}) ||
        (surname == "高" &&
         (at + 3 >= s.size() || std::string_view("<\t,| \r\n").find(s[at + 3]) != npos)) ||
        (is_ideograph(s, at + 3) &&
         std::u32string_view(U"性子士兒生孩童工方權友人女男裝廁星神主傭警僕校籃排足單雙聲高中大"
                             U"老青少同眷嬰")
                 .find(util::cp3(s.data() + at + 3)) != std::u32string_view::npos)) {
      return;
    }
    break;
  case U'婦':
    if (is_one_of(next, {"女", "產", "幼", "聯", "科"})) { // (黃婦人說: a name still)
      return;
    }
    break;
  case U'嫌':
    if (is_one_of(next, {"疑", "犯", "惡", "棄", "隙"})) {
      return;
    }
    break;
  case U'董':
    // (Nor 董君, 董先生: 董 is the surname there, after 感謝 — 感謝董君來信, set247b.)
    if (std::size_t hl = 0; is_one_of(surname, {"古", "骨"}) ||
                            is_one_of(next, {"事", "座", "監"}) || honorific_at(s, at + 3, &hl)) {
      return;
    }
    break;
  default:
    return;
  }
  add(out, p, at, 0.5f, "surname+shorthand", "");
}

// A whole name before 的 and a kinship word (五年三班曾承翰的媽媽, 陳小明的家長), or before 之 and
// one as legal writing relates people (彭美蓮為彭添壽之長女, 係王大明之子。), or before 的 or 之
// and what a person's record holds (之身分證, 的電話): three characters, or a compound surname and
// two.
void before_de_kin(std::string_view s, std::size_t at, std::vector<Match>& out) {
  const patterns::NameData& nd = patterns::name_data();
  std::string_view kin; // a literal: `s` does not outlive the match
  // (A record's word: 顏東昇的號碼0986074750已停用, 張月安之身分證原誤植 — set218a, set218b.)
  for (std::string_view w :
       {"身分證", "身份證", "電話", "手機", "號碼", "生日", "出生", "住址", "地址", "戶籍"}) {
    kin = s.substr(at + 3, w.size()) == w ? w : kin;
  }
  // (The name before it is looked for more strictly below: 處方箋上的, 公文附件之, 任何個人之 are
  // no names.)
  const bool record = !kin.empty();
  if (!record && util::has_at(s, at, "的")) {
    for (std::string_view w :
         {"媽媽", "爸爸", "家長", "母親", "父親", "阿嬤", "阿公", "奶奶", "爺爺"}) {
      kin = s.substr(at + 3, 6) == w ? w : kin;
    }
  } else if (!record) {
    static constexpr std::string_view k_kin[] = {
        "長女", "長子", "次女", "次子", "三女", "三子", "四女", "四子", "養女", "養子",
        "孫女", "孫子", "外孫", "胞弟", "胞兄", "胞妹", "胞姊", "配偶", "遺孀", "媳婦"};
    for (std::string_view w : k_kin) {
      kin = s.substr(at + 3, 6) == w ? w : kin;
    }
    // (One character only where the sentence goes on with no word, or with the relative's name:
    // 之子。, 之妻，, 沈添丁之子沈昱辰承接 — set140b; not 之子公司.)
    bool relative_named = false;
    if (kin.empty() && is_ideograph(s, at + 6)) {
      bool surname_only = false;
      relative_named =
          name_end(s, at + 6, &surname_only, NameContext{true, false}) != npos && !surname_only;
      // (Nor where the surname before ends a word: 主張臺端之子, 照顧資方之孫 — sets 15, 55.)
      for (std::size_t len : {12u, 9u}) {
        relative_named = relative_named && !(at >= len && surname_ends_word(s, at - len));
      }
    }
    if (kin.empty() && (!is_ideograph(s, at + 6) || relative_named)) {
      for (std::string_view w : {"子", "女", "妻", "夫", "母", "父", "孫", "媳"}) {
        kin = s.substr(at + 3, 3) == w ? w : kin;
      }
    }
  }
  if (kin.empty()) {
    return;
  }
  for (std::size_t len : {12u, 9u}) {
    bool surname_only = false;
    const std::size_t p = at - std::min(at, len);
    if (at >= len && !function_word(s.substr(p, 3)) && (len == 9 || nd.surname_at(s, p) == 6) &&
        name_end(s, p, &surname_only, NameContext{true, false}) == at && !surname_only &&
        (!record || (word_starts(s, p) && (nd.given_at(s, at - 6) || nd.given_at(s, at - 3)) &&
                     !nd.stopwords.contains(s.substr(p, 6)) &&
                     !is_one_of(s.substr(at - 3, 3), {"中", "上", "內", "下"})))) {
      add(out, p, at, 0.7f, "name+kin", kin);
      return;
    }
  }
  // A child's given name after 我是 (我是以恩的爸爸, 我是宥辰的媽媽: parents to a class).
  if (at >= 12 && util::has_at(s, at - 12, "我是") && nd.given_at(s, at - 6) &&
      nd.given_at(s, at - 3) && !common_word(s.substr(at - 6, 6)) &&
      !nd.stopwords.contains(s.substr(at - 6, 6))) {
    add(out, at - 6, at, 0.6f, "given+kin", kin);
  }
}

std::size_t unit_prefix(std::string_view s, std::size_t i, std::size_t e);

// A speaker in minutes: a name alone at the start of a line before a colon (　　王大明：我反對,
// A棟2樓呂宗憲：…; a unit before it is left out), or a surname alone (丁：, 委員胡：). Not a place
// or a word (高雄：, 陳情：).
[[gnu::noinline]] void speaker(std::string_view s, std::vector<Match>& out) {
  std::size_t p = 0;
  // (Blanks, and the tags of an HTML line before its text: <p>委員胡：, <p>　王大明：.)
  for (bool more = true; more && p < s.size();) {
    more = false;
    if (s[p] == ' ' || s[p] == '\t') {
      ++p, more = true;
    } else if (s[p] == '<') {
      const std::size_t close = s.find('>', p);
      if (close != npos && close - p <= 24) {
        p = close + 1, more = true;
      }
    }
  }
  // A forum post's number before its author (#1 魏瑜：, 2樓 張翔：): a two-character name then
  // counts too (set261a's swimming-test board).
  bool post = false;
  if (p < s.size() && (s[p] == '#' || util::is_digit(s[p]))) {
    std::size_t q = s[p] == '#' ? p + 1 : p;
    const std::size_t digits = q;
    while (q < s.size() && util::is_digit(s[q])) {
      ++q;
    }
    q += q > digits && s[p] != '#' && util::has_at(s, q, "樓") ? 3 : 0;
    if (q > digits && (s[p] == '#' || util::has_at(s, q - 3, "樓")) && q < s.size() &&
        s[q] == ' ') {
      post = true;
      p = q + 1;
    }
  }
  if (p >= s.size() || (!is_ideograph(s, p) && !util::is_alnum(s[p]))) {
    return;
  }
  // : or the lead byte of ：, within the first 40 bytes (a byte loop: find_first_of calls
  // memchr on its set for every byte).
  std::size_t colon = npos;
  for (std::size_t k = p; k < s.size() && k < p + 42; ++k) {
    if (s[k] == ':' || s[k] == '\xEF') {
      colon = k;
      break;
    }
  }
  if (colon == npos) {
    return;
  }
  if (s[colon] != ':' && !util::has_at(s, colon, "：")) {
    return;
  }
  std::size_t a = colon > p ? p + unit_prefix(s, p, colon) : p;
  while (a < colon && s[a] == ' ') {
    ++a;
  }
  bool surname_only = false;
  if (a < colon && colon - a >= 9 && colon - a <= 12 && // (three or four characters: not 丁生)
      name_end(s, a, &surname_only, NameContext{true, false, true}) == colon && !surname_only &&
      !is_place(s.substr(a, colon - a)) && colon + 3 < s.size() &&
      // (Not an item of the agenda: 第五案：, read as 第五 and a given name — set56b.)
      !is_one_of(s.substr(colon - 3, 3), {"案", "條", "項", "點", "屆"}) &&
      // (Nor a form's field whose word ends it: 習武經歷：太極拳三年 — set143b.)
      !is_one_of(s.substr(colon - 6, 6),
                 {"經歷", "資料", "事項", "說明", "日期", "地點", "時間", "內容", "原因", "名稱",
                  "項目", "方式", "備註", "狀況", "情形", "意見", "經過", "專長"})) {
    add(out, a, colon, 0.7f, "speaker", "");
    return;
  }
  const patterns::NameData& nd = patterns::name_data();
  if (post && colon == a + 6 && colon + 3 < s.size() && nd.surname_at(s, a) == 3 &&
      nd.given_at(s, a + 3) && !common_word(s.substr(a, 6)) &&
      !nd.stopwords.contains(s.substr(a, 6)) && !is_place(s.substr(a, 6))) {
    add(out, a, colon, 0.6f, "speaker", "");
    return;
  }
  // A transcript's speaker named by surname alone, a title before it perhaps (丁：我父親…, 委員
  // 胡：請聲請人說明, 　　龔：如擬 — sets 16, 51b: seven such lines, each someone's).
  // (The surname first: most lines with a colon near their start are a label's, 姓名：.)
  if (colon >= p + 3 && colon + 3 < s.size() &&
      patterns::name_data().surname_at(s, colon - 3) == 3 &&
      (colon - 3 == p || p + title_at(s, p) == colon - 3 ||
       (colon - 3 == p + 6 && util::has_at(s, p, "主席")))) { // (主席鄭： — set56b)
    add(out, colon - 3, colon, 0.5f, "speaker", "");
  }
}

// A whole name that opens a line and is followed, after blanks, by an amount or a date: a
// donation roll (　　姜新發　新臺幣１２，０００元), a birthday list (康金水　民國26年7月). Three
// characters or more (not 黃金　1兩), any given characters: the layout is the cue.
void entry_line(std::string_view s, std::vector<Match>& out) {
  auto blanks_end = [&](std::size_t p) {
    while (p < s.size() && (s[p] == ' ' || util::has_at(s, p, "　"))) {
      p += s[p] == ' ' ? 1 : 3;
    }
    return p;
  };
  const std::size_t p = blanks_end(0);
  // The name's end is the first blank, three to five characters on (found before the name is
  // read: most lines of a dense roster start with a name and go on with no amount or date).
  std::size_t e = p;
  for (const std::size_t lim = std::min(s.size(), p + 16); e < lim; ++e) {
    if (s[e] == ' ' || (s[e] == '\xE3' && util::has_at(s, e, "　"))) {
      break;
    }
  }
  const std::size_t v = blanks_end(e);
  if (e - p < 9 || e - p > 15 || v == s.size() || v == e) {
    return;
  }
  const std::string_view rest = s.substr(v);
  bool value = rest.starts_with("新臺幣") || rest.starts_with("新台幣") || rest.starts_with("NT") ||
               rest.starts_with("$");
  if (!value && util::is_digit(rest[0])) {
    std::size_t d = 0;
    while (d < rest.size() && (util::is_digit(rest[d]) || rest[d] == ',')) {
      ++d;
    }
    value = util::has_at(rest, d + (d < rest.size() && rest[d] == ' ' ? 1 : 0), "元");
  }
  if (!value && (util::is_digit(rest[0]) || util::has_at(rest, 0, "民") ||
                 (rest.size() >= 3 && util::is_chinese_numeral(util::cp3(rest.data()))))) {
    std::size_t t = 0; // the next token: a date?
    while (t < rest.size() && rest[t] != ' ' && rest[t] != '\r' && !util::has_at(rest, t, "　")) {
      ++t;
    }
    value = t > 0 && is_birth_cell(rest.substr(0, t)); // (also 民國26年7月)
  }
  if (!value) {
    return;
  }
  // (Not a counter: 第五屆　民國一一三年, a compound surname and a numeral before it.)
  bool surname_only = false;
  if (name_end(s, p, &surname_only, NameContext{true, false, true}) == e && !surname_only &&
      !is_one_of(s.substr(e - 3, 3),
                 {"屆", "期", "次", "年", "號", "輪", "梯", "週", "季", "任"}) &&
      !is_place(s.substr(p, e - p))) {
    add(out, p, e, 0.7f, "entry-line", "");
  }
}

// A name that is an item of a numbered list at the start of the line: 1. 連金龍（第3鄰）,
// 2、何燕玲, (3) 沈文彬, （一）徐金財, ### 2. 張勝利（虎尾鎮）, 1. 吳范語彤，54歲: standing alone
// (a bracket, a blank, a colon or a comma after it).
void list_item(std::string_view s, std::vector<Match>& out) {
  std::size_t p = 0;
  while (p < s.size() && s[p] == ' ') {
    ++p;
  }
  // (After a Markdown heading's marks: ### 2. 張勝利（虎尾鎮）.)
  if (p < s.size() && s[p] == '#') {
    while (p < s.size() && s[p] == '#') {
      ++p;
    }
    if (p == s.size() || s[p] != ' ') {
      return;
    }
    while (p < s.size() && s[p] == ' ') {
      ++p;
    }
  }
  // Or a numbered heading in 【】 (【座號４】溫采潔, a class directory): the name alone after it.
  if (util::has_at(s, p, "【")) {
    const std::size_t close = s.find("】", p);
    if (close == npos || close - p > 24 ||
        std::none_of(s.begin() + p, s.begin() + close, util::is_digit)) {
      return;
    }
    const std::size_t q = util::skip_blanks(s, close + 3);
    bool surname_only = false;
    const std::size_t e = name_end(s, q, &surname_only, NameContext{true, false, true});
    if (e != npos && !surname_only && e - q >= 9 && !is_place(s.substr(q, e - q)) &&
        (e == s.size() || s[e] == '\r' || s[e] == '\n' || s[e] == '(' || s[e] == ' ')) {
      add(out, q, e, 0.75f, "list-item", "");
    } else if (const std::size_t l = latin_name_end(s, q, true, 2); l != npos) {
      add(out, q, l, 0.75f, "list-item", ""); // 【座號５】Pilin Yudaw（比林）
    }
    return;
  }
  // Or a bullet and a blank (- 游炳煌　10,000元, * 林美玉（第3鄰）): a list of donors or members.
  const bool bullet = p + 1 < s.size() && (s[p] == '-' || s[p] == '*') && s[p + 1] == ' ';
  const bool bracket = !bullet && p < s.size() && s[p] == '(';
  p += bracket ? 1 : 0;
  const std::size_t n = p;
  if (bullet) {
    p += 2;
  } else {
    while (p < s.size() &&
           (util::is_digit(s[p]) ||
            (p + 3 <= s.size() && util::is_chinese_numeral(util::cp3(s.data() + p))))) {
      p += util::is_digit(s[p]) ? 1 : 3;
    }
    if (p == n || p - n > 6) {
      return;
    }
    if (bracket ? s.substr(p, 1) == ")"
                : (s.substr(p, 1) == "." || s.substr(p).starts_with("、"))) {
      p += s[p] == ')' || s[p] == '.' ? 1 : 3;
    } else {
      return;
    }
  }
  while (p < s.size() && s[p] == ' ') {
    ++p;
  }
  // A Latin name as the item (2. Sri Wahyuni（印尼籍，…, 3. Phạm Quốc Bảo — sinh năm 2000):
  // two words or more before a bracket, a dash or a colon; one word in capitals only before a
  // bracket that gives a nationality (1. BUDIYANTO（印尼籍）.
  // (A number or an ID after a blank and a slash, or after a blank: a bullet's row too — - Kanya
  // Thongdee / 44.04.03 / A814651770, set309a's insurance list in an e-mail.)
  auto number_at = [&](std::size_t e) {
    return e + 2 < s.size() &&
           (util::is_digit(s[e]) ||
            (s[e] >= 'A' && s[e] <= 'Z' && util::is_digit(s[e + 1]) && util::is_digit(s[e + 2])));
  };
  // (Or an ideographic space and a date, a number or a phone: * Tran Van Minh　民國36年1月11日　
  // (049)2753036 — set316b's tour list in an e-mail.)
  auto values_after = [&](std::size_t e) {
    if (util::has_at(s, e, " / ")) {
      return number_at(e + 3);
    }
    // (The normalised text has a blank for the ideographic space.)
    const std::size_t d = util::has_at(s, e, "　") ? e + 3 : util::has_at(s, e, " ") ? e + 1 : npos;
    return d != npos && (number_at(d) || util::has_at(s, d, "民國") ||
                         (util::has_at(s, d, "(") && d + 1 < s.size() && util::is_digit(s[d + 1])));
  };
  if (p < s.size() && bullet && util::is_alpha(s[p])) {
    if (const std::size_t w = latin_name_end(s, p, true, 2); w != npos && values_after(w)) {
      add(out, p, w, 0.7f, "list-item", "");
    }
    return;
  }
  if (p < s.size() && util::is_alpha(s[p])) {
    std::size_t w = latin_name_end(s, p, true, 2);
    // (Or a blank and an ID or a number:
    // （５）Ｄｒｅｍｅｄｒｅｍａｎ　Ｐａｖａｖａｌｊｕｎｇ　Ｅ２６１２５４７９４ — set208b's
    // committee minutes, full-width.)
    auto followed = [&](std::size_t e) {
      return e < s.size() &&
             (s[e] == '(' || s[e] == ':' || util::has_at(s, e, "：") || util::has_at(s, e, "，") ||
              util::has_at(s, e, " —") || util::has_at(s, e, " -") ||
              (s[e] == ' ' && number_at(e + 1)) || values_after(e));
    };
    if (w == npos || !followed(w)) {
      w = latin_name_end(s, p, false, 1);
      const bool caps =
          w != npos && w - p >= 4 &&
          std::all_of(s.begin() + p, s.begin() + w, [](char c) { return c >= 'A' && c <= 'Z'; });
      w = caps && w < s.size() && s[w] == '(' && s.substr(w, 16).find("籍") != npos ? w : npos;
    }
    if (w != npos) {
      add(out, p, w, 0.7f, "list-item", "");
    }
    return;
  }
  bool surname_only = false;
  // (The list's number is a cue: a stopword may start the name, as after a label — 1. 王國華
  // ０９１２－２９４－９２０, set208a's interpreter notice.)
  const std::size_t e = name_end(s, p, &surname_only, NameContext{true, false, true, true});
  // Something about the person must follow: a bracket, a colon or more words after a blank
  // (1. 龍山寺 alone at the end of a line is an itinerary, not a name).
  std::size_t q = e;
  while (q < s.size() && (s[q] == ' ' || s[q] == '\r')) {
    ++q;
  }
  // (Or what a speaker did, as minutes number their items: （一）練添丁提議：… — set267b.)
  const bool more = q < s.size() &&
                    (q > e || s[e] == '(' || s[e] == ':' || s.substr(e).starts_with("、") ||
                     s.substr(e).starts_with("：") || s.substr(e).starts_with("，") ||
                     (!bullet && is_one_of(s.substr(e, 6), {"提議", "反映", "表示", "建議", "說明",
                                                            "報告", "詢問", "補充", "發言", "質詢",
                                                            "回應", "答覆", "指出", "提問"})));
  // A given character common in names (not 2. 高血壓（I10）: a diagnosis list).
  const patterns::NameData& nd = patterns::name_data();
  const bool given = e != npos && (nd.given_at(s, e - 3) || (e >= 6 && nd.given_at(s, e - 6)));
  // (After a bullet a whole name of three characters or more: not - 文陣：, - 武陣：.)
  if (e != npos && !surname_only && !is_place(s.substr(p, e - p)) && more && given &&
      (!bullet || e - p >= 9)) {
    add(out, p, e, 0.75f, "list-item", "");
  }
}

// A name's other form in brackets right after it: 阮氏秋香（NGUYEN THI THU HUONG）, 古拉斯‧佛挺
// （Kolas Foting）, Tjuku Ruljiang（杜秀英） (the text is normalised: （） are ( )).
//
// Also after a kinship title that follows what people call someone (阿桃姨（石玉桃）,
// 阿福伯（何福來 ）, 水木伯（劉水木）): a whole name inside.
void names_in_brackets(std::string_view s, std::vector<Match>& out) {
  static constexpr CharSet k_kin_titles(U"伯叔姨嬸姆嫂姐姊哥公嬤仔");
  for (std::size_t k = 0, n = out.size(); k < n; ++k) {
    const Match m = out[k];
    if (m.type != PiiType::person_name || m.end >= s.size()) {
      continue;
    }
    std::size_t open = m.end;
    while (open - m.end < 6 && k_kin_titles.contains(s.substr(open, 3))) {
      open += 3;
    }
    if (open >= s.size() || s[open] != '(') {
      continue;
    }
    const bool titled = open != m.end;
    const std::size_t p = open + 1;
    std::size_t e = latin_name_end(s, p, true);
    // (Or one capitalised word alone in the bracket: 林雅琪（Grace）, 上田美穂（Miho）.)
    if (const std::size_t w = e == npos ? latin_name_end(s, p, true, 1) : npos;
        w != npos && w - p >= 3 && w < s.size() && s[w] == ')' &&
        (s[p + 1] < 'A' || s[p + 1] > 'Z' || w - p >= 5)) { // (not an abbreviation: VIP)
      e = w;
    }
    if (titled && e != npos) {
      continue; // (a title then a Latin name: 阿姨（Ana）, not the case this is for)
    }
    // (Nor a short code of capitals: 黎阿滿（EMT-P）, a medic's grade — set114b.)
    if (e != npos && e - p <= 6 &&
        std::none_of(s.begin() + static_cast<std::ptrdiff_t>(p),
                     s.begin() + static_cast<std::ptrdiff_t>(e),
                     [](char c) { return c >= 'a' && c <= 'z'; })) {
      continue;
    }
    if (e == npos) {
      bool surname_only = false;
      e = dotted_name_end(s, p);
      e = e != npos ? e : name_end(s, p, &surname_only, NameContext{true, false, true});
      e = surname_only ? npos : e;
    }
    // (Nor a people: 湯月娥（魯凱族） — set122b's vendors.)
    if (e != npos && e < s.size() && s[e] == ')' && !is_place(s.substr(p, e - p)) &&
        (!titled || e - p >= 9) && !util::has_at(s, e - 3, "族")) {
      add(out, p, e, 0.8f, "name-in-brackets", ""); // not 王小明（林口）
    } else if (!titled && e == npos && m.end - m.start >= 9 && p + 6 < s.size() &&
               s[p + 6] == ')' && nickname_pair(s, p) && !util::has_at(s, p, "大") &&
               !util::is_chinese_numeral(util::cp3(s.data() + p + 3))) { // (not 小一, 大副)
      add(out, p, p + 6, 0.6f, "nickname", ""); // 錢月娥（阿美）, 張進財（小華） — set113a
    }
  }
}

// The names listed after a name found (同學莊以恩和嚴偉, 唐坤山、唐火旺, 胡金龍、高嘉慧夫婦): an
// item after 、 和 與 及 that is a name standing alone (a surname and one or two given characters,
// not a word such as 林地 or 高雄), each in turn.
void names_listed_after(std::string_view s, std::vector<Match>& out) {
  for (std::size_t k = 0; k < out.size(); ++k) {
    const Match m = out[k];
    if (m.type != PiiType::person_name || m.end - m.start < 6) {
      continue; // a whole name, not a surname alone (陳先生和王太太 are found as such)
    }
    std::size_t p = m.end;
    // (The first byte first: 、 E3, 和 及 E5, 與 E8, or a blank; most names end before ，（.)
    const auto b0 = p < s.size() ? static_cast<unsigned char>(s[p]) : 0;
    if (b0 != ' ' && b0 != 0xE3 && b0 != 0xE5 && b0 != 0xE8) {
      continue;
    }
    bool joined = false;
    // (A blank either side of 、 too: 簡小姐 、鄧昌 、向瑋華 — set123b's donors.)
    const std::size_t q = p < s.size() && s[p] == ' ' && util::has_at(s, p + 1, "、") ? p + 1 : p;
    for (std::string_view j : {"、", "和", "與", "及"}) {
      if (util::has_at(s, q, j)) {
        p = q + j.size();
        p += j == "、" && p < s.size() && s[p] == ' ' && is_ideograph(s, p + 1) ? 1 : 0;
        joined = true;
        break;
      }
    }
    // (Or one blank, as a death notice's family line spaces its names: 孝　婿　王文雄　蔡志成;
    // the next name whole, of three characters, standing alone.)
    const bool blank = !joined && p + 1 < s.size() && s[p] == ' ' && is_ideograph(s, p + 1);
    p += blank ? 1 : 0;
    bool surname_only = false;
    const std::size_t e =
        joined || blank ? name_end(s, p, &surname_only, NameContext{true, false, true}) : npos;
    // (A surname and a title as the next item: 監察委員卓美惠、鄒委員會同點交 — set26a.)
    if (e != npos && surname_only && joined && title_at(s, e) != 0 &&
        std::none_of(out.begin(), out.end(),
                     [&](const Match& f) { return f.start < e && p < f.end; })) {
      add(out, p, e, 0.5f, "surname+title", "");
      continue;
    }
    if (e == npos || surname_only || !ends_name(s, e) || is_place(s.substr(p, e - p)) ||
        (blank && (e - p != 9 || is_ideograph(s, e) || m.end - m.start < 9 ||
                   !is_name_column_cell(s.substr(p, e - p)))) ||
        std::any_of(out.begin(), out.end(), [&](const Match& f) {
          // (The same name by the cue-free rule: the list's wins the tie, keep_most_confident.)
          return f.start < e && p < f.end && !(f.start == p && f.end == e && cue_free_rule(f.rule));
        })) {
      continue;
    }
    add(out, p, e, 0.7f, "name-list", ""); // looked at in turn by this loop
  }
}

// The names listed before a name found (鄔振坤、黃金旺、諶國棟 read from the right; 班上何宥辰、
// 曾柏均; 客服殷子晴、房家偉): an item before 、 that is a name standing alone where a word
// starts (word_starts), each in turn. Three characters first, then four (冠夫姓), then two.
void names_listed_before(std::string_view s, std::vector<Match>& out) {
  for (std::size_t k = 0; k < out.size(); ++k) {
    const Match m = out[k];
    if (m.type != PiiType::person_name || m.end - m.start < 6 || m.start < 9 ||
        !util::has_at(s, m.start - 3, "、")) {
      continue;
    }
    const std::size_t e = m.start - 3;
    for (std::size_t len : {9u, 12u, 6u}) {
      if (e < len) {
        continue;
      }
      const std::size_t p = e - len;
      bool surname_only = false;
      // (Where ICU's dictionary starts a word too: 班上|何宥辰, 客服|殷子晴. A surname found
      // alone inside is no obstacle: 彭家和 over 彭(家).)
      // (Or a given name alone: two given-name characters that make no word, 同組的宥廷、佳蓉、
      // 冼家豪; not after a surname, whose name the item may be: 成功鎮江淑珍、阮氏紅.)
      const patterns::NameData& nd = patterns::name_data();
      // (Not the last three characters of a compound surname's name: 還有張簡雅雯、 — set106b.)
      if (len == 9 && p >= 3 && nd.surname_at(s, p - 3) == 6) {
        continue;
      }
      const bool given = len == 6 && (p < 3 || nd.surname_at(s, p - 3) == 0) &&
                         is_ideograph(s, p + 3) && nd.given_at(s, p) && nd.given_at(s, p + 3) &&
                         nd.surname_at(s, p) != 6 && !common_word(s.substr(p, 6)) &&
                         !nd.stopwords.contains(s.substr(p, 6));
      if (!is_ideograph(s, p) || !(word_starts(s, p) || dictionary_starts(s, p)) ||
          (!given && (name_end(s, p, &surname_only, NameContext{true, false, true, true}) != e ||
                      surname_only || !is_name_column_cell(s.substr(p, len)))) ||
          is_place(s.substr(p, len)) || std::any_of(out.begin(), out.end(), [&](const Match& f) {
            return f.start < e && p < f.end &&
                   !(f.start == p && f.end == e && cue_free_rule(f.rule)) &&
                   !(f.start >= p && f.end <= e && f.confidence < 0.7f);
          })) {
        continue;
      }
      add(out, p, e, 0.7f, "name-list", ""); // looked at in turn by this loop
      break;
    }
  }
}

// The start of a dotted name that ends at `e` (阿布娪·卡照|女士), where a word starts (the
// start of the text, what is no ideograph, a place's unit, a particle), two characters a side
// at least, or npos.
std::size_t dotted_start_before(std::string_view s, std::size_t e) {
  std::size_t p = e, dot_at = npos;
  bool dot = false;
  for (int n = 0; n < 12 && p >= 2; ++n) {
    std::size_t d = 0;
    for (std::string_view c : {"‧", "・", "·", "•"}) {
      d = p >= c.size() && s.substr(p - c.size(), c.size()) == c ? c.size() : d;
    }
    if (d != 0 && !dot) {
      dot = true;
      p -= d;
      dot_at = p;
      continue;
    }
    if (p < 3 || !is_ideograph(s, p - 3) ||
        (dot && (k_places.contains(s.substr(p - 3, 3)) || function_word(s.substr(p - 3, 3))))) {
      break;
    }
    p -= 3;
  }
  // (Two characters a side at least: 春‧夏先生 is no name.)
  return dot && dot_at >= p + 6 && e >= dot_at + 8 && dotted_name_end(s.substr(0, e), p) == e
             ? p
             : npos;
}

// Names before honorifics: 王小明先生, 陳小姐, 李大同君.
void before_honorifics(Line& line, const std::vector<std::size_t>& at_chars,
                       std::vector<Match>& out) {
  std::string_view s = line.text();
  const patterns::NameData& nd = patterns::name_data();
  for (std::size_t at : at_chars) {
    std::size_t hon_len = 0;
    if (!honorific_at(s, at, &hon_len)) {
      continue;
    }
    std::string_view hon = s.substr(at, hon_len);
    if (hon == "君" && at >= 3 && s.substr(at - 3, 3) == "帝") {
      continue; // 關聖帝君: a god
    }
    // 莊老先生, 林老太太: 老 is part of the honorific, the name ends before it.
    const std::size_t h = (hon == "先生" || hon == "太太") && at >= 6 &&
                                  s.substr(at - 3, 3) == "老" && nd.surname_at(s, at - 6) != 0
                              ? at - 3
                              : at;
    hon_len += at - h;
    // A Latin surname or name before the honorific (Wang先生, Maria Santos小姐): one to three
    // capitalised words right before it.
    if (h >= 2 && util::is_alpha(s[h - 1]) && hon != "君") {
      if (const std::size_t p = latin_words_before(s, h); p != npos) {
        add(out, p, h, 0.75f, "name+honorific", "");
        continue;
      }
    }
    // A dotted name before the honorific (阿布娪·卡照女士): back over up to eight ideographs to
    // the first half's start.
    if (const std::size_t dp = dotted_start_before(s, h); dp != npos) {
      add(out, dp, h, 0.8f, "name+honorific", "");
      continue;
    }
    // A Japanese name before it (觀光客佐藤健太先生, 遊客田中健太女士 — set83a, set97a): a
    // surname of surnames_japanese.txt three to six characters back, the name ending here.
    if (hon != "君" && h >= 9) {
      std::size_t jp = npos;
      for (std::size_t len = 9; len <= 18 && len <= h && jp == npos; len += 3) {
        if (nd.japanese_at(s, h - len) != 0 && japanese_name_end(s, h - len) == h) {
          jp = h - len;
        }
      }
      if (jp != npos) {
        add(out, jp, h, 0.8f, "name+honorific", "");
        continue;
      }
    }
    // One blank between (台電承辦 簡 先生, typed): a surname or a whole name that stands alone.
    if (hon != "君" && h >= 4 && s[h - 1] == ' ' && is_ideograph(s, h - 4)) {
      const std::size_t b = h - 1;
      for (std::size_t len : {9u, 3u}) {
        const std::size_t p = b >= len ? b - len : npos;
        bool surname_only = false;
        if (p != npos && (p == 0 || s[p - 1] == ' ' || !is_ideograph(s, util::prev_char(s, p))) &&
            ((len == 3 && nd.surname_at(s, p) == 3) ||
             (len == 9 && name_end(s, p, &surname_only, NameContext{true, false}) == b &&
              !surname_only))) {
          add(out, p, b, len == 3 ? 0.5f : 0.8f, len == 3 ? "surname+honorific" : "name+honorific",
              "");
          break;
        }
      }
      continue;
    }
    // 冠夫姓 whose given name ends in 君 (吳范怡君。, 姜蔣慧君（…）: two surnames and a given
    // character before 君 are a name of four, not 吳范怡 and the honorific — set71a.
    if (hon == "君" && h >= 9 && nd.surname_at(s, h - 9) == 3 && nd.surname_at(s, h - 6) == 3 &&
        nd.given_at(s, h - 3) && word_starts(s, h - 9) && ends_name(s, h + 3)) {
      add(out, h - 9, h + 3, 0.8f, "name+honorific", "");
      continue;
    }
    const std::size_t found_before = out.size();
    {
      // The longest surname-led name that ends here: a compound surname and two characters,
      // three characters, two, or a surname.
      for (std::size_t len : {15u, 12u, 9u, 6u, 3u}) {
        if (h < len) {
          continue;
        }
        std::size_t p = h - len;
        // Fifteen bytes: a compound surname, the husband's, and a wife's own surname and two
        // characters (范姜陳秀鳳女士), where a word starts.
        if (len == 15) {
          bool so = false;
          if (nd.surname_at(s, p) == 6 && nd.surname_at(s, p + 6) == 3 && word_starts(s, p) &&
              name_end(s, p + 6, &so, NameContext{true, false}) == h && !so) {
            add(out, p, h, 0.8f, "name+honorific", "");
            break;
          }
          continue;
        }
        bool surname_only = false;
        std::size_t sl = nd.surname_at(s, p);
        // A rarer surname where a word starts, before 先生, 小姐, 女士, 太太 (樊先生, 甄立群先生).
        // (Or where ICU's dictionary starts a word: 隔壁|鮑太太, 售予|滕先生; not 那時先生.)
        const bool rare = sl == 0 && len != 12 && len != 6 && hon != "君" && nd.rare_at(s, p) &&
                          (word_starts(s, p) || (len == 3 && dictionary_word(s, p)) ||
                           (len == 9 && dictionary_starts(s, p))); // 本律師受|龐淑芬女士
        sl = rare ? 3 : sl;
        // Twelve bytes: a compound surname and two given characters, or 冠夫姓 (鍾林秀英女士).
        const bool guanfu = len == 12 && sl == 3 && nd.surname_at(s, p + 3) == 3;
        // (令 is "to make" too, 令狐 a compound surname: 鄰居令狐先生.)
        if (sl == 0 || (len == 12 && sl != 6 && !guanfu) ||
            (sl != 6 && function_word(s.substr(p, 3))) ||
            (p >= 3 && nd.surname_at(s, p - 3) == 6)) {
          continue; // 上官芬珊女士 is not 官芬珊
        }
        if (guanfu) {
          // Starting a word: 感謝錢家瑋先生 is no 謝錢家瑋.
          if (word_starts(s, p) && name_end(s, p, &surname_only, NameContext{true, false}) == h &&
              !surname_only) {
            add(out, p, h, 0.8f, "name+honorific", "");
            break;
          }
          continue;
        }
        if (len == 3 || (len == 6 && nd.surname_at(s, p) == 6)) {
          // (賣方太太 is the seller's wife: 方 ends 賣方, 買方, 對方, 雙方, 男方, 女方; 謝謝小姐
          // is thanks.)
          if (len == 3 && p >= 3 && s.substr(p, 3) == "方" &&
              is_one_of(s.substr(p - 3, 3),
                        {"賣", "買", "對", "雙", "男", "女", "警", "校", "院"})) {
            break;
          }
          if (len == 3 && p >= 3 && s.substr(p, 3) == "謝" &&
              (s.substr(p - 3, 3) == "謝" || s.substr(p - 3, 3) == "感" ||
               s.substr(p - 3, 3) == "多")) {
            break; // 謝謝太太, 很感謝太太照顧: thanks, not Mrs 謝
          }
          if (len == 3 && p >= 3 && s.substr(p, 3) == "顧" &&
              is_one_of(s.substr(p - 3, 3), {"照", "回", "兼", "看", "眷", "光", "不", "顧"})) {
            break; // 照顧先生, 回顧先生的發言: care for, look back — sets 56a, 57b
          }
          // 王君 alone ends many words; after a label or 據/洽/與… it is a person.
          // (Also after what is no ideograph, and where ICU's dictionary makes the surname a
          // word: 處理，石君表示, 依親對象何君之.)
          if (hon == "君" && !(p >= 3 && k_before_jun.contains(s.substr(p - 3, 3))) &&
              !(p > 0 && !is_ideograph(s, util::prev_char(s, p)) && !util::is_digit(s[p - 1])) &&
              !dictionary_word(s, p)) {
            break;
          }
          add(out, p, h, 0.5f, "surname+honorific", "");
          bracketed_name(s, p, len, h + hon_len, out);
          break;
        }
        // The surname character may end a title instead (副主任卓先生 is 卓, not 任卓; 檢察官林怡君
        // is no 官林怡 and 君).
        if ((p >= 3 && title_at(s, p - 3) == 6) || (p >= 6 && title_at(s, p - 6) == 9)) {
          continue;
        }
        // After a title, 君 ends a given name (檢察官林怡君), not a name before an honorific.
        if (hon == "君" && len == 6 &&
            ((p >= 6 && title_at(s, p - 6) == 6) || (p >= 9 && title_at(s, p - 9) == 9))) {
          break;
        }
        // (Not 謝 of 感謝 before a name and 君: 特別感謝璩怡君師兄 is no 謝璩怡 — set134b.)
        if (surname_ends_word(s, p)) {
          continue;
        }
        std::size_t e = name_end(s, p, &surname_only, NameContext{false, false, rare});
        // (Or a surname and two given-name characters of which the first two make a listed word,
        // where a word starts: 已故委員曾文雄先生 — set127b; 曾文 is a river's.)
        if (e != h && len == 9 && sl == 3 && nd.given_at(s, p + 3) && nd.given_at(s, p + 6) &&
            nd.stopwords.contains(s.substr(p, 6)) &&
            (word_starts(s, p) || (p >= 3 && k_before_title.contains(s.substr(p - 3, 3))))) {
          e = h;
        }
        if (e == h) {
          add(out, p, h, 0.8f, "name+honorific", "");
          break;
        }
      }
    }
    // A given name alone before 小姐, 女士 or 先生 (陳情人淑惠女士, 美穗小姐（翻譯）): two
    // given-name characters that make no word, where a word starts, no surname first.
    // (After a compound surname that is also a word, the name from it: 鄰居東方宇軒先生 —
    // set218a.)
    const bool compound = h >= 12 && nd.surname_at(s, h - 12) == 6;
    if (out.size() == found_before && hon != "君" && hon != "太太" && h >= 6 &&
        nd.surname_at(s, h - 6) == 0 && nd.given_at(s, h - 6) && nd.given_at(s, h - 3) &&
        !common_word(s.substr(h - 6, 6)) && !nd.stopwords.contains(s.substr(h - 6, 6)) &&
        (compound || word_starts(s, h - 6) ||
         (h >= 9 && k_before_name.contains(s.substr(h - 9, 3))) ||
         dictionary_starts(s, h - 6))) { // (聯繫|秀琴女士, 無須|國榮先生: read thoroughly)
      add(out, compound ? h - 12 : h - 6, h, 0.6f, "given+honorific", "");
    }
  }
}

// Bytes that may start a field separator: 1 = the ASCII ones, 2 = a lead byte of ，、；　｜（）│.
constexpr std::array<std::uint8_t, 256> k_separator_start = [] {
  std::array<std::uint8_t, 256> t{};
  for (unsigned char c : std::string_view(",\t|;\"<> ()")) {
    t[c] = 1;
  }
  t[0xE2] = t[0xE3] = t[0xEF] = 2; // (E2: the box-drawing bar │ of printed tables)
  return t;
}();

// Bytes of the field separator at s[at], or 0 if there is none. (Inlined in row_fields' loop,
// the dense bench's hottest in the name detector.)
[[gnu::always_inline]] inline std::size_t separator_at(std::string_view s, std::size_t at) {
  const auto b0 = static_cast<unsigned char>(s[at]);
  if (k_separator_start[b0] != 2) {
    return k_separator_start[b0];
  }
  if (s.size() - at < 3) {
    return 0;
  }
  const auto b1 = static_cast<unsigned char>(s[at + 1]), b2 = static_cast<unsigned char>(s[at + 2]);
  bool yes = b0 == 0xE3   ? b1 == 0x80 && (b2 == 0x80 || b2 == 0x81) // 　、
             : b0 == 0xE2 ? b1 == 0x94 && b2 == 0x82                 // │
                          : (b1 == 0xBC &&
                             (b2 == 0x8C || b2 == 0x9B || b2 == 0x88 || b2 == 0x89)) || // ，；（）
                                (b1 == 0xBD && b2 == 0x9C);                             // ｜
  return yes ? 3 : 0;
}

// The first byte at or after `i` that may start a field separator (see k_separator_start).
[[gnu::always_inline]] inline std::size_t next_separator_start(std::string_view s, std::size_t i) {
#if defined(__SSE2__)
  auto eq = [](__m128i v, int c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(c))); };
  for (; s.size() - i >= 16; i += 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    __m128i hit = _mm_or_si128(
        _mm_or_si128(_mm_or_si128(eq(v, 0xE3), eq(v, 0xEF)), eq(v, 0xE2)),
        _mm_or_si128(_mm_or_si128(eq(v, ','), eq(v, '\t')), _mm_or_si128(eq(v, '|'), eq(v, ';'))));
    hit = _mm_or_si128(hit, _mm_or_si128(_mm_or_si128(eq(v, '"'), eq(v, '<')),
                                         _mm_or_si128(eq(v, '>'), eq(v, ' '))));
    hit = _mm_or_si128(hit, _mm_or_si128(eq(v, '('), eq(v, ')')));
    if (int mask = _mm_movemask_epi8(hit); mask != 0) {
      return i + static_cast<unsigned>(__builtin_ctz(mask));
    }
  }
#endif
  while (i < s.size() && k_separator_start[static_cast<unsigned char>(s[i])] == 0) {
    ++i;
  }
  return i;
}

// A line that lists names only, blanks between them (簽到：　邱阿增　劉秀梅　謝金城　…, an
// attendance list under its label): when three tokens or more stand there and two thirds of them
// are whole names of three or four characters, each of those is one, whatever its given name.
// (A name whose surname is not listed counts when its given characters are common ones.)
// Whether two blanks, tabs, ideographic spaces or 、 lie within the first 80 bytes of `s` (a
// list's first token is no longer than a label, its second a name): the test that lets most
// windows skip names_on_list_line (one SIMD pass of five loads).
bool blanks_near_start(std::string_view s) {
  int found = 0;
#if defined(__SSE2__)
  if (s.size() >= 82) {
    for (std::size_t i = 0; i < 80 && found < 2; i += 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
      // (One or two or more: no popcount, a call into libgcc without -mpopcnt.)
      const int blank = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')),
                                                       _mm_cmpeq_epi8(v, _mm_set1_epi8('\t'))));
      found += blank == 0 ? 0 : (blank & (blank - 1)) == 0 ? 1 : 2;
      for (int lead = _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('\xE3'))); lead != 0;
           lead &= lead - 1) {
        const std::size_t at = i + static_cast<unsigned>(__builtin_ctz(lead));
        found += s[at + 1] == '\x80' && (s[at + 2] == '\x80' || s[at + 2] == '\x81') ? 1 : 0;
      }
    }
    return found >= 2;
  }
#endif
  for (std::size_t i = 0; i < std::min<std::size_t>(s.size(), 80) && found < 2; ++i) {
    found +=
        s[i] == ' ' || s[i] == '\t' || util::has_at(s, i, "　") || util::has_at(s, i, "、") ? 1 : 0;
  }
  return found >= 2;
}

// Bytes of a household or class unit at s[i, e) before a name in a list (第3鄰, 1班, A棟3樓之2,
// 12號), or 0.
// A line listing Latin and Chinese names joined by 、 (Lekal Sawmah、Panay Mayaw、吳建華、
// Afo Pacidal（其餘32戶…）): three items or more, two thirds of them names, one in Latin
// letters at least (names_on_list_line reads the Chinese ones, split at blanks too).
[[gnu::noinline]] void latin_list_line(std::string_view s, std::vector<Match>& out) {
  struct Item {
    std::size_t start, end;
    bool name;
  };
  std::vector<Item> items;
  std::size_t latin = 0, names = 0;
  for (std::size_t a = 0; a < s.size();) {
    std::size_t e = s.find("、", a);
    const bool last = e == npos;
    e = last ? s.size() : e;
    std::size_t b = a, c = e;
    // The first item starts after a bracket, a field's separator or a colon before it, and the
    // last ends at one (a CSV cell "邵萍、龔俊宏、Nguyen Thi Thu Trang",
    // （黃姓學生、邱宜蓁、Ethan） — sets 93b, 94a).
    if (a == 0) {
      const std::size_t sep = s.substr(0, e).find_last_of("(,\"\t:");
      b = sep == npos ? b : sep + 1;
    }
    while (b < c && s[b] == ' ') {
      ++b;
    }
    if (last) { // the last item ends at a bracket, a field's end or the end of the clause
      c = std::min({c, s.find_first_of("()\",\t", b), s.find("，", b), s.find("。", b)});
    }
    while (c > b && (s[c - 1] == ' ' || s[c - 1] == '\r')) {
      --c;
    }
    bool surname_only = false;
    const bool is_latin = b < c && latin_name_end(s, b, true) == c;
    const bool is_cjk = !is_latin && b < c && c - b <= 12 &&
                        name_end(s, b, &surname_only, NameContext{true, false, true}) == c &&
                        !surname_only;
    items.push_back(Item{b, c, is_latin || is_cjk});
    latin += is_latin ? 1 : 0;
    names += is_latin || is_cjk ? 1 : 0;
    if (last || items.size() > 40) {
      break;
    }
    a = e + 3;
  }
  if (items.size() < 3 || latin == 0 || names * 3 < items.size() * 2) {
    return;
  }
  for (const Item& it : items) {
    if (it.name && std::none_of(out.begin(), out.end(), [&](const Match& m) {
          return m.type == PiiType::person_name && m.start < it.end && it.start < m.end;
        })) {
      add(out, it.start, it.end, 0.7f, "name-list-line", "");
    }
  }
}

[[gnu::noinline]] std::size_t unit_prefix(std::string_view s, std::size_t i, std::size_t e) {
  std::size_t p = i + (util::has_at(s, i, "第") ? 3 : 0);
  if (p + 4 <= e && s[p] >= 'A' && s[p] <= 'Z' && util::has_at(s, p + 1, "棟")) {
    p += 4; // A棟
  }
  // A floor and a flat as condominiums write them: 1F, 2F-1, 12F-2.
  if (const std::size_t f = util::digits_end(s, p); f > p && f - p <= 2 && f < e && s[f] == 'F') {
    std::size_t q = f + 1;
    if (q + 1 < e && s[q] == '-' && util::is_digit(s[q + 1])) {
      q = util::digits_end(s, q + 1);
    }
    return q - i;
  }
  const std::size_t digits = p;
  while (p < e && (util::is_digit(s[p]) ||
                   (p + 3 <= e && util::is_chinese_numeral(util::cp3(s.data() + p))))) {
    p += util::is_digit(s[p]) ? 1 : 3;
  }
  if (p == digits || p + 3 > e || !is_one_of(s.substr(p, 3), {"鄰", "班", "號", "樓", "戶"})) {
    return 0;
  }
  p += 3;
  if (util::has_at(s, p - 3, "樓") && util::has_at(s, p, "之")) {
    const std::size_t q = util::digits_end(s, p + 3);
    p = q > p + 3 ? q : p;
  }
  // A colon after the unit (第1鄰：王小明　陳玉花).
  p += p < e && s[p] == ':' ? 1 : util::has_at(s, p, "：") && p + 3 <= e ? 3 : 0;
  return p - i;
}

void names_on_list_line(std::string_view s, std::vector<Match>& out) {
  if (!blanks_near_start(s)) {
    return; // a list's first token is no longer than a label
  }
  // Tokens: what lies between blanks, tabs, 、 and the ends of the text (full-width blanks are
  // folded to ' ' in the view; a CRLF line ends in '\r').
  auto blank_at = [&](std::size_t i) -> std::size_t {
    if (s[i] == ' ' || s[i] == '\t' || s[i] == '\r') {
      return 1;
    }
    return util::has_at(s, i, "　") || util::has_at(s, i, "、") ? 3 : 0;
  };
  // Capitalised Latin words one blank apart from `a` (Kacaw Mayaw Ofad Sawmah 陳玉花): their
  // number, the end of the first two and of all.
  auto latin_words = [&](std::size_t a, std::size_t* pair_end, std::size_t* run_end) {
    std::size_t count = 0, q = a;
    while (q < s.size() && s[q] >= 'A' && s[q] <= 'Z') {
      std::size_t w = q + 1;
      while (w < s.size() && s[w] >= 'a' && s[w] <= 'z') {
        ++w;
      }
      if (w - q < 2 || (w < s.size() && (util::is_alnum(s[w]) || s[w] == '.' || s[w] == ':'))) {
        return std::size_t{0}; // not a capitalised word (ABC, Mr., B2, a label: Officer:)
      }
      if (++count == 2) {
        *pair_end = w;
      }
      *run_end = w;
      if (w + 1 >= s.size() || s[w] != ' ' || !(s[w + 1] >= 'A' && s[w + 1] <= 'Z')) {
        break;
      }
      q = w + 1;
    }
    return count;
  };
  struct Token {
    std::size_t start, end;
  };
  std::array<Token, 48> tokens;
  std::size_t n = 0, names = 0, strongs = 0, latins = 0, spaced = 0;
  const patterns::NameData& nd = patterns::name_data();
  for (std::size_t i = 0; i < s.size();) {
    if (const std::size_t b = blank_at(i); b != 0) {
      i += b;
      continue;
    }
    // To the next blank, byte by byte: a list holds no token longer than a label (48 bytes),
    // and prose gives up there.
    std::size_t e = i;
    while (e < s.size() && e - i <= 48 && blank_at(e) == 0) {
      ++e;
    }
    if (e - i > 48) {
      return;
    }
    if (n == tokens.size()) {
      break; // judged by its first 48 tokens
    }
    // A unit before the name: 第3鄰許志銘, 1班陸建銘, A棟3樓之2錢萬福 (attendance by household);
    // a unit alone is no token (６樓 閻文清).
    const std::size_t a = i + unit_prefix(s, i, e);
    if (a == e) {
      i = e;
      continue;
    }
    // A letter-spaced title before the list (委　　員　張阿土　周雅惠): single characters first.
    if (n == 0 && e - i == 3 && spaced < 4 && is_ideograph(s, i)) {
      ++spaced;
      i = e;
      continue;
    }
    // Latin names of two words among the Chinese ones (indigenous names in a village's lists:
    // given name and father's name). A run of capitalised words is read in pairs when it has an
    // even number of them; one alone is a name too (Lahok), but weak; an odd run of three or
    // more is no token of names.
    if (s[a] >= 'A' && s[a] <= 'Z') {
      std::size_t pair_end = 0, run_end = 0;
      const std::size_t words = latin_words(a, &pair_end, &run_end);
      // (A run with a family name's particle is one name, whatever its count: Maria Cristina
      // Dela Cruz — set220a's attendance list.)
      bool particle = false;
      for (std::string_view w : {" Dela ", " De ", " Del ", " Van ", " Von ", " Dos ", " Da "}) {
        particle = particle || s.substr(a, run_end - a).find(w) != std::string_view::npos;
      }
      if ((words >= 3 && particle) || (words >= 2 && words % 2 == 0)) {
        const std::size_t name_end = words >= 3 && particle ? run_end : pair_end;
        tokens[n++] = Token{a, name_end};
        names += 1;
        strongs += 1;
        latins += 1;
        i = name_end;
        continue;
      }
      if (words == 1) {
        // (Its word only, not a comma after it; or as passports write it, the family name, a
        // comma and the given names: Kuo, Daniel — set43b.)
        const std::size_t whole = run_end < s.size() && s[run_end] == ','
                                      ? latin_name_end(s, a, true)
                                      : std::string_view::npos;
        const bool passport = whole != std::string_view::npos && whole > run_end;
        tokens[n++] = Token{a, passport ? whole : run_end};
        names += 1;
        latins += 1;
        i = passport ? whole : e;
        continue;
      }
      if (words >= 3) {
        tokens[n++] = Token{i, i}; // an odd run: one token, no name
        if (n - names >= 2 && n <= 3) {
          return;
        }
        i = run_end;
        continue;
      }
    }
    const std::size_t len = e - a;
    bool surname_only = false;
    const bool ideographs = (len == 9 || len == 12) && is_ideograph(s, a) &&
                            is_ideograph(s, a + 3) && is_ideograph(s, a + 6) &&
                            (len == 9 || is_ideograph(s, a + 9)) && !is_place(s.substr(a, len));
    // Strong: the last two characters common in given names (劉秀梅; also 風美雲, whose surname
    // is not listed); weak: a listed surname and two more, no word (謝金城; not 高麗菜 alone).
    const bool listed =
        ideographs && name_end(s, a, &surname_only, NameContext{true, false, true}) == e;
    const std::string_view first = s.substr(a, 3);
    const bool strong = ideographs && nd.given_at(s, e - 6) && nd.given_at(s, e - 3) &&
                        !common_word(s.substr(e - 6, 6)) &&
                        (listed || (len == 9 && !stops_name(first) && !k_places.contains(first) &&
                                    !function_word(first) && title_at(s, a) == 0));
    // (Or a surname and one character that makes no word, weak: 馮以琳　柯正　龔家瑜.)
    const bool pair = len == 6 && nd.surname_at(s, a) == 3 && is_ideograph(s, a + 3) &&
                      !stops_name(s.substr(a + 3, 3)) && !k_places.contains(s.substr(a + 3, 3)) &&
                      !common_word(s.substr(a, 6)) && !nd.stopwords.contains(s.substr(a, 6)) &&
                      title_at(s, a) == 0 && title_at(s, a + 3) == 0 && !is_place(s.substr(a, 6));
    const bool weak = (listed && !strong) || pair;
    tokens[n++] = strong || weak ? Token{a, e} : Token{i, i}; // a non-name only counts
    names += strong || weak ? 1 : 0;
    strongs += strong ? 1 : 0;
    if (n - names >= 2 && n <= 3) {
      return; // two of the first three are no names
    }
    i = e;
  }
  // Three tokens or more, two thirds names, two of them at least (and half) strong: a list of
  // vegetables (高麗菜　花椰菜　白蘿蔔) is no list of people.
  // (Latin pairs only beside two Chinese names: New York Los Angeles San Francisco is no list.)
  if (n < 3 || names < 3 || names * 3 < n * 2 || strongs < 2 || strongs * 2 < names ||
      (latins != 0 && names - latins < 2)) {
    return;
  }
  for (std::size_t k = 0; k < n; ++k) {
    if (tokens[k].end != tokens[k].start) {
      add(out, tokens[k].start, tokens[k].end, 0.7f, "name-list-line", "");
    }
  }
}

// Whether `s` holds a middle dot (‧ • ・ ·, or . between ideographs): one pass for '.', the lead
// bytes E2 and C2 and the pair E3 83, which Chinese text seldom holds, then a test of each (16
// bytes at a time; the last block overlaps the one before instead of a byte loop).
[[gnu::noinline]] bool has_middle_dot(std::string_view s) {
  // (Also '.' between two ideographs: ．folds to it, 巴奈．馬耀.)
  auto dot_at = [&](std::size_t k) {
    return s[k] == '.' ? k >= 3 && is_ideograph(s, k - 3) && is_ideograph(s, k + 1)
                       : (util::has_at(s, k, "‧") || util::has_at(s, k, "•") ||
                          util::has_at(s, k, "・") || util::has_at(s, k, "·"));
  };
#if defined(__SSE2__)
  if (s.size() >= 17) {
    const __m128i e2 = _mm_set1_epi8('\xE2'), c2 = _mm_set1_epi8('\xC2');
    const __m128i e3 = _mm_set1_epi8('\xE3'), x83 = _mm_set1_epi8('\x83');
    const __m128i dot = _mm_set1_epi8('.');
    for (std::size_t k = 0;; k += 16) {
      k = std::min(k, s.size() - 17);
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + k));
      const __m128i v1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + k + 1));
      const __m128i hit =
          _mm_or_si128(_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, e2), _mm_cmpeq_epi8(v, c2)),
                                    _mm_and_si128(_mm_cmpeq_epi8(v, e3), _mm_cmpeq_epi8(v1, x83))),
                       _mm_cmpeq_epi8(v, dot));
      for (int mask = _mm_movemask_epi8(hit); mask != 0; mask &= mask - 1) {
        if (dot_at(k + static_cast<unsigned>(__builtin_ctz(mask)))) {
          return true;
        }
      }
      if (k == s.size() - 17) {
        // (The last byte is no dot's start: a dot takes two bytes at least.)
        return false;
      }
    }
  }
#endif
  for (std::size_t k = 0; k < s.size(); ++k) {
    const auto c = static_cast<unsigned char>(s[k]);
    if ((c == 0xE2 || c == 0xC2 || c == 0xE3 || c == '.') && dot_at(k)) {
      return true;
    }
  }
  return false;
}

// Dotted names as fields of a CSV, TSV or pipe row (K112305314,達利‧沙浪,1,…): a pass of its
// own, only over rows that hold a middle dot (a test in row_fields' field loop cost 2.5 % of the
// dense bench).
[[gnu::noinline]] void dotted_row_fields(std::string_view s, std::vector<Match>& out) {
  std::size_t field = 0;
  for (std::size_t i = 0, len = 0; i <= s.size(); i += len) {
    // The fields as row_fields reads them (separator_at).
    while ((i = next_separator_start(s, i)) < s.size() && (len = separator_at(s, i)) == 0) {
      ++i;
    }
    len = std::max<std::size_t>(len, 1);
    std::size_t e = std::min(i, s.size());
    while (e > field && s[e - 1] == '\r') {
      --e;
    }
    if (e - field >= 8 && e - field <= 39 && is_ideograph(s, field) &&
        dotted_name_end(s.substr(0, e), field) == e) {
      add(out, field, e, 0.7f, "row-field", "");
    }
    field = i + len;
  }
}

// In a window that holds other personal data, a field of its own that is shaped like a name:
// rosters (王美玲,K223091878,…), table cells (<td>王小明</td>).
void row_fields(Line& line, std::vector<Match>& out, bool thorough) {
  const std::string_view s = line.text();
  // Dotted names as fields only when the input is read thoroughly: the test for a dot in every
  // row cost 1 % of the dense bench.
  if (thorough && has_middle_dot(s)) {
    dotted_row_fields(s, out);
  }
  // Latin names as fields of their own (1,NGUYEN VAN MINH,阮文明,H830127463): spaces are no
  // separators for them, but two are in a fixed-width row (1  AGUS SETIAWAN     印尼).
  auto two_blanks = [&](std::size_t at) {
    return at + 1 < s.size() && s[at] == ' ' && s[at + 1] == ' ';
  };
  // (A cell of a table drawn with bars and a blank either side: | NGUYEN THI THU | 越南 |.)
  auto bar_blank = [&](std::size_t at) {
    return at + 1 < s.size() && s[at] == ' ' && (s[at + 1] == '|' || util::has_at(s, at + 1, "│"));
  };
  // (Or an item of a numbered list, its number at the line's start and the ID or the number
  // one blank after the name: 1. Siti Rahayu　B927616760　Feb. 19, 1994 — set153a's memo.)
  auto listed = [&](std::size_t at) {
    std::size_t k = at;
    while (k > 0 && s[k - 1] == ' ') {
      --k;
    }
    if (k == at || k == 0) {
      return false;
    }
    // (The number's dot or bracket, or none: 13 Mayaw Kiyang  M249715927 — set155a.)
    k -= s[k - 1] == '.' || s[k - 1] == ')' ? 1 : 0;
    const std::size_t d = k;
    while (k > 0 && util::is_digit(s[k - 1])) {
      --k;
    }
    return d - k >= 1 && d - k <= 3 && util::skip_blanks_back(s, k) == 0;
  };
  // (A capital with a diacritic starts one too: Đỗ Thị Ngọc, Ô — set314b's tattoo log; looked
  // for only in a row that holds C3, C4 or C6, the lead bytes of Latin-1's capitals, Đ and Ơ/Ư,
  // as this loop runs for every byte of every row.)
  const bool accents = s.find('\xC4') != npos || s.find('\xC3') != npos || s.find('\xC6') != npos;
  auto accented_capital = [&](std::size_t at) {
    std::size_t len = 0;
    const char32_t cp = accented_at(s, at, &len);
    return cp != 0 && u_isupper(static_cast<UChar32>(cp)) != 0;
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((s[i] < 'A' || s[i] > 'Z') &&
        !(accents && static_cast<unsigned char>(s[i]) >= 0xC3 &&
          static_cast<unsigned char>(s[i]) <= 0xC6 &&
          (i == 0 || (!util::is_alpha(s[i - 1]) && !util::is_continuation(s[i - 1]))) &&
          accented_capital(i))) {
      continue;
    }
    bool item = false;
    // (Or the line's first field after one blank, a fixed-width row's: ␠Panay Kacaw 2005-09-21
    // 195-439944 — set294b's shift tables.)
    const bool indented = i >= 1 && s[i - 1] == ' ' && util::skip_blanks_back(s, i) == 0;
    if (i > 0 && std::string_view(",\t|>\"").find(s[i - 1]) == std::string_view::npos &&
        !(i >= 2 && two_blanks(i - 2)) && !(i >= 2 && s[i - 1] == ' ' && s[i - 2] == '|') &&
        !indented && !(item = i >= 3 && s[i - 1] == ' ' && listed(i))) {
      continue;
    }
    // (Capitalised too, two words or more: 三甲|01|黃宇軒|Yupas Watan|男; or two joined by the dot
    // of the name's Chinese form: Panay．Kacaw.)
    // (An indigenous name before the Chinese one in the same field, the field ending with it:
    // Yukan 林宥廷, Ciwas Nomin 馬詩涵, Sayun．葉若瑜 — one name, as class rosters write them.)
    auto field_ends = [&](std::size_t at) {
      return at == s.size() || two_blanks(at) || bar_blank(at) ||
             std::string_view(",\t|<\"\r").find(s[at]) != std::string_view::npos;
    };
    // (A letter after the capital: not an ID's A123456789, most capitals of a dense roster.)
    const bool word = i + 1 < s.size() &&
                      (util::is_alpha(s[i + 1]) || static_cast<unsigned char>(s[i + 1]) >= 0xC3);
    if (const std::size_t w = word ? latin_name_end(s, i, true, 1) : npos;
        w != npos && w < s.size()) {
      const std::size_t q = s[w] == ' ' || s[w] == '.'                           ? w + 1
                            : util::has_at(s, w, "‧") || util::has_at(s, w, "•") ? w + 3
                            : util::has_at(s, w, "·")                            ? w + 2
                                                                                 : npos;
      bool surname_only = false;
      std::size_t h =
          q == npos ? npos : name_end(s, q, &surname_only, NameContext{true, false, true});
      if ((h == npos || !field_ends(h)) && q != npos && s[w] == ' ') {
        h = dotted_name_end(s, q); // Lahok Kacaw 拉赫克‧卡造
        surname_only = false;
      }
      // (Or an English given name and a surname alone: Jessica 張, Vicky 詹.)
      if ((h == npos || !field_ends(h)) && q != npos && s[w] == ' ') {
        const std::size_t sl = patterns::name_data().surname_at(s, q);
        h = sl != 0 && field_ends(q + sl) ? q + sl : npos;
        surname_only = false;
      }
      if (h != npos && !surname_only && field_ends(h)) {
        add(out, i, h, 0.7f, "row-field", "");
        i = h;
        continue;
      }
    }
    std::size_t e = latin_name_end(s, i, true);
    // (The dot also as ‧, · or •: Yuma‧Taru.)
    const auto dot_len = [&](std::size_t at) -> std::size_t {
      return s[at] == '.'                                           ? 1
             : util::has_at(s, at, "‧") || util::has_at(s, at, "•") ? 3
             : util::has_at(s, at, "·")                             ? 2
                                                                    : 0;
    };
    if (const std::size_t w = latin_name_end(s, i, true, 1);
        e == npos && w != npos && w - i >= 3 && w + 4 < s.size() && dot_len(w) != 0) {
      const std::size_t w2 = latin_name_end(s, w + dot_len(w), true, 1);
      e = w2 != npos && w2 - w > 3 ? w2 : npos;
    }
    // (A note in brackets may follow the name in its field: Tanah Watan(父), Kevin Yen（外孫）;
    // and a fixed-width row's next column may be one blank away when the name is long:
    // 110055  Kacaw Panay 103.11.19.)
    if (item) {
      // (The list item's name ends one blank before its ID or number: the name alone.)
      // (Or a date's 民國, or a full-width digit: 3) Ramon Bautista / 民國58年10月10日 — set167a.)
      auto number_at = [&](std::size_t k) { // a digit, or an ID's letter, 1-9 or A-D, a digit
        return util::is_digit(s[k]) ||
               (s[k] >= 'A' && s[k] <= 'Z' && util::is_digit(s[k + 2]) &&
                (util::is_digit(s[k + 1]) || (s[k + 1] >= 'A' && s[k + 1] <= 'D'))) ||
               util::has_at(s, k, "民國") ||
               (util::has_at(s, k, "\xEF\xBC") && static_cast<unsigned char>(s[k + 2]) >= 0x90 &&
                static_cast<unsigned char>(s[k + 2]) <= 0x99);
      };
      // The blank at s[k]: one space, or an ideographic one (1. Walis Ispalakan　68.05.23 —
      // set167b); its size, or 0.
      auto blank_at = [&](std::size_t k) -> std::size_t {
        return s[k] == ' ' ? 1 : util::has_at(s, k, "　") ? 3 : 0;
      };
      // (Or a slash between: 5. Anong Srisuk / H918233179 — set155a.)
      auto value_after = [&](std::size_t k) {
        const std::size_t b = blank_at(k);
        return b != 0 && k + b + 3 < s.size() &&
               (number_at(k + b) || (b == 1 && s[k + 1] == '/' && s[k + 2] == ' ' &&
                                     k + 6 < s.size() && number_at(k + 3)));
      };
      std::size_t cut = i;
      while (cut + 4 < s.size() && !value_after(cut) && !util::has_at(s, cut, "\n")) {
        ++cut;
      }
      if (cut + 4 < s.size() && value_after(cut) &&
          latin_name_end(s.substr(0, cut), i, true) == cut) {
        add(out, i, cut, 0.7f, "row-field", "");
        i = cut;
        continue;
      }
    }
    // (Not a country: VIET NAM under 國籍 — set162a's crew list. Not every word of
    // common_latin_word: NGO is an organisation there and a Vietnamese surname here.)
    const std::string_view first = e == npos ? std::string_view() : s.substr(i, e - i);
    // (An ideographic space after it ends its field too: Ramon Bautista　0917-627128 — set167a.)
    if (e != npos &&
        (e == s.size() || two_blanks(e) || bar_blank(e) || util::has_at(s, e, "　") ||
         std::string_view(",\t|<\"\r(").find(s[e]) != std::string_view::npos ||
         // (Or a slash in a list's item, ／ as fields of a report split: 1. SOMCHAI SAETANG／
         // 居留證 H927778627／生日 1992-05-12 — set186a's pawnshop report; or a slash between
         // blanks before a number: Sakinu Ahronglong / 0934924064 / 1975/6/8 — set208b's
         // refunds; not a bilingual label's, Alamat Majikan / 雇主地址：.)
         (item && s[e] == '/') ||
         (util::has_at(s, e, " / ") && e + 3 < s.size() &&
          (util::is_digit(s[e + 3]) || s[e + 3] == '+')) ||
         // (Or one blank before an ID after two before the name, a fixed-width roster's: 13
         // Yapit Tanapima P141477368   077/08/01 — set168a.)
         ((indented || (i >= 2 && two_blanks(i - 2))) && e + 3 < s.size() && s[e] == ' ' &&
          (util::is_digit(s[e + 1]) ||
           (s[e + 1] >= 'A' && s[e + 1] <= 'Z' &&
            (util::is_digit(s[e + 2]) || (s[e + 2] >= 'A' && s[e + 2] <= 'D')) &&
            util::is_digit(s[e + 3]))))) &&
        !latin_country(first.substr(0, first.find(' ')))) {
      add(out, i, e, 0.7f, "row-field", "");
      i = e;
    }
  }
  std::size_t field = 0;
  bool fragment = line.mid_clause(); // the text before the first separator
  // A surname in a field of its own, the honorific or title in the next (2024-12-24,18:30,4,王,
  // 先生,0933…: a booking list that splits the two): the surname is the name (0.6).
  const patterns::NameData& nd = patterns::name_data();
  std::size_t surname_field = npos, surname_end = npos;

  for (std::size_t i = 0, len = 0; i <= s.size(); i += len) {
    // To the next separator: no separator byte occurs inside a UTF-8 character.
    while ((i = next_separator_start(s, i)) < s.size() && (len = separator_at(s, i)) == 0) {
      ++i;
    }
    len = std::max<std::size_t>(len, 1); // past the end of the text
    const std::size_t bytes = i - field;
    if (std::exchange(fragment, false)) {
      field = i + len;
      continue;
    }
    // A letter-spaced name is fields of one or two characters one blank apart (09    邱 素 卿
    // 0912345678, | 卓 宥廷 |): the name is the field.
    if (bytes >= 3 && bytes <= 6 && i + 4 < s.size() && s[i] == ' ' && is_ideograph(s, i + 1)) {
      if (const std::size_t e = spaced_name_end(s, field, NameContext{true, false, true});
          e != npos && (e == s.size() || separator_at(s, e) != 0)) {
        add(out, field, e, 0.7f, "row-field", "");
        i = e;
        len = e < s.size() ? separator_at(s, e) : 1;
        field = i + len;
        surname_field = npos;
        continue;
      }
    }
    if (surname_field != npos && bytes >= 3 && bytes <= 9) {
      std::size_t hl = 0;
      const std::string_view title = s.substr(field, bytes);
      if (title_at(title, 0) == bytes || is_one_of(title, {"董", "總", "桑"}) ||
          (honorific_at(title, 0, &hl) && hl == bytes)) {
        // (The cue a word of static storage, not the cell: the window's text does not last.)
        const std::string_view word = title_word_at(title, 0);
        add(out, surname_field, surname_end, 0.6f, "surname-cell",
            word.size() == bytes ? word : std::string_view("稱謂"));
      }
    }
    surname_field = (bytes == 3 || bytes == 6) && nd.surname_at(s, field) == bytes ? field : npos;
    surname_end = i;
    // (Nor a school or a clinic: 惠文國小, 林口醫院; a shop's word ending it: 巴黎婚紗, a bridal
    // studio — set177a.)
    auto org = [&] {
      return i - field >= 12 &&
             (is_one_of(s.substr(i - 6, 6), {"國小", "國中", "高中", "大學", "醫院", "診所", "公司",
                                             "協會", "分局", "學校"}) ||
              org_word_at(s, i - 6));
    };
    // (A Japanese name, a blank in it perhaps: 佐藤美和子, 佐藤 健 — set17's and set130b's; not
    // a school named for a place that is a Japanese surname too: 田中國中 — set241a.)
    if (bytes >= 9 && bytes <= 22 && nd.japanese_at(s, field) != 0 && !org() &&
        japanese_name_end(s.substr(0, i), field) == i) {
      add(out, field, i, 0.7f, "row-field", "");
    } else if (bytes >= 6 && bytes <= 12 && bytes % 3 == 0) { // two to four CJK characters
      bool all_ideographs = true;
      for (std::size_t k = field; k < i; k += 3) {
        all_ideographs = all_ideographs && is_ideograph(s, k);
      }
      bool surname_only = false;
      if (all_ideographs &&
          name_end(s, field, &surname_only, NameContext{true, false, true}) == i && !surname_only) {
        std::string_view last = s.substr(i - 3, 3);
        // (邵族: a people; 黃綠帶, 藍紅帶: a taekwondo rank — set166b's sign-ups.)
        bool place = is_one_of(last, {"市", "縣", "區", "鄉", "鎮", "里", "村", "路", "街", "巷",
                                      "弄", "號", "樓", "室", "段", "族", "帶"});
        // (木村 ends a given name, not a village the gazetteer lacks: 馮木村 — set210a.)
        place = place && !(i - field == 9 && util::has_at(s, i - 6, "木村") &&
                           !patterns::gazetteer().villages.contains(s.substr(field, 9)));
        // (Nor a school year: 高三, 國一, 大四 are a surname and a numeral.)
        const bool grade = i - field == 6 && util::is_chinese_numeral(util::cp3(s.data() + i - 3));
        // (Nor a district by its short name, two characters: 石岡, 北屯 under 出勤分隊 — set74b's
        // bee calls.)
        // (Nor a surname and a character given names seldom have, two in all: 陶壺 under 販售品項
        // — set122b's vendor roster; 高職, 官能, 黃牛, 陸配, 文蛤 in others. A house, kin or a
        // transliteration's sound is a name's: 呂宅, 林媽, 麥可, 湯姆.)
        static constexpr CharSet k_second(U"宅媽爸伯叔嫂姨哥姐姊嬤婆仔慶天安成政民中平光猜");
        const bool word = i - field == 6 && !nd.given_at(s, field + 3) &&
                          !k_second.contains(s.substr(field + 3, 3)) &&
                          !k_phonetic.contains(s.substr(field + 3, 3));
        if (!place && !grade && !org() && !word &&
            (i - field != 6 || !is_place(s.substr(field, i - field)))) {
          add(out, field, i, 0.7f, "row-field", "");
        }
      } else if (all_ideographs && i - field == 9) {
        // Surnames that are words far more often (平, 原, 山, 能, 相 …: patterns/surnames_rare.txt
        // leaves them out) only as a row's whole cell, both given characters common in names:
        // <td>平詩涵</td>, 3,原雨好,O140538685 — blind writers' rosters (sets 150, 175, 183,
        // 243a).
        static constexpr CharSet k_word_surnames(U"松相平明原能水於承來山招母");
        if (k_word_surnames.contains(s.substr(field, 3)) && nd.given_at(s, field + 3) &&
            nd.given_at(s, field + 6) && !common_word(s.substr(field + 3, 6)) &&
            !nd.stopwords.contains(s.substr(field, 6)) && !is_place(s.substr(field, 6))) {
          add(out, field, i, 0.7f, "row-field", "");
        }
      }
    }
    field = i + len;
  }
}

} // namespace

// A whole name after the place or the school it stands for, an item of a list of awardees
// (鹿野鄉邱月娥；關山鎮古秋妹, 新生國中王品妍、東海國小陸子晴, 臺東高中 3 年級柯宥辰): a district
// of the gazetteer, a school or a grade right before it, punctuation or the line's end after it.
// Read thoroughly only.
void names_after_places(std::string_view s, const std::vector<std::size_t>& seps,
                        std::vector<Match>& out) {
  const patterns::Gazetteer& g = patterns::gazetteer();
  auto place_before = [&](std::size_t p) {
    if (p < 6) {
      return false;
    }
    static constexpr std::string_view k_schools[] = {"國小", "國中", "高中", "高工", "高商",
                                                     "高職", "工商", "大學", "年級"};
    for (std::string_view w : k_schools) {
      if (util::has_at(s, p - 6, w)) {
        return true;
      }
    }
    const std::size_t d = g.districts.longest_ending_at(s, p);
    return d != npos && p - d >= 6;
  };
  auto try_end = [&](std::size_t e) {
    if (e < 9 || !is_ideograph(s, e - 3)) {
      return;
    }
    for (std::size_t len : {12u, 9u}) {
      const std::size_t p = e - std::min(e, len);
      bool surname_only = false;
      if (e >= len && is_ideograph(s, p) && place_before(p) &&
          name_end(s, p, &surname_only, NameContext{true, false, true}) == e && !surname_only &&
          !is_place(s.substr(p, e - p)) && !k_places.contains(s.substr(e - 3, 3)) &&
          !is_one_of(s.substr(e - 3, 3), {"段", "厝", "宮", "廟", "寮", "坑", "埔", "港"}) &&
          std::none_of(out.begin(), out.end(), [&](const Match& m) {
            return m.type == PiiType::person_name && m.start < e && p < m.end;
          })) {
        add(out, p, e, 0.7f, "name-list-line", "");
        return;
      }
    }
  };
  // Each separator (from find_names' one pass for its marks: a loop over every byte had cost 3 %
  // of --thorough on prose, a pass per separator 2 %) ends an item, and the item after it ends at
  // 。, a line's end or the text's end within eleven characters (…池上鄉曾粘美雲。).
  for (std::size_t at : seps) {
    try_end(at);
    std::size_t q = at + 3;
    while (q < s.size() && q - at <= 33 && is_ideograph(s, q)) {
      q += 3;
    }
    if (q == s.size() || s[q] == '\r' || s[q] == '\n' || util::has_at(s, q, "。")) {
      try_end(q);
    }
  }
}

// A whole name after 叫 or 叫做 (大兄叫蘇清河, 阮尪是做裁縫的，叫林萬財, 學徒叫做阿雄仔，黃英雄 is
// another rule's): a surname and two given characters, one of them common in given names, where a
// name ends. Not 叫他, 叫車: what follows must read as a whole name.
void names_after_jiao(std::string_view s, std::vector<Match>& out) {
  const patterns::NameData& nd = patterns::name_data();
  for (std::size_t at = util::find_char3(s, 0, "叫"); at != npos;
       at = util::find_char3(s, at + 3, "叫")) {
    const std::size_t p = at + (util::has_at(s, at + 3, "做") ? 6 : 3);
    bool surname_only = false;
    const std::size_t e = name_end(s, p, &surname_only, NameContext{true, false, false, true});
    if (e != npos && !surname_only && e - p >= 9 && nd.surname_at(s, p) != 0 &&
        (nd.given_at(s, e - 6) || nd.given_at(s, e - 3)) &&
        (!is_ideograph(s, e) || ends_name(s, e)) && !is_place(s.substr(p, e - p))) {
      add(out, p, e, 0.75f, "intro", "叫");
      at = e - 3;
    }
  }
}

// A whole name between 由 and the verb of the role it takes (最後爐主由董振發擔任 — set95b's
// temple minutes; 由林雅婷代理, 由王大明主持): a surname and one or two given characters, one of
// them common in given names, right before the verb. Not 自由, 理由, 經由, 藉由.
void names_after_you(std::string_view s, std::vector<Match>& out) {
  static constexpr std::string_view k_role_verbs[] = {"擔任", "出任", "接任", "代理", "主持",
                                                      "負責", "帶領", "簽收", "代領", "主講"};
  const patterns::NameData& nd = patterns::name_data();
  static constexpr CharSet k_not_by(U"自理緣經藉因來事");
  for (std::size_t at = util::find_char3(s, 0, "由"); at != npos;
       at = util::find_char3(s, at + 3, "由")) {
    if (at >= 3 && k_not_by.contains(s.substr(at - 3, 3))) {
      continue;
    }
    const std::size_t p = at + 3;
    bool surname_only = false;
    const std::size_t e = name_end(s, p, &surname_only, NameContext{true, false, true});
    if (e != npos && !surname_only && e - p >= 6 &&
        (nd.given_at(s, e - 6) || nd.given_at(s, e - 3)) && !is_place(s.substr(p, e - p)) &&
        std::any_of(std::begin(k_role_verbs), std::end(k_role_verbs),
                    [&](std::string_view v) { return util::has_at(s, e, v); })) {
      add(out, p, e, 0.7f, "name+role-verb", "由");
      at = e - 3;
    }
  }
}

// A surname alone in brackets between a speaker's role and the colon (訪談員（林）：, 記錄(王):):
// how transcripts half name the people who speak. (The text is normalised: （） are ( ).)
void surnames_in_speaker_brackets(std::string_view s, std::vector<Match>& out) {
  const patterns::NameData& nd = patterns::name_data();
  for (std::size_t b = s.find('('); b != npos; b = s.find('(', b + 1)) {
    if (b < 3 || !is_ideograph(s, b - 3)) {
      continue;
    }
    for (std::size_t len : {3u, 6u}) {
      const std::size_t c = b + 1 + len;
      if (c < s.size() && s[c] == ')' && nd.surname_at(s, b + 1) == len &&
          (util::has_at(s, c + 1, ":") || util::has_at(s, c + 1, "："))) {
        add(out, b + 1, c, 0.6f, "speaker-surname", "");
        break;
      }
    }
  }
}

// A whole name after an office and blanks, standing alone (　　水務局　楊水木, 社會課 尹采潔:
// minutes' attendance and signatures), or glued to it before a colon (水務局楊水木：堤頂… — the
// speaker) — sets 74a, 75b. The office ends in 局, 課, 處, 所, 科, 室, 股 or 組, two characters
// at least.
void names_after_units(std::string_view s, std::vector<Match>& out) {
  static constexpr CharSet k_unit_ends(U"局課處所科室股組");
  const patterns::NameData& nd = patterns::name_data();
  for (std::size_t u = 3; u + 3 < s.size(); ++u) {
    if ((static_cast<unsigned char>(s[u]) & 0xF0) != 0xE0 ||
        !k_unit_ends.contains(s.substr(u, 3)) || !is_ideograph(s, u - 3)) {
      continue;
    }
    std::size_t p = u + 3;
    const bool glued = is_ideograph(s, p);
    p = util::skip_blanks(s, p);
    if (p >= s.size() || nd.surname_at(s, p) == 0) {
      continue;
    }
    bool surname_only = false;
    const std::size_t e = name_end(s, p, &surname_only, NameContext{true, false, true});
    if (e == npos || surname_only || e - p < 6) {
      continue;
    }
    const bool alone = e >= s.size() || s[e] == ' ' || s[e] == '\r' || s[e] == '\n';
    const bool speaker = e < s.size() && (s[e] == ':' || util::has_at(s, e, "："));
    // (Glued, three characters, one of a given name's: not 本分局連繫：, 私人課程預約：.)
    const bool given = e - p >= 9 && (nd.given_at(s, e - 3) || nd.given_at(s, e - 6));
    if ((glued && speaker && given) || (!glued && (alone || speaker))) {
      add(out, p, e, 0.7f, "name-after-unit", "");
    }
  }
}

// A whole name before a bracket whose note says who the person is (請假：曾文彬（住院）, 七年五班
// 粘昇（101年次）, 另外還有孫柏宇（同學叫他「阿宇」）, Ani Suryani（大家叫她阿妮）): the note
// starts with a digit or a character notes on people start with (age, kin, role, nickname,
// nationality). Read thoroughly only; a name of the rule spreads as a cue-free one.
void names_before_bracket_notes(std::string_view s, std::vector<Match>& out) {
  static constexpr CharSet k_note_firsts(
      U"冠住理監委代同就漢中共計孫子女父母夫妻兄弟姊妹已在拋請大時男歲學耆長次族英日韓美"
      U"印越菲泰外小阿綽暱即又本原");
  const patterns::NameData& nd = patterns::name_data();
  for (std::size_t e = s.find('('); e != npos; e = s.find('(', e + 1)) {
    if (e + 4 > s.size() ||
        !(util::is_digit(s[e + 1]) || k_note_firsts.contains(s.substr(e + 1, 3)))) {
      continue;
    }
    if (std::any_of(out.begin(), out.end(), [&](const Match& f) {
          return f.type == PiiType::person_name && f.start < e && e <= f.end;
        })) {
      continue; // a rule found the name already
    }
    for (std::size_t len : {12u, 9u}) { // (the longer first: 張簡美玲, not 簡美玲)
      bool surname_only = false;
      const std::size_t p = e >= len ? e - len : npos;
      const std::size_t prev = p == npos || p == 0 ? 0 : util::prev_char(s, p);
      const bool starts = p != npos && (p == 0 || !is_ideograph(s, prev) || word_starts(s, p) ||
                                        is_one_of(s.substr(prev, p - prev), {"、", "，", "："}) ||
                                        dictionary_starts(s, p));
      if (starts && is_ideograph(s, p) &&
          name_end(s, p, &surname_only, NameContext{true, false, true}) == e && !surname_only &&
          !is_place(s.substr(p, e - p)) && !is_place(s.substr(p, 6)) && // (我苗栗家（351… — set94a)
          !k_single_words.contains(s.substr(p, 3)) &&
          (nd.given_at(s, e - 3) || nd.given_at(s, e - 6))) {
        add(out, p, e, 0.7f, "name-list-line", "");
        break;
      }
    }
  }
}

namespace {
// A husband's surname before a whole name of three found by any rule (冠夫姓: 看陳林秀英阿姨,
// 先慈鍾劉綉鑾女士, 信徒許陳碧雲女士 — 22 such names in the blind sets were found without it):
// a listed surname glued before it that starts a word (not 森林, 對方, 也許), is no function
// word (於, 向, 和 …) or character that mostly makes a word (主任孫建成: k_single_words) and
// makes no word with the name's surname. Found names from `first` on.
void married_surnames(std::string_view s, std::size_t first, std::vector<Match>& out) {
  const patterns::NameData& nd = patterns::name_data();
  static constexpr CharSet k_not_husbands(U"於向和與及由被將把在是為從對跟給讓叫請令並曾何于");
  static constexpr std::size_t k_title_lengths[] = {6, 9, 12};
  static constexpr CharSet k_before_grandchild(U"之的長次外內其愛姪曾玄孝"); // (孝孫: set270a)
  for (std::size_t k = first; k < out.size(); ++k) {
    Match& m = out[k];
    const std::size_t p = m.start >= 3 ? m.start - 3 : npos;
    if (m.type != PiiType::person_name || m.end - m.start != 9 || p == npos ||
        !is_ideograph(s, p) || nd.surname_at(s, m.start) != 3 || nd.surname_at(s, p) != 3 ||
        k_not_husbands.contains(s.substr(p, 3)) || k_single_words.contains(s.substr(p, 3)) ||
        s.substr(p, 3) == s.substr(m.start, 3) ||
        // (孫 as a grandchild: 病人之孫鄭宗翰 — set47a; 另孫葉玉霞阿姨 is a 冠夫姓.)
        (util::has_at(s, p, "孫") && p >= 3 && k_before_grandchild.contains(s.substr(p - 3, 3))) ||
        std::any_of(std::begin(k_title_lengths), std::end(k_title_lengths),
                    [&](std::size_t len) { // (the end of a title: 值日官洪定遠)
                      return p + 3 >= len && title_at(s, p + 3 - len) == len;
                    }) ||
        nd.stopwords.contains(s.substr(p, 6)) || common_word(s.substr(p, 6)) ||
        (p > 0 && is_ideograph(s, util::prev_char(s, p)) &&
         ((!word_starts(s, p) && !dictionary_starts(s, p)) ||
          is_one_of(s.substr(util::prev_char(s, p), 6),
                    {"對方", "雙方", "地方", "警方", "校方", "院方", "也許", "或許", "森林",
                     "樹林", "竹林", "山林", "國王", "蛋黃", "一周", "每周", "上周", "下周",
                     "本周", "提高", "茶葉", "基金", "獎金", "現金", "主張", "開張", "村莊",
                     "長江", "姓陳", "姓林", "姓王", "姓黃", "姓張", "姓李"}))) ||
        std::any_of(out.begin(), out.end(), [&](const Match& o) {
          return o.type == PiiType::person_name && o.start <= p && p < o.end;
        })) {
      continue;
    }
    m.start = p;
  }
}
} // namespace

namespace {
// A boat's name: its number and 號 after it (豐福財7號, 金興隆64號), or 船名 before it (船名
// 「金滿福」) — a fishing crew's vessel column, sets 41, 65, 70, 131; no name in the blind sets'
// truth is so written. (Out of line: find_names is hot, and kept small.)
[[gnu::noinline]] void drop_boats_and_placeholders(std::string_view s, std::size_t first,
                                                   std::vector<Match>& out) {
  const auto boat = [&](const Match& m) {
    std::size_t q = m.end;
    while (q < s.size() && util::is_digit(s[q])) {
      ++q;
    }
    if (q == m.end) {
      while (q + 3 <= s.size() && util::is_chinese_numeral(util::cp3(s.data() + q))) {
        q += 3;
      }
    }
    if (q > m.end && util::has_at(s, q, "號") && !util::has_at(s, q + 3, "碼")) {
      return true;
    }
    std::string_view before = s.substr(0, m.start);
    for (std::string_view open : {"「", "：", ":"}) {
      if (before.ends_with(open)) {
        before.remove_suffix(open.size());
        break;
      }
    }
    return before.ends_with("船名");
  };
  // Or a placeholder: a surname and 甲, 乙, 丙 … as a guide's family tree names people (長房
  // 林甲（歿）─林乙 — set141b); 丁 only beside another (老丁, 阿丁 and 添丁 are names).
  static constexpr CharSet k_stems(U"甲乙丙戊己庚");
  const auto stem_name = [&](const Match& m) {
    return m.end - m.start == 6 && k_stems.contains(s.substr(m.start + 3, 3));
  };
  const auto mine = out.begin() + static_cast<std::ptrdiff_t>(first);
  const bool stems = std::any_of(mine, out.end(), stem_name);
  const auto placeholder = [&](const Match& m) {
    return stems && (stem_name(m) || (m.end - m.start == 6 && util::has_at(s, m.start + 3, "丁")));
  };
  // Or a language: 語 starts given names (語彤, 語涵) and ends some (芯語), it ends languages
  // too (泰語, 魯凱語 — the given-name list holds it since session 27).
  static constexpr CharSet k_language_firsts(
      U"泰英日韓法德越尼客台臺華國粵南鄒凱灣農雅美卑夏悟邵閣萊克達哇富蘭手母族外西葡俄");
  const auto language = [&](const Match& m) {
    return m.end - m.start >= 6 && m.end - m.start <= 12 && util::has_at(s, m.end - 3, "語") &&
           k_language_firsts.contains(s.substr(m.end - 6, 3));
  };
  out.erase(
      std::remove_if(mine, out.end(),
                     [&](const Match& m) { return boat(m) || placeholder(m) || language(m); }),
      out.end());
}
} // namespace

void find_names(Line& line, bool row_has_pii, std::vector<Match>& out, bool cue_free) {
  use_dictionary(cue_free); // (also for names_before_bracketed_values, after this call)
  std::string_view s = line.text();
  const std::size_t first = out.size();
  static thread_local std::vector<Match> weak; // (common_names': added last where free)
  weak.clear();
  if (!s.empty() && (s[0] == 'F' || s[0] == 'N')) {
    vcard_names(s, out);
  }
  if (!s.empty() && ((s[0] >= '0' && s[0] <= '9') || s[0] == '\xE4')) { // (上 and 下: E4 B8)
    chat_sender(s, out);
  }
  if (!s.empty() && (s[0] == '#' || s[0] == '<' || s[0] == ' ')) {
    forum_poster(s, out);
    if (s[0] == '<') {
      board_author(s, out);
    }
  }
  if (cue_free || s.find("M") != npos || s.find("Dr") != npos) {
    latin_titles(s, out); // (the other languages' titles only when read thoroughly)
  }
  std::vector<std::size_t> labels, honorifics;
  static thread_local std::vector<std::size_t> at_chars;
  at_chars.clear();
  find_name_chars(s, at_chars);
  for (std::size_t at : at_chars) {
    switch (util::name_char_kind(s.data(), s.data() + at, s.data() + s.size())) {
    case util::NameChar::label_end:
    case util::NameChar::weak_label:
      labels.push_back(at);
      break;
    case util::NameChar::honorific:
      honorifics.push_back(at);
      break;
    case util::NameChar::none:
      break;
    }
  }
  if (!labels.empty()) {
    after_cues(line, labels, out);
  }
  if (!honorifics.empty()) {
    before_honorifics(line, honorifics, out);
  }
  around_titles(s, out);
  // 姓 (她姓游), 的 (曾承翰的媽媽) and signatures (王小明　敬上; not candidates of their own: in
  // the lines measured they never were the only cue, and that cost 3 % of the prose bench), in
  // one pass over the window.
  // (And the kinship titles given names come before: 明德伯, 阿桃姨.)
  // (And a death notice's words, 諱, 夫 of 太夫人, 適 and 孝: in the same pass.)
  static const CharFinder marks({"姓", "的", "敬", "謹", "生", "婦", "嫌", "男", "女", "董",
                                 "伯", "叔", "姨", "嬸", "姆", "嫂", "姐", "姊", "哥", "師",
                                 "嬤", "諱", "夫", "適", "孝", "；", "、", "之", "等", "已"});
  static constexpr CharSet k_death_marks(U"諱夫適孝");
  bool death_marks = false;
  static thread_local std::vector<std::size_t> list_seps; // ；and 、, for names_after_places
  list_seps.clear();
  static constexpr CharSet k_kin_titles(U"伯叔姨嬸姆嫂姐姊哥師嬤");
  static thread_local std::vector<std::size_t> kin_at;
  kin_at.clear();
  at_chars.clear();
  marks.find_all(s, at_chars);
  for (std::size_t at : at_chars) {
    const char32_t c = util::cp3(s.data() + at);
    if (k_kin_titles.contains(s.substr(at, 3))) {
      kin_at.push_back(at);
    } else if (c == U'；' || c == U'、') {
      list_seps.push_back(at);
    } else if (k_death_marks.contains(s.substr(at, 3))) {
      // (Only in the death notice's words: not 丈夫, 孝順, 適合.)
      death_marks = death_marks || c == U'諱' ||
                    (c == U'夫' && at >= 3 && util::has_at(s, at - 3, "太夫人")) ||
                    (c == U'適' && at >= 1 && s[at - 1] == '(') ||
                    (c == U'孝' && at >= 3 && util::has_at(s, at - 3, "不孝"));
    } else if (c == U'姓') {
      after_xing(s, at, out);
    } else if (c == U'的' || c == U'之') {
      before_de_kin(s, at, out);
    } else if (c == U'生') {
      student(s, at, out);
    } else if (c == U'等') {
      if (cue_free) {
        name_before_deng(s, at, out); // 補發禮金莊美惠等5名
      }
    } else if (c == U'已') {
      if (cue_free && util::has_at(s, at + 3, "於")) {
        name_before_death_news(s, at, out); // 另張簡添福已於113年9月5日過世
      }
    } else if (c != U'敬' && c != U'謹') {
      shorthand(s, at, out);
    } else if (s.substr(at + 3).starts_with("上") || s.substr(at + 3).starts_with("啟")) {
      before_signature(s, at, out);
    }
  }
  if (!line.mid_clause()) {
    list_item(s, out);
    speaker(s, out);
    if (cue_free) {
      entry_line(s, out); // (read thoroughly only: the first words of every line of a roster)
    }
  }
  if (row_has_pii) {
    row_fields(line, out, cue_free);
  }
  if (cue_free && s.find("「") != npos) {
    quoted_names(s, out);
  }
  if (cue_free) {
    common_names(s, line.mid_clause(), line.ends_line(), out, weak); // last: a cue's rule wins
    surname_nicknames(s, out);
    given_nicknames(s, out);
    kin_char_names(s, out);
    household_surnames(s, out);
    japanese_names(s, out);
  }
  if (!kin_at.empty()) {
    given_names_before_kin(s, kin_at, out);
  }
  names_in_brackets(s, out);
  bracket_pairs(s, out);
  aliases_before_brackets(s, out);
  if (cue_free) {
    nickname_aliases(s, out); // (after the rules that find the whole names)
  }
  if (s.find('@') != npos) {
    email_display_names(s, out);
    mentions(s, out);
  }
  if (s.find("\":") != npos) {
    export_names(s, out);
  }
  if (cue_free && death_marks) {
    death_notice(s, out);
  }
  if (cue_free && !line.mid_clause()) {
    // (A line that starts with 孝, 外, 曾, 護 or 孤 after blanks, or a plain kinship word and
    // wide spacing.)
    const std::size_t first_char = util::skip_blanks(s, 0);
    static constexpr CharSet k_family_firsts(U"孝外曾護孤哀孫婿女子媳長次");
    if (first_char < s.size() && k_family_firsts.contains(s.substr(first_char, 3))) {
      death_notice_family(s, out);
    }
  }
  if (cue_free) {
    if (s.find('(') != npos) {
      surnames_in_speaker_brackets(s, out); // 訪談員（林）：
      names_before_death_marks(s, out);     // 原眷戶吳天賜（歿）
      names_before_nationalities(s, out);   // 阿部健太（日籍）
    }
    if (s.find("さん") != npos) {
      names_before_san(s, out); // 中村さん持居留證
    }
    names_after_jiao(s, out);    // 大兄叫蘇清河
    names_after_you(s, out);     // 爐主由董振發擔任
    latin_before_titles(s, out); // (a pass over the window: thorough only)
    english_intros(s, out);
    if (s.find('/') != npos) {
      booked_names(s, out);
    }
    family_names(s, out);
  }
  if (cue_free && !line.mid_clause() && s.find(' ') != npos) {
    spaced_titles(s, out); // (a pass over the window: thorough only, as signature lines are)
    unit_surnames(s, out);
  }
  names_listed_after(s, out);
  if (s.find("、") != npos) {
    names_listed_before(s, out);
    if (cue_free) {
      names_before_count(s, out); // (after the rules whose readings it must not take over)
    }
  }
  names_on_list_line(s, out);
  if (cue_free && s.find("、") != npos) {
    given_name_lists(s, out);
  }
  // (A Latin letter next to a 、 first: most windows have no 、, most lists no Latin name.)
  for (std::size_t d = s.find("、"); d != npos; d = s.find("、", d + 3)) {
    if ((d + 3 < s.size() && s[d + 3] >= 'A' && s[d + 3] <= 'Z') ||
        (d > 0 && util::is_alpha(s[d - 1]))) {
      latin_list_line(s, out);
      break;
    }
  }
  // (Dotted names anywhere only when read thoroughly: has_middle_dot stops at every '.', which
  // dense text has many of; the halves' cheaper test looks for the dot characters alone.)
  if (cue_free && has_middle_dot(s)) {
    dotted_names(s, out);
  }
  if (s.find("\xE2\x80") != npos || s.find("\xC2\xB7") != npos || s.find("・") != npos) {
    dotted_first_halves(s, first, out); // (‧ and • start with E2 80)
  }
  if (cue_free && s.find('(') != npos) {
    names_before_bracket_notes(s, out);
  }
  if (cue_free) {
    names_after_units(s, out);
  }
  if (cue_free && !list_seps.empty()) {
    names_after_places(s, list_seps, out); // (lists of awardees: items joined by ；or 、)
  }
  if (cue_free) {
    latin_in_han(s, out); // last: a list's rule, more confident, takes its names first
    names_after_any_colon(s, out);
  }
  if (s.find('/') != npos || s.find("／") != npos) {
    slash_pairs(s, first, out);
  }
  mixed_script_names(s, first, out);
  if (cue_free && s.find(' ') != npos) {
    latin_after_names(s, first, out);
  }
  if (s.find("<li") != npos) {
    donor_items(s, out);
    html_list_names(s, first, out);
  }
  if (s.find("、") != npos) {
    named_list_rest(s, first, out);
  }
  married_surnames(s, first, out);
  for (const Match& w : weak) {
    if (std::none_of(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
                     [&](const Match& m) { return m.start < w.end && w.start < m.end; })) {
      out.push_back(w);
    }
  }
  drop_boats_and_placeholders(s, first, out);
  // A surname and a title quoted as the way to write one (可記為「林姓民眾」, 以「李稽查員」
  // 代替 — set107b's guide): an example of the form, no one's name.
  // (The matches first: most windows have none of a single character. This call's only: what
  // came before `first` is another text's.)
  const auto mine = out.begin() + static_cast<std::ptrdiff_t>(first);
  if (std::any_of(mine, out.end(), [](const Match& m) { return m.end - m.start == 3; })) {
    out.erase(
        std::remove_if(
            mine, out.end(),
            [&](const Match& m) {
              if (m.end - m.start != 3 || m.start < 6 || !util::has_at(s, m.start - 3, "「") ||
                  (m.rule != "surname+title" && m.rule != "surname+姓" &&
                   m.rule != "surname+honorific")) {
                return false;
              }
              const std::size_t close = s.find("」", m.end);
              // (The clause before it says so: 記為「○○○」或「林姓民眾」; or a
              // guide's warning, 只寫「陳先生」或「林小姐」, 常見假客服名稱如
              // 「林專員」 — sets 102, 116, 124, 125, 43. Not 自稱 alone: a
              // caller's 自稱「王先生」 is someone — set29a, set60a.)
              std::string_view clause = s.substr(0, m.start - 3);
              const std::size_t comma = clause.rfind("，");
              clause.remove_prefix(comma == npos ? 0 : comma + 3);
              bool example =
                  clause.ends_with("以") || clause.find("以「") != npos; // 以「○府…」或「陳府闔家」
              for (std::string_view w : {"記為", "寫成", "寫為", "稱為", "例如", "如「", "只寫",
                                         "僅寫", "勿", "不得", "」或", "改稱", "常見"}) {
                example = example || clause.find(w) != npos;
              }
              // (Or what follows the quote: 「黃先生」或「林小姐」.)
              example = example || (close != npos && (util::has_at(s, close + 3, "或「") ||
                                                      util::has_at(s, close + 3, "、「")));
              return close != npos && close - m.end <= 12 && example;
            }),
        out.end());
  }
}

namespace {
// The start of a whole Chinese name of two to four characters that ends at s[e] (a bracket
// follows) and starts a word, or npos: not 主任聯繫（工地電話…）, 復康巴士（預約專線…）. With
// `given`, one of its last two characters is a common given name's (not 天賜: what the bracket
// holds must tell that it is a person's).
std::size_t name_before_bracket(std::string_view s, std::size_t e, bool given = true,
                                bool whole_field = false) {
  for (std::size_t len : {9u, 12u, 6u}) {
    bool surname_only = false;
    const std::size_t p = e >= len ? e - len : npos;
    // (With `whole_field`, a name that stands at its field's start may begin like a word:
    // │黎明德（已歿）│ — set72a.)
    if (whole_field && p != npos && p > 0 && is_ideograph(s, util::prev_char(s, p))) {
      continue;
    }
    if (p != npos && is_ideograph(s, p) &&
        name_end(s, p, &surname_only, NameContext{true, whole_field, true}) == e && !surname_only &&
        !is_place(s.substr(p, e - p)) && !k_single_words.contains(s.substr(p, 3)) &&
        (!given || patterns::name_data().given_at(s, e - 3) ||
         patterns::name_data().given_at(s, e - 6)) &&
        (word_starts(s, p) || dictionary_starts(s, p))) {
      return p;
    }
  }
  return npos;
}
} // namespace

void names_before_death_marks(std::string_view s, std::vector<Match>& out) {
  for (std::string_view mark : {"(歿", "(已歿", "(已故", "(殁"}) {
    for (std::size_t b = s.find(mark); b != npos; b = s.find(mark, b + 1)) {
      const std::size_t close = b + mark.size();
      if (close < s.size() && s[close] != ')' && s[close] != ',' && !util::has_at(s, close, "，") &&
          !util::has_at(s, close, "、")) {
        continue; // (歿於民國…: a date of death follows, not a name's note)
      }
      std::size_t start = name_before_bracket(s, b, false);
      start = start != npos ? start : name_before_bracket(s, b, false, true);
      if (start != npos && !std::any_of(out.begin(), out.end(), [&](const Match& m) {
            return m.start < b && start < m.end;
          })) {
        add(out, start, b, 0.75f, "name+deceased", "歿");
      }
    }
  }
  // (Or the year of the death in the bracket, the mark at its end: 韓榮安（民國九十八年歿）,
  // 柳雅潔（112年往生） — set152b's blessing list.)
  for (std::size_t close = s.find(')'); close != npos; close = s.find(')', close + 1)) {
    std::size_t m = npos; // where the mark starts
    if (close >= 3 && util::has_at(s, close - 3, "歿")) {
      m = close - 3;
    } else if (close >= 6 &&
               (util::has_at(s, close - 6, "往生") || util::has_at(s, close - 6, "過世") ||
                util::has_at(s, close - 6, "辭世"))) {
      m = close - 6;
    }
    if (m == npos) {
      continue;
    }
    const std::size_t lo = m > 30 ? m - 30 : 0;
    const std::size_t b = s.substr(lo, m - lo).rfind('(');
    if (b == npos || b + lo + 1 == m) {
      continue; // (no bracket, or the mark right after it: the loop above's)
    }
    const std::size_t open = lo + b;
    const std::string_view inside = s.substr(open + 1, m - open - 1);
    if (inside.find("年") == npos || inside.find(')') != npos) {
      continue; // (a year must be told: (父親往生) is no note on the name before it)
    }
    const std::size_t start = name_before_bracket(s, open, false);
    if (start != npos && !std::any_of(out.begin(), out.end(), [&](const Match& x) {
          return x.start < open && start < x.end;
        })) {
      add(out, start, open, 0.75f, "name+deceased", "歿");
    }
  }
}

void name_before_death_news(std::string_view s, std::size_t at, std::vector<Match>& out) {
  // 已於, a date, then the death within the clause (已於113年9月5日過世, 已於114年10月6日死亡).
  const std::size_t lo = at + 6, hi = std::min(s.size(), at + 60);
  bool death = false;
  for (std::string_view w : {"過世", "辭世", "死亡", "往生", "病逝", "逝世"}) {
    const std::size_t d = s.substr(lo, hi - lo).find(w);
    death = death || (d != npos && s.substr(lo, d).find("，") == npos);
  }
  if (!death) {
    return;
  }
  // (An honorific between: 夏世昌老先生已於….)
  std::size_t e = at;
  for (std::string_view h : {"老先生", "老太太", "先生", "女士"}) {
    if (e >= h.size() + 6 && util::has_at(s, e - h.size(), h)) {
      e -= h.size();
      break;
    }
  }
  std::size_t start = name_before_bracket(s, e);
  // (A compound surname whole: 另張簡添福, not 簡添福.)
  if (start != npos && start >= 3 && patterns::name_data().surname_at(s, start - 3) == 6) {
    start -= 3;
  }
  if (start != npos && !std::any_of(out.begin(), out.end(),
                                    [&](const Match& m) { return m.start < e && start < m.end; })) {
    add(out, start, e, 0.7f, "name+death", "已於");
  }
}

void name_before_deng(std::string_view s, std::size_t d, std::vector<Match>& out) {
  // 等, a count in digits or numerals, and what is counted: people (等5名, 等三人, 等12位).
  std::size_t q = d + 3;
  while (q < s.size() &&
         (util::is_digit(s[q]) ||
          (q + 3 <= s.size() && util::is_chinese_numeral(util::cp3(s.data() + q))))) {
    q += util::is_digit(s[q]) ? 1 : 3;
  }
  if (q == d + 3 || !(util::has_at(s, q, "名") || util::has_at(s, q, "人") ||
                      util::has_at(s, q, "位") || util::has_at(s, q, "員"))) {
    return;
  }
  const std::size_t start = name_before_bracket(s, d);
  if (start != npos && !std::any_of(out.begin(), out.end(),
                                    [&](const Match& m) { return m.start < d && start < m.end; })) {
    add(out, start, d, 0.7f, "name+count", "等");
  }
}

void names_before_nationalities(std::string_view s, std::vector<Match>& out) {
  static constexpr std::string_view k_countries[] = {
      "日",   "韓",   "美",   "英",   "法",   "德",     "荷",     "加",       "澳",    "泰",
      "越",   "菲",   "印",   "馬",   "緬",   "日本",   "韓國",   "美國",     "英國",  "法國",
      "德國", "泰國", "越南", "印尼", "緬甸", "菲律賓", "加拿大", "馬來西亞", "新加坡"};
  for (std::size_t b = s.find("籍"); b != npos; b = s.find("籍", b + 1)) {
    const std::size_t after = b + 3;
    if (after < s.size() && s[after] != ')' && s[after] != ',' && !util::has_at(s, after, "，") &&
        !util::has_at(s, after, "、")) {
      continue;
    }
    std::size_t open = npos;
    for (std::string_view c : k_countries) {
      if (b >= c.size() + 1 && s.substr(b - c.size(), c.size()) == c &&
          s[b - c.size() - 1] == '(') {
        open = b - c.size() - 1;
      }
    }
    if (open == npos || open < 6 ||
        std::any_of(out.begin(), out.end(), [&](const Match& m) { return m.end == open; })) {
      continue;
    }
    std::size_t start = name_before_bracket(s, open, false);
    start = start != npos ? start : name_before_bracket(s, open, false, true);
    // (Or a foreign name in characters, two to four of them where a word starts after a blank,
    // 、 or a colon: 阿部健太（日籍）, 朴恩惠（韓籍） — set82b.)
    if (start == npos) {
      std::size_t q = open;
      while (q > 0 && open - q < 12 && is_ideograph(s, q - 3)) {
        q -= 3;
      }
      const bool bounded = q == 0 || s[q - 1] == ' ' || util::has_at(s, q - 3, "、") ||
                           util::has_at(s, q - 3, "：") || util::has_at(s, q - 3, "，");
      const std::string_view run = s.substr(q, open - q);
      // (Not who someone is: 外籍看護（印尼籍）, 新住民配偶（越南籍）.)
      static constexpr std::string_view k_roles[] = {
          "看護", "移工", "外勞", "漁工", "配偶", "勞工", "員工", "學生",
          "志工", "新娘", "太太", "媳婦", "人士", "旅客", "男子", "女子",
          "人員", "船員", "幫傭", "老師", "教師", "神父", "修女", "牧師"};
      const bool role = std::any_of(std::begin(k_roles), std::end(k_roles),
                                    [&](std::string_view w) { return run.ends_with(w); });
      start = bounded && run.size() >= 9 && !role && title_at(s, q) == 0 && !common_word(run) &&
                      !is_place(run) && !org_word_at(s, q) &&
                      !patterns::name_data().stopwords.contains(run.substr(0, 6)) &&
                      !stops_name(run.substr(0, 3))
                  ? q
                  : npos;
    }
    if (start != npos && !std::any_of(out.begin(), out.end(), [&](const Match& m) {
          return m.start < open && start < m.end;
        })) {
      add(out, start, open, 0.7f, "name+nationality", "籍");
    }
  }
}

void names_before_san(std::string_view s, std::vector<Match>& out) {
  for (std::size_t k = s.find("さん"); k != npos; k = s.find("さん", k + 6)) {
    std::size_t q = k;
    while (q >= 3 && k - q < 12 && is_ideograph(s, q - 3)) {
      q -= 3;
    }
    if (q == k || (q >= 3 && is_ideograph(s, q - 3)) ||
        std::any_of(out.begin(), out.end(),
                    [&](const Match& m) { return m.start < k && q < m.end; })) {
      continue;
    }
    // (Not the words before it: 我跟中村さん, 請山田さん.)
    static constexpr CharSet k_before(U"我你他她跟和與向對給請的是在說叫被把讓找問");
    while (k - q > 6 && k_before.contains(s.substr(q, 3))) {
      q += 3;
    }
    const std::string_view run = s.substr(q, k - q);
    if (!common_word(run) && title_at(s, q) == 0 && !org_word_at(s, q)) {
      add(out, q, k, 0.7f, "name+san", "さん");
    }
  }
}

void names_before_bracketed_values(Line& line, std::vector<Match>& out, std::size_t first) {
  std::string_view s = line.text();
  // The name that ends at the bracket at s[e]: found by a rule already, or read back from it.
  auto name_before_value = [&](std::size_t e) {
    // (First whether a rule found a name there already: most such names have a label.)
    if (std::any_of(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
                    [&](const Match& f) { return f.end == e || (f.start < e && e < f.end); })) {
      return;
    }
    std::size_t start = name_before_bracket(s, e);
    // Two given characters alone, where a word starts (子晴（小二，F229073165）、子豪（幼兒園，…）:
    // children listed by given name, each with an ID).
    if (start == npos && e >= 6 && patterns::name_data().given_at(s, e - 6) &&
        patterns::name_data().given_at(s, e - 3) && !common_word(s.substr(e - 6, 6)) &&
        patterns::name_data().surname_at(s, e - 6) == 0 &&
        !(e >= 9 && util::has_at(s, e - 9, "○")) && // (王○明君: a masked name's end — set93b)
        (e == 6 || !is_ideograph(s, util::prev_char(s, e - 6)) ||
         is_one_of(s.substr(util::prev_char(s, e - 6), e - 6 - util::prev_char(s, e - 6)),
                   {"、", "，"}))) {
      start = e - 6;
    }
    if (start == npos && e >= 2 && util::is_alpha(s[e - 1])) {
      // A Latin name: back over two to four words of letters, one blank apart.
      std::size_t q = e;
      for (int w = 0; w < 4 && q > 0 && util::is_alpha(s[q - 1]); ++w) {
        while (q > 0 && util::is_alpha(s[q - 1])) {
          --q;
        }
        if (latin_name_end(s, q, true) == e) {
          start = q;
        }
        if (q < 2 || s[q - 1] != ' ') {
          break;
        }
        --q;
      }
      if (start != npos && start > 0 && util::is_alnum(s[start - 1])) {
        start = npos;
      }
    }
    const bool found =
        start != npos && std::any_of(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
                                     [&](const Match& f) { return f.start < e && start < f.end; });
    if (start != npos && !found) {
      add(out, start, e, 0.8f, "name+bracketed-value", "");
    }
  };
  const std::size_t n = out.size();
  for (std::size_t k = first; k < n; ++k) {
    const Match m = out[k];
    if (m.type != PiiType::national_id && m.type != PiiType::resident_id &&
        m.type != PiiType::phone && m.type != PiiType::birth_date) {
      continue;
    }
    // The bracket: right before the value, or before a label of up to five ideographs and a
    // blank perhaps (（居留證 B907616826）).
    std::size_t b = m.start > 0 && s[m.start - 1] == ' ' ? m.start - 1 : m.start;
    for (int c = 0; c < 5 && b >= 3 && is_ideograph(s, b - 3); ++c) {
      b -= 3;
    }
    // (Or a short note and a comma: 子晴（小二，F229073165）, 子豪（幼兒園，…）.)
    if (b >= 6 && util::has_at(s, b - 3, "，") && s[b - 1] != '(') {
      std::size_t q = b - 3;
      for (int c = 0; c < 3 && q >= 3 && is_ideograph(s, q - 3); ++c) {
        q -= 3;
      }
      b = q >= 1 && s[q - 1] == '(' ? q : b;
    }
    if (b != 0 && s[b - 1] == '(') {
      name_before_value(b - 1);
    }
  }
  // Or an ID masked in the bracket, as published lists keep them (汪重光（W10320****）　郭麗雲
  // （Q16321****） — set267b's list of those admitted): a capital letter, 1, 2, 8 or 9, four
  // digits or more, then stars to the bracket's end, ten characters in all.
  for (std::size_t c = s.find("*)"); c != npos; c = s.find("*)", c + 2)) {
    std::size_t stars = c; // the first star
    while (stars > 0 && s[stars - 1] == '*') {
      --stars;
    }
    std::size_t d = stars; // the first digit
    while (d > 0 && util::is_digit(s[d - 1])) {
      --d;
    }
    if (d >= 3 && s[d - 2] == '(' && s[d - 1] >= 'A' && s[d - 1] <= 'Z' && c + 1 - (d - 1) == 10 &&
        stars - d >= 4 && (s[d] == '1' || s[d] == '2' || s[d] == '8' || s[d] == '9')) {
      name_before_value(d - 2);
    }
  }
}

bool is_name(std::string_view field) {
  if (latin_name_end(field, 0, true) == field.size() || dotted_name_end(field, 0) == field.size()) {
    return true;
  }
  // A surname and one given character padded to a three-character column (盧　琴, 康　平: the
  // text is normalised, U+3000 is a blank).
  if (field.size() == 7 && field[3] == ' ' && is_ideograph(field, 0) && is_ideograph(field, 4) &&
      patterns::name_data().surname_at(field, 0) == 3 && !stops_name(field.substr(4, 3)) &&
      !k_places.contains(field.substr(4, 3))) {
    return true;
  }
  // A letter-spaced name as the whole field (邱 素 卿, 卓 宥廷).
  if (field.size() >= 7 && field[3] == ' ' &&
      spaced_name_end(field, 0, NameContext{true, true, true}) == field.size()) {
    return true;
  }
  // An indigenous name in Latin letters with the dot of its Chinese form (Panay．Kacaw): two
  // capitalised words of three letters or more.
  if (const std::size_t dot = field.find('.');
      dot != npos && dot >= 3 && field.find('.', dot + 1) == npos && field.size() - dot > 3 &&
      latin_name_end(field.substr(0, dot), 0, true, 1) == dot &&
      latin_name_end(field, dot + 1, true, 1) == field.size()) {
    return true;
  }
  bool surname_only = false;
  return name_end(field, 0, &surname_only, NameContext{true, true, true}) == field.size() &&
         !surname_only && !is_place(field);
}

namespace {
// Whether a name column's cell holds what stands for no name: a blank's word (同上, 不詳, 查無 —
// set129a; 未知, 未留 — set130b), an unclaimed grave's (無人認領), a total's (合計) or a
// signature's (蓋章 under 簽收 — set138b).
bool placeholder_cell(std::string_view field) {
  return is_one_of(field, {"同上",   "合計",   "小計", "總計", "查無", "待查", "不詳",
                           "不明",   "未知",   "未留", "未填", "待補", "無",   "無人認領",
                           "待認領", "未認領", "蓋章", "簽章", "簽名", "簽收", "代領"});
}
} // namespace

bool is_name_column_cell(std::string_view field) {
  // (Not a label of a table's footer: 核定日期,113/05/03,文號,… — set58a; nor a word of offices
  // and trades, 仲介 under 姓名 for a crew hired through an agency — set95a.)
  if (field.size() == 6 && (is_one_of(field.substr(3), {"號", "期", "額", "註", "址", "話"}) ||
                            (org_word_at(field, 0) && org_word_at(field, 3)))) {
    return false;
  }
  // (Nor a shop, its trade's word after its first two characters: 金龍米行 under 捐助者 — sets
  // 26b, 29b.)
  for (std::size_t i = 6; i + 6 <= field.size() && field.size() <= 15; i += 3) {
    if (is_ideograph(field, i) && org_word_at(field, i)) {
      return false;
    }
  }
  if (is_name_cell(field)) {
    return true;
  }
  const patterns::NameData& nd = patterns::name_data();
  // A given name alone, two characters common in given names: a clerk's under 承辦 (欣怡, 靜宜 —
  // set199b's counter log), a contact's under 聯絡人 (月萱 — set200b's wander bracelets).
  if (field.size() == 6 && nd.given_at(field, 0) && nd.given_at(field, 3) && !common_word(field) &&
      !nd.stopwords.contains(field) && !is_place(field) && !placeholder_cell(field)) {
    return true;
  }
  // (Or a rarer surname yet, two characters common in given names after it: 才金水 under 姓名 —
  // set296b's members; not a word.)
  static constexpr CharSet k_not_first(
      U"的由經責在與和及或被讓給對向從於將把是有為請等各另並又也都就");
  if (field.size() == 9 && is_ideograph(field, 0) && !k_not_first.contains(field.substr(0, 3)) &&
      nd.given_at(field, 3) && nd.given_at(field, 6) && !common_word(field.substr(0, 6)) &&
      !common_word(field.substr(3)) && !nd.stopwords.contains(field.substr(0, 6)) &&
      !is_place(field) && !k_places.contains(field.substr(6)) && title_at(field, 3) == 0 &&
      !placeholder_cell(field)) {
    return true;
  }
  // A surname (listed or rarer) and one to three ideographs, whatever they are (施又寧, 蕭水木:
  // the column says it is a name): not a place or an office, no total (合計) or blank (同上).
  const std::size_t sl = nd.surname_at(field, 0) != 0 ? nd.surname_at(field, 0)
                         : nd.rare_at(field, 0)       ? 3
                                                      : 0;
  if (sl == 0 || field.size() < sl + 3 || field.size() > 12 || field.size() % 3 != 0) {
    return false;
  }
  for (std::size_t i = 0; i < field.size(); i += 3) {
    if (!is_ideograph(field, i)) {
      return false;
    }
  }
  // (Nor a surname and a title, wherever the title starts: 葉小隊長 under 受理人 — set213b's bee
  // calls; the rules for titles take the surname alone.)
  for (std::size_t k = sl; k < field.size(); k += 3) {
    if (title_at(field, k) == field.size() - k) {
      return false;
    }
  }
  return !is_place(field) && !k_places.contains(field.substr(field.size() - 3)) &&
         title_at(field, sl) == 0 && !placeholder_cell(field);
}

bool is_signature_cell(std::string_view field) {
  const patterns::NameData& nd = patterns::name_data();
  return is_name_column_cell(field) ||
         (field.size() == 3 && (nd.surname_at(field, 0) == 3 || nd.rare_at(field, 0))) ||
         (field.size() == 6 && nd.surname_at(field, 0) == 6);
}

bool is_transliterated_cell(std::string_view field) {
  if (is_name_cell(field)) {
    return true;
  }
  // (Or 老, 小 or 阿 and one capital letter, as nicknames go: 老K, 小P — set79a's troupe.)
  if (field.size() == 4 &&
      (util::has_at(field, 0, "老") || util::has_at(field, 0, "小") ||
       util::has_at(field, 0, "阿")) &&
      field[3] >= 'A' && field[3] <= 'Z') {
    return true;
  }
  // Two to five ideographs (a middle dot between allowed: 阿布‧斯): no place, no nationality.
  std::size_t n = 0;
  for (std::size_t i = 0; i < field.size(); i += 3) {
    if (!is_ideograph(field, i)) {
      if (!(util::has_at(field, i, "‧") || util::has_at(field, i, "．")) || i == 0) {
        return false;
      }
      continue;
    }
    ++n;
  }
  return n >= 2 && n <= 5 && !is_place(field) &&
         !k_places.contains(field.substr(field.size() - 3)) && !placeholder_cell(field) &&
         !is_one_of(field, {"印尼", "越南", "泰國", "菲律賓", "馬來西亞", "緬甸", "柬埔寨"});
}

namespace {
// A name as airlines and travel agents write it, surname first, capitals, a slash between
// (CHENG/KUOHUA, CHANG CHIEN/YUTING, NGUYEN THI/HUONG): two letters or more each side, words
// one blank apart, no digit (BR116/BR115 is a flight).
bool airline_name(std::string_view field) {
  const std::size_t slash = field.find('/');
  if (slash == std::string_view::npos || field.size() > 48) {
    return false;
  }
  auto words = [](std::string_view part) {
    if (part.size() < 2 || part.front() == ' ' || part.back() == ' ') {
      return false;
    }
    for (std::size_t i = 0; i < part.size(); ++i) {
      if (!(part[i] >= 'A' && part[i] <= 'Z') && !(part[i] == ' ' && part[i - 1] != ' ')) {
        return false;
      }
    }
    return true;
  };
  return words(field.substr(0, slash)) && words(field.substr(slash + 1));
}
} // namespace

bool is_name_cell(std::string_view field) {
  return is_name(field) ||
         (field.size() >= 3 && latin_name_end(field, 0, true, 1) == field.size()) ||
         airline_name(field);
}

} // namespace twpii::detectors
