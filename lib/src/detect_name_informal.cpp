// Names in informal and electronic text, and in Latin or transliterated script: chat exports
// (LINE senders), mentions (@Kevin Lin), e-mail headers, vCard and JSON exports, dotted
// indigenous names (巴奈．拉娃), Latin names before titles or after English words (My wife …),
// letter-spaced titles, families by their surname (黃家), pairs of a name and its other script
// in brackets. find_names (detect_name.cpp) calls them; the parts they share are in
// name_parts.hpp.
#include "name_parts.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace twpii::detectors::names {

// A name in Latin letters and the same name in Chinese characters, one in brackets after the
// other, where neither had a cue: 拉赫·卡造（Lahok Kacaw）, Sawmah Ofad（林文雄）, Panay Kacaw
// （巴奈．卡照） (the text is normalised: （） are ( )). A pair is evidence enough.
[[gnu::noinline]] void bracket_pairs(std::string_view s, std::vector<Match>& out) {
  auto found = [&](std::size_t a, std::size_t e) {
    return std::any_of(out.begin(), out.end(), [&](const Match& m) {
      return m.type == PiiType::person_name && m.start == a && m.end == e;
    });
  };
  for (std::size_t q = s.find('('); q != npos && q + 1 < s.size(); q = s.find('(', q + 1)) {
    const bool latin_inside = s[q + 1] >= 'A' && s[q + 1] <= 'Z';
    const bool latin_before = q > 0 && util::is_alpha(s[q - 1]);
    if (!latin_inside && !latin_before) {
      continue; // (05)213-7438, 王小明(男): neither side in Latin letters
    }
    // Latin inside: a dotted name before, nearest the dot from where a word starts (族名是巴奈．
    // 卡照: 巴奈, not 是巴奈).
    if (const std::size_t l = latin_inside ? latin_name_end(s, q + 1, true) : npos;
        l != npos && l < s.size() && s[l] == ')') {
      for (std::size_t st = q >= 6 ? q - 6 : 0, tried = 0; tried < 16; ++tried) {
        if (dotted_name_end(s, st) == q && word_starts(s, st)) {
          if (!found(st, q)) {
            add(out, st, q, 0.75f, "name-pair", "");
          }
          if (!found(q + 1, l)) {
            add(out, q + 1, l, 0.75f, "name-pair", "");
          }
          break;
        }
        if (st == 0) {
          break;
        }
        st = util::prev_char(s, st);
      }
      continue;
    }
    if (!latin_before) {
      continue;
    }
    // A name inside (found, or dotted): a Latin name before, from where its first word starts.
    std::size_t r = dotted_name_end(s, q + 1);
    bool inner_found = false;
    if (r == npos || r >= s.size() || s[r] != ')') {
      r = npos;
      for (const Match& m : out) {
        if (m.type == PiiType::person_name && m.start == q + 1 && m.end < s.size() &&
            s[m.end] == ')') {
          r = m.end;
          inner_found = true;
        }
      }
    }
    // Or, after a Latin name found, a Chinese rendering of it, first or second in the bracket
    // (Watan Losin（瓦旦）, Hiroshi Yamamoto（山本浩）, Daniel Park（韓國籍，朴大仁）— sets 46,
    // 47): two to four ideographs that make no word and say nothing else (籍, 語, 族 …).
    // (The Latin name is read below: latin_name_end, two words at least.)
    std::size_t inner = q + 1;
    for (int item = 0; r == npos && item < 2; ++item) {
      std::size_t e = inner;
      while (e < s.size() && e - inner < 12 && is_ideograph(s, e)) {
        e += 3;
      }
      // (Nor what is said of the person: a role, a title, kin, a signature's note — 督導, 看護,
      // 通譯, 監事, 簽名, 按捺指印, 外孫, 爸爸, 左二, 已歸化, 常駐大阪, 計時公司, 外聘, 約僱,
      // 鄰居, 實習; nor a tree a person adopted, 榕樹, 苦楝 — set65a.)
      static constexpr CharSet k_not_rendering(
          U"籍國語族人工師員生長者女男歲住的是在年月日號簽按指印監督護譯秘書孫兄姊弟妹爸媽叔伯姨"
          U"嬸舅左右來化證司察究協禮拜常駐任離婚代理委事隊鄉鎮縣處局科課室署部院校社聘僱鄰樹榕楝"
          U"習湯飯麵粥餅糕羹" // (酸辣湯: a dish a class cooked — set129a)
          U"組");             // (a contest's group: Rina Kartika（高中組） — set296b)
      const bool comma = s.substr(e, 1) == "," || util::has_at(s, e, "，");
      bool plain = e - inner >= 6 && e < s.size() && (s[e] == ')' || comma);
      for (std::size_t k = inner; plain && k < e; k += 3) {
        plain = !k_not_rendering.contains(s.substr(k, 3));
      }
      // (Nor an office or a village: Sakinu Tepiq（原民處）, Phạm Thị Hoa（富光里）— set56a.)
      plain = plain && !util::has_at(s, e - 3, "里") && !util::has_at(s, e - 3, "村");
      if (plain && title_at(s, inner) == 0 && !common_word(s.substr(inner, 6)) &&
          !is_place(s.substr(inner, e - inner)) &&
          !is_one_of(s.substr(inner, e - inner),
                     {"菲律賓", "印尼",   "越南", "日本", "馬來西亞", "新加坡", "印度",
                      "緬甸",   "柬埔寨", "香港", "澳門", "澳洲",     "加拿大", "紐西蘭",
                      "配偶",   "太太",   "先生", "丈夫", "妻子",     "兒子",   "女兒",
                      "媳婦",   "女婿",   "母親", "父親"}) &&
          // (Nor a form's filler: Siti Aminah（未填） — set251b.)
          !is_one_of(s.substr(inner, e - inner),
                     {"未填", "不詳", "同上", "待定", "待補", "拒填", "未知", "不明", "免填"})) {
        r = e;
        break;
      }
      if (!comma) {
        break;
      }
      inner = e + (s[e] == ',' ? 1 : 3);
    }
    if (r == npos) {
      continue;
    }
    const std::size_t rendering = r != npos && inner != q + 1 ? inner : q + 1;
    std::size_t st = q;
    while (st > 0 && q - st < 64 &&
           (util::is_alpha(s[st - 1]) || s[st - 1] == ' ' || s[st - 1] == '-' ||
            static_cast<unsigned char>(s[st - 1]) >= 0x80) &&
           !is_ideograph(s, util::prev_char(s, st))) {
      st = util::prev_char(s, st);
    }
    // (One Latin word is enough before a whole Chinese name found: 店長Kevin（張凱文）.)
    const bool whole_inside = inner_found && r - (q + 1) >= 9;
    for (; st < q; ++st) {
      if ((st == 0 || !util::is_alpha(s[st - 1])) &&
          (latin_name_end(s, st, true) == q ||
           (whole_inside && latin_name_end(s, st, true, 1) == q && q - st >= 3))) {
        if (!found(st, q)) {
          add(out, st, q, 0.75f, "name-pair", "");
        }
        if (!inner_found && !found(rendering, r)) {
          add(out, rendering, r, 0.75f, "name-pair", "");
        }
        break;
      }
    }
  }
}

// What people call someone, right before a bracket that says who it is: 阿美（本名施美惠）,
// 小萱（范姜語萱，今年國小三年級）, 阿雄仔（長子陳文雄）, Batu（漢名高振榮）, 阿豪（我先生）.
// Kinship words and words of 老, 阿, 小 that are no nickname (老爸, 阿嬤, 小姐; 老家（屏東）).
constexpr std::string_view k_elders[] = {
    "老師", "老闆", "老公", "老婆", "老爸", "老媽", "老伯", "老人", "阿公", "阿伯", "阿嬤", "阿媽",
    "阿姨", "阿嬸", "阿姑", "阿婆", "阿叔", "阿舅", "阿兄", "阿姊", "阿姐", "阿祖", "阿爸", "阿母",
    "小姐", "小弟", "小妹", "小孩", "小兒", "小女", "老家", "老街", "老屋", "小吃", "小鎮", "小店"};

// Inside: a name found, of three characters or more (after 本名, 漢名, 原名 …, or a kinship word),
// or the writer's own kinship word alone. Before: 阿X, 小X, 老X, X仔 or 阿X仔, two given-name
// characters where a word starts, or a capitalised Latin word (the text is normalised: （） are (
// )).
[[gnu::noinline]] void aliases_before_brackets(std::string_view s, std::vector<Match>& out) {
  const patterns::NameData& nd = patterns::name_data();
  // (Arrays of string_view: an initializer list of literals costs a strlen each, per bracket.)
  static constexpr std::string_view k_intros[] = {"本名", "漢名",   "原名",   "中文名",
                                                  "真名", "本名為", "本名是", "即"};
  static constexpr std::string_view k_kins[] = {
      "我先生", "我太太", "我老公", "我老婆", "我兒子", "我女兒", "我丈夫", "我妻子",
      "我媽媽", "我爸爸", "長子",   "長女",   "次子",   "次女",   "兒子",   "女兒"};
  const std::size_t found = out.size();
  for (std::size_t q = s.find('('); q != npos; q = s.find('(', q + 1)) {
    // The short form first (cheap): most brackets follow no alias (0912…, (05)213-7438).
    if (q < 3 || !is_ideograph(s, q + 1)) {
      continue;
    }
    std::size_t a = npos;
    if (util::is_alpha(s[q - 1])) {
      std::size_t st = q;
      while (st > 0 && util::is_alpha(s[st - 1])) {
        --st;
      }
      if (q - st >= 3 && s[st] >= 'A' && s[st] <= 'Z' && (st == 0 || !util::is_alnum(s[st - 1])) &&
          latin_name_end(s, st, true, 1) == q) {
        a = st;
        // The whole name when it has more words (Hiroshi Tanaka（田中寬）, Nguyen Van
        // Tuan（阮文俊）): up to four capitalised words, one space apart, none a place's or an
        // office's word.
        std::size_t w = st;
        for (int more = 0; more < 3 && w >= 3 && s[w - 1] == ' ' && util::is_alpha(s[w - 2]);
             ++more) {
          std::size_t b = w - 1;
          while (b > 0 && util::is_alpha(s[b - 1])) {
            --b;
          }
          if (s[b] < 'A' || s[b] > 'Z' || (b > 0 && util::is_alnum(s[b - 1])) ||
              latin_name_end(s, b, true, 1) != q) {
            break;
          }
          a = w = b;
        }
      }
    } else if (q >= 6 && is_ideograph(s, q - 3) && is_ideograph(s, q - 6)) {
      const std::string_view c1 = s.substr(q - 6, 3), c2 = s.substr(q - 3, 3);
      const std::size_t before = q >= 9 ? q - 9 : npos;
      auto word_start = [&](std::size_t at) {
        if (at < 3 || !is_ideograph(s, at - 3)) {
          return true;
        }
        const std::string_view c = s.substr(at - 3, 3);
        return function_word(c) || k_places.contains(c) ||
               is_one_of(c,
                         {"兒", "女", "子", "妻", "夫", "弟", "妹", "姊", "哥", "孫", "家", "伴"});
      };
      // (Not what one calls an elder or a rank: 林阿公（林再添）, 喬老師（喬雅筑）.)
      const std::string_view pair = s.substr(q - 6, 6);
      if (title_at(s, q - 6) != 0 ||
          std::find(std::begin(k_elders), std::end(k_elders), pair) != std::end(k_elders)) {
        continue;
      }
      if (is_one_of(c1, {"阿", "小", "老"}) && !stops_name(c2) && !k_places.contains(c2)) {
        a = q - 6;
      } else if (c2 == "仔" && !stops_name(c1)) {
        a = before != npos && util::has_at(s, before, "阿") ? before : q - 6;
      } else if (nd.given_at(s, q - 6) && nd.given_at(s, q - 3) && word_start(q - 6) &&
                 !common_word(pair) && !nd.stopwords.contains(pair)) {
        a = q - 6;
      }
    }
    if (a == npos) {
      continue;
    }
    // Then who the bracket says it is.
    std::size_t p = q + 1;
    for (std::string_view w : k_intros) {
      p = util::has_at(s, q + 1, w) ? q + 1 + w.size() : p;
    }
    bool kin = false;
    for (std::string_view w : k_kins) {
      if (util::has_at(s, p, w)) {
        kin = true;
        p += w.size();
        break;
      }
    }
    bool named = kin && p < s.size() && s[p] == ')'; // 阿豪（我先生）
    for (std::size_t k = 0; k < found && !named; ++k) {
      const Match& m = out[k];
      named = m.type == PiiType::person_name && m.start == p && m.end - m.start >= 9;
    }
    // (Or a whole name there, which the bracket's end or a comma ends: 小萱（范姜語萱，今年…）.)
    std::size_t inner = npos;
    if (!named) {
      bool surname_only = false;
      inner = name_end(s, p, &surname_only, NameContext{true, false, true});
      named = inner != npos && !surname_only && inner - p >= 9 && inner < s.size() &&
              (s[inner] == ')' || s[inner] == ',' || util::has_at(s, inner, "，")) &&
              !is_place(s.substr(p, inner - p));
    }
    if (named) {
      add(out, a, q, 0.6f, "nickname", "");
      if (inner != npos) {
        add(out, p, inner, 0.75f, "name-in-brackets", "");
      }
    }
  }
}

// A nickname a found whole name is said to be, or to be called (小胖本名沈柏翰, 阿肥，就是夏進財,
// 梁坤煌（即阿坤）, 大頭（彭俊傑）— sets 70b, 71b): 阿, 小, 老 or 大 and one character that is
// no kinship or common word, where a word starts; the name found whole by another rule.
void nickname_aliases(std::string_view s, std::vector<Match>& out) {
  static constexpr std::string_view k_before[] = {"本名是", "本名",     "原名",   "，就是",
                                                  "就是",   "，也就是", "也就是", "("};
  static constexpr std::string_view k_after[] = {"(即",   "(綽號", "(外號",
                                                 "(人稱", "(暱稱", "(小名"};
  const std::size_t found = out.size();
  for (std::size_t k = 0; k < found; ++k) {
    const Match m = out[k];
    if (m.type != PiiType::person_name || m.end - m.start < 9 || !is_ideograph(s, m.start)) {
      continue;
    }
    for (std::string_view w : k_before) {
      const std::size_t n = m.start >= w.size() + 6 ? m.start - w.size() - 6 : npos;
      if (n != npos && s.substr(n + 6, w.size()) == w && nickname_pair(s, n) &&
          (w != "(" || (m.end < s.size() && s[m.end] == ')')) &&
          (n == 0 || !is_ideograph(s, util::prev_char(s, n)) || word_starts(s, n))) {
        add(out, n, n + 6, 0.6f, "nickname", "");
        break;
      }
    }
    for (std::string_view w : k_after) {
      const std::size_t n = m.end + w.size();
      if (s.substr(m.end, w.size()) == w && nickname_pair(s, n) && n + 6 < s.size() &&
          (s[n + 6] == ')' || s[n + 6] == ',')) {
        add(out, n, n + 6, 0.6f, "nickname", "");
        break;
      }
    }
  }
}

// The sender of a message in a chat exported as text (LINE: "10:33<TAB>淑華<TAB>好的", older
// exports "上午10:33<TAB>…"). The field is read in pieces split by blanks, brackets and emoji
// (Amy 林宜蓁, 阿德(總幹事), Sunny☀️, 睿睿爸 莊士賢, Sirinya (書豪媽媽)); a
// piece is a name when it is a whole name, a Latin name or one capitalised Latin word, two
// given-name characters that make no word, or 阿X — also before 媽, 爸, 媽媽, 爸爸 (品妍媽: the
// child's name); not a title (理事長) or a unit (管理室).
namespace {
// Whether two characters that make a chat sender's whole name (after a title perhaps) are a
// nickname (胖虎, 大頭, 阿凱 above): not a word of an office, a unit or a role (管理, 客服,
// 小編, 系統), no title, no place, no organisation's word.
bool chat_nickname(std::string_view two) {
  static const std::set<std::string_view, std::less<>> k_roles = {
      "管理", "客服", "小編", "系統", "官方", "公告", "幹部", "會長",
      "總務", "財務", "秘書", "社區", "里辦", "公所", "記者", "編輯",
      "助理", "值班", "櫃台", "機器", "群組", "訊息", "司機"};
  // (小 or 老 and a word or a kinship character: 小時, 小孩, 老爹, 老公; 阿 and one: 阿嬤.)
  static constexpr CharSet k_kin(U"爹爸媽公婆哥姊姐弟妹伯叔姨嬤");
  if ((util::has_at(two, 0, "小") || util::has_at(two, 0, "老") || util::has_at(two, 0, "阿")) &&
      (k_not_after_small.contains(two.substr(3)) || k_not_after_a.contains(two.substr(3)) ||
       k_kin.contains(two.substr(3)))) {
    return false;
  }
  // (Nor kin by rank: 二叔, 大伯, 三姑 — set73b's family chat.)
  static constexpr CharSet k_ranked_kin(U"叔伯姑姨舅嬸嫂哥姊姐弟妹");
  if ((util::is_chinese_numeral(util::cp3(two.data())) || util::has_at(two, 0, "大")) &&
      k_ranked_kin.contains(two.substr(3))) {
    return false;
  }
  return is_ideograph(two, 0) && is_ideograph(two, 3) && !k_roles.contains(two) &&
         title_at(two, 0) == 0 && !common_word(two) && !is_place(two) &&
         !patterns::name_data().stopwords.contains(two) && !org_word_at(two, 0) &&
         !stops_name(two.substr(0, 3));
}
} // namespace

// Whether the poster's display name s[a, e) (ideographs) can be a person's: a surname first, or
// 小, 阿, 老 of a nickname; no title, kin word, place or stopword (forum_poster, board_author).
bool poster_name_ok(std::string_view s, std::size_t a, std::size_t e) {
  const std::string_view name = s.substr(a, e - a);
  // (Nor a surname and a title or an honorific: #7 諸葛議員 發表於, #9 董小姐 於 — the rules for
  // titles take the surname alone; sets 216b, 225a.)
  for (std::size_t k = a; k < e; k += 3) {
    std::size_t hl = 0;
    if (stops_name(s.substr(k, 3)) || (k > a && (title_at(s, k) != 0 || honorific_at(s, k, &hl)))) {
      return false;
    }
  }
  // (A surname first, or 小, 阿, 老 of a nickname; four characters a compound surname's or a
  // married woman's two: not #2 注意事項, a guide's heading.)
  const patterns::NameData& nd = patterns::name_data();
  const std::size_t sl = nd.surname_at(s, a);
  const bool nickname =
      util::has_at(s, a, "小") || util::has_at(s, a, "阿") || util::has_at(s, a, "老");
  // (Nor a kinship word: #2 老爸 — set232a's parents' board; nor a surname and an elder's
  // title: #9 沈伯, whose surname the rules for kin take alone — set216b.)
  static constexpr util::CharSet k_kin(U"伯叔嬸姨姐哥嫂姊姆婆");
  if (is_place(name) || (name.size() == 6 && sl == 3 && k_kin.contains(name.substr(3))) ||
      nd.stopwords.contains(name.substr(0, 6)) || title_at(s, a) != 0 ||
      (nickname && name.size() == 6 &&
       std::find(std::begin(k_elders), std::end(k_elders), name) != std::end(k_elders)) ||
      (sl == 0 && !nd.rare_at(s, a) && !nickname) ||
      (name.size() == 12 && sl != 6 && nd.surname_at(s, a + 3) == 0)) {
    return false;
  }
  return true;
}

void forum_poster(std::string_view s, std::vector<Match>& out) {
  // A reply's header on a message board: its number after #, the poster's display name, then the
  // date or 回覆於 (#6　王士傑　2022-10-16 03:58, <b>#2 阿美</b> 回覆於 — sets 164a, 170b, 171a);
  // tags and blanks before the #.
  std::size_t p = 0;
  while (p < s.size() && (s[p] == ' ' || s[p] == '<')) {
    p = s[p] == '<' ? s.find('>', p) + 1 : p + 1; // (npos + 1 == 0: no '>' ends the loop below)
    if (p == 0) {
      return;
    }
  }
  // (Or 回覆 before the number, by before the poster and a colon after: 回覆 #2 by 阿忠伯：可以
  // 打給… — set281a's board.)
  if (util::has_at(s, p, "回覆 #")) {
    p += 7;
  }
  if (p >= s.size() || s[p] != '#') {
    return;
  }
  std::size_t d = p + 1;
  while (d < s.size() && util::is_digit(s[d])) {
    ++d;
  }
  auto blanks = [&](std::size_t at) {
    // (Closing tags count as blanks: <span class="floor">#1</span> 譚美德 — set294b.)
    while (at < s.size() && (s[at] == ' ' || util::has_at(s, at, "\u3000") ||
                             (util::has_at(s, at, "</") && s.find('>', at) != npos))) {
      at = s[at] == ' ' ? at + 1 : s[at] == '<' ? s.find('>', at) + 1 : at + 3;
    }
    return at;
  };
  std::size_t a = blanks(d);
  const std::size_t digits = d - p - 1;
  // (Or 樓 after the number: #7 樓　龔阿土　2024-08-16 12:28, ＃１０樓　顏士傑 — sets 207b, 269b.)
  if (util::has_at(s, a, "樓")) {
    d = a + 3;
    a = blanks(d);
  }
  if (digits == 0 || digits > 4 || a == d) {
    return;
  }
  // (Or 回覆 between the number and the name: #4 回覆 葉懷忠 ⏎ — set197a's parents' board.)
  if (util::has_at(s, a, "回覆") && blanks(a + 6) > a + 6) {
    a = blanks(a + 6);
  }
  const bool by = util::has_at(s, a, "by ");
  a += by ? 3 : 0;
  // (Or the board's word for a member before the name: #4 網友張萱 回覆於, #2 版友 蔡冠誠 —
  // set294b.)
  if (!by && (util::has_at(s, a, "網友") || util::has_at(s, a, "版友"))) {
    a = blanks(a + 6);
  }
  std::size_t e = a;
  const bool latin = a < s.size() && s[a] >= 'A' && s[a] <= 'Z';
  if (latin) {
    e = latin_name_end(s, a, true, 1);
  } else {
    while (e < s.size() && e - a < 12 && is_ideograph(s, e)) {
      e += 3;
    }
  }
  if (e == npos || e == a || (!latin && (e - a < 6 || (e < s.size() && is_ideograph(s, e))))) {
    return;
  }
  // What follows: a date or a time, 回覆, the tag that closes the header, or the line's end.
  // (Not a colon and the message: #1 包秀鑾：想換到週六班 is left to the rules for text.)
  const std::size_t f = blanks(e);
  // (Or 發表於 or 說： a board writes after its posters: #3 阿海　發表於 2024-10-03, #1 小胖　說：
  // — sets 184a, 196; or the date in brackets: #2 Kevin Lai（112年5月4日 23:10） — set187b.)
  const std::size_t after_yu = util::skip_blanks(s, f + 3); // (after 於, if it stands at f)
  const bool header = f >= s.size() || util::is_digit(s[f]) || s[f] == '<' || s[f] == '\r' ||
                      s[f] == '\n' || util::has_at(s, f, "回覆") || util::has_at(s, f, "民國") ||
                      util::has_at(s, f, "發表於") || util::has_at(s, f, "說：") ||
                      // (於 and the date: #2 鄒浩然 於 111年1月17日 回覆 — sets 227a, 284a.)
                      (util::has_at(s, f, "於") && after_yu < s.size() &&
                       (util::is_digit(s[after_yu]) || util::has_at(s, after_yu, "民國"))) ||
                      (by && (s[f] == ':' || util::has_at(s, f, "："))) ||
                      (s[f] == '(' && f + 1 < s.size() && util::is_digit(s[f + 1]));
  if (!header || (f == e && f < s.size() && s[f] != '<' && s[f] != '(' && s[f] != '\r' &&
                  s[f] != '\n' && !by)) {
    return;
  }
  if (!latin && !poster_name_ok(s, a, e)) {
    return;
  }
  add(out, a, e, 0.6f, "forum-poster", "");
}

void board_author(std::string_view s, std::vector<Match>& out) {
  // A reply's author in a tag of its own at the line's start, a board's class on the tags before
  // it, then a colon or 發表於 and the date: <div class="reply"><b>崔允熙</b>：謝謝…, <span
  // class="who">阿珠麻</span> 發表於 111.02.27 — set298a's boards; or the date's own tag: <span
  // class="nick">小胖</span> <time>114年3月8日</time> — set304b; <b>羅成</b> <small>2023-08-10
  // — set308a.
  std::size_t p = 0;
  bool board = false;
  while (p < s.size() && (s[p] == ' ' || s[p] == '<')) {
    if (s[p] == ' ') {
      ++p;
      continue;
    }
    const std::size_t close = s.find('>', p);
    if (close == npos) {
      return;
    }
    const std::string_view tag = s.substr(p, close - p);
    for (std::string_view w : {"reply", "post", "who", "author", "comment", "user", "nick"}) {
      board = board || tag.find(w) != npos;
    }
    p = close + 1;
  }
  std::size_t e = p;
  while (e < s.size() && e - p < 12 && is_ideograph(s, e)) {
    e += 3;
  }
  if (!board || e - p < 6 || !util::has_at(s, e, "</")) {
    return;
  }
  const std::size_t close = s.find('>', e);
  const std::size_t f = close == npos ? npos : util::skip_blanks(s, close + 1);
  const bool header =
      f != npos && f < s.size() &&
      (util::has_at(s, f, "：") || s[f] == ':' || util::has_at(s, f, "發表於") ||
       util::has_at(s, f, "回覆於") || util::has_at(s, f, "<time") ||
       (util::has_at(s, f, "<small>") && f + 7 < s.size() && util::is_digit(s[f + 7])));
  // (A rarer surname only before two characters: not <b>時間</b>：上午.)
  const patterns::NameData& nd = patterns::name_data();
  const bool listed = nd.surname_at(s, p) != 0 || util::has_at(s, p, "小") ||
                      util::has_at(s, p, "阿") || util::has_at(s, p, "老");
  if (header && (listed || e - p >= 9) && poster_name_ok(s, p, e) && !common_word(s.substr(p, 6))) {
    add(out, p, e, 0.6f, "board-author", "");
  }
}

void chat_sender(std::string_view s, std::vector<Match>& out) {
  // (The time opens the line, a tab or a blank after it; not in brackets here.)
  const std::size_t a = s.starts_with('[') ? npos : util::after_chat_time(s);
  if (a == npos) {
    return;
  }
  // (Or one blank after the time, and the sender up to a blank, an ideographic space or a colon:
  // 06:45 小宇媽　今天校車有準時嗎, 08:20 郭曉君 勇哥早, 09:16 小湯：對 — sets 64a, 64b, 65b.)
  const bool tabbed = s[a - 1] == '\t'; // (else no two characters alone as a nickname:
                                        // 09:00 報到　地點大禮堂 is a schedule's)
  std::size_t e = npos;
  if (tabbed) {
    e = s.find('\t', a);
  } else if (a < s.size() && s[a] != ' ') {
    // (A Latin sender's words go on after a blank: 19:16 Masaw Umin 我可以帶路 — set85a.)
    const bool latin =
        s[a] >= 'A' && s[a] <= 'Z' && a + 1 < s.size() && s[a + 1] >= 'a' && s[a + 1] <= 'z';
    // (Not into the message's first word when it is I or a title: 20:05 Jocelyn Mendoza I can
    // cover, 08:12 Emily Carter Mrs. Wang is in — set105a, set104b.)
    auto message_word = [&](std::size_t k) {
      const std::string_view next = s.substr(k + 1, 5);
      return next.starts_with("I ") || next.starts_with("I'") || next.starts_with("Mr. ") ||
             next.starts_with("Mrs. ") || next.starts_with("Ms. ") || next.starts_with("Dr. ");
    };
    for (std::size_t k = a; k < s.size() && k - a <= 30 && e == npos; ++k) {
      // (A capitalised word goes on the name, not an ID after it: 下午9:03 Rowena Garcia
      // V187327810 — set313b's crew chat.)
      if ((s[k] == ' ' && !(latin && k + 2 < s.size() && s[k + 1] >= 'A' && s[k + 1] <= 'Z' &&
                            !util::is_digit(s[k + 2]) && !message_word(k))) ||
          s[k] == ':' || util::has_at(s, k, "\xE3\x80\x80") || util::has_at(s, k, "：")) {
        e = k;
      }
    }
    if (e != npos && util::skip_blanks(s, e + (s[e] == ' ' || s[e] == ':' ? 1 : 3)) >= s.size()) {
      e = npos; // (a message must follow)
    }
    // (Nor a log's or a programme's line: 04:20 住戶喬治（George…, 11:30 黃金歲月 回顧影片.)
    // (A listed word may start a name of three characters whose last is a given name's:
    // 12:20 童心怡 午餐便當 — set95b.)
    if (e != npos && (s.substr(a, e - a).find('(') != npos ||
                      (patterns::name_data().stopwords.contains(s.substr(a, 6)) &&
                       !(e - a == 9 && patterns::name_data().given_at(s, a + 6))))) {
      e = npos;
    }
  }
  if (e == npos || e == a || e - a > 60) {
    return;
  }
  // (老, 小 or 阿 and a capital letter as the whole sender: 老K — set98a's adoption-day chat.)
  if (e - a == 4 && s[a + 3] >= 'A' && s[a + 3] <= 'Z' &&
      (util::has_at(s, a, "老") || util::has_at(s, a, "小") || util::has_at(s, a, "阿"))) {
    add(out, a, e, 0.6f, "chat-nickname", "");
    return;
  }
  const patterns::NameData& nd = patterns::name_data();
  // A piece: ideographs, or ASCII letters and what joins a Latin name (blank, '.', '-').
  auto given_or_a = [&](std::size_t at) {
    return title_at(s, at) == 0 &&
           ((nd.given_at(s, at) && nd.given_at(s, at + 3) && !common_word(s.substr(at, 6)) &&
             !nd.stopwords.contains(s.substr(at, 6))) ||
            (util::has_at(s, at, "阿") && is_ideograph(s, at + 3) &&
             !stops_name(s.substr(at + 3, 3))) ||
            // 小芳, 老馬: 小 or 老 and a given-name character or a surname (小芳媽咪, 老馬).
            ((util::has_at(s, at, "小") || util::has_at(s, at, "老")) &&
             (nd.given_at(s, at + 3) || nd.surname_at(s, at + 3) == 3) &&
             !k_not_after_small.contains(s.substr(at + 3, 3))));
  };
  // The bytes of a Latin letter with a diacritic at `at` (Nguyễn Thị Hồng, Đỗ: a Vietnamese
  // sender — set42b), or 0.
  auto accented = [&](std::size_t at) -> std::size_t {
    std::size_t len = 0;
    return at < e && accented_at(s, at, &len) != 0 ? len : 0;
  };
  for (std::size_t q = a; q < e;) {
    if (is_ideograph(s, q)) {
      std::size_t r = q;
      while (r < e && is_ideograph(s, r)) {
        r += 3;
      }
      const std::string_view piece = s.substr(q, r - q);
      // A parent by the child's or the family's name (陳媽咪, 江爸, 凱凱把拔, 宥宥媽咪): the part
      // before the word for a parent.
      std::size_t parent = 0;
      for (std::string_view w : {"媽咪", "把拔", "媽媽", "爸爸", "媽", "爸"}) {
        parent = parent == 0 && piece.size() > w.size() && piece.ends_with(w) ? w.size() : parent;
      }
      // (Or the kin title people add to two characters: 阿美姨 — set87a's neighbours' chat; not
      // one, 忠哥, 豪哥, a nickname whole.)
      for (std::string_view w : {"姨", "伯", "叔", "嬸", "姐", "姊", "哥", "嫂"}) {
        parent = parent == 0 && piece.size() == 9 && piece.ends_with(w) ? w.size() : parent;
      }
      const std::size_t before = piece.size() - parent;
      if (parent != 0 && before == 3 && nd.surname_at(s, q) == 3) {
        add(out, q, q + 3, 0.5f, "surname+kin", ""); // 陳媽咪, 江爸
      } else if (parent != 0 && before == 6 && given_or_a(q)) {
        add(out, q, q + 6, 0.6f, "given+kin", ""); // 凱凱把拔, 品妍媽, 阿美姨
      } else if (parent == 0 && is_name(piece) && title_at(s, q) == 0) {
        add(out, q, r, 0.7f, "chat-sender", "");
      } else if (piece.size() == 3 && r == e && q >= a + 7 && s[q - 1] == '-' &&
                 is_ideograph(s, q - 4) && nd.surname_at(s, q) == 3) {
        // A surname after a role or a unit and a dash, as a staff member signs (館員－藍,
        // 管理員-宋, 鄉公所-游 — set83a).
        add(out, q, r, 0.5f, "surname+role", "");
      } else if (piece.size() == 6 && given_or_a(q)) {
        add(out, q, r, 0.6f, "nickname", ""); // found again where it stands alone
      } else if (piece.size() >= 9 && given_or_a(q) &&
                 is_one_of(piece.substr(6), {"阿嬤", "阿公"})) {
        add(out, q, q + 6, 0.6f, "given+kin", "");
      } else if (tabbed && piece.size() == 3 && q == a && r == e && nd.given_at(s, q) &&
                 title_at(s, q) == 0) {
        // One given-name character as the whole sender (10:02⇥蓉⇥侯伯伯好 — set123b's tenant).
        add(out, q, r, 0.6f, "chat-nickname", "");
      } else if (tabbed && q == a && r == e && nd.surname_at(s, q) == piece.size()) {
        // A surname alone as the whole sender, one character or compound (09:21⇥林⇥…,
        // 21:00⇥歐陽⇥… — sets 7, 17, 42, 95).
        add(out, q, r, 0.5f, "chat-surname", "");
      } else if (const std::size_t t = title_at(s, q); tabbed && parent == 0 && q == a && r == e &&
                                                       piece.size() - t == 6 &&
                                                       chat_nickname(s.substr(q + t, 6))) {
        // 胖虎, 班長大頭: what classmates call one, as the whole sender (not 財委 阿娟, 婚顧Vivian;
        // not 班長媽咪, a role's parent — set52a)
        add(out, q + t, r, 0.6f, "chat-nickname", "");
      } else if (tabbed && parent == 0 && q == a && r == e && piece.size() >= 12) {
        // A role of two characters or more glued before a nickname or a whole name, as the
        // whole sender (認證輔導員小白 — set85b's halal-certification chat).
        static constexpr CharSet k_role_ends(U"員師長工");
        bool found = false;
        for (std::size_t k : {r - 6, r - 9}) {
          if (k >= q + 6 && k_role_ends.contains(s.substr(k - 3, 3)) &&
              ((r - k == 6 && nickname_pair(s, k)) || (r - k == 9 && is_name(s.substr(k, 9))))) {
            add(out, k, r, 0.6f, "role+nickname", "");
            found = true;
            break;
          }
        }
        // (Or a nickname and then the role: 阿坤司機 — set89a's dialysis drivers.)
        if (!found && nickname_pair(s, q) &&
            (title_at(s, q + 6) == r - q - 6 ||
             is_one_of(s.substr(q + 6, r - q - 6), {"司機", "師傅", "教練", "志工", "社工"}))) {
          add(out, q, q + 6, 0.6f, "nickname+role", "");
        }
      }
      q = r;
    } else if ((s[q] >= 'A' && s[q] <= 'Z') || accented(q) != 0) {
      std::size_t r = q;
      while (r < e) {
        if (util::is_alpha(s[r]) || s[r] == '.' || s[r] == '-' ||
            (s[r] == ' ' && r + 1 < e && (util::is_alpha(s[r + 1]) || accented(r + 1) != 0))) {
          ++r;
        } else if (const std::size_t len = accented(r); len != 0) {
          r += len;
        } else {
          break;
        }
      }
      if (latin_name_end(s.substr(0, r), q, true, 1) == r && r - q >= 2) {
        // An English given name and a Chinese surname (Jeff 呂, Kelly蔡): one name.
        const std::size_t c = r < e && s[r] == ' ' ? r + 1 : r;
        const bool surname =
            c + 3 <= e && nd.surname_at(s, c) == 3 && (c + 3 == e || !is_ideograph(s, c + 3));
        // (Or an English name and a Chinese given name: Amber 佳穎.)
        const bool given = !surname && c > r && c + 6 <= e && given_or_a(c) &&
                           (c + 6 == e || !is_ideograph(s, c + 6));
        const std::size_t end = surname ? c + 3 : given ? c + 6 : r;
        add(out, q, end, 0.7f, "chat-sender", "");
        r = end;
      }
      q = r;
    } else {
      ++q; // a blank, a bracket, a byte of an emoji
    }
  }
}

// Given names listed by 、 (另外宇宸、芊妤、承翰的午餐費還沒繳: a teacher to the parents; 小芬、
// 阿德、秀蘭、明德伯、Kevin: a volunteer roster): three or more items — two given-name characters
// that make no word, perhaps with a kinship title (明德伯, 淑惠姐), 小X or 阿X, one capitalised
// Latin word — two of them given names, the last where a name ends.
[[gnu::noinline]] void given_name_lists(std::string_view s, std::vector<Match>& out) {
  const patterns::NameData& nd = patterns::name_data();
  // `loose`: in a list about people (below), one given-name character is enough when the other
  // stops no name and the pair makes no word (團員沛妤、宛臻: 臻; 葉晨、羅恩: 羅).
  auto pair_at = [&](std::size_t at, bool loose) {
    if (!is_ideograph(s, at) || !is_ideograph(s, at + 3) || common_word(s.substr(at, 6)) ||
        nd.stopwords.contains(s.substr(at, 6)) || nd.surname_at(s, at) == 6 ||
        title_at(s, at) != 0) {
      return false;
    }
    const bool g0 = nd.given_at(s, at), g1 = nd.given_at(s, at + 3);
    return (g0 && g1) || (loose && (g0 || g1) && !util::has_at(s, at + 3, "阿") &&
                          !util::has_at(s, at + 3, "小") && !stops_name(s.substr(at, 3)) &&
                          !stops_name(s.substr(at + 3, 3)) && !is_place(s.substr(at, 6)) &&
                          !k_places.contains(s.substr(at + 3, 3)));
  };
  // (小X and 阿X among them: 未交：睿哲、雅筑、小宸; 小安 in a list about people.)
  auto nick_at = [&](std::size_t at, bool loose) {
    return (util::has_at(s, at, "小") || util::has_at(s, at, "阿")) && is_ideograph(s, at + 3) &&
           (nd.given_at(s, at + 3) || (loose && !stops_name(s.substr(at + 3, 3)))) &&
           !k_not_after_a.contains(s.substr(at + 3, 3)) &&
           !k_not_after_small.contains(s.substr(at + 3, 3));
  };
  static constexpr CharSet k_kin_titles(U"伯姐姊哥嫂叔姨");
  struct Item {
    std::size_t start, name_end, end; // the name is [start, name_end)
    bool given;                       // two given-name characters
  };
  // The item at `at` that ends before 、 or where a name ends, or none (end == at).
  auto item_at = [&](std::size_t at, bool loose) -> Item {
    if (at < s.size() && s[at] >= 'A' && s[at] <= 'Z') {
      std::size_t e = at + 1;
      while (e < s.size() && s[e] >= 'a' && s[e] <= 'z') {
        ++e;
      }
      return Item{at, e, e - at >= 3 && latin_name_end(s.substr(0, e), at, true, 1) == e ? e : at,
                  false};
    }
    if (pair_at(at, loose)) {
      const bool kin = k_kin_titles.contains(s.substr(at + 6, 3));
      return Item{at, at + 6, at + (kin ? 9 : 6), true};
    }
    return nick_at(at, loose) ? Item{at, at + 6, at + 6, false} : Item{at, at, at, false};
  };
  // A list about people: a word for people or a colon before it, a count of people or a verb
  // people do together after it (團員沛妤、宛臻、若瑜三位, 早班：玉霞、麗雲。,
  // 與品睿、小安發生口角). (The first words of each list — before: words for people; after: counts
  // of people — say it strongly enough for loose items too; the rest only for items of given-name
  // characters.)
  static constexpr std::string_view k_people_before[] = {
      "團員", "同學", "組員", "隊員", "學員", "同事", "朋友", "孩子", "小孩", "學生",
      "室友", "鄰居", "成員", "好友", "與",   "跟",   "和",   "：",   ":"};
  static constexpr std::string_view k_people_after[] = {
      "兩人", "二人", "三人", "兩位", "三位", "四位", "等人", "他們", "她們", "一起", "發生"};
  auto people_after = [&](std::size_t at, bool strong) {
    const std::string_view tail = s.substr(at);
    return std::any_of(std::begin(k_people_after), std::end(k_people_after) - (strong ? 2 : 0),
                       [&](std::string_view w) { return tail.starts_with(w); });
  };
  auto people_before = [&](std::size_t at, bool strong) {
    const std::string_view head = s.substr(0, at);
    return std::any_of(std::begin(k_people_before), std::end(k_people_before) - (strong ? 5 : 0),
                       [&](std::string_view w) { return head.ends_with(w); });
  };
  for (std::size_t d = s.find("、"); d != npos; d = s.find("、", d + 3)) {
    std::size_t q = d, next = d; // (the next list is looked for after this one's items)
    for (const bool loose : {false, true}) {
      // The item before the first 、: each shape ending there.
      Item first{d, d, npos, false}; // (none yet)
      for (std::size_t len : {6u, 9u}) {
        if (d >= len && item_at(d - len, loose).end == d) {
          first = item_at(d - len, loose);
          break;
        }
      }
      if (first.end != d && d >= 3 && s[d - 1] >= 'a' && s[d - 1] <= 'z') {
        std::size_t a = d;
        while (a > 0 && util::is_alpha(s[a - 1])) {
          --a;
        }
        if (a == 0 || !util::is_alnum(s[a - 1])) {
          first = item_at(a, loose);
        }
      }
      if (first.end != d) {
        continue;
      }
      Item items[8] = {first};
      std::size_t n = 1, given = first.given ? 1 : 0;
      q = d;
      while (n < 8 && util::has_at(s, q, "、")) {
        const Item it = item_at(q + 3, loose);
        if (it.end == q + 3 || !(util::has_at(s, it.end, "、") || ends_name(s, it.end) ||
                                 people_after(it.end, false))) {
          break;
        }
        given += it.given ? 1 : 0;
        items[n++] = it;
        q = it.end;
      }
      next = loose ? next : q; // (a loose reading that fails leaves the strict one's)
      // Two items only in a list about people; loose ones only in a list said strongly to be
      // one, that ends there.
      const bool about_people = people_before(first.start, loose) || people_after(q, loose);
      if (((n >= 3 && given >= 2 && (!loose || about_people)) ||
           (n == 2 && given >= 1 && about_people)) &&
          (!loose || !util::has_at(s, q, "、"))) {
        // (The first also where no word starts: the list is the evidence, 另外|宇宸.)
        for (std::size_t k = 0; k < n; ++k) {
          add(out, items[k].start, items[k].name_end, 0.6f, "given+kin", ""); // found again alone
        }
        next = q;
        break;
      }
    }
    d = next;
  }
}

// A title letter-spaced as court papers and mediation records print their signatures (法　官
// 尚秉叡, 調　解　委　員　符秋蓮、仇正國): single characters a blank apart that make a title, then
// blanks and the names, as after the title written whole. (The text is normalised: the
// ideographic spaces are blanks.)
[[gnu::noinline]] void spaced_titles(std::string_view s, std::vector<Match>& out) {
  std::string word;
  for (std::size_t i = 0; i + 4 < s.size(); ++i) {
    if (!(i == 0 || s[i - 1] == ' ') || !is_ideograph(s, i) || s[i + 3] != ' ') {
      continue;
    }
    word.assign(s.substr(i, 3));
    std::size_t q = i + 3; // after the last character taken
    while (q + 4 < s.size() && s[q] == ' ' && is_ideograph(s, q + 1) && s[q + 4] == ' ') {
      word.append(s.substr(q + 1, 3));
      q += 4;
    }
    if (word.size() < 6) {
      continue;
    }
    const auto* list = title_words().starting_at(word.data());
    const patterns::Cue* title = nullptr;
    for (std::size_t k = 0; list != nullptr && k < list->size() && title == nullptr; ++k) {
      const patterns::Cue* c = (*list)[k];
      title = c->cls == patterns::CueClass::title && c->word == word ? c : nullptr;
    }
    if (title != nullptr) {
      std::size_t p = q;
      while (p < s.size() && s[p] == ' ') {
        ++p;
      }
      names_after(s, p, NameContext{true, false}, false, "title", title->word, out);
    }
    i = q;
  }
}

// A name as the value of an export's key ("name":"潘志明", "staff":"糜志豪", "contact_name":
// "Maria Santos"): a key ending in "name", or staff, contact, applicant, owner, reporter or
// handler, and a value that is one name and nothing else.
[[gnu::noinline]] void export_names(std::string_view s, std::vector<Match>& out) {
  for (std::size_t q = s.find("\":"); q != npos; q = s.find("\":", q + 2)) {
    const std::size_t k = s.rfind('"', q == 0 ? 0 : q - 1);
    if (k == npos || q - k > 32) {
      continue;
    }
    std::string key(s.substr(k + 1, q - k - 1));
    for (char& c : key) {
      c = util::is_alpha(c) ? static_cast<char>(c | 0x20) : c;
    }
    if (!key.ends_with("name") && !is_one_of(key, {"staff", "contact", "applicant", "owner",
                                                   "reporter", "handler", "petitioner"})) {
      continue;
    }
    std::size_t a = q + 2;
    while (a < s.size() && s[a] == ' ') {
      ++a;
    }
    if (a >= s.size() || s[a] != '"') {
      continue;
    }
    const std::size_t e = s.find('"', a + 1);
    if (e != npos && e - a - 1 <= 64 && is_name_cell(s.substr(a + 1, e - a - 1))) {
      add(out, a + 1, e, 0.7f, "export-key", "");
    }
  }
}

namespace {
// A capitalised word of three to twelve letters ending at s[e], or two joined by a hyphen
// (Namoh-Rata), written into Chinese (see latin_before_titles), unless it is an app, a brand or a
// word of the English that Chinese text borrows. Before it an ideograph, or Chinese punctuation
// (，、：；。) or the start of a line with an ideograph or Chinese punctuation after it (內容：Sri
// 表示, 、Tony、); not in a CSV row (a,Male,b), a list of Latin words (Taipei、Tainan) nor after a
// bracket (（Ilisin）). Before a bracket only a word whose bracket tells of a person (Dewi（住太平
// 區）, Lan（外籍照服員）), not a term's gloss (Ilisin（豐年祭）). (Names of two words or more:
// latin_in_han.)
void latin_among_chinese(std::string_view s, std::size_t e, std::vector<Match>& out) {
  auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  std::size_t st = e;
  while (st > 0 && lower(s[st - 1])) {
    --st;
  }
  if (st == 0 || e - st < 2 || e - st > 11 || !upper(s[st - 1])) {
    return;
  }
  --st;
  if (st >= 3 && s[st - 1] == '-' && lower(s[st - 2])) { // Namoh-Rata
    std::size_t w = st - 2;
    while (w > 0 && lower(s[w - 1])) {
      --w;
    }
    if (w > 0 && upper(s[w - 1]) && st - w <= 13) {
      st = w - 1;
    }
  }
  // (What ends a clause or a line before it: a window may start there too.)
  auto clause_start = [&] {
    std::size_t b = st;
    while (b > 0 && s[b - 1] == ' ') {
      --b;
    }
    // (Not after a Latin word and a comma: Taipei、Tainan.)
    return b == 0 || s[b - 1] == '\n' ||
           (b == st && b >= 4 && is_one_of(s.substr(b - 3, 3), {"，", "、", "：", "；", "。"}) &&
            !util::is_alnum(s[b - 4]));
  };
  const bool glued = st >= 3 && is_ideograph(s, st - 3);
  if (!glued && !clause_start()) {
    return;
  }
  if (e < s.size() && s[e] == '(') {
    const std::size_t close = s.find(')', e);
    const std::string_view inside =
        s.substr(e + 1, std::min<std::size_t>(close == npos ? npos : close - e - 1, 48));
    bool person = false;
    for (std::string_view w :
         {"籍", "居留", "住", "電話", "先生", "小姐", "爸", "媽", "照服", "看護", "移工", "歲"}) {
      person = person || inside.find(w) != npos;
    }
    // (A pet's age is no person's: 寵物名：Lucky（貓，橘貓，9歲） — set155a's vaccine cards.)
    for (std::string_view w : {"貓", "犬", "狗"}) {
      person = person && inside.find(w) == npos;
    }
    if (!person) {
      return;
    }
  } else if (!glued &&
             !(e + 3 <= s.size() &&
               (is_ideograph(s, e) || is_one_of(s.substr(e, 3), {"，", "、", "。", "；"})))) {
    return;
  }
  const std::string_view word = s.substr(st, e - st);
  const std::string_view first = word.substr(0, std::min(word.find_first_of(" -"), word.size()));
  if (common_latin_word(word) || common_latin_word(first) ||
      std::any_of(out.begin(), out.end(),
                  [&](const Match& m) { return m.start < e && st < m.end; })) {
    return;
  }
  add(out, st, e, 0.6f, "latin-among-chinese", "");
}
} // namespace

// One capitalised Latin word right before a title or a kinship word (輔導室Sayun老師, 教會Pisaw
// 牧師, 小組長：Anna姊妹, 通譯Lan姊姊, 團主：Vivi媽): an indigenous or a foreign given name, as
// colleagues and congregations write it; one blank between before a kinship word (廚房：Ofad 阿姨,
// 我是 Dimas 媽媽).
//
// And one capitalised word written into Chinese with no blank either side (照服員Rina很有耐心,
// 人資的Jenny拿, 二姊Kulas嫁到台東): a given name as often as not in the blind sets (114 of 130
// such words were names; the others apps and brands: App, Excel, Instagram), 0.6; also after
// Chinese punctuation, or before a bracket that tells of a person (內容：Sri表示, 好友Dewi（住
// 太平區）).
[[gnu::noinline]] void latin_before_titles(std::string_view s, std::vector<Match>& out) {
  // (From each lower-case letter: the word ends there, a title follows, or a blank and a title.)
  for (std::size_t l = util::next_lower(s, 0); l < s.size(); l = util::next_lower(s, l + 1)) {
    const bool blank = l + 1 < s.size() && s[l + 1] == ' ';
    const std::size_t k = l + (blank ? 2 : 1);
    // (Before punctuation too, and before a bracket (（ is folded to '('), whose content
    // latin_among_chinese reads: a name's (Dewi（住太平區）) or a term's gloss (Ilisin（豐年祭）).)
    if (!blank && k < s.size() &&
        (std::string_view(",;:!?)(").find(s[k]) != std::string_view::npos ||
         (k + 3 <= s.size() && is_one_of(s.substr(k, 3), {"。", "、", "」", "）", "，"})))) {
      latin_among_chinese(s, k, out);
    }
    if (k + 3 > s.size() || !is_ideograph(s, k)) {
      continue;
    }
    const bool title =
        is_one_of(s.substr(k, 6), {"姊妹", "弟兄", "姊姊", "姐姐", "阿姨", "哥哥", "大哥", "大姊",
                                   "舅舅", "叔叔", "伯伯", "媽媽", "爸爸", "阿嬤", "阿公", "先生",
                                   "小姐", "女士", "太太"}) || // (發文者：Lai 先生 — set43b)
        (!blank &&
         (title_at(s, k) != 0 || is_one_of(s.substr(k, 3), {"姊", "姐", "哥", "媽", "爸"})));
    if (!title) {
      if (!blank) {
        latin_among_chinese(s, k, out);
      }
      continue;
    }
    std::size_t st = k - (blank ? 1 : 0);
    while (st > 0 && util::is_alpha(s[st - 1])) {
      --st;
    }
    // (O' or D' before it: Daniel O'Brien 先生 — set151a.)
    if (st >= 2 && s[st - 1] == '\'' && s[st - 2] >= 'A' && s[st - 2] <= 'Z' &&
        (st == 2 || !util::is_alpha(s[st - 3]))) {
      st -= 2;
    }
    const std::size_t e = k - (blank ? 1 : 0);
    // (The given name too when one blank parts it from the surname before the title: Rev.
    // Andrew Mackay牧師, Peter Lindqvist牧師 — set106a; up to four words in all.)
    if (e - st >= 3 && s[st] >= 'A' && s[st] <= 'Z') {
      for (int words = 1;
           words < 4 && st >= 4 && s[st - 1] == ' ' && s[st - 2] >= 'a' && s[st - 2] <= 'z';
           ++words) {
        std::size_t w = st - 1;
        while (w > 0 && util::is_alpha(s[w - 1])) {
          --w;
        }
        if (st - 1 - w < 2 || !(s[w] >= 'A' && s[w] <= 'Z') ||
            (w > 0 && util::is_alnum(s[w - 1])) || common_latin_word(s.substr(w, st - 1 - w))) {
          break;
        }
        st = w;
      }
    }
    if (e - st >= 3 && s[st] >= 'A' && s[st] <= 'Z' && (st == 0 || !util::is_alnum(s[st - 1])) &&
        latin_name_end(s.substr(0, e), st, true, 1) == e) {
      add(out, st, e, 0.7f, "latin+title", "");
    }
  }
  // Two or three capitalised words and one blank before the title (Panay Lahok 長老, Lisin Kacaw
  // 傳道, Kolas Mayaw 弟兄), as a church's or a village's notice writes them.
  for (std::size_t l = util::next_lower(s, 0); l < s.size(); l = util::next_lower(s, l + 1)) {
    const std::size_t k = l + 2;
    if (k < 4 || k + 3 > s.size() || s[k - 1] != ' ' || !is_ideograph(s, k) ||
        !(title_at(s, k) != 0 ||
          is_one_of(s.substr(k, 6), {"姊妹", "弟兄", "長老", "傳道", "牧師", "神父", "修女"}))) {
      continue;
    }
    const std::size_t e = k - 1;
    std::size_t st = e;
    for (int words = 0; words < 3 && st > 0;) {
      std::size_t w = st;
      while (w > 0 && util::is_alpha(s[w - 1])) {
        --w;
      }
      if (w == st || !(s[w] >= 'A' && s[w] <= 'Z')) {
        break;
      }
      st = w;
      ++words;
      if (st < 2 || s[st - 1] != ' ' || !(s[st - 2] >= 'a' && s[st - 2] <= 'z')) {
        break;
      }
      --st; // the blank between two words
    }
    while (st < e && s[st] == ' ') {
      ++st;
    }
    if (st < e && (st == 0 || !util::is_alnum(s[st - 1])) &&
        latin_name_end(s.substr(0, e), st, true, 2) == e) {
      add(out, st, e, 0.7f, "latin+title", "");
    }
  }
}

// Two names joined by 、 right before a count of people (同校獲獎者尚有翁孟哲、紀萬福兩位同學,
// 由王小明、陳大文二人負責 — set124a): both items a surname and one or two characters that make
// no place; names_listed_before takes any before them.
[[gnu::noinline]] void names_before_count(std::string_view s, std::vector<Match>& out) {
  static constexpr std::string_view k_counts[] = {"兩位", "二位", "三位", "兩人", "二人", "三人"};
  auto item_start = [&](std::size_t e) {
    for (std::size_t len : {9u, 6u}) {
      if (e >= len && is_ideograph(s, e - len) && is_name_column_cell(s.substr(e - len, len)) &&
          !is_place(s.substr(e - len, len))) {
        return e - len;
      }
    }
    return npos;
  };
  for (std::string_view w : k_counts) {
    for (std::size_t q = s.find(w); q != npos; q = s.find(w, q + w.size())) {
      const std::size_t b = item_start(q);
      if (b == npos || b < 3 || !util::has_at(s, b - 3, "、")) {
        continue;
      }
      const std::size_t a = item_start(b - 3);
      // (Not a guide's example: 例如共有人為王大同、李小華二人 — set61b.)
      if (a == npos ||
          s.substr(a >= 45 ? a - 45 : 0, std::min<std::size_t>(a, 45)).find("例") != npos) {
        continue;
      }
      for (const auto& [x, y] : {std::pair{a, b - 3}, std::pair{b, q}}) {
        if (!name_overlaps(out, x, y)) {
          add(out, x, y, 0.6f, "names-before-count", "");
        }
      }
    }
  }
}

// A clerk's surname alone after the name of the unit, blanks around it, as replies and printouts
// sign (承辦人：民雄鄉公所社會課　康　　分機…, 寄件者: 板橋區公所社會課 紀, 列印人：掛號室 沈 —
// sets 28a, 41a, 121b): a listed surname of one character after 課, 科, 股, 組 or 室 ending a word,
// the line's end or a blank after it.
[[gnu::noinline]] void unit_surnames(std::string_view s, std::vector<Match>& out) {
  const patterns::NameData& nd = patterns::name_data();
  for (std::size_t b = s.find(' '); b != npos; b = s.find(' ', b + 1)) {
    if (b < 6 || !is_one_of(s.substr(b - 3, 3), {"課", "科", "股", "組", "室"}) ||
        !is_ideograph(s, b - 6)) {
      continue;
    }
    const std::size_t q = util::skip_blanks(s, b);
    if (q + 3 > s.size() || nd.surname_at(s, q) != 3 ||
        (q + 3 < s.size() && s[q + 3] != ' ' && s[q + 3] != '\r' && s[q + 3] != '\n')) {
      continue;
    }
    add(out, q, q + 3, 0.6f, "unit-surname", "");
    b = q;
  }
}

// A family called by its surname (樓上康家一直不肯, 由黃家支付, 雷家的孫子, 顏家 2,000): a listed
// surname and 家 where a word starts, and after 家 what is no ideograph or what follows a
// person (的, 一直, 支付, 說 …): not 家具, 家庭, a place (陳家古厝, 許家段) or a shop's name
// (高家手工水餃, 陳家烤小卷). The surname alone is the finding (0.5).
[[gnu::noinline]] void family_names(std::string_view s, std::vector<Match>& out) {
  const patterns::NameData& nd = patterns::name_data();
  static constexpr CharSet k_after(U"的支一說表都也是已有在不就還與和跟代要會");
  for (std::size_t at = util::find_char3(s, 0, "家"); at != npos;
       at = util::find_char3(s, at + 3, "家")) {
    if (at < 3 || (is_ideograph(s, at + 3) && !k_after.contains(s.substr(at + 3, 3)))) {
      continue;
    }
    // (宋家和</td>: a whole name standing alone, 家 and 和 its given characters — set39b.)
    if (is_ideograph(s, at + 3) && !is_ideograph(s, at + 6) && nd.given_at(s, at) &&
        (nd.given_at(s, at + 3) || util::has_at(s, at + 3, "和"))) {
      continue;
    }
    const std::size_t len = at >= 6 && nd.surname_at(s, at - 6) == 6 ? 6 : 3;
    const std::size_t p = at - len;
    // (顧家, 管家: verbs and a butler, 一個人顧家.)
    if (nd.surname_at(s, p) != len || !word_starts(s, p) || function_word(s.substr(p, 3)) ||
        (len == 3 && (util::has_at(s, p, "顧") || util::has_at(s, p, "管"))) ||
        (p >= 3 && nd.surname_at(s, p - 3) != 0 && is_ideograph(s, p - 3) &&
         !k_before_name.contains(s.substr(p - 3, 3)))) {
      continue;
    }
    add(out, p, at, 0.5f, "surname+家", "");
  }
}

// A name after an English (or Indonesian, Vietnamese) form label and a colon (Name: Maria Santos,
// Passenger: WANG, TA-WEI, Contact person: 陳美玲, Nama: Siti), the label's last letter at s[l]:
// bilingual forms, travel lists, letters from abroad. The label stands as its own words; a Latin
// name of one word or more, or a Chinese name that ends there. (Asked from english_intros' pass
// over the lower-case letters: a pass of its own cost 1 % of a thorough scan.)
namespace {
void label_name_after(std::string_view s, std::size_t l, std::vector<Match>& out) {
  const std::size_t c = util::skip_blanks(s, l + 1);
  if (c >= s.size() || !(s[c] == ':' || util::has_at(s, c, "："))) {
    return;
  }
  static constexpr std::string_view k_labels[] = {"name",
                                                  "full name",
                                                  "english name",
                                                  "chinese name",
                                                  "name in english",
                                                  "given name",
                                                  "given names",
                                                  "first name",
                                                  "last name",
                                                  "surname",
                                                  "family name",
                                                  "passenger",
                                                  "passenger name",
                                                  "guest",
                                                  "guest name",
                                                  "traveler",
                                                  "traveller",
                                                  "contact person",
                                                  "contact name",
                                                  "applicant",
                                                  "applicant name",
                                                  "patient",
                                                  "patient name",
                                                  "employee",
                                                  "employee name",
                                                  "worker",
                                                  "worker name",
                                                  "caregiver",
                                                  "employer",
                                                  "spouse",
                                                  "father",
                                                  "mother",
                                                  "emergency contact",
                                                  "account holder",
                                                  "cardholder",
                                                  "card holder",
                                                  "account name",
                                                  "recipient",
                                                  "receiver",
                                                  "sender",
                                                  "customer",
                                                  "participant",
                                                  "athlete",
                                                  "player",
                                                  "tenant",
                                                  "landlord",
                                                  "witness",
                                                  "interpreter",
                                                  "attn",
                                                  "beneficiary",
                                                  "insured",
                                                  "policyholder",
                                                  "student",
                                                  "student name",
                                                  "parent",
                                                  "guardian",
                                                  "nama",
                                                  "nama lengkap",
                                                  "t\u00ean",
                                                  "h\u1ecd t\u00ean",
                                                  "h\u1ecd v\u00e0 t\u00ean"};
  const std::size_t b = l + 1;
  bool labelled = false;
  for (std::string_view w : k_labels) {
    if (b >= w.size() && util::ascii_iequals(s.substr(b - w.size(), w.size()), w) &&
        (b == w.size() || !util::is_alpha(s[b - w.size() - 1]))) {
      labelled = true;
      break;
    }
  }
  if (!labelled) {
    return;
  }
  std::size_t p = c + (s[c] == ':' ? 1 : 3);
  while (p < s.size() && (s[p] == ' ' || s[p] == '\t')) {
    ++p;
  }
  if (p >= s.size()) {
    return;
  }
  if (s[p] >= 'A' && s[p] <= 'Z') {
    const std::size_t e = latin_name_end(s, p, true, 1, true);
    if (e != npos && (e == s.size() || !util::is_alnum(s[e]))) {
      add(out, p, e, 0.8f, "english-label", "");
    }
  } else if (is_ideograph(s, p)) {
    bool surname_only = false;
    const std::size_t e = name_end(s, p, &surname_only, NameContext{true, true, true});
    if (e != npos && !surname_only && ends_name(s, e)) {
      add(out, p, e, 0.8f, "english-label", "");
    }
  }
}
} // namespace

// A name booked with an airline or a travel agent (1.1CHEN/MEILING MS, LIN/CHIH MING MR): capitals,
// a slash, capitals, and the booking's title after one blank. (TCP/IP has no title after it.)
[[gnu::noinline]] void booked_names(std::string_view s, std::vector<Match>& out) {
  auto cap = [&](std::size_t i) { return i < s.size() && s[i] >= 'A' && s[i] <= 'Z'; };
  for (std::size_t k = s.find('/'); k != npos; k = s.find('/', k + 1)) {
    if (k < 2 || !cap(k - 1) || !cap(k - 2) || !cap(k + 1) || !cap(k + 2) || !cap(k + 3)) {
      continue; // (a given name of three letters at least: not UDP/IP)
    }
    std::size_t a = k;
    while (a > 0 && cap(a - 1)) {
      --a;
    }
    if (a > 0 && util::is_alpha(s[a - 1])) {
      continue;
    }
    if (a >= 3 && s[a - 1] == ' ' && cap(a - 2) && cap(a - 3)) {
      a -= 1; // a two-word surname: its first word starts the name (CHEN CHIU/SHU CHEN MRS)
      while (a > 0 && cap(a - 1)) {
        --a;
      }
      if (a > 0 && util::is_alpha(s[a - 1])) {
        continue;
      }
    }
    // (latin_name_end takes the title into the name when there is one.)
    const std::size_t e = latin_name_end(s, a, false, 2, true);
    std::size_t t = e;
    while (t != npos && t > a && cap(t - 1)) {
      --t;
    }
    if (e != npos && t > a + 1 && s[t - 1] == ' ' && airline_title(s.substr(t, e - t))) {
      add(out, a, e, 0.8f, "booked-name", "");
      k = e;
    }
  }
}

// A name in an English letter after the word for whom it is (My wife Mei-ling Chou, her father
// Chou Ting-Kuo, our friend Trần Thị Mai, my cousin, Mark Reyes; I am Maria Luz Santos, My name
// is …): the letters foreign residents write. A possessive, a word for a person, an optional
// comma, then a Latin name.
[[gnu::noinline]] void english_intros(std::string_view s, std::vector<Match>& out) {
  // A letter's greeting: Dear and one or two capitalised words before a comma (Dear Rizky, —
  // set97b's work-permit mail); not Dear Sir, Dear All, Dear Applicant.
  for (std::size_t d = s.find("Dear "); d != npos; d = s.find("Dear ", d + 5)) {
    const std::size_t a = d + 5;
    const std::size_t e = latin_name_end(s, a, true, 1);
    // (Mr, Dr, Manager, Officer … are latin_name_end's own words of no name.)
    static const std::set<std::string_view, std::less<>> k_not_people = {
        "Sir",        "Sirs",       "Madam",      "All",       "Everyone",   "Applicant",
        "Applicants", "Customer",   "Customers",  "Colleague", "Colleagues", "Team",
        "Friend",     "Friends",    "Partner",    "Parent",    "Parents",    "Member",
        "Members",    "Volunteer",  "Volunteers", "Student",   "Students",   "Residents",
        "Neighbors",  "Neighbours", "Prof",       "Mayor",     "Principal",  "Editor",
        "Chief",      "Councillor", "Secretary",  "President", "Hiring",     "Landlord",
        "Owner",      "Host"};
    if ((d == 0 || !util::is_alpha(s[d - 1])) && e != npos && e < s.size() && s[e] == ',' &&
        !k_not_people.contains(s.substr(a, std::min(s.find(' ', a), e) - a))) {
      add(out, a, e, 0.7f, "english-intro", "");
    }
  }
  static constexpr std::string_view k_possessives[] = {"my", "her", "his", "our", "their"};
  static constexpr std::string_view k_people[] = {
      "wife",        "husband",   "son",       "daughter",   "mother",        "father",
      "mom",         "dad",       "neighbour", "neighbor",   "friend",        "landlord",
      "landlady",    "employer",  "boss",      "brother",    "sister",        "baby",
      "colleague",   "roommate",  "cousin",    "uncle",      "aunt",          "grandmother",
      "grandfather", "grandma",   "grandpa",   "grandson",   "granddaughter", "nephew",
      "niece",       "partner",   "fiance",    "girlfriend", "boyfriend",     "manager",
      "supervisor",  "caregiver", "name is"};
  auto blanks = [&](std::size_t i) { // past blanks
    while (i < s.size() && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t')) {
      ++i;
    }
    return i;
  };
  // (From each lower-case letter that ends a possessive: the y of "my", the r of "her", "our",
  // "their", the s of "his", the a of "i am".)
  for (std::size_t l = util::next_lower(s, 0); l < s.size(); l = util::next_lower(s, l + 1)) {
    label_name_after(s, l, out); // Name: Maria Santos
    // Indonesian: Nama saya Budi Santoso (my name is), Saya Sri (I am): one word after nama
    // saya, two after saya.
    if (s[l] == 'a' && l >= 1 && (s[l - 1] == 'S' || s[l - 1] == 's') &&
        (l == 1 || !util::is_alpha(s[l - 2])) && util::has_at(s, l, "aya ")) {
      const bool nama = l >= 6 && util::ascii_iequals(s.substr(l - 6, 5), "nama ");
      const std::size_t a = l + 4;
      std::size_t e = latin_name_end(s, a, true, nama ? 1 : 2);
      // (One word after saya too where a comma ends it: Pak 村長, saya Budi, 我老闆家 — set93b.)
      if (e == npos) {
        e = latin_name_end(s, a, true, 1);
        e = e != npos && e < s.size() && s[e] == ',' ? e : npos;
      }
      if (e != npos && (e == s.size() || !util::is_alpha(s[e]))) {
        add(out, a, e, 0.7f, "english-intro", "");
      }
      continue;
    }
    if (s[l] == 'a' && l >= 2 && s[l - 1] == ' ' && (s[l - 2] == 'I' || s[l - 2] == 'i') &&
        (l == 2 || !util::is_alpha(s[l - 3])) && util::has_at(s, l, "am ")) {
      // (After "I am" two words at least: I am Taiwanese, I am Sorry.)
      const std::size_t a = l + 3;
      const std::size_t e = latin_name_end(s, a, true, 2);
      if (e != npos && (e == s.size() || !util::is_alpha(s[e]))) {
        add(out, a, e, 0.7f, "english-intro", "");
      }
      continue;
    }
    if ((s[l] != 'y' && s[l] != 'r' && s[l] != 's') || l + 1 >= s.size() ||
        (s[l + 1] != ' ' && s[l + 1] != '\n' && s[l + 1] != '\r')) {
      continue;
    }
    std::size_t p = l;
    while (p > 0 && l - p < 5 && util::is_alpha(s[p - 1])) {
      --p;
    }
    if ((p > 0 && util::is_alpha(s[p - 1])) ||
        std::none_of(std::begin(k_possessives), std::end(k_possessives), [&](std::string_view w) {
          return util::ascii_iequals(s.substr(p, l + 1 - p), w);
        })) {
      continue;
    }
    const std::size_t k = blanks(l + 1);
    for (std::string_view w : k_people) {
      if (k + w.size() < s.size() && util::ascii_iequals(s.substr(k, w.size()), w) &&
          !util::is_alpha(s[k + w.size()])) {
        std::size_t a = k + w.size();
        a = blanks(a < s.size() && s[a] == ',' ? a + 1 : a);
        const std::size_t e = latin_name_end(s, a, true, 1);
        if (e != npos && (e == s.size() || !util::is_alpha(s[e]))) {
          add(out, a, e, 0.7f, "english-intro", "");
        }
        break;
      }
    }
  }
}

// A mention in a chat or a comment thread (@Kevin Lin 感謝, @范姜承恩 鳳梨酥到了嗎): '@' where a
// word starts (not an e-mail's), then a Latin name of one to four words or a whole name.
[[gnu::noinline]] void mentions(std::string_view s, std::vector<Match>& out) {
  for (std::size_t q = s.find('@'); q != npos; q = s.find('@', q + 1)) {
    if ((q > 0 && !(s[q - 1] == ' ' || s[q - 1] == '\t' || s[q - 1] == '(' ||
                    static_cast<unsigned char>(s[q - 1]) >= 0x80)) ||
        q + 1 >= s.size()) {
      continue;
    }
    const std::size_t p = q + 1;
    std::size_t e = npos;
    if (s[p] >= 'A' && s[p] <= 'Z') {
      e = latin_name_end(s, p, true, 1);
      // (Not the start of an e-mail address: @Kevin.Lin@…, and one word ends where a name does.)
      if (e != npos && e < s.size() && (s[e] == '@' || s[e] == '.' || util::is_alnum(s[e]))) {
        e = npos;
      }
    } else if (is_ideograph(s, p)) {
      bool surname_only = false;
      e = name_end(s, p, &surname_only, NameContext{true, false, true});
      e = e != npos && !surname_only && ends_name(s, e) ? e : npos;
    }
    if (e != npos) {
      add(out, p, e, 0.7f, "mention", "");
    }
  }
}

// The name an e-mail address is shown with (From: Grace Pao <grace.pao@…>, To: "Jessica Wu"
// <…>, To: "郗婉儀" <…>, From: Kevin 王俊誠 <…>): a Latin name, or a Chinese one (a listed or a
// rare surname and one or two characters standing alone, perhaps after one capitalised Latin
// word; quoted, any three), quoted or not, and one blank before the bracketed address.
[[gnu::noinline]] void email_display_names(std::string_view s, std::vector<Match>& out) {
  for (std::size_t q = s.find('<'); q != npos; q = s.find('<', q + 1)) {
    const std::size_t close = s.find('>', q);
    if (close == npos || close - q > 80 || s.substr(q, close - q).find('@') == npos || q < 3) {
      continue;
    }
    std::size_t e = q;
    while (e > 0 && s[e - 1] == ' ') {
      --e;
    }
    const bool quoted = e > 0 && s[e - 1] == '"';
    e -= quoted ? 1 : 0;
    if (e >= 6 && is_ideograph(s, e - 3)) {
      std::size_t st = e;
      while (st >= 3 && e - st < 12 && is_ideograph(s, st - 3)) {
        st -= 3;
      }
      bool surname_only = false;
      const patterns::NameData& nd = patterns::name_data();
      // (Quoted, three characters are a name whatever the surname when one of the other two is
      // common in given names: To: "郗婉儀" <…>.)
      // (So are they unquoted in a mail header's From:, To: or Cc: — 收件者: 里幹事 安志豪
      // <an.chihhao@…>, set56a: 安 is in no list of surnames.)
      const std::size_t ls = s.rfind('\n', st) == npos ? 0 : s.rfind('\n', st) + 1;
      const std::string_view head = s.substr(ls, std::min<std::size_t>(12, st - ls));
      const bool header = head.starts_with("From:") || head.starts_with("To:") ||
                          head.starts_with("Cc:") || head.starts_with("寄件者") ||
                          head.starts_with("收件者") || head.starts_with("副本");
      // (Not an office's name ending in its unit: From: 圖書館 <library@…> — set251a.)
      static constexpr CharSet k_unit_ends(U"館處局室組課所校院會部署站隊科股");
      const bool quoted_three = (quoted || header) && e - st == 9 && !is_place(s.substr(st, 9)) &&
                                (nd.given_at(s, e - 6) || nd.given_at(s, e - 3)) &&
                                !org_word_at(s, st + 3) && !org_word_at(s, st + 6) &&
                                !k_unit_ends.contains(s.substr(e - 3, 3));
      if ((st == 0 || !is_ideograph(s, util::prev_char(s, st))) && e - st >= 6 &&
          (quoted_three ||
           (name_end(s.substr(0, e), st, &surname_only, NameContext{true, false, true}) == e &&
            !surname_only))) {
        add(out, st, e, 0.75f, "email-name-han", ""); // (a cue: its given name spreads)
        // (Kevin 王俊誠: the English given name before it too.)
        std::size_t w = st;
        if (w >= 4 && s[w - 1] == ' ' && s[w - 2] >= 'a' && s[w - 2] <= 'z') {
          w -= 1;
          std::size_t a = w;
          while (a > 0 && util::is_alpha(s[a - 1])) {
            --a;
          }
          if (w - a >= 3 && s[a] >= 'A' && s[a] <= 'Z' && (a == 0 || !util::is_alnum(s[a - 1])) &&
              latin_name_end(s.substr(0, w), a, true, 1) == w) {
            add(out, a, w, 0.7f, "email-name", "");
          }
        }
      }
      continue;
    }
    // (Letters with diacritics too: Cc: Trần Văn Phúc <…> — set95a; the name's first letter is
    // ASCII below.)
    std::size_t st = e;
    while (st > 0 && e - st < 48 &&
           (util::is_alpha(s[st - 1]) || s[st - 1] == ' ' || s[st - 1] == '-' || s[st - 1] == ',' ||
            static_cast<unsigned char>(s[st - 1]) >= 0x80)) {
      --st;
    }
    for (; st < e; ++st) {
      if (s[st] >= 'A' && s[st] <= 'Z' && (st == 0 || !util::is_alpha(s[st - 1])) &&
          latin_name_end(s, st, true) == e) {
        add(out, st, e, 0.75f, "email-name", "");
        break;
      }
    }
  }
}

// A dotted name wherever it stands (由撒瑪·卡造頭目翻譯, 3. 古拉斯·沙度：, 村民 瓦旦．巴萬 說):
// Chinese writes indigenous and other transliterated names so, and few words. Its first half starts
// where a word starts — after what is no ideograph or after a particle (由, 和, 的 …) — and both
// halves have two characters at least (中·英文 and 真·善·美 are none), half of them or more
// k_phonetic (臨櫃．人工申請 is a choice of two words); no half is a place (臺北·東京) and no book
// title is one (《哈利·波特》 is a character's name).
void dotted_names(std::string_view s, std::vector<Match>& out) {
  for (std::size_t k = 0; k < s.size(); ++k) {
    const auto c = static_cast<unsigned char>(s[k]);
    if (c != '.' && c != 0xC2 && c != 0xE2 && c != 0xE3) {
      continue;
    }
    std::size_t dot = 0;
    for (std::string_view d : {".", "‧", "・", "·", "•"}) {
      if (s.substr(k).starts_with(d)) {
        dot = d.size();
      }
    }
    if (dot == 0 || k < 6 || !is_ideograph(s, k - 3) || !is_ideograph(s, k - 6)) {
      continue;
    }
    std::size_t p = k - 6;
    while (p >= 3 && k - p < 12 && is_ideograph(s, p - 3) && !function_word(s.substr(p - 3, 3))) {
      p -= 3;
    }
    if (p >= 3 && is_ideograph(s, p - 3) && !function_word(s.substr(p - 3, 3))) {
      continue; // inside a run of words: where the name starts is not known
    }
    // (Not a conjunction before it: 還有阿洛．卡露的電話 — set146a.)
    if (k - p > 6 && is_one_of(s.substr(p, 6), {"還有", "以及", "另外", "就是", "還是", "或是",
                                                "包括", "例如", "還要", "還請"})) {
      p += 6;
    }
    std::size_t e = dotted_name_end(s, p);
    for (std::size_t q = k + dot + 6; e != npos && q < e; q += 3) {
      if (title_at(s, q) != 0 || util::has_at(s, q, "頭目")) {
        e = q; // 撒瑪·卡造|頭目
      }
    }
    if (e == npos || e < k + dot + 6 ||
        (p >= 3 && (util::has_at(s, p - 3, "《") || util::has_at(s, p - 3, "〈")))) {
      k = e == npos ? k : e;
      continue;
    }
    std::size_t chars = 0, phonetic = 0;
    for (std::size_t q = p; q < e; q += q == k ? dot : 3) {
      if (q != k) {
        ++chars;
        phonetic += k_phonetic.contains(s.substr(q, 3)) ? 1 : 0;
      }
    }
    if (phonetic * 2 >= chars && !is_place(s.substr(p, k - p)) &&
        !is_place(s.substr(k + dot, e - k - dot))) {
      add(out, p, e, 0.7f, "dotted-name", "");
    }
    k = e;
  }
}

// A name found right after a middle dot is the second half of a dotted name (哈古‧陸浪村長 gave
// 陸浪): it takes the first half too, back to where a word starts (a place's unit, a particle or
// what is no ideograph; four characters at most), if the whole is a dotted name.
void dotted_first_halves(std::string_view s, std::size_t first, std::vector<Match>& out) {
  for (std::size_t k = first; k < out.size(); ++k) {
    Match& m = out[k];
    std::size_t dot = 0;
    for (std::string_view d : {"‧", "・", "·", "•"}) {
      if (m.start >= d.size() + 3 && s.substr(m.start - d.size(), d.size()) == d) {
        dot = d.size();
      }
    }
    if (dot == 0 || m.type != PiiType::person_name || m.end - m.start < 6) {
      continue; // (a surname alone after a dot: 春‧夏主任 is no name)
    }
    std::size_t p = m.start - dot;
    for (int n = 0;
         n < 4 && p >= 3 && is_ideograph(s, p - 3) && !k_places.contains(s.substr(p - 3, 3)) &&
         !stops_name(s.substr(p - 3, 3)) && !function_word(s.substr(p - 3, 3));
         ++n) {
      p -= 3;
    }
    // (The text cut at the name's end: a rule found where the name ends, 村長 there.)
    if (p + dot < m.start && dotted_name_end(s.substr(0, m.end), p) == m.end) {
      m.start = static_cast<std::uint32_t>(p);
    }
  }
}

// vCard's name fields (a contacts export): FN:劉建志, FN:Yuki Tanaka (the whole name), and
// N:劉;建志;;; (family name and given names, each a span). Parameters may come before the
// colon (FN;CHARSET=UTF-8:).
void vcard_names(std::string_view s, std::vector<Match>& out) {
  const bool full = s.starts_with("FN");
  if (!full && !s.starts_with("N")) {
    return;
  }
  std::size_t p = full ? 2 : 1;
  if (p >= s.size() || (s[p] != ':' && s[p] != ';')) {
    return;
  }
  const std::size_t colon = s.find(':', p);
  if (colon == npos || colon > 64) {
    return;
  }
  std::size_t e = s.find_first_of("\r\n", colon + 1);
  e = e == npos ? s.size() : e;
  auto value = [&](std::size_t a, std::size_t b) {
    while (a < b && s[a] == ' ') {
      ++a;
    }
    while (b > a && s[b - 1] == ' ') {
      --b;
    }
    return std::pair{a, b};
  };
  if (full) {
    const auto [a, b] = value(colon + 1, e);
    if (b > a && b - a <= 60 &&
        (is_name(s.substr(a, b - a)) || latin_name_end(s.substr(0, b), a, true, 1) == b)) {
      add(out, a, b, 0.85f, "vcard", "FN");
    }
    return;
  }
  // N: family;given;additional;prefix;suffix — the first two.
  std::size_t a = colon + 1;
  for (int field = 0; field < 2 && a <= e; ++field) {
    std::size_t b = s.find(';', a);
    b = b == npos || b > e ? e : b;
    const auto [x, y] = value(a, b);
    const std::string_view v = s.substr(x, y - x);
    const patterns::NameData& nd = patterns::name_data();
    const bool latin = y > x && latin_name_end(s.substr(0, y), x, true, 1) == y;
    const bool cjk =
        (field == 0 && (nd.surname_at(v, 0) == v.size() || (v.size() == 3 && nd.rare_at(v, 0)))) ||
        (field == 1 && (v.size() == 3 || v.size() == 6) && is_ideograph(v, 0) &&
         is_ideograph(v, v.size() - 3));
    if (y > x && (latin || cjk)) {
      add(out, x, y, 0.85f, "vcard", "N");
    }
    a = b + 1;
  }
}

// A Latin name after an English title (Mr. Jansen, Ms. Dela Cruz, Dr. Chen): one to three
// capitalised words.
void latin_titles(std::string_view s, std::vector<Match>& out) {
  // (And the titles of migrant workers' letters: Indonesian Pak, Bapak, Ibu, Mbak;
  // Filipino Kuya, Ate, Manong, Manang; a church's Bro., Sis, Fr.; Vietnamese chị, ông, bà —
  // Mandor saya Pak Lin, Agensi saya Ibu Wati, chị Trần Thị Mai, Kuya Ramil — set82b. Not anh:
  // tiếng Anh.)
  static constexpr std::string_view k_titles[] = {
      "Mr. ",      "Mrs. ",     "Ms. ",      "Miss ",     "Dr. ",     "Mr ",      "Mrs ",
      "Ms ",       "Pak ",      "Bapak ",    "Ibu ",      "Bu ",      "Mbak ",    "Kuya ",
      "Ate ",      "Manong ",   "Manang ",   "Bro. ",     "Sis ",     "Sis. ",    "Fr. ",
      "ch\u1ecb ", "Ch\u1ecb ", "\u00f4ng ", "\u00d4ng ", "b\u00e0 ", "B\u00e0 ", "Teacher "};
  // Where a title may start: an ASCII capital (one SIMD pass), or chị, ông, Ông, bà found
  // whole — each title is compared only there.
  static thread_local std::vector<std::pair<std::size_t, std::string_view>> hits;
  hits.clear();
  for (std::size_t q = util::next_in_range(s, 0, 'A', 'Z'); q < s.size();
       q = util::next_in_range(s, q + 1, 'A', 'Z')) {
    for (std::string_view t : k_titles) {
      if (t[0] == s[q] && util::has_at(s, q, t)) {
        hits.emplace_back(q, t);
        break; // (longest first is not needed: "Mr. " and "Mr " cannot both match)
      }
    }
  }
  static constexpr std::string_view k_lower_titles[] = {"ch\u1ecb ", "\u00f4ng ", "\u00d4ng ",
                                                        "b\u00e0 "};
  for (std::string_view t : k_lower_titles) {
    for (std::size_t at = s.find(t); at != npos; at = s.find(t, at + 1)) {
      hits.emplace_back(at, t);
    }
  }
  for (const auto& [at, t] : hits) {
    {
      const std::size_t p = at + t.size();
      // (Nor inside a word ending in the title's letters: Đông Cảng, a place, holds ông.)
      const std::size_t prev = at == 0 ? 0 : util::prev_char(s, at);
      std::size_t len = 0;
      const char32_t pc = at == 0 ? 0 : util::utf8_decode(s, prev, &len);
      const bool latin_before = (pc >= 0xC0 && pc <= 0x24F) || (pc >= 0x1E00 && pc <= 0x1EFF);
      if ((at > 0 && util::is_alpha(s[at - 1])) || latin_before || p >= s.size()) {
        continue;
      }
      // A Chinese surname after the title (My landlord Mr. 徐 does not…, Mr. 郁 at 新竹): the
      // surname alone, or a whole name.
      if (is_ideograph(s, p) && t != "Miss ") {
        const patterns::NameData& nd = patterns::name_data();
        bool surname_only = false;
        const std::size_t e = name_end(s, p, &surname_only, NameContext{true, false, true});
        if (e != npos && !surname_only && ends_name(s, e)) {
          add(out, p, e, 0.75f, "latin-title", t.substr(0, t.find(' ')));
        } else if (const std::size_t sl = nd.surname_at(s, p) != 0 ? nd.surname_at(s, p)
                                          : nd.rare_at(s, p)       ? 3
                                                                   : 0;
                   sl != 0 && (p + sl >= s.size() || !is_ideograph(s, p + sl))) {
          add(out, p, p + sl, 0.6f, "latin-title", t.substr(0, t.find(' ')));
        }
        continue;
      }
      if (s[p] < 'A' || s[p] > 'Z') {
        continue;
      }
      // (Up to three words: the name ends at what is no capitalised word.)
      std::size_t e = p, words = 0;
      while (words < 3 && e < s.size() && s[e] >= 'A' && s[e] <= 'Z') {
        std::size_t w = e + 1;
        // (Hyphenated given names as Taiwan romanises them: Chen Wei-Ming.)
        while (w < s.size() && (util::is_alpha(s[w]) ||
                                (s[w] == '-' && w + 1 < s.size() && util::is_alpha(s[w + 1])))) {
          ++w;
        }
        if (w - e < 2) {
          break;
        }
        e = w, ++words;
        if (e + 1 < s.size() && s[e] == ' ' && s[e + 1] >= 'A' && s[e + 1] <= 'Z') {
          ++e;
        } else {
          break;
        }
      }
      while (e > p && s[e - 1] == ' ') {
        --e;
      }
      // (Letters with diacritics too: Trần Thị Mai — latin_name_end reads them.)
      if (const std::size_t d = latin_name_end(s, p, true, 1); d != npos && d > e) {
        e = d;
        words = std::max<std::size_t>(words, 1);
      }
      // (Teacher and one word only, as a chat's sender is called: Teacher Lu — set125b; not
      // Teacher Employment Contract.)
      if (words > 0 && (e >= s.size() || !util::is_alnum(s[e])) &&
          (t != "Teacher " || (words == 1 && !common_latin_word(s.substr(p, e - p))))) {
        add(out, p, e, 0.75f, "latin-title", t.substr(0, t.find(' ')));
      }
    }
  }
}

// Two to four capitalised Latin words standing among Chinese text (三女 Ilid Kacaw 現任…,
// <td>Muakai Tjivuluan</td>, 卑南國中 Lavakaw Tanapima 及): indigenous and foreign names as Chinese
// text writes them. Chinese (or a bracket, a cell border, the line's start or end) on both sides
// (舊識Lisa Hartmann（德籍修女）),
// blanks between; not the words of places, organisations and products (latin_name_end's list and
// these brands), not a title in 〈〉 or 《》.
[[gnu::noinline]] void latin_in_han(std::string_view s, std::vector<Match>& out) {
  static const std::set<std::string_view, std::less<>> k_brands = {
      "Google", "Line", "Pay", "Apple", "Facebook", "Instagram", "Microsoft", "Teams", "Excel",
      "Word", "Maps", "Uber", "Eats", "Windows", "Office", "Chrome", "Android", "Edge", "Gmail",
      "Meet", "Zoom", "Power", "Point", "Foodpanda", "Costco", "Ikea", "Happy", "New", "Year",
      "Christmas", "Merry", "Thank", "You", "Good", "Morning", "Night", "Hello", "Kitty", "Santa",
      "Claus", "Switch", "OLED", "CHANEL", "Chanel", "Cartier", "LOVE", "Classic", "Flap",
      // A form's English title beside its Chinese one (轉診單（Referral Form）, 出院病歷摘要
      // Discharge Summary, FOR OFFICIAL USE ONLY).
      "Form", "Summary", "Report", "Record", "Records", "Notice", "Certificate", "Application",
      "Official", "Use", "Only", "FOR", "OFFICIAL", "USE", "ONLY", "FORM", "Request", "Letter",
      "Discharge", "Referral", "Medical", "Consent", "Statement", "Receipt", "Minutes", "Agenda",
      "Agreement", "Donation", "Contract", "Waiver",
      // Organisations in capitals (HENG-HSIN INTERNATIONAL LAW OFFICE on a letterhead).
      "LAW", "OFFICE", "FIRM", "INTERNATIONAL", "COMPANY", "CO", "LTD", "INC", "CORP", "BANK",
      "UNIVERSITY", "HOSPITAL", "ASSOCIATION", "GROUP", "FOUNDATION", "CENTER", "CENTRE", "TAIWAN",
      "TAIPEI", "CITY", "COUNTY", "GOVERNMENT", "DEPARTMENT", "BUREAU", "SCHOOL"};
  auto han_or_edge = [&](std::size_t i, bool before) {
    // The character next to the name, past blanks: Chinese, a bracket, a cell border, the end.
    if (before) {
      while (i > 0 && s[i - 1] == ' ') {
        --i; // (blanks at the line's start too: an indented list)
      }
      if (i == 0) {
        return true;
      }
      const auto c = static_cast<unsigned char>(s[i - 1]);
      if (c >= 0x80 || s[i - 1] == '>' || s[i - 1] == '|' || s[i - 1] == '\t' || s[i - 1] == '(') {
        return true;
      }
      // (Or an item's number at the line's start, a blank after it: 1. Budi Santoso　統一證號… —
      // set131a. Not when a digit follows the name: 01　Dewi Anggraini　54年11月19日 stays
      // unread, as the check after the name wants Chinese or an edge.)
      std::size_t d = i - (s[i - 1] == '.' || s[i - 1] == ')' ? 1 : 0);
      const std::size_t digits_end = d;
      while (d > 0 && util::is_digit(s[d - 1])) {
        --d;
      }
      while (d > 0 && s[d - 1] == ' ') {
        --d;
      }
      return d < digits_end && util::is_digit(s[digits_end - 1]) && digits_end - d <= 4 &&
             s[i] == ' ' && (d == 0 || s[d - 1] == '\n');
    }
    while (i < s.size() && s[i] == ' ') {
      ++i;
    }
    if (i >= s.size()) {
      return true;
    }
    const auto c = static_cast<unsigned char>(s[i]);
    return c >= 0x80 || s[i] == '<' || s[i] == '|' || s[i] == '\t' || s[i] == ')' || s[i] == '(' ||
           s[i] == '\r';
  };
  for (std::size_t q = util::next_in_range(s, 0, 'A', 'Z'); q < s.size();
       q = util::next_in_range(s, q + 1, 'A', 'Z')) {
    if ((q > 0 && util::is_alnum(s[q - 1])) || !han_or_edge(q, true)) {
      continue;
    }
    const std::size_t e = latin_name_end(s, q, true, 2);
    if (e == npos || !han_or_edge(e, false) || (e < s.size() && util::is_alnum(s[e]))) {
      continue;
    }
    // (Not a product's name after its label: 品牌／型號：Tissot PRX — set268a's watch repairs.)
    std::size_t colon = q;
    while (colon > 0 && s[colon - 1] == ' ') {
      --colon;
    }
    colon = colon >= 1 && s[colon - 1] == ':'                ? colon - 1
            : colon >= 3 && util::has_at(s, colon - 3, "：") ? colon - 3
                                                             : npos;
    const bool product = colon != npos && colon >= 6 &&
                         is_one_of(s.substr(colon - 6, 6), {"型號", "品牌", "廠牌", "機型", "車款",
                                                            "車型", "款式", "品名", "機種"});
    // (Not a title in 〈〉 or 《》: a song, a book.)
    if (product || (q >= 3 && (util::has_at(s, q - 3, "〈") || util::has_at(s, q - 3, "《")))) {
      q = e;
      continue;
    }
    // (Before a bracket, words in capitals are no name's: NBI Clearance（證號…）, Tony PP（社長）.)
    std::size_t after = e;
    while (after < s.size() && s[after] == ' ') {
      ++after;
    }
    const bool bracket = after < s.size() && s[after] == '(';
    bool brand = false;
    for (std::size_t w = q; w < e;) {
      std::size_t we = w;
      while (we < e && s[we] != ' ') {
        ++we;
      }
      const std::string_view word = s.substr(w, we - w);
      brand = brand || k_brands.contains(word) || (word.size() > 3 && common_latin_word(word)) ||
              (bracket &&
               std::none_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; }));
      w = we + 1;
    }
    if (!brand && std::none_of(out.begin(), out.end(),
                               [&](const Match& m) { return m.start < e && q < m.end; })) {
      add(out, q, e, 0.7f, "latin-in-han", "");
    }
    q = e;
  }
}

// A name's other script after a slash (阮氏紅 / Nguyễn Thị Hồng, a roster's cell; Maria Santos／
// 瑪莉亞): the Latin name after a Chinese name found, or the Chinese name after a Latin one.
void slash_pairs(std::string_view s, std::size_t first, std::vector<Match>& out) {
  for (std::size_t k = first, n = out.size(); k < n; ++k) {
    const Match m = out[k];
    if (m.type != PiiType::person_name) {
      continue;
    }
    std::size_t p = m.end;
    while (p < s.size() && s[p] == ' ') {
      ++p;
    }
    if (p < s.size() && s[p] == '/') {
      ++p;
    } else if (util::has_at(s, p, "／")) {
      p += 3;
    } else {
      continue;
    }
    while (p < s.size() && s[p] == ' ') {
      ++p;
    }
    std::size_t e = npos;
    if (is_ideograph(s, m.start) && p < s.size() && s[p] >= 'A' && s[p] <= 'Z') {
      e = latin_name_end(s, p, true, 2);
    } else if (is_ideograph(s, p) && (!is_ideograph(s, m.start) || m.end - m.start >= 9)) {
      // (Also a second whole name after a whole name: 戴家杰/程俊成, two people of one entry.)
      bool surname_only = false;
      e = name_end(s, p, &surname_only, NameContext{true, false, true});
      e = surname_only || (e != npos && !ends_name(s, e)) ? npos : e;
    }
    if (e != npos && (e == s.size() || !util::is_alnum(s[e])) &&
        std::none_of(out.begin(), out.end(),
                     [&](const Match& f) { return f.start < e && p < f.end; })) {
      add(out, p, e, 0.75f, "name-pair", "");
    }
  }
}

// A donation list's item: a name, blanks, an amount (<li>朱廷 6,000元</li>, <li>Faustina dela
// Cruz 100,000元</li> — set73a's heritage donations, one item a line): the name a surname and one
// to three characters, or a Latin name.
void donor_items(std::string_view s, std::vector<Match>& out) {
  for (std::size_t at = s.find("<li>"); at != npos; at = s.find("<li>", at + 4)) {
    const std::size_t a = at + 4, e = s.find("</li>", a);
    if (e == npos) {
      return;
    }
    std::size_t b = e;
    if (b >= a + 3 && util::has_at(s, b - 3, "元")) {
      b -= 3;
    }
    const std::size_t amount_end = b;
    while (b > a && (util::is_digit(s[b - 1]) || s[b - 1] == ',')) {
      --b;
    }
    if (b == amount_end || b == a || !util::is_digit(s[b])) {
      continue;
    }
    b = b >= a + 3 && util::has_at(s, b - 3, "NT$") ? b - 3 : b;
    const std::size_t amount_start = b;
    while (b > a && s[b - 1] == ' ') {
      --b;
    }
    if (b == amount_start) {
      continue; // (a blank between the name and the amount)
    }
    const std::string_view name = s.substr(a, b - a);
    if ((is_name_column_cell(name) && !is_place(name)) ||
        (util::is_alpha(name[0]) && latin_name_end(name, 0, true) == name.size())) {
      add(out, a, b, 0.7f, "donor-item", "");
    }
  }
}

void html_list_names(std::string_view s, std::size_t first, std::vector<Match>& out) {
  // The items: the text between <li> and </li>, tags inside it skipped (<li><span>…</span>).
  struct Item {
    std::size_t start, end;
  };
  std::vector<Item> items;
  for (std::size_t at = s.find("<li"); at != npos && items.size() < 200;
       at = s.find("<li", at + 3)) {
    std::size_t a = s.find('>', at);
    std::size_t e = a == npos ? npos : s.find("</li>", a);
    if (e == npos) {
      break;
    }
    ++a;
    while (a < e && s[a] == '<') { // an inner tag's opening
      const std::size_t c = s.find('>', a);
      a = c == npos || c > e ? e : c + 1;
    }
    std::size_t b = e;
    while (b > a && s[b - 1] == '>') { // an inner tag's closing
      const std::size_t o = s.rfind('<', b - 1);
      b = o == npos || o < a ? a : o;
    }
    items.push_back(Item{a, b});
  }
  if (items.size() < 3) {
    return;
  }
  auto found_at = [&](const Item& it) {
    return std::any_of(
        out.begin() + static_cast<std::ptrdiff_t>(first), out.end(), [&](const Match& m) {
          return m.type == PiiType::person_name && m.start == it.start && m.end == it.end;
        });
  };
  std::size_t named = 0;
  for (const Item& it : items) {
    named += found_at(it) ? 1 : 0;
  }
  // Half of the items names found: the others that are a name's shape are names too (<li>郭聰敏
  // </li><li>鄧俊傑</li>…: 聰敏, 清水 and 寶珠 are words, no rule takes them alone — set40b).
  if (2 * named < items.size()) {
    return;
  }
  // (Or a surname and one given-name character: <li>孫芳</li>, <li>賴敏</li> among them — set132b's
  // sports-day teams.)
  const patterns::NameData& nd = patterns::name_data();
  for (const Item& it : items) {
    const std::string_view cell = s.substr(it.start, it.end - it.start);
    const bool two = cell.size() == 6 && nd.surname_at(cell, 0) == 3 && nd.given_at(cell, 3);
    if (((cell.size() >= 9 && cell.size() <= 12) || two) && !found_at(it) &&
        is_name_column_cell(cell) && !is_place(cell)) {
      add(out, it.start, it.end, 0.7f, "name-list", "");
    }
  }
}

void named_list_rest(std::string_view s, std::size_t first, std::vector<Match>& out) {
  const auto mine = out.begin() + static_cast<std::ptrdiff_t>(first);
  if (std::count_if(mine, out.end(),
                    [](const Match& m) { return m.type == PiiType::person_name; }) < 3) {
    return;
  }
  const patterns::NameData& nd = patterns::name_data();
  struct Item {
    std::size_t start, end;
  };
  std::vector<Item> items;
  for (std::size_t d = s.find("、"); d != npos; d = s.find("、", d + 3)) {
    // The list's items, ideographs only, each joined to the next by 、.
    std::size_t a = d;
    while (a >= 3 && is_ideograph(s, a - 3)) {
      a -= 3;
    }
    items.assign(1, Item{a, d});
    std::size_t q = d;
    while (util::has_at(s, q, "、") && items.size() < 40) {
      std::size_t e = q + 3;
      while (is_ideograph(s, e)) {
        e += 3;
      }
      items.push_back(Item{q + 3, e});
      q = e;
    }
    d = q >= 3 ? q - 3 : q; // (the next list after this one's last item)
    auto found = [&](const Item& it) {
      return std::any_of(mine, out.end(), [&](const Match& m) {
        return m.type == PiiType::person_name && m.start == it.start && m.end == it.end;
      });
    };
    const auto named = static_cast<std::size_t>(std::count_if(items.begin(), items.end(), found));
    if (items.size() < 4 || named < 3 || 5 * named < 2 * items.size()) {
      continue;
    }
    for (const Item& it : items) {
      const std::string_view cell = s.substr(it.start, it.end - it.start);
      const bool two = cell.size() == 6 && title_at(cell, 0) == 0 && !common_word(cell) &&
                       !nd.stopwords.contains(cell) && nd.given_at(cell, 3) &&
                       (nd.surname_at(cell, 0) == 3 || nd.given_at(cell, 0)) &&
                       !k_places.contains(cell.substr(3));
      // (Three characters: a surname and two given-name characters, not 衛生紙 among gifts.)
      const bool three = cell.size() == 9 && nd.surname_at(cell, 0) == 3 && nd.given_at(cell, 3) &&
                         nd.given_at(cell, 6) && is_name_column_cell(cell);
      if ((two || three || (cell.size() == 12 && is_name_column_cell(cell))) && !is_place(cell) &&
          std::none_of(out.begin(), out.end(),
                       [&](const Match& m) { return m.start < it.end && it.start < m.end; })) {
        add(out, it.start, it.end, 0.7f, "name-list", "");
      }
    }
  }
}

void mixed_script_names(std::string_view s, std::size_t first, std::vector<Match>& out) {
  const patterns::NameData& nd = patterns::name_data();
  auto latin = [&](const Match& m) {
    return m.type == PiiType::person_name && util::is_alpha(s[m.start]) &&
           std::all_of(s.begin() + m.start, s.begin() + m.end,
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  };
  // A Chinese half found: a given name or a nickname of one or two characters (a whole name
  // beside a Latin one is more often two people of a list: 龍曉薇　Putri Ayu).
  // (Nor one that follows a name found one blank before it: the last of a list of names a blank
  // apart, 康廖苡安 詹強 PRASERT BOONMA — set279b's minutes; or the Latin name itself, Lan 阿蘭,
  // Ｓｈｅｌｌｙ　許, which writers count as two names — sets 46a, 71a, 222b, 270a.)
  auto han_half = [&](const Match& m) {
    return m.type == PiiType::person_name && is_ideograph(s, m.start) && m.end - m.start <= 6 &&
           !(m.start > 0 && s[m.start - 1] == ' ' &&
             std::any_of(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
                         [&](const Match& o) {
                           return o.type == PiiType::person_name && o.end + 1 == m.start;
                         }));
  };
  for (std::size_t k = first, n = out.size(); k < n; ++k) {
    const Match m = out[k];
    if (!latin(m)) {
      continue;
    }
    std::size_t start = m.start, end = m.end;
    float conf = m.confidence;
    const std::size_t after = end < s.size() && s[end] == ' ' ? end + 1 : end;
    const std::size_t before = start > 0 && s[start - 1] == ' ' ? start - 1 : start;
    for (std::size_t j = first; j < n; ++j) {
      if (han_half(out[j]) && (out[j].start == after || out[j].end == before)) {
        start = std::min<std::size_t>(start, out[j].start);
        end = std::max<std::size_t>(end, out[j].end);
        conf = std::max(conf, out[j].confidence);
      }
    }
    // Else a surname alone beside it, where no other character goes on (Jessica 蔡】, 李Sandy<).
    if (end == m.end && nd.surname_at(s, after) == 3 && !is_ideograph(s, after + 3) &&
        (after + 3 >= s.size() || !util::is_alnum(s[after + 3]))) {
      end = after + 3;
    }
    if (start == m.start && before >= 3 &&
        (util::has_at(s, before - 3, "阿") ||
         (nd.surname_at(s, before - 3) == 3 && !is_ideograph(s, before - 6)))) {
      start = before - 3;
    }
    if (start != m.start || end != m.end) {
      add(out, start, end, conf, "mixed-script", "");
    }
  }
}

// A Latin name right after a name found, a blank between, that ends its field: the other form of
// one person's name in one cell (瓦歷斯．諾命 Walis Nomin — set73b's sign-in sheet; 張美玲 Amy).
void latin_after_names(std::string_view s, std::size_t first, std::vector<Match>& out) {
  for (std::size_t k = first, n = out.size(); k < n; ++k) {
    const Match m = out[k];
    if (m.type != PiiType::person_name || m.end - m.start < 6 || m.end + 3 > s.size() ||
        s[m.end] != ' ' || !is_ideograph(s, m.start) || s[m.end + 1] < 'A' || s[m.end + 1] > 'Z') {
      continue;
    }
    const std::size_t e = latin_name_end(s, m.end + 1, true, 1);
    if (e == npos || e - m.end - 1 < 3 ||
        !(e == s.size() || s[e] == ',' || s[e] == '\t' || s[e] == '"' || s[e] == '\r' ||
          s[e] == '\n' || s[e] == '<' || s[e] == '(' || s[e] == ')' || util::has_at(s, e, "，") ||
          // (Or a blank before what is no letter: 1. 郭宜蓁 Yi-Chen Kuo　1986.04.27 — set95b;
          // not a month before its day, 張美玲　Dec 26.)
          (s[e] == ' ' && (e + 1 == s.size() || !util::is_alpha(s[e + 1])) &&
           !english_month(s.substr(m.end + 1, e - m.end - 1)))) ||
        common_latin_word(s.substr(m.end + 1, e - m.end - 1))) {
      continue;
    }
    // (One word is the person's English name, written with the Chinese one as one: 張美玲 Amy —
    // set70b; two or more are another form of the name, a span of its own: Walis Nomin.)
    // (Not in a list of names a blank apart: 李國華　Lahok after Panay Kolas are two people.)
    const bool listed = m.start > 0 && s[m.start - 1] == ' ';
    if (s.substr(m.end + 1, e - m.end - 1).find(' ') == std::string_view::npos && !listed) {
      out[k].end = static_cast<std::uint32_t>(e);
      out[k].rule = "mixed-script"; // (each half is remembered: scanner.cpp)
    } else {
      add(out, m.end + 1, e, m.confidence, "latin-after-name", "");
    }
  }
  // And one English word right before a name found, one blank between (Jessica 吳佩珊,
  // Mei-Yun 林美雲 — set75a): the same person's, one span.
  for (std::size_t k = first, n = out.size(); k < n; ++k) {
    const Match m = out[k];
    if (m.type != PiiType::person_name || m.end - m.start < 6 || m.start < 4 ||
        s[m.start - 1] != ' ' || !is_ideograph(s, m.start) || !util::is_alpha(s[m.start - 2])) {
      continue;
    }
    std::size_t b = m.start - 1;
    while (b > 0 && (util::is_alpha(s[b - 1]) || s[b - 1] == '-')) {
      --b;
    }
    const std::string_view word = s.substr(b, m.start - 1 - b);
    if (word.size() >= 3 && word[0] >= 'A' && word[0] <= 'Z' && word.back() != '-' &&
        (b == 0 || s[b - 1] == '\t' || s[b - 1] == '>' || s[b - 1] == '(' ||
         (b >= 3 && is_ideograph(s, util::prev_char(s, b)))) &&
        !common_latin_word(word)) {
      out[k].start = static_cast<std::uint32_t>(b);
      out[k].rule = "mixed-script";
    }
  }
  // And an indigenous name in Latin letters joined to the Chinese one by a dot (Lisin．林志強 —
  // set122b's vendor list): one capitalised word of three letters or more, where a word starts.
  for (std::size_t k = first, n = out.size(); k < n; ++k) {
    const Match m = out[k];
    if (m.type != PiiType::person_name || m.end - m.start < 6 || !is_ideograph(s, m.start)) {
      continue;
    }
    std::size_t dot = 0;
    for (std::string_view d : {".", "‧", "・", "·"}) {
      dot = m.start > d.size() && s.substr(m.start - d.size(), d.size()) == d ? d.size() : dot;
    }
    std::size_t b = m.start - dot;
    while (dot != 0 && b > 0 && util::is_alpha(s[b - 1])) {
      --b;
    }
    const std::string_view word = s.substr(b, m.start - dot - b);
    if (dot != 0 && word.size() >= 3 && word[0] >= 'A' && word[0] <= 'Z' &&
        (b == 0 || s[b - 1] == ' ' || s[b - 1] == '\t' || s[b - 1] == '>' || s[b - 1] == ',' ||
         s[b - 1] == '\n' || (b >= 3 && is_ideograph(s, util::prev_char(s, b)))) &&
        !common_latin_word(word)) {
      add(out, b, m.start - dot, m.confidence, "latin-before-name", "");
    }
  }
}

// A whole name after any short label and a colon (接班：魏語彤, 簽收：魏語彤, 聯絡窗口：蔡月娥),
// standing alone: a surname and two characters, one of them common in given names, then the
// line's end, a blank, a bracket or 、，; not after a label of things (地址, 項目, 主旨 …).
[[gnu::noinline]] void names_after_any_colon(std::string_view s, std::vector<Match>& out) {
  static constexpr std::string_view k_things[] = {
      "地址", "住址", "地點", "項目", "主旨", "說明", "備註", "事由", "案由", "名稱", "單位",
      "機關", "公司", "路段", "地段", "品名", "類別", "科目", "課程", "活動", "內容", "標題",
      "題目", "原因", "結果", "狀態", "方式", "路線", "車種", "廠牌", "店名", "商品", "地號"};
  const patterns::NameData& nd = patterns::name_data();
  // The next ':' and the next '：', each searched for again only once passed (one pass each).
  std::size_t ascii = s.find(':'), wide = util::find_char3(s, 0, "：");
  for (;;) {
    const std::size_t c = std::min(ascii, wide);
    if (c == npos) {
      break;
    }
    const std::size_t colon = c == wide ? 3 : 1;
    if (c == wide) {
      wide = util::find_char3(s, c + 3, "：");
    } else {
      ascii = s.find(':', c + 1);
    }
    // The name must start with a surname (a cheap test first: most colons end a label of things).
    std::size_t p = c + colon;
    while (p < s.size() && s[p] == ' ') {
      ++p;
    }
    if (nd.surname_at(s, p) == 0) {
      continue;
    }
    // A label of two to four ideographs before it, perhaps in Markdown's bold (**接班**：).
    std::size_t lc = c;
    while (lc >= 1 && s[lc - 1] == '*') {
      --lc;
    }
    std::size_t b = lc;
    while (b >= 3 && lc - b < 12 && is_ideograph(s, b - 3)) {
      b -= 3;
    }
    // (Or an amount: a donation roll's tier, 新臺幣２０，０００元：姜金水　孔惠美 — set42a.)
    const bool amount =
        lc - b == 3 && util::has_at(s, b, "元") && b >= 1 && util::is_digit(s[b - 1]);
    if (lc - b < 6 && !amount) {
      continue;
    }
    const std::string_view label = s.substr(b, lc - b);
    if (std::any_of(std::begin(k_things), std::end(k_things),
                    [&](std::string_view w) { return label.ends_with(w); })) {
      continue;
    }
    bool surname_only = false;
    const std::size_t e = name_end(s, p, &surname_only, NameContext{true, false, false});
    if (e == npos || surname_only || e - p < 9 || is_place(s.substr(p, e - p)) ||
        !(nd.given_at(s, e - 3) || nd.given_at(s, e - 6))) {
      continue;
    }
    const bool alone = e == s.size() || s[e] == ' ' || s[e] == '(' || s[e] == '\r' || s[e] == ':' ||
                       util::has_at(s, e, "、") || util::has_at(s, e, "，") ||
                       util::has_at(s, e, "："); // (村里長意見：范文成：家境困難屬實)
    // (Not a form's example: 姓名欄：王小明（範例）.)
    if (util::has_at(s, e, "(範例") || util::has_at(s, e, "(例") || util::has_at(s, e, "(示範")) {
      continue;
    }
    if (alone && std::none_of(out.begin(), out.end(),
                              [&](const Match& m) { return m.start < e && p < m.end; })) {
      add(out, p, e, 0.7f, "any-colon", "");
    }
  }
}

} // namespace twpii::detectors::names
