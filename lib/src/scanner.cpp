// The streaming pipeline of one input (see scanner.hpp): read blocks that end on a line break,
// decode them, jump from candidate to candidate (digits, '@', full-width digits), normalise and
// run the detectors only on the lines that hold one, and map matches back to input bytes.
#include "candidates.hpp"
#include "detectors.hpp"
#include "table.hpp"
#include "text_util.hpp"

#include <twpii/detect.hpp>
#include <twpii/normalize.hpp>
#include <twpii/scanner.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <span>

namespace twpii {

namespace {
constexpr std::size_t k_max_line = std::size_t{64}
                                   << 20; // longest line a Big5/UTF-16 block may hold
constexpr std::size_t k_max_piece = std::size_t{64} << 10; // longest stretch normalised at once
// A piece cut at k_max_piece (no clause end in reach) and the next one overlap by this much:
// a value (shorter) that the cut splits is found whole in the next piece.
constexpr std::size_t k_overlap = 512;
constexpr std::size_t k_name_overlap = 48; // --thorough: pieces of a long line overlap by this
constexpr std::size_t k_context = 120;     // bytes looked at before a candidate: cue words (60),
                                           // the county-to-road part of an address
constexpr std::size_t k_after = 96;        // bytes looked at after the last candidate of a window

// Whether a window may start just before text[i] (or a very long line be cut there): before an
// ASCII byte that cannot be part of a value, or before a CJK ideograph (lead byte E4-E9).
// Whether a window may end just before text[p]: before punctuation that ends a clause (, ; \t
// ，。、；！？」). Not before an ideograph (…66號2|樓), nor before what binds to the next word:
// a space, a colon or an opening quote (姓名：|王小明, 證人「|李彥明」).
inline bool good_end(std::string_view text, std::size_t p) {
  auto b = static_cast<unsigned char>(text[p]);
  if (b < 0x80) {
    return text[p] == ',' || text[p] == ';' || text[p] == '\t' || text[p] == '!' ||
           text[p] == '?' || text[p] == '"' || text[p] == '\r';
  }
  if ((b != 0xE3 && b != 0xEF) || p + 3 > text.size()) {
    return false;
  }
  auto b1 = static_cast<unsigned char>(text[p + 1]), b2 = static_cast<unsigned char>(text[p + 2]);
  if (b == 0xE3) { // 、。」
    return b1 == 0x80 && (b2 == 0x81 || b2 == 0x82 || b2 == 0x8D);
  }
  return b1 == 0xBC && (b2 == 0x8C || b2 == 0x9B || b2 == 0x81 || b2 == 0x9F); // ，；！？
}

inline bool good_cut(char c) {
  auto b = static_cast<unsigned char>(c);
  if (b >= 0x80) {
    return b >= 0xE4 && b <= 0xE9;
  }
  return !util::is_alnum(c) && c != '@' && c != '.' && c != '-' && c != '+' && c != '_' &&
         c != '%' && c != '(' && c != ')' && c != '#';
}

// The types of which a roster row holds at least one besides a date of birth.
constexpr PiiType k_row_types[] = {PiiType::national_id, PiiType::resident_id,
                                   PiiType::phone,       PiiType::email,
                                   PiiType::address,     PiiType::person_name};

// The line of `text` around byte `at`, without its break.
std::string_view line_around(std::string_view text, std::size_t at) {
  const std::size_t nl = text.rfind('\n', at);
  const std::size_t start = nl == std::string_view::npos ? 0 : nl + 1;
  return text.substr(start, std::min(text.find('\n', at), text.size()) - start);
}

// Whether a finding that starts at `from` or later lies across [a, b). Findings are in order and
// within a line: the search goes back from the last one and stops before `from` (looking
// further made a 100,000-row CSV three times slower).
bool overlapped(const std::vector<Finding>& out, std::uint64_t from, std::uint64_t a,
                std::uint64_t b) {
  for (std::size_t k = out.size(); k-- > 0 && out[k].start >= from;) {
    if (out[k].start < b && a < out[k].end) {
      return true;
    }
  }
  return false;
}

// Inserts `f` among the findings in order of start (a line's findings are added out of order by
// the rules that read whole rows and lists).
void insert_in_order(std::vector<Finding>& out, Finding f) {
  std::size_t at = out.size();
  while (at > 0 && out[at - 1].start > f.start) {
    --at;
  }
  out.insert(out.begin() + static_cast<std::ptrdiff_t>(at), std::move(f));
}

// Scans decoded blocks; keeps the line count and column across blocks.
class TextScanner {
public:
  explicit TextScanner(const ScanOptions& options)
      : m_options(options), m_triggers{options.types.contains(PiiType::address),
                                       options.types.contains(PiiType::person_name),
                                       options.types.contains(PiiType::birth_date)},
        m_row_types(std::any_of(std::begin(k_row_types), std::end(k_row_types),
                                [&](PiiType t) { return options.types.contains(t); })),
        m_id_types(std::any_of(std::begin(k_row_types), std::end(k_row_types), [&](PiiType t) {
          return t != PiiType::person_name && options.types.contains(t);
        })) {}

  // Appends the findings of `block` to `out`.
  void scan_block(const DecodedBlock& block, std::vector<Finding>& out);

private:
  // A value found by searching the block for a literal: a --deny value or a known name.
  struct Literal {
    std::size_t at, size;
    PiiType type;
    float confidence;
    std::string_view detector, rule;
  };
  // Appends findings for `hits` (lines counted from the block's start).
  void add_literal_findings(const DecodedBlock& block, std::vector<Literal>& hits,
                            std::vector<Finding>& out) const;
  // Findings for the --deny values in `block`.
  void find_denied(const DecodedBlock& block, std::vector<Finding>& out);
  // Findings for every occurrence of a name found earlier in the document (this block included).
  void find_known_names(const DecodedBlock& block, std::vector<Finding>& out);
  // `given_too`: its given name alone stands for the person too (detectors::given_name_of).
  void remember_name(std::string_view name, bool given_too);
  // A given name found alone (宥蓁媽媽): found again where it stands alone (given_name_alone).
  void remember_given(std::string_view given);
  // A name in Latin letters (Sawmah Ofad): found again whole, and its words of four letters or
  // more where they stand alone (Sawmah主席, 請Ofad的女兒), but not Binti or Dela.
  void remember_latin(std::string_view name, bool words);
  // A name half in Latin letters and half in Chinese (佩君 Jean, Lin美惠): found again whole, and
  // its halves where they stand alone as any name found in Latin letters or by its given name.
  void remember_mixed(std::string_view name);
  // Adds `name` to m_names (longest first per first character); false if it was there.
  bool add_known(std::string_view name);
  // Removes `name` from m_names: what a table says is no person's (a boat's, under 船名).
  void forget_name(std::string_view name);
  // Counts a name remembered; past k_max_names, stops remembering names for the document.
  void count_known();
  // Sorts out[first...] and leaves no two findings over each other: one inside another goes,
  // two across each other become one (rule "merged", masked whole).
  static void resolve_overlaps(std::vector<Finding>& out, std::size_t first);
  // Drops from out[first...] the textbook names (王小明) that the document gives as examples
  // (detectors::example_in; in this block or an earlier one), and the given names spread from
  // them (小明). (In an earlier block, found ones are out already: the rule looks back in the
  // block only.)
  void drop_textbook_examples(std::string_view text, std::vector<Finding>& out, std::size_t first);
  // Runs the detectors on text[ps, pe); `mid_clause`: ps starts neither a line nor a clause.
  // Findings that end after `keep` are dropped; returns `keep`, or the start of the first
  // finding dropped if that is earlier (where the next piece must start).
  // `names_only`: names and spelled-out e-mails alone (text with no candidate,
  // ScanOptions::thorough; detectors::detect_between).
  std::size_t scan_piece(const DecodedBlock& block, std::size_t ps, std::size_t pe, bool mid_clause,
                         std::vector<Finding>& out, std::size_t keep = SIZE_MAX,
                         bool names_only = false);
  // When the line text[ls, le) is a table row (its findings are out[from...]) under a header
  // that names a date-of-birth column (出生日期) or name columns (姓名), adds the row's date and
  // names in those columns to `out` unless a finding holds them (dates only in rows with other
  // findings). m_line and m_line_start are still those of the line.
  void add_table_fields(const DecodedBlock& block, std::size_t ls, std::size_t le,
                        std::vector<Finding>& out, std::size_t from, bool under_header = false);
  // The header (出生日期, 姓名) nearest above the line at text[ls], in this block or an earlier
  // one, or null. Looks at the lines it has not seen yet (once each).
  // The header of the table the line at text[ls] is a row of, or null: the lines since the
  // table's last known line must all be table lines (table::table_line), else the table ended
  // and the lines above this row are walked back to a header, a blank line or prose.
  const table::Header* header_before(std::string_view text, std::size_t ls);
  // Whether a cell of `row` split by `sep` is a name the document's scan has found: a row of a
  // table, then, not its header (宋江陣⇥團員⇥李華: 團員 is a cell under 職稱 — set146a).
  bool row_has_known_name(std::string_view row, char sep) const;
  // The multi-line HTML row m_html_row, now that the scan is past it (text[ls, le) is the
  // current line), through add_row_fields().
  void flush_html_row(const DecodedBlock& block, std::size_t ls, std::size_t le,
                      std::vector<Finding>& out);
  // Adds the date of birth and names of `row` (at block offset rs) in the columns `h` names,
  // unless a finding holds them (dates only when `row_findings` or no row type is enabled).
  void add_row_fields(const DecodedBlock& block, const table::Header& h, std::size_t rs,
                      std::string_view row, std::size_t ls, std::size_t le,
                      std::vector<Finding>& out, bool row_findings, bool with_names = true);
  // Names in the columns of a table that hold names: where two cells of a column at least are
  // names found or known in the document and a third of its cells hold a name (a table no
  // header names the column of: 指導老師／教練 over 莊志明, 鍾秀玉 …), its other name-shaped
  // cells of three characters or more (detectors::is_name_column_cell) are names too (施坤成).
  // The block's findings are out[first...]. Linear in the block's size: each table is split
  // once, and line numbers are counted on from the last table's.
  void add_column_names(const DecodedBlock& block, std::vector<Finding>& out, std::size_t first);
  // The rest of a list of names one per line (<li>徐清標</li>, <li>金斌</li> …; 1. 王美玲): in a
  // run of three lines or more whose item is a short word, half of them names found, an item
  // that is a surname and one to three characters is a name too (confidence 0.7).
  void add_list_names(const DecodedBlock& block, std::vector<Finding>& out, std::size_t first);
  // With no header above: the one date of a row with an ID and a sex field is a date of birth.
  // `list_sep`: the row is a list's line in prose's punctuation (table::list_date), split by
  // that separator alone.
  void add_headerless_birth(const DecodedBlock& block, std::size_t ls, std::string_view row,
                            std::vector<Finding>& out, std::size_t from, char list_sep = 0);
  // Dates of birth on lines of their own under a label that ends its line (國曆生日（每人一
  // 行）：⏎  1974.08.06⏎  2010/2/18): the line text[ls, le) when it holds a date alone (a note
  // in brackets after it: 四十八年十月十日（媽媽）) and the line above is such a label or such a
  // date. Returns whether it was one.
  bool add_date_under_label(const DecodedBlock& block, std::size_t ls, std::size_t le,
                            std::vector<Finding>& out);
  // Under a heading of birthdays, a line's `item` (bullet and blanks trimmed) that is a date,
  // blanks and a name: adds both. Returns whether it was one.
  bool date_then_name(const DecodedBlock& block, std::size_t ls, std::string_view item,
                      std::vector<Finding>& out);
  // Adds an item of a birthday list, `v` (a view into the block's text), in order among the
  // findings of the line at `ls`, unless one overlaps it or the options leave it out. Returns
  // whether it was added.
  bool add_birthday_item(const DecodedBlock& block, std::size_t ls, std::string_view v,
                         PiiType type, std::string_view rule, float confidence,
                         std::vector<Finding>& out);
  std::uint64_t column_of(std::string_view text, std::size_t at);

  const ScanOptions& m_options;
  const Triggers m_triggers; // candidates besides digits, '@' and full-width digits
  static constexpr std::size_t k_max_names = 64; // names propagated within one document
  bool m_names_off = false;
  // By surname (its first character): names of the document, longest first.
  std::map<std::string, std::vector<std::string>, std::less<>> m_names;
  std::set<std::string, std::less<>> m_given;    // the given names among them (志明 of 施志明)
  std::set<std::string, std::less<>> m_cue_free; // names found only by the cue-free rule
  // The given names of those (鄔品睿 → 品睿): found alone only where a name stands for sure.
  std::set<std::string, std::less<>> m_weak_given;
  std::set<std::string, std::less<>> m_nicknames; // 阿 and a name's last character (阿娟)
  std::set<std::string, std::less<>> m_examples;  // textbook names the document gives as examples
  // The surnames of people named (邱信豪 → 邱), found again before 員, 母, 某 (邱員); a rarer
  // one (true) before a title or an honorific too (翟經理).
  std::map<std::string, bool, std::less<>> m_titled;
  // Latin names (Sawmah Ofad) and their words of four letters or more (Sawmah): searched for
  // one by one, as words of their own.
  std::vector<std::string> m_latin;
  std::size_t m_names_count = 0;
  std::unique_ptr<CharFinder> m_surnames; // the keys of m_names; null when they changed
  // The keys of m_names packed into integers (their three bytes), in order, with their names:
  // a hit's names without a string look-up (built with m_surnames).
  std::vector<std::pair<std::uint32_t, const std::vector<std::string>*>> m_name_index;
  std::vector<std::size_t> m_surname_hits;
  std::uint64_t m_block_line = 1; // m_line and m_col_carry when the block started
  std::uint64_t m_block_col_carry = 0;
  NormText m_norm;
  std::vector<Match> m_matches;
  // The table the scan is in: its header (if any) and how far its lines are known to reach.
  struct Table {
    bool open = false;                   // the lines [.., reach) are a table's
    std::optional<table::Header> header; // from this block or an earlier one
    std::size_t reach = 0;               // block offset: start of the line after its last known
  } m_table;
  struct {
    std::size_t start = 0, end = 0;
  } m_html_row; // an HTML row written a cell per line, [<tr, </tr>) in the block; end 0: none
  // Whether a type that a table row holds besides a date of birth is enabled (then a row
  // without any finding is no row of a roster).
  const bool m_row_types;
  // Whether a type other than names that a row holds is enabled (--types person_name: no
  // finding can tell a row of people from other rows).
  const bool m_id_types;
  std::vector<table::Field> m_fields;
  std::size_t m_label_dates_next = SIZE_MAX; // the line after a date under a birth label
  bool m_label_dates_named = false;          // whether those lines open with a name (壽星)
  std::vector<std::size_t> m_field_columns;  // display columns of m_fields (fixed-width rows)
  NormText m_row_norm;
  std::uint64_t m_line = 1;      // line number of m_line_start
  std::size_t m_line_start = 0;  // in the current block
  std::uint64_t m_col_carry = 0; // characters of the current line in earlier blocks
  std::size_t m_col_pos = 0;     // column cache: characters from line start to m_col_pos
  std::uint64_t m_col_count = 0;
};

void TextScanner::add_literal_findings(const DecodedBlock& block, std::vector<Literal>& hits,
                                       std::vector<Finding>& out) const {
  std::string_view text = block.text();
  std::sort(hits.begin(), hits.end(),
            [](const Literal& x, const Literal& y) { return x.at < y.at; });
  std::uint64_t line = m_block_line;
  std::size_t counted = 0, line_start = 0;
  // Characters from line_start to col_at: counted on from the last hit of the same line, not
  // from the line's start (a 10 MB line naming someone 100,000 times took 33 s).
  std::size_t col_at = 0;
  std::uint64_t col_chars = 0;
  for (const Literal& h : hits) {
    if (h.confidence < m_options.min_confidence) {
      continue; // --deny values have confidence 1 and always pass
    }
    for (const void* nl;
         (nl = std::memchr(text.data() + counted, '\n', h.at - counted)) != nullptr;) {
      counted = static_cast<std::size_t>(static_cast<const char*>(nl) - text.data()) + 1;
      line_start = counted;
      ++line;
    }
    counted = h.at;
    if (col_at < line_start || col_at > h.at) {
      col_at = line_start;
      col_chars = 0;
    }
    col_chars += util::count_chars(text.substr(col_at, h.at - col_at));
    col_at = h.at;
    std::uint64_t column = (line_start == 0 ? m_block_col_carry : 0) + col_chars + 1;
    out.push_back(Finding{h.type, block.to_input(h.at), block.to_input(h.at + h.size), line, column,
                          h.confidence, h.detector, h.rule, "", text.substr(h.at, h.size)});
  }
}

void TextScanner::find_denied(const DecodedBlock& block, std::vector<Finding>& out) {
  std::string_view text = block.text();
  std::vector<Literal> hits;
  for (const Policy::Denied& d : m_options.policy->denied()) {
    for (std::size_t at = text.find(d.value); at != std::string_view::npos;
         at = text.find(d.value, at + d.value.size())) {
      hits.push_back(Literal{at, d.value.size(), d.type, 1.0f, "deny", "deny-list"});
    }
  }
  add_literal_findings(block, hits, out);
}

namespace {
// Whether an animal's word ends right before text[at], a quote between perhaps (柴犬「, 狗狗).
bool after_animal(std::string_view text, std::size_t at) {
  std::string_view before = text.substr(0, at);
  if (before.ends_with("「")) {
    before.remove_suffix(3);
  }
  static constexpr util::CharSet k_animals(U"犬狗貓咪鳥");
  return before.size() >= 3 && k_animals.contains(before.substr(before.size() - 3));
}

// Whether `field` names a school class: a grade, 年, a class number and 班 (1年9班, 六年3班).
bool class_cell(std::string_view field) {
  static constexpr util::CharSet k_grades(U"一二三四五六七八九");
  std::size_t p = 0;
  if (p < field.size() && util::is_digit(field[p])) {
    ++p;
  } else if (field.size() >= 3 && k_grades.contains(field.substr(0, 3))) {
    p = 3;
  } else {
    return false;
  }
  if (!util::has_at(field, p, "年")) {
    return false;
  }
  p += 3;
  const std::size_t digits = p;
  while (p < field.size() && util::is_digit(field[p])) {
    ++p;
  }
  return p > digits && field.substr(p) == "班";
}

// Walks the rows of the same table around the row at text[ls] (up to eight lines each way with
// as many fields by `sep`, no blank line between; the row itself first when `self`), calling
// `fits` with each row's field k: true unless a call returned false (a cell of another kind).
template <class Fits>
bool column_around(std::string_view text, std::size_t ls, char sep, std::size_t fields,
                   std::size_t k, bool self, Fits fits) {
  static thread_local std::vector<table::Field> other;
  // 1: a row of the table, its cell fits; 0: not a row of it (the table ends); -1: a cell that
  // does not fit.
  auto row_at = [&](std::size_t a, std::size_t b) {
    const std::string_view line = text.substr(a, b - a);
    if (line.size() > 600) {
      return 0;
    }
    table::split_row(line, sep, other);
    if (other.size() != fields) {
      return 0;
    }
    return fits(line.substr(other[k].start, other[k].end - other[k].start)) ? 1 : -1;
  };
  const std::size_t le = text.find('\n', ls);
  int r = self ? row_at(ls, le == std::string_view::npos ? text.size() : le) : 1;
  for (std::size_t a = ls, n = 0; r == 1 && n < 8 && a > 0; ++n) { // up
    const std::size_t b = a - 1, nl = a >= 2 ? text.rfind('\n', a - 2) : std::string_view::npos;
    a = nl == std::string_view::npos ? 0 : nl + 1;
    r = row_at(a, b);
  }
  if (r == -1) {
    return false;
  }
  r = 1;
  for (std::size_t b = le, n = 0; r == 1 && n < 8 && b != std::string_view::npos; ++n) { // down
    const std::size_t a = b + 1;
    b = text.find('\n', a);
    r = row_at(a, b == std::string_view::npos ? text.size() : b);
  }
  return r != -1;
}

// A whole date, a month and a day (6月17日) or a year said to be one (77年, 15年次): a birth
// cell read from a field guessed by index, where a year and a month alone in digits may be
// something else's number (78.5, a score).
bool whole_birth_cell(std::string_view field) {
  if (field.ends_with("年次")) {
    field.remove_suffix(3);
  }
  return detectors::is_date(field) ||
         (detectors::is_birth_cell(field) && ((field.find("月") != std::string_view::npos &&
                                               (field.ends_with("日") || field.ends_with("號"))) ||
                                              field.ends_with("年")));
}

// A date of birth five years back at least (table::Header::birth_shared).
bool old_birth_cell(std::string_view field) {
  return detectors::is_birth_cell(field) && table::old_enough(field, 5);
}

// Whether the rows of the same table around the row at text[ls] (column_around) hold ages
// (table::is_age) as their field k, and nothing there but ages, dates (detectors::is_birth_cell)
// and blanks (a column of something else, 頂庄段396-7地號 among 45歲 — set154b's deliveries, is
// no column of ages).
bool ages_around(std::string_view text, std::size_t ls, char sep, std::size_t fields,
                 std::size_t k) {
  int ages = 0;
  const bool column = column_around(text, ls, sep, fields, k, false, [&](std::string_view cell) {
    if (table::is_age(cell)) {
      ++ages;
      return true;
    }
    // (A cohort too: 39年次 among 97歲 and 民國64年9月27日 — set226a's sign-in sheet.)
    return cell.empty() || cell == "-" || cell == "—" || cell == "－" || cell == "未填" ||
           cell == "不詳" || detectors::is_birth_cell(cell) ||
           (cell.size() <= 15 && cell.ends_with("年次") &&
            detectors::is_birth_cell(cell.substr(0, cell.size() - 3)));
  });
  return column && ages > 0;
}

// The text of cell k of the <th> row above the HTML row at text[ls] (within 4 KiB, the same
// table); empty when there is no such row, it has another count of cells, or the cell is blank.
std::string_view th_cell_above(std::string_view text, std::size_t ls, std::size_t fields,
                               std::size_t k) {
  const std::size_t lo = ls > 4096 ? ls - 4096 : 0;
  const std::string_view before = text.substr(lo, ls - lo);
  const std::size_t th = before.rfind("<th");
  if (th == std::string_view::npos || before.find("</table", th) != std::string_view::npos) {
    return {};
  }
  const std::size_t a =
      before.rfind('\n', th) == std::string_view::npos ? 0 : before.rfind('\n', th) + 1;
  const std::size_t b = std::min(before.size(), before.find('\n', th));
  static thread_local std::vector<table::Field> cells;
  const std::string_view row = before.substr(a, b - a);
  table::split_row(row, '<', cells);
  return cells.size() == fields ? row.substr(cells[k].start, cells[k].end - cells[k].start)
                                : std::string_view();
}

// Whether the dates in column k of the table's rows around the one at ls (column_around, this
// row too) are four or more, of three years or more four years apart at least, each five years
// back at least, no other kind of cell in that column: a roster's dates of birth, children's too
// (a basketball camp's <td>16</td><td>曹素珍</td><td>2016/7/1</td><td>前鋒</td>, no header —
// set193b), not a season's appointments.
bool years_spread(std::string_view text, std::size_t ls, char sep, std::size_t fields,
                  std::size_t k) {
  std::array<int, 17> years{}; // (this row's and eight each way)
  std::size_t dates = 0;
  const bool column = column_around(text, ls, sep, fields, k, true, [&](std::string_view cell) {
    if (cell.empty()) {
      return true;
    }
    // (A birthday with no year among them, lunar or not, neither counts nor breaks the column:
    // 農曆九月二十三 among 90.12.04 and 092/10/17 — set311a's blood-pressure log.)
    const bool dated = detectors::is_date(cell);
    if (!dated && detectors::is_birth_cell(cell)) {
      return true;
    }
    if (!dated || !table::old_enough(cell, 5)) {
      return false;
    }
    years[dates++] = table::year_of(cell);
    return true;
  });
  if (!column) {
    return false;
  }
  std::sort(years.begin(), years.begin() + static_cast<std::ptrdiff_t>(dates));
  const auto distinct =
      std::unique(years.begin(), years.begin() + static_cast<std::ptrdiff_t>(dates)) -
      years.begin();
  return dates >= 4 && distinct >= 3 &&
         years[static_cast<std::size_t>(distinct) - 1] - years[0] >= 4;
}
} // namespace

void TextScanner::find_known_names(const DecodedBlock& block, std::vector<Finding>& out) {
  // One pass over the block for all the surnames at once, comparing the names with that
  // surname at each hit (one pass per surname made a document naming 40 people 1.8x slower).
  std::string_view text = block.text();
  auto pack = [](std::string_view c) {
    return c.size() < 3 ? 0u
                        : static_cast<std::uint32_t>(static_cast<unsigned char>(c[0])) << 16 |
                              static_cast<std::uint32_t>(static_cast<unsigned char>(c[1])) << 8 |
                              static_cast<unsigned char>(c[2]);
  };
  if (m_surnames == nullptr) {
    std::vector<std::string_view> keys;
    m_name_index.clear();
    for (const auto& entry : m_names) {
      keys.push_back(entry.first);
      m_name_index.emplace_back(pack(entry.first), &entry.second);
    }
    std::sort(m_name_index.begin(), m_name_index.end());
    m_surnames = std::make_unique<CharFinder>(keys);
  }
  m_surname_hits.clear();
  m_surnames->find_all(text, m_surname_hits);
  const patterns::NameData& nd = patterns::name_data();
  std::vector<Literal> hits;
  for (std::size_t at : m_surname_hits) {
    const std::uint32_t key = pack(text.substr(at, 3));
    const auto it =
        std::lower_bound(m_name_index.begin(), m_name_index.end(), key,
                         [](const auto& entry, std::uint32_t k) { return entry.first < k; });
    if (it == m_name_index.end() || it->first != key) {
      continue;
    }
    for (const std::string& name : *it->second) { // longest first
      // (The second character first, inline: most hits of a surname start other words.)
      if (name.size() > text.size() - at ||
          (name.size() >= 6 &&
           (text[at + 3] != name[3] || text[at + 4] != name[4] || text[at + 5] != name[5])) ||
          !text.substr(at).starts_with(name)) {
        continue;
      }
      // (A surname alone (three bytes) is kept only for these: most of its hits are other
      // words, told apart by the next character before any look-up.)
      if (name.size() == 3 && !detectors::may_refer(text, at) && !nd.rare_at(text, at)) {
        continue;
      }
      if (const auto surname = m_titled.find(name); surname != m_titled.end()) {
        if (surname->second && detectors::surname_titled(text, at)) {
          hits.push_back(Literal{at, name.size(), PiiType::person_name, 0.6f, "person_name",
                                 "same-surname+title"});
          break;
        }
        if (detectors::surname_referred(text, at)) {
          hits.push_back(Literal{at, name.size(), PiiType::person_name, 0.6f, "person_name",
                                 "same-surname+reference"});
          break;
        }
        continue;
      }
      if (m_cue_free.contains(name)) {
        // (Where a word starts, by the lists or ICU's dictionary; any verb after it.)
        if (detectors::given_name_alone(text, at, at + name.size(), false, true)) {
          hits.push_back(
              Literal{at, name.size(), PiiType::person_name, 0.7f, "person_name", "same-name"});
          break;
        }
        continue;
      }
      if (!m_given.contains(name)) {
        // (Not into a template's row: 王大明 of a roster is not the test row's 王大明.)
        if (detectors::template_name(name, line_around(text, at))) {
          break;
        }
        hits.push_back(
            Literal{at, name.size(), PiiType::person_name, 0.75f, "person_name", "same-name"});
        break;
      }
      // 阿雄仔: the Taiwanese 仔 after a nickname is part of it.
      const bool nick = m_nicknames.contains(name);
      const std::size_t size =
          nick && text.substr(at + name.size()).starts_with("仔") ? name.size() + 3 : name.size();
      const bool weak = m_weak_given.contains(name);
      // (A weak one not after a straight quote: a field of an export, "金寶寵物繁殖場"; none
      // right after an animal, 柴犬「阿福」, 狗狗小黑: a pet's name, someone's elsewhere — set24b.)
      if ((!weak || at == 0 || text[at - 1] != '"') && !after_animal(text, at) &&
          detectors::given_name_alone(text, at, at + size, !weak, true)) {
        hits.push_back(Literal{at, size, PiiType::person_name, weak ? 0.55f : 0.6f, "person_name",
                               nick ? "nickname" : "same-given-name"});
        break;
      }
    }
  }
  // Latin names and their words where they stand as words of their own: not inside a longer
  // word, and not next to another capitalised word (Ofad Sawmah is someone else than Sawmah Ofad,
  // and is no half of a name).
  // A letter or digit, with diacritics too (Nguyễn), at text[i].
  auto letter = [&](std::size_t i) {
    if (util::is_alnum(text[i]) || static_cast<unsigned char>(text[i]) < 0x80) {
      return util::is_alnum(text[i]);
    }
    while (i > 0 && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) {
      --i; // the start of the character
    }
    std::size_t len = 0;
    const char32_t cp = util::utf8_decode(text, i, &len);
    return (cp >= 0xC0 && cp <= 0x24F) || (cp >= 0x300 && cp <= 0x36F) ||
           (cp >= 0x1E00 && cp <= 0x1EFF);
  };
  for (const std::string& name : m_latin) {
    for (std::size_t at = text.find(name); at != std::string_view::npos;
         at = text.find(name, at + name.size())) {
      const std::size_t end = at + name.size();
      // (Not in an e-mail address or a domain: Jedi@Jedi.org.)
      auto mail = [&](std::size_t i) { return text[i] == '@' || text[i] == '.'; };
      const bool alone = (at == 0 || (!letter(at - 1) && !mail(at - 1))) &&
                         (end == text.size() || (!letter(end) && !mail(end)));
      const bool next_word = (at >= 2 && text[at - 1] == ' ' && util::is_alpha(text[at - 2])) ||
                             (end + 1 < text.size() && text[end] == ' ' && text[end + 1] >= 'A' &&
                              text[end + 1] <= 'Z');
      if (alone && !next_word) {
        hits.push_back(
            Literal{at, name.size(), PiiType::person_name, 0.7f, "person_name", "same-name"});
      }
    }
  }
  std::sort(hits.begin(), hits.end(),
            [](const Literal& a, const Literal& b) { return a.at < b.at; });
  add_literal_findings(block, hits, out);
}

bool TextScanner::add_known(std::string_view name) {
  auto& names = m_names[std::string(name.substr(0, 3))];
  if (std::find(names.begin(), names.end(), name) != names.end()) {
    return false;
  }
  m_surnames.reset();
  names.emplace_back(name);
  std::sort(names.begin(), names.end(),
            [](const std::string& x, const std::string& y) { return x.size() > y.size(); });
  return true;
}

void TextScanner::forget_name(std::string_view name) {
  if (!name.empty() && util::is_alpha(name[0])) {
    // A Latin name and the words of it remembered with it (ASUS Zenfone, ASUS — set82b).
    std::erase_if(m_latin, [&](const std::string& w) {
      for (std::size_t a = 0; a <= name.size();) {
        const std::size_t e = std::min(name.find(' ', a), name.size());
        if (w == name.substr(a, e - a)) {
          return true;
        }
        a = e + 1;
      }
      return w == name;
    });
    return;
  }
  if (name.size() < 3) {
    return;
  }
  auto erase = [&](std::string_view n) {
    if (auto it = m_names.find(std::string(n.substr(0, 3))); it != m_names.end()) {
      auto& names = it->second;
      if (auto at = std::find(names.begin(), names.end(), n); at != names.end()) {
        names.erase(at);
        if (names.empty()) {
          m_names.erase(it);
        }
        m_surnames.reset();
      }
    }
  };
  erase(name);
  // And the parts remembered with it (明興閣 under 團名 leaves no 興閣 behind — set270b), unless
  // another name remembered still ends with one.
  std::vector<std::string> parts;
  for (std::string_view part :
       {detectors::given_name_of(name), detectors::given_name_of(name, true),
        detectors::own_name_part(name)}) {
    if (!part.empty()) {
      parts.emplace_back(part);
    }
  }
  for (std::string& nick : detectors::nicknames_of(name)) {
    parts.push_back(std::move(nick));
  }
  for (const std::string& part : parts) {
    const bool shared = std::any_of(m_names.begin(), m_names.end(), [&](const auto& entry) {
      return std::any_of(entry.second.begin(), entry.second.end(), [&](const std::string& n) {
        return n.size() > part.size() && n.ends_with(part);
      });
    });
    if (!shared && m_given.erase(part) != 0) {
      m_weak_given.erase(part);
      m_nicknames.erase(part);
      erase(part);
    }
  }
}

void TextScanner::count_known() {
  if (++m_names_count > k_max_names) {
    // A roster or a corpus, not a petition: its names come with their own context, and a
    // search for each of them would cost a pass over the text per surname.
    m_names.clear();
    m_given.clear();
    m_cue_free.clear();
    m_weak_given.clear();
    m_nicknames.clear();
    m_titled.clear();
    m_latin.clear();
    m_names_off = true;
  }
}

void TextScanner::remember_latin(std::string_view name, bool words) {
  if (m_names_off || name.size() > 64) {
    return;
  }
  auto add = [&](std::string_view w) {
    if (std::find(m_latin.begin(), m_latin.end(), w) == m_latin.end()) {
      m_latin.emplace_back(w);
      count_known();
    }
  };
  add(name);
  for (std::size_t a = 0; words && a < name.size() && !m_names_off;) {
    const std::size_t e = std::min(name.find(' ', a), name.size());
    const std::string_view w = name.substr(a, e - a);
    if (w.size() >= 4 && w.size() < name.size() && w != "Binti" && w != "BINTI" && w != "Dela" &&
        w != "DELA" && w != "Binte" && w != "BINTE") {
      add(w);
    }
    a = e + 1;
  }
}

void TextScanner::remember_mixed(std::string_view name) {
  remember_latin(name, false);
  std::size_t cut = 0;
  while (cut < name.size() && static_cast<unsigned char>(name[cut]) < 0x80) {
    ++cut;
  }
  if (cut == 0) { // Chinese first (佩君 Jean)
    while (cut < name.size() && static_cast<unsigned char>(name[cut]) >= 0x80) {
      ++cut;
    }
  }
  for (std::string_view half : {name.substr(0, cut), name.substr(cut)}) {
    while (!half.empty() && half.front() == ' ') {
      half.remove_prefix(1);
    }
    while (!half.empty() && half.back() == ' ') {
      half.remove_suffix(1);
    }
    if (!half.empty() && util::is_alpha(half[0])) {
      remember_latin(half, false);
    } else if (half.size() >= 9) {
      remember_name(half, false); // a whole name (Jessica 吳佩珊, 張美玲 Amy — set75a, set70b)
    } else {
      remember_given(half); // (two characters only: not a surname alone, 蔡 of Jessica 蔡)
    }
  }
}

void TextScanner::remember_given(std::string_view given) {
  if (m_names_off || given.size() != 6 || m_given.contains(given)) {
    return;
  }
  add_known(given);
  m_given.emplace(given);
  count_known();
}

void TextScanner::remember_name(std::string_view name, bool given_too) {
  if (!name.empty() && util::is_alpha(name[0])) {
    remember_latin(name, given_too);
    return;
  }
  // Two to four characters, or a dotted name (巴奈．拉娃) of up to twelve.
  const bool dotted =
      name.size() > 12 && name.size() <= 39 &&
      (name.find("．") != std::string_view::npos || name.find("‧") != std::string_view::npos ||
       name.find("・") != std::string_view::npos || name.find("·") != std::string_view::npos ||
       name.find("•") != std::string_view::npos);
  if (name.size() < 6 || (name.size() > 12 && !dotted) || m_names_off) {
    return;
  }
  const bool added = add_known(name);
  // Found again only where it stands alone: a name found with no cue, and any of two
  // characters (女兒文靜 → not 她很文靜).
  if ((!given_too || name.size() == 6) && added) {
    m_cue_free.emplace(name);
  } else if (given_too && name.size() > 6) {
    m_cue_free.erase(std::string(name)); // now found with a cue too
  }
  // The given name alone stands for the person too (施志明 … 大兒子志明在台北), also when the
  // whole name was known already from an occurrence without a cue.
  const std::string_view given = detectors::given_name_of(name);
  if (given_too && !given.empty() && m_weak_given.erase(std::string(given)) == 0 &&
      !m_given.contains(given) && add_known(given)) {
    m_given.emplace(given); // (a weak one becomes a sure one)
  }
  // (So does an indigenous name's first part, a Japanese given name: 比令, 由紀 — set112b.)
  if (const std::string_view own = detectors::own_name_part(name);
      !own.empty() && !m_given.contains(own) && add_known(own)) {
    m_given.emplace(own);
  }
  // A weak given name, found again only where a name must stand (2. 品睿（4歲）, 語彤經抽血),
  // never where a word may go on: that of a name found with no cue (a mistake of the rule, 向美國,
  // must not spread: 在歐美國家), and that of a name found with a cue whose given name holds one
  // character common in given names (柯志成 … 志成：我沒意見: 成 alone makes words too; 張簡語彤 …
  // 語彤今天午睡比較早醒). Not 阿X:
  // 阿嬌 of 范阿嬌 is a nickname, below.
  if (const std::string_view weak = name.size() != 9 && name.size() != 12 ? ""
                                    : !given_too                          ? given
                                    : given.empty() ? detectors::given_name_of(name, true)
                                                    : "";
      !weak.empty() && !weak.starts_with("阿") && !m_given.contains(weak) && add_known(weak)) {
    m_given.emplace(weak);
    m_weak_given.emplace(weak);
  }
  // So do 阿, 小 and its last character, or it twice, as family and neighbours call people (蔡佩娟
  // … 我們都叫她「阿娟」, 范姜仁傑 … 阿傑請了一台怪手, 黃睿恩 … 恩恩): from a whole name of three
  // or four characters (with a cue or without: 阿 and a character standing alone is a name either
  // way), where it stands alone.
  for (std::string& nick : dotted ? std::vector<std::string>() : detectors::nicknames_of(name)) {
    if (!m_given.contains(nick) && add_known(nick)) {
      m_given.emplace(nick);
      m_nicknames.emplace(std::move(nick));
    }
  }
  // A rarer surname before a title or an honorific, once the person is named (翟啟明 … 翟經理):
  // the rules do not take it alone (時委員會). Any surname before 員, 母 or 某 (邱員, 薛母).
  if (const std::string_view surname = detectors::surname_of(name);
      !surname.empty() && !m_titled.contains(surname) && add_known(surname)) {
    m_titled.emplace(surname, !detectors::rare_surname_of(name).empty());
  }
  if (added) {
    count_known();
  }
}

void TextScanner::resolve_overlaps(std::vector<Finding>& out, std::size_t first) {
  auto begin = out.begin() + static_cast<std::ptrdiff_t>(first);
  std::stable_sort(begin, out.end(), [](const Finding& a, const Finding& b) {
    return a.start != b.start ? a.start < b.start : a.end > b.end;
  });
  auto kept = begin;
  for (auto it = begin + 1; it != out.end(); ++it) {
    if (it->start >= kept->end) {
      *++kept = *it;
      continue;
    }
    if (it->end <= kept->end) {
      continue; // inside the one kept, which covers it
    }
    // Across the end of the one kept (a --deny value or a known name over part of another
    // finding): one finding over both, or part of one would stay readable. It takes the type
    // of the longer one; the rule tells the masker that no part of it is to be kept.
    Finding merged = it->end - it->start > kept->end - kept->start ? *it : *kept;
    merged.start = kept->start;
    merged.end = it->end;
    merged.line = kept->line;
    merged.column = kept->column;
    merged.confidence = std::max(kept->confidence, it->confidence);
    merged.rule = "merged";
    merged.value = std::string_view(
        kept->value.data(),
        static_cast<std::size_t>(it->value.data() + it->value.size() - kept->value.data()));
    *kept = merged;
  }
  out.erase(kept + 1, out.end());
}

std::uint64_t TextScanner::column_of(std::string_view text, std::size_t at) {
  if (m_col_pos < m_line_start || m_col_pos > at) {
    m_col_pos = m_line_start;
    m_col_count = m_line_start == 0 ? m_col_carry : 0;
  }
  m_col_count += util::count_chars(text.substr(m_col_pos, at - m_col_pos));
  m_col_pos = at;
  return m_col_count + 1;
}

void TextScanner::scan_block(const DecodedBlock& block, std::vector<Finding>& out) {
  std::string_view text = block.text();
  const std::size_t first_out = out.size();
  m_block_line = m_line;
  m_block_col_carry = m_col_carry;
  const bool deny = m_options.policy && !m_options.policy->denied().empty();
  if (deny) {
    find_denied(block, out);
  }
  const char* base = text.data();
  const std::size_t n = text.size();
  std::size_t pos = 0;
  m_line_start = 0;
  m_table.reach = 0; // a table open at the end of the last block goes on from this one's start
  m_html_row = {};
  m_label_dates_next = SIZE_MAX;
  m_col_pos = 0;
  m_col_count = m_col_carry;
  std::size_t counted = 0;                 // line breaks before this position are counted
  std::size_t line_end = 0;                // end of the line holding the current candidate
  std::size_t line_first_out = out.size(); // its first finding
  const bool columns = m_options.types.contains(PiiType::birth_date) ||
                       m_options.types.contains(PiiType::person_name);
  auto advance_lines = [&](std::size_t to) {
    while (counted < to) {
      const void* nl = std::memchr(base + counted, '\n', to - counted);
      if (nl == nullptr) {
        counted = to;
        break;
      }
      counted = static_cast<std::size_t>(static_cast<const char*>(nl) - base) + 1;
      ++m_line;
      m_line_start = counted;
      m_col_carry = 0;
    }
  };
  // With `thorough`, the text between windows goes through the name detector and the search for
  // spelled-out e-mails (name (at) gmail.com) alone, a line (or k_max_piece bytes of one) at a
  // time: it holds no digit, '@' or other candidate, so no other detector would find anything
  // there. Its findings come out of order (resolve_overlaps sorts them).
  const bool names_between =
      m_options.thorough &&
      (m_options.types.contains(PiiType::person_name) || m_options.types.contains(PiiType::email));
  auto names_in = [&](std::size_t from, std::size_t to) {
    for (std::size_t ps = from; ps < to;) {
      const std::size_t limit = std::min(to, ps + k_max_piece);
      const void* nl = std::memchr(base + ps, '\n', limit - ps);
      std::size_t pe =
          nl != nullptr ? static_cast<std::size_t>(static_cast<const char*>(nl) - base) : limit;
      if (nl == nullptr && limit < to) {
        while (pe > ps + 1 && util::is_continuation(text[pe])) {
          --pe; // a piece of a very long line ends on a character boundary
        }
      }
      if (pe - ps >= 9) { // a name has three bytes at least, a line more
        advance_lines(ps);
        const std::size_t first = out.size();
        scan_piece(block, ps, pe, ps != m_line_start, out, SIZE_MAX, true);
        // A whole line may be a row of a table with no candidate (an award list: 甲等    ○○國小
        // 巫信義    江致遠): its fields under a name or birth column, as for the other rows.
        if (columns && ps == m_line_start && nl != nullptr) {
          add_table_fields(block, ps, pe, out, first);
        }
      }
      if (nl == nullptr && limit < to && pe - ps > 2 * k_name_overlap) {
        // A piece of a long line: the next one starts a little before this one's end, so that
        // a name across the cut is found whole (twice at most: resolve_overlaps keeps one).
        std::size_t back = pe - k_name_overlap;
        while (back > ps && util::is_continuation(text[back])) {
          --back;
        }
        ps = back;
        continue;
      }
      ps = pe < to && text[pe] == '\n' ? pe + 1 : pe;
    }
  };
  // The rows of a table under a header that hold no candidate of their own (│２│莊沐宸│
  // 111.02.14│: a date far from its header's 出生 is none), from the line after line_end to the
  // line holding `to` (not included).
  auto table_rows_until = [&](std::size_t to) {
    for (std::size_t ls = line_end + 1;
         m_table.open && m_table.header && m_table.reach == ls && ls < to && line_end < n;) {
      const void* nl = std::memchr(base + ls, '\n', n - ls);
      const std::size_t le =
          nl != nullptr ? static_cast<std::size_t>(static_cast<const char*>(nl) - base) : n;
      if (le >= to && to < n) {
        break; // the candidate's own line: looked at by the scan
      }
      advance_lines(ls);
      add_table_fields(block, ls, le, out, out.size(), true);
      if (m_table.reach != le + 1) {
        break; // no table line: the table ended
      }
      ls = le + 1;
    }
  };
  // Each candidate is looked at in a window: k_context bytes before it (for cue words and for
  // the letters or '+' that start a value), the value itself and some bytes after. Windows of
  // nearby candidates merge; a window never starts or ends inside a value (good_cut).
  // The next candidate, when the window merging below already found it (no rescan).
  const char* known_next = nullptr;
  bool resumed_mid_clause = false; // the last window was cut inside a clause, at `pos`
  while (pos < n) {
    const char* t =
        known_next != nullptr ? known_next : find_candidate(base, base + pos, base + n, m_triggers);
    known_next = nullptr;
    if (t == base + n) {
      break;
    }
    std::size_t tpos = static_cast<std::size_t>(t - base);
    if (tpos >= line_end && columns) { // the line before is done
      add_table_fields(block, m_line_start, line_end, out, line_first_out);
      table_rows_until(tpos);
    }
    if (names_between) {
      // The lines between the last window and this candidate's line.
      std::size_t ls = tpos;
      while (ls > pos && text[ls - 1] != '\n') {
        --ls;
      }
      names_in(pos, ls);
    }
    advance_lines(tpos);
    if (tpos >= line_end) {
      line_first_out = out.size();
      const void* nl = std::memchr(t, '\n', n - tpos);
      line_end = nl != nullptr ? static_cast<std::size_t>(static_cast<const char*>(nl) - base) : n;
    }
    std::size_t ws = std::max(m_line_start, pos);
    // The window starts neither a line nor a clause: cut back to a good cut below, or resumed
    // after a window that was cut inside a clause (the rest of a very long clause).
    bool mid_clause = resumed_mid_clause && ws == pos && ws != m_line_start;
    resumed_mid_clause = false;
    if (tpos - ws > k_context) {
      // Back to the punctuation that starts the clause, else to a good cut; never into the
      // previous window.
      const std::size_t lo = std::max(ws, tpos > 2 * k_context ? tpos - 2 * k_context : 0);
      std::size_t at = tpos - k_context;
      while (at > lo && !good_end(text, at)) {
        --at;
      }
      if (good_end(text, at)) {
        ws = at;
        mid_clause = false;
      } else {
        for (ws = tpos - k_context; ws > lo && !good_cut(text[ws]);) {
          --ws;
        }
        mid_clause = ws != m_line_start;
      }
    }
    if (names_between && ws > std::max(pos, m_line_start)) {
      // This line before the window, and a little into it when the window starts inside a
      // clause: a name across `ws` (請里長潘建|宏所有) is found whole here.
      names_in(std::max(pos, m_line_start), mid_clause ? std::min(tpos, ws + k_name_overlap) : ws);
    }
    std::size_t we = tpos;
    std::size_t last = tpos; // the last candidate in the window: k_after bytes follow it
    bool cut = false;        // we is a forced cut, not a clause or line end
    while (true) {
      we = std::max(we, std::min(line_end, last + k_after));
      // (Nor at an enumeration comma: a list after a label (出席：白秀英、…、徐登輝) is read
      // to its last item with the label in reach — set308b.)
      while (we < line_end && (!good_end(text, we) || util::has_at(text, we, "、")) &&
             we - ws < k_max_piece) {
        ++we;
      }
      if (we >= line_end) {
        break;
      }
      if (we - ws >= k_max_piece) {
        while (we > tpos + 1 && util::is_continuation(text[we])) {
          --we; // a piece of a very long line ends on a character boundary
        }
        cut = we - ws > 2 * k_overlap;
        break;
      }
      // A candidate inside the window moves its end too (07:58 ... 中正路 118 巷 5 號 3 樓，屋主
      // 董文龍: the name after the address is in the window). Searched from the end of the
      // last one's token, not digit by digit.
      std::size_t from = last + 1;
      while (from < we && (util::is_alnum(text[from]) || util::is_continuation(text[from]))) {
        ++from;
      }
      const char* next =
          find_candidate(base, base + std::min(from, we), base + line_end, m_triggers);
      if (next == base + line_end) {
        break;
      }
      const auto at = static_cast<std::size_t>(next - base);
      if (at < we) {
        last = at;
        continue;
      }
      if (at - we > k_context) {
        known_next = next; // too far to merge: it starts the next window
        break;
      }
      last = we = at;
    }
    if (!cut) {
      scan_piece(block, ws, we, mid_clause, out);
      pos = we;
      continue;
    }
    // Findings that reach into the last k_overlap bytes are left to the next piece, which
    // starts before them (and before any value the cut splits).
    std::size_t keep = we - k_overlap;
    while (keep > ws && util::is_continuation(text[keep])) {
      --keep;
    }
    pos = std::max(scan_piece(block, ws, we, mid_clause, out, keep), ws + 1);
    resumed_mid_clause = true;
    known_next = nullptr;
  }
  if (columns && line_end > 0) {
    add_table_fields(block, m_line_start, line_end, out, line_first_out);
    table_rows_until(n);
  }
  if (m_html_row.end != 0) {
    flush_html_row(block, m_line_start, line_end, out);
  }
  if (names_between) {
    names_in(pos, n);
  }
  if (m_options.types.contains(PiiType::person_name) && out.size() > first_out + 1) {
    add_column_names(block, out, first_out);
    add_list_names(block, out, first_out);
  }
  if (!m_names.empty() || !m_latin.empty()) {
    find_known_names(block, out);
  }
  if (out.size() > first_out + 1 &&
      (deny || names_between || !m_names.empty() || !m_latin.empty())) {
    resolve_overlaps(out, first_out);
  }
  if (m_options.types.contains(PiiType::person_name) && out.size() > first_out) {
    drop_textbook_examples(text, out, first_out);
  }
  advance_lines(n);
  if (m_line_start < n) {
    m_col_carry =
        (m_line_start == 0 ? m_col_carry : 0) + util::count_chars(text.substr(m_line_start));
  }
}

void TextScanner::drop_textbook_examples(std::string_view text, std::vector<Finding>& out,
                                         std::size_t first) {
  std::map<std::string_view, bool, std::less<>> looked; // in this block
  auto example = [&](std::string_view name) {
    if (m_examples.contains(name)) {
      return true;
    }
    auto [it, fresh] = looked.try_emplace(name, false);
    if (fresh && detectors::example_in(text, name)) {
      it->second = true;
      m_examples.emplace(name);
    }
    return it->second;
  };
  auto drop = [&](const Finding& f) {
    if (f.type != PiiType::person_name) {
      return false;
    }
    if (detectors::textbook_name(f.value)) {
      return example(f.value);
    }
    // Its given name alone, spread from it (不可只寫「王先生」或「小明」).
    return f.value.size() == 6 && !m_examples.empty() &&
           std::any_of(m_examples.begin(), m_examples.end(),
                       [&](const std::string& name) { return name.ends_with(f.value); });
  };
  out.erase(std::remove_if(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(), drop),
            out.end());
}

std::size_t TextScanner::scan_piece(const DecodedBlock& block, std::size_t ps, std::size_t pe,
                                    bool mid_clause, std::vector<Finding>& out, std::size_t keep,
                                    bool names_only) {
  std::string_view text = block.text();
  // (Whether the piece ends its line: nothing unseen follows it. A CRLF line's CR is left out,
  // so that the detectors read it as an LF line: 2,400元     宋慶堂⏎ — set297b.)
  const bool ends_line = pe >= text.size() || text[pe] == '\n';
  std::string_view piece = text.substr(ps, pe - ps);
  if (ends_line && piece.ends_with('\r')) {
    piece.remove_suffix(1);
  }
  const bool fold = needs_normalizing(piece);
  if (fold) {
    normalize(piece, m_norm);
  }
  m_matches.clear();
  const std::string_view view = fold ? std::string_view(m_norm.text) : piece;
  if (names_only) {
    detectors::detect_between(view, mid_clause, m_options.types, m_matches, ends_line);
  } else {
    // The cue-free name rule reads every character: only when the input is read thoroughly
    // (3 % of the prose bench, which is read fast).
    // (A chat's message after talk of a birth: its dates answer a form's date of birth.)
    const bool talk = m_options.types.contains(PiiType::birth_date) && birth_talk(text, ps);
    detectors::detect_window(view, mid_clause, m_options.types, m_matches, m_options.thorough, talk,
                             ends_line);
  }
  std::size_t next = keep;
  for (const Match& m : m_matches) {
    std::size_t a = ps + (fold ? m_norm.map[m.start] : m.start);
    std::size_t b = ps + (fold ? m_norm.map[m.end] : m.end);
    if (b > keep) {
      next = std::min(next, a); // the next piece finds it again
      continue;
    }
    if (m.confidence < m_options.min_confidence) {
      continue;
    }
    if (m_options.policy && m_options.policy->allowed(text.substr(a, b - a))) {
      continue;
    }
    // A cue-free name (given-name, name-list-line) is found again only where it stands alone
    // as a word, and gives no given name: a mistake of the rule must not spread (向美國 → 在歐美
    // 國家).
    if (m.type == PiiType::person_name && m.rule == "mixed-script") {
      remember_mixed(text.substr(a, b - a));
    } else if (m.type == PiiType::person_name && m.confidence >= 0.7f) {
      remember_name(text.substr(a, b - a), !detectors::cue_free_rule(m.rule));
    } else if (m.type == PiiType::person_name &&
               (m.rule == "given+kin" || m.rule == "nickname" || m.rule == "nickname+kin" ||
                m.rule == "given-nickname" || m.rule == "given+title" ||
                m.rule == "given+honorific" || m.rule == "given+thanks" ||
                m.rule == "surname-nickname")) {
      remember_given(text.substr(a, b - a)); // 宥蓁媽媽 … 宥蓁每天早上都說肚子痛; 阿妮; 老謝
    }
    out.push_back(Finding{m.type, block.to_input(a), block.to_input(b), m_line, column_of(text, a),
                          m.confidence, m.detector, m.rule, m.cue, text.substr(a, b - a)});
  }
  return next;
}

void TextScanner::add_table_fields(const DecodedBlock& block, std::size_t ls, std::size_t le,
                                   std::vector<Finding>& out, std::size_t from, bool under_header) {
  const std::string_view text = block.text();
  if (m_html_row.end != 0 && ls >= m_html_row.end) {
    flush_html_row(block, ls, le, out);
  }
  std::string_view row = text.substr(ls, le - ls);
  // (An HTML list's item of fields between bars is a row inside its tags: <li>黎榮妮｜1982/5/12｜
  // F257439146</li> — set318b's sign-up confirmation.)
  if (row.starts_with("<li>") && row.find("</li>") != std::string_view::npos &&
      (row.find('|') != std::string_view::npos || row.find("｜") != std::string_view::npos)) {
    ls += 4;
    le = ls + row.find("</li>") - 4;
    row = text.substr(ls, le - ls);
  }
  // (A date alone on a short line: under a birth label's line perhaps; or names with their days
  // in brackets under a heading of birthdays, the first bracket within a name's reach.)
  if ((row.size() <= 64 || (row.size() <= 400 && util::find_char3(row.substr(0, 18), 0, "（") !=
                                                     std::string_view::npos)) &&
      ls > 0 && m_options.types.contains(PiiType::birth_date) &&
      add_date_under_label(block, ls, le, out)) {
    return;
  }
  // A row of a roster with dates of birth holds a name, an ID, a phone or an address too; a
  // row under 姓名 may hold nothing else (a list of prize winners), but then it starts with a
  // serial number (1,洪惠珍 / <td>1</td>). Only table lines under a header are split. Cheap
  // tests first: this runs for every line with a candidate, and most are prose.
  const bool row_findings = out.size() > from;
  // (`under_header`: a row of a table whose header was found, with no candidate of its own; so
  // is a row right after such a row: │２│莊沐宸│111.02.14│ holds no finding but under 姓名.)
  under_header = under_header || (m_table.open && m_table.header && m_table.reach == ls);
  bool names = m_options.types.contains(PiiType::person_name) &&
               (row_findings || under_header || !m_id_types || table::starts_with_serial(row));
  bool births = m_options.types.contains(PiiType::birth_date) &&
                (row_findings || under_header || !m_row_types);
  // A row with nothing found but a date standing as a field may be the first row under a header
  // of names and years of birth (<tr><td>吳林罔腰</td><td>民國18年</td>…: elders of a village).
  // Read thoroughly only: the test ran for every line of prose with a digit (+5 % of the bench).
  if (!names && !births && m_options.thorough && m_options.types.contains(PiiType::birth_date) &&
      m_options.types.contains(PiiType::person_name) && row.size() <= 600 &&
      table::has_lone_date(row, true) && table::may_be_row(row)) { // (rows are short; prose not)
    names = births = true;
  }
  // A list's line in prose's punctuation, with a finding and a date standing as a field of its
  // own (- 徐耀瑋，0953246186，August 22, 1973; - 李淑惠 / 民國28年12月24日 / 0988726229), is
  // read as a row with no header; no other line that is no table line is.
  auto prose_list = [&] {
    if (births && row_findings && row.size() <= 300) {
      if (const char sep = table::list_date(row); sep != 0) {
        add_headerless_birth(block, ls, row, out, from, sep);
      }
    }
  };
  // (A line of more than 1,000 bytes with no HTML cell is prose, no table's row: CSV and
  // fixed-width rows are far shorter. Its three reads as a row were 5 % of the prose bench.)
  if ((!names && !births) ||
      (row.size() > 1000 && row.find("<t") == std::string_view::npos &&
       row.find("<T") == std::string_view::npos) ||
      !table::may_be_row(row)) {
    prose_list();
    return; // most lines: neither normalised nor split
  }
  const bool date = births && table::has_lone_date(row);
  if ((!names && !date) || !table::table_line(row)) {
    prose_list();
    return; // a row is a table line itself (prose with 1,656,889 in it is not)
  }
  // A whole HTML table on one line (<tr><th>姓名</th>…</tr><tr><td>王小明</td>…</tr>…): each
  // <tr> is a row, under the first one that is a header.
  if (const std::size_t first = row.find("<tr");
      first != std::string_view::npos && row.find("<tr", first + 3) != std::string_view::npos) {
    std::optional<table::Header> line_header;
    // (Or the header on a line of its own before it, and every row on this one — set125b's
    // grave-relocation notice.)
    if (const std::string_view seg0 = row.substr(first, row.find("<tr", first + 3) - first);
        !table::header(seg0)) {
      if (const table::Header* h = header_before(text, ls); h != nullptr && h->sep == '<') {
        line_header = *h;
      }
    }
    for (std::size_t at = first; at != std::string_view::npos;) {
      const std::size_t next = row.find("<tr", at + 3);
      const std::string_view seg =
          row.substr(at, (next == std::string_view::npos ? row.size() : next) - at);
      if (!line_header) {
        line_header = table::header(seg);
      } else {
        const std::uint64_t ia = block.to_input(ls + at), ib = block.to_input(ls + at + seg.size());
        const auto line_findings = std::span(out).subspan(from);
        const bool seg_findings =
            std::any_of(line_findings.begin(), line_findings.end(),
                        [&](const Finding& f) { return f.start >= ia && f.start < ib; });
        add_row_fields(block, *line_header, ls + at, seg, ls, le, out, seg_findings);
      }
      at = next;
    }
    return;
  }
  const table::Header* h = header_before(text, ls);
  if (h == nullptr) {
    if (births && row_findings) {
      add_headerless_birth(block, ls, row, out, from);
    }
    return;
  }
  // An HTML row written a cell per line (<tr>, <td>1</td>, <td>王小明</td> …, </tr>): the row
  // is its lines from <tr> to </tr>, taken once the scan is past them (their findings known).
  if (h->sep == '<' && row.find("<tr") == std::string_view::npos &&
      row.find("</tr>") == std::string_view::npos) {
    const std::size_t lo = ls > 4096 ? ls - 4096 : 0;
    const std::size_t open = text.substr(lo, ls - lo).rfind("<tr");
    const std::size_t close = text.substr(ls, 4096).find("</tr>");
    if (open != std::string_view::npos && close != std::string_view::npos &&
        text.substr(lo + open, ls - lo - open).find("</tr>") == std::string_view::npos) {
      m_html_row = {lo + open, ls + close + 5};
    }
    return;
  }
  add_row_fields(block, *h, ls, row, ls, le, out, row_findings);
}

void TextScanner::add_column_names(const DecodedBlock& block, std::vector<Finding>& out,
                                   std::size_t first) {
  const std::string_view text = block.text();
  using Span = std::pair<std::size_t, std::size_t>;
  // (A cheap test first: a separator, a blank or the line's bound either side. Most names in
  // prose are not fields.)
  auto bound = [&](std::size_t at, bool after) {
    if (after ? at >= text.size() : at == 0) {
      return true;
    }
    const char c = text[after ? at : at - 1];
    if (c == ',' || c == '\t' || c == '|' || c == ' ' || c == '\r' || c == '\n' || c == '"' ||
        c == (after ? '<' : '>')) {
      return true;
    }
    // (│ E2 94 82, ┃ E2 94 83, ║ E2 95 91, ｜ EF BD 9C, U+3000 E3 80 80: the first or last
    // byte tells most apart.)
    const std::size_t p = after ? at : at >= 3 ? at - 3 : std::string_view::npos;
    const auto lead = p == std::string_view::npos || p + 3 > text.size()
                          ? 0
                          : static_cast<unsigned char>(text[p]);
    if (lead != 0xE2 && lead != 0xEF && lead != 0xE3) {
      return false;
    }
    const std::string_view c3 = text.substr(p, 3);
    return c3 == "│" || c3 == "｜" || c3 == "　" || c3 == "║" || c3 == "┃";
  };
  auto field_like = [&](Span name) { return bound(name.first, false) && bound(name.second, true); };
  // (Most blocks have no name that stands as a field: nothing more to do.)
  if (std::none_of(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
                   [&](const Finding& f) {
                     const auto a = static_cast<std::size_t>(f.value.data() - text.data());
                     return f.type == PiiType::person_name && field_like({a, a + f.value.size()});
                   })) {
    return;
  }
  // The block's findings as block offsets, in order; names and dates of birth apart.
  static thread_local std::vector<Span> found, names, births;
  found.clear();
  names.clear();
  births.clear();
  for (std::size_t k = first; k < out.size(); ++k) {
    const Finding& f = out[k];
    const auto a = static_cast<std::size_t>(f.value.data() - text.data());
    found.emplace_back(a, a + f.value.size());
    if (f.type == PiiType::person_name) {
      names.emplace_back(a, a + f.value.size());
    } else if (f.type == PiiType::birth_date) {
      births.emplace_back(a, a + f.value.size());
    }
  }
  if (names.size() < 2) {
    return;
  }
  std::sort(found.begin(), found.end());
  std::sort(names.begin(), names.end());
  std::sort(births.begin(), births.end());
  auto is_found_name = [&](std::size_t a, std::size_t b) {
    return std::binary_search(names.begin(), names.end(), Span{a, b});
  };
  // (A name found again later, by find_known_names: 莊志明 in the column's first row only.)
  auto is_known = [&](std::string_view cell) {
    if (cell.size() < 6) {
      return false;
    }
    if (util::is_alpha(cell[0])) {
      return std::find(m_latin.begin(), m_latin.end(), cell) != m_latin.end();
    }
    const auto it = m_names.find(cell.substr(0, 3));
    return it != m_names.end() &&
           std::find(it->second.begin(), it->second.end(), cell) != it->second.end();
  };
  auto holds_name = [&](std::size_t a, std::size_t b) {
    const auto it = std::lower_bound(names.begin(), names.end(), Span{a, 0});
    return it != names.end() && it->second <= b && !(it->first == a && it->second == b);
  };
  auto overlaps = [&](std::size_t a, std::size_t b) {
    auto it = std::lower_bound(found.begin(), found.end(), Span{b, 0});
    while (it != found.begin()) {
      --it;
      if (it->second > a) {
        return true;
      }
      if (it->first + 256 < a) { // (no finding is that long)
        break;
      }
    }
    return false;
  };
  auto line_at = [&](std::size_t at) {
    const std::size_t ls = at == 0 ? 0 : text.rfind('\n', at - 1) + 1; // npos + 1 == 0
    const std::size_t nl = text.find('\n', at);
    const std::size_t le = nl == std::string_view::npos ? text.size() : nl;
    return Span{ls, le > ls && text[le - 1] == '\r' ? le - 1 : le}; // (a CR ends no field)
  };
  // A table's rows: lines split by one separator into as many fields.
  struct Row {
    std::size_t start;
    std::vector<table::Field> fields;
    std::uint64_t line = 0; // its line number, once the table is known
  };
  // Line numbers from a cursor that moves with the tables (forwards, but for a table that
  // reaches back over an earlier one's lines): never a count from the block's start per row.
  std::size_t cursor = 0;
  std::uint64_t cursor_line = m_block_line;
  auto line_of = [&](std::size_t at) {
    if (at >= cursor) {
      cursor_line += static_cast<std::uint64_t>(
          std::count(text.begin() + static_cast<std::ptrdiff_t>(cursor),
                     text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
    } else {
      cursor_line -= static_cast<std::uint64_t>(
          std::count(text.begin() + static_cast<std::ptrdiff_t>(at),
                     text.begin() + static_cast<std::ptrdiff_t>(cursor), '\n'));
    }
    cursor = at;
    return cursor_line;
  };
  std::vector<Row> rows;
  std::vector<table::Field> fields;
  auto row_like = [&](Span line) {
    const std::string_view row = text.substr(line.first, line.second - line.first);
    return table::may_be_row(row) && table::table_line(row);
  };
  // (The line must be row_like.)
  auto split = [&](Span line, char sep) {
    table::split_row(text.substr(line.first, line.second - line.first), sep, fields);
    return fields.size() >= 3;
  };
  std::size_t done = 0;                      // the end of the last table looked at
  const std::size_t pass_first = out.size(); // the findings this pass adds start here
  for (const Span& name : names) {
    if (name.first < done) {
      continue;
    }
    if (!field_like(name)) {
      continue;
    }
    const Span line = line_at(name.first);
    done = line.second;
    if (!row_like(line)) {
      continue;
    }
    // The separator that makes the name a field of its own.
    char sep = 0;
    for (char c : table::k_separators) {
      if (split(line, c) && std::any_of(fields.begin(), fields.end(), [&](const table::Field& f) {
            return line.first + f.start == name.first && line.first + f.end == name.second;
          })) {
        sep = c;
        break;
      }
    }
    if (sep == 0) {
      continue;
    }
    // The rows around it with as many fields.
    const std::size_t width = fields.size();
    // (Or one fewer in a fixed-width table whose last cell is blank: its row ends in blanks —
    // set218a's breath tests with no second tester.)
    auto fits = [&](Span l) {
      if (!row_like(l) || !split(l, sep)) {
        return false;
      }
      const std::size_t len = l.second - l.first;
      if (sep == ' ' && fields.size() + 1 == width && len >= 2 && text[l.second - 1] == ' ' &&
          text[l.second - 2] == ' ') {
        fields.push_back(table::Field{len, len});
      }
      return fields.size() == width;
    };
    // The rows around the name's line that `take` accepts (setting `fields` to the row's
    // cells), up and then down; the line's own first, with `fields` as they stand.
    auto walk = [&](auto take) {
      rows.assign(1, Row{line.first, fields});
      for (Span l = line; l.first > 0;) {
        l = line_at(l.first - 1);
        if (!take(l)) {
          break;
        }
        rows.push_back(Row{l.first, fields});
      }
      std::reverse(rows.begin(), rows.end());
      for (Span l = line;;) {
        const std::size_t nl = text.find('\n', l.second);
        if (nl == std::string_view::npos || nl + 1 >= text.size()) {
          break;
        }
        l = line_at(nl + 1);
        if (!take(l)) {
          break;
        }
        rows.push_back(Row{l.first, fields});
        done = l.second;
      }
    };
    walk(fits);
    // (Or, fixed-width, the rows around with a field starting at the name's display column,
    // whatever their other cells: blank cells and dates or none make the counts differ — 12 柳傑
    // 1953-09-20 among 3 王美玲 and 2 黃進財 081/11/28 計82,385,202元, set227b's volunteers. Each
    // row is then the one cell.)
    bool by_display = false;
    if (rows.size() < 3 && sep == ' ') {
      const std::size_t display = table::display_column(
          text.substr(line.first, line.second - line.first), name.first - line.first);
      static thread_local std::vector<std::size_t> columns;
      fields.assign(1, table::Field{name.first - line.first, name.second - line.first});
      walk([&](Span l) {
        // (Two fields are enough here, a serial apart: 3 王美玲　　金額新臺幣34,156,816元.)
        const std::string_view row = text.substr(l.first, l.second - l.first);
        if (row.find("  ") == std::string_view::npos || !table::may_be_row(row)) {
          return false;
        }
        table::split_row(row, ' ', fields);
        table::field_columns(row, fields, columns);
        for (std::size_t k = 0; fields.size() >= 2 && k < columns.size(); ++k) {
          if (columns[k] + 1 >= display && columns[k] <= display + 1) {
            fields.assign(1, fields[k]);
            return true;
          }
        }
        return false;
      });
      by_display = rows.size() >= 3;
    }
    if (rows.size() < 3) {
      continue;
    }
    for (Row& r : rows) {
      r.line = line_of(r.start);
    }
    // A row's text as a header would be read (its whole line, read by display column).
    auto row_text = [&](const Row& r) {
      if (by_display) {
        const Span l = line_at(r.start);
        return text.substr(l.first, l.second - l.first);
      }
      return text.substr(r.start, r.fields.back().end);
    };
    // A row whose name this pass found had no finding when the row was read, so its date of
    // birth was left too: its date in a column where the dates of birth of two other rows at
    // least were found, half the column's dates (the gym's 11  伍婷  28年11月20日 among
    // 2  薛俊傑  1966-02-15 — set256b), is one as well.
    auto add_column_birth = [&](const Row& row, std::size_t name_column) {
      if (births.empty() || !m_options.types.contains(PiiType::birth_date) ||
          0.7f < m_options.min_confidence) {
        return;
      }
      for (std::size_t c = 0; c < width; ++c) {
        const std::size_t a = row.start + row.fields[c].start, b = row.start + row.fields[c].end;
        // (Not twice: a row may get a name late in two columns.)
        if (c == name_column || b == a || overlaps(a, b) ||
            std::any_of(out.begin() + static_cast<std::ptrdiff_t>(pass_first), out.end(),
                        [&](const Finding& f) { return f.start == block.to_input(a); })) {
          continue;
        }
        std::string_view cell = text.substr(a, b - a);
        if (needs_normalizing(cell)) {
          normalize(cell, m_row_norm);
          cell = m_row_norm.text;
        }
        if (!detectors::is_birth_cell(cell)) {
          continue;
        }
        // (The column's dates counted, not its blanks' marks: 未填, —, 不詳 — set263b.)
        std::size_t dated = 0, dates = 0;
        for (const Row& r : rows) {
          const table::Field f = r.fields[c];
          if (std::binary_search(births.begin(), births.end(),
                                 Span{r.start + f.start, r.start + f.end})) {
            ++dated, ++dates;
            continue;
          }
          std::string_view other = text.substr(r.start + f.start, f.end - f.start);
          if (needs_normalizing(other)) {
            normalize(other, m_row_norm);
            other = m_row_norm.text;
          }
          dates += !other.empty() && detectors::is_birth_cell(other) ? 1 : 0;
        }
        if (dated >= 2 && 2 * dated >= dates) {
          const std::uint64_t col = (row.start == 0 ? m_block_col_carry : 0) +
                                    util::count_chars(text.substr(row.start, a - row.start)) + 1;
          out.push_back(Finding{PiiType::birth_date, block.to_input(a), block.to_input(b), row.line,
                                col, 0.7f, "birth_date", "birth-column", "",
                                text.substr(a, b - a)});
        }
      }
    };
    // (Not a column its header gives to things: 手機型號 over ASUS Zenfone — set82b.)
    const std::optional<table::Header> head =
        by_display ? std::nullopt : table::header(row_text(rows.front()));
    for (std::size_t column = 0; column < (by_display ? 1 : width); ++column) {
      if (head && std::find(std::begin(head->things), std::end(head->things), column) !=
                      std::end(head->things)) {
        continue;
      }
      std::size_t named = 0, cells = 0, titled = 0; // titled: part of it a name (高太太)
      for (const Row& r : rows) {
        const table::Field f = r.fields[column];
        cells += f.end > f.start ? 1 : 0;
        named += is_found_name(r.start + f.start, r.start + f.end) ||
                         is_known(text.substr(r.start + f.start, f.end - f.start))
                     ? 1
                     : 0;
        titled += holds_name(r.start + f.start, r.start + f.end) ? 1 : 0;
      }
      if (named < 2 || 3 * (named + titled) < cells) {
        continue;
      }
      // (A column most of whose cells are names already: its two-character cells of a surname
      // and a given-name character are names too (冉敏, 鄒婷 in rows whose ID is mistyped or
      // masked — set105a), unless a listed word (林地).)
      const bool mostly_names = named >= 3 && 2 * named >= cells;
      for (const Row& r : rows) {
        const std::size_t a = r.start + r.fields[column].start, b = r.start + r.fields[column].end;
        // (Not in a header: the table's first row when nothing was found in it (查詢人, 車主), or
        // a row that names its columns (編號,收文日期,陳情人,身分證字號).)
        if (b == a || overlaps(a, b) ||
            (&r == &rows.front() && !overlaps(r.start, r.start + row_text(r).size())) ||
            table::header(row_text(r))) {
          continue;
        }
        std::string_view cell = text.substr(a, b - a);
        if (needs_normalizing(cell)) {
          normalize(cell, m_row_norm);
          cell = m_row_norm.text;
        }
        // (Three characters at least: a column's 林地 or 高雄 is a word as often as a name.)
        const bool short_name = cell.size() == 6 && mostly_names &&
                                patterns::name_data().given_at(cell, 3) &&
                                !patterns::name_data().stopwords.contains(cell);
        if (!detectors::is_name_column_cell(cell) ||
            (cell.size() < 9 && !util::is_alpha(cell[0]) && !short_name) ||
            0.7f < m_options.min_confidence || detectors::textbook_row(row_text(r)) ||
            (m_options.policy && m_options.policy->allowed(text.substr(a, b - a)))) {
          continue;
        }
        const std::uint64_t col = (r.start == 0 ? m_block_col_carry : 0) +
                                  util::count_chars(text.substr(r.start, a - r.start)) + 1;
        out.push_back(Finding{PiiType::person_name, block.to_input(a), block.to_input(b), r.line,
                              col, 0.7f, "person_name", "name-column", "", text.substr(a, b - a)});
        remember_name(text.substr(a, b - a), false);
        if (!by_display) {
          add_column_birth(r, column);
        }
      }
    }
  }
}

void TextScanner::add_list_names(const DecodedBlock& block, std::vector<Finding>& out,
                                 std::size_t first) {
  const std::string_view text = block.text();
  using Span = std::pair<std::size_t, std::size_t>;
  // A line's item: what is left of it without blanks, tags, a bullet or a number before it and
  // blanks and tags after it.
  auto item_of = [&](std::size_t ls) {
    std::size_t le = text.find('\n', ls);
    le = le == std::string_view::npos ? text.size() : le;
    std::size_t a = ls, b = le;
    for (bool more = true; more && a < b;) {
      more = false;
      if (text[a] == ' ' || text[a] == '\t' || text[a] == '-' || text[a] == '*') {
        ++a, more = true;
      } else if (text[a] == '<') {
        const std::size_t close = text.find('>', a);
        if (close != std::string_view::npos && close < b) {
          a = close + 1, more = true;
        }
      } else if (util::is_digit(text[a])) {
        std::size_t d = util::digits_end(text, a);
        if (d - a <= 3 && d < b && (text[d] == '.' || text[d] == ')' || text[d] == ' ')) {
          a = d + 1, more = true;
        } else if (d - a <= 3 && util::has_at(text, d, "、")) {
          a = d + 3, more = true;
        }
      } else if (util::has_at(text, a, "\u3000") || util::has_at(text, a, "・") ||
                 util::has_at(text, a, "•") || util::has_at(text, a, "‧")) {
        a += 3, more = true;
      }
    }
    for (bool more = true; more && b > a;) {
      more = false;
      if (text[b - 1] == ' ' || text[b - 1] == '\r' || text[b - 1] == '\t') {
        --b, more = true;
      } else if (text[b - 1] == '>') {
        const std::size_t open = text.rfind('<', b - 1);
        if (open != std::string_view::npos && open >= a) {
          b = open, more = true;
        }
      } else if (b >= a + 3 && util::has_at(text, b - 3, "\u3000")) {
        b -= 3, more = true;
      } else if (b >= a + 9 && util::has_at(text, b - 3, "票")) {
        // An election's count after the name (徐朝陽　４８票, 邵建華 38票).
        std::size_t d = b - 3;
        while (d > a && (util::is_digit(text[d - 1]) ||
                         (d >= a + 3 && util::has_at(text, d - 3, "\xEF\xBC") &&
                          static_cast<unsigned char>(text[d - 1]) >= 0x90 &&
                          static_cast<unsigned char>(text[d - 1]) <= 0x99))) {
          d -= util::is_digit(text[d - 1]) ? 1 : 3;
        }
        if (d < b - 3 && d > a && (text[d - 1] == ' ' || util::has_at(text, d - 3, "\u3000"))) {
          b = d, more = true;
        }
      } else if (b >= a + 12 && util::has_at(text, b - 3, "）") &&
                 text.substr(a, b - a).ends_with("票（候補）")) {
        b -= 12, more = true; // (黃語彤　２１票（候補）)
      }
    }
    return Span{a, b};
  };
  // A short word: two to four ideographs (a name-shaped item, found or not).
  auto short_word = [&](Span it) {
    const std::size_t len = it.second - it.first;
    if (len < 6 || len > 12 || len % 3 != 0) {
      return false;
    }
    for (std::size_t k = it.first; k < it.second; k += 3) {
      if (!util::ideograph_at(text.data() + k, text.data() + text.size())) {
        return false;
      }
    }
    return true;
  };
  // Whether a name stands alone on its line: a tag, a blank, a bullet's or a number's end or the
  // line's start before it, a tag, a blank or the line's end after it (a look at two bytes: most
  // names are in prose or among a row's fields, and this pass stops there).
  auto alone = [&](std::size_t a, std::size_t b) {
    const char before = a == 0 ? '\n' : text[a - 1];
    const char after = b >= text.size() ? '\n' : text[b];
    return (before == '>' || before == '\n' || before == ' ' || before == '\t' || before == '.' ||
            static_cast<unsigned char>(before) >= 0x80) &&
           (after == '<' || after == '\r' || after == '\n' || after == ' ' ||
            static_cast<unsigned char>(after) == 0xE3); // (U+3000)
  };
  static thread_local std::vector<Span> names;
  names.clear();
  bool any_alone = false;
  for (std::size_t k = first; k < out.size(); ++k) {
    if (out[k].type == PiiType::person_name) {
      const auto a = static_cast<std::size_t>(out[k].value.data() - text.data());
      names.emplace_back(a, a + out[k].value.size());
      any_alone = any_alone || alone(a, a + out[k].value.size());
    }
  }
  if (names.size() < 3 || !any_alone) {
    return;
  }
  std::sort(names.begin(), names.end());
  auto is_name = [&](Span it) { return std::binary_search(names.begin(), names.end(), it); };
  // Every finding of the block, sorted: what an item must not overlap.
  static thread_local std::vector<Span> found;
  found.clear();
  for (std::size_t k = first; k < out.size(); ++k) {
    const auto a = static_cast<std::size_t>(out[k].value.data() - text.data());
    found.emplace_back(a, a + out[k].value.size());
  }
  std::sort(found.begin(), found.end());
  auto overlaps = [&](Span it) {
    auto f = std::lower_bound(found.begin(), found.end(), Span{it.second, 0});
    return f != found.begin() && std::prev(f)->second > it.first;
  };
  auto line_start = [&](std::size_t at) {
    return at == 0 ? 0 : text.rfind('\n', at - 1) + 1; // npos + 1 == 0
  };
  // Line numbers from a cursor that only moves forward (the runs come in order).
  std::size_t cursor = 0;
  std::uint64_t cursor_line = m_block_line;
  auto line_of = [&](std::size_t at) {
    cursor_line += static_cast<std::uint64_t>(
        std::count(text.begin() + static_cast<std::ptrdiff_t>(cursor),
                   text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
    cursor = at;
    return cursor_line;
  };
  // (A list is read up to 64 lines back and 1,024 on from the name that opens it: a file of
  // short lines is no quadratic walk.)
  constexpr int k_back = 64, k_on = 1024;
  std::size_t done = 0;
  std::vector<Span> run;
  for (const Span& name : names) {
    if (name.first < done || !alone(name.first, name.second)) {
      continue;
    }
    const std::size_t ls = line_start(name.first);
    if (item_of(ls) != name) {
      continue; // most names stand in prose or among other fields
    }
    // The run of lines around it whose items are short words.
    run.clear();
    std::size_t a = ls;
    for (int n = 0; a > done && n < k_back; ++n) {
      const std::size_t prev = line_start(a - 1);
      const Span it = item_of(prev);
      if (!short_word(it) && !is_name(it)) {
        break;
      }
      run.push_back(it);
      a = prev;
    }
    std::reverse(run.begin(), run.end());
    for (std::size_t l = ls, n = 0; n < k_on; ++n) {
      const Span it = item_of(l);
      if (!short_word(it) && !is_name(it)) {
        break;
      }
      run.push_back(it);
      const std::size_t nl = text.find('\n', l);
      if (nl == std::string_view::npos) {
        done = text.size();
        break;
      }
      l = nl + 1;
      done = l;
    }
    const auto named = static_cast<std::size_t>(std::count_if(run.begin(), run.end(), is_name));
    if (run.size() < 3 || named < 3 || 2 * named < run.size()) {
      continue;
    }
    for (const Span& it : run) {
      const std::string_view cell = text.substr(it.first, it.second - it.first);
      // (Two characters only with a listed surname: 花草 in a list is a word.)
      if (is_name(it) || !short_word(it) || !detectors::is_name_column_cell(cell) ||
          (cell.size() == 6 && patterns::name_data().surname_at(cell, 0) != 3) ||
          0.7f < m_options.min_confidence ||
          (m_options.policy && m_options.policy->allowed(cell)) || overlaps(it) ||
          it.first < cursor) {
        continue;
      }
      const std::size_t l0 = line_start(it.first);
      const std::uint64_t line = line_of(l0);
      const std::uint64_t col =
          (l0 == 0 ? m_block_col_carry : 0) + util::count_chars(text.substr(l0, it.first - l0)) + 1;
      out.push_back(Finding{PiiType::person_name, block.to_input(it.first),
                            block.to_input(it.second), line, col, 0.7f, "person_name",
                            "name-list-column", "", cell});
      remember_name(cell, false);
    }
  }
}

namespace {
// What the first line above the table holding the line at ls (blank lines passed over) tells
// of the rows' dates after names: that they are births (<h3>備取遞補名單（含出生日期）</h3> —
// set182a's kindergarten lottery, children's dates in rows with no header), or that the people
// are pupils, whose dates there are births too (<h3>花蓮縣某國小 114.08.14 口腔檢查</h3>,
// 口腔複檢名單（請家長帶學童至特約診所） — set189a's dental checks). The walk up stops after 60
// lines of the table.
enum class AboveTable { nothing, births, pupils };
AboveTable above_table(std::string_view text, std::size_t ls) {
  std::size_t e = ls; // the end (a '\n') of the line above is at e - 1
  for (int k = 0; k < 62 && e > 0; ++k) {
    const std::size_t nl = e >= 2 ? text.rfind('\n', e - 2) : std::string_view::npos;
    const std::size_t s = nl == std::string_view::npos ? 0 : nl + 1;
    std::string_view line = text.substr(s, e - 1 - s);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) {
      line.remove_suffix(1);
    }
    const bool opening =
        line.starts_with("<table") || line.starts_with("<tbody") || line.starts_with("<thead");
    // (A list's line with a date is one of its rows too:
    // （１）童淑娟，１１０．０７．１９，家長簡美惠 under 下列幼兒…（依出生日期排列） — set261b.)
    if (!opening && !line.empty() && !table::table_line(line) &&
        (line.size() > 300 || table::list_date(line) == 0)) {
      if (line.size() > 300) {
        return AboveTable::nothing;
      }
      if (line.find("出生") != std::string_view::npos ||
          line.find("生日") != std::string_view::npos) {
        return AboveTable::births;
      }
      for (std::string_view w : {"國小", "學童", "幼兒園", "學生"}) {
        if (line.find(w) != std::string_view::npos) {
          return AboveTable::pupils;
        }
      }
      return AboveTable::nothing;
    }
    e = s;
  }
  return AboveTable::nothing;
}
} // namespace

void TextScanner::add_headerless_birth(const DecodedBlock& block, std::size_t ls,
                                       std::string_view row, std::vector<Finding>& out,
                                       std::size_t from, char list_sep) {
  // A roster with no header (V112,洪淑娟,女,B209128290,1970/12/14,…): a row with an ID and
  // exactly one field that is a date, with a field that is a sex or the date right after the
  // ID, holds that person's date of birth; so does a date right after the sex field in a row
  // with other findings (13<TAB>孔秀琴<TAB>女<TAB>32/8/25<TAB>0934-163-222<TAB>…<TAB>113/05/18).
  const auto line_findings = std::span(out).subspan(from);
  const bool has_id = std::any_of(line_findings.begin(), line_findings.end(), [](const Finding& f) {
    return f.type == PiiType::national_id || f.type == PiiType::resident_id;
  });
  if (line_findings.empty() || (list_sep == 0 && !table::has_lone_date(row, true))) {
    return;
  }
  // (And an HTML row with no header above it: <tr><td>01</td><td>陳幸儀</td><td>民國46年10月2日
  // </td><td>0920-382101</td>… — set156b's appointment list.)
  // (And a list in prose's punctuation: - 徐耀瑋，0953246186，August 22, 1973 — set165a's tip.)
  // (Or a slash between blanks: - 戴泓宇 / 031/02/20 — set170b's patients, two fields.)
  for (char sep : {',', '\t', '|', '<', ' ', table::k_wide_comma, table::k_spaced_slash,
                   table::k_wide_slash}) {
    const bool slash = sep == table::k_spaced_slash || sep == table::k_wide_slash;
    const bool list = sep == table::k_wide_comma || slash;
    if ((sep == '<' && row.find("<td") == std::string_view::npos) ||
        (list_sep != 0 && sep != list_sep) || (slash && list_sep == 0)) {
      continue;
    }
    table::split_row(row, sep, m_fields);
    // (Three fields in a column of ages only: 史承傑　　3月13日　　臺中市… among 79歲 and 86年次
    // — set226b's fixed-width notices.)
    const bool narrow = !list && m_fields.size() == 3 && sep == ' ';
    if (m_fields.size() < (slash ? 2u : 3u)) {
      continue;
    }
    // Whether a finding of the line covers field k exactly and `pred` holds for its type (or,
    // not `whole`, starts the field and ends inside it: 歐 of 歐先生).
    auto covered = [&](std::size_t k, auto pred, bool whole = true) {
      const std::uint64_t ia = block.to_input(ls + m_fields[k].start),
                          ib = block.to_input(ls + m_fields[k].end);
      return std::any_of(line_findings.begin(), line_findings.end(), [&](const Finding& f) {
        return pred(f.type) && f.start == ia && (whole ? f.end == ib : f.end < ib);
      });
    };
    auto is_id = [](PiiType t) { return t == PiiType::national_id || t == PiiType::resident_id; };
    auto is_person = [](PiiType t) {
      return t == PiiType::person_name || t == PiiType::national_id || t == PiiType::resident_id;
    };
    bool sex = false, after_id = false, digit_sex = false;
    std::size_t old_dates = 0, old_date = 0; // dates ten years back at least
    std::size_t dates = 0, date = 0, sex_at = SIZE_MAX, after_sex = SIZE_MAX, after_name = SIZE_MAX;
    std::size_t aged = SIZE_MAX;      // a date in a column of ages
    std::size_t spread_at = SIZE_MAX; // the row's first date, in a column of spread years
    // Whether the line above the table makes `field`, a date after a name, a child's birth (a
    // heading of births, any year; of pupils, two years back): asked once, when needed.
    std::optional<AboveTable> above;
    auto children_above = [&](std::string_view value) {
      if (!above) {
        above = above_table(block.text(), ls);
      }
      return *above == AboveTable::births ||
             (*above == AboveTable::pupils && table::old_enough(value, 2));
    };
    // (Or the column's dates around spread over the years: a roster's births — years_spread,
    // asked once per column.)
    std::size_t spread_column = SIZE_MAX;
    bool spread = false;
    auto children = [&](std::string_view value, std::size_t k) {
      if (children_above(value)) {
        return true;
      }
      if (spread_column != k) {
        spread_column = k;
        spread = years_spread(block.text(), ls, sep, m_fields.size(), k);
      }
      return spread;
    };
    for (std::size_t k = 0; k < m_fields.size(); ++k) {
      std::string_view field = row.substr(m_fields[k].start, m_fields[k].end - m_fields[k].start);
      if (field == "男" || field == "女" || field == "M" || field == "F") {
        sex = true;
        sex_at = k;
      } else if ((field == "1" || field == "2") && k > 0 &&
                 (covered(k - 1, is_person) || (k > 1 && covered(k - 2, is_id)))) {
        // The 1/2 of household registers after the name or the ID and a name
        // (D258675742,涂寶珠,2,38.04.14): only the date right after it counts, and only a year
        // back at least, a digit being a weak sign (X114329875,于炎山,1,,…,1130318 has no date
        // of birth; 王小明,1,115/11/20 is an appointment; a child's 108.04.14 is one).
        sex_at = k;
        digit_sex = true;
      }
      if (needs_normalizing(field)) {
        normalize(field, m_row_norm);
        field = m_row_norm.text;
      }
      // (A month and day alone, or a year alone, counts in a column of ages: 黃坤碧，，10月7日.)
      // (The row's first date, where its column's dates spread over the years as births do:
      // <td>伊萬‧帖木</td><td>薩克斯風</td><td>99.02.01</td> under a header that names no column
      // of it — set229b's audition list.)
      if (dates == 0 && spread_at == SIZE_MAX && !field.empty() && detectors::is_date(field) &&
          table::old_enough(field, 5) && children(field, k) && !children_above(field) &&
          (sep != '<' || th_cell_above(block.text(), ls, m_fields.size(), k).empty())) {
        spread_at = k; // (not under a <th> that names it: 到任日 — set94b's floodgate keepers)
      }
      if (aged == SIZE_MAX && !field.empty() && detectors::is_birth_cell(field) &&
          ages_around(block.text(), ls, sep, m_fields.size(), k)) {
        aged = k;
      }
      // (In a fixed-width row, a date five years back at least: 3 雷佳香　N132112835  113年12月25日
      // is a guest's check-in — set164a's hostel register.)
      if (!field.empty() && detectors::is_date(field) &&
          (sep != ' ' || table::old_enough(field, 5))) {
        ++dates;
        date = k;
        if (table::old_enough(field, 18)) { // an adult's; not a hire date of 2010
          ++old_dates;
          old_date = k;
        }
        if (sex_at != SIZE_MAX && sex_at + 1 == k && (!digit_sex || table::old_enough(field, 1))) {
          after_sex = k; // 孔秀琴,女,32/8/25: the usual order, whatever dates follow
        }
        // Right after a name (V001<TAB>邵美惠<TAB>63.7.3<TAB>0965-814-192), when the year is ten
        // years back at least: a date of last week after a name is an appointment. (In an HTML
        // row the name may be the row's only finding when the date is an adult's: <td>卜廷涵</td>
        // <td>1956/4/14</td><td>擦挫傷</td> — set159a's injured cyclists.)
        // (Or in an HTML row after the name and its ID, the date ten years back: <td>丁素珍</td>
        // <td>L243858664</td><td>民國39年4月11日</td><td>…</td><td>113年11月…</td> — set163b's
        // home-care records, whose second date is a visit's; <td>袁月娥</td><td>Z232186908</td>
        // <td>098/10/10</td> — set180a's island residents, a teenager's; so in a list's line: -
        // 戴泓宇 / 031/02/20.)
        const auto is_name = [](PiiType t) { return t == PiiType::person_name; };
        // (Or after the name and its masked ID, the date an adult's, whatever the separator:
        // <td>古承恩</td><td>X12686****</td><td>68年2月23日</td> — set179b's pass list; 005
        // <TAB>包睿哲<TAB>X15794****<TAB>43.01.14 — its stall register.) (A list's line of a name
        // and a date alone: ten years back, as elsewhere — 1) 許孟哲 / 2009/8/6.)
        // (Or a pupil's, two years back at least, where the next field is a class: 徐添丁,
        // F18994****,102/02/05,1年9班 — set263b's chess entries.)
        const bool after_masked_id =
            k > 1 && covered(k - 2, is_name) &&
            detectors::masked_id_cell(
                row.substr(m_fields[k - 1].start, m_fields[k - 1].end - m_fields[k - 1].start)) &&
            (table::old_enough(field, 18) ||
             (k + 1 < m_fields.size() && table::old_enough(field, 2) &&
              class_cell(
                  row.substr(m_fields[k + 1].start, m_fields[k + 1].end - m_fields[k + 1].start))));
        // (Or between the name and its ID, whatever the year: 3. 許冠宇，106年9月11日，B269666846，
        // 家長手機 0912-440-311 — set182b's piano pupils, children.)
        // (Or between the name and another person's, two years back at least: 2,劉承恩,110/04/23,
        // 黎氏秋,零九五六二五三八零一,Y — set197b's kindergarten class, a child and a parent.)
        // (The other person by surname and honorific or title too, the finding the surname
        // alone: ０２  田文雄  １０９.０３.１２  歐先生 — set216b's kindergarten bus route.)
        const bool before_other = k > 0 && k + 1 < m_fields.size() && covered(k - 1, is_name) &&
                                  (covered(k + 1, is_id) ||
                                   ((covered(k + 1, is_name) || covered(k + 1, is_name, false)) &&
                                    table::old_enough(field, 2)));
        if (before_other && after_name == SIZE_MAX) {
          after_name = k;
        }
        if (after_name == SIZE_MAX && k > 0 &&
            (covered(k - 1, is_name) || after_masked_id ||
             (sep == '<' && k > 1 && covered(k - 1, is_id) && covered(k - 2, is_name) &&
              table::old_enough(field))) &&
            (line_findings.size() >= 2 || after_masked_id || list ||
             (sep == '<' && (table::old_enough(field, 18) || children(field, k)))) &&
            (table::old_enough(field) || children(field, k))) {
          after_name = k;
        }
        // Right after an ID field (翁芷涵,A251343066,0330824,…): whose date it is, two years back
        // at least (…,S152340508,2025/12/9 of this year or last is a permit's expiry — set193b).
        after_id = k > 0 && covered(k - 1, is_id) && table::old_enough(field, 2);
      }
    }
    after_sex = after_sex != SIZE_MAX ? after_sex : after_name;
    // A date in a column whose other cells are ages, in the rows around (001,鍾華勝,磯釣組,73歲 ⏎
    // 002,蕭俊慧,磯釣組,2010年1月1日: set164a's fishing roster, a child's date among them), in
    // a row with a person: a date of birth, whatever its year.
    if (after_sex == SIZE_MAX && aged != SIZE_MAX &&
        std::any_of(line_findings.begin(), line_findings.end(),
                    [&](const Finding& f) { return is_person(f.type); })) {
      after_sex = aged;
    }
    if (after_sex == SIZE_MAX && spread_at != SIZE_MAX && !narrow &&
        std::any_of(line_findings.begin(), line_findings.end(),
                    [](const Finding& f) { return f.type == PiiType::person_name; })) {
      after_sex = spread_at;
    }
    if (narrow && (aged == SIZE_MAX || after_sex != aged)) {
      continue;
    }
    // The one date eighteen years back at least of a row with a name and another finding, wherever
    // it stands (3,曾廷政,N12570****,0390728,047646177,彰化縣…: a masked ID between; …,AGUS
    // PRASETYO,男,印尼,1996/02/14,B5273121,N813788377,2023/03/01: the other date is recent).
    // (In an HTML row, only a date twenty-five years back at least: a table's header there is a
    // <th> row the header test may not know — 到任日 under 水門, 管理員 in set94b, dates of 2007
    // and 2008 — and else only a date right after the name or the sex counts. <td>2</td><td>林文雄
    // </td><td>週三</td><td>0964931250</td><td>1981-04-15</td> — set198a's volunteers, an empty
    // header.)
    if (sep == '<' && after_sex == SIZE_MAX &&
        (old_dates != 1 ||
         !table::old_enough(row.substr(m_fields[old_date].start,
                                       m_fields[old_date].end - m_fields[old_date].start),
                            25))) {
      continue;
    }
    if (after_sex == SIZE_MAX && old_dates == 1 && line_findings.size() >= 2 &&
        std::any_of(line_findings.begin(), line_findings.end(),
                    [](const Finding& f) { return f.type == PiiType::person_name; })) {
      after_sex = old_date;
    }
    if (after_sex == SIZE_MAX && (!has_id || !(sex || after_id) || dates != 1)) {
      continue;
    }
    table::Header h;
    h.sep = sep;
    h.fields = m_fields.size();
    h.birth = after_sex != SIZE_MAX ? after_sex : date;
    h.birth_cue = "男/女";
    add_row_fields(block, h, ls, row, ls, ls + row.size(), out, true, false);
    return;
  }
}

bool TextScanner::add_date_under_label(const DecodedBlock& block, std::size_t ls, std::size_t le,
                                       std::vector<Finding>& out) {
  const std::string_view text = block.text();
  auto trim = [](std::string_view t) {
    while (!t.empty() && (t.back() == '\r' || t.back() == ' ')) {
      t.remove_suffix(1);
    }
    t = t.substr(0, util::skip_blanks_back(t, t.size()));
    return t.substr(util::skip_blanks(t, 0));
  };
  // A line's text without the tags of an HTML list item or cell around it (<li>…</li>).
  auto untag = [&](std::string_view t) {
    while (t.starts_with("<") && t.find('>') != std::string_view::npos) {
      t = trim(t.substr(t.find('>') + 1));
    }
    while (t.ends_with(">") && t.rfind('<') != std::string_view::npos && t.rfind('<') > 0) {
      t = trim(t.substr(0, t.rfind('<')));
    }
    return t;
  };
  bool heading = false; // under a heading of birthdays (十二月壽星): name, blanks, date
  if (ls != m_label_dates_next) {
    // The line above: a short label with a birth word, a colon at its end; or a heading of
    // the month's or the quarter's birthdays (<h2>🎂 十二月壽星</h2> — set52b).
    const std::size_t above = text.rfind('\n', ls - 1 - (ls >= 2 ? 1 : 0));
    const std::size_t as = above == std::string_view::npos || ls < 2 ? 0 : above + 1;
    const std::string_view label = trim(text.substr(as, ls - 1 - as));
    // (A list's opening tag alone between: <h2>十二月壽星</h2>⏎<ul>⏎<li>….)
    std::string_view head = label;
    if (untag(label).empty() && as >= 2) {
      const std::size_t above2 = text.rfind('\n', as - 2);
      const std::size_t as2 = above2 == std::string_view::npos ? 0 : above2 + 1;
      head = trim(text.substr(as2, as - 1 - as2));
    }
    heading = head.size() <= 90 && untag(head).find("壽星") != std::string_view::npos;
    // (Or a sentence of birthdays right before the list's opening tag: <h2>十月壽星</h2>⏎<p>本月
    // 生日的會員如下…</p>⏎<ul> — set68b.)
    heading = heading || (head != label && head.size() <= 180 &&
                          untag(head).find("生日") != std::string_view::npos);
    // (Or a notice's paragraph that ends by announcing them: …本月壽星如下，請大家一起來祝福：
    // — set157b's birthday party.)
    heading = heading || (head.size() <= 400 && (head.ends_with("：") || head.ends_with(":")) &&
                          head.substr(head.size() > 60 ? head.size() - 60 : 0).find("壽星") !=
                              std::string_view::npos);
    if (!heading && (label.size() > 90 || !(label.ends_with(":") || label.ends_with("：")) ||
                     (label.find("生日") == std::string_view::npos &&
                      label.find("出生") == std::string_view::npos &&
                      label.find("生辰") == std::string_view::npos))) {
      return false;
    }
  } else {
    heading = m_label_dates_named;
  }
  const std::string_view line = text.substr(ls, le - ls);
  // Adds the date of birth at text[a, b) in order among the findings, unless one overlaps it.
  auto add_date = [&](std::size_t a, std::size_t b, std::string_view cue) {
    const std::uint64_t ia = block.to_input(a), ib = block.to_input(b);
    if (overlapped(out, block.to_input(ls), ia, ib) || m_options.min_confidence > 0.8f) {
      return;
    }
    insert_in_order(out, Finding{PiiType::birth_date, ia, ib, m_line, column_of(text, a), 0.8f,
                                 "birth_date", "date-under-label", cue, text.substr(a, b - a)});
  };
  // Under a heading of birthdays, a list of names each with the day in brackets after it (本月
  // 壽星（…）⏎杜子軒（9月3日）、樊惠如（9月11日）… — set91b's minutes).
  if (heading && ls != m_label_dates_next) {
    bool any = false;
    for (std::size_t o = line.find("（"); o != std::string_view::npos; o = line.find("（", o + 3)) {
      const std::size_t c = line.find("）", o);
      if (c == std::string_view::npos || c - o > 30 || o < 6 ||
          !util::ideograph_at(line.data() + o - 3, line.data() + line.size())) {
        continue;
      }
      const std::string_view inner = line.substr(o + 3, c - o - 3);
      std::string_view field = inner;
      if (needs_normalizing(field)) {
        normalize(field, m_row_norm);
        field = m_row_norm.text;
      }
      if (field.empty() || !detectors::is_birth_cell(field)) {
        continue;
      }
      add_date(ls + o + 3, ls + o + 3 + inner.size(), "壽星");
      any = true;
    }
    if (any) {
      return true;
    }
  }
  // The date, without the blanks around it and a note in brackets after it; under a heading
  // of birthdays, after the name that opens the line and its blanks.
  std::string_view date = trim(line);
  std::string_view name; // under a heading of birthdays, the name that opens the line
  if (heading) {
    date = untag(date);
    // (A bullet before the name: ★ 小霞　十月二十二日.)
    for (std::string_view bullet : {"★", "☆", "●", "◎", "・", "•", "-", "*"}) {
      if (date.starts_with(bullet)) {
        date = trim(date.substr(bullet.size()));
        break;
      }
    }
    // (Or the date first, the name after it: 6月23日　史水來, 農曆十二月十九　林文雄 — set255a's
    // church bulletin.)
    if (date_then_name(block, ls, date, out)) {
      m_label_dates_next = le + 1;
      m_label_dates_named = true;
      return true;
    }
    std::size_t e = 0;
    while (e < date.size() && e < 15 &&
           util::ideograph_at(date.data() + e, date.data() + date.size())) {
      e += 3;
    }
    const std::size_t d = util::has_at(date, e, "　")         ? e + 3
                          : e < date.size() && date[e] == ' ' ? e + 1
                                                              : 0;
    if (e < 6 || d == 0) {
      return false;
    }
    name = date.substr(0, e);
    date = trim(date.substr(d));
    while (util::has_at(date, 0, "　")) {
      date = trim(date.substr(3));
    }
  }
  if (date.empty() || date.size() > 48) {
    return false;
  }
  for (std::string_view close : {")", "）"}) {
    const std::size_t open =
        date.ends_with(close) ? date.rfind(close == ")" ? "(" : "（") : std::string_view::npos;
    if (open != std::string_view::npos && open > 0) {
      date = trim(date.substr(0, open));
    }
  }
  // (Nor the age a blank after it: <li>范月 4月7日 40歲</li> — set296a's care station.)
  if (heading && date.ends_with("歲")) {
    std::size_t k = date.size() - 3;
    while (k > 0 && util::is_digit(date[k - 1])) {
      --k;
    }
    if (k < date.size() - 3 && k > 0 && util::skip_blanks_back(date, k) < k) {
      date = date.substr(0, util::skip_blanks_back(date, k));
    }
  }
  std::string_view field = date;
  if (needs_normalizing(field)) {
    normalize(field, m_row_norm);
    field = m_row_norm.text;
  }
  if (field.empty() || !detectors::is_birth_cell(field)) {
    if (heading) {
      // (A birthday list goes on past a date written otherwise: 張美玲　Dec 26.)
      m_label_dates_next = le + 1;
      m_label_dates_named = true;
    }
    return false;
  }
  m_label_dates_next = le + 1;
  m_label_dates_named = heading;
  const auto a = static_cast<std::size_t>(date.data() - text.data());
  add_date(a, a + date.size(), "生日");
  // (The name is one too, a weak one most rules leave: <li>范月 4月7日 40歲</li> — set296a.)
  std::string_view cell = name;
  if (needs_normalizing(cell)) {
    normalize(cell, m_row_norm);
    cell = m_row_norm.text;
  }
  if (!cell.empty() && detectors::is_name_column_cell(cell) &&
      add_birthday_item(block, ls, name, PiiType::person_name, "birthday-list", 0.7f, out)) {
    remember_name(name, false);
  }
  return true;
}

bool TextScanner::date_then_name(const DecodedBlock& block, std::size_t ls, std::string_view item,
                                 std::vector<Finding>& out) {
  const std::size_t blank = std::min(item.find(' '), item.find("　"));
  if (blank == std::string_view::npos || blank == 0) {
    return false;
  }
  const std::string_view date = item.substr(0, blank);
  std::size_t n = blank;
  while (n < item.size() && (item[n] == ' ' || util::has_at(item, n, "　"))) {
    n += item[n] == ' ' ? 1 : 3;
  }
  std::string_view name = item.substr(n);
  if (const std::size_t open = std::min(name.find("（"), name.find('('));
      open != std::string_view::npos) {
    name = name.substr(0, util::skip_blanks_back(name, open)); // 秦阿滿（38年次，高壽）
  }
  std::string_view field = date;
  if (needs_normalizing(field)) {
    normalize(field, m_row_norm);
    field = m_row_norm.text;
  }
  if (field.empty() || !detectors::is_birth_cell(field)) {
    return false;
  }
  field = name;
  if (needs_normalizing(field)) {
    normalize(field, m_row_norm);
    field = m_row_norm.text;
  }
  if (field.empty() || !detectors::is_name_column_cell(field)) {
    return false;
  }
  add_birthday_item(block, ls, date, PiiType::birth_date, "date-under-label", 0.8f, out);
  add_birthday_item(block, ls, name, PiiType::person_name, "birthday-list", 0.7f, out);
  remember_name(name, false);
  return true;
}

bool TextScanner::add_birthday_item(const DecodedBlock& block, std::size_t ls, std::string_view v,
                                    PiiType type, std::string_view rule, float confidence,
                                    std::vector<Finding>& out) {
  const std::string_view text = block.text();
  const auto a = static_cast<std::size_t>(v.data() - text.data());
  const std::uint64_t ia = block.to_input(a), ib = block.to_input(a + v.size());
  if (overlapped(out, block.to_input(ls), ia, ib) || m_options.min_confidence > confidence ||
      !m_options.types.contains(type)) {
    return false;
  }
  insert_in_order(out, Finding{type, ia, ib, m_line, column_of(text, a), confidence,
                               type == PiiType::birth_date ? "birth_date" : "person_name", rule,
                               "壽星", v});
  return true;
}

void TextScanner::flush_html_row(const DecodedBlock& block, std::size_t ls, std::size_t le,
                                 std::vector<Finding>& out) {
  const std::string_view text = block.text();
  const std::size_t rs = m_html_row.start;
  const std::string_view row = text.substr(rs, m_html_row.end - rs);
  m_html_row = {};
  const std::uint64_t ia = block.to_input(rs), ib = block.to_input(rs + row.size());
  if (m_table.header) {
    add_row_fields(block, *m_table.header, rs, row, ls, le, out, overlapped(out, ia, ia, ib));
  }
}

void TextScanner::add_row_fields(const DecodedBlock& block, const table::Header& h, std::size_t rs,
                                 std::string_view row, std::size_t ls, std::size_t le,
                                 std::vector<Finding>& out, bool row_findings, bool with_names) {
  const std::string_view text = block.text();
  const bool names = with_names && m_options.types.contains(PiiType::person_name);
  // (A row whose only sign of a person is an ID masked by its writer holds dates of birth
  // under the header's column too: 004<TAB>東方思妤<TAB>T28177****<TAB>77.09.09 — set255b; not
  // a form's example row, 範例,王大明,60.01.01,A12345****.)
  const bool dates = m_options.types.contains(PiiType::birth_date) &&
                     (!m_row_types || row_findings ||
                      (detectors::masked_id_in(row) && !detectors::textbook_row(row)));
  // The fields in the header's columns, split as the header was (from the text as it is:
  // folding would turn an ideographic space, a column separator, into a space). A row may have
  // more fields than its header (a last column of two words), not fewer (an empty cell of a
  // fixed-width table shifts the rest) unless it is HTML, whose empty cells (<td></td>) are lost
  // in the split too but mostly end the row; the field must then still be a name or a date.
  table::split_row(row, h.sep, m_fields);
  // A fixed-width row is read by display column when its fields do not match the header's.
  const bool by_column = h.sep == ' ' && m_fields.size() != h.fields;
  // (Fewer fields in a CSV or TSV row: a cell left out by hand, or the last ones, as a teacher's
  // row of a class list leaves out its fees — set87b; at least half of them, every value
  // checked below.)
  const bool short_ok = (h.sep == ',' || h.sep == '\t') && 2 * m_fields.size() >= h.fields;
  if (m_fields.size() < (h.sep == table::k_spaced_slash ? 2u : 3u) ||
      (m_fields.size() < h.fields && h.sep != '<' && !by_column && !short_ok)) {
    return;
  }
  // The display columns where the row's fields start: at once for a row read by column, later
  // if another rule asks.
  auto field_columns = [&] { table::field_columns(row, m_fields, m_field_columns); };
  m_field_columns.clear();
  if (by_column) {
    field_columns();
    // A cell one blank before the birth column's start, the column as wide as its name (組別
    // over 初段組, then 出生日期 over 102/08/13 — set209b's Go roster): the field is split there,
    // where no field starts near the column.
    if (const std::size_t d = h.birth_at; d != table::k_no_column) {
      std::size_t k = 0;
      while (k + 1 < m_fields.size() && m_field_columns[k + 1] <= d + 2) {
        ++k;
      }
      const table::Field f = m_fields[k];
      // (Or one blank after it, the cell before one wider than its column: 111年12月9日 89.01.14
      // under 入社日 and 出生 — set212b's co-op register.)
      if (m_field_columns[k] + 2 < d) {
        const std::string_view cell = row.substr(f.start, f.end - f.start);
        for (std::size_t cut = cell.find(' '); cut != std::string_view::npos;
             cut = cell.find(' ', cut + 1)) {
          const std::size_t col = m_field_columns[k] + table::display_column(cell, cut + 1);
          // (What follows the blank starts a date: not a Latin name's second word, Kanya
          // Srisuk — set176a.)
          const std::string_view next = cell.substr(std::min(cut + 1, cell.size()));
          if (cut > 0 && cell[cut - 1] != ' ' && !next.empty() &&
              (util::is_digit(next[0]) || next.starts_with("民國") || next.starts_with("農曆") ||
               next.starts_with("國曆")) &&
              col + 2 >= d && col <= d + 2) {
            m_fields[k].end = f.start + cut;
            m_fields.insert(m_fields.begin() + static_cast<std::ptrdiff_t>(k) + 1,
                            table::Field{f.start + cut + 1, f.end});
            m_field_columns.insert(m_field_columns.begin() + static_cast<std::ptrdiff_t>(k) + 1,
                                   col);
            break;
          }
        }
      }
    }
  }
  // The row field that starts nearest the header field's display column (two columns either
  // way: hand-made tables are off by one), else the one at the header field's index.
  auto at_column = [&](std::size_t column, std::size_t display) {
    if (!by_column || display == table::k_no_column) {
      return column;
    }
    std::size_t best = table::k_no_column, distance = 3;
    for (std::size_t k = 0; k < m_field_columns.size(); ++k) {
      const std::size_t d = m_field_columns[k] > display ? m_field_columns[k] - display
                                                         : display - m_field_columns[k];
      if (d < distance) {
        best = k;
        distance = d;
      }
    }
    return best != table::k_no_column ? best : column;
  };
  const std::uint64_t row_start = block.to_input(rs);
  // A name found under a column of things' names is a boat's, a pet's or a shop's (船名: 連興,
  // 寵物名: 毛毛 — set58b), and so is an address (船名: 建興21號 — set65b): the row's findings
  // are the last ones of `out`.
  // (So are a date under another date's column and an ID- or phone-shaped number under another
  // number's: 入團日期, 收據號碼 — set79a; 通知單號 over 0986807618 — set94b.)
  // (`display`: the header field's display column, where a fixed-width row with an empty cell
  // has its field — 金項鍊 under 隊別/品項 in a buyers' ledger, set279a.)
  auto drop_under = [&](std::size_t field, auto wrong, std::size_t display = table::k_no_column) {
    const std::size_t column = field == table::k_no_column ? field : at_column(field, display);
    if (column >= m_fields.size()) {
      return;
    }
    const std::uint64_t a = block.to_input(rs + m_fields[column].start),
                        b = block.to_input(rs + m_fields[column].end);
    for (std::size_t k = out.size(); k > 0 && out[k - 1].start >= row_start; --k) {
      const PiiType type = out[k - 1].type;
      if (wrong(type) && out[k - 1].start >= a && out[k - 1].end <= b) {
        if (type == PiiType::person_name) {
          forget_name(out[k - 1].value); // (nor found again elsewhere as a name)
        }
        out.erase(out.begin() + static_cast<std::ptrdiff_t>(k - 1));
      }
    }
  };
  for (std::size_t k = 0; k < 2; ++k) {
    // (A thing's name is short: a note that spans the row under 類別 names people — set57a's
    // 備註⇥0509案申請人為劉溫美玉（冠夫姓），….)
    const std::size_t thing = h.things[k];
    const std::size_t column =
        thing == table::k_no_column ? thing : at_column(thing, h.things_at[k]);
    if (column < m_fields.size() && m_fields[column].end - m_fields[column].start > 30) {
      continue;
    }
    drop_under(
        thing, [](PiiType t) { return t == PiiType::person_name || t == PiiType::address; },
        h.things_at[k]);
  }
  for (const std::size_t date : h.other_dates) {
    drop_under(date, [](PiiType t) { return t == PiiType::birth_date; });
  }
  // A header that names another date's column and none of births (報到日期, no 出生): a date of
  // its rows found only by the ID right before it is that column's, wherever the row's blanks
  // put it — set248a's choir roster, 0001 周華　 F820567668 113/12/05. (Not one a birth word or
  // the name beside it gives: 壽星 9月2日, 蔡筱瑜 76年12月12日 — sets 203, 107.)
  // (Not a date before the ID: 110年度霸字第29號⇥Joel Bautista⇥0560204⇥A181182284 under 登記日
  // elsewhere — set163b's lost-property register.)
  if (h.birth == table::k_no_column && h.birth2 == table::k_no_column &&
      h.other_dates[0] != table::k_no_column) {
    auto id_right_before = [&](const Finding& date) {
      return std::any_of(out.begin(), out.end(), [&](const Finding& f) {
        if ((f.type != PiiType::national_id && f.type != PiiType::resident_id) ||
            f.start < row_start || f.end > date.start) {
          return false;
        }
        const std::string_view between = text.substr(
            static_cast<std::size_t>(f.value.data() - text.data()) + f.value.size(),
            static_cast<std::size_t>(date.value.data() - f.value.data()) - f.value.size());
        return between.find_first_not_of(" \t,|") == std::string_view::npos ||
               util::skip_blanks(between, 0) == between.size();
      });
    };
    for (std::size_t k = out.size(); k > 0 && out[k - 1].start >= row_start; --k) {
      const Finding& f = out[k - 1];
      if (f.type == PiiType::birth_date && f.cue == "身分證" && id_right_before(f)) {
        out.erase(out.begin() + static_cast<std::ptrdiff_t>(k - 1));
      }
    }
  }
  for (const std::size_t number : h.other_numbers) {
    drop_under(number, [](PiiType t) {
      return t == PiiType::national_id || t == PiiType::resident_id || t == PiiType::phone;
    });
  }
  // The field in `column`, normalised into `norm` if need be.
  auto cell = [&](std::size_t column, NormText& norm) {
    const table::Field f = m_fields[column];
    std::string_view field = row.substr(f.start, f.end - f.start);
    if (needs_normalizing(field)) {
      normalize(field, norm);
      field = norm.text;
    }
    return field;
  };
  // Whether the row holds a date under the date-of-birth header: asked only of Latin names in
  // rows with no other finding, once.
  std::optional<bool> birth_dated;
  auto row_has_birth_date = [&] {
    if (!birth_dated) {
      static thread_local NormText norm; // not m_row_norm: the name's field lives there
      const std::size_t column = at_column(h.birth, h.birth_at);
      birth_dated = h.birth != table::k_no_column && column < m_fields.size() &&
                    detectors::is_date(cell(column, norm));
    }
    return *birth_dated;
  };
  std::size_t split_year = table::k_no_column; // an English date's year field, if split off
  // Adds a finding for the field in `column` when `is_value` holds for it (normalised) and no
  // finding overlaps it.
  auto add = [&](std::size_t column, PiiType type, std::string_view detector, std::string_view cue,
                 bool (*is_value)(std::string_view)) {
    if (column >= m_fields.size()) {
      return;
    }
    table::Field f = m_fields[column];
    if (type == PiiType::birth_date) { // the date, not the hour after it (戌時)
      f.end = f.start + detectors::hour_suffix(row.substr(f.start, f.end - f.start));
      // An English date's year split off by its own comma in a CSV row (9,廖信宏,Apr 12, 1998,
      // — set94a's roster): the next field when it is that year alone.
      if (column + 1 < m_fields.size() && h.sep == ',' && f.end > f.start &&
          util::is_alpha(row[f.start]) && util::is_digit(row[f.end - 1])) {
        const table::Field next = m_fields[column + 1];
        const std::string_view year = row.substr(next.start, next.end - next.start);
        if (year.size() == 4 && row.substr(f.end, next.start - f.end) == ", " &&
            std::all_of(year.begin(), year.end(), util::is_digit) &&
            (year.starts_with("19") || year.starts_with("20"))) {
          f.end = next.end;
          split_year = column + 1; // (the fields after it are one further on)
        }
      }
      m_fields[column] = f;
    }
    std::string_view field = cell(column, m_row_norm);
    // (A child's name with the date in brackets under 收托幼兒（生日）: 章惠華（2024-08-04） —
    // set172a's childcare register; the date in the brackets is the cell's date of birth.)
    if (type == PiiType::birth_date && !field.empty() && !is_value(field)) {
      const std::string_view raw = row.substr(f.start, f.end - f.start);
      const bool wide = raw.ends_with("）");
      const std::size_t o = wide ? raw.find("（") : raw.find('(');
      const std::size_t c = wide ? raw.size() - 3 : raw.ends_with(")") ? raw.size() - 1 : 0;
      if (o != std::string_view::npos && o > 0 && c > o + (wide ? 3 : 1)) {
        f = table::Field{f.start + o + (wide ? 3 : 1), f.start + c};
        m_fields[column] = f;
        field = cell(column, m_row_norm);
      }
      // (Or a fixed-width cell wider than its column, one blank before the next one's text:
      // 民國四十六年八月十一日 88000澎湖縣… — set218a's lay-judge list; the date before it. Not
      // before another date: 民國111年8月3日 43.03.02, a date of joining wider than its column
      // before the birth — set212b.)
      const std::string_view cur = row.substr(f.start, f.end - f.start);
      const std::size_t blank = h.sep == ' ' && !is_value(field) ? cur.find(' ') : 0;
      if (blank != std::string_view::npos && blank > 0) {
        std::string_view next = cur.substr(blank + 1, cur.find(' ', blank + 1) - blank - 1);
        static thread_local NormText next_norm;
        if (needs_normalizing(next)) {
          normalize(next, next_norm);
          next = next_norm.text;
        }
        const table::Field keep = m_fields[column];
        m_fields[column] = table::Field{f.start, f.start + blank};
        if (!next.empty() && !detectors::is_date(next) && is_value(cell(column, m_row_norm))) {
          f = m_fields[column];
        } else {
          m_fields[column] = keep;
        }
        field = cell(column, m_row_norm); // (normalised again: the buffer was reused)
      }
    }
    const std::size_t a = rs + f.start, b = rs + f.end;
    const std::uint64_t ia = block.to_input(a), ib = block.to_input(b);
    // The row's findings over the cell (as overlapped() counts them), the last one met.
    std::size_t overlaps = 0, over = 0;
    for (std::size_t k = out.size(); k-- > 0 && out[k].start >= row_start;) {
      if (out[k].start < ib && ia < out[k].end) {
        ++overlaps;
        over = k;
      }
    }
    const bool found = overlaps != 0;
    // (Unless it is a name read short inside the name column's cell by a rule that saw no column:
    // 楊葉金 of 楊葉金鳳, a married name, by the given-name rule — set197a's tea pickers. The cell
    // is the whole name: the finding is widened to it.)
    const bool widen = type == PiiType::person_name && overlaps == 1 &&
                       out[over].type == PiiType::person_name && out[over].start >= ia &&
                       out[over].end <= ib && out[over].end - out[over].start < ib - ia;
    // (A day and a month with no year under the birth column of a row whose date of birth was
    // found elsewhere is some other count: a fixed-width row shifted by a long Latin name puts
    // a refill's 2/3 there — set160a.)
    // (Not beside a year alone: 7/7 under 生日 and 44年次 under 年次 are one birth — set148b.)
    if (type == PiiType::birth_date && field.size() <= 5 &&
        std::count_if(field.begin(), field.end(), [](char c) { return c == '/'; }) == 1 &&
        std::all_of(field.begin(), field.end(),
                    [](char c) { return util::is_digit(c) || c == '/'; })) {
      for (std::size_t k = out.size(); k > 0 && out[k - 1].start >= row_start; --k) {
        const std::string_view other = out[k - 1].value;
        if (out[k - 1].type == PiiType::birth_date && !other.ends_with("年") &&
            !other.ends_with("年次")) {
          return;
        }
      }
    }
    // A Latin field under Name counts only in a row with other personal data or a date under
    // the date-of-birth header (5,甲板員,BUDI HARTONO,印尼,24/07/1989): 1,Green Tea,30 is a
    // price list.
    // (A Chinese header's word is enough for two words or more: 序號,姓名,身分,入會日 over 1,Tran
    // Van Hung,志工, — set296b's members; not a template's row, ○○ in it, nor ＯＯＯ.)
    const bool latin_alone =
        type == PiiType::person_name && !row_findings && !field.empty() &&
        util::is_alpha(field[0]) && !row_has_birth_date() &&
        !((cue == "姓名" || cue == "會員姓名" || cue == "學員姓名") &&
          field.find(' ') != std::string_view::npos && row.find("○○") == std::string_view::npos);
    // (Nor a textbook's name in a template's or a test's row: ,王小明,本國,A12345****,.)
    // (Nor a label under a label: │受文者│…│ then │陳情人│詹坤山│, a form's box table — set44a.)
    if (f.end == f.start || (found && !widen) || latin_alone || !is_value(field) ||
        (type == PiiType::person_name &&
         (detectors::template_name(field, row) || table::name_header_word(field))) ||
        (m_options.policy && m_options.policy->allowed(text.substr(a, b - a))) ||
        m_options.min_confidence > 0.8f) {
      return;
    }
    if (widen) {
      out.erase(out.begin() + static_cast<std::ptrdiff_t>(over));
    }
    // Its line and column: the current line's (text[ls, le)), or counted from it.
    std::uint64_t line = m_line, column_number = 0;
    if (a >= ls && a < le) {
      column_number = column_of(text, a);
    } else {
      const std::string_view between = a < ls ? text.substr(a, ls - a) : text.substr(ls, a - ls);
      const auto breaks =
          static_cast<std::uint64_t>(std::count(between.begin(), between.end(), '\n'));
      line = a < ls ? line - breaks : line + breaks;
      const std::size_t nl = text.substr(0, a).rfind('\n');
      const std::size_t start = nl == std::string_view::npos ? 0 : nl + 1;
      column_number = (start == 0 ? m_block_col_carry : 0) +
                      util::count_chars(text.substr(start, a - start)) + 1;
    }
    const Finding finding{type,
                          ia,
                          ib,
                          line,
                          column_number,
                          0.8f,
                          detector,
                          "table-column",
                          cue,
                          text.substr(a, b - a)};
    insert_in_order(out, finding);
    if (type == PiiType::person_name) {
      remember_name(text.substr(a, b - a), true);
    }
  };
  // Calls `add_part` for each part of field `column` when it holds several joined by `joint`
  // (the field set to each in turn); false when it holds one.
  auto each_part = [&](std::size_t column, std::string_view joint, auto add_part) {
    const table::Field whole = column < m_fields.size() ? m_fields[column] : table::Field{0, 0};
    if (whole.end == whole.start ||
        row.substr(whole.start, whole.end - whole.start).find(joint) == std::string_view::npos) {
      return false;
    }
    for (std::size_t a = whole.start; a < whole.end;) {
      std::size_t b = row.find(joint, a);
      b = b == std::string_view::npos || b > whole.end ? whole.end : b;
      m_fields[column] = table::Field{a, b};
      add_part();
      a = b + joint.size();
    }
    m_fields[column] = whole;
    return true;
  };
  // Names first: a name found under 姓名 is personal data of the row, so its date of birth
  // counts too (序號,姓名,出生日期 / 1,王小明,63.07.03).
  const std::size_t before_names = out.size();
  if (names) {
    for (std::size_t k = 0; k < table::Header::k_name_columns; ++k) {
      if (h.names[k] == table::k_no_column) {
        continue;
      }
      const std::size_t column = at_column(h.names[k], h.names_at[k]);
      bool (*const is_value)(std::string_view) = h.transliterated[k]
                                                     ? detectors::is_transliterated_cell
                                                 : h.signature[k] ? detectors::is_signature_cell
                                                                  : detectors::is_name_column_cell;
      // A cell of several people joined by 、 (家庭成員: 鳳嬌、文雄 — set104b's relief roster), or
      // a couple's by ／ when the whole is no name (孫俊傑／謝麗雲 — set184a's church weddings):
      // each of them.
      auto add_name = [&] {
        add(column, PiiType::person_name, "person_name", h.name_cue, is_value);
      };
      const std::size_t before_name = out.size();
      if (!each_part(column, "、", add_name)) {
        add_name();
        if (out.size() == before_name) {
          each_part(column, "／", add_name);
        }
      }
    }
  }
  const bool name_found = out.size() > before_names;
  if ((dates || (name_found && m_options.types.contains(PiiType::birth_date))) &&
      h.birth != table::k_no_column) {
    const std::size_t column = at_column(h.birth, h.birth_at), before = out.size();
    // (Read by column with no field near the birth column, the field by index is a guess: a
    // whole date or a month and day only there, not 78.5, a score under 成績 — set229b's audition
    // results.)
    const bool guessed =
        by_column && h.birth_at != table::k_no_column && column < m_field_columns.size() &&
        (m_field_columns[column] + 2 < h.birth_at || m_field_columns[column] > h.birth_at + 2);
    // (Read by column, a field near the birth column only: a row whose birth cell is blank has
    // its visit's date far right, under 訪視日期 — set228a's home-visit schedule.)
    auto near_birth = [&](std::size_t k) {
      if (!by_column || h.birth_at == table::k_no_column) {
        return true;
      }
      const std::size_t c = k < m_field_columns.size() ? m_field_columns[k] : table::k_no_column;
      return c != table::k_no_column && c + 12 >= h.birth_at && c <= h.birth_at + 12;
    };
    // (Nor, guessed by index, the last field of a row shorter than its header far from the birth
    // column: its cells left blank, the date is the last column's — 最近檢舉 of set245a's
    // hydrant complaints. A header squeezed narrower than its rows keeps the guess: set230b.)
    const bool far_last = guessed && column + 1 == m_fields.size() && m_fields.size() < h.fields &&
                          h.birth + 1 < h.fields && !near_birth(column);
    if (!far_last) {
      add(column, PiiType::birth_date, "birth_date", h.birth_cue,
          guessed          ? whole_birth_cell
          : h.birth_year   ? detectors::is_birth_year_cell
          : h.birth_shared ? old_birth_cell
                           : detectors::is_birth_cell);
    }
    // (A couple's dates under 出生 the same way: 76.06.25／85.12.20; a date written 63／05／04
    // is one, found whole above.)
    if (out.size() == before && !far_last) {
      each_part(column, "／", [&] {
        add(column, PiiType::birth_date, "birth_date", h.birth_cue, detectors::is_birth_cell);
      });
    }
    // A row with a column more or less than its header (a cell left out, an ID typed with
    // blanks in a fixed-width list) holds its date of birth a field away: the field next to
    // the column, when the column's own is no date.
    // (Not where the column's own field was found by another rule: a CSV row with an amount's
    // comma, 民國31年1月23日,113.3.15,…,35,000, has its date of death there — set93b.)
    bool own_found = false; // (the row's findings are the last of `out`)
    for (std::size_t k = out.size();
         column < m_fields.size() && k > 0 && out[k - 1].start >= row_start && !own_found; --k) {
      own_found = out[k - 1].type == PiiType::birth_date &&
                  out[k - 1].start < block.to_input(rs + m_fields[column].end) &&
                  block.to_input(rs + m_fields[column].start) < out[k - 1].end;
    }
    if (out.size() == before && !own_found && (m_fields.size() != h.fields || by_column)) {
      const std::size_t k = m_fields.size() < h.fields || by_column ? column - 1 : column + 1;
      // (A whole date there when read by column: 78.5 a field away is a score — set229b.)
      const auto cell_test = by_column ? detectors::is_date : detectors::is_birth_cell;
      if (near_birth(k)) {
        add(k, PiiType::birth_date, "birth_date", h.birth_cue, cell_test);
      }
      if (by_column && out.size() == before && near_birth(column + 1)) {
        add(column + 1, PiiType::birth_date, "birth_date", h.birth_cue, cell_test);
      }
    }
    // A fixed-width row that does not line up under its header at all, no field starting near
    // the birth column (names of three words, the header padded by hand — set218b's visitors'
    // list): the date right after the row's ID, when the header's ID column is right before its
    // birth column.
    if (h.sep == ' ' && out.size() == before && !own_found && h.birth_at != table::k_no_column &&
        h.id + 1 == h.birth && !h.birth_year && !h.birth_shared) {
      if (m_field_columns.empty()) {
        field_columns();
      }
      const bool lined_up =
          std::any_of(m_field_columns.begin(), m_field_columns.end(),
                      [&](std::size_t c) { return c + 2 >= h.birth_at && c <= h.birth_at + 2; });
      for (std::size_t k = out.size(); !lined_up && k > 0 && out[k - 1].start >= row_start; --k) {
        const Finding& id = out[k - 1];
        if (id.type != PiiType::national_id && id.type != PiiType::resident_id) {
          continue;
        }
        for (std::size_t c = 0; c + 1 < m_fields.size(); ++c) {
          if (block.to_input(rs + m_fields[c].start) == id.start &&
              block.to_input(rs + m_fields[c].end) == id.end) {
            add(c + 1, PiiType::birth_date, "birth_date", h.birth_cue, detectors::is_birth_cell);
          }
        }
        break;
      }
    }
    // (In a fixed-width table too: a midwife's register, 出生日期 the mother's and 新生兒出生
    // the baby's — set166a.)
    if (h.birth2 != table::k_no_column) {
      add(h.sep == ' ' ? at_column(h.birth2, h.birth2_at)
                       : h.birth2 + (h.birth2 >= split_year ? 1 : 0),
          PiiType::birth_date, "birth_date", h.birth_cue,
          detectors::is_birth_cell); // (May. 27, 1983,…,102.07.10 — set96a)
    }
  }
  // A number under 電話 or 手機 that the phone detector could not read as one: a spreadsheet's
  // export dropped its leading 0 (920300761) or its area code (371458). In a row with other
  // personal data only.
  if (m_options.types.contains(PiiType::phone) && (row_findings || out.size() > before_names)) {
    for (std::size_t k = 0; k < 2; ++k) {
      if (h.phones[k] != table::k_no_column) {
        add(at_column(h.phones[k], h.phones_at[k]), PiiType::phone, "phone", "電話",
            detectors::is_phone_cell);
      }
    }
  }
}

bool TextScanner::row_has_known_name(std::string_view row, char sep) const {
  if (m_names.empty()) {
    return false;
  }
  std::vector<table::Field> fields;
  table::split_row(row, sep, fields);
  return std::any_of(fields.begin(), fields.end(), [&](const table::Field& f) {
    if (f.end - f.start < 6 || f.end - f.start > 12) {
      return false;
    }
    const std::string_view cell = row.substr(f.start, f.end - f.start);
    const auto it = m_names.find(cell.substr(0, 3));
    return it != m_names.end() &&
           std::find(it->second.begin(), it->second.end(), cell) != it->second.end();
  });
}

const table::Header* TextScanner::header_before(std::string_view text, std::size_t ls) {
  constexpr std::size_t k_walk = 256 << 10; // how far a table is followed back, or checked on
  // The lines starting in [from, to) (line starts both) are all table lines, none blank.
  auto all_table_lines = [&](std::size_t from, std::size_t to) {
    while (from < to) {
      std::size_t e = text.find('\n', from);
      e = e == std::string_view::npos || e > to ? to : e;
      const std::string_view line = text.substr(from, e - from);
      if (line.empty() || line == "\r" || !table::table_line(line)) {
        return false;
      }
      from = e + 1;
    }
    return true;
  };
  // Where the line after this row starts.
  const std::size_t next = std::min(text.size(), text.find('\n', ls)) + 1;
  if (m_table.open && ls >= m_table.reach && ls - m_table.reach <= k_walk &&
      all_table_lines(m_table.reach, ls)) {
    // The same table goes on; a header may come among the lines since (a title line of two
    // fields, then +----+ and the header: 列印日期：…　　查核人員：…), also a second one: a box
    // form's part under its own header (║序║姓名║身分證字號║出生日期║ for a form's children
    // after the parents' boxes — set86b).
    // (Not a row with nothing found, which a header's test may take for one: a second header
    // holds no digit — 113/04/12⇥曾國棟⇥…⇥缺席 is set86a's row.)
    for (std::size_t a = m_table.reach; a < ls;) {
      const std::size_t b = std::min(ls - 1, text.find('\n', a));
      if (!m_table.header || std::none_of(text.begin() + static_cast<std::ptrdiff_t>(a),
                                          text.begin() + static_cast<std::ptrdiff_t>(b),
                                          [](char c) { return util::is_digit(c); })) {
        // (Nor a row with a name found in it: row_has_known_name.)
        if (auto h = table::header_at(text, a, b);
            h && !(m_table.header && row_has_known_name(text.substr(a, b - a), h->second.sep))) {
          m_table.header = h->second;
        }
      }
      a = b + 1;
    }
    m_table.reach = next;
    return m_table.header ? &*m_table.header : nullptr;
  }
  // A new table, or none: walk back from this row over table lines to a header.
  m_table = Table{true, std::nullopt, next};
  std::size_t pos = ls;
  bool blank_above = false;
  while (pos > 0 && ls - pos <= k_walk) {
    const std::size_t b = pos - 1; // the '\n' ending the line above
    const std::size_t a = b == 0 ? 0 : text.rfind('\n', b - 1) + 1; // npos + 1 == 0
    const std::string_view line = text.substr(a, b - a);
    // (One blank line between the header and the first row: 燈別｜姓名｜生辰（農曆）… then an
    // empty line — set127a's lamp register; only the header may stand above it.)
    if ((line.empty() || line == "\r") && !blank_above) {
      blank_above = true;
      pos = a;
      continue;
    }
    if (line.empty() || line == "\r" || !table::table_line(line)) {
      break; // a header is a table line too (separators, or HTML cells)
    }
    if (auto h = table::header_at(text, a, b);
        h && !row_has_known_name(text.substr(a, b - a), h->second.sep)) {
      m_table.header = h->second;
      break;
    }
    if (blank_above) {
      break;
    }
    pos = a;
  }
  // (Or this line is the header, read as a row for a date in it: 姓名,暱稱,生日,家長手機,年齡,3/2 —
  // set289a's attendance sheet, days as column names. The rows below take it; it takes none.)
  if (!m_table.header) {
    // (Comma- or tab-separated only: a box form's label rows are no header.)
    if (auto h = table::header_at(text, ls, next - 1);
        h && (h->second.sep == ',' || h->second.sep == '\t') &&
        !row_has_known_name(text.substr(ls, next - 1 - ls), h->second.sep)) {
      m_table.header = h->second;
      return nullptr;
    }
  }
  return m_table.header ? &*m_table.header : nullptr;
}

// The bytes read and not yet scanned. Unlike a std::string, growing it does not zero the
// bytes a read is about to overwrite (that memset was 1.5 % of the prose bench).
class ReadBuffer {
public:
  std::size_t size() const { return m_size; }
  bool empty() const { return m_size == 0; }
  const char* data() const { return m_data.get(); }
  operator std::string_view() const { return {m_data.get(), m_size}; }
  void clear() { m_size = 0; }
  void erase_front(std::size_t n) {
    if (n != 0 && n < m_size) {
      std::memmove(m_data.get(), m_data.get() + n, m_size - n);
    }
    m_size -= n;
  }
  // Reads until `target` bytes are held or the source ends.
  Result<void> read_more(Source& source, std::size_t target, bool& eof) {
    while (!eof && m_size < target) {
      const std::size_t want = std::max<std::size_t>(target - m_size, 64 << 10);
      if (m_size + want > m_capacity) {
        auto bigger = std::make_unique_for_overwrite<char[]>(m_size + want);
        if (m_size != 0) {
          std::memcpy(bigger.get(), m_data.get(), m_size); // (memcpy from null is undefined)
        }
        m_data = std::move(bigger);
        m_capacity = m_size + want;
      }
      auto r = source.read(m_data.get() + m_size, want);
      if (!r) {
        return std::unexpected(r.error());
      }
      m_size += *r;
      eof = *r == 0;
    }
    return {};
  }

private:
  std::unique_ptr<char[]> m_data;
  std::size_t m_size = 0, m_capacity = 0;
};
} // namespace

Result<ScanResult> scan(Source& source, const ScanOptions& options, const BlockFn& on_block) {
  ScanResult result;
  ReadBuffer buf;
  bool eof = false;
  std::uint64_t offset = 0;
  if (auto r = buf.read_more(source, options.block_size, eof); !r) {
    return std::unexpected(r.error());
  }
  Sniff sn = sniff(buf, eof);
  const std::size_t sniffed_valid = sn.valid_utf8 ? buf.size() : 0; // bytes known valid UTF-8
  if (sn.binary && !options.encoding) {
    result.outcome = Outcome::skipped_binary;
    while (options.pass_binary && !buf.empty()) {
      if (auto r = on_block(Block{std::string_view(buf), offset, Encoding::utf8, {}}); !r) {
        return std::unexpected(r.error());
      }
      offset += buf.size();
      buf.clear();
      if (auto r = buf.read_more(source, options.block_size, eof); !r) {
        return std::unexpected(r.error());
      }
    }
    result.bytes = offset;
    return result;
  }
  const Encoding enc = options.encoding.value_or(sn.encoding);
  result.encoding = enc;
  std::size_t skip = bom_size(buf, enc);
  // A small input (all of it in the first read) is read thoroughly.
  ScanOptions effective = options;
  effective.thorough = options.thorough || (eof && buf.size() <= options.thorough_up_to);
  TextScanner scanner(effective);
  DecodedBlock block;
  std::vector<Finding> findings;
  std::size_t target = options.block_size;
  while (!buf.empty()) {
    std::size_t cut = eof ? buf.size() : safe_cut(buf, enc);
    if (cut <= skip && !eof) {
      if (buf.size() >= k_max_line) {
        return make_error(fmt::format("a line longer than {} MiB at byte {} in {} input",
                                      k_max_line >> 20, offset, encoding_name(enc)));
      }
      target = buf.size() + options.block_size;
      if (auto r = buf.read_more(source, target, eof); !r) {
        return std::unexpected(r.error());
      }
      continue;
    }
    std::string_view bytes(buf.data(), cut);
    std::string_view body = bytes.substr(skip);
    if (enc == Encoding::utf8) {
      std::size_t bad = 0;
      // (The first block was checked by sniff() when it found UTF-8: cut at a line's end, it
      // ends at a character boundary. Checking it twice was a tenth of a 4 MiB file's time.)
      if (!(offset == 0 && cut <= sniffed_valid) && !valid_utf8(body, false, &bad)) {
        return make_error(
            fmt::format("not valid UTF-8 at byte {} (try --encoding big5)", offset + skip + bad));
      }
      block.set_identity(body, offset + skip);
    } else if (enc == Encoding::utf16le || enc == Encoding::utf16be) {
      if (body.size() % 2 != 0) {
        return make_error(fmt::format("odd number of bytes in {} input", encoding_name(enc)));
      }
      if (auto r = block.decode(body, offset + skip, enc); !r) {
        return std::unexpected(r.error());
      }
    } else if (auto r = block.decode(body, offset + skip, enc); !r) {
      return std::unexpected(r.error());
    }
    findings.clear();
    scanner.scan_block(block, findings);
    if (auto r = on_block(Block{bytes, offset, enc, findings}); !r) {
      return std::unexpected(r.error());
    }
    offset += cut;
    buf.erase_front(cut);
    skip = 0;
    target = options.block_size;
    if (auto r = buf.read_more(source, target, eof); !r) {
      return std::unexpected(r.error());
    }
  }
  result.bytes = offset;
  return result;
}

Result<ScanResult> mask(Source& source, Sink& sink, const ScanOptions& options,
                        const MaskOptions& mask_options, MaskStats& stats) {
  ScanOptions opts = options;
  opts.pass_binary = true;
  auto on_block = [&](const Block& block) -> Result<void> {
    std::size_t at = 0;
    for (const Finding& f : block.findings) {
      auto start = static_cast<std::size_t>(f.start - block.offset);
      if (auto r = sink.write(block.input.substr(at, start - at)); !r) {
        return r;
      }
      // A merged finding (two values over each other) has no official form: all of it goes.
      const bool whole = f.rule == "merged" && mask_options.style == Style::official;
      std::string replacement = mask_value(
          f.type, f.value, whole ? MaskOptions{Style::redact, mask_options.key} : mask_options);
      if (auto r = sink.write(encode(replacement, block.encoding)); !r) {
        return r;
      }
      ++stats.masked[static_cast<std::size_t>(f.type)];
      at = static_cast<std::size_t>(f.end - block.offset);
    }
    return sink.write(block.input.substr(at));
  };
  return scan(source, opts, on_block);
}

} // namespace twpii
