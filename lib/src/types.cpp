// The registry of PII types.
#include <twpii/types.hpp>

#include <array>

namespace twpii {

namespace {
constexpr std::array k_types{
    TypeInfo{PiiType::national_id, "national_id", "身分證字號",
             "Taiwanese national ID (國民身分證統一編號): letter, 1/2, 8 digits, check digit",
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
    TypeInfo{PiiType::custom, "custom", "個資", "A value listed in a --deny file", "王小明"},
};
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
