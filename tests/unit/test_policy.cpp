// --allow and --deny lists, and the cue word behind a finding (--explain).
#include <twpii/mask.hpp>
#include <twpii/policy.hpp>
#include <twpii/scanner.hpp>

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {
std::vector<twpii::Finding> scan_with(std::string_view text,
                                      std::shared_ptr<const twpii::Policy> policy,
                                      std::vector<std::string>& values) {
  twpii::MemorySource src(text);
  twpii::ScanOptions o;
  o.policy = std::move(policy);
  std::vector<twpii::Finding> out;
  auto r = twpii::scan(src, o, [&](const twpii::Block& b) -> twpii::Result<void> {
    for (const auto& f : b.findings) {
      out.push_back(f);
      values.emplace_back(f.value);
    }
    return {};
  });
  REQUIRE(r);
  return out;
}
} // namespace

TEST_SUITE_BEGIN("policy");

TEST_CASE("Policy::parse: errors name the file and line") {
  auto bad_re = twpii::Policy::parse("# ok\nre:(unclosed\n", "allow.txt", "", "");
  REQUIRE_FALSE(bad_re);
  CHECK(bad_re.error().message.starts_with("allow.txt:2: bad pattern"));
  CHECK(bad_re.error().message.find("unclosed") == std::string::npos); // the pattern is not shown
  auto bad_type = twpii::Policy::parse("", "", "王小明\nshoe\t42\n", "deny.txt");
  REQUIRE_FALSE(bad_type);
  CHECK(bad_type.error().message.starts_with("deny.txt:2: unknown type before the tab"));
  CHECK(bad_type.error().message.find("shoe") == std::string::npos); // a value, maybe personal
}

TEST_CASE("allow: values in any written form, and RE2 patterns, are not reported") {
  auto p = twpii::Policy::parse("(02)2720-8889\nre:.*@agency\\.gov\\.tw\n", "a", "", "d");
  REQUIRE(p);
  CHECK((*p)->allowed("02-2720-8889"));
  CHECK((*p)->allowed("０２－２７２０－８８８９"));
  CHECK_FALSE((*p)->allowed("02-2720-8880"));
  std::vector<std::string> values;
  auto found =
      scan_with("專線02 2720 8889，信箱 service@agency.gov.tw，手機0912-345-678\n", *p, values);
  REQUIRE(found.size() == 1);
  CHECK(values[0] == "0912-345-678");
}

TEST_CASE("deny: listed values are found wherever they are, with exact lines and columns") {
  auto p = twpii::Policy::parse("", "a", "王小明\naddress\t麻利霧25號\n", "d");
  REQUIRE(p);
  std::vector<std::string> values;
  auto found = scan_with("第一行\n陳情人王小明住麻利霧25號，王小明表示\n", *p, values);
  REQUIRE(found.size() == 3);
  CHECK(found[0].type == twpii::PiiType::custom);
  CHECK(found[0].line == 2);
  CHECK(found[0].column == 4);
  CHECK(found[0].start == 19);
  CHECK(found[1].type == twpii::PiiType::address);
  CHECK(values[1] == "麻利霧25號");
  CHECK(found[2].column == 15);
  CHECK(twpii::preview(twpii::PiiType::custom, "王小明") == "王○○");
}

TEST_CASE("deny: a value across another finding is masked whole with it") {
  // Found by a review: the name was dropped for the longer deny value, and 小明 stayed readable.
  auto policy = twpii::Policy::parse("", "", "0912-345-678王\n", "deny.txt");
  REQUIRE(policy);
  twpii::ScanOptions o;
  o.policy = *policy;
  const std::string text = "電話0912-345-678王小明先生";
  twpii::MemorySource src(text);
  twpii::StringSink sink;
  twpii::MaskStats stats;
  REQUIRE(twpii::mask(src, sink, o, twpii::MaskOptions{}, stats));
  CHECK(sink.data.find("小") == std::string::npos);
  CHECK(sink.data.find("明") == std::string::npos);
  CHECK(sink.data.find("先生") != std::string::npos); // the honorific is no part of the name
  CHECK(sink.data.starts_with("電話"));
}

TEST_CASE("scan: a finding names the cue word that raised its confidence") {
  std::vector<std::string> values;
  auto found = scan_with("身分證字號：A123456789 手機0912-345-678 A123456789\n", nullptr, values);
  REQUIRE(found.size() == 3);
  CHECK(found[0].cue == "身分證字號");
  CHECK(found[1].cue == "手機");
  CHECK(found[2].cue == "身分證字號"); // 45 bytes back: within reach (60)
  CHECK(found[1].rule == "mobile");
}

TEST_SUITE_END();
