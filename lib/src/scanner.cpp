// The streaming pipeline of one input (see scanner.hpp): read blocks that end on a line break,
// decode them, jump from candidate to candidate (digits, '@', full-width digits), normalise and
// run the detectors only on the lines that hold one, and map matches back to input bytes.
#include "text_util.hpp"

#include <twpii/detect.hpp>
#include <twpii/normalize.hpp>
#include <twpii/scanner.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace twpii {

namespace {
constexpr std::size_t k_max_line = std::size_t{64}
                                   << 20; // longest line a Big5/UTF-16 block may hold
constexpr std::size_t k_max_piece = std::size_t{64} << 10; // longest stretch normalised at once
constexpr std::size_t k_context = 120; // bytes looked at before a candidate: cue words (60),
                                       // the county-to-road part of an address
constexpr std::size_t k_after = 96;    // bytes looked at after the last candidate of a window

// Whether the candidate byte at p (a digit, '@', 0xEF or 0xE8) really starts something to look
// at: 0xEF must begin a full-width digit (EF BC 90-99) or '＠' (EF BC A0); 0xE8 must begin 號
// (E8 99 9F), the end of an address number that may be written in Chinese numerals.
inline bool real_trigger(const char* begin, const char* p, const char* end, bool hao) {
  auto b0 = static_cast<unsigned char>(*p);
  if (b0 != 0xEF && b0 != 0xE8) {
    return true;
  }
  if (end - p < 3) {
    return false;
  }
  auto b1 = static_cast<unsigned char>(p[1]), b2 = static_cast<unsigned char>(p[2]);
  if (b0 == 0xE8) {
    // 號 after a Chinese numeral (二十五號): after a digit, the digit was the candidate.
    if (!hao || b1 != 0x99 || b2 != 0x9F || p - begin < 3) {
      return false;
    }
    return util::is_numeral(std::string_view(p - 3, 3));
  }
  return b1 == 0xBC && b2 >= 0x90 && b2 <= 0xA0;
}

inline bool maybe_trigger(char c, bool hao) {
  auto b = static_cast<unsigned char>(c);
  return util::is_digit(c) || c == '@' || b == 0xEF || (hao && b == 0xE8);
}

// The first position in [p, end) that starts a candidate, or end. `hao`: 號 is a candidate.
// `begin` is the start of the text (bytes before p may be looked at).
const char* find_trigger(const char* begin, const char* p, const char* end, bool hao) {
#if defined(__SSE2__)
  const __m128i zero_char = _mm_set1_epi8('0');
  const __m128i nine = _mm_set1_epi8(9);
  const __m128i at = _mm_set1_epi8('@');
  const __m128i ef = _mm_set1_epi8(static_cast<char>(0xEF));
  const __m128i hao0 = _mm_set1_epi8(static_cast<char>(hao ? 0xE8 : 0xEF));
  const __m128i hao1 = _mm_set1_epi8(static_cast<char>(0x99));
  const __m128i hao2 = _mm_set1_epi8(static_cast<char>(0x9F));
  for (; end - p >= 18; p += 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    __m128i t = _mm_sub_epi8(v, zero_char);
    __m128i hit = _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(t, nine), t),
                               _mm_or_si128(_mm_cmpeq_epi8(v, at), _mm_cmpeq_epi8(v, ef)));
    // 號 = E8 99 9F, compared at three offsets (when addresses are looked for).
    __m128i v1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 1));
    __m128i v2 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 2));
    hit = _mm_or_si128(
        hit, _mm_and_si128(_mm_cmpeq_epi8(v, hao0),
                           _mm_and_si128(_mm_cmpeq_epi8(v1, hao1), _mm_cmpeq_epi8(v2, hao2))));
    for (auto mask = static_cast<unsigned>(_mm_movemask_epi8(hit)); mask != 0; mask &= mask - 1) {
      const char* q = p + __builtin_ctz(mask);
      if (real_trigger(begin, q, end, hao)) {
        return q;
      }
    }
  }
#endif
  for (; p < end; ++p) {
    if (maybe_trigger(*p, hao) && real_trigger(begin, p, end, hao)) {
      return p;
    }
  }
  return end;
}

// Whether a window may start just before text[i] (or a very long line be cut there): before an
// ASCII byte that cannot be part of a value, or before a CJK ideograph (lead byte E4-E9).
// Whether a window may end just before text[p]: before an ASCII byte that cannot be part of a
// value, or before Chinese punctuation (，。、；：！？「」). Not before an ideograph: addresses and
// names hold them (…66號2|樓).
inline bool good_end(std::string_view text, std::size_t p) {
  auto b = static_cast<unsigned char>(text[p]);
  if (b < 0x80) {
    return !util::is_alnum(text[p]) && text[p] != '@' && text[p] != '.' && text[p] != '-' &&
           text[p] != '+' && text[p] != '_' && text[p] != '%' && text[p] != '(' &&
           text[p] != ')' && text[p] != '#';
  }
  if (p + 3 > text.size()) {
    return false;
  }
  std::string_view c = text.substr(p, 3);
  return c == "，" || c == "。" || c == "、" || c == "；" || c == "：" || c == "！" || c == "？" ||
         c == "「" || c == "」";
}

inline bool good_cut(char c) {
  auto b = static_cast<unsigned char>(c);
  if (b >= 0x80) {
    return b >= 0xE4 && b <= 0xE9;
  }
  return !util::is_alnum(c) && c != '@' && c != '.' && c != '-' && c != '+' && c != '_' &&
         c != '%' && c != '(' && c != ')' && c != '#';
}

// Scans decoded blocks; keeps the line count and column across blocks.
class TextScanner {
public:
  explicit TextScanner(const ScanOptions& options)
      : m_options(options), m_hao(options.types.contains(PiiType::address)) {}

  // Appends the findings of `block` to `out`.
  void scan_block(const DecodedBlock& block, std::vector<Finding>& out);

private:
  // Findings for the --deny values in `block` (before the detectors run: lines are counted
  // from the block's start).
  void find_denied(const DecodedBlock& block, std::vector<Finding>& out);
  static void resolve_overlaps(std::vector<Finding>& out, std::size_t first);
  void scan_piece(const DecodedBlock& block, std::size_t ps, std::size_t pe,
                  std::vector<Finding>& out);
  std::uint64_t column_of(std::string_view text, std::size_t at);

  const ScanOptions& m_options;
  const bool m_hao; // addresses are looked for: 號 is a candidate too
  NormText m_norm;
  std::vector<Match> m_matches;
  std::uint64_t m_line = 1;      // line number of m_line_start
  std::size_t m_line_start = 0;  // in the current block
  std::uint64_t m_col_carry = 0; // characters of the current line in earlier blocks
  std::size_t m_col_pos = 0;     // column cache: characters from line start to m_col_pos
  std::uint64_t m_col_count = 0;
};

void TextScanner::find_denied(const DecodedBlock& block, std::vector<Finding>& out) {
  std::string_view text = block.text();
  std::vector<std::pair<std::size_t, const Policy::Denied*>> hits;
  for (const Policy::Denied& d : m_options.policy->denied()) {
    for (std::size_t at = text.find(d.value); at != std::string_view::npos;
         at = text.find(d.value, at + d.value.size())) {
      hits.emplace_back(at, &d);
    }
  }
  std::sort(hits.begin(), hits.end(),
            [](const auto& x, const auto& y) { return x.first < y.first; });
  std::uint64_t line = m_line;
  std::size_t counted = 0, line_start = 0;
  for (const auto& [at, d] : hits) {
    for (const void* nl;
         (nl = std::memchr(text.data() + counted, '\n', at - counted)) != nullptr;) {
      counted = static_cast<std::size_t>(static_cast<const char*>(nl) - text.data()) + 1;
      line_start = counted;
      ++line;
    }
    counted = at;
    std::uint64_t column = (line_start == 0 ? m_col_carry : 0) +
                           util::count_chars(text.substr(line_start, at - line_start)) + 1;
    out.push_back(Finding{d->type, block.to_input(at), block.to_input(at + d->value.size()), line,
                          column, 1.0f, "deny", "deny-list", "", text.substr(at, d->value.size())});
  }
}

void TextScanner::resolve_overlaps(std::vector<Finding>& out, std::size_t first) {
  auto begin = out.begin() + static_cast<std::ptrdiff_t>(first);
  std::stable_sort(begin, out.end(), [](const Finding& a, const Finding& b) {
    return a.start != b.start ? a.start < b.start : a.end > b.end;
  });
  auto kept = begin;
  for (auto it = begin + 1; it != out.end(); ++it) {
    if (it->start < kept->end) {
      if (it->end - it->start > kept->end - kept->start) {
        *kept = *it; // the longer one wins
      }
    } else {
      *++kept = *it;
    }
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
  if (m_options.policy && !m_options.policy->denied().empty()) {
    find_denied(block, out);
  }
  const char* base = text.data();
  const std::size_t n = text.size();
  std::size_t pos = 0;
  m_line_start = 0;
  m_col_pos = 0;
  m_col_count = m_col_carry;
  std::size_t counted = 0;  // line breaks before this position are counted
  std::size_t line_end = 0; // end of the line holding the current candidate
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
  // Each candidate is looked at in a window: k_context bytes before it (for cue words and for
  // the letters or '+' that start a value), the value itself and some bytes after. Windows of
  // nearby candidates merge; a window never starts or ends inside a value (good_cut).
  // The next candidate, when the window merging below already found it (no rescan).
  const char* known_next = nullptr;
  while (pos < n) {
    const char* t =
        known_next != nullptr ? known_next : find_trigger(base, base + pos, base + n, m_hao);
    known_next = nullptr;
    if (t == base + n) {
      break;
    }
    std::size_t tpos = static_cast<std::size_t>(t - base);
    advance_lines(tpos);
    if (tpos >= line_end) {
      const void* nl = std::memchr(t, '\n', n - tpos);
      line_end = nl != nullptr ? static_cast<std::size_t>(static_cast<const char*>(nl) - base) : n;
    }
    std::size_t ws = std::max(m_line_start, pos);
    if (tpos - ws > k_context) {
      ws = tpos - k_context;
      // Back to a good cut, but never into the previous window.
      for (std::size_t lo = std::max(pos, ws > k_context ? ws - k_context : 0);
           ws > lo && !good_cut(text[ws]);) {
        --ws;
      }
    }
    std::size_t we = tpos;
    while (true) {
      we = std::min(line_end, we + k_after);
      while (we < line_end && !good_end(text, we) && we - ws < k_max_piece) {
        ++we;
      }
      if (we >= line_end) {
        break;
      }
      if (we - ws >= k_max_piece) {
        while (we > tpos + 1 && util::is_continuation(text[we])) {
          --we; // a piece of a very long line ends on a character boundary
        }
        break;
      }
      const char* next = find_trigger(base, base + we, base + line_end, m_hao);
      if (next == base + line_end) {
        break;
      }
      if (static_cast<std::size_t>(next - base) - we > k_context) {
        known_next = next; // too far to merge: it starts the next window
        break;
      }
      we = static_cast<std::size_t>(next - base);
    }
    scan_piece(block, ws, we, out);
    pos = we;
  }
  if (out.size() > first_out + 1 && m_options.policy && !m_options.policy->denied().empty()) {
    resolve_overlaps(out, first_out);
  }
  advance_lines(n);
  if (m_line_start < n) {
    m_col_carry =
        (m_line_start == 0 ? m_col_carry : 0) + util::count_chars(text.substr(m_line_start));
  }
}

void TextScanner::scan_piece(const DecodedBlock& block, std::size_t ps, std::size_t pe,
                             std::vector<Finding>& out) {
  std::string_view text = block.text();
  std::string_view piece = text.substr(ps, pe - ps);
  const bool fold = needs_normalizing(piece);
  if (fold) {
    normalize(piece, m_norm);
  }
  m_matches.clear();
  detect(fold ? std::string_view(m_norm.text) : piece, m_options.types, m_matches);
  for (const Match& m : m_matches) {
    if (m.confidence < m_options.min_confidence) {
      continue;
    }
    std::size_t a = ps + (fold ? m_norm.map[m.start] : m.start);
    std::size_t b = ps + (fold ? m_norm.map[m.end] : m.end);
    if (m_options.policy && m_options.policy->allowed(text.substr(a, b - a))) {
      continue;
    }
    out.push_back(Finding{m.type, block.to_input(a), block.to_input(b), m_line, column_of(text, a),
                          m.confidence, m.detector, m.rule, m.cue, text.substr(a, b - a)});
  }
}

Result<void> read_more(Source& source, std::string& buf, std::size_t target, bool& eof) {
  while (!eof && buf.size() < target) {
    std::size_t old = buf.size();
    std::size_t want = std::max<std::size_t>(target - old, 64 << 10);
    buf.resize(old + want);
    auto r = source.read(buf.data() + old, want);
    if (!r) {
      buf.resize(old);
      return std::unexpected(r.error());
    }
    buf.resize(old + *r);
    eof = *r == 0;
  }
  return {};
}
} // namespace

Result<ScanResult> scan(Source& source, const ScanOptions& options, const BlockFn& on_block) {
  ScanResult result;
  std::string buf;
  bool eof = false;
  std::uint64_t offset = 0;
  if (auto r = read_more(source, buf, options.block_size, eof); !r) {
    return std::unexpected(r.error());
  }
  Sniff sn = sniff(buf, eof);
  if (sn.binary && !options.encoding) {
    result.outcome = Outcome::skipped_binary;
    while (options.pass_binary && !buf.empty()) {
      if (auto r = on_block(Block{buf, offset, Encoding::utf8, {}}); !r) {
        return std::unexpected(r.error());
      }
      offset += buf.size();
      buf.clear();
      if (auto r = read_more(source, buf, options.block_size, eof); !r) {
        return std::unexpected(r.error());
      }
    }
    result.bytes = offset;
    return result;
  }
  const Encoding enc = options.encoding.value_or(sn.encoding);
  result.encoding = enc;
  std::size_t skip = bom_size(buf, enc);
  TextScanner scanner(options);
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
      if (auto r = read_more(source, buf, target, eof); !r) {
        return std::unexpected(r.error());
      }
      continue;
    }
    std::string_view bytes(buf.data(), cut);
    std::string_view body = bytes.substr(skip);
    if (enc == Encoding::utf8) {
      std::size_t bad = 0;
      if (!valid_utf8(body, false, &bad)) {
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
    buf.erase(0, cut);
    skip = 0;
    target = options.block_size;
    if (auto r = read_more(source, buf, target, eof); !r) {
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
      std::string replacement = mask_value(f.type, f.value, mask_options);
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
