// gen_eval: writes synthetic, never-seen documents with planted Taiwanese PII and look-alikes,
// plus truth.jsonl giving each planted item's byte span in its file as written (for check_eval).
//
//   gen_eval --seed S --docs N --data DATADIR OUTDIR
//
// Documents go to OUTDIR/docs/<kind>/..., truth to OUTDIR/truth.jsonl (paths relative to OUTDIR).
// Everything is invented; check digits are computed here, independently of the library. Street
// addresses are built from the road and village samples in DATADIR (tests/eval/data).
#include "eval_support.hpp"
#include "planted.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace fs = std::filesystem;
using eval::AddressSpec;
using eval::Encoding;
using eval::Gazetteer;
using eval::look;
using eval::LookAlike;
using eval::make_address;
using eval::make_address_lookalike;
using eval::make_email;
using eval::make_id;
using eval::make_landline;
using eval::make_lookalike;
using eval::make_mobile;
using eval::make_national_id;
using eval::make_person;
using eval::make_phone;
using eval::make_resident_id;
using eval::Person;
using eval::Planted;
using eval::Rng;
using eval::roc_year;
using eval::Tags;
using eval::to_fullwidth;
using eval::with_commas;

namespace {

// ---- documents ----

struct Piece {
  std::string text;
  std::string kind; // "", "pii" or "lookalike"
  Planted item;
};

class Doc {
public:
  Doc(Rng& rng, bool fullwidth_doc) : rng_(rng), fullwidth_doc_(fullwidth_doc) {}

  Doc& text(std::string_view s) {
    pieces_.push_back({std::string(s), "", {}});
    return *this;
  }
  Doc& pii(Planted p) { return add("pii", std::move(p)); }
  Doc& lookalike(const LookAlike& l) {
    return text(l.before).add("lookalike", l.item).text(l.after);
  }
  const std::vector<Piece>& pieces() const { return pieces_; }
  bool fullwidth_doc() const { return fullwidth_doc_; }

private:
  Doc& add(std::string kind, Planted p) {
    // Full-width: most items of a full-width document, a few elsewhere; never e-mails.
    const double rate = fullwidth_doc_ ? 0.85 : 0.04;
    if (p.type != "email" && rng_.chance(rate)) {
      p.text = to_fullwidth(p.text);
      p.tags.emplace_back("fullwidth");
    }
    pieces_.push_back({p.text, std::move(kind), std::move(p)});
    return *this;
  }

  Rng& rng_;
  bool fullwidth_doc_;
  std::vector<Piece> pieces_;
};

// Neutral sentences: no digits and no cue words (身分證, 統一編號, 證號, 電話, 手機, 居留 ...).
constexpr std::array<std::string_view, 16> kFillers{
    "近來附近居民多次反映此一問題，惟情況始終未見改善，令人深感困擾。",
    "本人基於維護社區安寧與公共安全之立場，特此提出陳情，敬請惠予協助。",
    "該處於夜間照明不足，行人往來多有不便，長者與學童尤其容易跌倒受傷。",
    "鄰里長亦曾到場了解，並表示將轉請權責機關研議改善方案，惟迄今未有下文。",
    "陳情人並非無理取鬧，實因長期受到干擾，家人作息大受影響，不得不提出陳情。",
    "懇請貴單位本於職權儘速派員查處，並將處理情形以書面回覆陳情人。",
    "此事已影響附近多戶住家，大家都希望主管機關能夠正視並妥善處理。",
    "據了解該業者並未取得相關許可即擅自營業，恐有違反法令規定之虞。",
    "陳情人另檢附現場照片數張，以供貴單位查核時參考，尚祈鑒察。",
    "若有需要，陳情人願意配合會同勘查，並提供相關資料以利釐清事實。",
    "上述情形業經多位住戶共同確認，並非單一個案，敬請貴單位審慎評估。",
    "附近道路狹窄，大型車輛進出頻繁，已多次發生擦撞事故，險象環生。",
    "陳情人對於貴單位過去的協助深表感謝，惟本次問題仍待進一步處理。",
    "該處排水溝長期阻塞，每逢大雨即積水不退，蚊蟲孳生，衛生堪虞。",
    "陳情人曾當面向管理單位反映，對方僅口頭允諾改善，之後便不了了之。",
    "為免爭議擴大，建請貴單位邀集相關人員召開協調會，共同研商解決辦法。",
};

constexpr std::array<std::string_view, 8> kAgencies{"臺北市政府", "新北市政府", "桃園市政府",
                                                    "臺中市政府", "臺南市政府", "高雄市政府",
                                                    "基隆市政府", "新竹縣政府"};

std::string_view filler(Rng& rng) {
  return rng.pick(kFillers);
}

// An address tagged with where it stands (ctx_*) and what follows it (next_*). `cue`: a cue word
// (住, 地址：...) is right before it, so it may start at the road; `end_at_number`: a locative
// (前, 騎樓 ...) follows, so it ends at 號.
Planted address(Rng& rng, const Gazetteer& g, bool cue, bool end_at_number, std::string_view ctx,
                std::string_view next) {
  Planted p = make_address(rng, g, AddressSpec{cue, end_at_number});
  p.tags.push_back("ctx_" + std::string(ctx));
  p.tags.push_back("next_" + std::string(next));
  return p;
}

// An address inside a sentence, followed by words that are not part of it (§6.5).
void add_address_sentence(Doc& doc, Rng& rng, const Gazetteer& g) {
  switch (rng.between(0, 13)) {
  case 0:
    doc.text("陳情人住").pii(address(rng, g, true, false, "cue_zhu", "，與鄰居"));
    doc.text("，與鄰居素有往來。");
    return;
  case 1:
    doc.text("陳情人之戶籍地為").pii(address(rng, g, false, false, "sentence", "，"));
    doc.text("，惟目前暫居他處。");
    return;
  case 2:
    doc.text("據查").pii(address(rng, g, false, true, "sentence", "前"));
    doc.text("前之人行道長期遭機車占用。");
    return;
  case 3:
    doc.text("另").pii(address(rng, g, false, true, "sentence", "附近"));
    doc.text("附近一到夜間即有人聚集喧嘩。");
    return;
  case 4:
    doc.text("有攤販於").pii(address(rng, g, false, true, "sentence", "騎樓"));
    doc.text("騎樓擺攤營業，妨礙通行。");
    return;
  case 5:
    doc.text("又，").pii(address(rng, g, false, true, "sentence", "對面"));
    doc.text("對面之空地堆滿廢棄物。");
    return;
  case 6:
    doc.text("每日均有車輛停放於").pii(address(rng, g, false, true, "sentence", "門口"));
    doc.text("門口，出入極為不便。");
    return;
  case 7:
    doc.text("對方曾前往陳情人位於").pii(address(rng, g, false, false, "sentence", "之住處"));
    doc.text("之住處理論。");
    return;
  case 8: {
    const std::string_view sep = rng.pick(std::array{"，電話：", "　電話：", "電話：", " TEL: "});
    doc.text("通訊地址：").pii(address(rng, g, true, false, "label", "電話"));
    doc.text(sep).pii(make_phone(rng)).text("。");
    return;
  }
  case 9:
    doc.text("處理結果請寄至").pii(address(rng, g, false, false, "sentence", "，"));
    doc.text("，謝謝。");
    return;
  case 10:
    doc.text("陳情人（住").pii(address(rng, g, true, false, "cue_zhu", "）")).text("）表示，");
    return;
  case 11:
    doc.text("此外，").pii(address(rng, g, false, true, "sentence", "旁"));
    doc.text("旁之水溝蓋破損。");
    return;
  case 12:
    doc.text("居所：").pii(address(rng, g, true, false, "label", "（")).text("（租屋處）。");
    return;
  default:
    doc.text("另於").pii(address(rng, g, false, true, "sentence", "一帶"));
    doc.text("一帶發現多處違建。");
  }
}

// A cue + ID / phone / e-mail written inside prose.
void add_pii_sentence(Doc& doc, Rng& rng) {
  const Person person = make_person(rng, rng.chance(0.3));
  switch (rng.between(0, 8)) {
  case 0:
    doc.text("陳情人" + person.name + "（身分證字號").pii(make_national_id(rng, person.female));
    doc.text("，").pii(make_phone(rng)).text("）表示，");
    return;
  case 1:
    doc.text("其國民身分證統一編號為").pii(make_national_id(rng, person.female)).text("，");
    return;
  case 2:
    doc.text("經查" + person.name + "(身分證字號: ").pii(make_national_id(rng, person.female));
    doc.text(")並未到場。");
    return;
  case 3: {
    const Person worker = make_person(rng, true);
    doc.text("外籍看護工" + worker.name + "（統一證號").pii(make_resident_id(rng, worker.female));
    doc.text("）亦證實此事。");
    return;
  }
  case 4:
    doc.text("請以手機").pii(make_mobile(rng)).text("或市話").pii(make_landline(rng));
    doc.text("與本人聯絡。");
    return;
  case 5:
    doc.text("處理結果請寄至").pii(make_email(rng, person)).text("，謝謝。");
    return;
  case 6:
    doc.text("其居留證號碼為").pii(make_resident_id(rng, person.female)).text("。");
    return;
  case 7: {
    const bool ascii = rng.chance(0.5);
    doc.text("當事人" + person.name + (ascii ? "(" : "（")).pii(make_id(rng, person));
    doc.text(ascii ? ")已於上月遷出。" : "）已於上月遷出。");
    return;
  }
  default:
    doc.text("身分證字號").pii(make_national_id(rng, person.female)).text("號之住戶，電話");
    doc.pii(make_phone(rng)).text("。");
  }
}

// Filler, then a PII, address or look-alike sentence, then filler: keeps cue words away from
// look-alikes.
void add_body(Doc& doc, Rng& rng, const Gazetteer& g, int sentences, std::string_view indent) {
  for (int i = 0; i < sentences; ++i) {
    doc.text(indent).text(filler(rng));
    const int pick = rng.between(0, 99);
    if (pick < 36) {
      add_pii_sentence(doc, rng);
    } else if (pick < 56) {
      add_address_sentence(doc, rng, g);
    } else if (pick < 74) {
      doc.lookalike(make_address_lookalike(rng, g));
    } else {
      doc.lookalike(make_lookalike(rng));
    }
    doc.text(filler(rng)).text("\n");
  }
}

void add_signature(Doc& doc, Rng& rng, std::string_view agency, const Person& person) {
  doc.text("\n此致\n").text(agency).text("\n\n陳情人：" + person.name + "（簽名或蓋章）\n");
  doc.text("中華民國")
      .lookalike(look("",
                      roc_year(rng) + "年" + rng.number(1, 12) + "月" + rng.number(1, 28) + "日",
                      "roc_date_kanji", "\n"));
}

void make_form(Doc& doc, Rng& rng, const Gazetteer& g) {
  const Person person = make_person(rng, rng.chance(0.2));
  const std::string_view agency = rng.pick(kAgencies);
  doc.text(std::string(agency) + "陳情書\n\n收文日期：");
  doc.lookalike(
      look("", "民國" + roc_year(rng) + "年" + rng.number(1, 12) + "月" + rng.number(1, 28) + "日",
           "roc_date_kanji", "\n"));
  doc.text("案由：").text(filler(rng)).text("\n\n陳情人姓名：" + person.name + "\n");
  if (person.foreign) {
    doc.text(rng.pick(std::array{"統一證號：", "居留證號碼：", "居留證統一證號："}));
  } else {
    doc.text(rng.pick(std::array{"身分證字號：", "身分證統一編號：", "國民身分證統一編號：",
                                 "身份證字號：", "身分證號碼：", "身分證字號 "}));
  }
  doc.pii(make_id(rng, person)).text("\n");
  if (rng.chance(0.7)) {
    doc.text(rng.pick(std::array{"電話：", "聯絡電話：", "市話：", "TEL："}))
        .pii(make_landline(rng))
        .text("\n");
  }
  doc.text(rng.pick(std::array{"手機：", "行動電話：", "手機號碼："})).pii(make_mobile(rng));
  doc.text("\n").text(rng.pick(std::array{"地址：", "住址：", "戶籍地址：", "通訊地址：",
                                          "戶籍地：", "聯絡地址：", "地址: "}));
  doc.pii(address(rng, g, true, false, "form_label", "newline")).text("\n");
  if (rng.chance(0.3)) {
    doc.text("通訊地址：").pii(address(rng, g, true, false, "form_label", "newline")).text("\n");
  }
  doc.text(rng.pick(std::array{"電子郵件：", "E-mail：", "電子信箱：", "Email: "}))
      .pii(make_email(rng, person))
      .text("\n");
  if (rng.chance(0.4)) {
    const Person agent = make_person(rng);
    doc.text("\n代理人姓名：" + agent.name + "\n代理人身分證字號：");
    doc.pii(make_national_id(rng, agent.female)).text("\n代理人聯絡電話：");
    doc.pii(make_phone(rng)).text("\n");
  }
  doc.text("\n陳情內容：\n");
  add_body(doc, rng, g, rng.between(3, 6), "");
  add_signature(doc, rng, agency, person);
}

void make_narrative(Doc& doc, Rng& rng, const Gazetteer& g) {
  const Person person = make_person(rng);
  const std::string_view agency = rng.pick(kAgencies);
  doc.text("陳情書\n\n受文者：").text(agency).text("\n\n主旨：").text(filler(rng)).text("\n\n");
  for (int paragraph = rng.between(2, 4); paragraph > 0; --paragraph) {
    add_body(doc, rng, g, rng.between(2, 4), "　　");
    doc.text("\n");
  }
  add_signature(doc, rng, agency, person);
}

void make_minutes(Doc& doc, Rng& rng, const Gazetteer& g) {
  constexpr std::array<std::string_view, 10> kNumerals{"一", "二", "三", "四", "五",
                                                       "六", "七", "八", "九", "十"};
  doc.text(
      std::string(rng.pick(std::array{"大同社區發展協會", "仁愛路自救會", "和平里守望相助隊"})) +
      "會員大會會議紀錄\n\n時間：");
  doc.lookalike(
      look("", "民國" + roc_year(rng) + "年" + rng.number(1, 12) + "月" + rng.number(1, 28) + "日",
           "roc_date_kanji", "（星期六）上午"));
  doc.lookalike(
      look("", rng.number(8, 11, 2) + ":" + rng.pick(std::array{"00", "30"}), "time", "\n"));
  doc.text("地點：").pii(address(rng, g, false, false, "minutes_place", "newline"));
  doc.text("\n主席：" + make_person(rng).name + "　　紀錄：" + make_person(rng).name +
           "\n\n出席人員：\n");
  const int members = rng.between(3, 10);
  for (int i = 0; i < members; ++i) {
    const Person m = make_person(rng, rng.chance(0.15));
    doc.text("（").text(kNumerals[static_cast<std::size_t>(i)]).text("）" + m.name);
    if (rng.chance(0.5)) {
      doc.text(m.foreign ? "（統一證號：" : "（身分證字號：").pii(make_id(rng, m));
      doc.text("；手機：").pii(make_mobile(rng)).text("；E-mail：").pii(make_email(rng, m));
      if (rng.chance(0.3)) {
        doc.text("；住址：").pii(address(rng, g, true, false, "minutes_member", "）"));
      }
      doc.text("）\n");
    } else {
      doc.text("　").pii(make_id(rng, m)).text("　").pii(make_phone(rng)).text("\n");
    }
  }
  doc.text("\n討論事項：\n");
  add_body(doc, rng, g, rng.between(2, 4), "");
  doc.text("決議：照案通過。\n散會：");
  doc.lookalike(look("", rng.number(11, 12) + ":" + rng.number(0, 59, 2), "time", "\n"));
}

std::string csv_field(std::string_view s, bool quote) {
  return quote ? "\"" + std::string(s) + "\"" : std::string(s);
}

void make_roster(Doc& doc, Rng& rng, const Gazetteer& g) {
  const bool extra = rng.chance(0.5);
  const bool with_address = rng.chance(0.5);
  const int header = rng.between(0, 2);
  doc.text(std::array{"姓名,身分證字號,電話,E-mail", "姓名,身分證統一編號,聯絡電話,電子郵件",
                      "name,id,phone,email"}[static_cast<std::size_t>(header)]);
  if (with_address) {
    doc.text(std::array{",地址", ",通訊地址", ",address"}[static_cast<std::size_t>(header)]);
  }
  doc.text(extra ? ",入會日期,年費\n" : "\n");
  for (int rows = rng.between(5, 15); rows > 0; --rows) {
    const Person m = make_person(rng, rng.chance(0.15));
    const bool q = rng.chance(0.3);
    doc.text(csv_field(m.name, q) + ",").text(q ? "\"" : "").pii(make_id(rng, m));
    doc.text(q ? "\"," : ",").text(q ? "\"" : "").pii(make_phone(rng)).text(q ? "\"," : ",");
    doc.text(q ? "\"" : "").pii(make_email(rng, m)).text(q ? "\"" : "");
    if (with_address) {
      doc.text(q ? ",\"" : ",").pii(address(rng, g, false, false, "csv", q ? "quote" : "comma"));
      doc.text(q ? "\"" : "");
    }
    if (extra) {
      doc.lookalike(look(",",
                         roc_year(rng) + "/" + rng.number(1, 12, 2) + "/" + rng.number(1, 28, 2),
                         "roc_date_slash", ","));
      doc.lookalike(look("\"", "NT$ " + with_commas(rng.number(500, 12000)), "amount", "\""));
    }
    doc.text("\n");
  }
}

void make_html(Doc& doc, Rng& rng, const Gazetteer& g) {
  const bool with_address = rng.chance(0.5);
  doc.text("<!DOCTYPE html>\n<html lang=\"zh-Hant\">\n<head><meta charset=\"utf-8\">"
           "<title>陳情案件彙整表</title></head>\n<body>\n<h1>陳情案件彙整表</h1>\n<p>");
  doc.text(filler(rng)).lookalike(make_lookalike(rng)).text(filler(rng)).text("</p>\n");
  doc.text("<table>\n<tr><th>姓名</th><th>身分證字號</th><th>電話</th><th>電子郵件</th>");
  doc.text(with_address ? "<th>地址</th></tr>\n" : "</tr>\n");
  for (int rows = rng.between(3, 10); rows > 0; --rows) {
    const Person m = make_person(rng, rng.chance(0.15));
    const Planted email = make_email(rng, m);
    doc.text("<tr><td>" + m.name + "</td><td>").pii(make_id(rng, m)).text("</td><td>");
    doc.pii(make_phone(rng)).text("</td><td><a href=\"mailto:").pii(email).text("\">");
    doc.pii(email).text("</a></td>");
    if (with_address) {
      doc.text("<td>").pii(address(rng, g, false, false, "html", "td")).text("</td>");
    }
    doc.text("</tr>\n");
  }
  doc.text("</table>\n<p>").text(filler(rng));
  doc.lookalike(rng.chance(0.5) ? make_address_lookalike(rng, g) : make_lookalike(rng));
  doc.text(filler(rng));
  doc.text("</p>\n</body>\n</html>\n");
}

// Cue words that must not sit within kCueDistance characters of an ID-shaped look-alike.
constexpr std::array<std::u32string_view, 9> kIdCues{
    U"身分證", U"身份證", U"統一編號", U"統一證號", U"居留證", U"證號", U"字號", U"ID", U"證件"};
constexpr std::size_t kCueDistance = 20;

void check_cue_distance(const Doc& doc, const std::string& name) {
  std::u32string before;
  for (const Piece& piece : doc.pieces()) {
    const std::u32string text = eval::decode(piece.text, Encoding::Utf8);
    if (piece.kind == "lookalike" && std::ranges::count(piece.item.tags, "wrong_check_id") > 0) {
      std::u32string after;
      for (auto it = &piece + 1; it != doc.pieces().data() + doc.pieces().size(); ++it) {
        after += eval::decode(it->text, Encoding::Utf8);
      }
      const std::u32string window =
          before.substr(before.size() > kCueDistance ? before.size() - kCueDistance : 0) + U"|" +
          after.substr(0, kCueDistance);
      for (const auto cue : kIdCues) {
        if (window.find(cue) != std::u32string::npos) {
          throw std::logic_error(name + ": cue word near an ID-shaped look-alike");
        }
      }
    }
    before += text;
  }
}

struct Style {
  std::string kind;
  Encoding encoding = Encoding::Utf8;
  bool crlf = false;
  bool bom = false;
  bool fullwidth = false;
};

// Encodes the pieces, writes the file and appends its truth lines.
void write_doc(const fs::path& out_dir, const std::string& rel_path, const Doc& doc,
               const Style& style, std::ostream& truth) {
  std::string bytes = style.bom ? "\xEF\xBB\xBF" : "";
  Tags doc_tags{"doc_" + style.kind};
  if (style.encoding == Encoding::Big5) {
    doc_tags.emplace_back("big5");
  }
  if (style.crlf) {
    doc_tags.emplace_back("crlf");
  }
  if (style.bom) {
    doc_tags.emplace_back("bom");
  }
  for (const Piece& piece : doc.pieces()) {
    std::string text = piece.text;
    if (style.crlf) {
      for (std::size_t at = text.find('\n'); at != std::string::npos;
           at = text.find('\n', at + 2)) {
        text.replace(at, 1, "\r\n");
      }
    }
    const std::size_t start = bytes.size();
    bytes += eval::encode_utf8(text, style.encoding);
    if (piece.kind.empty()) {
      continue;
    }
    nlohmann::json line{{"path", rel_path}, {"kind", piece.kind}};
    if (piece.kind == "pii") {
      line["type"] = piece.item.type;
    }
    Tags tags = piece.item.tags;
    tags.insert(tags.end(), doc_tags.begin(), doc_tags.end());
    line["start"] = start;
    line["end"] = bytes.size();
    line["value"] = piece.text;
    line["tags"] = tags;
    truth << line.dump() << '\n';
  }
  const fs::path file = out_dir / rel_path;
  fs::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << bytes;
}

int usage() {
  std::cerr << "usage: gen_eval --seed S --docs N --data DATADIR OUTDIR\n";
  return 2;
}

} // namespace

int main(int argc, char** argv) {
  std::uint64_t seed = 1;
  int docs = 300;
  std::string out;
  std::string data;
  const std::vector<std::string> args(argv + 1, argv + argc);
  for (std::size_t i = 0; i < args.size(); ++i) {
    if ((args[i] == "--seed" || args[i] == "--docs" || args[i] == "--data") &&
        i + 1 < args.size()) {
      if (args[i] == "--seed") {
        seed = std::stoull(args[++i]);
      } else if (args[i] == "--docs") {
        docs = std::stoi(args[++i]);
      } else {
        data = args[++i];
      }
    } else if (out.empty() && !args[i].starts_with("-")) {
      out = args[i];
    } else {
      return usage();
    }
  }
  if (out.empty() || data.empty() || docs < 1) {
    return usage();
  }
  try {
    const Gazetteer gazetteer = Gazetteer::load(data);
    Rng rng(seed);
    const fs::path out_dir(out);
    fs::create_directories(out_dir);
    std::ofstream truth(out_dir / "truth.jsonl", std::ios::binary);
    for (int i = 1; i <= docs; ++i) {
      Style style;
      const int pick = rng.between(0, 99);
      style.kind = pick < 25   ? "form"
                   : pick < 50 ? "narrative"
                   : pick < 65 ? "minutes"
                   : pick < 85 ? "roster"
                               : "html";
      const bool text_kind = pick < 65;
      style.crlf = rng.chance(style.kind == "roster" ? 0.5 : 0.2);
      style.encoding = text_kind && rng.chance(0.12) ? Encoding::Big5 : Encoding::Utf8;
      style.bom =
          style.encoding == Encoding::Utf8 && rng.chance(style.kind == "roster" ? 0.6 : 0.05);
      style.fullwidth = text_kind && rng.chance(0.15);

      Doc doc(rng, style.fullwidth);
      if (style.kind == "form") {
        make_form(doc, rng, gazetteer);
      } else if (style.kind == "narrative") {
        make_narrative(doc, rng, gazetteer);
      } else if (style.kind == "minutes") {
        make_minutes(doc, rng, gazetteer);
      } else if (style.kind == "roster") {
        make_roster(doc, rng, gazetteer);
      } else {
        make_html(doc, rng, gazetteer);
      }
      char name[64];
      const char* ext = style.kind == "roster"             ? ".csv"
                        : style.kind == "html"             ? ".html"
                        : style.encoding == Encoding::Big5 ? ".big5.txt"
                                                           : ".txt";
      std::snprintf(name, sizeof name, "%s_%04d%s%s", style.kind.c_str(), i,
                    style.fullwidth ? "_fw" : "", ext);
      const std::string rel = "docs/" + style.kind + "/" + name;
      check_cue_distance(doc, rel);
      write_doc(out_dir, rel, doc, style, truth);
    }
  } catch (const std::exception& e) {
    std::cerr << "gen_eval: " << e.what() << '\n';
    return 1;
  }
  return 0;
}
