// Decoding, sniffing, UTF-8 validation and normalisation with exact offset maps.
#include <twpii/encoding.hpp>
#include <twpii/normalize.hpp>

#include <doctest/doctest.h>

#include <random>

using twpii::Encoding;

TEST_SUITE_BEGIN("encoding");

TEST_CASE("valid_utf8: well-formed, malformed and truncated input") {
  CHECK(twpii::valid_utf8("ascii only", false));
  CHECK(twpii::valid_utf8("身分證字號", false));
  std::size_t bad = 0;
  CHECK_FALSE(twpii::valid_utf8("ab\xC0\x80", false, &bad)); // overlong
  CHECK(bad == 2);
  CHECK_FALSE(twpii::valid_utf8("\xED\xA0\x80", false)); // surrogate
  CHECK_FALSE(twpii::valid_utf8("\xF5\x80\x80\x80", false));
  std::string cut = std::string("身分").substr(0, 4); // one and a third characters
  CHECK_FALSE(twpii::valid_utf8(cut, false));
  CHECK(twpii::valid_utf8(cut, true));
  CHECK_FALSE(twpii::valid_utf8(std::string(40, 'a') + "\xFF" + std::string(40, 'b'), false));
}

TEST_CASE("sniff: BOMs, UTF-8, Big5, binary") {
  CHECK(twpii::sniff("\xFF\xFEh\0", true).encoding == Encoding::utf16le);
  CHECK(twpii::sniff("\xFE\xFF\0h", true).encoding == Encoding::utf16be);
  CHECK(twpii::sniff("身分證", true).encoding == Encoding::utf8);
  std::string big5 = twpii::encode("陳情人王小明，身分證字號A123456789\n", Encoding::big5);
  CHECK(big5.size() == 24 + 10 + 1); // 12 characters of two bytes each, 10 ASCII, newline
  auto s = twpii::sniff(big5, true);
  CHECK_FALSE(s.binary);
  CHECK(s.encoding == Encoding::big5);
  CHECK(twpii::sniff(std::string("PK\x03\x04\0\0", 6), true).binary);
}

TEST_CASE("DecodedBlock: Big5 text maps back to exact input bytes") {
  std::string big5 = twpii::encode("王A1\n", Encoding::big5);
  REQUIRE(big5.size() == 5);
  twpii::DecodedBlock block;
  REQUIRE(block.decode(big5, 100, Encoding::big5));
  CHECK(block.text() == "王A1\n");
  CHECK(block.to_input(0) == 100); // 王 (3 bytes in UTF-8, 2 in Big5)
  CHECK(block.to_input(3) == 102); // A
  CHECK(block.to_input(4) == 103); // 1
  CHECK(block.to_input(6) == 105); // end
}

TEST_CASE("DecodedBlock: invalid Big5 is an error naming the byte") {
  twpii::DecodedBlock block;
  auto r = block.decode(std::string("ab\x81\x20", 4), 0, Encoding::big5);
  REQUIRE_FALSE(r);
  CHECK(r.error().message.find("big5") != std::string::npos);
  // 0x80 and 0xFF are no Big5 lead bytes, though ICU's windows-950 maps them (found by a review).
  const std::pair<const char*, const char*> cases[] = {{"A123456789 \x80\x80\n", "at byte 111"},
                                                       {"A123456789 \xff\xff\n", "at byte 111"},
                                                       {"\xa4\xa4\x80", "at byte 102"}};
  for (auto [bad, where] : cases) {
    auto b = block.decode(bad, 100, Encoding::big5);
    REQUIRE_FALSE(b);
    CHECK(b.error().message.find(where) != std::string::npos);
    CHECK(twpii::sniff(bad, true).encoding != Encoding::big5);
  }
}

TEST_CASE("DecodedBlock: UTF-16LE with a character outside the BMP") {
  std::string u16 = twpii::encode("a😀b", Encoding::utf16le);
  REQUIRE(u16.size() == 8);
  twpii::DecodedBlock block;
  REQUIRE(block.decode(u16, 0, Encoding::utf16le));
  CHECK(block.text() == "a😀b");
  CHECK(block.to_input(1) == 2);
  CHECK(block.to_input(5) == 6);
}

TEST_CASE("safe_cut: after the last line break, never inside a character") {
  CHECK(twpii::safe_cut("ab\ncd", Encoding::utf8) == 3);
  CHECK(twpii::safe_cut("ab身", Encoding::utf8) == 2);
  CHECK(twpii::safe_cut("ab", Encoding::big5) == 0);
  std::string le("a\0\n\0b\0", 6);
  CHECK(twpii::safe_cut(le, Encoding::utf16le) == 4);
}

TEST_CASE("normalize: full-width forms fold and the map points at the source") {
  twpii::NormText n;
  twpii::normalize("電Ａ１－\xE3\x80\x80x\xE2\x80\x8By", n);
  CHECK(n.text == "電A1- xy");
  REQUIRE(n.map.size() == n.text.size() + 1);
  CHECK(n.map[3] == 3);  // A ← Ａ at byte 3
  CHECK(n.map[4] == 6);  // 1 ← １
  CHECK(n.map[5] == 9);  // - ← －
  CHECK(n.map[6] == 12); // ' ' ← U+3000
  CHECK(n.map[7] == 15); // x
  CHECK(n.map[8] == 19); // y, after the dropped zero-width space
  CHECK(n.map[9] == 20);
  // A box table's double and heavy verticals read as '|' (set38a: ║亡者姓名　║巫添丁　║).
  CHECK(twpii::needs_normalizing("║姓名║"));
  CHECK(twpii::needs_normalizing("┃姓名┃"));
  CHECK_FALSE(twpii::needs_normalizing("│姓名│═"));
  twpii::normalize("║姓名┃x", n);
  CHECK(n.text == "|姓名|x");
  CHECK(n.map[7] == 9); // | ← ┃ at byte 9
}

namespace {
// A plain reference validator (Unicode 15 Table 3-7, well-formed byte sequences).
bool reference_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    auto in = [&](std::size_t k, int lo, int hi) {
      return i + k < s.size() && b(k) >= lo && b(k) <= hi;
    };
    if (b(0) < 0x80) {
      i += 1;
    } else if (b(0) >= 0xC2 && b(0) <= 0xDF && in(1, 0x80, 0xBF)) {
      i += 2;
    } else if ((b(0) == 0xE0 && in(1, 0xA0, 0xBF) && in(2, 0x80, 0xBF)) ||
               (((b(0) >= 0xE1 && b(0) <= 0xEC) || b(0) == 0xEE || b(0) == 0xEF) &&
                in(1, 0x80, 0xBF) && in(2, 0x80, 0xBF)) ||
               (b(0) == 0xED && in(1, 0x80, 0x9F) && in(2, 0x80, 0xBF))) {
      i += 3;
    } else if ((b(0) == 0xF0 && in(1, 0x90, 0xBF) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF)) ||
               (b(0) >= 0xF1 && b(0) <= 0xF3 && in(1, 0x80, 0xBF) && in(2, 0x80, 0xBF) &&
                in(3, 0x80, 0xBF)) ||
               (b(0) == 0xF4 && in(1, 0x80, 0x8F) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF))) {
      i += 4;
    } else {
      return false;
    }
  }
  return true;
}
} // namespace

TEST_CASE("valid_utf8: agrees with a reference validator on 20000 mutated texts") {
  std::mt19937 rng(12345);
  const std::string base = "身分證字號A123456789，手機０９１２－３４５－６７８ 😀 é ok\n";
  int invalid = 0;
  for (int iter = 0; iter < 20000; ++iter) {
    std::string s;
    int copies = 1 + static_cast<int>(rng() % 4);
    for (int c = 0; c < copies; ++c) {
      s += base;
    }
    int edits = static_cast<int>(rng() % 3);
    for (int e = 0; e < edits; ++e) {
      s[rng() % s.size()] = static_cast<char>(rng() % 256);
    }
    s.resize(rng() % (s.size() + 1));
    bool ref = reference_utf8(s);
    invalid += !ref;
    CAPTURE(iter);
    REQUIRE(twpii::valid_utf8(s, false) == ref);
  }
  CHECK(invalid > 1000); // the mutations really produce invalid text
}

TEST_SUITE_END();
