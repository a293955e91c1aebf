// The parts the name rules share (internal to detect_name.cpp, detect_name_nocue.cpp and
// detect_name_informal.cpp):
// classes of characters around names, where a name starts and ends (name_end: a surname and one
// or two given characters), titles and honorifics, Latin and dotted names. Everything works on
// the normalised UTF-8 text, offsets in bytes; the tables are built once, on first use
// (thread-safe), and nothing else holds state.
#pragma once

#include "candidates.hpp"
#include "detectors.hpp"
#include "text_util.hpp"

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <utility>
#include <vector>

namespace twpii::detectors::names {

inline constexpr std::size_t npos = std::string_view::npos;

inline bool is_ideograph(std::string_view s, std::size_t at) {
  return at < s.size() && util::ideograph_at(s.data() + at, s.data() + s.size());
}

inline bool is_one_of(std::string_view c, std::initializer_list<std::string_view> set) {
  for (std::string_view x : set) {
    if (x.size() == c.size() && util::has_at(c, 0, x)) {
      return true;
    }
  }
  return false;
}

// Sets of characters (util::CharSet: a 256-bit filter first; most characters looked up are in
// none of the sets).
using util::CharSet;

// Characters that end a name when they follow it: verbs, particles and function words
// (王小明表示, 陳大文於, 林怡君與; the particles of a question, 是黃伯嗎 — set166b) — a given name
// of two characters is cut before them.
inline constexpr CharSet
    k_stops_name(U"於在因的之與及和等表說陳指向自為係已曾並亦即就對把被請所住現身電手地出戶年簽"
                 U"蓋是有以將到要也都還又則而或主認反詢稱提各我你他她們者姓鑒鑑嫁嗎呢替");
// Characters a name may end before although a given name may hold them (so they do not cut
// one short): adverbs and verbs that follow a subject (溫玉如初步冰敷, 蕭陳素珠來電, 江淑惠來協調).
inline constexpr CharSet k_after_name(
    U"來初目代陪前幫辦先今去負擔立隨當昨一多上下晚早透希告回通敬"
    U"謹生可夫結拿會同均兩每最預從講偵做帶外過頒才隔特打玩家再送名借輪問否聲"
    U"入續另讀受至失凌未跟接發剛涉只很申遞皆不購聯捐忘想"); // (set38: 葉再添跟我說, 孫林阿桃接送,
                                                            // 賴林秋月發放; 女兒怡萱剛剛有來;
                                                            // set39b: 候選人謝文通涉嫌;
// set20: 次子林冠炳入伍, 由子洪彥民續會, 鄒東晴另案,
// 劉品睿就讀; set19: 鄰居楊玟君受訪; set22a: 里長何錦城至
// 現場; set23: 公公伍金水凌晨外出, 溫景福未經許可; set96a: 管理員老周不敢抓; set260b:
// 我外公梁坤山忘了帶藥袋; set265a: 我同事魏天佑想報名 — not 常,
// which goes on given names)
// Characters that make a word, not a nickname, after 阿: kinship words (阿公, 阿姨, 阿弟), 阿兵哥,
// 阿里山, 阿拉伯, 美 (阿美族, the Amis) and 祖 (阿祖, a great-grandparent — set47a).
inline constexpr CharSet k_not_after_a(U"公嬤姨伯叔姑嬸姆嫂姐姊哥婆爸媽母兵里拉爹舅妹弟娘美祖");
// Words before a surname that are not part of a name (向陳小姐說明: 向 is "to").
inline constexpr CharSet k_function_words(U"向與和及請由被對給跟之的為係即經同令讓叫找問告致");
// What 應 is "should" before (應依, 應於, 應如何): no name of the surname 應 starts there.
inline constexpr CharSet
    k_after_should(U"如該依於由向在予以為即當將可繳提檢符付負請送注辦備補盡儘具另視遵確");
// The kinship titles that follow a name or a surname (明德伯, 阿福哥, 劉伯, 林姐).
// Characters that transliterate sounds: Austronesian and Western names written in Chinese
// (瓦旦．巴萬, 撒瑪·卡造, 喬治·華盛頓) use little else.
inline constexpr CharSet k_phonetic(
    U"阿巴拉馬瓦達伊旦耀斯卡尤奈比娃萬利布造哈幹坦大命烏瑪令勇照古將勞浪諾亞吉道拜蘇外基娜尚"
    U"那塔陸木蓋沙撒罕畢力魯紹凱格雅朗麓灣漾里曼芙丹杜羅兒互佛挺駭少努谷印歷給菲萊南思度韻武"
    U"荖黛得莎納法勒陵伏單芭翁伍冠安洛紀威慕赫尼瑤娪西莫黑夷拔路嘎吼伐楚可代樂依希爾克特森德"
    U"恩漢喬治湯姆約翰彼保麗莉亨詹史密肯迪蒂琳艾倫夫維薇絲蓮妮芬頓柏華盛普歐麥查理士衛克里蘭"
    U"珍佩派翠文萊瑞海露蘿蓓葛賓奧波索托提米蜜泰瓊蒙夏班邦博柯科庫昆坎戈果高哥貝碧皮帕潘坡"
    U"傑捷加嘉賈佳迦喀咖嘎旺汪宛婉溫烏吾悟蒲浦孟門夢彌密穆牧姆娘寧妞紐農濃儂");

inline constexpr CharSet k_kinship_titles(U"伯叔姨嬸姆嫂姐姊哥");
// 曾 is also "once": the characters after which it is not a surname (曾注意到, 曾目睹, 曾建議).
inline constexpr CharSet k_after_ceng(
    U"注目通建檢當撥反詢洽函申登投赴口書上陳電以透拍出與多經參於向在有就至到提去來表致私"
    U"數被遭接要請說稱寄打親前派做因對把將發看聽見收獲得使帶一二三兩幾委交跌摔住哭罵搬借欠跟"
    U"協"); // (曾協助界址指認 — set97b)
// Whether 曾 at s[p] is "once" before a verb (曾建議, 曾目睹), not a surname: 建 only before the
// character that makes it a verb (曾建議, 曾建立; not 曾建興打來 — set96b).
inline bool ceng_once(std::string_view s, std::size_t p) {
  static constexpr CharSet k_jian_verbs(U"議立置造構設請檔");
  const std::string_view next = s.substr(p + 3, 3);
  return k_after_ceng.contains(next) &&
         (next != "建" || k_jian_verbs.contains(s.substr(p + 6, 3)) || p + 9 > s.size());
}
// The ends of place and organisation names: no given name holds them (申請人連江縣政府).
// (Not 政, a given-name character too: 劉政達; 政府 is tested for apart.)
inline constexpr CharSet
    k_places(U"縣市區鄉鎮里村路街局府署部院處校館站司會室隊課組廈寺廟燈企厝壩圳墓橋族廳");
// Before 王君, what makes it a person: a label end or 據/洽/與 ….
inline constexpr CharSet k_before_jun(U"人名者據洽與向由請經及和詢訪告知查為");
// Before 盧技士, what ends a word, so that 盧 starts one: offices (建設處), titles (村長藍村長).
inline constexpr CharSet
    k_before_title(U"處局課科室所府會隊組站館校院署部司長員師任書事人名者洽位");

// What ends a word before a name that has no cue (樓上住戶周黃素月, 請里長潘建宏協助, 由陳情人之母
// 林淑惠): the ends of roles, kinship words and titles, and verbs and particles a name follows.
// Not 中 度 月 經 家 里 有: they end words after which a surname character starts another word
// (其中, 年度, 已經, 有關).
// (Set5 added 子 東 叔 伯 姨 姑 嫂 婿 姪 甥 娘 闆 警 之: 兒子劉睿哲, 房東林錦松, 老闆娘闕宛蓉;
// set6 手 面 生 故 爸 隊 棟 於 拜 況 排: 牽手施洪玉蘭, 對面黃罔市, 您的先生宋國榮, 已故洪金水,
// 關於宥蓁, 這兩個禮拜宥蓁, 何況宥蓁, 安排宥蓁; set13 室 組 股: 人事室姜育誠; set113a 代: a
// donation's 代楊俊宏捐.)
inline constexpr CharSet
    k_before_name(U"人長的是師母員事名叫父女親工居課戶眾表理任主兒處與偶覆為同婆"
                  U"由書佐姓護舅知請妹弟輩學士給媽託者謝委友班管太伴她科官婦孫跟"
                  U"奶夫找席嬤哥鄰所對姊向致及和洽告問讓令將把被替幫陪等或子東叔"
                  U"伯姨姑嫂婿姪甥娘闆警之手面生故爸隊棟於拜況排室組股孀民屬經如代導發");

inline bool stops_name(std::string_view c) {
  return k_stops_name.contains(c);
}

inline bool function_word(std::string_view c) {
  return k_function_words.contains(c);
}

// Whether a word may start at s[p]: at the start, after what is no ideograph, or after the end
// of a role, kinship word or title, a verb or particle a name follows (k_before_name,
// k_before_title, function words). Not inside 感謝 or 謝謝.
bool word_starts(std::string_view s, std::size_t p);
// Whether a village's name the gazetteer knows ends at s[p], starting a word (大王村|蔡金枝,
// 東興里|林秀英, 興東里|韓里長): a resident or a chief named after the village.
bool after_village_name(std::string_view s, std::size_t p);

// Surname characters that are mostly words of their own (抵達時阿嬤, 陳麗卿任護理師, 顧爸爸,
// 駐衛主任, 個管組長, 第一金董事長, 跟老師談。, 蘭花展評審, 健康操指導員): no rule takes one alone
// from the words around.
inline constexpr CharSet
    k_single_words(U"時日任顧衛華管全常應查都那車商風井花單利冷向成金萬談蓋解計習封揭歸展操");
// Whether the dictionary below may be asked, for this thread, until the next call: find_names
// turns it on only when the input is read thoroughly. ICU builds its Chinese break engine on the
// first question (~9 M instructions, 3 ms: a large file read fast would pay it for a few names).
void use_dictionary(bool on);
// Whether ICU's word iterator (its Chinese dictionary) puts a word boundary at s[p], reading four
// characters each side: 隔壁|鮑太太 and 改掛|方醫師 yes, 那時先生 and 賣方 no. For the rare
// decisions the character lists leave open: a few microseconds a call; thread-safe (an iterator
// per thread). True at either end of `s`, and true when the dictionary is off (no evidence
// against a boundary).
bool dictionary_boundary(std::string_view s, std::size_t p);
// Whether the dictionary is on and puts a word boundary at s[p] (false when it is off).
bool dictionary_starts(std::string_view s, std::size_t p);
// Whether the surname character at s[p] stands as a word of its own by ICU's dictionary
// (隔壁|鮑|太太, 經查|靳|醫師; not 管理|事件), and is no character that mostly makes a word
// alone (時, 日, 任 …) and comes after no digit or ○. False when the dictionary is off.
bool dictionary_word(std::string_view s, std::size_t p);
// Whether an honorific (先生, 小姐, 女士, 太太, 君) starts at s[at]; its bytes in `*len`.
bool honorific_at(std::string_view s, std::size_t at, std::size_t* len);

// The title and intro words of patterns/cues.tsv by their first character, longest first, and a
// finder of their first two characters (a window is searched for them in one SIMD pass).
struct TitleWords {
  CodePointSet firsts; // the first characters, for a test that stays in the L1 cache
  std::vector<std::pair<char32_t, std::vector<const patterns::Cue*>>> lists; // sorted
  PrefixFinder prefixes;

  // The words that start with the character at p (three bytes), longest first; null if none.
  const std::vector<const patterns::Cue*>* starting_at(const char* p) const {
    const char32_t cp = util::cp3(p);
    if (!firsts.contains(cp)) {
      return nullptr;
    }
    auto it = std::lower_bound(lists.begin(), lists.end(), cp,
                               [](const auto& l, char32_t c) { return l.first < c; });
    return it != lists.end() && it->first == cp ? &it->second : nullptr;
  }
};

const TitleWords& title_words();

// Whether the rank `word` at s[at] (上校, 中校, 少校) is a school's word instead: 北港高中校友會,
// 中校區 — set30a.
bool school_rank(std::string_view s, std::size_t at, std::string_view word);

// Bytes of the title (patterns/cues.tsv class `title`: 委員, 經理) at s[at], or 0. (林姓男子 is
// no title: a surname with 姓 is how documents already hide a name.)
std::size_t title_at(std::string_view s, std::size_t at);
// The same title as the cue list holds it (static storage: fit for a match's cue), or empty.
std::string_view title_word_at(std::string_view s, std::size_t at);
// Whether `word` (two characters) ranks or places a title that follows it (常務委員, 高階主管,
// 直屬主管, 候補委員): no given name. (Its first character first, inline: it is asked before
// every title found.)
bool rank_word_listed(std::string_view word);
inline bool rank_word(std::string_view word) {
  static constexpr CharSet k_rank_firsts(U"高中基直部單業相權各資一財總監常候執公文會榮名");
  return word.size() == 6 && k_rank_firsts.contains(word.substr(0, 3)) && rank_word_listed(word);
}

// How a name is looked for: after a label (which allows 冠夫姓 names of four characters),
// after 姓名 (which also allows names that begin like a word: 李子晴, 黃金龍), where a name is
// expected (which allows a rarer surname: three characters, one of the given two common in
// given names, standing alone — 警務員甄立群 — or the surname before 先生, 小姐, 女士, 太太).
struct NameContext {
  bool label = false;
  bool form_field = false;
  bool rare = false;
  bool cued = false; // right after a cue word (names_after): a stopword may start a name there
};

// Whether s[at] starts a word of a day or a year (明年, 今天, 去年 …): a given name's character
// before it is no name's last (我女兒安琪明年要考 — 安琪).
bool time_word_at(std::string_view s, std::size_t at);

// Whether a name may end just before s[at]: at what is no ideograph, a character that stops a
// name (表示, 於) or often follows one (來電), an honorific or a title (王李秀英女士, 陳委員).
bool ends_name(std::string_view s, std::size_t at);
// Whether an organisation's or a shop's word starts at s[at] (銀樓, 基金會, 人力仲介), or the
// character before s[at] and the one at it make one (金峰文|教基金會, 高源人|力仲介): a name
// found there is the organisation's (unless a title or an honorific follows: ends_name).
bool org_word_at(std::string_view s, std::size_t at);

// The end of a name starting at `p`: a surname, then one or two given characters; npos if there
// is none. `*surname_only`: a surname directly followed by an honorific (陳小姐), which ends there.
std::size_t name_end(std::string_view s, std::size_t p, bool* surname_only, NameContext ctx = {});

// Whether a name found in `out` (by any rule, in any order) overlaps [a, b).
inline bool name_overlaps(const std::vector<Match>& out, std::size_t a, std::size_t b) {
  return std::any_of(out.begin(), out.end(), [&](const Match& m) {
    return m.type == PiiType::person_name && m.start < b && a < m.end;
  });
}

// Appends a person_name match; `rule` and `cue` must have static storage.
void add(std::vector<Match>& out, std::size_t start, std::size_t end, float conf,
         std::string_view rule, std::string_view cue);

// Whether `name` is a place with its 縣, 市, 鄉, 鎮 or 區 left off (我是羅東的游小姐).
bool is_place(std::string_view name);

// The code point at s[at] if it is a Latin letter with a diacritic (Latin-1 to Latin Extended-B,
// Latin Extended Additional: Nguyễn, Đỗ) or a combining mark (decomposed text), its bytes in
// `*len`; 0 if it is none.
char32_t accented_at(std::string_view s, std::size_t at, std::size_t* len);

// Whether `word` (any case) is an app, a brand, a paper, a place or a chat word written in Latin
// letters (LINE, Costco, ARC, Taipei, OK): never a name by itself.
bool common_latin_word(std::string_view word);
// Whether `word` (any case) is a country or place of common_latin_word (Taiwan, VIET, Thailand):
// a nationality cell, never a name's first word.
bool latin_country(std::string_view word);

// Whether `w` is an English month's name or abbreviation (Dec, Sept, December).
bool english_month(std::string_view w);

// The start of one to three capitalised Latin words (Wang, Maria Santos, Rosa Dela Cruz) that end
// at `e`, where a word starts (not inside iPhone or ABC), or npos.
std::size_t latin_words_before(std::string_view s, std::size_t e);

// The end of a Korean name in Hangul starting at p — two to four syllables, or a one-syllable
// surname, a blank and the given name (김민준, 김 민준: Korean residents and spouses) — or npos.
// Hangul in a Taiwanese document is nearly always a name; latin_name_end reads one too, so it is
// taken wherever a Latin name is.
std::size_t hangul_name_end(std::string_view s, std::size_t p);

// The end of a name in Latin letters starting at p — two to four words of two letters or more,
// one space apart, in capitals (NGUYEN THI HOA, SANTOS JOSE REYES: migrant workers' names in
// rosters and forms) or, with `mixed`, also capitalised (Maria Santos, Siti Rahayu: only after
// a label or an introducing word); one word with `min_words` 1; with `booked`, also a surname and a
// given name of three letters or more joined by a slash, as airlines book them, with the booking's
// title (CHEN/MEILING MS: only where a name is expected — TCP/UDP is none) — or npos.
std::size_t latin_name_end(std::string_view s, std::size_t p, bool mixed = false,
                           std::size_t min_words = 2, bool booked = false);
// Whether `word` is a title an airline books a name with (MR, MS, MRS, MISS, MSTR, CHD, INF).
inline bool airline_title(std::string_view word) {
  return is_one_of(word, {"MR", "MS", "MRS", "MISS", "MSTR", "CHD", "INF"});
}

// The end of an indigenous or transliterated name starting at p: one to five ideographs, a
// middle dot (．, ‧, ・, ·), one to five more (巴奈．拉娃, 撒韻‧武荖) — or npos.
std::size_t dotted_name_end(std::string_view s, std::size_t p);

// Characters Japanese given names are made of (由紀, 健太, 美咲, 千尋, 大輔).
inline constexpr CharSet k_japanese_given(
    U"子美惠恵由紀健一二三四郎太翔陽菜花奈咲香里理真優愛結彩千明和智浩大輔介也樹直人正雄夫"
    U"男久次良光希望早百合桜櫻舞綾乃實実沙織涼拓哉蓮悠斗颯海空晴遙遥葵凜凛琴音穂穗弘步歩衣幸"
    U"苗代惠康隆誠剛博亮勇悟修進茂清春夏秋冬梨絵麻瞳純静靜雅芳尋寛恭");

// The end of a Japanese name starting at p: a surname of patterns/surnames_japanese.txt
// (佐藤, 長谷川), a blank perhaps, one or two given characters (ideographs or kana), a third where
// Japanese given names end so (美和子, 健太郎), the name ending there (ends_name) — or npos. For
// where a name is expected only: 田中 and 石川 are words and Chinese names too.
std::size_t japanese_name_end(std::string_view s, std::size_t p);

// Two given-name characters that are mostly a word, not a given name: adjectives a kinship word
// is followed by (哥哥英俊, 妹妹美麗), countries (美國), road and place words (信義, 中正).
bool common_word(std::string_view pair);

// detect_name_nocue.cpp: names with no cue word.

// A given name alone next to a kinship word, as families write (大兒子志明在台北, 宥蓁媽媽,
// 父親正雄、二姑洪麗華): two given-name characters (patterns/given_names.txt) right after one of
// these words and before a word end (`none_after`: no whole name was found there), or right
// before 媽媽, 爸爸, 同學 … after a word end. Confidence 0.6.
void given_names_by_kin(std::string_view s, std::size_t start, std::size_t end,
                        std::string_view word, bool none_after, std::vector<Match>& out);

// A name with no cue: a surname that starts a word and two characters common in given names
// (patterns/given_names.txt: 素月, 建宏, 玲宗), or 冠夫姓 (田陳琴素: a second surname that is no
// given-name character, then two). Not before a place or an organisation (林森|路, 文華國|中).
// On the circulars and the blind sets' negatives this rule alone made no finding.
// `mid_clause`: the text starts inside a clause (Line::mid_clause); `ends_line`: it ends its line
// (Line::ends_line).
// `weak`: where the only evidence of a word's start is ICU's dictionary (接獲|歐筱涵來電), the
// name goes there instead, for the caller to add where no other rule found a name.
void common_names(std::string_view s, bool mid_clause, bool ends_line, std::vector<Match>& out,
                  std::vector<Match>& weak);

// A given name or 阿 and a character before a kinship title (明德伯, 月嬌姐, 阿桃姨, 阿興師).
// `at`: the positions of 伯 叔 姨 嬸 姆 嫂 姐 姊 哥 師 in `s` (the caller finds them in its pass).
void given_names_before_kin(std::string_view s, const std::vector<std::size_t>& at,
                            std::vector<Match>& out);

// 小 or 老 and a surname as colleagues and neighbours call one another (護理師小蔡才說, 對面的
// 老黃，); only when the input is read thoroughly (小 is too common for the fast mode).
void surname_nicknames(std::string_view s, std::vector<Match>& out);

// Characters after 小 that make words, not nicknames (小國, 小時, 小學, 小心, 小孩, 小型, 小額;
// 小品, a bonsai show's class — set168a).
inline constexpr CharSet k_not_after_small(U"國學時心姐妹弟孩朋組吃說型額便孫兒女生人事數量姨寫品");
// Characters after 大 that make no nickname (大家, 大人, 大會, 大哥 …): 大頭 and 大胖 are.
inline constexpr CharSet k_not_after_big(U"家人會樓概約多部學型小量眾陸哥姊姐嫂伯叔嬸師");
// Whether s[at] holds a nickname of two characters: 阿, 小, 老 or 大 and a character none of
// those makes a word or a kin title with (k_not_after_a, k_not_after_small, k_not_after_big), no
// stop word, place character, common word or title (小胖, 阿肥, 大頭; not 大家, 小學, 阿公).
bool nickname_pair(std::string_view s, std::size_t at);

// 阿 or 小 and a given-name character as families, classmates and neighbours call someone (阿凱,
// 小宇, 阿嬌), standing as a word: where a word starts, and before what is no ideograph or a verb
// or particle that follows a name (阿凱開門, 小宇上課). Not 阿公, 阿美族, 小時, 小學
// (k_not_after_a, k_not_after_small) or a stop word. Only when the input is read thoroughly.
// Confidence 0.6.
void given_nicknames(std::string_view s, std::vector<Match>& out);

// A one-character kinship word that starts a field or a list item, and a whole name after it,
// one blank between perhaps (父洪金水已歿。, 戶長吳國棟、妻吳黃美惠、子吳承翰, 法代：母冉陳秀蓮,
// "妻 Malai +66 …", 母 Sumiati): how household lists and emergency contacts write a relative.
// Only when the input is read thoroughly (a look at every character). Confidence 0.7.
void kin_char_names(std::string_view s, std::vector<Match>& out);

// A surname before 府 that stands as a field or before 闔家/合家/全家/眾弟, as donor lists and
// temple registers write a household (　陳府　闔家平安　新臺幣1,200元, 許府合家, 曾府闔家): the
// surname. Not 政府, 市府 (no surname), nor 府 inside a word (陳府路). Only when the input is read
// thoroughly. Confidence 0.6.
void household_surnames(std::string_view s, std::vector<Match>& out);

// A Japanese name, as residents, spouses, students and visitors from Japan are written (田中一郎,
// 山田 陽菜, 佐藤先生): one of the commonest Japanese surnames that make no Chinese word or place,
// where a word starts, then two or three given characters (a blank between perhaps) ending where
// a name ends, or an honorific (the surname alone). Only when the input is read thoroughly.
// Confidence 0.7 (0.6 for a surname alone).
void japanese_names(std::string_view s, std::vector<Match>& out);

// The name at p after a label, title or introducing word, and the names listed after it
// (列席：謝志明、劉冠恩). `strict`: the name must end there (ends_name), and a place is no name.
// `continued`: p is a later item of a list whose first a caller read (請假：阿嬌、Lisin Kacaw), so
// Latin and dotted names count from it on. `rule` and `cue` must have static storage.
// (detect_name.cpp)
void names_after(std::string_view s, std::size_t p, NameContext ctx, bool strict,
                 std::string_view rule, std::string_view cue, std::vector<Match>& out,
                 bool continued = false);

// detect_name_informal.cpp: names in chats, exports, e-mail headers and Latin or dotted script.
// Each appends person_name matches found in the window `s` (normalised text) to `out`.
void bracket_pairs(std::string_view s, std::vector<Match>& out); // 巴奈．卡照（Panay Kacaw）
void aliases_before_brackets(std::string_view s, std::vector<Match>& out); // 阿美（本名施美惠）
void nickname_aliases(std::string_view s, std::vector<Match>& out); // 小胖本名沈柏翰, 王（即阿坤）
void chat_sender(std::string_view s, std::vector<Match>& out);  // 10:33<TAB>淑華<TAB>好的
void forum_poster(std::string_view s, std::vector<Match>& out); // #6　王士傑　2022-10-16 03:58
void board_author(std::string_view s, std::vector<Match>& out); // <b>崔允熙</b>：謝謝…
void given_name_lists(std::string_view s, std::vector<Match>& out); // 宇宸、芊妤、承翰的午餐費
void spaced_titles(std::string_view s, std::vector<Match>& out);       // 法　官　尚秉叡
void export_names(std::string_view s, std::vector<Match>& out);        // "name":"潘志明"
void latin_before_titles(std::string_view s, std::vector<Match>& out); // Sayun老師
void family_names(std::string_view s, std::vector<Match>& out);        // 由黃家支付 (黃)
void unit_surnames(std::string_view s, std::vector<Match>& out);      // 社會課　康　　分機
void names_before_count(std::string_view s, std::vector<Match>& out); // 翁孟哲、紀萬福兩位
void english_intros(std::string_view s, std::vector<Match>& out); // My wife …, Name: Maria Santos
void booked_names(std::string_view s, std::vector<Match>& out);   // 1.1CHEN/MEILING MS
void mentions(std::string_view s, std::vector<Match>& out);       // @Kevin Lin
void email_display_names(std::string_view s, std::vector<Match>& out); // "Jessica Wu" <…>
void dotted_names(std::string_view s, std::vector<Match>& out);        // 撒瑪·卡造 anywhere
void vcard_names(std::string_view s, std::vector<Match>& out);  // FN:劉建志, N:劉;建志;;;
void latin_titles(std::string_view s, std::vector<Match>& out); // Mr. 徐, Dr. Chen
void latin_in_han(std::string_view s, std::vector<Match>& out); // 三女 Ilid Kacaw 現任
void names_after_any_colon(std::string_view s, std::vector<Match>& out); // 接班：魏語彤
// The matches out[first..] followed by a slash and the same name in the other script
// (阮氏紅 / Nguyễn Thị Hồng) take that name too.
void slash_pairs(std::string_view s, std::size_t first, std::vector<Match>& out);
// The matches out[first..] right after a middle dot take the dotted name's first half too
// (哈古‧陸浪村長 gave 陸浪: 哈古‧陸浪).
void dotted_first_halves(std::string_view s, std::size_t first, std::vector<Match>& out);
// A name written half in Latin letters and half in Chinese, of which the rules found a half or
// two: the matches out[first..] in Latin letters take the Chinese given name or nickname found
// beside them (佩君 Jean, Lin美惠), or a surname alone beside them (Jessica 蔡, 黃Sally), or 阿
// before them (阿Ben).
void mixed_script_names(std::string_view s, std::size_t first, std::vector<Match>& out);
void latin_after_names(std::string_view s, std::size_t first, std::vector<Match>& out);
void donor_items(std::string_view s, std::vector<Match>& out); // <li>朱廷 6,000元</li>
// The items of an HTML list (<li>…</li>) half of which are names found (out[first..]): the
// others of a name's shape (a surname and two or three characters) are names too.
void html_list_names(std::string_view s, std::size_t first, std::vector<Match>& out);
// A list joined by 、 of four items or more, two in five of them names found (out[first..], three
// at least): the other items of a name's shape are names too (a photo's caption, 中排左起：盧芳娟、
// 玉婷、蘇穎勳、宜英、涂姿…: a surname and one character, two given-name characters, or what a
// name column's cell may be).
void named_list_rest(std::string_view s, std::size_t first, std::vector<Match>& out);

} // namespace twpii::detectors::names
