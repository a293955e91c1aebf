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

TEST_CASE("detect: a local part that ends with its dot is still an address (set254b)") {
  auto hits = test::detect_all("電子郵件：kao66.@hotmail.com");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].text == "kao66.@hotmail.com");
  CHECK(test::detect_all("x..@example.com").empty());
  CHECK(test::detect_all(".@example.com").empty());
}

TEST_CASE("detect: trailing punctuation is not part of the address") {
  auto hits = test::detect_all("寄到 li@example.com.");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].text == "li@example.com");
}

TEST_CASE("detect: an address with its '@' spelled out, and its dots") {
  for (const char* t : {"lin.hsiao.ting (at) gmail.com", "wang[at]example[dot]com[dot]tw",
                        "Chen.Yi (AT) ntu (dot) edu (dot) tw", "lee[AT]mail.example.org",
                        "weiwei ( at ) gmail.com", "wei [ at ] gmail ( dot ) com"}) {
    CAPTURE(t);
    auto hits = test::detect_all(std::string("請寫信給我 ") + t + "。謝謝");
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].text == t);
    CHECK(hits[0].rule == "spelled-at");
  }
  for (const char* t : {"see (at) 3 o'clock", "a (at) b", "(at) gmail.com", "wang (at) localhost",
                        "wang (at)gmail", "x (att) example.com", "lee{at}example.org",
                        "wang ( at) gmail.com", "wang (  at  ) gmail.com"}) {
    CAPTURE(t);
    CHECK(test::detect_all(t).empty());
  }
}

TEST_CASE("scan: a spelled-out address on a line with no other candidate (small inputs)") {
  // No digit and no '@' on the line: only the thorough reading of small inputs looks at it.
  const auto found = test::scan_text("有消息請寫信給我 lin.hsiao.ting (at) gmail.com\n謝謝。\n");
  REQUIRE(found.size() == 1);
  CHECK(found[0].value == "lin.hsiao.ting (at) gmail.com");
  CHECK(found[0].type == twpii::PiiType::email);
  CHECK(found[0].line == 1);
}

TEST_CASE("scan: an address said aloud with 小老鼠 for '@' (set24b's call log)") {
  auto emails = [](const std::string& text) {
    std::vector<std::string> out;
    for (const auto& f : test::scan_text(text)) {
      if (f.type == twpii::PiiType::email) {
        out.push_back(f.value);
      }
    }
    return out;
  };
  using V = std::vector<std::string>;
  CHECK(emails("民眾：可以，y-a-h-u-i 底線 n-i 小老鼠 gmail 點 com，雅惠的拼音。\n") ==
        V{"y-a-h-u-i 底線 n-i 小老鼠 gmail 點 com"});
  // A domain of three labels.
  CHECK(emails("信箱是 wang 小老鼠 yahoo 點 com 點 tw 喔\n") ==
        V{"wang 小老鼠 yahoo 點 com 點 tw"});
  CHECK(emails("家裡有小老鼠跑來跑去。\n").empty());
  CHECK(emails("我是 lin 小老鼠 的粉絲\n").empty()); // no domain
}

TEST_SUITE_END();

TEST_CASE("detect: Mailman's archive spelling, name at domain (set15b)") {
  auto hits = test::detect_all("&lt;yiching.chiu at tcc.example.org&gt; 於 2024年3月11日");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].text == "yiching.chiu at tcc.example.org");
  for (const char* t : {"Meet John at noon; we arrived at Taipei.com", "version 2.0 at home.com",
                        "see you at example.com"}) {
    CAPTURE(t);
    CHECK(test::detect_all(t).empty());
  }
}

TEST_CASE("detect: an '@' written as an HTML entity (set17a)") {
  for (const char* t : {"E-mail：cy.shangguan&#64;gmail.com", "mail: lin&#x40;example.com.tw",
                        "lin&commat;example.org"}) {
    CAPTURE(t);
    auto hits = test::detect_all(t);
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].type == twpii::PiiType::email);
  }
  CHECK(test::detect_all("AT&amp;T &#64;home").empty());
}

TEST_CASE("detect: a form's or a manual's placeholder address is no one's (sets 13-17)") {
  for (const char* t :
       {"示範用信箱一律寫作「someone@example.org」", "| 電子郵件 | xxx@example.com |",
        "範例信箱欄：name@example.com。", "USER@EXAMPLE.COM.TW"}) {
    CAPTURE(t);
    CHECK(test::detect_all(t).empty());
  }
  CHECK(test::detect_all("陳情人信箱 peichun.wu@example.com").size() == 1);
  CHECK(test::detect_all("name@gmail.com").size() == 1);
  // x's alone or abc123 at any domain (set19b): a form's and a newsletter's examples.
  for (const char* t : {"範例寫xxx@gmail.com是要填自己的嗎", "請寄 xxx@mail.cy.edu.tw",
                        "勿寄給abc123@gmail.com這種範例信箱"}) {
    CAPTURE(t);
    CHECK(test::detect_all(t).empty());
  }
  CHECK(test::detect_all("x@gmail.com").size() == 1);
  // A local part that says it is one, at any domain (set63b's guide).
  CHECK(test::detect_all("請勿以example@school.edu.tw以外的私人信箱寄送").empty());
  CHECK(test::detect_all("範本：yourname@gmail.com").empty());
}

TEST_CASE("email: test@test.com is a placeholder (set79b)") {
  CHECK(test::scan_values("聯絡信箱請勿填寫「test@test.com」等範例。").empty());
  CHECK(test::scan_values("聯絡信箱：test@gmail.com").size() == 1);
}
