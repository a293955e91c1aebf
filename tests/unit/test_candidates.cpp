// The candidate and cue-word searches: their AVX2 and portable versions agree on random text
// built from the bytes, characters and words they look for.
#include "candidates.hpp"
#include "patterns.hpp"
#include "text_util.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

TEST_SUITE_BEGIN("candidates");

TEST_CASE("find_candidate, find_name_chars: the AVX2 and portable searches agree") {
  // Pieces chosen to hit every path: digits in every skipped and kept shape, '@', full-width
  // digits and letters, 號 and 年 after numerals, name-label and honorific characters and the
  // common characters that share their nibbles (合 免 大 光), ASCII letters and separators.
  const std::vector<std::string> pieces = {
      "0",      "12", "345",    "2024",       "0912345678", "A",    "b",    "@",    "$",
      ",",      ".",  "/",      "-",          " ",          "，",   "。",   "件",   "年",
      "月",     "日", "第",     "號",         "巷",         "之",   "萬",   "生",   "出生",
      "二十五", "人", "陳情人", "名",         "姓名",       "君",   "先生", "小姐", "女士",
      "太太",   "告", "原告",   "席",         "主席",       "錄",   "紀錄", "者",   "受文者",
      "合",     "免", "大",     "光",         "１",         "２３", "Ａ",   "＠",   "－",
      "\t",     "\n", "次",     "四十五年次", "七十四年",   "十",   "敬上", "謹啟", "敬"};
  std::mt19937 rng(20261127);
  for (int doc = 0; doc < 2000; ++doc) {
    std::string text;
    std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
    std::size_t n = std::uniform_int_distribution<std::size_t>(0, 120)(rng);
    for (std::size_t k = 0; k < n; ++k) {
      text += pieces[pick(rng)];
    }
    const char* b = text.data();
    const char* e = b + text.size();
    // The name characters: the same ones once classified (the AVX2 search may add others).
    std::vector<std::size_t> fast_names, portable_names;
    twpii::find_name_chars(text, fast_names);
    twpii::find_name_chars_portable(text, portable_names);
    auto named = [&](std::vector<std::size_t> at) {
      std::erase_if(at, [&](std::size_t i) {
        return twpii::util::name_char_kind(b, b + i, e) == twpii::util::NameChar::none;
      });
      return at;
    };
    REQUIRE(named(fast_names) == named(portable_names));
    for (int mode = 0; mode < 8; ++mode) {
      twpii::Triggers t{(mode & 1) != 0, (mode & 2) != 0, (mode & 4) != 0};
      std::vector<std::size_t> fast, portable;
      for (const char* p = b; (p = twpii::find_candidate(b, p, e, t)) != e; ++p) {
        fast.push_back(static_cast<std::size_t>(p - b));
      }
      for (const char* p = b; (p = twpii::find_candidate_portable(b, p, e, t)) != e; ++p) {
        portable.push_back(static_cast<std::size_t>(p - b));
      }
      CAPTURE(text);
      CAPTURE(mode);
      REQUIRE(fast == portable);
    }
  }
}

TEST_CASE("find_candidate: what is skipped and what is kept") {
  auto first = [](std::string_view s, twpii::Triggers t = {true, true, true}) {
    const char* p = twpii::find_candidate(s.data(), s.data(), s.data() + s.size(), t);
    return static_cast<std::size_t>(p - s.data());
  };
  const std::size_t none = std::string::npos;
  auto at = [&](std::string_view s, twpii::Triggers t = {true, true, true}) {
    std::size_t i = first(s, t);
    return i == s.size() ? none : i;
  };
  CHECK(at("累計27件") == none);
  CHECK(at("約3萬元") == none);
  CHECK(at("NT$249,094元") == none);
  CHECK(at("新台幣1,656,889元") == none);
  CHECK(at("府地權字第1100012345號函") == none);
  CHECK(at("於106年2月28日到場") == none);
  CHECK(at("於2020/03/12到場") == none);
  CHECK(at("民國74年5月3日出生") == 6);                         // a birth cue after the date
  CHECK(at("生日74.05.03") == 6);                               // and before it
  CHECK(at("民國74年5月3日出生", {true, true, false}) == none); // birth dates not asked for
  // 生 of no birth word before a date of prose (衛生, 生活, 發生, 民生路: a third of the prose
  // bench's dates opened windows so); of a birth word, letter-spaced too, it does.
  CHECK(at("環境衛生堪慮。當地居民於112/09/09拍照記錄") == none);
  CHECK(at("以免發生憾事。社區住戶於2017-12-16提出申請") == none);
  CHECK(at("中山路與民生路口，攤商於102/02/25詢問") == none);
  CHECK(at("出 生 日 期 74.05.03") == 16);
  CHECK(at("生於74.05.03") == 6);
  // Letters before a date: a birth word or a capitalised name, not NT$ or an e-mail address.
  CHECK(at("支出NT$446,017，經查。年長者於110.02.08反映") == none);
  CHECK(at("回覆至chuang.meikai@so-net.net.tw。") == 22); // (the '@')
  CHECK(at("DOB 74.05.03") == 4);
  CHECK(at("NGUYEN THI HOA 90.04.04") == 15);
  CHECK(at("<td>42.09.16</td>") == 4); // a date alone in an HTML cell
  CHECK(at("中山路25號") == 9);
  CHECK(at("手機0912345678請") == 6);
  CHECK(at("A123456789") == 1);
  CHECK(at("電話2345-6789") == 6);
  CHECK(at("x@y") == 1);
  CHECK(at("二十五號", {true, false, false}) == 9);
  CHECK(at("二十五號", {false, false, false}) == none);
  CHECK(at("民國七十四年五月三日生") == 15); // 年 after a numeral, 生 near
  CHECK(at("四十五年次") == 9);
  CHECK(at("三年來都是如此") == none);
  CHECK(at("四十五年次", {true, true, false}) == none);
  CHECK(at("男，46年次") == 6);
  CHECK(at("陳情人王小明", {false, true, false}) == 6);
  CHECK(at("陳情人王小明", {false, false, false}) == none);
  CHECK(at("大人物") == none);           // 人 that ends no label
  CHECK(at("　　洪清標　敬上") == none); // a signature alone opens no window
  // A label or an honorific opens a window only with a surname where a name would be.
  CHECK(at("陳情人表示意見") == none);
  CHECK(at("陳情人：王小明") == 6);
  CHECK(at("<th>申請人</th><td>吳柏翰</td>") == 10); // the label in the cell before
  CHECK(at("陳情人之母謝淑貞") == 6);
  CHECK(at("王小明先生來電") == 9);
  CHECK(at("我先生林文雄有高血壓") == 3);
  CHECK(at("本人王小明") == none); // 本人 is a weak label: no window of its own
}

TEST_CASE("name_char_kind: every name label of cues.tsv that ends in 人 名 者 告 席 錄 is one") {
  // name_char_kind() lists the characters before them by hand (for speed): a label added to
  // patterns/cues.tsv but not there would never open a window on a line without digits.
  int checked = 0;
  for (const twpii::patterns::Cue& c : twpii::patterns::cues()) {
    if (c.cls != twpii::patterns::CueClass::name || !c.positive || c.word.size() < 6) {
      continue;
    }
    const char* last = c.word.data() + c.word.size() - 3;
    if (std::u32string_view(U"人名者告席錄").find(twpii::util::cp3(last)) ==
        std::u32string_view::npos) {
      continue;
    }
    CAPTURE(c.word);
    const auto kind =
        twpii::util::name_char_kind(c.word.data(), last, c.word.data() + c.word.size());
    CHECK((kind == twpii::util::NameChar::label_end || kind == twpii::util::NameChar::weak_label));
    ++checked;
  }
  CHECK(checked > 50);
}

TEST_CASE("find_cues: the AVX2 and portable searches find the same cue words") {
  // Cue words, their prefixes, both letter cases, and text around them; ranges of every length
  // so that both the 32-byte blocks and the short tails are compared.
  const std::vector<std::string> pieces = {
      "身分證字號", "身分",       "電話",         "聯絡電話", "手機",   "電子郵件", "E-mail",
      "e-MAIL",     "TEL",        "tel",          "ID:",      "地址",   "住",       "出生",
      "生日",       "DOB",        "帳號",         "統一編號", "車號",   "護照",     "，",
      "：",         "A123456789", "0912-345-678", " ",        "王小明", "的",       "\t"};
  std::mt19937 rng(7);
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  for (int doc = 0; doc < 1000; ++doc) {
    std::string text;
    std::size_t n = std::uniform_int_distribution<std::size_t>(0, 60)(rng);
    for (std::size_t k = 0; k < n; ++k) {
      text += pieces[pick(rng)];
    }
    std::uniform_int_distribution<std::size_t> at(0, text.size());
    std::size_t from = at(rng), to = at(rng);
    if (from > to) {
      std::swap(from, to);
    }
    std::vector<twpii::patterns::CueHit> fast, portable;
    twpii::patterns::find_cues(text, from, to, fast);
    twpii::patterns::find_cues_portable(text, from, to, portable);
    CAPTURE(text);
    REQUIRE(fast.size() == portable.size());
    for (std::size_t k = 0; k < fast.size(); ++k) {
      CHECK(fast[k].start == portable[k].start);
      CHECK(fast[k].word == portable[k].word);
    }
  }
}

TEST_CASE("CharFinder: the AVX2 and portable searches find the same characters") {
  const std::u8string_view pool =
      u8"王李張劉陳楊黃趙吳周徐孫馬朱胡郭何高林羅鄭梁謝宋唐許韓馮鄧曹彭曾";
  std::vector<std::string_view> all;
  for (std::size_t i = 0; i + 3 <= pool.size(); i += 3) {
    all.emplace_back(reinterpret_cast<const char*>(pool.data()) + i, 3);
  }
  const std::vector<std::string> filler = {"情", "人", "的", "地", "1", "a", "，", "小明", "\n"};
  std::mt19937 rng(11);
  for (int round = 0; round < 300; ++round) {
    std::vector<std::string_view> chars = all;
    std::shuffle(chars.begin(), chars.end(), rng);
    chars.resize(std::uniform_int_distribution<std::size_t>(1, all.size())(rng));
    twpii::CharFinder finder(chars);
    std::string text;
    std::size_t n = std::uniform_int_distribution<std::size_t>(0, 200)(rng);
    for (std::size_t k = 0; k < n; ++k) {
      if (rng() % 3 == 0) {
        text += all[rng() % all.size()];
      } else {
        text += filler[rng() % filler.size()];
      }
    }
    std::vector<std::size_t> fast, portable, expected;
    finder.find_all(text, fast);
    finder.find_all_portable(text, portable);
    for (std::size_t i = 0; i + 3 <= text.size(); ++i) {
      if (std::find(chars.begin(), chars.end(), std::string_view(text).substr(i, 3)) !=
          chars.end()) {
        expected.push_back(i);
      }
    }
    CAPTURE(text);
    CHECK(fast == expected);
    CHECK(portable == expected);
  }
}

TEST_CASE("PrefixFinder: the AVX2 and portable searches find the same two-character prefixes") {
  const std::vector<std::string> words = {"委員", "委託", "村長", "里長", "我叫", "我是", "之母",
                                          "配偶", "秘書", "經理", "經過", "老師", "車主", "車輛"};
  const std::vector<std::string> filler = {"委", "員", "長", "我", "之", "母", "的",
                                           "1",  "a",  "，", "王", "\n", "經", "車"};
  std::mt19937 rng(13);
  for (int round = 0; round < 300; ++round) {
    std::vector<std::string> chosen = words;
    std::shuffle(chosen.begin(), chosen.end(), rng);
    chosen.resize(std::uniform_int_distribution<std::size_t>(1, words.size())(rng));
    const std::vector<std::string_view> prefixes(chosen.begin(), chosen.end());
    twpii::PrefixFinder finder(prefixes);
    std::string text;
    const std::size_t n = std::uniform_int_distribution<std::size_t>(0, 200)(rng);
    for (std::size_t k = 0; k < n; ++k) {
      text += rng() % 3 == 0 ? words[rng() % words.size()] : filler[rng() % filler.size()];
    }
    std::vector<std::size_t> fast, portable, expected;
    finder.find_all(text, fast);
    finder.find_all_portable(text, portable);
    for (std::size_t i = 0; i + 6 <= text.size(); ++i) {
      if (std::find(prefixes.begin(), prefixes.end(), std::string_view(text).substr(i, 6)) !=
          prefixes.end()) {
        expected.push_back(i);
      }
    }
    CAPTURE(text);
    CHECK(fast == expected);
    CHECK(portable == expected);
  }
}

TEST_CASE("find_char3: finds what std::string_view::find finds, at every length and start") {
  // (The last bytes are searched by a vector that ends at the end: every length from 0 to 70
  // and every start, the character at every place, once or twice.)
  // (Filled with what 生 = E7 94 9F begins with but is not: 男 = E7 94 B7, and E7 94 alone.)
  const std::string filler = std::string("男a") + "\xE7\x94" + "b\xE7";
  for (std::size_t len = 0; len <= 70; ++len) {
    std::string s;
    while (s.size() < len) {
      s += filler[s.size() % filler.size()];
    }
    for (std::size_t at = 0; at + 3 <= len + 3; ++at) {
      std::string t = s;
      if (at + 3 <= len) {
        t.replace(at, 3, "生");
      }
      for (std::size_t from = 0; from <= t.size(); ++from) {
        CAPTURE(len);
        CAPTURE(at);
        CAPTURE(from);
        REQUIRE(twpii::util::find_char3(t, from, "生") == std::string_view(t).find("生", from));
      }
    }
  }
}
