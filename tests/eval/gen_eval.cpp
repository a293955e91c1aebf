// gen_eval: writes synthetic, never-seen documents with planted Taiwanese PII and look-alikes,
// plus truth.jsonl giving each planted item's byte span in its file as written (for check_eval).
//
//   gen_eval --seed S --docs N --data DATADIR OUTDIR
//
// Documents go to OUTDIR/docs/<kind>/..., truth to OUTDIR/truth.jsonl (paths relative to OUTDIR).
// Everything is invented; check digits are computed here, independently of the library. Street
// addresses are built from the road and village samples in DATADIR (tests/eval/data); names from
// the surname and given-name lists of the format notes (§7.2-7.4), kept in planted.cpp.
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
#include <map>
#include <optional>
#include <set>
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
using eval::make_birth_date;
using eval::make_birth_date_kanji;
using eval::make_date_lookalike;
using eval::make_email;
using eval::make_id;
using eval::make_landline;
using eval::make_lookalike;
using eval::make_mobile;
using eval::make_name_lookalike;
using eval::make_national_id;
using eval::make_person;
using eval::make_phone;
using eval::make_resident_id;
using eval::make_surname_only;
using eval::Person;
using eval::Planted;
using eval::recent_date;
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
  std::vector<Piece>& pieces() { return pieces_; }
  bool fullwidth_doc() const { return fullwidth_doc_; }

private:
  Doc& add(std::string kind, Planted p) {
    // Full-width: most items of a full-width document, a few elsewhere; never e-mails. Names
    // have nothing to widen.
    const double rate = fullwidth_doc_ ? 0.85 : 0.04;
    if (p.type != "email" && rng_.chance(rate)) {
      std::string wide = to_fullwidth(p.text);
      if (wide != p.text) {
        p.text = std::move(wide);
        p.tags.emplace_back("fullwidth");
      }
    }
    pieces_.push_back({p.text, std::move(kind), std::move(p)});
    return *this;
  }

  Rng& rng_;
  bool fullwidth_doc_;
  std::vector<Piece> pieces_;
};

// The people named in one document: distinct names, none inside another (王偉 / 王偉明), all
// writable in the document's encoding.
class Cast {
public:
  Cast(Rng& rng, Encoding encoding) : rng_(rng), encoding_(encoding) {}

  // A new person; `want_tag` forces a kind of name (name_guanfu, name_compound ...).
  Person person(bool foreign = false, std::string_view want_tag = "") {
    for (int attempt = 0;; ++attempt) {
      Person p = make_person(rng_, foreign);
      const bool wanted = want_tag.empty() || std::ranges::count(p.tags, want_tag) > 0;
      if ((wanted || attempt > 500) && fits(p)) {
        people_.push_back(p);
        return p;
      }
    }
  }
  Person surname_only(bool female) {
    for (;;) {
      Person p = make_surname_only(rng_, female);
      if (writable(p.name)) {
        return p;
      }
    }
  }
  // Someone already named in the document (with a surname), or nullptr.
  const Person* known() {
    std::vector<const Person*> anchored;
    for (const Person& p : people_) {
      if (p.anchored) {
        anchored.push_back(&p);
      }
    }
    return anchored.empty() ? nullptr : rng_.pick(anchored);
  }

private:
  bool writable(const std::string& s) const {
    if (encoding_ == Encoding::Utf8) {
      return true;
    }
    try {
      eval::encode_utf8(s, encoding_);
      return true;
    } catch (const std::exception&) {
      return false;
    }
  }
  bool fits(const Person& p) const {
    if (!writable(p.name)) {
      return false;
    }
    return std::ranges::none_of(people_, [&p](const Person& o) {
      return o.name.find(p.name) != std::string::npos || p.name.find(o.name) != std::string::npos;
    });
  }

  Rng& rng_;
  Encoding encoding_;
  std::vector<Person> people_;
};

// Everything a document writer needs.
struct Gen {
  Rng& rng;
  const Gazetteer& g;
  Doc& doc;
  Cast& cast;
};

// A name as a truth item. `ctx` names the context (label_form, honorific_full, row_csv ...).
// `cued` is false where nothing but the name itself is there (陳情人之母王美惠, 經查林志豪(…),
// 後來王小明又…): such an occurrence is found only as a repeat of a name found elsewhere in the
// document, which finalize_names() decides.
Planted name_item(const Person& p, std::string_view ctx, bool cued = true) {
  Planted item{p.name, "person_name", {"person_name"}};
  item.tags.insert(item.tags.end(), p.tags.begin(), p.tags.end());
  item.tags.push_back("ctx_" + std::string(ctx));
  if (!p.anchored) {
    item.tags.emplace_back("unscored");
    item.tags.emplace_back("limit_no_surname");
  }
  if (!cued) {
    item.tags.emplace_back("uncued");
  }
  return item;
}

// An honorific after a name; not 君 after a name that ends in 君 (郭怡君君).
std::string honorific(Rng& rng, const Person& p) {
  for (;;) {
    std::string h = eval::honorific(rng, p.female);
    if (h != "君" || !p.name.ends_with("君")) {
      return h;
    }
  }
}

// A date of birth as a truth item; `ctx` names its cue (form_label, sheng_after ...).
Planted birth_item(Rng& rng, std::string_view ctx) {
  Planted p = make_birth_date(rng);
  p.tags.push_back("ctx_" + std::string(ctx));
  return p;
}

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
void add_pii_sentence(Gen& x) {
  Doc& doc = x.doc;
  Rng& rng = x.rng;
  switch (rng.between(0, 8)) {
  case 0: {
    const Person person = x.cast.person(rng.chance(0.3));
    doc.text("陳情人").pii(name_item(person, "label_prose")).text("（身分證字號");
    doc.pii(make_national_id(rng, person.female));
    doc.text("，").pii(make_phone(rng)).text("）表示，");
    return;
  }
  case 1:
    doc.text("其國民身分證統一編號為").pii(make_national_id(rng, rng.chance(0.5))).text("，");
    return;
  case 2: { // a name right after a verb: found only as a repeat
    const Person person = x.cast.person();
    doc.text("經查").pii(name_item(person, "after_verb", false)).text("(身分證字號: ");
    doc.pii(make_national_id(rng, person.female)).text(")並未到場。");
    return;
  }
  case 3: {
    const Person worker = x.cast.person(true);
    doc.text("外籍看護工").pii(name_item(worker, "after_noun", false)).text("（統一證號");
    doc.pii(make_resident_id(rng, worker.female)).text("）亦證實此事。");
    return;
  }
  case 4:
    doc.text("請以手機").pii(make_mobile(rng)).text("或市話").pii(make_landline(rng));
    doc.text("與本人聯絡。");
    return;
  case 5: {
    const Person* known = x.cast.known();
    const Person person = known != nullptr ? *known : make_person(rng);
    doc.text("處理結果請寄至").pii(make_email(rng, person)).text("，謝謝。");
    return;
  }
  case 6:
    doc.text("其居留證號碼為").pii(make_resident_id(rng, rng.chance(0.5))).text("。");
    return;
  case 7: {
    const Person person = x.cast.person(rng.chance(0.3));
    const bool ascii = rng.chance(0.5);
    doc.text("當事人").pii(name_item(person, "label_prose")).text(ascii ? "(" : "（");
    doc.pii(make_id(rng, person));
    doc.text(ascii ? ")已於上月遷出。" : "）已於上月遷出。");
    return;
  }
  default:
    doc.text("身分證字號").pii(make_national_id(rng, rng.chance(0.5))).text("號之住戶，電話");
    doc.pii(make_phone(rng)).text("。");
  }
}

// A name in prose: after a role label, before an honorific, a surname with an honorific, a name
// seen before, a name after a kinship word.
void add_name_sentence(Gen& x) {
  Doc& doc = x.doc;
  Rng& rng = x.rng;
  switch (rng.between(0, 15)) {
  case 0: {
    const Person p = x.cast.person();
    doc.text(rng.pick(std::array{"鄰居", "里長", "管理員", "目擊民眾"}));
    doc.pii(name_item(p, "honorific_full")).text(honorific(rng, p));
    doc.text(rng.pick(std::array{"亦表示同感。", "當場目睹整個過程。", "也曾向業者反映。"}));
    return;
  }
  case 1: {
    const Person s = x.cast.surname_only(rng.chance(0.5));
    doc.text(rng.pick(std::array{"承辦人", "據", "經電洽", "里幹事"}));
    doc.pii(name_item(s, "honorific_surname")).text(honorific(rng, s));
    doc.text(rng.pick(std::array{"表示將儘速處理。", "轉述，業者已停工。", "回覆尚在研議中。"}));
    return;
  }
  case 2: {
    const Person s = x.cast.surname_only(rng.chance(0.5));
    doc.text("陳情人").pii(name_item(s, "label_honorific_surname"));
    doc.text(honorific(rng, s)).text("表示，");
    return;
  }
  case 3: {
    const Person p = x.cast.person();
    doc.text("證人").pii(name_item(p, "label_prose"));
    doc.text(rng.pick(std::array{"亦到場說明。", "當場目睹，", "於上週到場說明，"}));
    return;
  }
  case 4: {
    const Person p = x.cast.person();
    doc.text(rng.pick(std::array{"證人「", "檢舉人「"})).pii(name_item(p, "label_quote"));
    doc.text("」當場目睹。");
    return;
  }
  case 5: {
    const Person p = x.cast.person();
    doc.text(rng.pick(std::array{"檢舉人", "舉發人", "申訴人", "請願人", "申請人", "關係人"}));
    doc.pii(name_item(p, "label_prose"));
    doc.text(rng.pick(std::array{"指出，", "表示，", "稱：", "亦到場，", "於上月提出申請，"}));
    return;
  }
  case 6: {
    const Person p = x.cast.person();
    doc.text(rng.pick(std::array{"聯絡人：", "連絡人：", "聯絡人 "}))
        .pii(name_item(p, "label_colon"));
    doc.text(rng.pick(std::array{"，電話：", "，聯絡電話：", "　電話："})).pii(make_phone(rng));
    doc.text("。");
    return;
  }
  case 7: {
    const Person p = x.cast.person();
    doc.text("代理人").pii(name_item(p, "label_prose")).text("（身分證字號");
    doc.pii(make_national_id(rng, p.female)).text("）代為陳情。");
    return;
  }
  case 8:
  case 9: { // later, without any context
    const Person* known = x.cast.known();
    const Person p = known != nullptr ? *known : x.cast.person();
    switch (rng.between(0, 3)) {
    case 0:
      doc.pii(name_item(p, "later", false)).text("並表示此事已困擾多時。");
      return;
    case 1:
      doc.text("經與").pii(name_item(p, "later", false)).text("電話聯繫後，");
      return;
    case 2:
      doc.pii(name_item(p, "later", false)).text("於事後再度前往現場，");
      return;
    default:
      doc.text("後來").pii(name_item(p, "later", false)).text("又打電話來詢問進度。");
      return;
    }
  }
  case 10: { // kinship words are no labels
    const Person p = x.cast.person();
    doc.text(rng.pick(std::array{"陳情人之母", "其配偶", "陳情人之子", "其胞弟"}));
    doc.pii(name_item(p, "kinship", false)).text("亦深受其擾。");
    return;
  }
  case 11: {
    const Person p = x.cast.person();
    doc.text(rng.pick(std::array{"收件人：", "受文者：", "寄件人："}));
    doc.pii(name_item(p, "label_honorific")).text(honorific(rng, p)).text("。");
    return;
  }
  case 12: {
    const Person p = x.cast.person();
    doc.text(rng.pick(std::array{"原告 ", "被告 ", "上訴人 ", "原告", "被告"}));
    doc.pii(name_item(p, "label_prose")).text("主張，");
    return;
  }
  case 13: { // 冠夫姓 after a label
    const Person p = x.cast.person(false, "name_guanfu");
    doc.text(rng.pick(std::array{"申請人", "陳情人", "申請人：", "關係人"}));
    doc.pii(name_item(p, "label_prose")).text("表示，");
    return;
  }
  case 14: { // compound surname after a label
    const Person p = x.cast.person(false, "name_compound");
    doc.text(rng.pick(std::array{"檢舉人", "陳情人", "負責人", "代表人"}));
    doc.pii(name_item(p, "label_prose")).text("指出，");
    return;
  }
  default: { // 檢舉人李大同君
    const Person p = x.cast.person();
    const std::string h = p.name.ends_with("君") ? honorific(rng, p) : "君";
    doc.text(rng.pick(std::array{"檢舉人", "陳情人", "申訴人"}));
    doc.pii(name_item(p, h == "君" ? "label_jun" : "label_honorific")).text(h + "表示，");
    return;
  }
  }
}

// A date of birth in prose, next to its cue.
void add_birth_sentence(Gen& x) {
  Doc& doc = x.doc;
  Rng& rng = x.rng;
  switch (rng.between(0, 7)) {
  case 0: {
    const Person p = x.cast.person();
    doc.text("陳情人").pii(name_item(p, "label_prose")).text("（");
    doc.pii(birth_item(rng, "sheng_after")).text("生）表示，");
    return;
  }
  case 1:
    doc.text("陳情人生於").pii(birth_item(rng, "sheng_yu")).text("，自幼即居住於此。");
    return;
  case 2:
    doc.text("陳情人出生於").pii(birth_item(rng, "chusheng_yu")).text("，現年事已高。");
    return;
  case 3: {
    const Person p = x.cast.person();
    doc.text("其子").pii(name_item(p, "kinship", false)).text("於");
    doc.pii(birth_item(rng, "chusheng_after")).text("出生，");
    return;
  }
  case 4: {
    const Person p = x.cast.person();
    doc.text("申請人").pii(name_item(p, "label_prose")).text("（出生日期：");
    doc.pii(birth_item(rng, "paren_label")).text("）");
    doc.text("表示，");
    return;
  }
  case 5:
    doc.text("其生日為").pii(birth_item(rng, "shengri")).text("，");
    return;
  case 6: { // Chinese numerals: a documented limit
    Planted b = make_birth_date_kanji(rng);
    b.tags.insert(b.tags.end(), {"ctx_sheng_after", "unscored", "limit_kanji_date"});
    doc.text("陳情人係").pii(b).text("生，");
    return;
  }
  default:
    doc.text("（DOB: ").pii(birth_item(rng, "dob")).text("）");
    return;
  }
}

// Filler, then a PII, address, name, birth date or look-alike sentence, then filler: keeps cue
// words away from look-alikes.
void add_body(Gen& x, int sentences, std::string_view indent) {
  for (int i = 0; i < sentences; ++i) {
    x.doc.text(indent).text(filler(x.rng));
    const int pick = x.rng.between(0, 99);
    if (pick < 26) {
      add_pii_sentence(x);
    } else if (pick < 41) {
      add_address_sentence(x.doc, x.rng, x.g);
    } else if (pick < 53) {
      x.doc.lookalike(make_address_lookalike(x.rng, x.g));
    } else if (pick < 63) {
      x.doc.lookalike(make_lookalike(x.rng));
    } else if (pick < 80) {
      add_name_sentence(x);
    } else if (pick < 86) {
      add_birth_sentence(x);
    } else if (pick < 93) {
      x.doc.lookalike(make_name_lookalike(x.rng));
    } else {
      x.doc.lookalike(make_date_lookalike(x.rng));
    }
    x.doc.text(filler(x.rng)).text("\n");
  }
}

void add_signature(Gen& x, std::string_view agency, const Person& person) {
  x.doc.text("\n此致\n").text(agency).text("\n\n");
  switch (x.rng.between(0, 5)) {
  case 0:
  case 1:
    x.doc.text("陳情人：").pii(name_item(person, "signature")).text("（簽名或蓋章）\n");
    break;
  case 2:
    x.doc.text("具名：").pii(name_item(person, "signature")).text("\n");
    break;
  case 3:
    x.doc.text("立書人：").pii(name_item(person, "signature")).text("\n");
    break;
  case 4:
    x.doc.text("陳情人 ").pii(name_item(person, "signature")).text(" 敬上\n");
    break;
  default:
    x.doc.text("簽名：").pii(name_item(person, "signature")).text("\n");
  }
  x.doc.text("中華民國")
      .lookalike(
          look("", roc_year(x.rng) + "年" + x.rng.number(1, 12) + "月" + x.rng.number(1, 28) + "日",
               "roc_date_kanji", "\n"));
}

void make_form(Gen& x) {
  Doc& doc = x.doc;
  Rng& rng = x.rng;
  const Person person = x.cast.person(rng.chance(0.2));
  const std::string_view agency = rng.pick(kAgencies);
  doc.text(std::string(agency) + "陳情書\n\n收文日期：");
  doc.lookalike(
      look("", "民國" + roc_year(rng) + "年" + rng.number(1, 12) + "月" + rng.number(1, 28) + "日",
           "roc_date_kanji", "\n"));
  if (rng.chance(0.3)) {
    doc.lookalike(look("填表日期：", recent_date(rng), "date_form_filled", "\n"));
  }
  doc.text("案由：").text(filler(rng)).text("\n\n");
  const int label = rng.between(0, 9);
  doc.text(label < 4   ? "陳情人姓名："
           : label < 6 ? "姓名："
           : label < 8 ? "陳情人："
           : label < 9 ? "姓名: "
                       : "姓　　名："); // letter-spaced label, as printed on forms
  doc.pii(name_item(person, label < 9 ? "label_form" : "label_spaced")).text("\n");
  if (rng.chance(0.5)) {
    doc.text(person.female ? "性別：女\n" : "性別：男\n");
  }
  if (rng.chance(0.75)) {
    doc.text(rng.pick(
        std::array{"出生年月日：", "出生日期：", "生日：", "出生年月日 ", "出生日期: ", "DOB: "}));
    doc.pii(birth_item(rng, "form_label")).text("\n");
  }
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
  doc.pii(address(rng, x.g, true, false, "form_label", "newline")).text("\n");
  if (rng.chance(0.3)) {
    doc.text("通訊地址：").pii(address(rng, x.g, true, false, "form_label", "newline")).text("\n");
  }
  doc.text(rng.pick(std::array{"電子郵件：", "E-mail：", "電子信箱：", "Email: "}))
      .pii(make_email(rng, person))
      .text("\n");
  if (rng.chance(0.4)) {
    const Person agent = x.cast.person();
    doc.text("\n").text(rng.pick(std::array{"代理人姓名：", "代理人：", "聯絡人：", "連絡人："}));
    doc.pii(name_item(agent, "label_form")).text("\n代理人身分證字號：");
    doc.pii(make_national_id(rng, agent.female)).text("\n");
    if (rng.chance(0.3)) {
      doc.text("代理人出生日期：").pii(birth_item(rng, "form_label")).text("\n");
    }
    doc.text("代理人聯絡電話：").pii(make_phone(rng)).text("\n");
  }
  doc.text("\n陳情內容：\n");
  if (rng.chance(0.4)) {
    doc.text("陳情人").pii(name_item(person, "label_prose")).text("為").text(agency);
    doc.text("轄內居民，").text(filler(rng)).text("\n");
  }
  add_body(x, rng.between(3, 6), "");
  add_signature(x, agency, person);
}

void make_narrative(Gen& x) {
  Doc& doc = x.doc;
  Rng& rng = x.rng;
  const Person person = x.cast.person();
  const std::string_view agency = rng.pick(kAgencies);
  // An agency after 受文者 is an organisation, not a name (高雄市政府 starts with a surname).
  doc.text("陳情書\n\n").lookalike(look("受文者：", std::string(agency), "label_org", "\n\n"));
  doc.text("主旨：").text(filler(rng)).text("\n\n");
  if (rng.chance(0.7)) {
    doc.text("　　陳情人").pii(name_item(person, "label_prose"));
    switch (rng.between(0, 4)) {
    case 0:
      doc.text("（").pii(birth_item(rng, "sheng_after")).text("生，身分證字號");
      doc.pii(make_national_id(rng, person.female)).text("）");
      break;
    case 1:
      doc.text("，生於").pii(birth_item(rng, "sheng_yu")).text("，");
      break;
    case 2:
      doc.text("，").pii(birth_item(rng, "sheng_after")).text("生，");
      break;
    case 3:
      doc.text("，").pii(birth_item(rng, "chusheng_after")).text("出生，");
      break;
    default:
      doc.text("（出生日期：").pii(birth_item(rng, "paren_label")).text("）");
    }
    doc.text("謹陳述如下：\n");
  }
  for (int paragraph = rng.between(2, 4); paragraph > 0; --paragraph) {
    add_body(x, rng.between(2, 4), "　　");
    doc.text("\n");
  }
  if (rng.chance(0.5)) {
    doc.text("　　以上所述均屬實，").pii(name_item(person, "later", false));
    doc.text("願負法律責任。\n");
  }
  add_signature(x, agency, person);
}

void make_minutes(Gen& x) {
  Doc& doc = x.doc;
  Rng& rng = x.rng;
  constexpr std::array<std::string_view, 10> kNumerals{"一", "二", "三", "四", "五",
                                                       "六", "七", "八", "九", "十"};
  doc.text(
      std::string(rng.pick(std::array{"大同社區發展協會", "仁愛路自救會", "和平里守望相助隊"})) +
      "會員大會會議紀錄\n\n");
  if (rng.chance(0.5)) {
    doc.text("時間：").lookalike(look(
        "", "民國" + roc_year(rng) + "年" + rng.number(1, 12) + "月" + rng.number(1, 28) + "日",
        "roc_date_kanji", "（星期六）上午"));
  } else {
    doc.lookalike(look("會議日期：", recent_date(rng), "date_meeting", "　上午"));
  }
  doc.lookalike(
      look("", rng.number(8, 11, 2) + ":" + rng.pick(std::array{"00", "30"}), "time", "\n"));
  doc.text("地點：").pii(address(rng, x.g, false, false, "minutes_place", "newline"));
  const Person chair = x.cast.person();
  const Person clerk = x.cast.person();
  doc.text("\n主席：").pii(name_item(chair, "minutes_role")).text("　　紀錄：");
  doc.pii(name_item(clerk, "minutes_role")).text("\n\n出席人員：\n");
  // One layout per document: numbered (（一）王小明（身分證字號：…）or （一）王小明　A…), or
  // rows with 、, tab or | between the fields.
  const int layout = rng.between(0, 4);
  std::vector<Person> members;
  const int count = rng.between(3, 10);
  for (int i = 0; i < count; ++i) {
    const Person m = x.cast.person(rng.chance(0.15));
    members.push_back(m);
    if (layout <= 1) {
      doc.text("（").text(kNumerals[static_cast<std::size_t>(i)]).text("）");
      if (rng.chance(0.5)) {
        doc.pii(name_item(m, "member_numbered_paren"));
        doc.text(m.foreign ? "（統一證號：" : "（身分證字號：").pii(make_id(rng, m));
        doc.text("；手機：").pii(make_mobile(rng)).text("；E-mail：").pii(make_email(rng, m));
        if (rng.chance(0.3)) {
          doc.text("；住址：").pii(address(rng, x.g, true, false, "minutes_member", "）"));
        }
        doc.text("）\n");
      } else {
        doc.pii(name_item(m, "member_numbered_fwspace")).text("　").pii(make_id(rng, m));
        doc.text("　").pii(make_phone(rng)).text("\n");
      }
      continue;
    }
    const std::string_view sep = layout == 2 ? "、" : layout == 3 ? "\t" : "|";
    const std::string ctx = layout == 2 ? "member_dun" : layout == 3 ? "member_tab" : "member_pipe";
    doc.pii(name_item(m, ctx)).text(sep).pii(make_id(rng, m)).text(sep).pii(make_phone(rng));
    if (rng.chance(0.5)) {
      doc.text(sep).pii(make_email(rng, m));
    }
    doc.text("\n");
  }
  if (rng.chance(0.4)) {
    const Person guest = x.cast.person();
    doc.text("列席：").pii(name_item(guest, "minutes_role"));
    if (rng.chance(0.5)) {
      doc.text("、").pii(name_item(x.cast.person(), "minutes_role"));
    }
    doc.text("\n");
  }
  doc.text("\n討論事項：\n");
  if (rng.chance(0.7)) {
    const Person& m = rng.pick(members);
    doc.text("一、會員").pii(name_item(m, "later", false)).text("提議：").text(filler(rng));
    doc.text("\n");
  }
  add_body(x, rng.between(2, 4), "");
  if (rng.chance(0.5)) {
    const Person& m = rng.pick(members);
    doc.text("臨時動議：").pii(name_item(m, "honorific_full")).text(honorific(rng, m));
    doc.text("提議加強夜間巡守。\n");
  }
  doc.text("決議：照案通過。\n散會：");
  doc.lookalike(look("", rng.number(11, 12) + ":" + rng.number(0, 59, 2), "time", "\n"));
}

// A date of birth in a table column: the cue is only in the header (a documented limit).
Planted column_birth_date(Rng& rng, std::string_view ctx) {
  Planted b = birth_item(rng, ctx);
  b.tags.insert(b.tags.end(), {"unscored", "limit_table_column"});
  return b;
}

void make_roster(Gen& x) {
  Doc& doc = x.doc;
  Rng& rng = x.rng;
  const bool extra = rng.chance(0.5);
  const bool with_address = rng.chance(0.5);
  const bool with_birth = rng.chance(0.25);
  const bool large = rng.chance(0.08); // more than 64 names: no repeats found
  const int header = rng.between(0, 2);
  doc.text(std::array{"姓名,身分證字號", "姓名,身分證統一編號", "name,id"}[header]);
  if (with_birth) {
    doc.text(std::array{",出生日期", ",出生年月日", ",birth_date"}[header]);
  }
  doc.text(std::array{",電話,E-mail", ",聯絡電話,電子郵件", ",phone,email"}[header]);
  if (with_address) {
    doc.text(std::array{",地址", ",通訊地址", ",address"}[static_cast<std::size_t>(header)]);
  }
  doc.text(extra ? ",入會日期,年費\n" : "\n");
  std::vector<Person> members;
  for (int rows = large ? rng.between(70, 90) : rng.between(5, 15); rows > 0; --rows) {
    const Person m = x.cast.person(rng.chance(0.15));
    members.push_back(m);
    const bool q = rng.chance(0.3);
    doc.text(q ? "\"" : "").pii(name_item(m, q ? "row_csv_quoted" : "row_csv"));
    doc.text(q ? "\"," : ",").text(q ? "\"" : "").pii(make_id(rng, m)).text(q ? "\"," : ",");
    if (with_birth) {
      doc.pii(column_birth_date(rng, "csv_column")).text(",");
    }
    doc.text(q ? "\"" : "").pii(make_phone(rng)).text(q ? "\"," : ",");
    doc.text(q ? "\"" : "").pii(make_email(rng, m)).text(q ? "\"" : "");
    if (with_address) {
      doc.text(q ? ",\"" : ",").pii(address(rng, x.g, false, false, "csv", q ? "quote" : "comma"));
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
  if (rng.chance(0.5)) {
    doc.text("備註：").pii(name_item(rng.pick(members), "later", false)).text("已於上月退會\n");
  }
}

void make_html(Gen& x) {
  Doc& doc = x.doc;
  Rng& rng = x.rng;
  const bool with_address = rng.chance(0.5);
  const bool with_birth = rng.chance(0.25);
  doc.text("<!DOCTYPE html>\n<html lang=\"zh-Hant\">\n<head><meta charset=\"utf-8\">"
           "<title>陳情案件彙整表</title></head>\n<body>\n<h1>陳情案件彙整表</h1>\n<p>");
  doc.text(filler(rng)).lookalike(make_lookalike(rng)).text(filler(rng)).text("</p>\n");
  doc.text("<table>\n<tr><th>姓名</th><th>身分證字號</th>");
  doc.text(with_birth ? "<th>出生日期</th>" : "").text("<th>電話</th><th>電子郵件</th>");
  doc.text(with_address ? "<th>地址</th></tr>\n" : "</tr>\n");
  std::vector<Person> members;
  for (int rows = rng.between(3, 10); rows > 0; --rows) {
    const Person m = x.cast.person(rng.chance(0.15));
    members.push_back(m);
    const Planted email = make_email(rng, m);
    doc.text("<tr><td>").pii(name_item(m, "row_html")).text("</td><td>").pii(make_id(rng, m));
    if (with_birth) {
      doc.text("</td><td>").pii(column_birth_date(rng, "html_column"));
    }
    doc.text("</td><td>").pii(make_phone(rng)).text("</td><td><a href=\"mailto:").pii(email);
    doc.text("\">").pii(email).text("</a></td>");
    if (with_address) {
      doc.text("<td>").pii(address(rng, x.g, false, false, "html", "td")).text("</td>");
    }
    doc.text("</tr>\n");
  }
  doc.text("</table>\n<p>").text(filler(rng));
  doc.lookalike(rng.chance(0.5) ? make_address_lookalike(rng, x.g) : make_lookalike(rng));
  doc.text(filler(rng));
  doc.text("</p>\n");
  if (rng.chance(0.5)) {
    doc.text("<p>聯絡人：").pii(name_item(x.cast.person(), "label_colon")).text("　電話：");
    doc.pii(make_phone(rng)).text("</p>\n");
  }
  if (rng.chance(0.4)) {
    doc.text("<p>").pii(name_item(rng.pick(members), "later", false));
    doc.text("之案件已移請相關單位處理。</p>\n");
  }
  doc.text("</body>\n</html>\n");
}

// Decides the occurrences written without context (uncued): a repeat of a name that has a cued
// occurrence in a document with at most 64 distinct names is expected to be found (ctx_repeat);
// otherwise it is a documented limit and unscored (limit_no_cue, limit_many_names).
void finalize_names(Doc& doc) {
  std::set<std::string> names, cued;
  for (const Piece& piece : doc.pieces()) {
    const Tags& tags = piece.item.tags;
    if (piece.item.type != "person_name" || std::ranges::count(tags, "name_surname_only") > 0) {
      continue;
    }
    names.insert(piece.item.text);
    if (std::ranges::count(tags, "uncued") == 0 && std::ranges::count(tags, "unscored") == 0) {
      cued.insert(piece.item.text);
    }
  }
  for (Piece& piece : doc.pieces()) {
    Tags& tags = piece.item.tags;
    if (std::erase(tags, "uncued") == 0 || std::ranges::count(tags, "unscored") > 0) {
      continue;
    }
    if (names.size() > 64) {
      tags.insert(tags.end(), {"unscored", "limit_many_names"});
    } else if (cued.contains(piece.item.text)) {
      tags.emplace_back("ctx_repeat");
    } else {
      tags.insert(tags.end(), {"unscored", "limit_no_cue"});
    }
  }
}

// True if every occurrence of every planted full name in the text is a planted item (a name
// must not also appear inside other words, nor glued from two pieces).
bool names_only_where_planted(const Doc& doc) {
  std::string all;
  std::map<std::string, std::set<std::size_t>> planted;
  for (const Piece& piece : doc.pieces()) {
    if (piece.item.type == "person_name" &&
        std::ranges::count(piece.item.tags, "name_surname_only") == 0) {
      planted[piece.text].insert(all.size());
    }
    all += piece.text;
  }
  for (const auto& [name, starts] : planted) {
    for (std::size_t at = all.find(name); at != std::string::npos; at = all.find(name, at + 1)) {
      if (!starts.contains(at)) {
        return false;
      }
    }
  }
  return true;
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

// Dates that are not dates of birth must not stand next to a birth cue (出生, 生日, 生於, DOB,
// Birth within kBirthCueDistance characters before, 生 right after), except in the look-alikes
// made for that (發生於, 學生於, 生效).
constexpr std::array<std::u32string_view, 6> kBirthCues{U"出生", U"生日",  U"生於",
                                                        U"DOB",  U"Birth", U"birth"};
constexpr std::size_t kBirthCueDistance = 16;
constexpr std::array<std::string_view, 8> kDateTags{
    "roc_date_kanji", "roc_date_dot", "roc_date_slash", "western_date",
    "date_fawen",     "date_meeting", "date_plain",     "date_form_filled"};

void check_birth_cue_distance(const Doc& doc, const std::string& name) {
  std::u32string before;
  const auto& pieces = doc.pieces();
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    const Piece& piece = pieces[i];
    const bool date =
        piece.kind == "lookalike" && std::ranges::any_of(kDateTags, [&piece](std::string_view t) {
          return std::ranges::count(piece.item.tags, t) > 0;
        });
    if (date) {
      const std::u32string window =
          before.substr(before.size() > kBirthCueDistance ? before.size() - kBirthCueDistance : 0);
      const bool cue_before = std::ranges::any_of(kBirthCues, [&window](std::u32string_view c) {
        return window.find(c) != std::u32string::npos;
      });
      const bool sheng_after = i + 1 < pieces.size() && pieces[i + 1].text.starts_with("生");
      if (cue_before || sheng_after) {
        throw std::logic_error(name + ": birth cue next to a non-birth date");
      }
    }
    before += eval::decode(piece.text, Encoding::Utf8);
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

      const Encoding encoding = style.encoding;
      std::optional<Doc> doc;
      // Rare: a name also spelt inside other text; write the document again.
      for (int attempt = 0; !doc || !names_only_where_planted(*doc); ++attempt) {
        if (attempt > 50) {
          throw std::logic_error("cannot place names without collisions");
        }
        doc.emplace(rng, style.fullwidth);
        Cast cast(rng, encoding);
        Gen x{rng, gazetteer, *doc, cast};
        if (style.kind == "form") {
          make_form(x);
        } else if (style.kind == "narrative") {
          make_narrative(x);
        } else if (style.kind == "minutes") {
          make_minutes(x);
        } else if (style.kind == "roster") {
          make_roster(x);
        } else {
          make_html(x);
        }
      }
      finalize_names(*doc);
      char name[64];
      const char* ext = style.kind == "roster"             ? ".csv"
                        : style.kind == "html"             ? ".html"
                        : style.encoding == Encoding::Big5 ? ".big5.txt"
                                                           : ".txt";
      std::snprintf(name, sizeof name, "%s_%04d%s%s", style.kind.c_str(), i,
                    style.fullwidth ? "_fw" : "", ext);
      const std::string rel = "docs/" + style.kind + "/" + name;
      check_cue_distance(*doc, rel);
      check_birth_cue_distance(*doc, rel);
      write_doc(out_dir, rel, *doc, style, truth);
    }
  } catch (const std::exception& e) {
    std::cerr << "gen_eval: " << e.what() << '\n';
    return 1;
  }
  return 0;
}
