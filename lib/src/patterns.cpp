// Parsing of the embedded pattern tables and the cue-word search.
#include "patterns.hpp"

#include "text_util.hpp"

#include <algorithm>
#if defined(__x86_64__)
#include <immintrin.h>
#elif defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <stdexcept>
#include <string>

namespace twpii::patterns {

extern const std::string_view k_phone_area_codes_tsv;
extern const std::string_view k_cues_tsv;
extern const std::string_view k_surnames_txt;
extern const std::string_view k_surnames_rare_txt;
extern const std::string_view k_surnames_japanese_txt;
extern const std::string_view k_name_stopwords_txt;
extern const std::string_view k_given_names_txt;

namespace {
// Splits `data` into non-comment, non-empty lines of tab-separated fields.
// Calls fn(line) for each line of `data` that is neither empty nor a comment.
template <class Fn> void each_line(std::string_view data, Fn fn) {
  while (!data.empty()) {
    auto nl = data.find('\n');
    std::string_view line = data.substr(0, nl);
    data.remove_prefix(nl == std::string_view::npos ? data.size() : nl + 1);
    if (!line.empty() && line.front() != '#') {
      fn(line);
    }
  }
}

std::vector<std::vector<std::string_view>> parse_tsv(std::string_view data) {
  std::vector<std::vector<std::string_view>> rows;
  each_line(data, [&](std::string_view line) {
    std::vector<std::string_view> fields;
    while (true) {
      auto tab = line.find('\t');
      fields.push_back(line.substr(0, tab));
      if (tab == std::string_view::npos) {
        break;
      }
      line.remove_prefix(tab + 1);
    }
    rows.push_back(std::move(fields));
  });
  return rows;
}

// The embedded tables are part of the build: a malformed row is a programming error.
[[noreturn]] void bad_row(std::string_view table) {
  throw std::logic_error("malformed row in embedded pattern table " + std::string(table));
}

bool ieq_ascii(std::string_view a, std::string_view b) {
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x != y && !(util::is_alpha(x) && (x | 0x20) == (y | 0x20))) {
      return false;
    }
  }
  return true;
}
} // namespace

const std::vector<Cue>& cues() {
  static const std::vector<Cue> table = [] {
    std::vector<Cue> out;
    for (const auto& f : parse_tsv(k_cues_tsv)) {
      if (f.size() != 3 || (f[1] != "+" && f[1] != "-") || f[2].empty()) {
        bad_row("cues.tsv");
      }
      static constexpr std::pair<std::string_view, CueClass> k_classes[] = {
          {"id", CueClass::id},           {"phone", CueClass::phone},
          {"email", CueClass::email},     {"address", CueClass::address},
          {"birth", CueClass::birth},     {"passport", CueClass::passport},
          {"nhi", CueClass::nhi},         {"business", CueClass::business},
          {"sole", CueClass::sole},       {"plate", CueClass::plate},
          {"bank", CueClass::bank},       {"card", CueClass::card},
          {"cert", CueClass::cert},       {"name", CueClass::name},
          {"title", CueClass::title},     {"intro", CueClass::intro},
          {"example", CueClass::example}, {"animal", CueClass::animal}};
      auto it = std::find_if(std::begin(k_classes), std::end(k_classes),
                             [&](const auto& c) { return c.first == f[0]; });
      if (it == std::end(k_classes)) {
        bad_row("cues.tsv");
      }
      CueClass cls = it->second;
      out.push_back(Cue{cls, f[1] == "+", f[2]});
    }
    return out;
  }();
  return table;
}

std::size_t NameData::surname_at(std::string_view text, std::size_t at) const {
  if (at >= text.size() || text.size() - at < 3 ||
      (static_cast<unsigned char>(text[at]) & 0xF0) != 0xE0) {
    return 0; // surnames are made of three-byte UTF-8 characters (and at may have wrapped)
  }
  const char32_t cp = util::cp3(text.data() + at);
  if (((compound_first[cp >> 6] >> (cp & 63)) & 1) != 0 && at + 6 <= text.size() &&
      surnames.contains(text.substr(at, 6))) {
    return 6;
  }
  return ((single[cp >> 6] >> (cp & 63)) & 1) != 0 ? 3 : 0;
}

std::size_t NameData::japanese_from(std::string_view text, std::size_t at) const {
  for (std::size_t len : {9u, 6u}) {
    if (at < text.size() && text.size() - at >= len && japanese.contains(text.substr(at, len))) {
      return len;
    }
  }
  return 0;
}

const NameData& name_data() {
  static const NameData d = [] {
    NameData out;
    out.single.assign(0x10000 / 64, 0);
    out.compound_first.assign(0x10000 / 64, 0);
    out.given.assign(0x10000 / 64, 0);
    out.rare.assign(0x10000 / 64, 0);
    out.japanese_first.assign(0x10000 / 64, 0);
    // Space-separated words on each line.
    auto words = [](std::string_view data, auto fn) {
      for (const auto& f : parse_tsv(data)) {
        std::string_view line = f[0];
        while (!line.empty()) {
          auto sp = line.find(' ');
          std::string_view w = line.substr(0, sp);
          if (!w.empty()) {
            fn(w);
          }
          line.remove_prefix(sp == std::string_view::npos ? line.size() : sp + 1);
        }
      }
    };
    std::vector<std::string_view> compound, stopwords;
    words(k_surnames_txt, [&](std::string_view w) {
      if (w.size() == 3) {
        std::size_t len = 0;
        const char32_t cp = util::utf8_decode(w, 0, &len);
        if (len != 3) {
          bad_row("surnames.txt");
        }
        out.single[cp >> 6] |= std::uint64_t{1} << (cp & 63);
      } else {
        compound.push_back(w);
        const char32_t first = util::cp3(w.data());
        out.compound_first[first >> 6] |= std::uint64_t{1} << (first & 63);
      }
    });
    // One character per word: a bit in `bits`.
    auto characters = [&](std::string_view data, std::vector<std::uint64_t>& bits,
                          const char* file) {
      words(data, [&](std::string_view w) {
        std::size_t len = 0;
        const char32_t cp = util::utf8_decode(w, 0, &len);
        if (len != 3 || w.size() != 3) {
          bad_row(file);
        }
        bits[cp >> 6] |= std::uint64_t{1} << (cp & 63);
      });
    };
    characters(k_given_names_txt, out.given, "given_names.txt");
    characters(k_surnames_rare_txt, out.rare, "surnames_rare.txt");
    words(k_name_stopwords_txt, [&](std::string_view w) { stopwords.push_back(w); });
    std::vector<std::string_view> japanese;
    words(k_surnames_japanese_txt, [&](std::string_view w) {
      if (w.ends_with('*')) {
        w.remove_suffix(1); // only where a name is expected
      } else {
        out.japanese_cue_free.push_back(w);
      }
      japanese.push_back(w);
      const char32_t first = util::cp3(w.data());
      out.japanese_first[first >> 6] |= std::uint64_t{1} << (first & 63);
    });
    out.japanese = NameSet(japanese);
    out.surnames = NameSet(compound);
    out.stopwords = NameSet(stopwords);
    return out;
  }();
  return d;
}

const std::vector<AreaCode>& area_codes() {
  static const std::vector<AreaCode> table = [] {
    std::vector<AreaCode> out;
    for (const auto& f : parse_tsv(k_phone_area_codes_tsv)) {
      if (f.size() != 4 || f[0].size() < 2 || f[0][0] != '0') {
        bad_row("phone_area_codes.tsv");
      }
      AreaCode a{f[0], f[1] == "mobile", {0, 0}};
      std::string_view lens = f[2];
      for (std::size_t k = 0; k < 2 && !lens.empty(); ++k) {
        a.lengths[k] = static_cast<std::uint8_t>(lens[0] - '0');
        lens.remove_prefix(std::min<std::size_t>(2, lens.size()));
      }
      out.push_back(a);
    }
    std::stable_sort(out.begin(), out.end(), [](const AreaCode& x, const AreaCode& y) {
      return x.prefix.size() > y.prefix.size();
    });
    return out;
  }();
  return table;
}

namespace {
inline unsigned char fold_ascii(char c) {
  auto b = static_cast<unsigned char>(c);
  return util::is_alpha(c) ? static_cast<unsigned char>(b | 0x20) : b;
}

// Cue words indexed by a 16-bit hash of their first three bytes (ASCII folded to lower case),
// so a text is searched in one pass with one bit test per byte; the hash of a CJK word's whole
// first character rarely matches other characters. Words of fewer than three bytes are not
// supported (cues.tsv has none).
struct CueIndex {
  std::uint64_t any[1024] = {}; // bit per hash: some word starts so (8 KiB)
  // The bytes some word starts with (both cases of letters), as a bit set for SIMD look-ups:
  // bit h of starts_lo[l] is byte h*16+l for h < 8, bit h-8 of starts_hi[l] for h >= 8.
  alignas(16) std::uint8_t starts_lo[16] = {}, starts_hi[16] = {};
  std::vector<std::uint16_t> slot; // 65536 entries: 0 = no word starts so, else bucket + 1
  std::vector<std::vector<const Cue*>> buckets;
};

inline unsigned cue_hash(unsigned char b0, unsigned char b1, unsigned char b2) {
  std::uint32_t key = std::uint32_t{b0} | std::uint32_t{b1} << 8 | std::uint32_t{b2} << 16;
  return (key * 0x9E3779B1u) >> 16;
}

// Whether find_cues() looks for the word: names, titles and introducing words are found by the
// name detector's own searches (by their last or first characters), never through cue_near().
bool searched(const Cue& c) {
  return c.cls != CueClass::name && c.cls != CueClass::title && c.cls != CueClass::intro;
}

const CueIndex& cue_index() {
  static const CueIndex index = [] {
    CueIndex idx;
    idx.slot.assign(65536, 0);
    for (const Cue& c : cues()) {
      if (!searched(c)) {
        continue;
      }
      if (c.word.size() < 3) {
        throw std::logic_error("cue words need three bytes at least");
      }
      unsigned key = cue_hash(fold_ascii(c.word[0]), fold_ascii(c.word[1]), fold_ascii(c.word[2]));
      if (idx.slot[key] == 0) {
        idx.buckets.emplace_back();
        idx.slot[key] = static_cast<std::uint16_t>(idx.buckets.size());
      }
      idx.buckets[idx.slot[key] - 1].push_back(&c);
      idx.any[key >> 6] |= std::uint64_t{1} << (key & 63);
    }
    for (unsigned b = 0; b < 256; ++b) {
      bool starts = std::any_of(cues().begin(), cues().end(), [&](const Cue& c) {
        return searched(c) && fold_ascii(c.word[0]) == fold_ascii(static_cast<char>(b));
      });
      if (starts) {
        (b < 128 ? idx.starts_lo : idx.starts_hi)[b & 15] |=
            static_cast<std::uint8_t>(1 << ((b >> 4) & 7));
      }
    }
    return idx;
  }();
  return index;
}
} // namespace

namespace {
// Per byte: its ASCII lower-case fold.
struct ByteTables {
  unsigned char fold[256];
  ByteTables() {
    for (unsigned b = 0; b < 256; ++b) {
      fold[b] = fold_ascii(static_cast<char>(b));
    }
  }
};
const ByteTables k_bytes;
} // namespace

namespace {
// Appends the cue words that start at byte i of text (i + 2 < text.size()).
inline void cues_at(const CueIndex& idx, std::string_view text, std::size_t i,
                    std::vector<CueHit>& out) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  unsigned key = cue_hash(k_bytes.fold[p[i]], k_bytes.fold[p[i + 1]], k_bytes.fold[p[i + 2]]);
  if (((idx.any[key >> 6] >> (key & 63)) & 1) == 0) {
    return;
  }
  for (const Cue* c : idx.buckets[idx.slot[key] - 1]) {
    if (i + c->word.size() <= text.size() && ieq_ascii(c->word, text.substr(i, c->word.size()))) {
      out.push_back(CueHit{static_cast<std::uint32_t>(i),
                           static_cast<std::uint32_t>(i + c->word.size()), c->cls, c->positive,
                           c->word});
    }
  }
}

#if defined(__x86_64__)
// Tries only the bytes some cue word starts with (not continuation bytes, digits or most
// punctuation), found 32 at a time: a byte is in the set when bit (its high nibble mod 8) of
// the table entry for its low nibble is set, in starts_lo or starts_hi by its top bit.
[[gnu::target("avx2")]] void find_cues_avx2(const CueIndex& idx, std::string_view text,
                                            std::size_t from, std::size_t to,
                                            std::vector<CueHit>& out) {
  const __m256i lo_set =
      _mm256_broadcastsi128_si256(_mm_load_si128(reinterpret_cast<const __m128i*>(idx.starts_lo)));
  const __m256i hi_set =
      _mm256_broadcastsi128_si256(_mm_load_si128(reinterpret_cast<const __m128i*>(idx.starts_hi)));
  const __m256i bits = _mm256_setr_epi8(1, 2, 4, 8, 16, 32, 64, -128, 1, 2, 4, 8, 16, 32, 64, -128,
                                        1, 2, 4, 8, 16, 32, 64, -128, 1, 2, 4, 8, 16, 32, 64, -128);
  const __m256i nibble = _mm256_set1_epi8(0x0F), zero = _mm256_setzero_si256();
  std::size_t i = from;
  for (; i < to && text.size() - i >= 32; i += 32) {
    __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(text.data() + i));
    __m256i lo = _mm256_and_si256(v, nibble);
    __m256i row =
        _mm256_blendv_epi8(_mm256_shuffle_epi8(lo_set, lo), _mm256_shuffle_epi8(hi_set, lo), v);
    __m256i bit = _mm256_shuffle_epi8(bits, _mm256_and_si256(_mm256_srli_epi16(v, 4), nibble));
    auto mask = ~static_cast<unsigned>(
        _mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_and_si256(row, bit), zero)));
    if (to - i < 32) {
      mask &= (1u << (to - i)) - 1; // the last bytes of a short range
    }
    for (; mask != 0; mask &= mask - 1) {
      cues_at(idx, text, i + static_cast<unsigned>(__builtin_ctz(mask)), out);
    }
  }
  for (; i < to; ++i) {
    cues_at(idx, text, i, out);
  }
}
#endif
} // namespace

void find_cues_portable(std::string_view text, std::size_t from, std::size_t to,
                        std::vector<CueHit>& out) {
  const CueIndex& idx = cue_index();
  // Every byte is tried (a hash that matches in the middle of a character finds no word in its
  // bucket): independent iterations run faster than stepping from character to character.
  to = std::min(to, text.size() > 2 ? text.size() - 2 : 0);
  for (std::size_t i = from; i < to; ++i) {
    cues_at(idx, text, i, out);
  }
}

void find_cues(std::string_view text, std::size_t from, std::size_t to, std::vector<CueHit>& out) {
#if defined(__x86_64__)
  if (util::cpu_has_avx2()) {
    to = std::min(to, text.size() > 2 ? text.size() - 2 : 0);
    if (from < to) {
      find_cues_avx2(cue_index(), text, from, to, out);
    }
    return;
  }
#endif
  find_cues_portable(text, from, to, out);
}

} // namespace twpii::patterns
