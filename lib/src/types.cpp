// The registry of PII types.
#include <twpii/types.hpp>

#include <array>

namespace twpii {

namespace {
constexpr std::array k_types{
    TypeInfo{
        PiiType::national_id, "national_id", "身分證字號",
        "Taiwanese national ID (國民身分證統一編號): a letter, 1 or 2, 7 digits, a check digit",
        "A123456789"},
    TypeInfo{PiiType::resident_id, "resident_id", "統一證號",
             "Resident ID (外來人口統一證號/居留證): old AA12345678 and 2021 A800000014 forms, "
             "check digit",
             "A800000014"},
    TypeInfo{PiiType::phone, "phone", "電話",
             "Phone number: mobiles 09xx, +886, landlines by area code, extensions",
             "0912-345-678"},
    TypeInfo{PiiType::email, "email", "電子郵件", "E-mail address", "chen.ming@example.com.tw"},
    TypeInfo{PiiType::address, "address", "地址",
             "Street address: postal code, county, district, village, road, lane, number, floor",
             "臺北市大安區金山南路2段55號3樓"},
    TypeInfo{
        PiiType::person_name, "person_name", "姓名",
        "Personal name after 陳情人/姓名/申請人…, before 先生/小姐/女士/君, in a row with other "
        "personal data; every other occurrence in the document",
        "王小明"},
    TypeInfo{PiiType::birth_date, "birth_date", "出生日期",
             "Date of birth next to 出生/生日/生於: 民國74年5月3日, 74.05.03, 1985-05-03",
             "民國74年5月3日"},
    TypeInfo{PiiType::passport, "passport", "護照號碼", "Passport number: 9 digits next to 護照",
             "312345678"},
    TypeInfo{PiiType::nhi_card, "nhi_card", "健保卡號",
             "NHI card number (健保卡號): 12 digits next to 健保卡", "000012345678"},
    TypeInfo{PiiType::business_id, "business_id", "統一編號",
             "Business number (統一編號) of a sole proprietor: check digit (2023 rule), next to "
             "統一編號 and 負責人/獨資/行號/商號",
             "04595252"},
    TypeInfo{PiiType::license_plate, "license_plate", "車牌號碼",
             "Vehicle licence plate next to 車牌/車號: ABC-1235, 1234-AB, AB-1234", "ABC-1235"},
    TypeInfo{PiiType::bank_account, "bank_account", "銀行帳號",
             "Bank account: 10-16 digits next to 帳號/帳戶/匯款/銀行/郵局", "00412345678901"},
    TypeInfo{PiiType::credit_card, "credit_card", "信用卡號",
             "Credit card number: 13-19 digits, card prefix, Luhn check", "4111 1111 1111 1111"},
    TypeInfo{PiiType::citizen_cert, "citizen_cert", "自然人憑證",
             "Citizen digital certificate (自然人憑證): 2 letters and 14 digits",
             "AB12345678901234"},
    TypeInfo{PiiType::custom, "custom", "個資", "A value listed in a --deny file", "王小明"},
};
static_assert(k_types.size() == k_type_count, "one TypeInfo per PiiType, in order");
} // namespace

std::span<const TypeInfo> all_types() {
  return k_types;
}

const TypeInfo& type_info(PiiType type) {
  return k_types[static_cast<std::size_t>(type)];
}

std::optional<PiiType> parse_type(std::string_view name) {
  for (const auto& t : k_types) {
    if (t.name == name) {
      return t.type;
    }
  }
  return std::nullopt;
}

} // namespace twpii
