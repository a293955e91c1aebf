// detect(): runs the enabled detectors on a line and resolves overlapping matches.
#include "detectors.hpp"
#include "text_util.hpp"

#include <algorithm>
#include <set>

namespace twpii {

namespace detectors {

std::span<const patterns::CueHit> Line::hits(std::size_t lo, std::size_t hi) {
  hi = std::min(hi, m_text.size());
  if (m_lo == m_hi) { // nothing searched yet
    m_hits.clear();
    patterns::find_cues(m_text, lo, hi, m_hits);
    m_lo = lo;
    m_hi = hi;
  }
  if (lo < m_lo) { // rare: queries mostly move forwards
    std::vector<patterns::CueHit> before;
    patterns::find_cues(m_text, lo, m_lo, before);
    m_hits.insert(m_hits.begin(), before.begin(), before.end());
    m_lo = lo;
  }
  if (hi > m_hi) {
    patterns::find_cues(m_text, m_hi, hi, m_hits);
    m_hi = hi;
  }
  // The hits are in text order: return those that start in [lo, hi).
  auto first =
      std::lower_bound(m_hits.begin(), m_hits.end(), lo,
                       [](const patterns::CueHit& h, std::size_t at) { return h.start < at; });
  auto last =
      std::lower_bound(first, m_hits.end(), hi,
                       [](const patterns::CueHit& h, std::size_t at) { return h.start < at; });
  return {first, last};
}

std::string_view Line::cue_near(std::size_t start, std::size_t end, patterns::CueClass cls,
                                bool positive, std::size_t before, std::size_t after) {
  const std::size_t lo = start > before ? start - before : 0;
  const std::size_t hi = end + after;
  std::string_view best;
  std::size_t best_distance = SIZE_MAX;
  for (const auto& h : hits(lo, hi)) {
    if (h.cls != cls || h.positive != positive) {
      continue;
    }
    std::size_t distance = SIZE_MAX;
    if (h.end <= start) {
      distance = start - h.end;
    } else if (h.start >= end && h.end <= hi) {
      distance = h.start - end;
    }
    if (distance < best_distance) {
      best_distance = distance;
      best = h.word;
    }
  }
  return best;
}

std::size_t next_digit(std::string_view s, std::size_t from) {
  return util::next_in_range(s, from, '0', '9');
}

// Whether `name` is one of the names manuals fill forms with (王小明, 王大明, 陳大文, 張三 …).
bool textbook_name(std::string_view name) {
  static const std::set<std::string_view, std::less<>> k_textbook = {
      "王小明", "王大明", "王大同", "陳小明", "林小明", "陳大文", "李大同", "張三",
      "李四",   "王五",   "王小美", "陳小美", "林小美", "陳小文", "王大寶", "王二寶"};
  // (王小明與其配偶王小美 — set76a's guide; 委託人 陳大文、受託人 陳小文 — set82b's; twins
  // 王大寶、王二寶 — set86b's.)
  // (Three or six bytes of a check first: most names are none of these.)
  return name.size() >= 6 && name.size() <= 9 &&
         (util::has_at(name, 0, "王") || util::has_at(name, 0, "陳") ||
          util::has_at(name, 0, "林") || util::has_at(name, 0, "李") ||
          util::has_at(name, 0, "張")) &&
         k_textbook.contains(name);
}

namespace {
// Whether `line` is a template's or a test's: it holds a masked or placeholder value
// (A12345****, ○○, 09XX-XXX-XXX) or says so (範例, 示意, 測試).
bool template_line(std::string_view line) {
  return line.find("**") != std::string_view::npos || line.find("○○") != std::string_view::npos ||
         line.find("XXX") != std::string_view::npos || // (09XX-XXX-XXX)
         line.find("範例") != std::string_view::npos ||
         line.find("示意") != std::string_view::npos || line.find("測試") != std::string_view::npos;
}
} // namespace

// Whether `field` is an ID with some of its digits masked (X12686****, U28079XXXX, A16640＊＊＊＊,
// and the middle or the start masked too: E24****914, U*****7682 — set222b's alert list): a
// letter, then nine characters each a digit or one of * ＊ X x ○, three to six of them masks, the
// masks one run — a person's ID the writer hid. (Or an old resident ID's second letter, A to D,
// before them: UC6370**** — set282a.)
bool masked_id_cell(std::string_view field) {
  if (field.size() < 10 || field[0] < 'A' || field[0] > 'Z') {
    return false;
  }
  const bool resident = field[1] >= 'A' && field[1] <= 'D';
  std::size_t p = resident ? 2 : 1, chars = resident ? 1 : 0, masks = 0, runs = 0;
  bool in_run = false;
  while (p < field.size()) {
    const std::size_t len =
        util::is_digit(field[p]) || field[p] == '*' || field[p] == 'X' || field[p] == 'x' ? 1
        : util::has_at(field, p, "＊") || util::has_at(field, p, "○")                     ? 3
                                                                                          : 0;
    if (len == 0) {
      return false;
    }
    const bool mask = !util::is_digit(field[p]);
    masks += mask ? 1 : 0;
    runs += mask && !in_run ? 1 : 0;
    in_run = mask;
    p += len;
    ++chars;
  }
  return chars == 9 && masks >= 3 && masks <= 6 && runs == 1;
}

// Whether `row` holds an ID masked with * or ＊ (masked_id_cell) as a word of its own: a
// person's row, whatever else was found in it.
bool masked_id_in(std::string_view row) {
  // The bytes of an ID's character at p (a letter, a digit, * or ＊), or 0; back: ending at p.
  auto at = [&](std::size_t p) -> std::size_t {
    return p < row.size() && (util::is_alnum(row[p]) || row[p] == '*') ? 1
           : util::has_at(row, p, "＊")                                ? 3
                                                                       : 0;
  };
  auto back = [&](std::size_t p) -> std::size_t {
    return p >= 1 && at(p - 1) == 1 ? 1 : p >= 3 && util::has_at(row, p - 3, "＊") ? 3 : 0;
  };
  for (std::size_t m = row.find_first_of("*\xEF"); m != std::string_view::npos;
       m = row.find_first_of("*\xEF", m + 1)) {
    if (row[m] != '*' && !util::has_at(row, m, "＊")) {
      continue;
    }
    std::size_t a = m, b = m;
    for (std::size_t n = back(a); n != 0; n = back(a)) {
      a -= n;
    }
    for (std::size_t n = at(b); n != 0; n = at(b)) {
      b += n;
    }
    if (masked_id_cell(row.substr(a, b - a))) {
      return true;
    }
    m = b;
  }
  return false;
}

bool textbook_row(std::string_view line) {
  if (!template_line(line)) {
    return false;
  }
  for (std::size_t at = 0; at + 6 <= line.size(); ++at) {
    if (static_cast<unsigned char>(line[at]) >= 0xE0 &&
        (textbook_name(line.substr(at, 6)) || textbook_name(line.substr(at, 9)))) {
      return true;
    }
  }
  return false;
}

bool template_name(std::string_view name, std::string_view line) {
  // (A box table's row is a form drawn in a guide: │申請人姓名　│王小明　│, | 姓名 | 王小明 | —
  // ten rows of sets 36-47; no textbook name in such a row is anyone's in sets 1-47.)
  auto box_row = [&] {
    const std::size_t first = line.find_first_not_of(" \t");
    return line.find("│") != std::string_view::npos || line.find("┃") != std::string_view::npos ||
           (first != std::string_view::npos && line[first] == '|');
  };
  return !name.empty() && ((textbook_name(name) && (template_line(line) || box_row())) ||
                           (util::is_alpha(name[0]) && textbook_row(line)));
}

bool example_in(std::string_view text, std::string_view name) {
  auto line_at = [&](std::size_t from, std::size_t to) { // [from, to) inside one line
    return std::pair(text.rfind('\n', from) + 1,         // (npos + 1 == 0)
                     std::min(text.find('\n', to), text.size()));
  };
  for (std::size_t at = text.find(name); at != std::string_view::npos;
       at = text.find(name, at + name.size())) {
    const auto [ls, le] = line_at(at, at + name.size());
    // The line is a template's, or the one above or below is with a placeholder that no
    // document masks with (姓名：王小明⏎身分證字號：A12345****, ⏎出生：民國○○年○月○日; not
    // 三重區○○街○○號, masked in minutes).
    auto template_near = [&](std::size_t inside) {
      const auto [s, e] = line_at(inside, inside);
      const std::string_view near_line = text.substr(s, e - s);
      return template_line(near_line) && (near_line.find("○○") == std::string_view::npos ||
                                          near_line.find("○年") != std::string_view::npos ||
                                          near_line.find("○月") != std::string_view::npos);
    };
    if (template_line(text.substr(ls, le - ls)) || (ls > 0 && template_near(ls - 1)) ||
        (le < text.size() && template_near(le + 1))) {
      return true;
    }
    // Said to be an example before it on its line (例如「王小明」, 如配偶「李大同」, 假設) or
    // right after it (以虛構個案「王小明」為例).
    const std::string_view before = text.substr(ls, at - ls);
    // (Forty-eight bytes: 例如「委託人 陳大文、受託人 陳小文」 — set82b.)
    const std::string_view near = before.substr(before.size() > 48 ? before.size() - 48 : 0);
    for (std::string_view word : {"例如", "例：", "例:", "為例", "舉例", "假設", "虛構"}) {
      if (near.find(word) != std::string_view::npos) {
        return true;
      }
    }
    if (near.substr(near.size() > 12 ? near.size() - 12 : 0).find("如") != // (如配偶「李大同」)
        std::string_view::npos) {
      return true;
    }
    const std::string_view after = text.substr(at + name.size(), 12);
    if (after.starts_with("」為例") || after.starts_with("為例")) {
      return true;
    }
  }
  return false;
}

namespace {
// Sorts out[first...] by start; of overlapping matches keeps the more confident one (the longer
// one on a tie, else the one found first).
void keep_most_confident(std::vector<Match>& out, std::size_t first) {
  if (out.size() - first < 2) {
    return;
  }
  auto begin = out.begin() + static_cast<std::ptrdiff_t>(first);
  std::stable_sort(begin, out.end(), [](const Match& a, const Match& b) {
    return a.start != b.start ? a.start < b.start : a.end > b.end;
  });
  auto kept = begin;
  for (auto it = begin + 1; it != out.end(); ++it) {
    if (it->start < kept->end) {
      bool better =
          it->confidence > kept->confidence ||
          (it->confidence == kept->confidence && it->end - it->start > kept->end - kept->start) ||
          // The same name by a rule with a cue (a list's) and by the cue-free one: the cue's, so
          // that it is found again wherever it stands (仇家銘發言).
          (it->confidence == kept->confidence && it->start == kept->start && it->end == kept->end &&
           cue_free_rule(kept->rule) && !cue_free_rule(it->rule));
      if (better) {
        *kept = *it;
      }
    } else {
      *++kept = *it;
    }
  }
  out.erase(kept + 1, out.end());
  // Two dates of birth that touch are one told two ways (民國十八年農曆己巳年五月初三 — set66a).
  for (auto it = begin; it != out.end() && it + 1 != out.end();) {
    if (it->type == PiiType::birth_date && (it + 1)->type == PiiType::birth_date &&
        it->end == (it + 1)->start) {
      it->end = (it + 1)->end;
      out.erase(it + 1);
    } else {
      ++it;
    }
  }
}

// A pet's record (寵物登記, 認養切結: 寵物, 晶片, 毛色 near): its date of birth and the
// nickname it is called by are no person's (出生日期：112年3月　毛色：黃白, 寵物名阿福, 暱稱小黑).
// Names with a surname stay: the owner's (飼主王小明之犬隻). (Not 狗 or 犬: a temple's register
// gives each person's zodiac sign, 屬狗; a dog-bite report names the bitten.)
bool about_an_animal(Line& line, const Match& m) {
  // (The confidence first: most names are found at 0.7 or more, nicknames at 0.6.)
  const bool nickname =
      m.type == PiiType::person_name && m.confidence <= 0.6f &&
      (m.rule == "given-nickname" || m.rule == "nickname" || m.rule == "nickname+kin");
  return (m.type == PiiType::birth_date || nickname) &&
         !line.cue_near(m.start, m.end, patterns::CueClass::animal, true, 48, 48).empty();
}

// Drops the values in out[first, …) that a text gives as an example of a format: right after
// 例：, 例如, 範例, 格式例 or e.g. (舊式證號（格式例：AB12345678）,
// 統一發票號碼（例：AB10293847）), or later in a sentence 舉例, 例如 or 範例 began; a pet's date
// of birth and nickname (about_an_animal); a textbook's name in a template; with `thorough`, a
// scam's persona or a 化名 (assumed).
void drop_examples(Line& line, std::vector<Match>& out, std::size_t first, bool thorough) {
  if (out.size() == first) {
    return; // (most windows of prose: nothing found, nothing looked up)
  }
  const std::string_view text = line.text();
  // A textbook's name in a form's template (聲請人：王小明　身分證統一編號：A12345****, 相對人：
  // 王大同　出生年月日：民國○○年○○月○○日).
  auto textbook = [&](const Match& m) {
    return m.type == PiiType::person_name &&
           template_name(text.substr(m.start, m.end - m.start), text);
  };
  // An ID whose check digit holds and that is no textbook's (A123456789) after (如 is an
  // instance: 錯誤未遮蔽之資料（如 R229543901）已撤下 — set35a. (Formats' examples elsewhere
  // fail their check digit or are the textbook's.)
  // The text before the first of a list's items that ends `before` (（如 AB-12345678、 and
  // F12345****、 before the last item): what a list's later items are said after.
  auto before_items = [](std::string_view before) {
    while (before.ends_with("、")) {
      std::size_t k = before.size() - 3;
      while (k > 0 &&
             (util::is_alnum(before[k - 1]) || before[k - 1] == '-' || before[k - 1] == '*')) {
        --k;
      }
      before = before.substr(0, util::skip_blanks_back(before, k));
    }
    return before;
  };
  // (So is a later item of the list: （如N214129941、M923841480） — set322b's parents' letter.)
  auto valid_id_instance = [&](const Match& m) {
    if (!(m.type == PiiType::national_id || m.type == PiiType::resident_id) ||
        !m.rule.starts_with("checksum") || m.rule.find("failed") != std::string_view::npos ||
        text.substr(m.start).starts_with("A123")) { // (A123456789, A123456780 …)
      return false;
    }
    return before_items(text.substr(0, util::skip_blanks_back(text, m.start))).ends_with("(如");
  };
  auto example = [&](std::size_t at) {
    // (Cheap first: 例, 例如/(如, e.g., ：, 、, 「 and 格式 end in 8B, 82, '.', 9A, 81, 8C and 8F.)
    std::size_t b = at;
    while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == ':')) {
      --b;
    }
    if (b == 0 || (text[b - 1] != '\x8B' && text[b - 1] != '\x82' && text[b - 1] != '.' &&
                   text[b - 1] != '\x9A' && text[b - 1] != '\x81' && text[b - 1] != '\x8C' &&
                   text[b - 1] != '\x8F')) {
      return false;
    }
    b = at;
    while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == ':')) {
      --b;
    }
    std::string_view before = text.substr(0, b);
    if (before.ends_with("：")) {
      before.remove_suffix(3);
    }
    // (Or a quote: 例如「王小明」, 發票號碼格式「AB12345678」 — set39b's guide; and the quotes
    // after the first: 例如「黃先生」「許小姐」, 「王大明」、「李小華」 — set58a.)
    if (before.ends_with("「")) {
      before.remove_suffix(3);
      for (int quotes = 0; quotes < 4; ++quotes) {
        std::string_view quoted = before;
        if (quoted.ends_with("、") || quoted.ends_with("或") || quoted.ends_with("及")) {
          quoted.remove_suffix(3);
        }
        const std::size_t open =
            quoted.ends_with("」") ? quoted.rfind("「") : std::string_view::npos;
        if (open == std::string_view::npos || quoted.size() - open > 30) {
          break;
        }
        before = quoted.substr(0, open);
      }
    }
    // (And the later items of an example list: （如 AB-12345678、QC38471620）.)
    before = before_items(before);
    // (例 alone only after a bracket or a blank, or as 格式例 or 舉例: 病例, 案例, 條例 and 比例
    // end in 例 too.)
    const bool li =
        before.ends_with("例") &&
        (before.size() == 3 || before.ends_with("(例") || before.ends_with(" 例") ||
         before.ends_with("。例") || // (。例：民國48年次之市民 — set64b)
         before.ends_with("格式例") || before.ends_with("舉例") || before.ends_with("範例"));
    return li || before.ends_with("例如") || before.ends_with("(如") || before.ends_with("e.g.") ||
           before.ends_with("E.g.") || before.ends_with("格式");
  };
  // An example announced earlier in the sentence (舉例：出生日期為113年1月15日的寶寶, 例如填寫
  // A123456789 即可): 舉例, 例如 or 範例 up to 48 bytes before the value, no 。 or ； between
  // (One search for 例 in a window with findings first: looking up the cue words before each of
  // a dense roster's findings cost 2 % of the bench, the search in each of its lines 0.9 %; a
  // window with three findings or more is a record's row, no example.)
  int li = out.size() - first <= 2 ? -1 : 0; // whether the window holds 例: -1 not looked yet
  // The people the window names (no textbook name), kept apart when it says 例如: the pass below
  // erases as it goes. (The search for 例 made here once, which announced would make anyway; in a
  // record's row only when a person is among its findings, for shown_instance.)
  static thread_local std::vector<std::pair<std::uint32_t, std::uint32_t>> people;
  people.clear();
  if (li < 0 && out.size() > first) {
    li = util::find_char3(text, 0, "例") != std::string_view::npos ? 1 : 0;
  }
  const bool example_in_record =
      li == 0 && out.size() - first > 2 &&
      std::any_of(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
                  [](const Match& m) { return m.type == PiiType::person_name; }) &&
      util::find_char3(text, 0, "例") != std::string_view::npos;
  if ((li == 1 || example_in_record) && text.find("例如") != std::string_view::npos) {
    for (std::size_t k = first; k < out.size(); ++k) {
      if (out[k].type == PiiType::person_name &&
          !textbook_name(text.substr(out[k].start, out[k].end - out[k].start))) {
        people.emplace_back(out[k].start, out[k].end);
      }
    }
  }
  auto announced = [&](const Match& m) {
    if (li < 0) {
      li = util::find_char3(text, 0, "例") != std::string_view::npos ? 1 : 0;
    }
    if (li == 0) {
      return false;
    }
    const std::string_view w =
        line.cue_near(m.start, m.end, patterns::CueClass::example, true, 48, 0);
    // (例如 also brings in real people's instances in a narrative, 例如阿坤伯只說他四十一年次:
    // a name or a date of birth after it stays; an ID or a number after it is a format's.)
    // (Unless a textbook name stands between: 例如王小明於民國48年7月1日出生 — set69a's guide.)
    auto textbook_between = [&] {
      const std::size_t k = text.substr(0, m.start).rfind(w);
      for (std::size_t at = k; at != std::string_view::npos && at + 6 <= m.start; ++at) {
        if (static_cast<unsigned char>(text[at]) >= 0xE0 &&
            (textbook_name(text.substr(at, 9)) || textbook_name(text.substr(at, 6)))) {
          return true;
        }
      }
      return false;
    };
    if (w.empty() ||
        (w == "例如" && (m.type == PiiType::person_name || m.type == PiiType::birth_date) &&
         !(m.type == PiiType::birth_date && textbook_between()))) {
      return false;
    }
    const std::size_t k = text.substr(0, m.start).rfind(w);
    const std::string_view between = text.substr(k, m.start - k);
    // (例如 before someone's own number is an instance: 例如妳上次給我的 H918559669 — set42a's
    // chat; a valid check digit and a pronoun between.)
    // (Or a clause between: 例如 B23356****，不要像上次整個打 F209979899 出來 — set163b's chat.)
    if (w == "例如" && m.rule.starts_with("checksum") &&
        m.rule.find("failed") == std::string_view::npos) {
      for (std::string_view pronoun : {"你", "妳", "您", "我", "他", "她", "，"}) {
        if (between.find(pronoun) != std::string_view::npos) {
          return false;
        }
      }
    }
    // (Nor after a person named between, no textbook name: 例如Kim Soo-min家長手機為
    // +886 954264689 — set75b's report.)
    if (w == "例如" && std::any_of(people.begin(), people.end(), [&](const auto& o) {
          return o.first >= k && o.second <= m.start;
        })) {
      return false;
    }
    return between.find("。") == std::string_view::npos &&
           between.find("；") == std::string_view::npos &&
           between.find('\n') == std::string_view::npos;
  };
  // A name that is no one's own: quoted after 冒稱, 假冒, 冒充 … (歹徒會冒稱孫子「阿明」或「小華」,
  // 假冒「陳法官」: a scam's personas, each quote of such a list), or marked 化名 (黃先生（化名）)
  // — sets 8, 42a, 43a — or 示範.
  // (Only when the input is read thoroughly: the two searches of each window with a name cost
  // 0.7 % of the dense bench, read fast.)
  int quotes = -1, alias = -1;
  auto assumed = [&](const Match& m) {
    if (m.type != PiiType::person_name) {
      return false;
    }
    if (quotes < 0) {
      quotes = text.find("「") != std::string_view::npos ? 1 : 0;
      alias = text.find("化名") != std::string_view::npos ||
                      text.find("示範") != std::string_view::npos ||
                      text.find("(example") != std::string_view::npos
                  ? 1
                  : 0;
    }
    // (Or marked as a form's example: 「張曉華」（示範）, Name: Wang Xiao-Ming (example only) —
    // set63b's and set64a's guides.)
    for (std::string_view mark : {"(化名)", "(示範)", "(example"}) {
      const std::size_t a = alias == 1 ? text.find(mark, m.end) : std::string_view::npos;
      if (a != std::string_view::npos && a - m.end <= 9) {
        return true;
      }
    }
    const std::size_t o =
        quotes == 1 ? text.substr(0, m.start).rfind("「") : std::string_view::npos;
    // A surname and a title quoted alone where the line asks for a full name: what not to write
    // on a form (姓名欄請勿只寫「王先生」、「林太太」等稱謂, 以「張先生」登記，未填全名 — five
    // guides of sets 32-37, and no one's own name on such a line in sets 1-47), or tells how to
    // refer to someone unnamed (以「陳先生」稱之, 稱呼).
    if (o != std::string_view::npos && o + 3 == m.start && m.end - m.start <= 6) {
      const std::size_t close = text.find("」", m.end);
      if (close != std::string_view::npos && close > m.end && close - m.end <= 6 &&
          (text.find("全名") != std::string_view::npos ||
           text.find("稱謂") != std::string_view::npos ||
           text.find("代稱") != std::string_view::npos || // (「林小姐」等代稱 — set51b)
           text.find("稱之") != std::string_view::npos || // (以「陳先生」「林小姐」稱之 — set56a)
           text.find("稱呼") != std::string_view::npos ||
           text.find("只寫") != std::string_view::npos || // (不得只寫「王先生」 — set65a)
           text.find("而非") != std::string_view::npos)) { // (「王大明」而非「王先生」 — set79b)
        return true;
      }
    }
    // A surname and a title unquoted in a list a guide calls forms of address (問14：林先生、
    // 陳小姐這類稱呼 — set67b).
    if (m.end - m.start == 3) {
      const std::size_t w = std::min(text.find("稱呼", m.end), text.find("稱謂", m.end));
      if (w != std::string_view::npos && w - m.end <= 24 &&
          text.substr(m.end, w - m.end).find("。") == std::string_view::npos &&
          text.substr(m.end, w - m.end).find("，") == std::string_view::npos &&
          (text.substr(m.end, w - m.end).find("這類") != std::string_view::npos ||
           text.substr(m.end, w - m.end).find("等") != std::string_view::npos)) {
        return true;
      }
    }
    if (o == std::string_view::npos || m.start - o > 24 ||
        text.substr(o, m.start - o).find("」") != std::string_view::npos) {
      return false;
    }
    // A quoted name the line calls made up (人物「阿明伯」、「美玉阿嬤」均為虛構角色 — set67b).
    if (o + 3 == m.start) {
      const std::size_t made_up = text.find("虛構", m.end);
      if (made_up != std::string_view::npos && made_up - m.end <= 45 &&
          text.substr(m.end, made_up - m.end).find("。") == std::string_view::npos) {
        return true;
      }
    }
    // (Back over the list's earlier quotes: 「陳專員」「林經理」, 「陳專員」或「林小姐」.)
    for (std::string_view before = text.substr(0, o);;) {
      std::string_view b = before;
      for (std::string_view sep : {"、", "或", "及", "與"}) {
        if (b.ends_with(sep)) {
          b.remove_suffix(sep.size());
          break;
        }
      }
      if (!b.ends_with("」")) {
        // (Not 自稱: a stranger who names himself is someone still, 自稱「阿凱」 — sets 19,
        // 33; the writers of scam guides and of victims' statements disagree on 自稱「林專員」.)
        for (std::string_view w :
             {"冒稱", "假冒", "冒充", "冒用", "佯稱", "謊稱", "假扮", "冒名", "化名", "假名"}) {
          // (Two characters between at most: 冒稱孫子「阿明」, 化名為「…」.)
          if (before.substr(before.size() - std::min<std::size_t>(before.size(), 12)).find(w) !=
              std::string_view::npos) {
            return true;
          }
        }
        return false;
      }
      const std::size_t open = b.rfind("「");
      if (open == std::string_view::npos || b.size() - open > 30) {
        return false;
      }
      before = b.substr(0, open);
    }
  };
  // A person named right after 例如 with no quote, no textbook name, is an instance, not a
  // form's (例如Kim Soo-min家長手機為… — set75b's report; 例如「王小明」 stays an example).
  auto named_instance = [&](const Match& m) {
    return m.type == PiiType::person_name && m.start >= 6 &&
           util::has_at(text, m.start - 6, "例如") &&
           !textbook_name(text.substr(m.start, m.end - m.start));
  };
  // A date of birth the sentence calls made up (甲君（民國80年次之青年，僅為說明年齡計算方式之
  // 虛構例子）— set72b's guide).
  int fiction = -1;
  auto made_up_date = [&](const Match& m) {
    if (m.type != PiiType::birth_date) {
      return false;
    }
    if (fiction < 0) {
      fiction = text.find("虛構") != std::string_view::npos ? 1 : 0;
    }
    const std::size_t w = fiction == 1 ? text.find("虛構", m.end) : std::string_view::npos;
    return w != std::string_view::npos && w - m.end <= 60 &&
           text.substr(m.end, w - m.end).find("。") == std::string_view::npos &&
           text.substr(m.end, w - m.end).find('\n') == std::string_view::npos;
  };
  // A number the text says is no phone right after it (傳票號碼如0912-345678號（內部編號，非電話）
  // — set84b's guide, and nine more guides of sets 16-64).
  auto no_phone = [&](const Match& m) {
    if (m.type != PiiType::phone) {
      return false;
    }
    std::string_view after = text.substr(m.end, 40);
    // (非 or 不 first, one SIMD search each: most phones have neither after them.)
    if (util::find_char3(after, 0, "非") == std::string_view::npos &&
        util::find_char3(after, 0, "不") == std::string_view::npos) {
      return false;
    }
    after = after.substr(0, after.find('\n'));
    return after.find("非電話") != std::string_view::npos ||
           after.find("非手機") != std::string_view::npos ||
           after.find("不是電話") != std::string_view::npos;
  };
  // A number right after 例如 that shows the data of people the sentence named before it, 的
  // between (住客名單，我看到上面有 朱雅雯、Anna Kowalska 的電話和生日，例如 0913-480-157 —
  // set186b's complaint): an instance. (Not a date: 生日要寫民國，例如 050/01/01 is a format.)
  auto shown_instance = [&](const Match& m) {
    if (people.empty() || m.type == PiiType::person_name || m.type == PiiType::birth_date) {
      return false;
    }
    const std::size_t k = text.substr(0, m.start).rfind("例如");
    if (k == std::string_view::npos || m.start - k > 12) {
      return false;
    }
    return std::any_of(people.begin(), people.end(), [&](const auto& o) {
      if (o.second > k) {
        return false;
      }
      const std::string_view gap = text.substr(o.second, k - o.second);
      // (Whose data: 的 between; not a chat's sender before 寫電話，例如 09….)
      return gap.find("的") != std::string_view::npos && gap.find("。") == std::string_view::npos &&
             gap.find("；") == std::string_view::npos && gap.find('\n') == std::string_view::npos;
    });
  };
  // A value marked as an example right after it: 身分證 A123456789（此為範例請勿照填）,
  // 0912-345-678 （範例） — set254a's co-signers' roster. (Not 範例 opening a sample of the next
  // field: 曾家建　（範例：A123456788）, 0５－２２６１２３４ （範例格式０９１２－***－６７８） —
  // set249b.)
  auto marked_example = [&](const Match& m) {
    const std::size_t at = util::skip_blanks(text, m.end);
    if (at >= text.size() || text[at] != '(') {
      return false;
    }
    if (util::has_at(text, at + 1, "此為範例")) {
      return true;
    }
    const std::size_t w = util::has_at(text, at + 1, "範例") || util::has_at(text, at + 1, "示範")
                              ? at + 7
                              : std::string_view::npos;
    return w != std::string_view::npos && w < text.size() &&
           (text[w] == ')' || text[w] == ',' || util::has_at(text, w, "號碼"));
  };
  out.erase(std::remove_if(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
                           [&](const Match& m) {
                             return (example(m.start) && !valid_id_instance(m) &&
                                     !named_instance(m) && !shown_instance(m)) ||
                                    announced(m) || about_an_animal(line, m) || textbook(m) ||
                                    no_phone(m) || marked_example(m) ||
                                    (thorough && (assumed(m) || made_up_date(m)));
                           }),
            out.end());
}
} // namespace

void detect_window(std::string_view text, bool mid_clause, TypeSet types, std::vector<Match>& out,
                   bool cue_free, bool birth_talk, bool ends_line) {
  static thread_local std::vector<patterns::CueHit> scratch;
  Line line(text, mid_clause, scratch, birth_talk, ends_line);
  const std::size_t first = out.size();
  if (types.contains(PiiType::national_id) || types.contains(PiiType::resident_id)) {
    find_ids(line, types, out);
    if (cue_free) {
      find_spoken_ids(line, types, out); // (thorough only: a pass over every window)
    }
  }
  if (types.contains(PiiType::phone)) {
    find_phones(line, out);
  }
  if (types.contains(PiiType::email)) {
    find_emails(line, out);
    if (cue_free) {
      find_word_at_emails(line, out); // (thorough only: a pass over every window)
      find_spoken_emails(line, out);  // (and a search for 鼠 where it holds a letter)
    }
  }
  if (cue_free && types.contains(PiiType::birth_date)) {
    find_month_days(line, out); // 生日：農曆正月初五 (thorough only: a pass for 生)
  }
  if (types.contains(PiiType::address)) {
    find_addresses(line, out);
    find_english_addresses(line, out);
  }
  if (types.contains(PiiType::birth_date) || types.contains(PiiType::passport) ||
      types.contains(PiiType::nhi_card) || types.contains(PiiType::business_id) ||
      types.contains(PiiType::license_plate) || types.contains(PiiType::bank_account) ||
      types.contains(PiiType::credit_card) || types.contains(PiiType::citizen_cert)) {
    find_numbers(line, types, out);
  }
  if (types.contains(PiiType::person_name)) {
    // A row with an ID, phone or e-mail tells that its name-shaped fields are names, even when
    // those types are not asked for.
    bool row_has_pii = out.size() > first;
    if (!row_has_pii && !(types.contains(PiiType::national_id) && types.contains(PiiType::phone) &&
                          types.contains(PiiType::email))) {
      static thread_local std::vector<Match> context;
      context.clear();
      find_ids(line, TypeSet::all(), context);
      find_phones(line, context);
      find_emails(line, context);
      row_has_pii = !context.empty();
    }
    // (Or an ID its writer masked as a word of the row, read thoroughly: <li>溫華　E15169****</li>
    // — set282a's list of those admitted; not a template's row.)
    if (!row_has_pii && cue_free && line.text().find("***") != std::string_view::npos &&
        masked_id_in(line.text()) && !textbook_row(line.text())) {
      row_has_pii = true;
    }
    const std::size_t names_first = out.size();
    find_names(line, row_has_pii, out, cue_free);
    // (Or a line of IDs masked in brackets, read thoroughly: 汪重光（W10320****）.)
    if ((row_has_pii && out.size() > first) ||
        (cue_free && line.text().find("*)") != std::string_view::npos)) {
      names_before_bracketed_values(line, out, first);
    }
    if (types.contains(PiiType::birth_date) && out.size() > names_first) {
      dates_after_names(line, out, names_first);
      years_after_names(line, out, first, names_first);
    }
    if (cue_free && types.contains(PiiType::birth_date)) {
      name_date_lists(line, out);
    }
  }
  keep_most_confident(out, first);
  // (A look before each finding; a search for 例 at most.)
  drop_examples(line, out, first, cue_free);
}

void detect_between(std::string_view text, bool mid_clause, TypeSet types, std::vector<Match>& out,
                    bool ends_line) {
  static thread_local std::vector<patterns::CueHit> scratch;
  Line line(text, mid_clause, scratch, false, ends_line);
  const std::size_t first = out.size();
  // Spelled-out e-mails and IDs read aloud hold ASCII letters: one pass (16 bytes at a time) for
  // any of A-z keeps most lines of prose from the passes of each.
  const bool letters = util::next_in_range(text, 0, 'A', 'z') < text.size();
  if (letters && types.contains(PiiType::email)) {
    find_spelled_emails(line, out);
    find_spoken_emails(line, out);
    find_word_at_emails(line, out);
  }
  // (Three memchr-based finds measured cheaper than find_char3's passes or the search's own.)
  if (types.contains(PiiType::phone) &&
      (text.find("零") != std::string_view::npos || text.find("○") != std::string_view::npos ||
       text.find("〇") != std::string_view::npos)) {
    find_chinese_numeral_phones(line, out);
  }
  if (types.contains(PiiType::birth_date)) {
    find_month_days(line, out);
  }
  if (letters && (types.contains(PiiType::national_id) || types.contains(PiiType::resident_id))) {
    find_spoken_ids(line, types, out);
  }
  if (types.contains(PiiType::person_name)) {
    const std::size_t names_first = out.size();
    find_names(line, out.size() > first, out);
    if (types.contains(PiiType::birth_date) && out.size() > names_first) {
      numeral_dates_after_names(line, out, names_first);
    }
  }
  keep_most_confident(out, first);
  // (範例人物「林美美」, 冒稱孫子「阿明」: lines with no candidate hold examples too.)
  drop_examples(line, out, first, true);
}

} // namespace detectors

void detect(std::string_view line, TypeSet types, std::vector<Match>& out) {
  detectors::detect_window(line, false, types, out);
}

} // namespace twpii
