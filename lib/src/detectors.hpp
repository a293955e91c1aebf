// The individual detectors behind detect() (internal). Each appends matches for one family of
// types, in any order and possibly overlapping; detect() sorts and resolves overlaps.
#pragma once

#include "patterns.hpp"

#include <twpii/detect.hpp>

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace twpii::detectors {

// The text detectors look at, with its cue words found once, on first use.
class Line {
public:
  Line(std::string_view text, bool mid_clause, std::vector<patterns::CueHit>& scratch,
       bool birth_talk = false, bool ends_line = false)
      : m_text(text), m_mid_clause(mid_clause), m_birth_talk(birth_talk), m_ends_line(ends_line),
        m_hits(scratch) {}
  std::string_view text() const { return m_text; }
  // Whether the text begins inside a clause (a window cut out of a long line), so that what
  // precedes its first separator is a fragment, not a field.
  bool mid_clause() const { return m_mid_clause; }
  // Whether the text is a chat's message after talk of a birth (candidates.hpp's birth_talk).
  bool birth_talk() const { return m_birth_talk; }
  // Whether the text ends where its line ends (a CR perhaps before it), so that nothing unseen
  // follows its last character.
  bool ends_line() const { return m_ends_line; }

  // A cue word of class `cls` and sign `positive` within `before` bytes before `start` or
  // `after` bytes after `end` (the nearest one), or "" if there is none. The word has static
  // storage.
  std::string_view cue_near(std::size_t start, std::size_t end, patterns::CueClass cls,
                            bool positive, std::size_t before = 60, std::size_t after = 24);

private:
  // The cue words starting in [lo, hi), found on demand: only the parts of the text that
  // queries reach are searched, each once.
  std::span<const patterns::CueHit> hits(std::size_t lo, std::size_t hi);
  std::string_view m_text;
  bool m_mid_clause;
  bool m_birth_talk;
  bool m_ends_line;
  std::vector<patterns::CueHit>& m_hits;
  std::size_t m_lo = 0, m_hi = 0; // searched so far
};

// detect() on a window the scanner cut out of a line; `mid_clause`, `birth_talk` and `ends_line`
// as in Line.
void detect_window(std::string_view text, bool mid_clause, TypeSet types, std::vector<Match>& out,
                   bool cue_free = true, bool birth_talk = false, bool ends_line = false);
// On text that holds no candidate (ScanOptions::thorough): the name detector and e-mail
// addresses with their '@' spelled out (the only finds there without a digit or '@'), as `types`
// asks.
void detect_between(std::string_view text, bool mid_clause, TypeSet types, std::vector<Match>& out,
                    bool ends_line = false);

// The first ASCII digit at or after `from`, or s.size().
std::size_t next_digit(std::string_view s, std::size_t from);

// The parts of an address found around a 號 (byte offsets in the text parsed).
struct AddressParts {
  std::size_t start = 0, end = 0;
  std::size_t mask_from = 0; // lane, alley, number, floor and room: what `official` masks
  bool county = false, district = false, village = false, road = false, road_known = false;
  bool lane = false, cue = false;
  std::string_view cue_word;
  int evidence = 0;
};
// Parses the address whose house number ends with the 號 at byte `hao` of `text`. `line` gives
// cue words (may be null). False if there is no address there.
bool parse_address(Line* line, std::string_view text, std::size_t hao, AddressParts& out);

void find_ids(Line& line, TypeSet types, std::vector<Match>& out);
// Only IDs read aloud in Chinese numerals with an ID cue word near
// (身分證字號……H，一零一八五二三七三: a call transcript), the check digit judged as for a spaced
// form: a pass over every character, so asked only when the input is read thoroughly. (One written
// with no 一二… but Arabic digits mixed in is not read.)
void find_spoken_ids(Line& line, TypeSet types, std::vector<Match>& out);
void find_addresses(Line& line, std::vector<Match>& out);
// Addresses written in English (2F., No. 6, Ln. 217, Sec. 2, Xinglong Rd., Wenshan Dist., Taipei
// City 116071): detect_address_en.cpp.
void find_english_addresses(Line& line, std::vector<Match>& out);
// Dates of birth, passports, NHI cards, business numbers, plates, bank accounts, credit cards,
// citizen certificates (the enabled ones among `types`).
void find_numbers(Line& line, TypeSet types, std::vector<Match>& out);
// Dates of birth right after a name found in out[first, …) (a police ledger's 阿美（潘美玉）
// 82.06.30, NGUYEN THI HOA　90.04.04; 長子謝家豪（106.11.20）): blanks, or a bracket that holds
// the date alone, between; an adult's date, or a child's in that bracket after a kinship word.
void dates_after_names(Line& line, std::vector<Match>& out, std::size_t first);
// A year of birth alone as the field right after a name found in out[first, …), on a line
// whose out[line_first, first) holds an ID, a phone, an address or an e-mail ((五) 程淑貞，27年，
// O196640876，…; 4. 施詩成　39年　0939-068218): 10年 to 100年 or 1920年 on, eighteen years back.
void years_after_names(Line& line, std::vector<Match>& out, std::size_t line_first,
                       std::size_t first);
// The same for a line with no digit (detect_between): a date in Chinese numerals in brackets
// right after a name found in out[first...] (方國志（農曆八十四年七月十三）), eighteen years back.
void numeral_dates_after_names(Line& line, std::vector<Match>& out, std::size_t first);
// Names listed each with a date, 、 between (本季壽星：紀玉梅 7/2、連振興 7月15日、石清水 農曆
// 六月初九; 怡君 67.5.20、承恩 96.11.3): a list of birthdays — two items or more with a year, three
// with a month and a day alone. Names at 0.7, dates of birth at 0.75. Read thoroughly only.
void name_date_lists(Line& line, std::vector<Match>& out);
// Names after labels and before honorifics; with `row_has_pii`, also fields of a row shaped
// like names.
// `cue_free`: also names with no cue at all (common_names), which read every character of the
// window: on when the input is read thoroughly.
void find_names(Line& line, bool row_has_pii, std::vector<Match>& out, bool cue_free = true);
// A whole name right before a bracket that holds an ID, a resident ID or a phone found in the
// window (out[first..]), perhaps after a short label (吳仁明（H104683389）,
// 孫正霖（03-3437547#187）, HOANG VAN DUNG（居留證HC65134634）): the value says who it is. Appends
// person_name matches.
void names_before_bracketed_values(Line& line, std::vector<Match>& out, std::size_t first);
// A whole name right before a bracket that marks its bearer dead (原眷戶吳天賜（歿）, 闕阿土（歿，
// 繼承人…）, 薛郁婷（已故）, 韓榮安（民國九十八年歿）, 柳雅潔（112年往生）), at 0.75. Read
// thoroughly only.
void names_before_death_marks(std::string_view s, std::vector<Match>& out);
// A whole name, one of its last two characters a common given name's, right before the 等 at
// s[d] and a count of people (補發禮金莊美惠等5名, 陳大文等三人): the first of a group, at 0.7.
void name_before_deng(std::string_view s, std::size_t d, std::vector<Match>& out);
// A whole name, one of its last two characters a common given name's, right before the 已 of
// 已於 at s[at] where the clause then tells a death (另張簡添福已於113年9月5日過世, 原戶長鄭士賢
// 已於114年10月6日死亡 — set160a, set161a), at 0.7.
void name_before_death_news(std::string_view s, std::size_t at, std::vector<Match>& out);
// A name right before a bracket that gives its bearer's nationality (金成民（韓籍）,
// 阿部健太（日籍， …）): a whole name, or two to four characters where a word starts, at 0.7.
void names_before_nationalities(std::string_view s, std::vector<Match>& out);
// A Japanese name before さん where a word starts (中村さん持居留證 — set85a): one to four
// characters, at 0.7.
void names_before_san(std::string_view s, std::vector<Match>& out);
void find_phones(Line& line, std::vector<Match>& out);
// The phones written digit by digit in Chinese numerals alone (find_phones does them too): for
// text with no candidate, read thoroughly (零九三二—四一七—零五六 holds no ASCII digit).
void find_chinese_numeral_phones(Line& line, std::vector<Match>& out);
// Whether `field` is one date and nothing else: 民國74年5月3日, 74.05.03, 1985/05/03, 0740503,
// or of the lunar calendar (農曆七月初七, 壬辰年四月廿六日), an hour of birth after it or not.
bool is_date(std::string_view field);
// The Gregorian year of a date whose year is written in Chinese numerals at the field's start
// (八十五年十一月二十三日, 一九八五年三月, 民國六十三年…: 1996, 1985, 1974), or 0.
int numeral_year(std::string_view field);
// is_date, or a year and a month, or a year alone (民國二十九年七月, 六十八年, 1946年): a cell
// under a date-of-birth column.
bool is_birth_cell(std::string_view field);
// is_birth_cell, or a year of the Republic alone (63, 071) under a column of birth years.
bool is_birth_year_cell(std::string_view field);
// Whether `field` is six to ten digits and nothing else but blanks, '-' or brackets between them:
// a cell under a phone column whose number a spreadsheet mangled (920300761, 371458).
bool is_phone_cell(std::string_view field);
// The end of a date of the lunar calendar at s[i] (農曆 and 民國 before it are the caller's):
// a year in digits or numerals or a stem and branch (壬辰年, 85年, 民國六十三年), a month (正月,
// 八月, 閏四月, 臘月), a day (初五, 廿六, 十三日) — or npos.
std::size_t lunar_date_end(std::string_view s, std::size_t i);
// The same without the year: a month and a day at s[p] (七月初七, 正月十二日), or npos.
std::size_t lunar_month_day_end(std::string_view s, std::size_t p);
// Where the hour of birth at the end of a field starts (its blanks included): 壬辰年四月廿六日
// 戌時 → before " 戌時"; the field's size if there is none.
std::size_t hour_suffix(std::string_view field);
// Whether `field` (normalised) is one person's name and nothing else, as a cell under 姓名:
// 王小明, 李子晴, 王李秀英, NGUYEN THI HOA, Maria Santos, 巴奈.拉娃.
bool is_name(std::string_view field);
// is_name, or one capitalised Latin word of three letters or more (Tipus, Sirinya): a cell under
// a column that names people holds no other word.
bool is_name_cell(std::string_view field);
// A cell under 譯名 (中文譯名): a name cell, or two to five ideographs that are no place or
// nationality (詩麗, 努爾: a migrant worker's name in Chinese characters).
bool is_transliterated_cell(std::string_view field);
// A cell under a name column's header: a name cell, or a surname (listed or rarer) and one to
// three ideographs of any kind (施又寧, 蕭水木) that are no place or office.
bool is_name_column_cell(std::string_view field);

// Whether `field` is an ID with some of its digits masked (X12686****, A16640＊＊＊＊, E24****914):
// a letter (and A-D of an old resident ID), then digits or masks (* ＊ X x ○), nine characters
// in all after the first letter, three to six masks in one run.
bool masked_id_cell(std::string_view field);
// Whether `row` holds such an ID as a word of its own: a person's row.
bool masked_id_in(std::string_view row);

// Whether `line` (a line or a table's row) is a template's or a test's — it holds a masked or
// placeholder value (A12345****, ○○, 09XX-XXX-XXX) or says so (範例, 示意, 測試) — and one of the
// names manuals fill forms with (王小明, 王大明, 陳大文, 張三 …): 17,王小明,WANG XIAO-MING,
// A123456780,…,(測試帳號，請勿列入). None of its names is anyone's.
bool textbook_row(std::string_view line);
// Whether `name`, found on `line`, is nobody's: a textbook name on a template's or a test's line
// or in a box table's row (a form drawn in a guide), or a name in Latin letters on a textbook row.
// (Elsewhere a textbook name may be someone's: writers name people 王小明 too.)
bool template_name(std::string_view name, std::string_view line);
// Whether `name` is one of the names manuals fill forms with (王小明, 王大明, 陳大文, 張三 …).
bool textbook_name(std::string_view name);
// Whether `text` (a document's block) gives the textbook name `name` as an example somewhere: on
// or next to a template's line (姓名：王小明⏎身分證字號：A12345****), or said to be one
// (例如「王小明」, 以「王小明」為例). Then no occurrence of it in the document is anyone's.
bool example_in(std::string_view text, std::string_view name);
// A cell under a signature column (簽章): a name column's cell, or a surname alone (賴).
bool is_signature_cell(std::string_view field);
// The given name of a whole name (`name`: 施志明 → 志明, 范姜國華 → 國華, 陳林秀英 → 秀英), or ""
// when it has none to stand for the person alone: not two characters, or a common word
// (正義, 信義, 和平).
// `loose`: one of the two characters common in given names is enough (柯志成 → 志成).
std::string_view given_name_of(std::string_view name, bool loose = false);

// The part of a name found that its bearer is called by alone, where no surname rule gives it:
// an indigenous name's first part before the dot (比令 of 比令·亞布), the given name after a
// Japanese surname (由紀 of 高橋由紀); else empty. A view into `name`.
std::string_view own_name_part(std::string_view name);
// The nicknames of a whole name of three or four characters as family and neighbours call
// people: 阿 + the last character (蔡佩娟 → 阿娟), 小 + it (黃品宇 → 小宇) and it twice (睿睿) —
// each left out where it makes a word (王招弟 → no 阿弟, 林秀美 → no 阿美, 明明, 小國).
std::vector<std::string> nicknames_of(std::string_view name);
// Whether the given name at text[at, end) stands alone as a name there (大兒子志明在台北,
// （范姜國華）): a word ends before it and after it (not 信義路, 社會正義).
// `known`: the given name of a person the document named with a cue (施志明 → 志明), which may be
// followed by any verb that is no character of given names (郁婷很有耐心).
// `known_end`: where the name may end is read as for a known name, where it may start not (a
// cue-free name's given name: a word must start there, any verb may follow).
bool given_name_alone(std::string_view text, std::size_t at, std::size_t end, bool known = false,
                      bool known_end = false);
// The rarer surname (patterns/surnames_rare.txt) a whole name of three characters starts with
// (翟啟明 → 翟), or "": the rules take it before a title only once the document named the person
// (翟經理), where it starts a word (surname_titled).
std::string_view rare_surname_of(std::string_view name);
// The surname of a whole name of three characters (邱信豪 → 邱; listed or rarer), or "".
std::string_view surname_of(std::string_view name);
// Whether the surname at text[at, at + 3) is followed by 員, 母 or 某 as official writing refers
// to a person it named (邱信豪（下稱邱員）, 薛母, 張某), by a kinship title (劉伯, 林姐), 姓 or 家
// (呂姓家族, 蔡家兄妹): not by what makes those a word (員工, 母語, 某些, 姓名, 家具), nor where
// the surname's character makes one (成員, 祖母, 師姐, 全家, 任何).
bool surname_referred(std::string_view text, std::size_t at);
// Whether a character surname_referred reads follows the character at text[at]: a test before
// it, at every hit of a known surname.
bool may_refer(std::string_view text, std::size_t at);
// Whether the surname at text[at, at + 3) stands before a title or an honorific and after a
// word's end (報告（翟經理）, 請戚分隊長; not 當時委員, 時委員會).
bool surname_titled(std::string_view text, std::size_t at);
// Whether a person_name rule finds names with no cue (given-name, name-list-line, email-name):
// such a name is found again only where it stands alone, and loses a tie to a rule with a cue.
inline bool cue_free_rule(std::string_view rule) {
  return rule == "given-name" || rule == "name-list-line" || rule == "email-name";
}
void find_emails(Line& line, std::vector<Match>& out);
// Only the addresses with their '@' spelled out: lin.hsiao.ting (at) gmail.com (find_emails
// calls it too, in every window).
void find_spelled_emails(Line& line, std::vector<Match>& out);
// Only the addresses said aloud with 小老鼠 for '@' (y-a-h-u-i 底線 n-i 小老鼠 gmail 點 com), when
// the input is read thoroughly (a search for 鼠 in every window of a default scan cost 0.4 %).
void find_spoken_emails(Line& line, std::vector<Match>& out);

// Only Mailman's archive spelling, name at domain (peichun.wu at gmail.com): a pass over the
// whole text, so asked only when the input is read thoroughly.
void find_word_at_emails(Line& line, std::vector<Match>& out);
// Only a month and a day with no year next to a birthday word (生日：3/21、11/2,
// 生日：農曆正月初五, 她是10月28日生日): find_numbers does them too; for text with no candidate,
// read thoroughly.
void find_month_days(Line& line, std::vector<Match>& out);

} // namespace twpii::detectors
