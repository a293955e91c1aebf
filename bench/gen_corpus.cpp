// gen_corpus: writes deterministic synthetic Traditional Chinese petition corpora for bench.sh.
//
// Usage: gen_corpus --kind dense|prose [--mb N] [--seed S] OUT
//   Writes exactly N MiB (N * 1048576 bytes, default 64) of UTF-8 text to OUT ("-" = stdout).
//   Same kind, size and seed -> same bytes (own PRNG; no <random> distributions, which differ
//   between standard libraries).
//   dense: most lines carry PII -- national IDs and resident (UI) IDs of both formats with valid
//          check digits, mobiles and landlines in varied written forms (incl. full-width, +886,
//          extensions), e-mails -- mixed with look-alikes: dates, 文號, amounts, invoice numbers,
//          UBNs, case numbers, IDs with a wrong check digit.
//   prose: long paragraphs built from a vocabulary of a few hundred words and phrases, with dates,
//          amounts and 文號; about one PII item per 20 KiB.
// The data is synthetic: IDs are random serials with a computed check digit, e-mail domains and
// names are drawn from fixed lists.

#include <array>
#include <cerrno>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

namespace {

using namespace std::string_view_literals;

// ---------------------------------------------------------------------------------------------
// PRNG: xoshiro256** seeded through splitmix64 (fully specified, so output is portable).

class rng {
public:
  explicit rng(std::uint64_t seed) {
    for (auto& word : state_) {
      seed += 0x9E3779B97F4A7C15ULL;
      std::uint64_t z = seed;
      z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
      z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
      word = z ^ (z >> 31);
    }
  }

  std::uint64_t next() {
    const std::uint64_t result = rotl(state_[1] * 5, 7) * 9;
    const std::uint64_t t = state_[1] << 17;
    state_[2] ^= state_[0];
    state_[3] ^= state_[1];
    state_[1] ^= state_[2];
    state_[0] ^= state_[3];
    state_[2] ^= t;
    state_[3] = rotl(state_[3], 45);
    return result;
  }

  // Uniform in [0, n) for n < 2^32 (multiply-shift; bias is negligible for our small n).
  std::uint32_t below(std::uint32_t n) {
    return static_cast<std::uint32_t>(((next() >> 32) * n) >> 32);
  }
  std::uint32_t between(std::uint32_t lo, std::uint32_t hi) { return lo + below(hi - lo + 1); }
  bool percent(std::uint32_t p) { return below(100) < p; }
  int digit() { return static_cast<int>(below(10)); }

private:
  static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  std::array<std::uint64_t, 4> state_{};
};

template <std::size_t N> std::string_view pick(rng& r, const std::array<std::string_view, N>& a) {
  return a[r.below(static_cast<std::uint32_t>(N))];
}

// ---------------------------------------------------------------------------------------------
// Check digits (tw-pii-formats §1.3, §2.1, §2.2).

// Two-digit code of an ID's first letter: A10 B11 ... H17 I34 J18 ... N22 O35 P23 ... V29 W32 X30
// Y31 Z33.
constexpr int letter_code(char letter) {
  constexpr std::array<int, 26> codes = {10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21,
                                         22, 35, 23, 24, 25, 26, 27, 28, 29, 32, 30, 31, 33};
  return codes[static_cast<std::size_t>(letter - 'A')];
}

// `digits` are the 8 digits between the letter and the check digit; for a legacy UI number the
// first of them is the units digit of the second letter's code (A0 B1 C2 D3). Weights 1,9 over the
// letter code, 8..1 over the digits, 1 over the check digit; the total must be 0 mod 10.
constexpr int id_check_digit(char letter, const std::array<int, 8>& digits) {
  const int code = letter_code(letter);
  int sum = code / 10 + (code % 10) * 9;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    sum += digits[i] * static_cast<int>(8 - i);
  }
  return (10 - sum % 10) % 10;
}

constexpr bool id_is_valid(std::string_view id) {
  if (id.size() != 10 || id[0] < 'A' || id[0] > 'Z') {
    return false;
  }
  std::array<int, 8> digits{};
  digits[0] = (id[1] >= 'A' && id[1] <= 'D') ? letter_code(id[1]) % 10 : id[1] - '0';
  for (std::size_t i = 2; i < 9; ++i) {
    digits[i - 1] = id[i] - '0';
  }
  return id_check_digit(id[0], digits) == id[9] - '0';
}

// Test vectors from tw-pii-formats §1.3, §2.1, §2.2.
static_assert(id_is_valid("A123456789") && !id_is_valid("A123456788"));
static_assert(id_is_valid("I100000003") && id_is_valid("O200000006") && id_is_valid("W100000001"));
static_assert(id_is_valid("Z212345670") && id_is_valid("B123456780") && id_is_valid("Y100000000"));
static_assert(id_is_valid("AD12345671") && id_is_valid("FA12345689") && !id_is_valid("AD12345678"));
static_assert(id_is_valid("A800000014") && id_is_valid("A870000015") && id_is_valid("A900000016"));

// ---------------------------------------------------------------------------------------------
// Vocabulary (a few hundred common petition words and phrases).

constexpr std::array surnames = {"陳"sv, "林"sv, "黃"sv, "張"sv, "李"sv, "王"sv, "吳"sv, "劉"sv,
                                 "蔡"sv, "楊"sv, "許"sv, "鄭"sv, "謝"sv, "郭"sv, "洪"sv, "曾"sv,
                                 "邱"sv, "廖"sv, "賴"sv, "周"sv, "葉"sv, "蘇"sv, "莊"sv, "呂"sv,
                                 "江"sv, "何"sv, "蕭"sv, "羅"sv, "高"sv, "潘"sv, "簡"sv, "朱"sv,
                                 "鍾"sv, "彭"sv, "游"sv, "詹"sv, "胡"sv, "施"sv, "沈"sv, "余"sv};

constexpr std::array given_chars = {
    "志"sv, "明"sv, "淑"sv, "芬"sv, "美"sv, "玲"sv, "俊"sv, "傑"sv, "家"sv, "豪"sv, "雅"sv, "婷"sv,
    "怡"sv, "君"sv, "冠"sv, "宇"sv, "佳"sv, "蓉"sv, "建"sv, "宏"sv, "文"sv, "彬"sv, "惠"sv, "如"sv,
    "宗"sv, "翰"sv, "思"sv, "妤"sv, "承"sv, "恩"sv, "品"sv, "妍"sv, "柏"sv, "翔"sv, "育"sv, "誠"sv,
    "欣"sv, "子"sv, "涵"sv, "郁"sv, "庭"sv, "哲"sv, "瑋"sv, "書"sv, "瑜"sv, "信"sv, "安"sv, "筱"sv,
    "萍"sv, "國"sv, "華"sv, "秀"sv, "英"sv, "嘉"sv, "慧"sv, "偉"sv, "麗"sv, "珍"sv, "正"sv, "雄"sv};

constexpr std::array foreign_names = {
    "阮氏梅"sv,         "陳氏蘭"sv,      "黎氏香"sv,       "潘文雄"sv,
    "丁氏花"sv,         "范氏秋"sv,      "瑪莉亞"sv,       "蘇珊娜"sv,
    "王曉燕"sv,         "張麗華"sv,      "黃氏玉"sv,       "武文勇"sv,
    "NGUYEN THI LAN"sv, "SITI AMINAH"sv, "MARIA SANTOS"sv, "JUAN DELA CRUZ"sv};

constexpr std::array romanized_surnames = {
    "wang"sv, "chen"sv, "lin"sv, "huang"sv, "chang"sv, "lee"sv,   "wu"sv,     "liu"sv,
    "tsai"sv, "yang"sv, "hsu"sv, "cheng"sv, "hsieh"sv, "kuo"sv,   "hung"sv,   "tseng"sv,
    "chiu"sv, "liao"sv, "lai"sv, "chou"sv,  "yeh"sv,   "su"sv,    "chuang"sv, "lu"sv,
    "ho"sv,   "lo"sv,   "kao"sv, "hsiao"sv, "pan"sv,   "chiang"sv};

constexpr std::array romanized_given = {
    "ming"sv, "hui"sv, "ya"sv,  "ting"sv, "chun"sv, "wei"sv, "yu"sv,  "chia"sv, "hsin"sv,
    "mei"sv,  "jun"sv, "hao"sv, "yi"sv,   "che"sv,  "pei"sv, "shu"sv, "kai"sv,  "an"sv,
    "jie"sv,  "lan"sv, "fen"sv, "hua"sv,  "hong"sv, "zhi"sv, "tzu"sv, "yun"sv};

constexpr std::array email_domains = {
    "gmail.com"sv,          "yahoo.com.tw"sv,   "hotmail.com"sv,      "outlook.com"sv,
    "msa.hinet.net"sv,      "ms15.hinet.net"sv, "pchome.com.tw"sv,    "ntu.edu.tw"sv,
    "mail.taipei.gov.tw"sv, "example.com.tw"sv, "example.org"sv,      "seed.net.tw"sv,
    "icloud.com"sv,         "so-net.net.tw"sv,  "mail.ncku.edu.tw"sv, "tpe.gov.tw"sv};

constexpr std::array time_phrases = {
    "近日"sv,         "近來"sv,         "最近一個月"sv,     "每天晚上"sv,   "每逢假日"sv,
    "清晨五點左右"sv, "深夜十一點後"sv, "上週末"sv,         "本月初"sv,     "去年底"sv,
    "今年以來"sv,     "多年來"sv,       "上下班尖峰時段"sv, "颱風過後"sv,   "連日大雨後"sv,
    "中午時段"sv,     "日前"sv,         "長期以來"sv,       "過去三個月"sv, "每週二及週五"sv,
    "開學以後"sv,     "過年期間"sv,     "夏季期間"sv,       "每到傍晚"sv,   "前天下午"sv};

constexpr std::array subjects = {
    "本人"sv,       "陳情人"sv,   "本里居民"sv, "社區住戶"sv, "附近民眾"sv, "里長"sv,
    "大樓管委會"sv, "家中長輩"sv, "許多家長"sv, "學童家長"sv, "鄰近商家"sv, "機車騎士"sv,
    "行人"sv,       "本社區"sv,   "當地居民"sv, "部分住戶"sv, "樓下住戶"sv, "隔壁鄰居"sv,
    "本人及家人"sv, "社區志工"sv, "多位鄰居"sv, "通勤族"sv,   "外送員"sv,   "攤商"sv,
    "年長者"sv,     "身障朋友"sv, "房東"sv,     "租屋族"sv,   "里辦公處"sv, "本會"sv};

constexpr std::array adverbs = {"多次"sv, "一再"sv, "持續"sv,   "已經"sv, "屢次"sv,
                                "曾經"sv, "再度"sv, "不斷"sv,   "長期"sv, "經常"sv,
                                "始終"sv, "一直"sv, "再三"sv,   "陸續"sv, "屢屢"sv,
                                "特別"sv, "一度"sv, "迄今仍"sv, "屢經"sv, "曾"sv};

constexpr std::array verbs = {
    "反映"sv,     "陳情"sv,         "檢舉"sv,     "通報"sv,     "投訴"sv,
    "詢問"sv,     "建議改善"sv,     "請求處理"sv, "要求改善"sv, "請求協助處理"sv,
    "申請會勘"sv, "撥打專線反映"sv, "致電詢問"sv, "上網陳情"sv, "向議員反映"sv,
    "函請處理"sv, "請求取締"sv,     "提出異議"sv, "申訴"sv,     "請求說明"sv,
    "發現"sv,     "注意到"sv,       "目睹"sv,     "拍照記錄"sv, "提出申請"sv};

constexpr std::array places = {
    "住家附近"sv,     "社區巷口"sv, "中山路與民生路口"sv, "國小側門"sv,       "傳統市場旁"sv,
    "捷運站出口"sv,   "公園內"sv,   "河濱自行車道"sv,     "大樓地下停車場"sv, "巷弄內"sv,
    "公車站牌旁"sv,   "學校周邊"sv, "夜市周邊"sv,         "圖書館前"sv,       "活動中心"sv,
    "人行道上"sv,     "橋下空地"sv, "重劃區"sv,           "社區大門前"sv,     "騎樓下"sv,
    "停車場出入口"sv, "高架橋下"sv, "溪邊步道"sv,         "便利商店前"sv,     "工地周圍"sv,
    "醫院急診室外"sv, "區公所前"sv, "廟宇廣場"sv,         "運動中心"sv,       "十字路口"sv,
    "轉角處"sv,       "排水溝旁"sv, "農田旁"sv,           "工業區"sv,         "老舊公寓"sv,
    "商圈"sv,         "加油站旁"sv, "火車站前廣場"sv,     "山區道路"sv,       "海邊堤防"sv};

constexpr std::array topics = {
    "噪音問題"sv,     "道路坑洞"sv,     "路燈故障"sv,   "違規停車"sv,       "垃圾清運"sv,
    "排水溝堵塞"sv,   "空氣污染"sv,     "流浪犬聚集"sv, "公園設施損壞"sv,   "人行道破損"sv,
    "交通號誌故障"sv, "違章建築"sv,     "施工噪音"sv,   "餐廳油煙"sv,       "積水問題"sv,
    "行道樹修剪"sv,   "公車班次不足"sv, "停車位不足"sv, "機車亂停"sv,       "攤販占用道路"sv,
    "燒金紙煙霧"sv,   "工廠異味"sv,     "蚊蟲孳生"sv,   "鼠患"sv,           "廢棄車輛"sv,
    "大型廢棄物"sv,   "菸蒂亂丟"sv,     "狗便未清"sv,   "夜間飆車"sv,       "砂石車超速"sv,
    "違規廣告招牌"sv, "路面標線模糊"sv, "人孔蓋鬆動"sv, "排水不良"sv,       "邊坡崩塌"sv,
    "電線桿傾斜"sv,   "電纜垂落"sv,     "水管破裂"sv,   "無預警停水"sv,     "跳電"sv,
    "網路訊號不佳"sv, "自來水混濁"sv,   "鄰房裝修"sv,   "頂樓加蓋"sv,       "防火巷堆放雜物"sv,
    "騎樓不平"sv,     "無障礙坡道"sv,   "公廁清潔"sv,   "兒童遊具老舊"sv,   "校園周邊交通安全"sv,
    "交通壅塞"sv,     "路口視線不佳"sv, "行人穿越道"sv, "紅綠燈秒數過短"sv, "公有市場環境"sv,
    "資源回收"sv,     "廚餘處理"sv,     "野鴿餵食"sv,   "虎頭蜂窩"sv,       "樹木倒塌"sv};

constexpr std::array states = {
    "情況嚴重"sv,     "問題持續未改善"sv,   "狀況日益惡化"sv,   "已影響居民安寧"sv,
    "至今仍未處理"sv, "造成通行不便"sv,     "存在安全疑慮"sv,   "嚴重影響生活品質"sv,
    "屢勸不聽"sv,     "一直沒有改善"sv,     "情形時好時壞"sv,   "已持續數月"sv,
    "令人困擾"sv,     "造成環境髒亂"sv,     "影響交通安全"sv,   "恐釀成意外"sv,
    "已有多人受傷"sv, "導致住戶無法休息"sv, "讓長輩出入困難"sv, "使學童上下學危險"sv};

constexpr std::array impacts = {"居民苦不堪言"sv,     "長輩夜不成眠"sv,     "孩童上學須繞道而行"sv,
                                "商家生意大受影響"sv, "機車騎士險象環生"sv, "行人被迫走在車道上"sv,
                                "住戶不堪其擾"sv,     "民眾怨聲載道"sv,     "身障者無法通行"sv,
                                "附近環境衛生堪慮"sv, "大家只能忍氣吞聲"sv, "造成多起擦撞事故"sv,
                                "屋內家具受潮發霉"sv, "影響附近住戶健康"sv, "社區形象受損"sv};

constexpr std::array connectors = {
    "然而"sv,         "此外"sv,       "另外"sv,     "同時"sv,   "但是"sv, "由於"sv, "因此"sv,
    "況且"sv,         "再者"sv,       "經查"sv,     "據了解"sv, "惟"sv,   "據悉"sv, "事實上"sv,
    "值得注意的是"sv, "更嚴重的是"sv, "不僅如此"sv, "換言之"sv, "總之"sv, "目前"sv};

constexpr std::array offices = {
    "貴局"sv,       "貴府"sv,       "市政府"sv,     "區公所"sv,   "環保局"sv,     "警察局"sv,
    "交通局"sv,     "工務局"sv,     "衛生局"sv,     "社會局"sv,   "地政事務所"sv, "建築管理處"sv,
    "清潔隊"sv,     "水利處"sv,     "養護工程處"sv, "公園處"sv,   "消防局"sv,     "都市發展局"sv,
    "經濟發展局"sv, "勞動局"sv,     "教育局"sv,     "民政局"sv,   "戶政事務所"sv, "稅捐稽徵處"sv,
    "監理站"sv,     "自來水公司"sv, "台電公司"sv,   "中華電信"sv, "里辦公處"sv,   "國稅局"sv};

constexpr std::array actions = {
    "派員會勘"sv,     "儘速改善"sv,     "加強取締"sv,   "加派警力巡邏"sv,     "依法開罰"sv,
    "協助協調"sv,     "研議改善方案"sv, "增設告示牌"sv, "設置監視器"sv,       "重新鋪設路面"sv,
    "定期清理"sv,     "加強稽查"sv,     "增設路燈"sv,   "調整號誌時相"sv,     "劃設禁停紅線"sv,
    "拆除違建"sv,     "協助清運"sv,     "修剪樹木"sv,   "疏通水溝"sv,         "移置廢棄車輛"sv,
    "回覆處理情形"sv, "說明後續作為"sv, "列管追蹤"sv,   "函轉權責單位辦理"sv, "編列預算改善"sv};

constexpr std::array closings = {
    "敬請儘速處理"sv, "懇請惠予協助"sv, "謹此陳情"sv,       "以維護居民安全"sv, "實感德便"sv,
    "至為感禱"sv,     "請惠予回覆"sv,   "以保障民眾權益"sv, "盼能早日改善"sv,   "以免發生憾事"sv,
    "不勝感激"sv,     "請予重視"sv,     "以維市容觀瞻"sv,   "以維交通秩序"sv,   "敬祈鑒核"sv};

constexpr std::array feelings = {"深感困擾"sv, "十分無奈"sv, "相當憂心"sv, "非常失望"sv,
                                 "感到不安"sv, "極為不滿"sv, "心急如焚"sv, "倍感壓力"sv,
                                 "感到遺憾"sv, "無所適從"sv, "身心俱疲"sv, "期待改善"sv,
                                 "感謝協助"sv, "難以接受"sv, "徒呼負負"sv};

constexpr std::array inspections = {
    "現場會勘"sv,     "派員查察"sv,     "實地訪查"sv, "調閱監視器畫面"sv, "稽查人員查核"sv,
    "警方到場處理"sv, "工程人員檢測"sv, "初步調查"sv, "函詢相關單位"sv,   "召開協調會"sv};

constexpr std::array results = {
    "迄今尚未獲得回覆"sv, "僅獲制式回應"sv,     "承辦人表示將研議辦理"sv, "對方承諾改善但未落實"sv,
    "已開立罰單"sv,       "已完成初步修繕"sv,   "仍待後續追蹤"sv,         "案件已列管處理"sv,
    "相關單位互踢皮球"sv, "所提問題並未解決"sv, "已函請業者限期改善"sv,   "獲得初步改善"sv};

constexpr std::array requests = {"懇請"sv, "敬請"sv, "請求"sv, "希望"sv, "建請"sv,
                                 "拜託"sv, "盼請"sv, "籲請"sv, "期盼"sv, "請"sv};

constexpr std::array applications = {
    "低收入戶資格"sv, "中低收入戶補助"sv, "身心障礙證明"sv, "長照服務"sv, "房屋租金補貼"sv,
    "育兒津貼"sv,     "急難救助金"sv,     "戶籍謄本"sv,     "印鑑證明"sv, "建築執照"sv,
    "使用執照"sv,     "道路挖掘許可"sv,   "營業登記"sv,     "地籍謄本"sv, "老人健保補助"sv};

constexpr std::array cities = {
    "臺北市"sv, "新北市"sv, "桃園市"sv, "臺中市"sv, "臺南市"sv, "高雄市"sv, "基隆市"sv, "新竹市"sv,
    "嘉義市"sv, "新竹縣"sv, "苗栗縣"sv, "彰化縣"sv, "南投縣"sv, "雲林縣"sv, "嘉義縣"sv, "屏東縣"sv,
    "宜蘭縣"sv, "花蓮縣"sv, "臺東縣"sv, "澎湖縣"sv, "金門縣"sv, "連江縣"sv, "台北市"sv, "台中市"sv};

constexpr std::array districts = {
    "中正區"sv, "大安區"sv, "信義區"sv, "中山區"sv, "板橋區"sv, "新莊區"sv, "三重區"sv, "中壢區"sv,
    "桃園區"sv, "北屯區"sv, "西屯區"sv, "東區"sv,   "北區"sv,   "苓雅區"sv, "鳳山區"sv, "左營區"sv,
    "竹北市"sv, "頭份市"sv, "員林市"sv, "斗六市"sv, "羅東鎮"sv, "吉安鄉"sv};

constexpr std::array roads = {"中山路"sv, "中正路"sv, "民生路"sv,   "民權路"sv, "民族路"sv,
                              "復興路"sv, "和平路"sv, "忠孝東路"sv, "仁愛路"sv, "信義路"sv,
                              "建國路"sv, "光復路"sv, "成功路"sv,   "中華路"sv, "自由路"sv,
                              "文化路"sv, "大同路"sv, "公園路"sv,   "府前路"sv, "長安路"sv,
                              "博愛路"sv, "三民路"sv};

constexpr std::array section_numerals = {"一"sv, "二"sv, "三"sv, "四"sv, "五"sv};

constexpr std::array doc_prefixes = {"府授環"sv, "北市環稽"sv, "新北府交"sv, "桃市工"sv,
                                     "中市衛"sv, "南市社"sv,   "高市警"sv,   "內授中戶"sv,
                                     "院臺法"sv, "環署綜"sv,   "北市警交"sv, "府地權"sv};

constexpr std::array court_words = {"訴"sv, "簡"sv, "易"sv, "上"sv, "上易"sv, "重訴"sv};

constexpr std::array field_separators = {"："sv, "："sv, "："sv, ":"sv, "　"sv, ""sv};

// ---------------------------------------------------------------------------------------------
// Text builder: `b << "陳情人" << append_name << "，手機" << append_mobile << num(12)`.
// Generators are plain functions `void(text&)`; numbers go through small tag types so that a
// char or an integer is never appended by accident.

struct text {
  std::string& out;
  rng& r;
};

using generator = void (*)(text&);

struct num {
  explicit num(std::uint64_t v) : value(v) {}
  std::uint64_t value;
};
struct padded {
  padded(std::uint64_t v, int w) : value(v), width(w) {}
  std::uint64_t value;
  int width;
};
struct grouped { // 1234567 -> "1,234,567"
  explicit grouped(std::uint64_t v) : value(v) {}
  std::uint64_t value;
};
struct random_digits { // `count` random decimal digits
  explicit random_digits(int n) : count(n) {}
  int count;
};

text& operator<<(text& t, std::string_view s) {
  t.out += s;
  return t;
}

text& operator<<(text& t, char c) {
  t.out += c;
  return t;
}

text& operator<<(text& t, generator g) {
  g(t);
  return t;
}

text& operator<<(text& t, num n) {
  char buf[24];
  const auto res = std::to_chars(buf, buf + sizeof buf, n.value);
  t.out.append(buf, res.ptr);
  return t;
}

text& operator<<(text& t, padded p) {
  char buf[24];
  const auto res = std::to_chars(buf, buf + sizeof buf, p.value);
  for (auto len = static_cast<int>(res.ptr - buf); len < p.width; ++len) {
    t.out += '0';
  }
  t.out.append(buf, res.ptr);
  return t;
}

text& operator<<(text& t, grouped g) {
  char buf[24];
  const auto res = std::to_chars(buf, buf + sizeof buf, g.value);
  const auto len = static_cast<int>(res.ptr - buf);
  for (int i = 0; i < len; ++i) {
    if (i > 0 && (len - i) % 3 == 0) {
      t.out += ',';
    }
    t.out += buf[i];
  }
  return t;
}

text& operator<<(text& t, random_digits d) {
  for (int i = 0; i < d.count; ++i) {
    t.out += static_cast<char>('0' + t.r.digit());
  }
  return t;
}

// ASCII -> full-width forms (U+FF01..U+FF5E; space -> U+3000 ideographic space).
void append_wide(std::string& out, std::string_view ascii) {
  for (const char c : ascii) {
    if (c == ' ') {
      out += "\u3000";
      continue;
    }
    if (c < '!' || c > '~') {
      out += c;
      continue;
    }
    const unsigned cp = 0xFF01u + static_cast<unsigned>(c - '!');
    out += static_cast<char>(0xE0u | (cp >> 12));
    out += static_cast<char>(0x80u | ((cp >> 6) & 0x3Fu));
    out += static_cast<char>(0x80u | (cp & 0x3Fu));
  }
}

// A label followed by one of the separators people use in forms (full-width colon, none, ...).
void append_separator(text& t) {
  t << pick(t.r, field_separators);
}

void append_name(text& t) {
  t << pick(t.r, surnames) << pick(t.r, given_chars);
  if (t.r.percent(85)) {
    t << pick(t.r, given_chars);
  }
}

void append_address(text& t) {
  rng& r = t.r;
  if (r.percent(15)) { // postal code glued to the county
    t << num(r.between(100, 983));
    if (r.percent(50)) {
      t << random_digits{2};
    }
  }
  t << pick(r, cities) << pick(r, districts) << pick(r, roads);
  if (r.percent(50)) {
    t << pick(r, section_numerals) << "段";
  }
  if (r.percent(60)) {
    t << num(r.between(1, 400)) << "巷";
  }
  if (r.percent(25)) {
    t << num(r.between(1, 30)) << "弄";
  }
  t << num(r.between(1, 700)) << "號";
  if (r.percent(60)) {
    t << num(r.between(1, 25)) << "樓";
  }
}

// ---------------------------------------------------------------------------------------------
// PII items.

// National ID (second digit 1/2) or new-format UI number (second digit 8/9), valid check digit.
std::string make_id_with_digit(rng& r, char second) {
  const char letter = static_cast<char>('A' + r.below(26));
  std::array<int, 8> digits{};
  digits[0] = second - '0';
  for (std::size_t i = 1; i < digits.size(); ++i) {
    digits[i] = r.digit();
  }
  std::string id(1, letter);
  for (const int d : digits) {
    id += static_cast<char>('0' + d);
  }
  id += static_cast<char>('0' + id_check_digit(letter, digits));
  return id;
}

// Legacy UI number: letter + A-D + 7 digits + check digit.
std::string make_legacy_ui(rng& r) {
  const char letter = static_cast<char>('A' + r.below(26));
  const char second = static_cast<char>('A' + r.below(4));
  std::array<int, 8> digits{};
  digits[0] = letter_code(second) % 10;
  for (std::size_t i = 1; i < digits.size(); ++i) {
    digits[i] = r.digit();
  }
  std::string id{letter, second};
  for (std::size_t i = 1; i < digits.size(); ++i) {
    id += static_cast<char>('0' + digits[i]);
  }
  id += static_cast<char>('0' + id_check_digit(letter, digits));
  return id;
}

// Mostly plain upper case; some full-width, some with a lower-case letter.
void append_id_form(text& t, std::string id) {
  const auto form = t.r.below(100);
  if (form < 8) {
    append_wide(t.out, id);
    return;
  }
  if (form < 12) {
    id[0] = static_cast<char>(id[0] - 'A' + 'a');
  }
  t << id;
}

void append_national_id(text& t) {
  append_id_form(t, make_id_with_digit(t.r, t.r.percent(50) ? '1' : '2'));
}

void append_resident_id(text& t) {
  if (t.r.percent(50)) {
    append_id_form(t, make_id_with_digit(t.r, t.r.percent(50) ? '8' : '9'));
  } else {
    append_id_form(t, make_legacy_ui(t.r));
  }
}

void append_mobile(text& t) {
  rng& r = t.r;
  std::string n = "09";
  n += static_cast<char>('0' + r.between(1, 8));
  for (int i = 0; i < 7; ++i) {
    n += static_cast<char>('0' + r.digit());
  }
  const std::string_view d = n;
  const std::string_view a = d.substr(0, 4);    // 0912
  const std::string_view b = d.substr(4, 3);    // 345
  const std::string_view c = d.substr(7);       // 678
  const std::string_view intl = d.substr(1, 3); // 912
  std::string s;
  text w{s, r};
  switch (r.below(12)) {
  case 0:
  case 1:
  case 2: // 0912-345-678
    w << a << '-' << b << '-' << c;
    break;
  case 3:
  case 4: // 0912345678
    w << d;
    break;
  case 5: // 0912 345 678
    w << a << ' ' << b << ' ' << c;
    break;
  case 6: // +886-912-345-678
    w << "+886-" << intl << '-' << b << '-' << c;
    break;
  case 7: // +886 912 345 678
    w << "+886 " << intl << ' ' << b << ' ' << c;
    break;
  case 8:
    if (r.percent(50)) {
      w << "+886" << d.substr(1); // +886912345678
    } else {
      w << "886-" << intl << '-' << b << '-' << c; // 886-912-345-678
    }
    break;
  case 9: // 0912-345678
    w << a << '-' << d.substr(4);
    break;
  default: // full-width ０９１２－３４５－６７８ or ０９１２３４５６７８
    if (r.percent(60)) {
      w << a << '-' << b << '-' << c;
    } else {
      w << d;
    }
    append_wide(t.out, s);
    return;
  }
  t << s;
}

struct area_code {
  std::string_view prefix; // with the trunk 0
  int subscriber_digits;
  std::string_view leads; // allowed first subscriber digits
};

// tw-pii-formats §5.2. Leading digits are chosen so that 03/04/08 numbers never read as
// 037/049/08x ones. 02 appears three times: Taipei numbers are the most common.
constexpr std::array<area_code, 16> area_codes = {{
    {"02", 8, "2378"},
    {"02", 8, "2378"},
    {"02", 8, "2378"},
    {"03", 7, "2345689"},
    {"037", 6, "23456"},
    {"04", 8, "223"},
    {"04", 7, "78"},
    {"049", 7, "2567"},
    {"05", 7, "23567"},
    {"06", 7, "235679"},
    {"07", 7, "2345678"},
    {"08", 7, "78"},
    {"082", 6, "3"},
    {"0826", 5, "6"},
    {"0836", 5, "2"},
    {"089", 6, "3"},
}};

void append_landline_impl(text& t, bool allow_extension) {
  rng& r = t.r;
  const area_code& ac = area_codes[r.below(area_codes.size())];
  std::string sub;
  sub += ac.leads[r.below(static_cast<std::uint32_t>(ac.leads.size()))];
  for (int i = 1; i < ac.subscriber_digits; ++i) {
    sub += static_cast<char>('0' + r.digit());
  }
  // Split the subscriber number the way people write it: 4-4, 3-4, 3-3, 2-3.
  const std::size_t split = ac.subscriber_digits >= 8 ? 4 : (ac.subscriber_digits >= 6 ? 3 : 2);
  const std::string_view head = std::string_view(sub).substr(0, split);
  const std::string_view tail = std::string_view(sub).substr(split);
  const std::string_view area = ac.prefix;
  const std::string_view area_intl = area.substr(1); // without the trunk 0

  std::string s;
  text w{s, r};
  bool wide = false;
  switch (r.below(11)) {
  case 0:
  case 1: // 02-2345-6789
    w << area << '-' << head << '-' << tail;
    break;
  case 2:
  case 3: // (02)2345-6789
    w << '(' << area << ')' << head << '-' << tail;
    break;
  case 4: // 02-23456789
    w << area << '-' << sub;
    break;
  case 5: // (02)23456789
    w << '(' << area << ')' << sub;
    break;
  case 6: // 02 2345 6789
    w << area << ' ' << head << ' ' << tail;
    break;
  case 7: // +886-2-2345-6789
    w << "+886-" << area_intl << '-' << head << '-' << tail;
    break;
  case 8: // +886 2 23456789
    w << "+886 " << area_intl << ' ' << sub;
    break;
  case 9: // 0223456789
    w << area << sub;
    break;
  default: // full-width （０２）２３４５－６７８９
    w << '(' << area << ')' << head << '-' << tail;
    wide = true;
    break;
  }
  if (allow_extension && r.percent(25)) {
    static constexpr std::array ext_marks = {"分機"sv, "轉"sv, "#"sv, " ext. "sv, " ext "sv, "#"sv};
    w << pick(r, ext_marks) << random_digits{static_cast<int>(r.between(2, 5))};
  }
  if (wide) {
    append_wide(t.out, s);
  } else {
    t << s;
  }
}

void append_landline(text& t) {
  append_landline_impl(t, true);
}
void append_landline_no_ext(text& t) {
  append_landline_impl(t, false);
}

void append_phone(text& t) {
  if (t.r.percent(55)) {
    append_mobile(t);
  } else {
    append_landline(t);
  }
}

void append_email(text& t) {
  rng& r = t.r;
  switch (r.below(5)) {
  case 0:
  case 1:
    t << pick(r, romanized_surnames) << '.' << pick(r, romanized_given) << pick(r, romanized_given);
    break;
  case 2:
    t << pick(r, romanized_given) << pick(r, romanized_surnames) << num(r.between(1960, 2010));
    break;
  case 3:
    t << pick(r, romanized_surnames) << '_' << pick(r, romanized_given) << random_digits{2};
    break;
  default:
    for (auto n = r.between(5, 10); n > 0; --n) {
      t << static_cast<char>('a' + r.below(26));
    }
    t << random_digits{static_cast<int>(r.below(4))};
    break;
  }
  t << (r.percent(3) ? "＠"sv : "@"sv) << pick(r, email_domains); // rare full-width at sign
}

// ---------------------------------------------------------------------------------------------
// Look-alikes and other numbers.

void append_date(text& t) {
  rng& r = t.r;
  const auto roc = r.between(100, 113);
  const num year{roc + 1911u};
  const auto month = r.between(1, 12);
  const auto day = r.between(1, 28);
  switch (r.below(7)) {
  case 0:
    t << "民國" << num(roc) << "年" << num(month) << "月" << num(day) << "日";
    break;
  case 1:
    t << num(roc) << "年" << num(month) << "月" << num(day) << "日";
    break;
  case 2:
    t << year << "年" << num(month) << "月" << num(day) << "日";
    break;
  case 3:
    t << num(roc) << '.' << padded(month, 2) << '.' << padded(day, 2);
    break;
  case 4:
    t << year << '/' << padded(month, 2) << '/' << padded(day, 2);
    break;
  case 5:
    t << year << '-' << padded(month, 2) << '-' << padded(day, 2);
    break;
  default:
    t << num(roc) << '/' << padded(month, 2) << '/' << padded(day, 2);
    break;
  }
}

void append_amount(text& t) {
  rng& r = t.r;
  switch (r.below(5)) {
  case 0:
    t << "新臺幣" << grouped(r.between(100, 2'500'000)) << "元";
    break;
  case 1:
    t << "新台幣" << num(r.between(1, 99)) << "萬" << num(r.between(1, 9)) << "千元";
    break;
  case 2:
    t << "NT$" << grouped(r.between(100, 500'000));
    break;
  case 3:
    t << grouped(r.between(100, 90'000)) << "元";
    break;
  default:
    t << "約" << num(r.between(1, 500)) << "萬元";
    break;
  }
}

// 文號, e.g. 北市環稽字第1133012345號.
void append_doc_number(text& t) {
  rng& r = t.r;
  t << pick(r, doc_prefixes) << "字第" << num(r.between(100, 113))
    << random_digits{r.percent(80) ? 7 : 8} << "號";
}

// Court case number (111年度上易字第342號) or a 1999 hotline case number (1130220-0457).
void append_case_number(text& t) {
  rng& r = t.r;
  if (r.percent(50)) {
    t << num(r.between(100, 113)) << "年度" << pick(r, court_words) << "字第"
      << num(r.between(1, 4000)) << "號";
  } else {
    t << num(r.between(100, 113)) << padded(r.between(1, 12), 2) << padded(r.between(1, 28), 2)
      << '-' << padded(r.between(1, 9999), 4);
  }
}

// 統一發票號碼: two letters + 8 digits, the shape of a legacy UI number.
void append_invoice(text& t) {
  rng& r = t.r;
  t << static_cast<char>('A' + r.below(26)) << static_cast<char>('A' + r.below(26));
  if (r.percent(40)) {
    t << '-';
  }
  t << random_digits{8};
}

// A national-ID shape whose check digit is wrong (not PII to a validating scanner).
void append_bad_id(text& t) {
  std::string id = make_id_with_digit(t.r, t.r.percent(50) ? '1' : '2');
  id[9] = static_cast<char>('0' + (id[9] - '0' + 1 + static_cast<int>(t.r.below(9))) % 10);
  t << id;
}

// ---------------------------------------------------------------------------------------------
// Sentences and lines.

// One prose sentence ending in 。 (no PII).
void append_sentence(text& t) {
  rng& r = t.r;
  switch (r.below(8)) {
  case 0:
    t << pick(r, time_phrases) << "，" << pick(r, subjects) << pick(r, adverbs) << pick(r, verbs)
      << pick(r, places) << "的" << pick(r, topics) << "，" << pick(r, impacts);
    break;
  case 1:
    t << pick(r, connectors) << "，" << pick(r, places) << pick(r, topics) << pick(r, states)
      << "，" << pick(r, impacts);
    break;
  case 2:
    t << pick(r, subjects) << "於" << append_date << pick(r, verbs) << pick(r, topics) << "，"
      << pick(r, results);
    break;
  case 3:
    t << pick(r, requests) << pick(r, offices) << pick(r, actions) << pick(r, places)
      << pick(r, topics) << "，" << pick(r, closings);
    break;
  case 4:
    t << pick(r, subjects) << "對於" << pick(r, topics) << pick(r, feelings) << "，"
      << pick(r, connectors) << pick(r, places) << pick(r, states);
    break;
  case 5:
    t << "經" << pick(r, offices) << pick(r, inspections) << "，" << pick(r, places)
      << pick(r, topics) << pick(r, states) << "，本年度累計通報" << num(r.between(2, 60)) << "件";
    break;
  case 6:
    t << pick(r, offices) << "前以" << append_doc_number << "函復" << pick(r, actions) << "，"
      << pick(r, results);
    break;
  default:
    t << pick(r, subjects) << "因" << pick(r, topics) << "支出" << append_amount << "，"
      << pick(r, connectors) << pick(r, subjects) << pick(r, feelings);
    break;
  }
  t << "。";
}

// One sentence carrying exactly one PII item (prose corpus).
void append_pii_sentence(text& t) {
  switch (t.r.below(6)) {
  case 0:
    t << "如需聯繫，請撥陳情人電話" << append_phone;
    break;
  case 1:
    t << "陳情人" << append_name << "，手機" << append_mobile;
    break;
  case 2:
    t << "處理結果請以電子郵件回覆至" << append_email;
    break;
  case 3:
    t << "陳情人身分證字號" << append_national_id << "，請依個資法妥為保密";
    break;
  case 4:
    t << "外籍配偶之居留證統一證號為" << append_resident_id;
    break;
  default:
    t << "承辦人" << append_name << "，聯絡電話" << append_landline;
    break;
  }
  t << "。";
}

// One line of the dense corpus: about 82% carry 1-4 PII items, the rest only look-alikes or
// prose.
void append_dense_line(text& t) {
  rng& r = t.r;
  const auto kind = r.below(100);
  if (kind < 16) {
    t << "陳情人" << append_separator << append_name << "，身分證字號" << append_separator
      << append_national_id << "，聯絡電話" << append_separator << append_mobile << "，電子郵件"
      << append_separator << append_email;
  } else if (kind < 26) {
    t << append_name << "（身分證統一編號" << append_national_id << "）於" << append_date << "向"
      << pick(r, offices) << "申請" << pick(r, applications) << "，繳納規費" << append_amount
      << "，聯絡電話" << append_landline_no_ext << "。";
  } else if (kind < 35) {
    t << "聯絡方式：手機" << append_mobile << "／市話" << append_landline << "，E-mail："
      << append_email << "，" << pick(r, closings) << "。";
  } else if (kind < 43) {
    t << "外籍配偶" << pick(r, foreign_names) << "，居留證統一證號" << append_resident_id << "，"
      << append_date << "入境，電話" << append_mobile << "，現住" << append_address << "。";
  } else if (kind < 51) {
    t << "依" << append_doc_number << "函辦理，承辦人" << append_name << "，電話："
      << append_landline << "，傳真：" << append_landline_no_ext << "，電子信箱：" << append_email
      << "。";
  } else if (kind < 58) {
    t << pick(r, time_phrases) << pick(r, subjects) << pick(r, verbs) << pick(r, places)
      << pick(r, topics) << "，請" << append_name << "先生（" << append_national_id << "，"
      << append_phone << "）協助確認。";
  } else if (kind < 64) {
    t << "申請人" << append_separator << append_name << "，統一證號" << append_resident_id
      << "，護照號碼3" << random_digits{8} << "，聯絡電話" << append_phone << "，地址："
      << append_address;
  } else if (kind < 70) {
    t << "如有疑問，請洽" << pick(r, offices) << append_name << "，電話" << append_landline << "或"
      << append_email << "，亦可撥打1999市民專線。";
  } else if (kind < 76) {
    t << "檢舉人" << append_name << "（" << append_national_id << "）陳稱，" << append_date << "於"
      << pick(r, places) << "遭遇" << pick(r, topics) << "，損失" << append_amount << "，請聯絡"
      << append_phone << "。";
  } else if (kind < 82) {
    t << append_name << "君身分證號" << append_national_id << "、配偶" << append_name << "身分證號"
      << append_national_id << "，戶籍地" << append_address << "，緊急聯絡人手機" << append_mobile
      << "。";
  } else if (kind < 90) { // look-alikes only
    t << "發票號碼" << append_invoice << "，賣方統一編號" << random_digits{8} << "，金額"
      << append_amount << "，開立日期" << append_date << "，" << append_doc_number << "。";
  } else if (kind < 95) { // look-alikes only
    t << "案號" << append_case_number << "，收文日期" << append_date << "，" << append_doc_number
      << "，健保卡號0000" << random_digits{8} << "，檢附之身分證字號" << append_bad_id
      << "經查核碼有誤，請補正。";
  } else {
    t << append_sentence << append_sentence;
  }
  t << '\n';
}

// One paragraph (one line, ~1-4 KB) of the prose corpus; a PII sentence whenever the byte
// countdown runs out (mean gap 20 KiB).
class prose_writer {
public:
  explicit prose_writer(rng& r) : bytes_to_next_pii_(next_gap(r) / 2) {}

  void append_line(text& t) {
    if (t.r.percent(10)) {
      static constexpr std::array heads = {"主旨："sv, "說明："sv, "一、"sv,
                                           "二、"sv,   "三、"sv,   "　　"sv};
      t << pick(t.r, heads);
    }
    for (auto n = t.r.between(8, 28); n > 0; --n) {
      const auto before = t.out.size();
      if (bytes_to_next_pii_ == 0) {
        append_pii_sentence(t);
        bytes_to_next_pii_ = next_gap(t.r);
      } else {
        append_sentence(t);
      }
      const auto produced = t.out.size() - before;
      bytes_to_next_pii_ = produced >= bytes_to_next_pii_ ? 0 : bytes_to_next_pii_ - produced;
    }
    t << '\n';
  }

private:
  static std::uint64_t next_gap(rng& r) { return 10240 + r.below(20480); }
  std::uint64_t bytes_to_next_pii_;
};

// The last line: PII-free words, then padding, so that the file is exactly `size` bytes long.
void append_filler(text& t, std::size_t size) {
  if (size == 0) {
    return;
  }
  const std::size_t start = t.out.size();
  const std::size_t limit = size - 1; // room for '\n'
  for (;;) {
    const std::string_view w = t.r.percent(50) ? pick(t.r, topics) : pick(t.r, places);
    if (t.out.size() - start + w.size() + 3 > limit) {
      break;
    }
    t << w << "，";
  }
  while (t.out.size() - start + 3 <= limit) {
    t << "。";
  }
  while (t.out.size() - start < limit) {
    t << ' ';
  }
  t << '\n';
}

// ---------------------------------------------------------------------------------------------
// Command line and output.

enum class corpus_kind { dense, prose };

struct options {
  corpus_kind kind = corpus_kind::dense;
  bool kind_set = false;
  std::uint64_t mb = 64;
  std::uint64_t seed = 1;
  std::string out;
};

void print_usage(std::FILE* f) {
  std::fputs("usage: gen_corpus --kind dense|prose [--mb N] [--seed S] OUT\n"
             "  Writes exactly N MiB (default 64) of synthetic Traditional Chinese petition text\n"
             "  to OUT (\"-\" = stdout). The same arguments always give the same bytes.\n"
             "  dense: most lines carry PII among look-alikes; prose: ~1 PII item per 20 KiB.\n",
             f);
}

bool parse_number(std::string_view s, std::uint64_t& v) {
  const auto res = std::from_chars(s.data(), s.data() + s.size(), v);
  return !s.empty() && res.ec == std::errc{} && res.ptr == s.data() + s.size();
}

// Returns 0 to go on, -1 after --help, otherwise the exit status of a usage error.
int parse_args(int argc, char** argv, options& opt) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "-h" || arg == "--help") {
      print_usage(stdout);
      return -1;
    }
    if (arg == "--kind" || arg == "--mb" || arg == "--seed") {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "gen_corpus: %s needs a value\n", argv[i]);
        return 2;
      }
      const std::string_view value = argv[++i];
      if (arg == "--kind") {
        if (value != "dense" && value != "prose") {
          std::fputs("gen_corpus: --kind must be dense or prose\n", stderr);
          return 2;
        }
        opt.kind = value == "dense" ? corpus_kind::dense : corpus_kind::prose;
        opt.kind_set = true;
      } else if (arg == "--mb") {
        if (!parse_number(value, opt.mb) || opt.mb == 0 || opt.mb > 65536) {
          std::fputs("gen_corpus: --mb must be an integer in 1..65536\n", stderr);
          return 2;
        }
      } else if (!parse_number(value, opt.seed)) {
        std::fputs("gen_corpus: --seed must be a non-negative integer\n", stderr);
        return 2;
      }
    } else if (arg.size() > 1 && arg[0] == '-') {
      std::fprintf(stderr, "gen_corpus: unknown option %s\n", argv[i]);
      print_usage(stderr);
      return 2;
    } else if (opt.out.empty()) {
      opt.out = arg;
    } else {
      std::fputs("gen_corpus: more than one output file given\n", stderr);
      return 2;
    }
  }
  if (!opt.kind_set || opt.out.empty()) {
    print_usage(stderr);
    return 2;
  }
  return 0;
}

bool write_all(std::FILE* f, const std::string& buf) {
  return buf.empty() || std::fwrite(buf.data(), 1, buf.size(), f) == buf.size();
}

int generate(const options& opt) {
  std::FILE* f = opt.out == "-" ? stdout : std::fopen(opt.out.c_str(), "wb");
  if (f == nullptr) {
    std::fprintf(stderr, "gen_corpus: cannot open %s: %s\n", opt.out.c_str(), std::strerror(errno));
    return 2;
  }
  // Mix the kind into the seed so that dense and prose with the same seed still differ.
  rng r(opt.seed * 2 + (opt.kind == corpus_kind::prose ? 1 : 0));
  prose_writer prose(r);

  const std::uint64_t target = opt.mb << 20;
  constexpr std::size_t flush_at = std::size_t{4} << 20;
  std::string buf;
  buf.reserve(flush_at + (std::size_t{64} << 10));
  std::string line;
  text t{line, r};
  std::uint64_t written = 0;
  bool ok = true;

  for (;;) {
    line.clear();
    if (opt.kind == corpus_kind::dense) {
      append_dense_line(t);
    } else {
      prose.append_line(t);
    }
    if (written + buf.size() + line.size() > target) {
      break; // this line would overshoot: finish with an exact-size filler line instead
    }
    buf += line;
    if (buf.size() >= flush_at) {
      ok = ok && write_all(f, buf);
      written += buf.size();
      buf.clear();
    }
  }
  line.clear();
  append_filler(t, static_cast<std::size_t>(target - written - buf.size()));
  buf += line;
  ok = ok && write_all(f, buf);
  ok = std::fflush(f) == 0 && ok && std::ferror(f) == 0;
  if (f != stdout) {
    ok = std::fclose(f) == 0 && ok;
  }
  if (!ok) {
    std::fprintf(stderr, "gen_corpus: write error on %s: %s\n", opt.out.c_str(),
                 std::strerror(errno));
    return 2;
  }
  return 0;
}

} // namespace

int main(int argc, char** argv) {
  options opt;
  if (const int rc = parse_args(argc, argv, opt); rc != 0) {
    return rc < 0 ? 0 : rc;
  }
  return generate(opt);
}
