// E-mail addresses.
#include "test_util.hpp"

#include <doctest/doctest.h>

TEST_SUITE_BEGIN("detect_email");

TEST_CASE("detect: addresses glued to Chinese text and in brackets") {
  auto hits = test::detect_all("電子郵件：chen.ming@example.com.tw，謝謝");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].type == twpii::PiiType::email);
  CHECK(hits[0].text == "chen.ming@example.com.tw");
  auto br = test::detect_all("<a_b+tag@mail.example.org>");
  REQUIRE(br.size() == 1);
  CHECK(br[0].text == "a_b+tag@mail.example.org");
}

TEST_CASE("detect: a message's identifier in a mail header is no address") {
  CHECK(test::detect_all("Message-ID: <CAF9x2kq7r0-20241015003122@mail.gmail.com>").empty());
  CHECK(test::detect_all("In-Reply-To: <abc.def@mail.example.org>").empty());
  CHECK(test::detect_all("To: <chen.ming@example.com.tw>").size() == 1);
}

TEST_CASE("detect: full-width at sign") {
  auto hits = test::detect_all("ｗａｎｇ＠ｅｘａｍｐｌｅ．ｃｏｍ");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].text == "wang@example.com");
}

TEST_CASE("detect: not e-mail") {
  for (const char* t : {"@example.com", "a@b", "a@b.c", "user@-example.com", "a@example.c0m",
                        "twitter @someone", "x..y@example.com", "logo@2x.png", "icon@3x.WEBP"}) {
    CAPTURE(t);
    CHECK(test::detect_all(t).empty());
  }
}

TEST_CASE("detect: trailing punctuation is not part of the address") {
  auto hits = test::detect_all("寄到 li@example.com.");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].text == "li@example.com");
}

TEST_SUITE_END();
