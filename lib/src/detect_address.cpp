// Addresses (地址): parsed backwards from each 號 through lane, section, road or place name,
// village, 鄰, district, county and postal code, then forwards through 之N, floor and room; and,
// with no house number, a village's numbered 鄰 or a home named after a word of residence.
// Place names come from the gazetteer (patterns/gazetteer_*.txt). Reference: tw-pii-formats §6.
#include "candidates.hpp"
#include "detectors.hpp"
#include "text_util.hpp"

namespace twpii::detectors {

namespace {
constexpr std::size_t npos = std::string_view::npos;

using util::prev_char;

bool ends_at(std::string_view s, std::size_t end, std::string_view w) {
  return end >= w.size() && util::has_at(s, end - w.size(), w);
}

// Typed addresses put spaces around their numbers (中正路 118 巷 5 號 3 樓): before `p`, and
// after `p`, up to two ASCII spaces are skipped (the normalised text has folded 　 to ' ').
std::size_t spaces_before(std::string_view s, std::size_t p) {
  for (int k = 0; k < 2 && p > 0 && s[p - 1] == ' '; ++k) {
    --p;
  }
  return p;
}
std::size_t spaces_after(std::string_view s, std::size_t p) {
  for (int k = 0; k < 2 && p < s.size() && s[p] == ' '; ++k) {
    ++p;
  }
  return p;
}

using util::is_numeral;

// Start of a run of numerals ending at `end`, or `end` if there is none.
// A number is written in one script: ASCII digits or Chinese numerals (5一帶 is 5, then 一帶).
// (○ after a Chinese numeral is a zero, as Big5 documents write it: 三二○號; ○ alone is a
// masked digit: 金山南路二段○○號 is no address.)
std::size_t numerals_start(std::string_view s, std::size_t end) {
  std::size_t p = end;
  bool ascii = false;
  while (p > 0) {
    std::size_t c = prev_char(s, p);
    const std::string_view ch = s.substr(c, p - c);
    // (A 0 typed among Chinese numerals is a zero too: 二0三巷.)
    if (ch == "0" && p != end && !ascii && c >= 3 && is_numeral(s.substr(c - 3, 3))) {
      p = c;
      continue;
    }
    if ((!is_numeral(ch) && ch != "○") || (p != end && (p - c == 1) != ascii)) {
      break;
    }
    ascii = p - c == 1;
    p = c;
  }
  while (p < end && s.substr(p, 3) == "○") {
    p += 3; // a number starts with a numeral
  }
  return p;
}

// Start of a number ending at `end` — 55, 五十五, 162之37, 88-1 — or npos.
std::size_t number_start(std::string_view s, std::size_t end) {
  std::size_t p = numerals_start(s, end);
  if (p == end) {
    return npos;
  }
  for (std::string_view joint : {"之", "-"}) {
    if (ends_at(s, p, joint)) {
      std::size_t q = numerals_start(s, p - joint.size());
      if (q < p - joint.size()) {
        return q;
      }
    }
  }
  return p;
}

// End of a number starting at `p` (numerals, optionally 之N or -N), or `p` if there is none.
std::size_t number_end(std::string_view s, std::size_t p) {
  auto run = [&](std::size_t q) {
    const std::size_t first = q;
    while (q < s.size()) {
      std::size_t len = util::utf8_length(s[q]);
      if (q != first && s[q] == '0' && len == 1 && util::utf8_length(s[first]) == 3 &&
          q + 4 <= s.size() && is_numeral(s.substr(q + 1, 3))) {
        ++q; // 二0三 (a 0 typed among Chinese numerals)
        continue;
      }
      if ((!is_numeral(s.substr(q, len)) && !(q != first && s.substr(q, 3) == "○")) ||
          s.substr(q).starts_with("一帶") ||
          (q != first && (len == 1) != (util::utf8_length(s[first]) == 1))) {
        break;
      }
      q += len;
    }
    return q;
  };
  std::size_t e = run(p);
  if (e == p) {
    return p;
  }
  for (std::string_view joint : {"之", "-"}) {
    if (s.substr(e, joint.size()) == joint) {
      std::size_t f = run(e + joint.size());
      if (f > e + joint.size()) {
        return f;
      }
    }
  }
  return e;
}

// Characters that end an administrative name: a road name written without gazetteer support
// does not reach back over them.
bool admin_suffix(std::string_view c) {
  return c == "市" || c == "縣" || c == "區" || c == "鄉" || c == "鎮" || c == "里" || c == "村" ||
         c == "鄰";
}

// Start of the gazetteer road or place name ending at `end`, or npos. A name that begins with
// the last character of a district (埔里鎮|安八街 read as 鎮安八街) gives that character back.
std::size_t road_start(const patterns::Gazetteer& g, std::string_view s, std::size_t end) {
  std::size_t r = g.roads.longest_ending_at(s, end);
  if (r != npos && end - r > 6 && admin_suffix(s.substr(r, 3)) &&
      g.roads.contains(s.substr(r + 3, end - r - 3))) {
    std::size_t after = r + 3; // does an administrative name end with that character?
    if (g.districts.longest_ending_at(s, after) != npos ||
        g.villages.longest_ending_at(s, after) != npos ||
        g.counties.longest_ending_at(s, after) != npos) {
      r = after;
    }
  }
  // (Not a numeral's place-name after 第: 第四區42號 is a cemetery's section and grave, though
  // 四區 is a locality of the road list — set167a's baptism register.)
  if (r != npos && r >= 3 && util::has_at(s, r - 3, "第") &&
      util::is_chinese_numeral(util::cp3(s.data() + r))) {
    return npos;
  }
  return r;
}

// A village (2-4 characters ending in 村 or 里) right after a district: 埔里鎮外中村.
std::size_t generic_village_start(const patterns::Gazetteer& g, std::string_view s,
                                  std::size_t end) {
  if (!ends_at(s, end, "村") && !ends_at(s, end, "里")) {
    return npos;
  }
  std::size_t best = npos;
  for (std::size_t k = 2; k <= 4 && end >= 3 * k; ++k) {
    std::size_t c = end - 3 * k;
    if (auto lead = static_cast<unsigned char>(s[c]); lead < 0xE4 || lead > 0xE9) {
      break;
    }
    if (g.districts.longest_ending_at(s, c) != npos) {
      best = c;
    }
  }
  return best;
}

// A road name not in the gazetteer: 1-4 Chinese characters before 路, 街 or 大道 at `end`.
std::size_t generic_road_start(std::string_view s, std::size_t end) {
  std::size_t suffix = ends_at(s, end, "大道")                            ? 6
                       : (ends_at(s, end, "路") || ends_at(s, end, "街")) ? 3
                                                                          : 0;
  if (suffix == 0) {
    return npos;
  }
  std::size_t p = end - suffix;
  int n = 0;
  while (p > 0 && n < 4) {
    std::size_t c = prev_char(s, p);
    std::string_view ch = s.substr(c, p - c);
    auto lead = static_cast<unsigned char>(s[c]);
    // (A numeral right before the suffix after a name: 壽山街二路 — set95b; 中華一路 is known.)
    if (n == 0 && is_numeral(ch) && c >= 3 &&
        !is_numeral(s.substr(prev_char(s, c), c - prev_char(s, c))) &&
        static_cast<unsigned char>(s[prev_char(s, c)]) >= 0xE4) {
      p = c;
      ++n;
      continue;
    }
    if (lead < 0xE4 || lead > 0xE9 || admin_suffix(ch) || is_numeral(ch) || ch == "住" ||
        ch == "於" || ch == "在" || ch == "至" || ch == "往" || ch == "經" || ch == "之" ||
        ch == "的" || ch == "及" || ch == "與") { // not part of a road name
      break;
    }
    p = c;
    ++n;
  }
  return n == 0 ? npos : p;
}

// Start of a place name of one to `most` characters ending at `end` (ideographs that are no
// administrative suffix or numeral) right after what `after(p)` accepts as ending at p, or npos.
template <class After>
std::size_t place_start(std::string_view s, std::size_t end, int most, After after) {
  std::size_t p = end;
  for (int n = 0; p >= 3; ++n) {
    if (n > 0 && after(p)) {
      return p;
    }
    const std::size_t c = prev_char(s, p);
    const std::string_view ch = s.substr(c, p - c);
    auto lead = static_cast<unsigned char>(s[c]);
    if (n == most || lead < 0xE4 || lead > 0xE9 || admin_suffix(ch) || is_numeral(ch)) {
      return npos;
    }
    p = c;
  }
  return npos;
}

// A place name of one to four characters after N鄰 (rural addresses name places the gazetteer
// lacks: 3鄰瓦厝仔12號): its start, or npos.
std::size_t place_after_lin(std::string_view s, std::size_t end) {
  return place_start(s, end, 4, [&](std::size_t p) {
    return ends_at(s, p, "鄰") && number_start(s, p - 3) != npos;
  });
}

// A hamlet's name of one to three characters right after a village the gazetteer knows
// (大馬村馬太鞍14號 — set143b: as after N鄰, a hamlet the postal list lacks): its start, or npos.
std::size_t place_after_village(const patterns::Gazetteer& g, std::string_view s, std::size_t end) {
  return place_start(s, end, 3, [&](std::size_t p) {
    return (ends_at(s, p, "村") || ends_at(s, p, "里")) &&
           g.villages.longest_ending_at(s, p) != npos;
  });
}

// End of a 之N or -N after `p`, or `p`.
std::size_t joint_end(std::string_view s, std::size_t p) {
  for (std::string_view joint : {"之", "-"}) {
    if (s.substr(p).starts_with(joint)) {
      std::size_t f = number_end(s, p + joint.size());
      return f > p + joint.size() ? f : p;
    }
  }
  return p;
}

// End of the floor and room after an address number ending at `e` (3樓, 12之3樓, 6樓之9, B1F, 2F-1,
// 地下1樓, 地下室, 地下層, 頂樓, 5室, A-33室), or `e` if there is none.
std::size_t floor_end(std::string_view s, std::size_t e) {
  // A building before its floor (18號宿舍3樓, 5號A棟3樓): part of the address when a floor follows.
  for (std::string_view building : {"宿舍", "大樓", "大廈", "公寓"}) {
    if (s.substr(e).starts_with(building)) {
      const std::size_t after = floor_end(s, e + building.size());
      return after > e + building.size() ? after : e;
    }
  }
  if (e + 4 <= s.size() && (util::is_alnum(s[e])) && s.substr(e + 1).starts_with("棟")) {
    const std::size_t after = floor_end(s, e + 4);
    return after > e + 4 ? after : e;
  }
  std::string_view rest = s.substr(e);
  if (rest.starts_with("地下室") || rest.starts_with("地下層") || rest.starts_with("頂樓")) {
    return e + (rest.starts_with("頂樓") ? 6 : 9); // 127號頂樓: the rooftop floor
  }
  std::size_t p = rest.starts_with("地下") ? e + 6 : spaces_after(s, e);
  const bool basement = p < s.size() && (s[p] == 'B' || s[p] == 'b');
  p += basement ? 1 : 0;
  std::size_t after = e;
  std::size_t num = number_end(s, p);
  if (num > p) {
    if (std::size_t u = spaces_after(s, num); s.substr(u).starts_with("樓")) {
      after = joint_end(s, u + 3);
    } else if (num < s.size() && (s[num] == 'F' || s[num] == 'f') &&
               (num + 1 >= s.size() || !util::is_alnum(s[num + 1]) ||
                // (A room's number glued after it: 109號7F8室 — set131b's bus-pass roster.)
                (util::is_digit(s[num + 1]) &&
                 util::has_at(s, util::digits_end(s, num + 1), "室")))) {
      after = num + 1;
      if (after + 1 < s.size() && s[after] == '-' && util::is_digit(s[after + 1])) {
        after = util::digits_end(s, after + 1); // 2F-1: the second floor, flat 1
      }
    } else if (basement && (num >= s.size() || !util::is_alnum(s[num]))) {
      after = num; // B1
    }
  }
  std::size_t r = after == e ? after : spaces_after(s, after);
  const bool letter = r < s.size() && util::is_alpha(s[r]);
  if (letter) {
    ++r;
    if (r < s.size() && s[r] == '-') {
      ++r;
    }
  }
  std::size_t rn = number_end(s, r);
  // (A room named by a letter alone too: 3樓C室.)
  if (std::size_t u = spaces_after(s, rn);
      (rn > r || (letter && after > e && rn == r)) && s.substr(u).starts_with("室")) {
    return u + 3;
  }
  // (Or a room numbered after 之: 15樓之811室.)
  if (after > e && util::is_digit(s[after - 1]) && s.substr(after).starts_with("室") &&
      !util::has_at(s, after + 3, "內") && !util::has_at(s, after + 3, "外")) {
    return after + 3;
  }
  return after;
}

// Where the postal code right before s[p] starts (408臺中市, one blank before too: 408
// 臺中市南屯區; in brackets: (600)嘉義市), or p when there is none. `road_first`: the address
// starts at a road glued to the code (973永興七街198號), which only a cell's start may hold.
std::size_t postal_code_start(std::string_view s, std::size_t p, bool road_first) {
  // The postal code right before, or one blank before (408 臺中市南屯區 …).
  const std::size_t b = p > 0 && s[p - 1] == ' ' && !road_first ? p - 1 : p;
  std::size_t z = b;
  while (z > 0 && util::is_digit(s[z - 1])) {
    --z;
  }
  // Not the end of a phone number (0912-345-678 臺北市, 0912 345 678 臺北市).
  // Nor the end of a masked number (B14○○○○526 臺中市, A12****526).
  const bool masked = (z >= 3 && s.substr(z - 3, 3) == "○") || (z >= 1 && s[z - 1] == '*');
  // (A digit and a blank before: the end of a phone, not of an ID: S118604125　701台南市.)
  // (Or after a bracketed area code: （０３７）４２５０４２　屏東縣 — set307b.)
  bool phone_tail = z >= 5 && s[z - 1] == ')' && util::is_digit(s[z - 2]) &&
                    s.substr(0, z).rfind('(') != std::string_view::npos &&
                    z - 1 - s.substr(0, z).rfind('(') <= 5;
  if (z >= 2 && s[z - 1] == ' ' && util::is_digit(s[z - 2])) {
    std::size_t y = z - 1;
    while (y > 0 && util::is_alnum(s[y - 1])) {
      --y;
    }
    // (Not after a date's last part: 51.08.14　300新竹市….)
    // (Nor after a plate's digits: ＢＳＺ－５７６３　８０２高雄市 — set300b's toll notices.)
    phone_tail = !util::is_alpha(s[y]) && !(y > 0 && (s[y - 1] == '.' || s[y - 1] == '/')) &&
                 !(y >= 2 && s[y - 1] == '-' && util::is_alpha(s[y - 2]));
    // (Nor after a phone already whole: ０９７５－３３０－２１８　704臺南市,
    // （０６）２７４３－５１８ 704臺南市, a roster's columns; nine digits or more joined by
    // hyphens and brackets.)
    std::size_t digits = 0;
    for (std::size_t k = z - 1; k > 0 && (util::is_digit(s[k - 1]) || s[k - 1] == '-' ||
                                          s[k - 1] == '(' || s[k - 1] == ')');
         --k) {
      digits += util::is_digit(s[k - 1]) ? 1 : 0;
    }
    phone_tail = phone_tail && digits < 9;
    // (Nor a code of five or six digits, longer than a phone's last group, or after a run
    // longer than a phone's groups: 0370716　970004花蓮縣 — a date of birth, then the code;
    // set109a.)
    phone_tail = phone_tail && b - z <= 4 && z - 1 - y <= 4;
  }
  // (Nor after a blank written as an HTML entity: 0912&nbsp;760&nbsp;348 平鎮區….)
  const bool entity =
      z >= 6 && (util::has_at(s, z - 6, "&nbsp;") || util::has_at(s, z - 6, "&#160;"));
  // (A slash after a phone's ten digits separates it from the address: 0968488914／807高雄市 —
  // set171b's roster; after a date's part it joins a number.)
  std::size_t before_slash = z >= 1 && s[z - 1] == '/' ? z - 1 : 0;
  while (before_slash > 0 && util::is_digit(s[before_slash - 1])) {
    --before_slash;
  }
  // (Or after a field of words, or of six digits or more, longer than a date's part: 古春嬌／
  // 882澎湖縣…, 0970125／882澎湖縣… — set215b's list.)
  const bool phone_slash = z >= 1 && s[z - 1] == '/' &&
                           (z - 1 - before_slash >= 6 || (z >= 2 && !util::is_digit(s[z - 2])));
  // (Nor a phone's extension: 02-29474016#929 宜蘭縣…, 分機929 — set221b's roster.)
  // (A blank between too, or ext.: 037-360231 ext. 686 五結鄉… — set303b.)
  const std::size_t zb = z >= 1 && s[z - 1] == ' ' ? z - 1 : z;
  const std::string_view head = s.substr(0, zb);
  const bool extension =
      zb >= 1 && (s[zb - 1] == '#' ||
                  (zb >= 3 && (util::has_at(s, zb - 3, "機") || util::has_at(s, zb - 3, "轉"))) ||
                  head.ends_with("ext.") || head.ends_with("ext") || head.ends_with("Ext.") ||
                  head.ends_with("EXT") || head.ends_with("EXT."));
  const bool alone = z == 0 || (!util::is_alnum(s[z - 1]) && s[z - 1] != '-' && s[z - 1] != '.' &&
                                (s[z - 1] != '/' || phone_slash) && !masked && !phone_tail &&
                                !entity && !extension);
  // (A cell's start before a code glued to a road: not 共計973永興七街.)
  const bool cell_start = !road_first || z == 0 || s[z - 1] == '\t' || s[z - 1] == ',' ||
                          s[z - 1] == ' ' || s[z - 1] == '>' || s[z - 1] == '"' ||
                          s[z - 1] == '|' || util::ends_with(s.substr(0, z), "│");
  std::size_t digits = b - z;
  if ((digits == 3 || digits == 5 || digits == 6) && alone && cell_start) {
    return z;
  } else if (b == p && b >= 5 && s[b - 1] == ')') { // (600)嘉義市: the code in brackets
    std::size_t y = b - 1;
    while (y > 0 && util::is_digit(s[y - 1])) {
      --y;
    }
    const std::size_t n = b - 1 - y;
    if ((n == 3 || n == 5 || n == 6) && y > 0 && s[y - 1] == '(') {
      return y - 1;
    }
  }
  return p;
}
} // namespace

bool parse_address(Line* line, std::string_view s, std::size_t hao, AddressParts& a) {
  const patterns::Gazetteer& g = patterns::gazetteer();
  std::size_t p = number_start(s, spaces_before(s, hao));
  if (p == npos || ends_at(s, p, "第") || ends_at(s, p, "字")) {
    return false; // 第0920063929號, 字號: document and case numbers
  }
  if (s.substr(p, hao - p).find_first_not_of('0') == std::string_view::npos) {
    return false; // 00號: a number courts have already masked
  }
  // (Nor a numbered thing after 號: 中正公園34號樹 — set135a's adopted trees; 12號墓, 5號攤.)
  for (std::string_view thing : {"樹", "墓", "攤", "桿", "柱"}) {
    if (util::has_at(s, hao + 3, thing)) {
      return false;
    }
  }
  a = AddressParts{};
  int evidence = 0;
  std::size_t named_lane = npos; // 市場巷164號, 光華二巷168號: a lane with a name is a road
  for (std::string_view unit : {"衖", "弄", "巷"}) {
    if (std::size_t pu = spaces_before(s, p); ends_at(s, pu, unit)) {
      p = pu;
      std::size_t r = unit == "巷" ? g.roads.longest_ending_at(s, p) : npos;
      // A named lane the gazetteer lacks, right after a district (西屯區華夏巷東一弄158號).
      for (std::size_t len : {6u, 9u}) {
        const std::size_t c = p >= 3 + len ? p - 3 - len : npos;
        if (r == npos && unit == "巷" && c != npos &&
            util::ideograph_at(s.data() + c, s.data() + s.size()) &&
            util::ideograph_at(s.data() + c + 3, s.data() + s.size()) &&
            numerals_start(s, p - 3) == p - 3 && g.districts.longest_ending_at(s, c) != npos) {
          r = c;
        }
      }
      // A named lane has a name (十三巷 in the gazetteer is just lane 13) and does not follow
      // a numeral (一百|三十三巷).
      if (r != npos && numerals_start(s, p - unit.size()) > r &&
          (r == 0 || !is_numeral(s.substr(prev_char(s, r), r - prev_char(s, r))))) {
        named_lane = r;
        a.lane = true;
        break;
      }
      std::size_t q = number_start(s, spaces_before(s, p - unit.size()));
      if (q != npos) {
        // A named alley: 文化東巷南一弄 (up to two characters of name before the number).
        for (std::size_t k = 1; k <= 2 && q >= 3 * k; ++k) {
          std::size_t c = q - 3 * k;
          std::string_view ch = s.substr(c, 3);
          if (auto lead = static_cast<unsigned char>(s[c]); lead < 0xE4 || lead > 0xE9 ||
                                                            is_numeral(ch) || ch == "段" ||
                                                            ch == "巷" || ch == "弄") {
            break; // 文化路一段188巷: 一段 is a section, not the name of lane 188
          }
          if (ends_at(s, c, "巷") || ends_at(s, c, "路") || ends_at(s, c, "街")) {
            q = c;
            break;
          }
        }
        p = q;
        a.lane = true;
      }
    }
  }
  a.mask_from = p;
  if (named_lane != npos) {
    p = named_lane;
    a.road = a.road_known = true;
  }
  // A building's or an estate's name between the road and the number (中山路三段中央商場118號):
  // one to four characters and 商場, 大樓, 市場 … right after a section or a road's end.
  // (Their last characters first: most numbers follow a road's or a section's.)
  static constexpr util::CharSet k_building_ends(U"場樓廈城莊村區園墅");
  if (named_lane == npos && p >= 3 && k_building_ends.contains(s.substr(p - 3, 3))) {
    // (Or a housing estate's: 彰南路一段台化一莊52之6號 — set50a; 社區, 花園, 新城, 別墅.)
    for (std::string_view b : {"商場", "大樓", "大廈", "市場", "廣場", "商城", "山莊", "新村",
                               "社區", "花園", "新城", "別墅", "莊"}) {
      if (!ends_at(s, p, b)) {
        continue;
      }
      for (std::size_t k = 1; k <= 4 && p >= b.size() + 3 * k + 3; ++k) {
        const std::size_t c = p - b.size() - 3 * k;
        // (The name holds no particle: 中山路旁的中央商場 is a description, not one address.)
        static constexpr util::CharSet k_particles(U"的旁在及與和之對近附邊前後");
        if (!util::ideograph_at(s.data() + c, s.data() + s.size()) ||
            k_particles.contains(s.substr(c, 3))) {
          break;
        }
        if (ends_at(s, c, "段") || ends_at(s, c, "路") || ends_at(s, c, "街") ||
            ends_at(s, c, "大道")) {
          p = c;
          break;
        }
      }
      break;
    }
  }
  // (Not before a named lane: p is at its name's start already, and the blanks before it are
  // a column's — 聯絡電話  光明巷159號, set205a's household list.)
  const bool spaced_number = named_lane == npos && spaces_before(s, p) != p;
  if (const std::size_t ps = spaces_before(s, p); named_lane == npos && ends_at(s, ps, "段")) {
    if (std::size_t q = number_start(s, ps - 3); q != npos) {
      p = q;
    }
  } else if (named_lane == npos) {
    p = ps; // 中山路 88 號: the road ends before the spaces
  }
  // The road (or place name), and a road before a named lane: 西屯路二段市場巷.
  const std::size_t road_end = p;
  for (int k = 0; k < 2 && (k == 0 || a.road); ++k) {
    std::size_t q = p;
    if (k == 1) {
      // 西屯路二段市場巷: only a road with a section comes before a named lane that way.
      std::size_t sec = ends_at(s, q, "段") ? number_start(s, q - 3) : npos;
      if (sec == npos) {
        break;
      }
      q = sec;
    }
    std::size_t r = road_start(g, s, q);
    if (r != npos && named_lane != npos &&
        !(ends_at(s, q, "路") || ends_at(s, q, "街") || ends_at(s, q, "道"))) {
      r = npos; // before a named lane comes a road (路, 街, 大道), not a place (中村)
    }
    if (r != npos) {
      p = r;
      a.road = a.road_known = true;
    } else if (k == 0 && !a.road) {
      if (std::size_t r2 = generic_road_start(s, q); r2 != npos) {
        p = r2;
        a.road = true;
      } else if (std::size_t r3 = place_after_lin(s, q); r3 != npos) {
        p = r3; // 番路村3鄰瓦厝仔12號: a place the gazetteer lacks, after 鄰
        a.road = true;
      } else if (std::size_t r4 = place_after_village(g, s, q); r4 != npos) {
        p = r4; // 大馬村馬太鞍14號: or right after the village
        a.road = true;
      }
    }
    if (k == 0 && named_lane == npos) {
      break; // only a named lane is preceded by its road
    }
  }
  // A street named by its number off a road's section, as the postal list names some
  // (豐原大道一段六七七街133巷3號 — sets 52, 61): the road and its section come first. (So does a
  // place the list names off one: 光復路二段清大東院101巷153號 — set198b.)
  if (a.road && road_end >= p + 6 && ends_at(s, p, "段")) {
    if (const std::size_t sec = number_start(s, p - 3); sec != npos) {
      if (const std::size_t r = road_start(g, s, sec); r != npos) {
        p = r;
        a.road_known = true;
      }
    }
  }
  // One blank may stand before 鄰 and before the village too (延平里　4鄰　雙連街41號: a form's
  // cell that spaces every part).
  auto blank_back = [&](std::size_t at) {
    return at >= 2 && s[at - 1] == ' ' &&
                   (util::is_continuation(s[at - 2]) || util::is_digit(s[at - 2]))
               ? at - 1
               : at;
  };
  bool lin = false;
  if (!ends_at(s, p, "鄰") && ends_at(s, blank_back(p), "鄰")) {
    p = blank_back(p);
  }
  if (ends_at(s, p, "鄰")) {
    if (std::size_t q = number_start(s, p - 3); q != npos) {
      p = ends_at(s, q, "第") ? q - 3 : q;
      ++evidence;
      lin = true;
    }
  }
  std::size_t v = g.villages.longest_ending_at(s, p);
  if (v == npos && blank_back(p) != p && (a.road || lin)) {
    v = g.villages.longest_ending_at(s, blank_back(p));
  }
  if (std::size_t gv = generic_village_start(g, s, p); gv != npos && (v == npos || gv < v)) {
    v = gv; // 外中村 where the gazetteer knows only 中村
  }
  // A shorter village that a district ends right before, rather than a longer one that eats
  // the district's last character (關山鎮山里, not 關山|鎮山里 — set57b).
  if (v != npos && p - v >= 9 && g.districts.longest_ending_at(s, v) == npos) {
    for (std::size_t c = v + 3; p - c >= 6; c += 3) {
      if (g.villages.contains(s.substr(c, p - c)) && g.districts.longest_ending_at(s, c) != npos) {
        v = c;
        break;
      }
    }
  }
  for (std::size_t len : {6u, 9u, 12u}) {
    // 秀林鄉民享10鄰67號: a village with its 村 left off, between a district and N鄰 (or a
    // hamlet of four: 信義鄉巴庫拉斯14鄰33號, 六腳鄉蒜頭糖廠17鄰148號 — set161a).
    if (v == npos && lin && p >= len &&
        util::ideograph_at(s.data() + p - len, s.data() + s.size()) &&
        util::ideograph_at(s.data() + p - 3, s.data() + s.size()) &&
        g.districts.longest_ending_at(s, p - len) != npos) {
      v = p - len;
    }
    // 大美村大美3鄰45號: a hamlet's name between the village and N鄰.
    if (v == npos && lin && p >= len &&
        util::ideograph_at(s.data() + p - len, s.data() + s.size()) &&
        util::ideograph_at(s.data() + p - 3, s.data() + s.size()) &&
        (ends_at(s, p - len, "村") || ends_at(s, p - len, "里"))) {
      if (std::size_t hv = g.villages.longest_ending_at(s, p - len); hv != npos) {
        v = hv;
      } else if (std::size_t gv = generic_village_start(g, s, p - len); gv != npos) {
        v = gv;
      }
    }
  }
  // A longer village or community name the gazetteer does not list, ending in one it does,
  // right after a district (花蓮市美崙山新村11鄰22號, not from 新村 — set110b): up to three more
  // ideographs back to the district.
  if (v != npos && g.districts.longest_ending_at(s, v) == npos) {
    for (std::size_t c = v >= 3 ? v - 3 : 0; c + 9 >= v && c >= 3; c -= 3) {
      if (!util::ideograph_at(s.data() + c, s.data() + s.size())) {
        break;
      }
      if (g.districts.longest_ending_at(s, c) != npos) {
        v = c;
        break;
      }
    }
  }
  // (Not a village and a number a blank apart with nothing else: 永安里　1號伍麗珠, a ballot's
  // numbers by village — set124a.)
  if (v != npos && spaced_number && !a.road && !lin) {
    v = npos;
  }
  // A community's name after a road (and its section), a village the gazetteer knows ending it
  // (龍岡路三段今日新村18鄰50號 — set207a, not from 日新村): up to three more ideographs back to
  // the road, which the address starts at then.
  // (Or a community the gazetteer lacks, two to four ideographs before N鄰: 化成路台貿二村16鄰
  // 82號 — set210b.)
  std::size_t road_before = npos;
  const std::size_t from = v != npos ? v : lin ? p : npos;
  if (from != npos && !a.road && g.districts.longest_ending_at(s, from) == npos) {
    for (std::size_t c = from >= 6 ? from - (v != npos ? 3 : 6) : 0;
         c + (v != npos ? 9 : 12) >= from && c >= 6; c -= 3) {
      if (!util::ideograph_at(s.data() + c, s.data() + s.size())) {
        break;
      }
      // (Or after a road with no section: 化成路台貿二村16鄰82號 — set210b.)
      // (Or after a lane: 中山東路一段二七六巷中興二村9鄰118號 — set217a.)
      std::size_t before_lane = c;
      if (ends_at(s, c, "巷")) {
        const std::size_t lane = number_start(s, c - 3);
        before_lane = lane != npos && lane < c - 3 ? lane : npos;
      }
      const std::size_t sec = before_lane == npos             ? npos
                              : ends_at(s, before_lane, "段") ? number_start(s, before_lane - 3)
                              : ends_at(s, before_lane, "路") || ends_at(s, before_lane, "街")
                                  ? before_lane
                                  : npos;
      if (const std::size_t r = sec != npos ? road_start(g, s, sec) : npos; r != npos) {
        road_before = r;
        v = v != npos ? v : c;
        break;
      }
    }
  }
  if (v != npos) {
    p = road_before != npos ? road_before : v;
    a.village = true;
    a.road = a.road_known = a.road || road_before != npos;
  }
  // One blank may stand between the parts (406 臺中市 北屯區 崇德路三段, a form's spacing).
  auto ending_at = [&](const patterns::NameSet& set, std::size_t at) {
    const std::size_t d = set.longest_ending_at(s, at);
    // (After an ideograph only: not after a postal code or a house number's digits.)
    return d != npos || at < 4 || s[at - 1] != ' ' || !util::is_continuation(s[at - 2])
               ? d
               : set.longest_ending_at(s, at - 1);
  };
  if (std::size_t d = ending_at(g.districts, p); d != npos) {
    p = d;
    a.district = true;
  }
  if (std::size_t c = ending_at(g.counties, p); c != npos) {
    p = c;
    a.county = true;
    for (std::string_view province : {"臺灣省", "台灣省", "福建省"}) {
      if (ends_at(s, p, province)) {
        p -= province.size();
      }
    }
  }
  // (Or glued before a known road where a roster's cell starts: 973永興七街198號 — set71b's
  // typhoon claims, the village in the cell before.)
  const bool road_first = !a.county && !a.district && !a.village && a.road_known && p >= 4 &&
                          util::is_digit(s[p - 1]) && s[p - 1] != '0';
  if (a.county || a.district || road_first) {
    p = postal_code_start(s, p, road_first);
  }
  if (!(a.road || a.village || a.lane)) {
    return false;
  }
  a.start = p;
  // Forwards: 號之1, then floor and room.
  std::size_t e = hao + 3;
  if (s.substr(e).starts_with("之")) {
    std::size_t f = number_end(s, e + 3);
    e = f > e + 3 ? f : e;
  }
  // (A 之N glued to a floor's number, 樓 right after it: 283號之93樓, 之9 on floor 3 or flat 93 —
  // the floor's word is the address's either way; set112b's rosters.)
  if (e > hao + 3 && (s.substr(e).starts_with("樓") || s.substr(e).starts_with("F"))) {
    a.end = e + (s[e] == 'F' ? 1 : 3);
  } else {
    a.end = floor_end(s, e);
  }
  a.cue_word = line != nullptr ? line->cue_near(a.start, a.end, patterns::CueClass::address, true)
                               : std::string_view();
  bool cue = !a.cue_word.empty();
  evidence += (a.county || a.district ? 2 : 0) + (a.road_known || a.village ? 1 : 0) +
              (cue ? 2 : 0) + (a.lane ? 1 : 0);
  a.cue = cue;
  a.evidence = evidence;
  return evidence >= 1 && (a.road_known || a.village || a.county || a.district || cue);
}

namespace {
// Whether `after` (the text right after a 號) names a numbered thing that is no house: a pole,
// a street lamp, an exit, a platform, a gate, a berth (巷口21號電桿, 3號出口, 2號月台); or a
// farm's name (舞鶴一號茶園 — set197a's tea pickers: a place's name and a number, no house).
bool is_numbered_thing(std::string_view after) {
  for (std::string_view w : {"電桿", "電線桿", "燈桿", "出口", "月台", "登機門", "碼頭", "閘門",
                             "水門", "茶園", "農場", "果園", "蘭園"}) {
    if (after.starts_with(w)) {
      return true;
    }
  }
  return false;
}
} // namespace

namespace {
// Where someone lives told with no house number, right after a word of residence (住在, 住址：,
// 戶籍, 我們庄叫 …), perhaps a postal code: a county, a district the gazetteer knows, then a
// village, a road (and its section) or a hamlet of two or three characters, up to a clause's
// end, 的 or 一帶 (我是住在雲林縣麥寮鄉湖內的蔡萬得, 我們庄叫嘉義縣東石鄉屯子頭，那時還沒有門牌
// — set97b; 以前住臺北縣板橋市民生路二段 — set22b). Not where the words name no home: the cue
// must end right before it. Confidence 0.7.
void find_unnumbered_addresses(std::string_view s, std::vector<Match>& out) {
  const patterns::Gazetteer& g = patterns::gazetteer();
  // (Not 地址：, which offices give theirs after: 機關地址：新竹縣竹北市光明六路 — set1.)
  static constexpr std::string_view k_cues[] = {"住在",   "住址：", "住址:", "戶籍地", "戶籍在",
                                                "老家在", "庄叫",   "現居",  "以前住", "原住",
                                                "住於",   "居住於", "我們"};
  // The end of a known name of the set starting at `p` (the longest up to five characters).
  auto known_from = [&](const patterns::NameSet& set, std::size_t p) {
    for (std::size_t len = 15; len >= 6; len -= 3) {
      if (p + len <= s.size() && set.longest_ending_at(s, p + len) == p) {
        return p + len;
      }
    }
    return npos;
  };
  // Their first two characters found in one pass (PrefixFinder): a search for each word in every
  // window cost the dense bench 11 %.
  static const PrefixFinder k_finder(std::vector<std::string_view>{
      "住在", "住址", "戶籍", "老家", "庄叫", "現居", "以前", "原住", "住於", "居住", "我們"});
  static thread_local std::vector<std::size_t> hits;
  hits.clear();
  k_finder.find_all(s, hits);
  for (const std::size_t c : hits) {
    std::string_view cue;
    for (std::string_view w : k_cues) {
      if (util::has_at(s, c, w)) {
        cue = w;
        break;
      }
    }
    if (cue.empty()) {
      continue;
    }
    std::size_t p = c + cue.size();
    const std::size_t start = p;
    p = util::digits_end(s, p); // (a postal code: 407臺中市西屯區福安十街)
    p += p > start && p < s.size() && s[p] == ' ' ? 1 : 0;
    const std::size_t county = known_from(g.counties, p);
    // (No county before a district and its village: 戶籍在綠島鄉南寮村, 我們溪州鄉溪厝村的人
    // — set99a.)
    const std::size_t district = known_from(g.districts, county == npos ? p : county);
    if (district == npos || std::any_of(out.begin(), out.end(), [&](const Match& m) {
          return m.type == PiiType::address && m.start < district && start < m.end;
        })) {
      continue;
    }
    std::size_t end = known_from(g.villages, district);
    if (end == npos && county == npos) {
      continue;
    }
    if (end == npos) {
      for (std::size_t len = 18; len >= 6 && end == npos; len -= 3) {
        const std::size_t e = district + len;
        if (e <= s.size() &&
            (road_start(g, s, e) == district || (generic_road_start(s, e) == district &&
                                                 (ends_at(s, e, "路") || ends_at(s, e, "街"))))) {
          end = e;
        }
      }
      // (The road's section: 民生路二段.)
      if (end != npos) {
        const std::size_t n = number_end(s, end);
        end = n > end && util::has_at(s, n, "段") ? n + 3 : end;
      }
    }
    if (end == npos) { // a hamlet: 湖內, 屯子頭
      for (std::size_t len : {9u, 6u}) {
        bool hamlet = district + len <= s.size();
        for (std::size_t k = district; hamlet && k < district + len; k += 3) {
          hamlet = util::ideograph_at(s.data() + k, s.data() + s.size()) &&
                   !admin_suffix(s.substr(k, 3)) && !util::has_at(s, k, "的");
        }
        if (hamlet) {
          end = district + len;
          break;
        }
      }
    }
    // Then where the place ends: a clause's end, 的, 一帶, 附近, 那 (not ○段○○號, a masked
    // rest, nor ？號, an unread one).
    static constexpr std::string_view k_ends[] = {"，", "。",   "、",   "；", "）", ")",
                                                  "」", " ",    "\t",   "\r", ",",  "<",
                                                  "的", "一帶", "附近", "那"};
    if (end == npos ||
        !(end == s.size() || std::any_of(std::begin(k_ends), std::end(k_ends),
                                         [&](auto w) { return util::has_at(s, end, w); }))) {
      continue;
    }
    out.push_back(Match{PiiType::address, static_cast<std::uint32_t>(start),
                        static_cast<std::uint32_t>(end), 0.7f, "address", "gazetteer+residence",
                        ""});
  }
}
} // namespace

void find_addresses(Line& line, std::vector<Match>& out) {
  std::string_view s = line.text();
  std::size_t done = 0; // an address found ends here; do not start another inside it
  for (std::size_t h = util::find_char3(s, 0, "號"); h != npos;
       h = util::find_char3(s, h + 3, "號")) {
    if (h < done) {
      continue;
    }
    // 21號電桿, 3號出口: a numbered pole, exit or platform, not a house.
    if (is_numbered_thing(s.substr(h + 3, 9))) {
      continue;
    }
    AddressParts a;
    if (!parse_address(&line, s, h, a)) {
      continue;
    }
    // 文化三路一段100號至388號間: a stretch of a road (works, closures), no one's house.
    if (const std::size_t r = util::has_at(s, a.end, "至")          ? a.end + 3
                              : util::has_at(s, a.end, "到")        ? a.end + 3
                              : a.end < s.size() && s[a.end] == '~' ? a.end + 1
                                                                    : npos;
        r != npos && util::digits_end(s, r) > r && util::has_at(s, util::digits_end(s, r), "號")) {
      done = util::digits_end(s, r) + 3;
      continue;
    }
    // 萬安47號演習: the annual air-raid drill's name (a place's name and a number), no address;
    // nor 「金滿三號」船主, a boat's (set232a).
    if (a.evidence <= 1 && !a.county && !a.district &&
        (util::has_at(s, a.end, "演習") || util::has_at(s, a.end, "船") ||
         util::has_at(s, a.end, "」船") || util::has_at(s, a.end, "輪"))) {
      done = a.end;
      continue;
    }
    // Nor a boat's name, a place's and a number in Chinese numerals with nothing else of an
    // address (漁船「順興六號」, 順興六號 出港乘客名冊 — set320b): a house number so written
    // comes with its road's 路 or 街, a lane, a village, a district or a cue.
    if (a.evidence <= 1 && !a.county && !a.district && !a.village && !a.cue && !a.lane &&
        a.end == h + 3) {
      std::size_t n = h;
      while (n >= a.start + 3 && util::is_chinese_numeral(util::cp3(s.data() + n - 3))) {
        n -= 3;
      }
      static constexpr util::CharSet k_road_ends(U"路街道巷弄段");
      if (n < h && n >= a.start + 3 && !k_road_ends.contains(s.substr(n - 3, 3))) {
        done = a.end;
        continue;
      }
    }
    if (a.start < done) {
      // 新鄉路四號農路152號: the first 號 was part of a road name; keep the address that
      // covers the other.
      if (out.empty() || out.back().type != PiiType::address || a.start > out.back().start) {
        continue;
      }
      out.pop_back();
    }
    float conf = 0.5f + 0.1f * static_cast<float>(a.evidence);
    out.push_back(Match{PiiType::address, static_cast<std::uint32_t>(a.start),
                        static_cast<std::uint32_t>(a.end), conf > 0.99f ? 0.99f : conf, "address",
                        a.road_known || a.village || a.district || a.county
                            ? (a.cue ? "gazetteer+cue" : "gazetteer")
                            : "grammar+cue",
                        a.cue_word});
    done = a.end;
  }
  // A rural address with no house number: a district, a village the gazetteer knows and N鄰,
  // perhaps a hamlet's name after it (苗栗縣大湖鄉大寮村五鄰八寮灣 — set59b; a 鄰 is a few dozen
  // households). Not inside an address found.
  const patterns::Gazetteer& g = patterns::gazetteer();
  for (std::size_t l = util::find_char3(s, 0, "鄰"); l != npos;
       l = util::find_char3(s, l + 3, "鄰")) {
    const std::size_t q = l >= 3 ? number_start(s, l) : npos;
    if (q == npos || q == l || std::any_of(out.begin(), out.end(), [&](const Match& m) {
          return m.type == PiiType::address && m.start <= l && l < m.end;
        })) {
      continue;
    }
    std::size_t v = g.villages.longest_ending_at(s, q);
    if (v == npos || g.districts.longest_ending_at(s, v) == npos) {
      // (Or a community the gazetteer lacks ending in 村, whose last characters may be a
      // village it knows: 大同鄉自強新村16鄰 — set282a's beekeepers.)
      const std::size_t gv = generic_village_start(g, s, q);
      v = gv != npos ? gv : v;
    }
    std::size_t d = v == npos ? npos : g.districts.longest_ending_at(s, v);
    // (Or such a community after a road and its section: 五結鄉中正路一段篤行三村11鄰 — set282a;
    // the district before the road.)
    for (std::size_t k = 2; d == npos && k <= 4 && q >= 3 * k + 6 && ends_at(s, q, "村"); ++k) {
      const std::size_t c = q - 3 * k;
      const std::size_t sec = ends_at(s, c, "段")                          ? number_start(s, c - 3)
                              : ends_at(s, c, "路") || ends_at(s, c, "街") ? c
                                                                           : npos;
      if (const std::size_t r = sec != npos && sec != c - 3 ? road_start(g, s, sec) : npos;
          r != npos) {
        d = g.districts.longest_ending_at(s, r);
        v = d != npos ? c : v;
      }
    }
    if (d == npos) {
      continue;
    }
    const std::size_t c = g.counties.longest_ending_at(s, d);
    std::size_t end = l + 3;
    // (A known road after it with no house number, where the text says none is given:
    // 瑞坪里8鄰梅山東街（門牌未編） — set103a.)
    for (std::size_t len = 15; len >= 6; len -= 3) {
      if (end + len <= s.size() && g.roads.contains(s.substr(end, len)) &&
          !util::ideograph_at(s.data() + end + len, s.data() + s.size())) {
        end += len;
        break;
      }
    }
    // (A hamlet of two or three characters where a clause, a verb of visiting or 附近 follows:
    // 謝厝村4鄰成龍附近 — set69b.)
    for (std::size_t len : {9u, 6u}) {
      const std::size_t h = end + len;
      bool hamlet = h <= s.size(), words = false; // (八寮灣 starts with a numeral)
      for (std::size_t k = end; hamlet && k < h; k += 3) {
        hamlet =
            util::ideograph_at(s.data() + k, s.data() + s.size()) && !admin_suffix(s.substr(k, 3));
        words = words || (hamlet && !is_numeral(s.substr(k, 3)));
      }
      hamlet = hamlet && words;
      if (hamlet && (h == s.size() || !util::ideograph_at(s.data() + h, s.data() + s.size()) ||
                     util::has_at(s, h, "訪") || util::has_at(s, h, "的") ||
                     util::has_at(s, h, "附近") || util::has_at(s, h, "一帶"))) {
        end = h;
        break;
      }
    }
    // (Or an address with a number found after it, a zone's or an estate's name between, all
    // ideographs: 嘉慶里005鄰楠梓加工出口區第二園區研發路301號12F — set211b; one address.)
    for (auto it = out.begin(); it != out.end(); ++it) {
      if (it->type == PiiType::address && it->start >= end && it->start - end <= 36) {
        bool between = true;
        for (std::size_t k = end; between && k < it->start; k += 3) {
          between = util::ideograph_at(s.data() + k, s.data() + s.size());
        }
        if (between) {
          end = it->end;
          out.erase(it);
          break;
        }
      }
    }
    // (Not where a masked number follows: 港明里12鄰和平街○○號 is a roster already masked —
    // set222b.)
    std::size_t masked = end;
    while (util::has_at(s, masked, "○") || util::has_at(s, masked, "〇")) {
      masked += 3;
    }
    if (masked > end && util::has_at(s, masked, "號")) {
      continue;
    }
    // (Its postal code too: 81121高雄市楠梓區三榮里3鄰 — set109b.)
    const std::size_t start = postal_code_start(s, c != npos ? c : d, false);
    out.push_back(Match{PiiType::address, static_cast<std::uint32_t>(start),
                        static_cast<std::uint32_t>(end), 0.8f, "address", "gazetteer+lin", ""});
  }
  find_unnumbered_addresses(s, out);
}

} // namespace twpii::detectors
