// Table rows and headers (internal): the fields of a row of a CSV, tab-separated, pipe or
// fixed-width text table, and the header row that names a date-of-birth column or name columns,
// so that the dates under 出生日期 and the names under 姓名 are found as a clerk reading the table
// finds them.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace twpii::table {

// A field's bytes in its row, without the spaces, ideographic spaces and quotes around it.
struct Field {
  std::size_t start, end;
};

// Field separators: ',' (double quotes honoured), '\t', '|' (also │ and ｜), ' ' for runs of
// two or more spaces or ideographic spaces (fixed-width text tables), and '<' for the tags
// between the cells of an HTML row written on one line (<tr><td>…</td><td>…</td></tr>).
inline constexpr char k_separators[] = {',', '\t', '|', ' ', '<'};

// Splits `row` (one line, no line break) into its fields by `sep`, into `out` (cleared first).
void split_row(std::string_view row, char sep, std::vector<Field>& out);

// Whether `row` has what separates three fields: two of , \t | (or cell tags <td, <th), a
// double space, an ideographic space or a box line. One SIMD pass; most prose lines have none
// of these (their commas are full-width).
bool may_be_row(std::string_view row);

// Whether `row` may hold a date (detectors::is_date) with a separator, a quote, a space or the
// row's end on both sides: a date that may be a field of its own. Cheap, and works on the text
// before normalisation (a full-width digit after a separator counts): a filter before split_row.
bool has_lone_date(std::string_view row);

// Whether `row` starts (after blanks and HTML tags) with a serial number of one to four digits
// and a separator: 1,洪惠珍 / 001   彭明哲 / <tr><td>4</td>. O(1) for most lines.
bool starts_with_serial(std::string_view row);

inline constexpr std::size_t k_no_column = static_cast<std::size_t>(-1);

// A header row with a date-of-birth column (出生日期, 出生年月日, 生日, 出生, DOB) or name columns
// (姓名, 名字, Name, Chinese Name), or both.
struct Header {
  char sep = ',';
  std::size_t fields = 0;                // number of fields
  std::size_t birth = k_no_column;       // index of the date-of-birth field
  std::string_view birth_cue;            // the birth word (static storage)
  std::size_t names[2] = {k_no_column, k_no_column}; // indexes of name fields
  std::string_view name_cue;                          // the name word (static storage)
};

// The header `row` is, if it is one: three fields at least under one separator, all short, one
// of them a birth word or a name word.
std::optional<Header> header(std::string_view row);

// Appends to `out` (cleared first) the headers in `text`, in order, each with the offset of its
// line. Looks only at lines holding 出生, 生日, birth (Birth, BIRTH), DOB (one SIMD pass over
// text without any) and, with `names`, 名 or "ame" (a search each).
void find_headers(std::string_view text, std::vector<std::pair<std::size_t, Header>>& out,
                  bool names = true);

} // namespace twpii::table
