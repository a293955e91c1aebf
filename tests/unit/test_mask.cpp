// Masking styles (mask.hpp).
#include <twpii/mask.hpp>

#include <doctest/doctest.h>

using twpii::MaskOptions;
using twpii::PiiType;
using twpii::Style;

TEST_SUITE_BEGIN("mask");

TEST_CASE("mask_value: official style follows government practice") {
  CHECK(twpii::preview(PiiType::national_id, "A123456789") == "A12345****");
  CHECK(twpii::preview(PiiType::national_id, "Ａ１２３４５６７８９") == "Ａ１２３４５＊＊＊＊");
  CHECK(twpii::preview(PiiType::resident_id, "AD12345671") == "AD1234****");
  CHECK(twpii::preview(PiiType::national_id, "A 123 456 789") == "A 123 45* ***");
  CHECK(twpii::preview(PiiType::phone, "0912-345-678") == "0912-***-***");
  CHECK(twpii::preview(PiiType::phone, "(02)2345-6789") == "(02)****-****");
  CHECK(twpii::preview(PiiType::phone, "+886 912 345 678") == "+886 912 *** ***");
  CHECK(twpii::preview(PiiType::phone, "+886-(0)2-2345-6789") == "+886-(0)2-****-****");
  CHECK(twpii::preview(PiiType::phone, "037-323456") == "037-******");
  CHECK(twpii::preview(PiiType::phone, "02-27208889#8545") == "02-********#****");
  CHECK(twpii::preview(PiiType::phone, "2345-6789") == "****-****");
  CHECK(twpii::preview(PiiType::email, "chen.ming@example.com.tw") == "*********@example.com.tw");
  CHECK(twpii::preview(PiiType::birth_date, "民國74年5月3日") == "民國**年*月*日");
  CHECK(twpii::preview(PiiType::birth_date, "民國七十二年八月十四日") == "民國＊＊＊年＊月＊＊日");
  CHECK(twpii::preview(PiiType::birth_date, "四十五年次") == "＊＊＊年次");
  CHECK(twpii::preview(PiiType::phone, "〇三－八二六一五四七") == "〇三－＊＊＊＊＊＊＊");
}

TEST_CASE("mask_value: redact keeps the width of every character") {
  MaskOptions o{Style::redact, ""};
  CHECK(twpii::mask_value(PiiType::phone, "0912-345-678", o) == "************");
  CHECK(twpii::mask_value(PiiType::phone, "０９１２", o) == "＊＊＊＊");
  CHECK(twpii::mask_value(PiiType::phone, "(03)3396789轉1240", o) == "***********＊****");
  CHECK(twpii::mask_value(PiiType::phone, "0912‐345‐678", o) == "****＊***＊***"); // U+2010
  // The small hyphen-minus U+FE63, two bytes in Big5 (set96a's police log).
  CHECK(twpii::mask_value(PiiType::phone, "○九二八﹣三一五﹣六四七", o) ==
        "＊＊＊＊＊＊＊＊＊＊＊＊");
  CHECK(twpii::mask_value(PiiType::person_name, "撒韻‧武荖", o) == "＊＊＊＊＊");
  // U+00B7, two bytes in UTF-8 and in Big5: ×, of the same size in both.
  CHECK(twpii::mask_value(PiiType::person_name, "巴奈·吉勒", o) == "＊＊×＊＊");
}

TEST_CASE("mask_value: labels") {
  MaskOptions o{Style::label, ""};
  CHECK(twpii::mask_value(PiiType::national_id, "A123456789", o) == "[身分證字號]");
  CHECK(twpii::mask_value(PiiType::resident_id, "A800000014", o) == "[統一證號]");
  CHECK(twpii::mask_value(PiiType::phone, "0912345678", o) == "[電話]");
  CHECK(twpii::mask_value(PiiType::email, "a@example.com", o) == "[電子郵件]");
}

TEST_CASE("mask_value: pseudonyms are keyed and ignore how the value is written") {
  MaskOptions k1{Style::pseudonym, "key one"};
  MaskOptions k2{Style::pseudonym, "key two"};
  auto a = twpii::mask_value(PiiType::phone, "0912-345-678", k1);
  CHECK(a.starts_with("[電話:"));
  CHECK(a.size() == std::string("[電話:]").size() + 10);
  CHECK(twpii::mask_value(PiiType::phone, "０９１２３４５６７８", k1) == a);
  CHECK(twpii::mask_value(PiiType::phone, "+886 912 345 678", k1) == a);
  CHECK(twpii::mask_value(PiiType::phone, "0912-345-679", k1) != a);
  CHECK(twpii::mask_value(PiiType::phone, "0912-345-678", k2) != a);
  CHECK(twpii::mask_value(PiiType::national_id, "a123456789", k1) ==
        twpii::mask_value(PiiType::national_id, "A123456789", k1));
  CHECK(twpii::mask_value(PiiType::email, "Wang@Example.com", k1) ==
        twpii::mask_value(PiiType::email, "wang@example.com", k1));
  // Chinese values keep their characters in the canonical form: names must not collide.
  CHECK(twpii::mask_value(PiiType::person_name, "王小明", k1) !=
        twpii::mask_value(PiiType::person_name, "陳大文", k1));
  CHECK(twpii::mask_value(PiiType::address, "中山路1號", k1) !=
        twpii::mask_value(PiiType::address, "民生路1號", k1));
}

TEST_CASE("parse_style") {
  CHECK(twpii::parse_style("redact") == Style::redact);
  CHECK_FALSE(twpii::parse_style("blur"));
}

TEST_SUITE_END();
